<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Enregistrer le graphique en SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {fields}</source>
        <translation>Modifier {fields}</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>Ajouter un enregistrement</translation>
    </message>
    <message>
        <source>Delete {count} record(s)</source>
        <translation>Supprimer {count} enregistrement(s)</translation>
    </message>
    <message>
        <source>Add {count} record(s)</source>
        <translation>Ajouter {count} enregistrement(s)</translation>
    </message>
    <message>
        <source>Keep {count} incomplete row(s)</source>
        <translation>Conserver {count} ligne(s) incomplète(s)</translation>
    </message>
    <message>
        <source>typing in {row} · {fields}</source>
        <translation>saisie dans {row} · {fields}</translation>
    </message>
    <message>
        <source>Edit {row} · {fields}</source>
        <translation>Modifier {row} · {fields}</translation>
    </message>
    <message>
        <source>Add record {row}</source>
        <translation>Ajouter l&apos;enregistrement {row}</translation>
    </message>
    <message>
        <source>Delete {count} incomplete row(s)</source>
        <translation>Supprimer {count} ligne(s) incomplète(s)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Conflicts in {file}</source>
        <translation>Conflits dans {file}</translation>
    </message>
    <message>
        <source>These records were changed in two copies of an office file. Compare the versions and keep one; the other is set aside.</source>
        <translation>Ces enregistrements ont été modifiés dans deux copies d’un fichier de bureau. Comparez les versions et gardez-en une ; l’autre est mise de côté.</translation>
    </message>
    <message>
        <source>{office} · {indicator} {year} · {place}</source>
        <translation>{office} · {indicator} {year} · {place}</translation>
    </message>
    <message>
        <source>Record {id}: {count} versions</source>
        <translation>Enregistrement {id} : {count} versions</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Held now: version {version}
from {file}</source>
        <translation>Détenue actuellement : version {version}
de {file}</translation>
    </message>
    <message>
        <source>Rival: version {version}
from {file}</source>
        <translation>Concurrente : version {version}
de {file}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit en suspens.</translation>
    </message>
    <message>
        <source>Record {id} of {office}</source>
        <translation>Enregistrement {id} de {office}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Impossible de résoudre le conflit</translation>
    </message>
    <message>
        <source>Record {id}: kept version {version} from {file}.</source>
        <translation>Enregistrement {id} : version {version} de {file} conservée.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place} — {office}</source>
        <translation>{indicator} {year} · {place} — {office}</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Enregistrement {id}</translation>
    </message>
    <message>
        <source>Records with rival versions</source>
        <translation>Enregistrements à versions concurrentes</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Versions côte à côte</translation>
    </message>
    <message>
        <source>One column per version; the fields that differ are highlighted. Keep one with the button under its column.</source>
        <translation>Une colonne par version ; les champs qui diffèrent sont mis en évidence. Gardez-en une avec le bouton sous sa colonne.</translation>
    </message>
</context>
<context>
    <name>EntryTemplate</name>
    <message>
        <source>Export entry &amp;template…</source>
        <translation>Exporter un &amp;modèle de saisie…</translation>
    </message>
    <message>
        <source>Save the entry template as</source>
        <translation>Enregistrer le modèle de saisie sous</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Entry template written to {path} ({count} record(s) of {year} pre-filled)</source>
        <translation>Modèle de saisie écrit dans {path} ({count} enregistrement(s) de {year} pré-rempli(s))</translation>
    </message>
    <message>
        <source>Writing the entry template</source>
        <translation>Écriture du modèle de saisie</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The entry template was not written.

{reason}</source>
        <translation>Le modèle de saisie n’a pas été écrit.

{reason}</translation>
    </message>
</context>
<context>
    <name>EntryTemplateDialog</name>
    <message>
        <source>Export entry template</source>
        <translation>Exporter le modèle de saisie</translation>
    </message>
    <message>
        <source>An Excel workbook for entering results offline: drop-down lists, instructions, and the records of the year already in this file. Fill it in, then import it with File → Import CSV/XLSX…</source>
        <translation>Un classeur Excel pour saisir les résultats hors ligne : listes déroulantes, instructions et les enregistrements de l’année déjà présents dans ce fichier. Remplissez-le, puis importez-le avec Fichier → Importer CSV/XLSX…</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Année de rapport</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Langue du classeur</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annex</source>
        <translation>Exporter l’annexe</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Document PDF (.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tableau CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>Données JSON (.json)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Include draft and returned records</source>
        <translation>Inclure les enregistrements en brouillon et renvoyés</translation>
    </message>
    <message>
        <source>Drafts are not official results: the document will say that it is a working view and its figures are not final.</source>
        <translation>Les brouillons ne sont pas des résultats officiels : le document indiquera qu’il s’agit d’une vue de travail et que ses chiffres ne sont pas définitifs.</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Intitulé du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Numéro de tâche</translation>
    </message>
    <message>
        <source>Restore the report&apos;s text</source>
        <translation>Rétablir le texte du rapport</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation>Langue de l’annexe</translation>
    </message>
    <message>
        <source>Reporting years</source>
        <translation>Années de rapport</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose where to save the annex.</source>
        <translation>Choisissez où enregistrer l’annexe.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Save the annex as</source>
        <translation>Enregistrer l’annexe sous</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Add a Figures section to the PDF</source>
        <translation>Ajouter une section Figures au PDF</translation>
    </message>
    <message>
        <source>Each indicator&apos;s figures by year as a chart. The Excel workbook always has a Charts sheet.</source>
        <translation>Les chiffres de chaque indicateur par année, en graphique. Le classeur Excel a toujours une feuille Charts.</translation>
    </message>
    <message>
        <source>Export a working draft anyway, marked “Working draft — not for publication” on every page and sheet</source>
        <translation>Exporter quand même une version de travail, marquée « Version de travail — ne pas publier » sur chaque page et chaque feuille</translation>
    </message>
    <message>
        <source>The check found blocking problems (listed above): fix them first, or export a working draft marked as not for publication.</source>
        <translation>La vérification a trouvé des problèmes bloquants (listés ci-dessus) : corrigez-les d’abord, ou exportez une version de travail marquée comme non destinée à la publication.</translation>
    </message>
    <message>
        <source>The kind of file: PDF for the report; Excel, CSV or JSON for the figures.</source>
        <translation>Le type de fichier : PDF pour le rapport ; Excel, CSV ou JSON pour les chiffres.</translation>
    </message>
    <message>
        <source>The language the annex is written in.</source>
        <translation>La langue dans laquelle l’annexe est rédigée.</translation>
    </message>
    <message>
        <source>The first and the last year of the period the annex covers.</source>
        <translation>La première et la dernière année de la période couverte par l’annexe.</translation>
    </message>
    <message>
        <source>Where the annex is written; Choose… picks a folder and a name.</source>
        <translation>L’endroit où l’annexe est écrite ; Choisir… désigne un dossier et un nom.</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Results framework</source>
        <translation>Cadre de résultats</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enreg.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{name}
(not an official translation)</source>
        <translation>{name}
(traduction non officielle)</translation>
    </message>
    <message>
        <source>{name}
Computed from {numerator} ÷ {denominator}; not entered.</source>
        <translation>{name}
Calculé à partir de {numerator} ÷ {denominator} ; non saisi.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>partiellement soumis</translation>
    </message>
    <message>
        <source>Indicators that a newer version of the plan no longer has: their records are kept, read-only, and not counted</source>
        <translation>Indicateurs qu&apos;une version plus récente du plan ne contient plus : leurs enregistrements sont conservés, en lecture seule, et non comptés</translation>
    </message>
    <message>
        <source>Removed from the plan (read-only)</source>
        <translation>Retirés du plan (lecture seule)</translation>
    </message>
</context>
<context>
    <name>HeadquartersRecordModel</name>
    <message>
        <source>Row {row}: record of office {office}, version {version}</source>
        <translation>Ligne {row} : enregistrement du bureau {office}, version {version}</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
        <translation>Rien n’a été importé de {file} : {count} problème(s). Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file} yet: {count} duplicate(s) found. These rows repeat records already in the file or other rows of the file (same indicator, year, place, entity, breakdown and value), or the whole file was imported before: imported anyway, they would be counted twice.</source>
        <translation>Rien n’a encore été importé de {file} : {count} doublon(s) trouvé(s). Ces lignes répètent des enregistrements déjà présents dans le fichier ou d’autres lignes du fichier (même indicateur, année, lieu, entité, ventilation et valeur), ou le fichier entier a déjà été importé : importées quand même, elles seraient comptées deux fois.</translation>
    </message>
    <message>
        <source>Import anyway, duplicates included</source>
        <translation>Importer quand même, doublons compris</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot show the history</source>
        <translation>Impossible d’afficher l’historique</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Sélectionnez un enregistrement pour voir son historique.</translation>
    </message>
    <message>
        <source>Habitat Results</source>
        <translation>Habitat Results</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>No office file open</source>
        <translation>Aucun fichier de bureau ouvert</translation>
    </message>
    <message>
        <source>headquarters file</source>
        <translation>fichier du Siège</translation>
    </message>
    <message>
        <source>{office} — Habitat Results</source>
        <translation>{office} — Habitat Results</translation>
    </message>
    <message>
        <source>Cannot create the office file</source>
        <translation>Impossible de créer le fichier de bureau</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>Ouvrir un fichier de bureau</translation>
    </message>
    <message>
        <source>Cannot write the demo data</source>
        <translation>Impossible d’écrire les données de démonstration</translation>
    </message>
    <message>
        <source>Export annex</source>
        <translation>Exporter l’annexe</translation>
    </message>
    <message>
        <source>Exporting the annex is coming in a later version.</source>
        <translation>L’exportation de l’annexe viendra dans une version ultérieure.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>{reason}

Accept the key {file} is signed with as a key of office {office}? The merge log records it with the keys known before; the office may then sign with either. Confirm it with the office first.</source>
        <translation>{reason}

Accepter la clé avec laquelle {file} est signé comme une clé du bureau {office} ? Le journal des fusions l’enregistre avec les clés connues auparavant ; le bureau pourra ensuite signer avec l’une ou l’autre. Confirmez-le d’abord avec le bureau.</translation>
    </message>
    <message>
        <source>A new key for {office}</source>
        <translation>Une nouvelle clé pour {office}</translation>
    </message>
    <message>
        <source>(new key accepted)</source>
        <translation>(nouvelle clé acceptée)</translation>
    </message>
    <message>
        <source>(the office&apos;s key, recorded now)</source>
        <translation>(la clé du bureau, enregistrée maintenant)</translation>
    </message>
    <message>
        <source>signed by {key}</source>
        <translation>signé par {key}</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>Merge office files</source>
        <translation>Fusionner des fichiers de bureau</translation>
    </message>
    <message>
        <source>The headquarters file: an existing one, or a new one, created by the first merge.</source>
        <translation>Le fichier du Siège : un fichier existant, ou un nouveau, créé par la première fusion.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Office files to merge. You can also drop files here.</source>
        <translation>Fichiers de bureau à fusionner. Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Headquarters file</source>
        <translation>Fichier du Siège</translation>
    </message>
    <message>
        <source>Office files</source>
        <translation>Fichiers de bureau</translation>
    </message>
    <message>
        <source>Add the office files, then preview what the merge would do.</source>
        <translation>Ajoutez les fichiers de bureau, puis prévisualisez ce que ferait la fusion.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Shows what the merge would do; writes nothing.</source>
        <translation>Montre ce que ferait la fusion ; n’écrit rien.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Open the headquarters file</source>
        <translation>Ouvrir le fichier du Siège</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Périmés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Choose the headquarters file.</source>
        <translation>Choisissez le fichier du Siège.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>Fusion de {file}…</translation>
    </message>
    <message>
        <source>Previewing the merge</source>
        <translation>Aperçu de la fusion</translation>
    </message>
    <message>
        <source>Merging office files</source>
        <translation>Fusion des fichiers de bureau</translation>
    </message>
    <message>
        <source>Nothing was merged.

{reason}</source>
        <translation>Rien n’a été fusionné.

{reason}</translation>
    </message>
    <message>
        <source>Cancelled: the files merged before the cancel are kept; the one being merged was not.</source>
        <translation>Annulé : les fichiers fusionnés avant l’annulation sont conservés ; celui en cours de fusion ne l’a pas été.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Aperçu annulé.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé : {reason}</translation>
    </message>
    <message>
        <source>Already merged: nothing to do</source>
        <translation>Déjà fusionné : rien à faire</translation>
    </message>
    <message>
        <source>Would be merged</source>
        <translation>Serait fusionné</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>{files} file(s): {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflict(s), {refused} refused.</source>
        <translation>{files} fichier(s) : {added} ajouté(s), {updated} mis à jour, {deleted} supprimé(s), {unchanged} inchangé(s), {conflicts} conflit(s), {refused} refusé(s).</translation>
    </message>
    <message>
        <source>Preview, nothing written to {file}: {counts}</source>
        <translation>Aperçu, rien n’est écrit dans {file} : {counts}</translation>
    </message>
    <message>
        <source>Merged into {file}: {counts}</source>
        <translation>Fusionné dans {file} : {counts}</translation>
    </message>
    <message>
        <source>Refused files were not merged (the reason is in the last column); the others were not affected by them.</source>
        <translation>Les fichiers refusés n’ont pas été fusionnés (la raison figure dans la dernière colonne) ; les autres n’en ont pas été affectés.</translation>
    </message>
    <message>
        <source>Add office files</source>
        <translation>Ajouter des fichiers de bureau</translation>
    </message>
    <message>
        <source>Merge done</source>
        <translation>Fusion terminée</translation>
    </message>
    <message>
        <source>Open the headquarters file {file} in the window, to review the records and resolve conflicts?</source>
        <translation>Ouvrir le fichier du Siège {file} dans la fenêtre, pour examiner les enregistrements et résoudre les conflits ?</translation>
    </message>
    <message>
        <source>({count} conflict(s) to resolve: Review → Conflicts)</source>
        <translation>({count} conflit(s) à résoudre : Examen → Conflits)</translation>
    </message>
    <message>
        <source>Another file for {office}</source>
        <translation>Un autre fichier pour {office}</translation>
    </message>
    <message>
        <source>{reason}

Accept {file} as the new file of office {office}? The merge log records it; the earlier file of {office} will then be refused.</source>
        <translation>{reason}

Accepter {file} comme nouveau fichier du bureau {office} ? Le journal de fusion le consigne ; l’ancien fichier de {office} sera alors refusé.</translation>
    </message>
    <message>
        <source>What the merge did, file by file</source>
        <translation>Ce qu’a fait la fusion, fichier par fichier</translation>
    </message>
    <message>
        <source>One row per office file: its records added, updated, deleted, unchanged, outdated and in conflict, and the result.</source>
        <translation>Une ligne par fichier de bureau : ses enregistrements ajoutés, mis à jour, supprimés, inchangés, périmés et en conflit, et le résultat.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Cut at {limit} characters, the most this text may hold</source>
        <translation>Coupé à {limit} caractères, le maximum que ce texte peut contenir</translation>
    </message>
</context>
<context>
    <name>NarrativePanel</name>
    <message>
        <source>What changed under this outcome in the year, in a few sentences. Saved as you type.</source>
        <translation>Ce qui a changé pour ce résultat dans l’année, en quelques phrases. Enregistré au fil de la saisie.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Office profile</source>
        <translation>Profil du bureau</translation>
    </message>
    <message>
        <source>e.g. KEN or ROAF</source>
        <translation>p. ex. KEN ou ROAF</translation>
    </message>
    <message>
        <source>e.g. UN-Habitat Kenya Country Office</source>
        <translation>p. ex. UN-Habitat Kenya Country Office</translation>
    </message>
    <message>
        <source>e.g. Africa</source>
        <translation>p. ex. Africa</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Type the country&apos;s name or its code; the list narrows as you type.</source>
        <translation>Tapez le nom du pays ou son code ; la liste se restreint à mesure que vous tapez.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Explain this figure…</source>
        <translation>Expliquer ce chiffre…</translation>
    </message>
    <message>
        <source>The overview is computed when a file is open.</source>
        <translation>La vue d’ensemble est calculée lorsqu’un fichier est ouvert.</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Calcul de la vue d’ensemble…</translation>
    </message>
    <message>
        <source>The overview could not be computed: {message}</source>
        <translation>La vue d’ensemble n’a pas pu être calculée : {message}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>partiellement soumis</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>brouillon seulement au bureau</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>non reçu</translation>
    </message>
    <message>
        <source>Overview of {office}, {year}</source>
        <translation>Vue d’ensemble de {office}, {year}</translation>
    </message>
    <message>
        <source>Working figures: drafts are included, as entered. Click a bar or an outcome to open its records.</source>
        <translation>Chiffres de travail : les brouillons sont inclus, tels que saisis. Cliquez sur une barre ou un résultat pour ouvrir ses enregistrements.</translation>
    </message>
    <message>
        <source>{entered} entered · {empty} of {indicators} indicators without data</source>
        <translation>{entered} saisi(s) · {empty} indicateurs sur {indicators} sans données</translation>
    </message>
    <message>
        <source>{submitted} submitted, {draft} draft, {returned} returned; without data: {codes}</source>
        <translation>{submitted} soumis, {draft} brouillon(s), {returned} renvoyé(s) ; sans données : {codes}</translation>
    </message>
    <message>
        <source>Records in {year} by outcome</source>
        <translation>Enregistrements de {year} par résultat</translation>
    </message>
    <message>
        <source>Changes since the last submission</source>
        <translation>Modifications depuis la dernière soumission</translation>
    </message>
    <message>
        <source>{year} has not been submitted yet.</source>
        <translation>{year} n’a pas encore été soumis.</translation>
    </message>
    <message>
        <source>{year} was last submitted on {date} (UTC).</source>
        <translation>{year} a été soumis pour la dernière fois le {date} (UTC).</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>Rien n’a changé depuis.</translation>
    </message>
    <message>
        <source>Records changed since, by indicator:</source>
        <translation>Enregistrements modifiés depuis, par indicateur :</translation>
    </message>
    <message>
        <source>{code}: {added} added, {changed} changed, {deleted} deleted</source>
        <translation>{code} : {added} ajouté(s), {changed} modifié(s), {deleted} supprimé(s)</translation>
    </message>
    <message>
        <source>{period}: {figure}</source>
        <translation>{period} : {figure}</translation>
    </message>
    <message>
        <source>target {value} by {year}</source>
        <translation>cible {value} d’ici {year}</translation>
    </message>
    <message>
        <source>{percent} % of the way to {value} by {year}</source>
        <translation>{percent} % du chemin vers {value} d’ici {year}</translation>
    </message>
    <message>
        <source>Overview of the headquarters file: {offices} offices, {period}</source>
        <translation>Vue d’ensemble du fichier du Siège : {offices} bureaux, {period}</translation>
    </message>
    <message>
        <source>The figures the annex would show: submitted and validated records. Click a bar, a cell or a problem to open its records.</source>
        <translation>Les chiffres que montrerait l’annexe : enregistrements soumis et validés. Cliquez sur une barre, une cellule ou un problème pour ouvrir ses enregistrements.</translation>
    </message>
    <message>
        <source>({held} records held, {returned} returned)</source>
        <translation>({held} enregistrements détenus, {returned} renvoyés)</translation>
    </message>
    <message>
        <source>Reports received, by office and year</source>
        <translation>Rapports reçus, par bureau et par année</translation>
    </message>
    <message>
        <source>Domain of change</source>
        <translation>Domaine de changement</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>Chiffres par</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Merged total {period}: {figure}</source>
        <translation>Total fusionné {period} : {figure}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The report gives {figure}</source>
        <translation>Le rapport donne {figure}</translation>
    </message>
    <message>
        <source>The report gives no figure</source>
        <translation>Le rapport ne donne pas de chiffre</translation>
    </message>
    <message>
        <source>Merged {figure} · report {report}</source>
        <translation>Fusionné {figure} · rapport {report}</translation>
    </message>
    <message>
        <source>Standing between the data and the annex</source>
        <translation>Ce qui sépare les données de l’annexe</translation>
    </message>
    <message>
        <source>{conflicts} records with rival versions · {returned} records returned to their office · {blocking} other blocking problems</source>
        <translation>{conflicts} enregistrements avec versions concurrentes · {returned} enregistrements renvoyés à leur bureau · {blocking} autres problèmes bloquants</translation>
    </message>
    <message>
        <source>… and {count} more (the command habitat-results check lists them all)</source>
        <translation>… et {count} de plus (la commande habitat-results check les liste tous)</translation>
    </message>
    <message>
        <source>country {key}</source>
        <translation>pays {key}</translation>
    </message>
    <message>
        <source>office {key}</source>
        <translation>bureau {key}</translation>
    </message>
    <message>
        <source>region {key}</source>
        <translation>région {key}</translation>
    </message>
    <message>
        <source>period {key}</source>
        <translation>période {key}</translation>
    </message>
    <message>
        <source>{where}: {versions} versions of one record, none chosen</source>
        <translation>{where} : {versions} versions d’un même enregistrement, aucune choisie</translation>
    </message>
    <message>
        <source>{indicator} is above {at_most} ({where})</source>
        <translation>{indicator} dépasse {at_most} ({where})</translation>
    </message>
    <message>
        <source>{indicator} is {percent} %, above 100 % ({where})</source>
        <translation>{indicator} est de {percent} %, au-delà de 100 % ({where})</translation>
    </message>
    <message>
        <source>{where}: {value} is above the ceiling of {ceiling} for one record</source>
        <translation>{where} : {value} dépasse le plafond de {ceiling} pour un enregistrement</translation>
    </message>
    <message>
        <source>grey: {code} of {plan}, which it continues</source>
        <translation>gris : {code} de {plan}, qu&apos;il prolonge</translation>
    </message>
    <message>
        <source>{code} {year} ({plan}): {value}</source>
        <translation>{code} {year} ({plan}) : {value}</translation>
    </message>
    <message>
        <source>The domain of change whose indicators the table shows.</source>
        <translation>Le domaine de changement dont le tableau montre les indicateurs.</translation>
    </message>
    <message>
        <source>Shows each indicator&apos;s merged figures by year, by region or by office.</source>
        <translation>Montre les chiffres fusionnés de chaque indicateur par année, par région ou par bureau.</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>the row is hidden and holds values; a plan workbook shows all it holds: unhide the row or delete it</source>
        <translation>la ligne est masquée et contient des valeurs ; un classeur de plan montre tout ce qu’il contient : affichez la ligne ou supprimez-la</translation>
    </message>
    <message>
        <source>the column is hidden and holds values; a plan workbook shows all it holds: unhide the column or delete it</source>
        <translation>la colonne est masquée et contient des valeurs ; un classeur de plan montre tout ce qu’il contient : affichez la colonne ou supprimez-la</translation>
    </message>
    <message>
        <source>{path} is a results file or a workbook; a plan file is never written over it: choose another name, such as plan.json</source>
        <translation>{path} est un fichier de résultats ou un classeur ; un fichier de plan n’est jamais écrit par-dessus : choisissez un autre nom, par exemple plan.json</translation>
    </message>
    <message>
        <source>{path}: a plan of format {format}, which this version of Habitat Results does not read (it reads formats {known}); please update the app</source>
        <translation>{path} : un plan au format {format}, que cette version de Habitat Results ne lit pas (elle lit les formats {known}) ; veuillez mettre l’application à jour</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, too large for a plan file (at most {limit})</source>
        <translation>{path} : {size} octets, trop volumineux pour un fichier de plan (au plus {limit})</translation>
    </message>
    <message>
        <source>{path}: not a valid plan: {problems}{more_text}</source>
        <translation>{path} : plan non valide : {problems}{more_text}</translation>
    </message>
    <message>
        <source>required; the cell is empty</source>
        <translation>obligatoire ; la cellule est vide</translation>
    </message>
    <message>
        <source>required when {other} is given</source>
        <translation>obligatoire lorsque {other} est indiqué</translation>
    </message>
    <message>
        <source>required: the English text, since {column} is given</source>
        <translation>obligatoire : le texte anglais, puisque {column} est indiqué</translation>
    </message>
    <message>
        <source>{text} is not text</source>
        <translation>{text} n’est pas du texte</translation>
    </message>
    <message>
        <source>{text} is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 into 1; format the cell as Text and type it again</source>
        <translation>{text} est un nombre, mais cette colonne contient du texte : Excel change 1.10 en 1.1 et 1.0 en 1 ; mettez la cellule au format Texte et saisissez-la de nouveau</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>« {text} » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>« {text} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>{text} is not above 0</source>
        <translation>{text} n’est pas supérieur à 0</translation>
    </message>
    <message>
        <source>{text} is below 0</source>
        <translation>{text} est inférieur à 0</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>« {text} » n’est pas l’une des valeurs : {allowed}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>trop long ({count} caractères) ; au plus {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char}, which is not text; retype it</source>
        <translation>contient le caractère de contrôle {char}, qui n’est pas du texte ; saisissez-le de nouveau</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most {limit}</source>
        <translation>« {text} » n’est pas un code : lettres, chiffres, « . », « - » et « _ », commençant par une lettre ou un chiffre, au plus {limit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language of the plan: {allowed}</source>
        <translation>« {text} » n’est pas une langue du plan : {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the plan; the keys are: {keys}</source>
        <translation>« {text} » n’est pas une clé du plan ; les clés sont : {keys}</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; is missing: add a row with it</source>
        <translation>la clé « {text} » manque : ajoutez une ligne pour elle</translation>
    </message>
    <message>
        <source>the sheet {part} reaches beyond {max_rows} rows or {max_columns} columns, more than a plan holds</source>
        <translation>la feuille {part} dépasse {max_rows} lignes ou {max_columns} colonnes, plus qu’un plan n’en contient</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>la clé « {text} » figure deux fois (aussi en {other})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a column of this sheet; the columns are: {columns}</source>
        <translation>« {text} » n’est pas une colonne de cette feuille ; les colonnes sont : {columns}</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>la colonne « {text} » figure deux fois (aussi en {other})</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; is missing; add it to the first row</source>
        <translation>la colonne « {text} » manque ; ajoutez-la à la première ligne</translation>
    </message>
    <message>
        <source>a value in a column without a name in the first row: name the column or clear the cell</source>
        <translation>une valeur dans une colonne sans nom en première ligne : nommez la colonne ou videz la cellule</translation>
    </message>
    <message>
        <source>{sheet} must be a list of entries</source>
        <translation>{sheet} doit être une liste d’entrées</translation>
    </message>
    <message>
        <source>the sheet {sheet} holds no entries</source>
        <translation>la feuille {sheet} ne contient aucune entrée</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing; a plan workbook has the sheets {sheets}</source>
        <translation>la feuille « {sheet} » manque ; un classeur de plan a les feuilles {sheets}</translation>
    </message>
    <message>
        <source>the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or delete it</source>
        <translation>la feuille est masquée ; un classeur de plan montre tout ce qu’il contient : affichez la feuille ou supprimez-la</translation>
    </message>
    <message>
        <source>a formula ({formula}); a plan workbook holds values only: type the value itself</source>
        <translation>une formule ({formula}) ; un classeur de plan ne contient que des valeurs : saisissez la valeur elle-même</translation>
    </message>
    <message>
        <source>an error value ({text}) instead of a value</source>
        <translation>une valeur d’erreur ({text}) au lieu d’une valeur</translation>
    </message>
    <message>
        <source>a date ({text}); type the value as text or a number</source>
        <translation>une date ({text}) ; saisissez la valeur comme texte ou comme nombre</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path} : {detail}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year from 1900 to 2100</source>
        <translation>« {text} » n’est pas une année de 1900 à 2100</translation>
    </message>
    <message>
        <source>the last year {last} comes before the first year {first}</source>
        <translation>la dernière année {last} précède la première année {first}</translation>
    </message>
    <message>
        <source>the years {first}–{last} overlap the plan {other} ({other_first}–{other_last}) built into the app; a results file follows one plan a year</source>
        <translation>les années {first}–{last} chevauchent le plan {other} ({other_first}–{other_last}) intégré à l’application ; un fichier de résultats suit un seul plan par année</translation>
    </message>
    <message>
        <source>{id} {version} is the plan built into the app, and this one counts otherwise: give it a new version</source>
        <translation>{id} {version} est le plan intégré à l’application, et celui-ci compte autrement : donnez-lui une nouvelle version</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; must be a number above 1</source>
        <translation>« {text} » doit être un nombre supérieur à 1</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level: 1 at the top, at most {most}</source>
        <translation>« {text} » n’est pas un niveau : 1 au sommet, au plus {most}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key: small letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>« {text} » n’est pas une clé : lettres minuscules, chiffres et « _ », commençant par une lettre</translation>
    </message>
    <message>
        <source>level {number} has no level {missing} above it</source>
        <translation>le niveau {number} n’a pas de niveau {missing} au-dessus de lui</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the sheet levels</source>
        <translation>« {text} » n’est pas une clé de la feuille levels</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; appears twice (also at {other})</source>
        <translation>« {text} » figure deux fois (aussi en {other})</translation>
    </message>
    <message>
        <source>{code} sits under itself: {path}</source>
        <translation>{code} se trouve sous lui-même : {path}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code of the sheet structure</source>
        <translation>« {text} » n’est pas un code de la feuille structure</translation>
    </message>
    <message>
        <source>required: a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>obligatoire : un groupe de niveau {number} ({level}) se trouve sous un groupe de niveau {above}</translation>
    </message>
    <message>
        <source>a group of level 1 ({level}) sits at the top: leave its parent empty</source>
        <translation>un groupe de niveau 1 ({level}) est au sommet : laissez son parent vide</translation>
    </message>
    <message>
        <source>&apos;{parent}&apos; is a group of level {found} ({parent_level}); a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>« {parent} » est un groupe de niveau {found} ({parent_level}) ; un groupe de niveau {number} ({level}) se trouve sous un groupe de niveau {above}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds groups ({groups}); indicators sit under a group that holds no groups</source>
        <translation>« {text} » contient des groupes ({groups}) ; les indicateurs se trouvent sous un groupe qui ne contient pas de groupes</translation>
    </message>
    <message>
        <source>unit &apos;{text}&apos; is not in units</source>
        <translation>l’unité « {text} » ne figure pas dans units</translation>
    </message>
    <message>
        <source>required for a distinct indicator: what it counts once ({allowed})</source>
        <translation>obligatoire pour un indicateur distinct : ce qu’il compte une seule fois ({allowed})</translation>
    </message>
    <message>
        <source>only for a {rule} indicator: leave it empty</source>
        <translation>seulement pour un indicateur {rule} : laissez vide</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan</source>
        <translation>« {text} » n’est pas un indicateur de ce plan</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is itself derived; a share is derived from two indicators that offices enter</source>
        <translation>« {text} » est lui-même dérivé ; une part est dérivée de deux indicateurs que les bureaux saisissent</translation>
    </message>
    <message>
        <source>the numerator and the denominator are both {text}</source>
        <translation>le numérateur et le dénominateur sont tous deux {text}</translation>
    </message>
    <message>
        <source>{text} is above 100; a derived indicator is a share in per cent</source>
        <translation>{text} dépasse 100 ; un indicateur dérivé est une part en pourcentage</translation>
    </message>
    <message>
        <source>the target year {target} must come after the baseline year {baseline}</source>
        <translation>l’année cible {target} doit venir après l’année de référence {baseline}</translation>
    </message>
    <message>
        <source>the target equals the baseline ({value}): progress cannot be shown</source>
        <translation>la cible est égale à la valeur de référence ({value}) : aucun progrès ne peut être montré</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan that offices enter</source>
        <translation>« {text} » n’est pas un indicateur de ce plan que les bureaux saisissent</translation>
    </message>
    <message>
        <source>a rule compares two different indicators; both are {text}</source>
        <translation>une règle compare deux indicateurs différents ; les deux sont {text}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is this plan; a crosswalk names an earlier plan</source>
        <translation>« {text} » est ce plan ; une table de correspondance nomme un plan antérieur</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of {plan} {version}</source>
        <translation>« {text} » n’est pas un indicateur de {plan} {version}</translation>
    </message>
    <message>
        <source>{plan} ({first}–{last}) does not end before this plan&apos;s first year {own_first}; a crosswalk continues an earlier plan</source>
        <translation>{plan} ({first}–{last}) ne se termine pas avant la première année de ce plan, {own_first} ; une table de correspondance prolonge un plan antérieur</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>required: an indicator code of {framework}, such as 1.1.a</source>
        <translation>obligatoire : un code d’indicateur de {framework}, tel que 1.1.a</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an indicator of {framework} {version}</source>
        <translation>« {code} » n’est pas un indicateur de {framework} {version}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator} and cannot be entered</source>
        <translation>{code} est calculé à partir de {numerator} ÷ {denominator} et ne peut pas être saisi</translation>
    </message>
    <message>
        <source>required: a year from {first} to {last}</source>
        <translation>obligatoire : une année de {first} à {last}</translation>
    </message>
    <message>
        <source>{year} lies outside the plan period {first}–{last}</source>
        <translation>{year} est en dehors de la période du plan {first}–{last}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>trop long ({count} caractères) ; au plus {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char} at character {position}, which is not text; retype it</source>
        <translation>contient le caractère de contrôle {char} au caractère {position}, qui n’est pas du texte ; retapez-le</translation>
    </message>
    <message>
        <source>a line break at character {position}; this field is one line of text</source>
        <translation>un saut de ligne au caractère {position} ; ce champ tient sur une ligne</translation>
    </message>
    <message>
        <source>a tab at character {position}; this field is one line of text</source>
        <translation>une tabulation au caractère {position} ; ce champ tient sur une ligne</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; the point may separate thousands (1.200 = 1200 in many languages) or decimals (1.2): write the number without separators</source>
        <translation>« {text} » n’est pas un nombre entier de {unit} ; le point peut séparer les milliers (1.200 = 1200 dans bien des langues) ou les décimales (1.2) : écrivez le nombre sans séparateurs</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; a count is a whole number, without decimals</source>
        <translation>« {text} » n’est pas un nombre entier de {unit} ; un dénombrement est un nombre entier, sans décimales</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)</source>
        <translation>« {text} » n’est pas un code de pays ISO 3166-1 alpha-3 (p. ex. KEN, BRA)</translation>
    </message>
    <message>
        <source>required when a city is given: the ISO 3166-1 alpha-3 code of the city&apos;s country</source>
        <translation>obligatoire lorsqu’une ville est indiquée : le code ISO 3166-1 alpha-3 du pays de la ville</translation>
    </message>
    <message>
        <source>leave empty (or 1) for {code}: each record counts one {entity}</source>
        <translation>laissez vide (ou 1) pour {code} : chaque enregistrement compte un(e) {entity}</translation>
    </message>
    <message>
        <source>required for {code}, which counts cities (with the city&apos;s country)</source>
        <translation>obligatoire pour {code}, qui compte des villes (avec le pays de la ville)</translation>
    </message>
    <message>
        <source>required for {code}: the ISO 3166-1 alpha-3 code</source>
        <translation>obligatoire pour {code} : le code ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>required for {code}: the name of the {unit} counted</source>
        <translation>obligatoire pour {code} : le nom de l’élément compté ({unit})</translation>
    </message>
    <message>
        <source>required for {code}: a whole number of {unit}</source>
        <translation>obligatoire pour {code} : un nombre entier de {unit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}</source>
        <translation>« {text} » n’est pas un nombre entier de {unit}</translation>
    </message>
    <message>
        <source>{value} is negative; counts are whole numbers of 0 or more</source>
        <translation>{value} est négatif ; les dénombrements sont des nombres entiers de 0 ou plus</translation>
    </message>
    <message>
        <source>{value} is implausibly large (more than {limit})</source>
        <translation>{value} est invraisemblablement grand (plus de {limit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: none, at least, more than, about</source>
        <translation>« {text} » ne fait pas partie de : none, at least, more than, about</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>« {text} » ne fait pas partie de : {allowed}</translation>
    </message>
    <message>
        <source>{code} is not broken down by {field}; leave it empty</source>
        <translation>{code} n’est pas ventilé par {field} ; laissez vide</translation>
    </message>
    <message>
        <source>required: the office&apos;s name</source>
        <translation>obligatoire : le nom du bureau</translation>
    </message>
    <message>
        <source>the office code must be 1–20 letters, digits or hyphens</source>
        <translation>le code du bureau doit comporter de 1 à 20 lettres, chiffres ou traits d’union</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>named item</source>
        <translation>élément nommé</translation>
    </message>
    <message>
        <source>country or city</source>
        <translation>pays ou ville</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country: type its name, its ISO 3166-1 alpha-3 code (e.g. KEN) or the first letters of its name</source>
        <translation>« {text} » n’est pas un pays : tapez son nom, son code ISO 3166-1 alpha-3 (p. ex. KEN) ou les premières lettres de son nom</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {names}: type more letters or the code</source>
        <translation>« {text} » pourrait être {names} : tapez plus de lettres ou le code</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome of {framework}</source>
        <translation>« {outcome} » n’est pas un résultat de {framework}</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n’est pas du texte</translation>
    </message>
    <message>
        <source>not a field that can be edited</source>
        <translation>pas un champ modifiable</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>« {text} » n’est pas un code de pays ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>a duplicate of {record}, already in the file</source>
        <translation>un doublon de {record}, déjà dans le fichier</translation>
    </message>
    <message>
        <source>a duplicate of {row} ({described})</source>
        <translation>un doublon de {row} ({described})</translation>
    </message>
    <message>
        <source>a breakdown row says &apos;of which&apos;, but {place} has no total: add the total as a row without sex, age and disability</source>
        <translation>une ligne de ventilation indique « dont », mais {place} n’a pas de total : ajoutez le total comme ligne sans sexe, âge ni handicap</translation>
    </message>
    <message>
        <source>the parts by {dimension} of {place} ({listed}) add up to {added}, more than their total {total} ({named}); breakdown rows say &apos;of which&apos; and may not exceed the total</source>
        <translation>les parties par {dimension} de {place} ({listed}) totalisent {added}, plus que leur total {total} ({named}) ; les lignes de ventilation indiquent « dont » et ne peuvent dépasser le total</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>record {row}, {problem}</source>
        <translation>enregistrement {row}, {problem}</translation>
    </message>
    <message>
        <source>required when returning records: say what the office should change</source>
        <translation>obligatoire pour renvoyer des enregistrements : dites ce que le bureau doit changer</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column} : {message}</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of this file ({periods})</source>
        <translation>{year} est en dehors des plans de ce fichier ({periods})</translation>
    </message>
    <message>
        <source>{code} was removed from the plan {plan} by its version {version}; its records are kept, read-only, and not counted</source>
        <translation>{code} a été retiré du plan {plan} par sa version {version} ; ses enregistrements sont conservés, en lecture seule, et ne sont pas comptés</translation>
    </message>
    <message>
        <source>the total of {place} has {count} breakdown part(s) that say &apos;of which&apos; ({listed}): delete or move the parts first, or keep a total for them</source>
        <translation>le total de {place} a {count} partie(s) de ventilation qui disent « dont » ({listed}) : supprimez ou déplacez d&apos;abord ces parties, ou gardez un total pour elles</translation>
    </message>
    <message>
        <source>a copy of {record}: change what differs (another city, another year…) to store it</source>
        <translation>une copie de {record} : modifiez ce qui diffère (une autre ville, une autre année…) pour l&apos;enregistrer</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>{where}, {column}: {message}</source>
        <translation>{where}, {column} : {message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <source>{path}: unsupported file type &apos;{suffix}&apos;; use .csv or .xlsx</source>
        <translation>{path} : type de fichier non pris en charge « {suffix} » ; utilisez .csv ou .xlsx</translation>
    </message>
    <message>
        <source>the file is {size}; at most {limit} can be imported at once: split it into smaller files</source>
        <translation>le fichier fait {size} ; au plus {limit} peuvent être importés à la fois : divisez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>longer than {limit} characters; is this a table exported as CSV?</source>
        <translation>plus long que {limit} caractères ; est-ce un tableau exporté en CSV ?</translation>
    </message>
    <message>
        <source>more than {limit} rows; import at most {limit} at a time (split the file)</source>
        <translation>plus de {limit} lignes ; importez-en au plus {limit} à la fois (divisez le fichier)</translation>
    </message>
    <message>
        <source>a cell of {length} characters; at most {limit}</source>
        <translation>une cellule de {length} caractères ; au plus {limit}</translation>
    </message>
    <message>
        <source>not UTF-8 text: {places}. In Excel, save it with File &gt; Save As &gt; &apos;CSV UTF-8 (Comma delimited)&apos;</source>
        <translation>pas du texte UTF-8 : {places}. Dans Excel, enregistrez-le avec Fichier &gt; Enregistrer sous &gt; « CSV UTF-8 (délimité par des virgules) »</translation>
    </message>
    <message>
        <source>not a readable CSV file ({detail})</source>
        <translation>pas un fichier CSV lisible ({detail})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet (not an Excel workbook: {detail})</source>
        <translation>ne peut pas être lu comme un tableur (pas un classeur Excel : {detail})</translation>
    </message>
    <message>
        <source>the workbook holds {count} parts; at most {limit}</source>
        <translation>le classeur contient {count} parties ; au plus {limit}</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} ({part}: {part_size}); at most {limit}</source>
        <translation>le classeur décompressé fait {size} ({part} : {part_size}) ; au plus {limit}</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>le classeur n’a aucune feuille de calcul</translation>
    </message>
    <message>
        <source>damaged workbook: its first sheet ({part}) is missing</source>
        <translation>classeur endommagé : sa première feuille ({part}) est absente</translation>
    </message>
    <message>
        <source>damaged workbook: {part} is not readable XML ({detail})</source>
        <translation>classeur endommagé : {part} n’est pas du XML lisible ({detail})</translation>
    </message>
    <message>
        <source>damaged workbook: {part} cannot be unpacked ({detail})</source>
        <translation>classeur endommagé : {part} ne peut pas être décompressé ({detail})</translation>
    </message>
    <message>
        <source>the workbook contains a document type declaration, which Excel never writes</source>
        <translation>le classeur contient une déclaration de type de document, ce qu’Excel n’écrit jamais</translation>
    </message>
    <message>
        <source>cell{label} holds more than {limit} characters, the most a cell may hold</source>
        <translation>la cellule{label} contient plus de {limit} caractères, le maximum pour une cellule</translation>
    </message>
    <message>
        <source>a text shared by cells holds more than {limit} characters, the most a cell may hold</source>
        <translation>un texte partagé par des cellules contient plus de {limit} caractères, le maximum pour une cellule</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} texts</source>
        <translation>le classeur contient plus de {limit} textes</translation>
    </message>
    <message>
        <source>cell {ref} lies beyond column {column}; at most {limit} columns are read</source>
        <translation>la cellule {ref} se trouve au-delà de la colonne {column} ; au plus {limit} colonnes sont lues</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit} rows; import at most {limit} at a time (split the sheet)</source>
        <translation>la première feuille a plus de {limit} lignes ; importez-en au plus {limit} à la fois (divisez la feuille)</translation>
    </message>
    <message>
        <source>the first sheet declares the range {ref} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: copy the table alone into a new workbook</source>
        <translation>la première feuille déclare la plage {ref} ({rows} lignes × {columns} colonnes) ; au plus {max_rows} lignes et {max_columns} colonnes sont lues : copiez le tableau seul dans un nouveau classeur</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <source>{cells} cells, but the header has {header}</source>
        <translation>{cells} cellules, mais l’en-tête en a {header}</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>le fichier est vide ; une ligne d’en-tête est attendue</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet ({detail})</source>
        <translation>ne peut pas être lu comme un tableur ({detail})</translation>
    </message>
    <message>
        <source>unknown column; the columns are: {columns}</source>
        <translation>colonne inconnue ; les colonnes sont : {columns}</translation>
    </message>
    <message>
        <source>unknown column (is the file separated by {separator}? then a column name is misspelt); the columns are: {columns}</source>
        <translation>colonne inconnue (le fichier est-il séparé par des {separator} ? alors un nom de colonne est mal orthographié) ; les colonnes sont : {columns}</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>une colonne n’a pas de nom</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne apparaît deux fois</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>une colonne obligatoire est absente</translation>
    </message>
    <message>
        <source>this file was already imported on {when} UTC (as {name}, {records} records); importing it again would count its records twice</source>
        <translation>ce fichier a déjà été importé le {when} UTC (sous le nom {name}, {records} enregistrements) ; l’importer à nouveau compterait ses enregistrements deux fois</translation>
    </message>
    <message>
        <source>{source}: nothing imported; {problems} problem(s)</source>
        <translation>{source} : rien n’a été importé ; {problems} problème(s)</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty; expected a header row</source>
        <translation>la feuille {sheet} est vide ; une ligne d’en-tête est attendue</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is not in this file (a template made from another office file?); copy its values into an empty row to enter it as a new record</source>
        <translation>cette ligne a été pré-remplie à partir de l’enregistrement {id}, qui n’est pas dans ce fichier (un modèle fait à partir d’un autre fichier de bureau ?) ; copiez ses valeurs dans une ligne vide pour la saisir comme nouvel enregistrement</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is deleted from the file since the template was made; copy its values into an empty row to enter it as a new record</source>
        <translation>cette ligne a été pré-remplie à partir de l’enregistrement {id}, supprimé du fichier depuis la création du modèle ; copiez ses valeurs dans une ligne vide pour la saisir comme nouvel enregistrement</translation>
    </message>
    <message>
        <source>the row of record {id} was cleared; records already in the file are deleted in the app, not by import</source>
        <translation>la ligne de l’enregistrement {id} a été vidée ; les enregistrements déjà dans le fichier se suppriment dans l’application, pas par importation</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file); records already in the file are changed in the app, not by import</source>
        <translation>diffère de l’enregistrement {id} déjà dans le fichier (« {here} » ici, « {there} » dans le fichier) ; les enregistrements déjà dans le fichier se modifient dans l’application, pas par importation</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file) (the record was changed in the file after the template was made: version {version}, the template has {template_version}); records already in the file are changed in the app, not by import</source>
        <translation>diffère de l’enregistrement {id} déjà dans le fichier (« {here} » ici, « {there} » dans le fichier) (l’enregistrement a été modifié dans le fichier après la création du modèle : version {version}, le modèle a la {template_version}) ; les enregistrements déjà dans le fichier se modifient dans l’application, pas par importation</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>language &apos;{lang}&apos; is not one of {known}</source>
        <translation>la langue « {lang} » n’est pas l’une des langues {known}</translation>
    </message>
    <message>
        <source>the PDF font {font} was not found; reinstall Habitat Results (its fonts are in resources/fonts) or install {package}</source>
        <translation>la police PDF {font} est introuvable ; réinstallez Habitat Results (ses polices sont dans resources/fonts) ou installez {package}</translation>
    </message>
    <message>
        <source>the annex cannot be laid out on the page: {detail}</source>
        <translation>l’annexe ne peut pas être mise en page : {detail}</translation>
    </message>
    <message>
        <source>{path}: not an office key file ({detail})</source>
        <translation>{path} : n’est pas un fichier de clé de bureau ({detail})</translation>
    </message>
    <message>
        <source>{path}: the office key could not be written ({detail})</source>
        <translation>{path} : la clé du bureau n’a pas pu être écrite ({detail})</translation>
    </message>
    <message>
        <source>this profile holds no key for office {office} (keys folder {folder})</source>
        <translation>ce profil ne contient aucune clé pour le bureau {office} (dossier des clés {folder})</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name for the exported key</source>
        <translation>{path} existe déjà ; choisissez un autre nom pour la clé exportée</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) does not match what it signs: the file was changed after it was signed, or the signature is damaged</source>
        <translation>sa signature {row} (année {year}) ne correspond pas à ce qu’elle signe : le fichier a été modifié après sa signature, ou la signature est endommagée</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) was made for office {office}, file {file_id}, not for this file</source>
        <translation>sa signature {row} (année {year}) a été faite pour le bureau {office}, fichier {file_id}, et non pour ce fichier</translation>
    </message>
    <message>
        <source>it is not signed, but headquarters knows office {office} by its key ({keys}); an unsigned file from this office is refused. Ask the office to submit its year again with this version of the app</source>
        <translation>il n’est pas signé, mais le siège connaît le bureau {office} par sa clé ({keys}) ; un fichier non signé de ce bureau est refusé. Demandez au bureau de soumettre de nouveau son année avec cette version de l’application</translation>
    </message>
    <message>
        <source>the record {id} ({year}) is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>l’enregistrement {id} ({year}) n’est plus tel qu’il a été signé : il a changé après la soumission de {year}. Le bureau soumet de nouveau {year} pour le signer</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>le récit de résultat {outcome} {year} n’est plus tel qu’il a été signé : il a changé après la soumission de {year}. Le bureau soumet de nouveau {year} pour le signer</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters revoked for office {office}</source>
        <translation>il est signé avec la clé {key}, que le siège a révoquée pour le bureau {office}</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters knows as office {other}&apos;s, not {office}&apos;s</source>
        <translation>il est signé avec la clé {key}, que le siège connaît comme celle du bureau {other}, et non de {office}</translation>
    </message>
    <message>
        <source>it is signed with a key headquarters does not know for office {office} ({key}); headquarters knows the office by {known}. If the office has a new laptop or a new colleague, merge it again confirming the new key</source>
        <translation>il est signé avec une clé que le siège ne connaît pas pour le bureau {office} ({key}) ; le siège connaît le bureau par {known}. Si le bureau a un nouvel ordinateur ou un nouveau collègue, fusionnez-le de nouveau en confirmant la nouvelle clé</translation>
    </message>
    <message>
        <source>{file} holds no office key whose fingerprint starts with {key}</source>
        <translation>{file} ne contient aucune clé de bureau dont l’empreinte commence par {key}</translation>
    </message>
    <message>
        <source>more than one office key in {file} has a fingerprint starting with {key}: type more of it</source>
        <translation>plusieurs clés de bureau de {file} ont une empreinte commençant par {key} : tapez-en davantage</translation>
    </message>
    <message>
        <source>{path}: {year} has no records to submit</source>
        <translation>{path} : {year} n’a aucun enregistrement à soumettre</translation>
    </message>
    <message>
        <source>{path}: {year} is already submitted; nothing to submit</source>
        <translation>{path} : {year} est déjà soumis ; rien à soumettre</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path} : refusé : {reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>un lien vers un fichier qui n’existe pas</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a results file</source>
        <translation>est un dossier, pas un fichier de résultats</translation>
    </message>
    <message>
        <source>not a regular file (a device or a pipe)</source>
        <translation>pas un fichier ordinaire (un périphérique ou un tube)</translation>
    </message>
    <message>
        <source>it was being written when last closed ({journal} lies next to it); open it once in Habitat Results on that computer, then send it again</source>
        <translation>il était en cours d’écriture lors de sa dernière fermeture ({journal} se trouve à côté) ; ouvrez-le une fois dans Habitat Results sur cet ordinateur, puis renvoyez-le</translation>
    </message>
    <message>
        <source>locked by another program that is writing to it; close it there (or wait) and try again</source>
        <translation>verrouillé par un autre programme qui y écrit ; fermez-le là-bas (ou attendez) et réessayez</translation>
    </message>
    <message>
        <source>cannot be read: permission denied, or locked by another program</source>
        <translation>illisible : permission refusée, ou verrouillé par un autre programme</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>truncated: the file ends after {size} bytes, inside the SQLite signature</source>
        <translation>tronqué : le fichier s’arrête après {size} octets, au milieu de la signature SQLite</translation>
    </message>
    <message>
        <source>a text file, not a results file</source>
        <translation>un fichier texte, pas un fichier de résultats</translation>
    </message>
    <message>
        <source>not readable: the file looks encrypted (whole pages of unreadable data with no SQLite signature); Habitat Results files are never encrypted</source>
        <translation>illisible : le fichier semble chiffré (des pages entières de données illisibles sans signature SQLite) ; les fichiers Habitat Results ne sont jamais chiffrés</translation>
    </message>
    <message>
        <source>not a results file: binary data that is not an SQLite database (damaged, or another kind of file)</source>
        <translation>pas un fichier de résultats : des données binaires qui ne sont pas une base SQLite (endommagée, ou un autre type de fichier)</translation>
    </message>
    <message>
        <source>truncated: only {size} bytes, shorter than the {header}-byte SQLite header</source>
        <translation>tronqué : seulement {size} octets, moins que l’en-tête SQLite de {header} octets</translation>
    </message>
    <message>
        <source>damaged header: page size {page_size} is impossible</source>
        <translation>en-tête endommagé : la taille de page {page_size} est impossible</translation>
    </message>
    <message>
        <source>truncated: {size} bytes is not a whole number of {page_size}-byte pages</source>
        <translation>tronqué : {size} octets n’est pas un nombre entier de pages de {page_size} octets</translation>
    </message>
    <message>
        <source>truncated: {size} bytes, but its header says {pages} pages of {page_size} bytes ({expected} bytes)</source>
        <translation>tronqué : {size} octets, mais son en-tête annonce {pages} pages de {page_size} octets ({expected} octets)</translation>
    </message>
    <message>
        <source>it contains a {kind} (&apos;{name}&apos;), which a results file never has; the file may have been tampered with</source>
        <translation>il contient un(e) {kind} (« {name} »), ce qu’un fichier de résultats n’a jamais ; le fichier a peut-être été altéré</translation>
    </message>
    <message>
        <source>it contains a table &apos;{name}&apos; that a results file does not have</source>
        <translation>il contient une table « {name} » qu’un fichier de résultats n’a pas</translation>
    </message>
    <message>
        <source>it contains an index &apos;{name}&apos; that a results file does not have</source>
        <translation>il contient un index « {name} » qu’un fichier de résultats n’a pas</translation>
    </message>
    <message>
        <source>incomplete: the table or index &apos;{name}&apos; of a results file is missing</source>
        <translation>incomplet : la table ou l’index « {name} » d’un fichier de résultats est absent</translation>
    </message>
    <message>
        <source>the layout of &apos;{name}&apos; differs from a results file&apos;s</source>
        <translation>la structure de « {name} » diffère de celle d’un fichier de résultats</translation>
    </message>
    <message>
        <source>SQLite cannot read it (encrypted, or damaged beyond the header)</source>
        <translation>SQLite ne peut pas le lire (chiffré, ou endommagé au-delà de l’en-tête)</translation>
    </message>
    <message>
        <source>damaged: SQLite reports &apos;{detail}&apos;</source>
        <translation>endommagé : SQLite signale « {detail} »</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>endommagé : {detail}</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos;</source>
        <translation>endommagé : la vérification d’intégrité de SQLite signale « {detail} »</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos; and {more} more problem(s)</source>
        <translation>endommagé : la vérification d’intégrité de SQLite signale « {detail} » et {more} autre(s) problème(s)</translation>
    </message>
    <message>
        <source>an SQLite database of another application, not a Habitat Results file</source>
        <translation>une base SQLite d’une autre application, pas un fichier Habitat Results</translation>
    </message>
    <message>
        <source>made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>créé par une version plus récente de Habitat Results (schéma du fichier {version}, cette application connaît {known}) ; veuillez mettre l’application à jour</translation>
    </message>
    <message>
        <source>its recorded schema steps ({steps}) do not match schema version {version}</source>
        <translation>ses étapes de schéma consignées ({steps}) ne correspondent pas à la version de schéma {version}</translation>
    </message>
    <message>
        <source>its identity is incomplete (no &apos;{key}&apos;)</source>
        <translation>son identité est incomplète (pas de « {key} »)</translation>
    </message>
    <message>
        <source>is a {found} file, not an office file</source>
        <translation>est un fichier de {found}, pas un fichier de bureau</translation>
    </message>
    <message>
        <source>is a {found} file, not a headquarters file</source>
        <translation>est un fichier de {found}, pas un fichier du Siège</translation>
    </message>
    <message>
        <source>is a folder, not a feedback file</source>
        <translation>est un dossier, pas un fichier de retour d’information</translation>
    </message>
    <message>
        <source>too large for a feedback file ({size} bytes)</source>
        <translation>trop volumineux pour un fichier de retour d’information ({size} octets)</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters (not readable JSON: {detail})</source>
        <translation>pas un fichier de retour d’information du Siège (JSON illisible : {detail})</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters</source>
        <translation>pas un fichier de retour d’information du Siège</translation>
    </message>
    <message>
        <source>made by another version of Habitat Results (feedback format {found}, this app reads {known})</source>
        <translation>créé par une autre version de Habitat Results (format de retour {found}, cette application lit {known})</translation>
    </message>
    <message>
        <source>incomplete: no office or no reviews</source>
        <translation>incomplet : pas de bureau ou pas d’examens</translation>
    </message>
    <message>
        <source>review {n} is not a review</source>
        <translation>l’examen {n} n’est pas un examen</translation>
    </message>
    <message>
        <source>review {n}: its {name} {reason}</source>
        <translation>examen {n} : son {name} {reason}</translation>
    </message>
    <message>
        <source>review {n}: its {name}: {reason}</source>
        <translation>examen {n} : son {name} : {reason}</translation>
    </message>
    <message>
        <source>review {n} is about record {record} again (review {first}); a feedback file holds one decision per record</source>
        <translation>l’examen {n} porte de nouveau sur l’enregistrement {record} (examen {first}) ; un fichier de retour contient une décision par enregistrement</translation>
    </message>
    <message>
        <source>it is for office {office}, but {file} is {own}&apos;s file</source>
        <translation>il est destiné au bureau {office}, mais {file} est le fichier de {own}</translation>
    </message>
    <message>
        <source>it uses the framework {framework} version {version}, which this headquarters file does not know (it holds {held})</source>
        <translation>il utilise le cadre {framework} version {version}, que ce fichier du Siège ne connaît pas (il contient {held})</translation>
    </message>
    <message>
        <source>it names {count} offices; an office file names exactly one</source>
        <translation>il nomme {count} bureaux ; un fichier de bureau en nomme exactement un</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: its {fields} is not text</source>
        <translation>son bureau ({office}) n’est pas valide : son {fields} n’est pas du texte</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: {problems}</source>
        <translation>son bureau ({office}) n’est pas valide : {problems}</translation>
    </message>
    <message>
        <source>the record id {id} appears {count} times; every record must have its own id</source>
        <translation>l’identifiant d’enregistrement {id} apparaît {count} fois ; chaque enregistrement doit avoir son propre identifiant</translation>
    </message>
    <message>
        <source>records that are not valid: {problems}</source>
        <translation>enregistrements non valides : {problems}</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not valid: {problems}</source>
        <translation>le texte descriptif du résultat {outcome} {year} n’est pas valide : {problems}</translation>
    </message>
    <message>
        <source>the record {id} belongs to office {owner} at headquarters, but this file is from {office}</source>
        <translation>l’enregistrement {id} appartient au bureau {owner} au Siège, mais ce fichier vient de {office}</translation>
    </message>
    <message>
        <source>office {office} is held at headquarters from another file (file id {held}, {name}, first merged {first}); this file has file id {file_id} (created {created}). If the office&apos;s laptop was reinstalled, merge it again confirming the new file</source>
        <translation>le bureau {office} est détenu au Siège à partir d’un autre fichier (identifiant {held}, {name}, fusionné pour la première fois le {first}) ; ce fichier a l’identifiant {file_id} (créé le {created}). Si l’ordinateur portable du bureau a été réinstallé, fusionnez-le à nouveau en confirmant le nouveau fichier</translation>
    </message>
    <message>
        <source>{path}: not a headquarters file</source>
        <translation>{path} : pas un fichier du Siège</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a headquarters file ({detail})</source>
        <translation>{path} : ne peut pas être lu comme fichier du Siège ({detail})</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path} : une base SQLite d’une autre application, pas un fichier du Siège ; indiquez d’abord le fichier du Siège (il est créé par la première fusion)</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>{path} : créé par une version plus récente de Habitat Results (schéma du fichier {version}, cette application connaît {known}) ; veuillez mettre l’application à jour</translation>
    </message>
    <message>
        <source>{path}: an office file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path} : un fichier de bureau, pas un fichier du Siège ; indiquez d’abord le fichier du Siège (il est créé par la première fusion)</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path} : pas un fichier Habitat Results, pas un fichier du Siège ; indiquez d’abord le fichier du Siège (il est créé par la première fusion)</translation>
    </message>
    <message>
        <source>headquarters holds provenance but no record for {id}; run &apos;validate&apos;</source>
        <translation>le Siège détient une provenance mais aucun enregistrement pour {id} ; lancez « validate »</translation>
    </message>
    <message>
        <source>no record {id} in {file}</source>
        <translation>pas d’enregistrement {id} dans {file}</translation>
    </message>
    <message>
        <source>record {id} has no open conflict</source>
        <translation>l’enregistrement {id} n’a pas de conflit en suspens</translation>
    </message>
    <message>
        <source>{choice} is not among the rival versions of record {id} now: a merge since the list was shown may have replaced it; look at the conflict again (now: {shown})</source>
        <translation>{choice} ne fait plus partie des versions concurrentes de l’enregistrement {id} : une fusion depuis l’affichage de la liste l’a peut-être remplacée ; regardez à nouveau le conflit (maintenant : {shown})</translation>
    </message>
    <message>
        <source>{choice} is not a version of record {id}; choose one of: {shown}</source>
        <translation>{choice} n’est pas une version de l’enregistrement {id} ; choisissez parmi : {shown}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a results file</source>
        <translation>{path} : est un dossier, pas un fichier de résultats</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path} : illisible ({detail})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path} : le fichier est vide</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (not an SQLite database)</source>
        <translation>{path} : pas un fichier Habitat Results (pas une base SQLite)</translation>
    </message>
    <message>
        <source>{path}: cannot be locked ({detail})</source>
        <translation>{path} : ne peut pas être verrouillé ({detail})</translation>
    </message>
    <message>
        <source>{path}: damaged results file (no {missing} recorded)</source>
        <translation>{path} : fichier de résultats endommagé (aucun {missing} consigné)</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path} : {detail}</translation>
    </message>
    <message>
        <source>{path}: already exists; choose another name or open it</source>
        <translation>{path} : existe déjà ; choisissez un autre nom ou ouvrez-le</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path} : dossier introuvable</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a results file ({detail})</source>
        <translation>{path} : ne peut pas être ouvert comme fichier de résultats ({detail})</translation>
    </message>
    <message>
        <source>{path}: opened for reading only</source>
        <translation>{path} : ouvert en lecture seule</translation>
    </message>
    <message>
        <source>{path}: a headquarters file holds {count} offices</source>
        <translation>{path} : un fichier du Siège contient {count} bureaux</translation>
    </message>
    <message>
        <source>{path}: office {office} is already listed</source>
        <translation>{path} : le bureau {office} figure déjà dans la liste</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a Habitat Results file</source>
        <translation>{path} : une base SQLite, mais pas un fichier Habitat Results</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (its schema number {version} is not one this app ever writes)</source>
        <translation>{path} : pas un fichier Habitat Results (son numéro de schéma {version} n’est pas de ceux que cette application écrit)</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application (it numbers its schema {version}), not a Habitat Results file</source>
        <translation>{path} : une base SQLite d’une autre application (qui numérote son schéma {version}), pas un fichier Habitat Results</translation>
    </message>
    <message>
        <source>record {id} is {status} and locked; headquarters must return it before it can be changed</source>
        <translation>l’enregistrement {id} est {status} et verrouillé ; le Siège doit le renvoyer avant qu’il puisse être modifié</translation>
    </message>
    <message>
        <source>record {id} has been deleted</source>
        <translation>l’enregistrement {id} a été supprimé</translation>
    </message>
    <message>
        <source>no unfinished row {id} in {file}</source>
        <translation>pas de ligne inachevée {id} dans {file}</translation>
    </message>
    <message>
        <source>{path}: {year} changed since it was checked; nothing was submitted. Check it again and submit</source>
        <translation>{path} : {year} a changé depuis sa vérification ; rien n’a été soumis. Vérifiez-le à nouveau et soumettez</translation>
    </message>
    <message>
        <source>record {id} was deleted by its office; there is nothing to review</source>
        <translation>l’enregistrement {id} a été supprimé par son bureau ; il n’y a rien à examiner</translation>
    </message>
    <message>
        <source>record {id} has rival versions; resolve the conflict first</source>
        <translation>l’enregistrement {id} a des versions concurrentes ; résolvez d’abord le conflit</translation>
    </message>
    <message>
        <source>no office {office} in {file}; offices: {offices}</source>
        <translation>pas de bureau {office} dans {file} ; bureaux : {offices}</translation>
    </message>
    <message>
        <source>office {office} could be {offices} in {file}: type the code exactly as held</source>
        <translation>le bureau {office} pourrait être {offices} dans {file} : tapez le code exactement tel qu’il est enregistré</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({detail})</source>
        <translation>{path} : ne peut pas être écrit ({detail})</translation>
    </message>
    <message>
        <source>{path}: a results file (SQLite database); feedback is never written over it: choose another name, such as office-feedback.json</source>
        <translation>{path} : un fichier de résultats (base SQLite) ; le retour d’information n’est jamais écrit par-dessus : choisissez un autre nom, tel que office-feedback.json</translation>
    </message>
    <message>
        <source>{path}: a headquarters file; feedback is applied to an office file</source>
        <translation>{path} : un fichier du Siège ; le retour d’information s’applique à un fichier de bureau</translation>
    </message>
    <message>
        <source>{path}: too large for a plan file ({size} bytes)</source>
        <translation>{path} : trop volumineux pour un fichier de plan ({size} octets)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not readable JSON: {detail})</source>
        <translation>{path} : pas un fichier de plan (JSON illisible : {detail})</translation>
    </message>
    <message>
        <source>not a valid plan: {detail}</source>
        <translation>pas un plan valide : {detail}</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path} : le plan {plan} version {version} est au format de plan {format}, qui demande une version plus récente de Habitat Results (cette application lit les formats de plan jusqu’à {known}) ; veuillez mettre l’application à jour</translation>
    </message>
    <message>
        <source>{path}: the plan&apos;s status &apos;{status}&apos; is not one of: provisional, final</source>
        <translation>{path} : le statut du plan « {status} » ne fait pas partie de : provisional, final</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} {version} ({first}–{last}) overlaps the plan {held} {held_version} ({held_first}–{held_last}) that {file} holds; one year is reported under one plan</source>
        <translation>{path} : le plan {plan} {version} ({first}–{last}) chevauche le plan {held} {held_version} ({held_first}–{held_last}) que contient {file} ; une année relève d’un seul plan</translation>
    </message>
    <message>
        <source>{path}: {file} already holds the plan {plan} version {version} with other content; a changed plan needs a new version number</source>
        <translation>{path} : {file} contient déjà le plan {plan} version {version} avec un autre contenu ; un plan modifié demande un nouveau numéro de version</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is older than version {held} that {file} holds</source>
        <translation>{path} : le plan {plan} version {version} est plus ancien que la version {held} que contient {file}</translation>
    </message>
    <message>
        <source>{path}: holds the plan {plan} version {version} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path} : contient le plan {plan} version {version} au format de plan {format}, qui demande une version plus récente de Habitat Results (cette application lit les formats de plan jusqu’à {known}) ; veuillez mettre l’application à jour</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} it holds is damaged ({detail})</source>
        <translation>{path} : le plan {plan} version {version} qu’il contient est endommagé ({detail})</translation>
    </message>
    <message>
        <source>it holds the plan {plan} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>il contient le plan {plan} au format de plan {format}, qui nécessite une version plus récente de Habitat Results (cette application lit les formats de plan jusqu&apos;à {known}) ; veuillez mettre l&apos;application à jour</translation>
    </message>
    <message>
        <source>its plan {plan} is damaged ({detail})</source>
        <translation>son plan {plan} est endommagé ({detail})</translation>
    </message>
    <message>
        <source>it uses the plan {plan}, which this headquarters file does not hold (it holds {held}); headquarters adds the plan first (plan add), then sends it to the offices</source>
        <translation>il utilise le plan {plan}, que ce fichier du siège ne contient pas (il contient {held}) ; le siège ajoute d&apos;abord le plan (plan add), puis l&apos;envoie aux bureaux</translation>
    </message>
    <message>
        <source>its plan {plan} differs from the one headquarters holds under the same id and version in what counting depends on (substance {theirs}… here, {ours}… at headquarters); the office needs the plan file headquarters issued</source>
        <translation>son plan {plan} diffère de celui que le siège détient sous le même identifiant et la même version dans ce dont dépend le décompte (substance {theirs}… ici, {ours}… au siège) ; le bureau a besoin du fichier de plan émis par le siège</translation>
    </message>
    <message>
        <source>the plan {n} it carries is not valid: {detail}</source>
        <translation>le plan {n} qu&apos;il contient n&apos;est pas valide : {detail}</translation>
    </message>
    <message>
        <source>{path}: not exported: the plan {plan} {version} of {period} is provisional; its annex is exported only as a working draft, marked &apos;provisional plan&apos;, until headquarters adds the final plan</source>
        <translation>{path} : non exporté : le plan {plan} {version} de {period} est provisoire ; son annexe n’est exportée que comme projet de travail, marqué « plan provisoire », jusqu’à ce que le siège ajoute le plan définitif</translation>
    </message>
    <message>
        <source>format &apos;{fmt}&apos; is not one of {known}</source>
        <translation>le format « {fmt} » n’est pas l’un de {known}</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the annex</source>
        <translation>{path} : c’est le fichier exporté ; choisissez un autre nom pour l’annexe</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the annex</source>
        <translation>{path} : c’est un fichier de résultats (SQLite) ; choisissez un autre nom pour l’annexe</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the template</source>
        <translation>{path} : c’est le fichier exporté ; choisissez un autre nom pour le modèle</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the template</source>
        <translation>{path} : c’est un fichier de résultats (SQLite) ; choisissez un autre nom pour le modèle</translation>
    </message>
    <message>
        <source>the years {years} lie under {count} plans ({plans}); one annex shows one plan: ask for the years of one plan, such as {example}</source>
        <translation>les années {years} relèvent de {count} plans ({plans}) ; une annexe montre un seul plan : demandez les années d’un plan, par exemple {example}</translation>
    </message>
    <message>
        <source>years must lie in the plan period {first}–{last}; &apos;{text}&apos; does not</source>
        <translation>les années doivent être dans la période du plan {first}–{last} ; « {text} » ne l’est pas</translation>
    </message>
    <message>
        <source>years must lie in the periods of the plans of {file} ({periods}); &apos;{text}&apos; does not</source>
        <translation>les années doivent être dans les périodes des plans de {file} ({periods}) ; « {text} » ne l’est pas</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year or a range of years such as 2020-2024</source>
        <translation>« {text} » n’est ni une année ni une plage d’années comme 2020-2024</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of {file} ({periods})</source>
        <translation>{year} est en dehors des plans de {file} ({periods})</translation>
    </message>
    <message>
        <source>{path}: an entry template is made from an office file, not a headquarters file</source>
        <translation>{path} : un modèle de saisie se fait à partir d’un fichier de bureau, pas d’un fichier du siège</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Empty: the row is the total of its place and year. Filled in: the row is a part of that total (&quot;of which 600 women&quot;), shown in the breakdown tables and never added to the total; the parts may not exceed it.</source>
        <translation>Vide : la ligne est le total de son lieu et de son année. Rempli : la ligne est une partie de ce total (« dont 600 femmes »), montrée dans les tableaux de ventilation et jamais ajoutée au total ; les parties ne peuvent pas le dépasser.</translation>
    </message>
    <message>
        <source>Of which: sex</source>
        <translation>Dont : sexe</translation>
    </message>
    <message>
        <source>Of which: age group</source>
        <translation>Dont : tranche d’âge</translation>
    </message>
    <message>
        <source>Of which: disability</source>
        <translation>Dont : handicap</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Texte descriptif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Validated by headquarters: read-only.</source>
        <translation>Validé par le Siège : lecture seule.</translation>
    </message>
    <message>
        <source>Submitted: read-only until headquarters returns it.</source>
        <translation>Soumis : lecture seule jusqu’à ce que le Siège le renvoie.</translation>
    </message>
    <message>
        <source>Not saved: the file is busy ({reason}). Please try again.</source>
        <translation>Non enregistré : le fichier est occupé ({reason}). Veuillez réessayer.</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not deleted: they are read-only.</source>
        <translation>{count} enregistrement(s) soumis n’ont pas été supprimés : ils sont en lecture seule.</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>Incomplete: kept in the file as typed, but not a record yet. It is not submitted or exported until what is marked is corrected.</source>
        <translation>Incomplet : conservé dans le fichier tel que saisi, mais pas encore un enregistrement. Il n’est ni soumis ni exporté tant que ce qui est signalé n’est pas corrigé.</translation>
    </message>
    <message>
        <source>Paste {count} row(s)</source>
        <translation>Coller {count} ligne(s)</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not changed: they are read-only.</source>
        <translation>{count} enregistrement(s) soumis n’ont pas été modifiés : ils sont en lecture seule.</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>Renvoyé par {who} le {date} :
{comment}</translation>
    </message>
    <message>
        <source>a new row</source>
        <translation>une nouvelle ligne</translation>
    </message>
    <message>
        <source>Nothing was deleted: {reason}</source>
        <translation>Rien n&apos;a été supprimé : {reason}</translation>
    </message>
    <message>
        <source>Delete {count} row(s)</source>
        <translation>Supprimer {count} ligne(s)</translation>
    </message>
    <message>
        <source>Duplicate {count} row(s)</source>
        <translation>Dupliquer {count} ligne(s)</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit {year}</source>
        <translation>Soumettre {year}</translation>
    </message>
    <message>
        <source>{count} draft or returned record(s) of {year} will be submitted to headquarters. Submitted records are read-only until headquarters returns them.</source>
        <translation>{count} enregistrement(s) en brouillon ou renvoyé(s) de {year} seront soumis au Siège. Les enregistrements soumis sont en lecture seule jusqu’à ce que le Siège les renvoie.</translation>
    </message>
    <message>
        <source>{indicator}: {count} record(s)</source>
        <translation>{indicator} : {count} enregistrement(s)</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not valid yet and will not be submitted.</source>
        <translation>{count} ligne(s) de la grille ne sont pas encore valides et ne seront pas soumises.</translation>
    </message>
    <message>
        <source>Fix these problems before submitting:</source>
        <translation>Corrigez ces problèmes avant de soumettre :</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Look at these before submitting (they do not stop it):</source>
        <translation>Regardez ces points avant de soumettre (ils ne l’empêchent pas) :</translation>
    </message>
    <message>
        <source>Records to submit, by indicator</source>
        <translation>Enregistrements à soumettre, par indicateur</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>about</source>
        <translation>environ</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femmes</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>children (0–14)</source>
        <translation>enfants (0–14)</translation>
    </message>
    <message>
        <source>youth (15–24)</source>
        <translation>jeunes (15–24)</translation>
    </message>
    <message>
        <source>adults (25–64)</source>
        <translation>adultes (25–64)</translation>
    </message>
    <message>
        <source>older persons (65+)</source>
        <translation>personnes âgées (65+)</translation>
    </message>
    <message>
        <source>with disability</source>
        <translation>avec handicap</translation>
    </message>
    <message>
        <source>without disability</source>
        <translation>sans handicap</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyé</translation>
    </message>
</context>
<context>
    <name>GridClipboard</name>
    <message>
        <source>Not pasted: the block has {count} columns, but only {room} columns follow the current cell.</source>
        <translation>Rien n’a été collé : le bloc a {count} colonnes, mais seules {room} colonnes suivent la cellule courante.</translation>
    </message>
</context>
<context>
    <name>GridFilter</name>
    <message>
        <source>Filter the records</source>
        <translation>Filtrer les enregistrements</translation>
    </message>
    <message>
        <source>City contains</source>
        <translation>La ville contient</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>Filtrer par ville</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valeur de</translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation>Plus petite valeur</translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation>Plus grande valeur</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>Filtrer par bureau</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>Tout bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Sort by office</source>
        <translation>Trier par bureau</translation>
    </message>
    <message>
        <source>Only the records that match are shown in the grid.</source>
        <translation>Seuls les enregistrements qui correspondent sont affichés dans la grille.</translation>
    </message>
</context>
<context>
    <name>IndicatorHelp</name>
    <message>
        <source>{figure} in 2020–2025 ({document}, para. {para})</source>
        <translation>{figure} en 2020–2025 ({document}, par. {para})</translation>
    </message>
    <message>
        <source>{figure} in 2020–2025 ({document})</source>
        <translation>{figure} en 2020–2025 ({document})</translation>
    </message>
    <message>
        <source>How the indicator counts</source>
        <translation>Comment l’indicateur compte</translation>
    </message>
    <message>
        <source>Select an indicator, or a row of the grid, to see what it counts and how.</source>
        <translation>Sélectionnez un indicateur, ou une ligne de la grille, pour voir ce qu’il compte et comment.</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>handicap</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Counts once</source>
        <translation>Compté une fois</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Ventilations</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>SDG indicators</source>
        <translation>Indicateurs des ODD</translation>
    </message>
    <message>
        <source>2025 report</source>
        <translation>Rapport 2025</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>aucun chiffre donné</translation>
    </message>
    <message>
        <source>Each record gives a number of {unit}; the annex adds up the records of the year, and the years for the plan period.</source>
        <translation>Chaque enregistrement donne un nombre de {unit} ; l’annexe additionne les enregistrements de l’année, et les années pour la période du plan.</translation>
    </message>
    <message>
        <source>Count each person or household once: one reached in 2022 and again in 2023 is entered in 2022 only, and not in two records of the same year.</source>
        <translation>Comptez chaque personne ou ménage une seule fois : une personne atteinte en 2022 puis de nouveau en 2023 est saisie en 2022 seulement, et pas dans deux enregistrements de la même année.</translation>
    </message>
    <message>
        <source>Not entered: computed as {numerator} ÷ {denominator}.</source>
        <translation>Non saisi : calculé comme {numerator} ÷ {denominator}.</translation>
    </message>
    <message>
        <source>Each record names one city (with its country); a city counts once, however many records name it.</source>
        <translation>Chaque enregistrement nomme une ville (avec son pays) ; une ville compte une fois, quel que soit le nombre d’enregistrements qui la nomment.</translation>
    </message>
    <message>
        <source>Nairobi entered in two records, or in 2022 and again in 2024, is one city in the plan-period total (and one in each year&apos;s column). Names are compared without case or extra spaces.</source>
        <translation>Nairobi saisie dans deux enregistrements, ou en 2022 puis en 2024, est une seule ville dans le total de la période du plan (et une dans la colonne de chaque année). Les noms sont comparés sans tenir compte de la casse ni des espaces superflus.</translation>
    </message>
    <message>
        <source>Each record names one country; a country counts once, however many records name it.</source>
        <translation>Chaque enregistrement nomme un pays ; un pays compte une fois, quel que soit le nombre d’enregistrements qui le nomment.</translation>
    </message>
    <message>
        <source>Kenya entered in two records, or in two years, is one country in the plan-period total.</source>
        <translation>Le Kenya saisi dans deux enregistrements, ou sur deux années, est un seul pays dans le total de la période du plan.</translation>
    </message>
    <message>
        <source>Each record names a country, or a city with its country; each counts once, however many records name it.</source>
        <translation>Chaque enregistrement nomme un pays, ou une ville avec son pays ; chacun compte une fois, quel que soit le nombre d’enregistrements qui le nomment.</translation>
    </message>
    <message>
        <source>Kenya entered twice is one country; Nairobi (Kenya) entered twice is one city.</source>
        <translation>Le Kenya saisi deux fois est un seul pays ; Nairobi (Kenya) saisie deux fois est une seule ville.</translation>
    </message>
    <message>
        <source>Each record names one {unit}; each name counts once, however many records give it.</source>
        <translation>Chaque enregistrement nomme un(e) {unit} ; chaque nom compte une fois, quel que soit le nombre d’enregistrements qui le donnent.</translation>
    </message>
    <message>
        <source>The same name entered in two records, or in two years, counts once in the plan-period total. Names are compared without case or extra spaces.</source>
        <translation>Le même nom saisi dans deux enregistrements, ou sur deux années, compte une fois dans le total de la période du plan. Les noms sont comparés sans tenir compte de la casse ni des espaces superflus.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>GridHabits</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>{path}: cannot be written: its folder is on a read-only medium (a CD, a write-protected disk, a read-only folder): choose a folder you can write to</source>
        <translation>{path} : ne peut pas être écrit : son dossier est sur un support en lecture seule (un CD, un disque protégé en écriture, un dossier en lecture seule) : choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>{path}: not saved: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>{path} : non enregistré : le disque est plein. Rien n’a été modifié ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>{path}: in use by {holder}; nothing was changed. Try again in a moment, or close the file there.</source>
        <translation>{path} : utilisé par {holder} ; rien n’a été modifié. Réessayez dans un instant, ou fermez le fichier là-bas.</translation>
    </message>
    <message>
        <source>{path}: the file is on a read-only medium (a CD, a write-protected disk, a read-only folder or file): copy it to a folder you can write to. Nothing was changed.</source>
        <translation>{path} : le fichier est sur un support en lecture seule (un CD, un disque protégé en écriture, un dossier ou un fichier en lecture seule) : copiez-le dans un dossier où vous pouvez écrire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path}: the file is gone (moved, deleted, or its disk removed). Nothing was saved; open it again from where it is now.</source>
        <translation>{path} : le fichier a disparu (déplacé, supprimé, ou son disque retiré). Rien n’a été enregistré ; rouvrez-le depuis son nouvel emplacement.</translation>
    </message>
    <message>
        <source>{path}: the file was changed by another program while it was being read; try again.</source>
        <translation>{path} : le fichier a été modifié par un autre programme pendant sa lecture ; réessayez.</translation>
    </message>
    <message>
        <source>{path}: the disk failed while reading or writing ({detail}). Nothing was changed; check the disk or network drive and try again.</source>
        <translation>{path} : le disque a échoué pendant la lecture ou l’écriture ({detail}). Rien n’a été modifié ; vérifiez le disque ou le lecteur réseau et réessayez.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking the annex before it is published…</source>
        <translation>Vérification de l’annexe avant sa publication…</translation>
    </message>
    <message>
        <source>The check could not be made: {reason}</source>
        <translation>La vérification n’a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Ce que la vérification a trouvé</translation>
    </message>
    <message>
        <source>Problems that block publication, then warnings; the annex is checked again when the years or the drafts change.</source>
        <translation>Les problèmes qui bloquent la publication, puis les avertissements ; l’annexe est vérifiée à nouveau quand les années ou les brouillons changent.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>{office}: its file was merged unsigned (made by an earlier version of the app): nothing shows that it came from the office</source>
        <translation>{office} : son fichier a été fusionné sans signature (fait par une version antérieure de l’application) : rien ne montre qu’il vient du bureau</translation>
    </message>
    <message>
        <source>country {country}</source>
        <translation>pays {country}</translation>
    </message>
    <message>
        <source>office {office}</source>
        <translation>bureau {office}</translation>
    </message>
    <message>
        <source>region {region}</source>
        <translation>région {region}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>period {period}</source>
        <translation>période {period}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>partiellement soumis</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>brouillon seulement au bureau</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>non reçu</translation>
    </message>
    <message>
        <source>record {record} ({what}): {count} versions, none chosen; resolve it in Review → Conflicts</source>
        <translation>enregistrement {record} ({what}) : {count} versions, aucune choisie ; résolvez-le dans Examen → Conflits</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is {limit}; rule {rule}</source>
        <translation>{scope} : {indicator} vaut {value} mais {other} vaut {limit} ; règle {rule}</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is not reported; rule {rule} cannot be checked there</source>
        <translation>{scope} : {indicator} vaut {value} mais {other} n’est pas communiqué ; la règle {rule} ne peut pas y être vérifiée</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {percent} %, above 100 %</source>
        <translation>{scope} : {indicator} est de {percent} %, au-delà de 100 %</translation>
    </message>
    <message>
        <source>record {record} ({what}): {value} is above the ceiling of {ceiling} for one record</source>
        <translation>enregistrement {record} ({what}) : {value} dépasse le plafond de {ceiling} pour un enregistrement</translation>
    </message>
    <message>
        <source>{what}: {value} is far from the office&apos;s earlier years (median {median}); check it is not a typo</source>
        <translation>{what} : {value} est loin des années précédentes du bureau (médiane {median}) ; vérifiez qu’il ne s’agit pas d’une faute de frappe</translation>
    </message>
    <message>
        <source>{office} {year}: {state}</source>
        <translation>{office} {year} : {state}</translation>
    </message>
    <message>
        <source>{office}: {count} submitted record(s) not yet validated</source>
        <translation>{office} : {count} enregistrement(s) soumis pas encore validé(s)</translation>
    </message>
    <message>
        <source>{count} record(s) not submitted (draft or returned) were not checked: the annex does not count them</source>
        <translation>{count} enregistrement(s) non soumis (brouillon ou renvoyé) n’ont pas été vérifiés : l’annexe ne les compte pas</translation>
    </message>
    <message>
        <source>Ready to publish: no blocking problems, {warnings} warning(s).</source>
        <translation>Prêt à publier : aucun problème bloquant, {warnings} avertissement(s).</translation>
    </message>
    <message>
        <source>Not ready to publish: {blocking} blocking problem(s), {warnings} warning(s). Fix them, or export a working draft marked as not for publication.</source>
        <translation>Pas prêt à publier : {blocking} problème(s) bloquant(s), {warnings} avertissement(s). Corrigez-les, ou exportez une version de travail marquée comme non destinée à la publication.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>{count} record(s) of {indicator} {year}: the indicator was removed from the plan by its newer version (it was in {plan}); kept, read-only, and not counted</source>
        <translation>{count} enregistrement(s) de {indicator} {year} : l&apos;indicateur a été retiré du plan par sa version plus récente (il figurait dans {plan}) ; conservés, en lecture seule, et non comptés</translation>
    </message>
    <message>
        <source>record {record} ({what}) no longer passes the plan&apos;s version {version}: {problems}</source>
        <translation>l&apos;enregistrement {record} ({what}) ne satisfait plus la version {version} du plan : {problems}</translation>
    </message>
    <message>
        <source>{office} {place}: {count} breakdown part(s) counted without their total (records {records}); the annex leaves them out: count the total, or delete the parts</source>
        <translation>{office} {place} : {count} partie(s) de ventilation comptée(s) sans leur total (enregistrements {records}) ; l&apos;annexe les laisse de côté : comptez le total, ou supprimez les parties</translation>
    </message>
    <message>
        <source>{office} {place}: the parts by {dimension} add up to {added}, more than their counted total {total} (records {records})</source>
        <translation>{office} {place} : les parties par {dimension} totalisent {added}, plus que leur total compté {total} (enregistrements {records})</translation>
    </message>
    <message>
        <source>{what}: reported by {offices} (records {records}); the annex counts it each time: make sure they are different results</source>
        <translation>{what} : rapporté par {offices} (enregistrements {records}) ; l&apos;annexe le compte à chaque fois : vérifiez qu&apos;il s&apos;agit de résultats différents</translation>
    </message>
    <message>
        <source>{office} {what}: {count} identical records ({records}); the annex counts each: make sure they are different results</source>
        <translation>{office} {what} : {count} enregistrements identiques ({records}) ; l&apos;annexe compte chacun : vérifiez qu&apos;il s&apos;agit de résultats différents</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Offices and years received</source>
        <translation>Bureaux et années reçus</translation>
    </message>
    <message>
        <source>What headquarters holds from each office. “Draft only in the office” and “partly submitted” come from what the office&apos;s file held when it was last merged.</source>
        <translation>Ce que le Siège détient de chaque bureau. « Brouillon seulement au bureau » et « partiellement soumis » proviennent de ce que contenait le fichier du bureau lors de sa dernière fusion.</translation>
    </message>
    <message>
        <source>Indicators reported ({count} of {total})</source>
        <translation>Indicateurs communiqués ({count} sur {total})</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Offices reporting</source>
        <translation>Bureaux déclarants</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
    <message>
        <source>Counting the records of every office and year…</source>
        <translation>Décompte des enregistrements de chaque bureau et de chaque année…</translation>
    </message>
    <message>
        <source>The offices and years could not be counted: {message}</source>
        <translation>Les bureaux et les années n’ont pas pu être comptés : {message}</translation>
    </message>
</context>
<context>
    <name>DialogSeams</name>
    <message>
        <source>New office file</source>
        <translation>Nouveau fichier de bureau</translation>
    </message>
    <message>
        <source>Annex exported</source>
        <translation>Annexe exportée</translation>
    </message>
    <message>
        <source>The annex was written to:
{path}</source>
        <translation>L’annexe a été écrite dans :
{path}</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>Renvoyer au bureau</translation>
    </message>
    <message>
        <source>Return {count} record(s) to their office. What should the office change?</source>
        <translation>Renvoyer {count} enregistrement(s) à leur bureau. Que doit changer le bureau ?</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>Écrire un retour d’information</translation>
    </message>
    <message>
        <source>Feedback for the office:</source>
        <translation>Retour d’information pour le bureau :</translation>
    </message>
    <message>
        <source>Save the feedback as</source>
        <translation>Enregistrer le retour d’information sous</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json)</source>
        <translation>Retour d’information du Siège (*.json)</translation>
    </message>
    <message>
        <source>About Habitat Results</source>
        <translation>À propos de Habitat Results</translation>
    </message>
    <message>
        <source>Habitat Results: UN-Habitat strategic plan results, entered offline by country offices and merged at headquarters.</source>
        <translation>Habitat Results : les résultats du plan stratégique d’ONU-Habitat, saisis hors ligne par les bureaux de pays et fusionnés au Siège.</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not complete or were refused, so they are not stored.</source>
        <translation>{count} ligne(s) de la grille ne sont pas complètes ou ont été refusées ; elles ne sont donc pas enregistrées.</translation>
    </message>
    <message>
        <source>The outcome narrative could not be stored.</source>
        <translation>Le texte descriptif du résultat n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Discard them, or cancel and finish them first?</source>
        <translation>Les abandonner, ou annuler et les terminer d’abord ?</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <source>Store an identical record?</source>
        <translation>Enregistrer un enregistrement identique ?</translation>
    </message>
    <message>
        <source>This row says what a record of the file already says:
{reason}

Store it as a second record, counted twice in the annex (two projects reporting the same figure)?</source>
        <translation>Cette ligne dit ce que dit déjà un enregistrement du fichier :
{reason}

L&apos;enregistrer comme second enregistrement, compté deux fois dans l&apos;annexe (deux projets rapportant le même chiffre) ?</translation>
    </message>
    <message>
        <source>Store both records</source>
        <translation>Enregistrer les deux</translation>
    </message>
</context>
<context>
    <name>ExportWork</name>
    <message>
        <source>Adding up the results…</source>
        <translation>Addition des résultats…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Exporting the annex</source>
        <translation>Exportation de l’annexe</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The annex was not written.

{reason}</source>
        <translation>L’annexe n’a pas été écrite.

{reason}</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Annex written to {path}</source>
        <translation>Annexe écrite dans {path}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Record of office {office}, version {version}: {status}</source>
        <translation>Enregistrement du bureau {office}, version {version} : {status}</translation>
    </message>
    <message>
        <source>This record is {status}: read-only until headquarters returns it.</source>
        <translation>Cet enregistrement est {status} : lecture seule jusqu’à ce que le Siège le renvoie.</translation>
    </message>
    <message>
        <source>Row {row} · {column}: {message}</source>
        <translation>Ligne {row} · {column} : {message}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <source>What the rows of the grid still lack, or why a value was refused; choose one to go to its cell.</source>
        <translation>Ce qui manque encore aux lignes de la grille, ou pourquoi une valeur a été refusée ; choisissez-en un pour aller à sa cellule.</translation>
    </message>
    <message>
        <source>The records of the selected outcome or indicator: type in a cell to change it; rows pasted from a spreadsheet are added.</source>
        <translation>Les enregistrements du résultat ou de l’indicateur sélectionné : tapez dans une cellule pour la modifier ; les lignes collées depuis un tableur sont ajoutées.</translation>
    </message>
</context>
<context>
    <name>HeadquartersWork</name>
    <message>
        <source>&amp;Conflicts ({count})…</source>
        <translation>&amp;Conflits ({count})…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Headquarters file: the offices&apos; records are read-only here. Select records and validate them, or return them to their office with a comment (Review menu).</source>
        <translation>Fichier du Siège : les enregistrements des bureaux sont ici en lecture seule. Sélectionnez des enregistrements et validez-les, ou renvoyez-les à leur bureau avec un commentaire (menu Examen).</translation>
    </message>
    <message>
        <source>{count} record(s) have rival versions: compare them and keep one under Review → Conflicts.</source>
        <translation>{count} enregistrement(s) ont des versions concurrentes : comparez-les et gardez-en une sous Examen → Conflits.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Select the records to review in the grid first.</source>
        <translation>Sélectionnez d’abord dans la grille les enregistrements à examiner.</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>Renvoyer au bureau</translation>
    </message>
    <message>
        <source>Nothing was returned: say what the office should change.</source>
        <translation>Rien n’a été renvoyé : dites ce que le bureau doit changer.</translation>
    </message>
    <message>
        <source>Cannot review the records</source>
        <translation>Impossible d’examiner les enregistrements</translation>
    </message>
    <message>
        <source>{count} record(s) validated.</source>
        <translation>{count} enregistrement(s) validé(s).</translation>
    </message>
    <message>
        <source>{count} record(s) returned to their office.</source>
        <translation>{count} enregistrement(s) renvoyé(s) à leur bureau.</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>Écrire un retour d’information</translation>
    </message>
    <message>
        <source>No office has been merged into this file yet.</source>
        <translation>Aucun bureau n’a encore été fusionné dans ce fichier.</translation>
    </message>
    <message>
        <source>Cannot write the feedback</source>
        <translation>Impossible d’écrire le retour d’information</translation>
    </message>
    <message>
        <source>Feedback written</source>
        <translation>Retour d’information écrit</translation>
    </message>
    <message>
        <source>Feedback for {office}: {validated} validated, {returned} returned record(s), written to:
{path}

Send this file to the office; it applies it with File → Apply feedback from headquarters.</source>
        <translation>Retour d’information pour {office} : {validated} enregistrement(s) validé(s), {returned} renvoyé(s), écrit dans :
{path}

Envoyez ce fichier au bureau ; il l’applique avec Fichier → Appliquer le retour du Siège.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This file is on a read-only medium (a CD, a write-protected disk, a read-only folder): it is open for viewing only. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>Ce fichier est sur un support en lecture seule (un CD, un disque protégé en écriture, un dossier en lecture seule) : il est ouvert en consultation seulement. Pour le modifier, copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>Search indicators by code or words</source>
        <translation>Rechercher des indicateurs par code ou par mots</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Cadre de résultats</translation>
    </message>
    <message>
        <source>{year} (returned)</source>
        <translation>{year} (renvoyé)</translation>
    </message>
    <message>
        <source>{year} (submitted)</source>
        <translation>{year} (soumis)</translation>
    </message>
    <message>
        <source>{year} (partly submitted)</source>
        <translation>{year} (partiellement soumis)</translation>
    </message>
    <message>
        <source>{year} has been submitted: its records are read-only until headquarters returns them.</source>
        <translation>{year} a été soumis : ses enregistrements sont en lecture seule jusqu’à ce que le Siège les renvoie.</translation>
    </message>
    <message>
        <source>Part of {year} has been submitted: the grey records are read-only until headquarters returns them.</source>
        <translation>Une partie de {year} a été soumise : les enregistrements grisés sont en lecture seule jusqu’à ce que le Siège les renvoie.</translation>
    </message>
    <message>
        <source>{count} unfinished row(s) were left out: they were not complete, so they had not been stored.</source>
        <translation>{count} ligne(s) inachevée(s) laissée(s) de côté : elles n’étaient pas complètes et n’avaient donc pas été enregistrées.</translation>
    </message>
    <message>
        <source>{name} — {year}</source>
        <translation>{name} — {year}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator}; it is not entered.</source>
        <translation>{code} est calculé à partir de {numerator} ÷ {denominator} ; il n’est pas saisi.</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>Rechercher des indicateurs</translation>
    </message>
    <message>
        <source>Shows only the indicators whose code or name holds what you type; Esc clears the search.</source>
        <translation>N’affiche que les indicateurs dont le code ou le nom contient ce que vous tapez ; Échap efface la recherche.</translation>
    </message>
    <message>
        <source>The plan&apos;s domains of change, outcomes and indicators with the year&apos;s records; select one to show its records in the grid.</source>
        <translation>Les domaines de changement, résultats et indicateurs du plan, avec les enregistrements de l’année ; sélectionnez-en un pour afficher ses enregistrements dans la grille.</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Année de rapport</translation>
    </message>
    <message>
        <source>The year whose records are shown, entered and submitted.</source>
        <translation>L’année dont les enregistrements sont affichés, saisis et soumis.</translation>
    </message>
    <message>
        <source>{code} was removed from the plan by its newer version: its records are kept, read-only, and not counted.</source>
        <translation>{code} a été retiré du plan par sa version plus récente : ses enregistrements sont conservés, en lecture seule, et non comptés.</translation>
    </message>
</context>
<context>
    <name>OfficeWork</name>
    <message>
        <source>{count} returned record(s) corrected.</source>
        <translation>{count} enregistrement(s) renvoyé(s) corrigé(s).</translation>
    </message>
    <message>
        <source>Nothing imported from {file}</source>
        <translation>Rien n’a été importé de {file}</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tableaux (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importation de {file}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>{count} record(s) imported from {file}</source>
        <translation>{count} enregistrement(s) importé(s) de {file}</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>(columns separated by {separator})</source>
        <translation>(colonnes séparées par des {separator})</translation>
    </message>
    <message>
        <source>Checking {year}</source>
        <translation>Vérification de {year}</translation>
    </message>
    <message>
        <source>Cannot submit {year}</source>
        <translation>Impossible de soumettre {year}</translation>
    </message>
    <message>
        <source>{file} was checked, but another file is open now. Nothing was submitted.</source>
        <translation>{file} a été vérifié, mais un autre fichier est ouvert maintenant. Rien n’a été soumis.</translation>
    </message>
    <message>
        <source>{count} record(s) of {year} submitted.</source>
        <translation>{count} enregistrement(s) de {year} soumis.</translation>
    </message>
    <message>
        <source>Narrative for outcome {code} in {year}</source>
        <translation>Texte descriptif du résultat {code} en {year}</translation>
    </message>
    <message>
        <source>Apply feedback from headquarters</source>
        <translation>Appliquer le retour du Siège</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json);;All files (*)</source>
        <translation>Retour d’information du Siège (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Applying {file}</source>
        <translation>Application de {file}</translation>
    </message>
    <message>
        <source>Cannot apply the feedback</source>
        <translation>Impossible d’appliquer le retour d’information</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>Rien n’a été modifié.

{reason}</translation>
    </message>
    <message>
        <source>{validated} record(s) validated and {returned} returned by headquarters.</source>
        <translation>{validated} enregistrement(s) validé(s) et {returned} renvoyé(s) par le Siège.</translation>
    </message>
    <message>
        <source>{count} decision(s) had been applied before.</source>
        <translation>{count} décision(s) avaient déjà été appliquées.</translation>
    </message>
    <message>
        <source>{count} decision(s) were about versions changed since, and were left out.</source>
        <translation>{count} décision(s) portaient sur des versions modifiées depuis et ont été laissées de côté.</translation>
    </message>
    <message>
        <source>{count} record(s) are not in this file.</source>
        <translation>{count} enregistrement(s) ne sont pas dans ce fichier.</translation>
    </message>
    <message>
        <source>Feedback applied</source>
        <translation>Retour d’information appliqué</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {comment}</source>
        <translation>{indicator} {year} · {place} : {comment}</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>Renvoyé par {who} le {date} :
{comment}</translation>
    </message>
    <message>
        <source>To do ({count})</source>
        <translation>À faire ({count})</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>The plan {plan} from headquarters was added: its years are open for entry.</source>
        <translation>Le plan {plan} du siège a été ajouté : ses années sont ouvertes à la saisie.</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;Historique de l’enregistrement…</translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation>&amp;Nouveau fichier de bureau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Ouvrir les &amp;données de démonstration</translation>
    </message>
    <message>
        <source>&amp;Import CSV/XLSX…</source>
        <translation>&amp;Importer CSV/XLSX…</translation>
    </message>
    <message>
        <source>&amp;Export annex…</source>
        <translation>&amp;Exporter l’annexe…</translation>
    </message>
    <message>
        <source>&amp;Merge office files…</source>
        <translation>&amp;Fusionner des fichiers de bureau…</translation>
    </message>
    <message>
        <source>Write &amp;feedback for an office…</source>
        <translation>Écrire un re&amp;tour pour un bureau…</translation>
    </message>
    <message>
        <source>&amp;Apply feedback from headquarters…</source>
        <translation>&amp;Appliquer le retour du Siège…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Validate selected</source>
        <translation>&amp;Valider la sélection</translation>
    </message>
    <message>
        <source>&amp;Return selected…</source>
        <translation>&amp;Renvoyer la sélection…</translation>
    </message>
    <message>
        <source>&amp;Offices and years received…</source>
        <translation>&amp;Bureaux et années reçus…</translation>
    </message>
    <message>
        <source>&amp;To do from headquarters</source>
        <translation>À faire (demandes du &amp;Siège)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>Ajouter un &amp;enregistrement</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Submit year…</source>
        <translation>&amp;Soumettre l’année…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>A&amp;nnée</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Habitat Results</source>
        <translation>À &amp;propos de Habitat Results</translation>
    </message>
    <message>
        <source>Welcome to Habitat Results</source>
        <translation>Bienvenue dans Habitat Results</translation>
    </message>
    <message>
        <source>Enter your office&apos;s strategic plan results offline, under each domain of change. Everything you type is saved at once.

Your office file will be kept here: {path}</source>
        <translation>Saisissez hors ligne les résultats du plan stratégique de votre bureau, sous chaque domaine de changement. Tout ce que vous tapez est enregistré aussitôt.

Le fichier de votre bureau sera conservé ici : {path}</translation>
    </message>
    <message>
        <source>Create the office profile…</source>
        <translation>Créer le profil du bureau…</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Ouvrir les données de démonstration</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Année de rapport</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Headquarters: each version that arrived with a merge, with its office file, and headquarters&apos; own reviews.</source>
        <translation>Siège : chaque version arrivée avec une fusion, avec son fichier de bureau, et les examens du siège lui-même.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {value} — version {version}, {status}</source>
        <translation>{indicator} {year} · {place} : {value} — version {version}, {status}</translation>
    </message>
    <message>
        <source>Record {id}: no longer in the file.</source>
        <translation>Enregistrement {id} : n’est plus dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds no history of this record.</source>
        <translation>Le fichier ne contient aucun historique de cet enregistrement.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>Historique de l’enregistrement</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>merge batch {batch}: {file} of {office} (SHA-256 {sha})</source>
        <translation>lot de fusion {batch} : {file} de {office} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>import of {file} (SHA-256 {sha})</source>
        <translation>import de {file} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>rival version arrived with a merge</source>
        <translation>version concurrente arrivée avec une fusion</translation>
    </message>
    <message>
        <source>arrived with a merge</source>
        <translation>arrivé avec une fusion</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflit résolu</translation>
    </message>
    <message>
        <source>reviewed at headquarters</source>
        <translation>examiné au siège</translation>
    </message>
    <message>
        <source>headquarters&apos; decision applied</source>
        <translation>décision du siège appliquée</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
</context>
<context>
    <name>AddPlan</name>
    <message>
        <source>Add &amp;plan…</source>
        <translation>Ajouter un &amp;plan…</translation>
    </message>
    <message>
        <source>Add a plan file</source>
        <translation>Ajouter un fichier de plan</translation>
    </message>
    <message>
        <source>Cannot add the plan</source>
        <translation>Impossible d&apos;ajouter le plan</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Fichiers de plan (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{file} already holds the plan {plan}; nothing changed.</source>
        <translation>{file} contient déjà le plan {plan} ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>{file} now holds the plan {plan}: {first}–{last} are open for entry.</source>
        <translation>{file} contient désormais le plan {plan} : {first}–{last} sont ouverts à la saisie.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>Rien n&apos;a été modifié.

{reason}</translation>
    </message>
</context>
<context>
    <name>AddPlanDialog</name>
    <message>
        <source>Add plan</source>
        <translation>Ajouter le plan</translation>
    </message>
    <message>
        <source>Id and version</source>
        <translation>Identifiant et version</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>provisional: entered and merged; its annex only as a working draft</source>
        <translation>provisoire : saisi et fusionné ; son annexe seulement comme projet de travail</translation>
    </message>
    <message>
        <source>version {version}: records stay as they are; records of indicators it removes are kept, read-only, and not counted</source>
        <translation>version {version} : les enregistrements restent tels quels ; ceux des indicateurs qu&apos;il retire sont conservés, en lecture seule, et non comptés</translation>
    </message>
    <message>
        <source>{file} will hold this plan: its years open for entry, each year entered, checked and exported under its own plan.</source>
        <translation>{file} contiendra ce plan : ses années s&apos;ouvrent à la saisie, chaque année étant saisie, vérifiée et exportée selon son propre plan.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>A share: {numerator} ÷ {denominator}, the records of both below.</source>
        <translation>Une proportion : {numerator} ÷ {denominator}, les enregistrements des deux ci-dessous.</translation>
    </message>
    <message>
        <source>{indicator}, {period}: {figure}. {counted} record(s) counted, {others} not counted.</source>
        <translation>{indicator}, {period} : {figure}. Enregistrement(s) compté(s) : {counted} ; non compté(s) : {others}.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>The records behind the figure</source>
        <translation>Les enregistrements derrière le chiffre</translation>
    </message>
    <message>
        <source>the whole period</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>Figure of</source>
        <translation>Chiffre de</translation>
    </message>
    <message>
        <source>The records behind {indicator}</source>
        <translation>Les enregistrements derrière {indicator}</translation>
    </message>
</context>
</TS>
