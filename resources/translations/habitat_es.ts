<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar el gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Guardar el gráfico como SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {fields}</source>
        <translation>Modificar {fields}</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>Añadir un registro</translation>
    </message>
    <message>
        <source>Delete {count} record(s)</source>
        <translation>Eliminar {count} registro(s)</translation>
    </message>
    <message>
        <source>Add {count} record(s)</source>
        <translation>Añadir {count} registro(s)</translation>
    </message>
    <message>
        <source>Keep {count} incomplete row(s)</source>
        <translation>Conservar {count} fila(s) incompleta(s)</translation>
    </message>
    <message>
        <source>typing in {row} · {fields}</source>
        <translation>escritura en {row} · {fields}</translation>
    </message>
    <message>
        <source>Edit {row} · {fields}</source>
        <translation>Editar {row} · {fields}</translation>
    </message>
    <message>
        <source>Add record {row}</source>
        <translation>Añadir registro {row}</translation>
    </message>
    <message>
        <source>Delete {count} incomplete row(s)</source>
        <translation>Eliminar {count} fila(s) incompleta(s)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Conflicts in {file}</source>
        <translation>Conflictos en {file}</translation>
    </message>
    <message>
        <source>These records were changed in two copies of an office file. Compare the versions and keep one; the other is set aside.</source>
        <translation>Estos registros se modificaron en dos copias de un archivo de oficina. Compare las versiones y conserve una; la otra se deja de lado.</translation>
    </message>
    <message>
        <source>{office} · {indicator} {year} · {place}</source>
        <translation>{office} · {indicator} {year} · {place}</translation>
    </message>
    <message>
        <source>Record {id}: {count} versions</source>
        <translation>Registro {id}: {count} versiones</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Held now: version {version}
from {file}</source>
        <translation>Vigente ahora: versión {version}
de {file}</translation>
    </message>
    <message>
        <source>Rival: version {version}
from {file}</source>
        <translation>Rival: versión {version}
de {file}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos pendientes.</translation>
    </message>
    <message>
        <source>Record {id} of {office}</source>
        <translation>Registro {id} de {office}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Modificado el</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Conservar esta versión</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>No se puede resolver el conflicto</translation>
    </message>
    <message>
        <source>Record {id}: kept version {version} from {file}.</source>
        <translation>Registro {id}: se conservó la versión {version} de {file}.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place} — {office}</source>
        <translation>{indicator} {year} · {place} — {office}</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Registro {id}</translation>
    </message>
    <message>
        <source>Records with rival versions</source>
        <translation>Registros con versiones rivales</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Versiones lado a lado</translation>
    </message>
    <message>
        <source>One column per version; the fields that differ are highlighted. Keep one with the button under its column.</source>
        <translation>Una columna por versión; los campos que difieren aparecen resaltados. Conserve una con el botón bajo su columna.</translation>
    </message>
</context>
<context>
    <name>EntryTemplate</name>
    <message>
        <source>Export entry &amp;template…</source>
        <translation>Exportar una &amp;plantilla de entrada…</translation>
    </message>
    <message>
        <source>Save the entry template as</source>
        <translation>Guardar la plantilla de entrada como</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Entry template written to {path} ({count} record(s) of {year} pre-filled)</source>
        <translation>Plantilla de entrada escrita en {path} ({count} registro(s) de {year} ya rellenado(s))</translation>
    </message>
    <message>
        <source>Writing the entry template</source>
        <translation>Escribiendo la plantilla de entrada</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>The entry template was not written.

{reason}</source>
        <translation>No se escribió la plantilla de entrada.

{reason}</translation>
    </message>
</context>
<context>
    <name>EntryTemplateDialog</name>
    <message>
        <source>Export entry template</source>
        <translation>Exportar la plantilla de entrada</translation>
    </message>
    <message>
        <source>An Excel workbook for entering results offline: drop-down lists, instructions, and the records of the year already in this file. Fill it in, then import it with File → Import CSV/XLSX…</source>
        <translation>Un libro de Excel para introducir resultados sin conexión: listas desplegables, instrucciones y los registros del año que ya están en este archivo. Rellénelo y luego impórtelo con Archivo → Importar CSV/XLSX…</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Idioma del libro</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annex</source>
        <translation>Exportar el anexo</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Documento PDF (.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tabla CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>Datos JSON (.json)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Include draft and returned records</source>
        <translation>Incluir los registros en borrador y devueltos</translation>
    </message>
    <message>
        <source>Drafts are not official results: the document will say that it is a working view and its figures are not final.</source>
        <translation>Los borradores no son resultados oficiales: el documento indicará que es una vista de trabajo y que sus cifras no son definitivas.</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Detalles del documento</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Título del tema del programa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Número de trabajo</translation>
    </message>
    <message>
        <source>Restore the report&apos;s text</source>
        <translation>Restablecer el texto del informe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation>Idioma del anexo</translation>
    </message>
    <message>
        <source>Reporting years</source>
        <translation>Años del informe</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose where to save the annex.</source>
        <translation>Elija dónde guardar el anexo.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} es una carpeta: elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Save the annex as</source>
        <translation>Guardar el anexo como</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Add a Figures section to the PDF</source>
        <translation>Añadir una sección de gráficos al PDF</translation>
    </message>
    <message>
        <source>Each indicator&apos;s figures by year as a chart. The Excel workbook always has a Charts sheet.</source>
        <translation>Las cifras de cada indicador por año, en un gráfico. El libro de Excel siempre tiene una hoja Charts.</translation>
    </message>
    <message>
        <source>Export a working draft anyway, marked “Working draft — not for publication” on every page and sheet</source>
        <translation>Exportar de todos modos un borrador de trabajo, marcado «Borrador de trabajo — no publicar» en cada página y hoja</translation>
    </message>
    <message>
        <source>The check found blocking problems (listed above): fix them first, or export a working draft marked as not for publication.</source>
        <translation>La comprobación encontró problemas que impiden la publicación (indicados arriba): corríjalos primero o exporte un borrador de trabajo marcado como no destinado a publicación.</translation>
    </message>
    <message>
        <source>The kind of file: PDF for the report; Excel, CSV or JSON for the figures.</source>
        <translation>El tipo de archivo: PDF para el informe; Excel, CSV o JSON para las cifras.</translation>
    </message>
    <message>
        <source>The language the annex is written in.</source>
        <translation>El idioma en que se redacta el anexo.</translation>
    </message>
    <message>
        <source>The first and the last year of the period the annex covers.</source>
        <translation>El primer y el último año del período que abarca el anexo.</translation>
    </message>
    <message>
        <source>Where the annex is written; Choose… picks a folder and a name.</source>
        <translation>Dónde se escribe el anexo; Elegir… permite escoger una carpeta y un nombre.</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Results framework</source>
        <translation>Marco de resultados</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{name}
(not an official translation)</source>
        <translation>{name}
(traducción no oficial)</translation>
    </message>
    <message>
        <source>{name}
Computed from {numerator} ÷ {denominator}; not entered.</source>
        <translation>{name}
Se calcula como {numerator} ÷ {denominator}; no se introduce.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>presentado en parte</translation>
    </message>
    <message>
        <source>Indicators that a newer version of the plan no longer has: their records are kept, read-only, and not counted</source>
        <translation>Indicadores que una versión más reciente del plan ya no contiene: sus registros se conservan, de solo lectura, y no se cuentan</translation>
    </message>
    <message>
        <source>Removed from the plan (read-only)</source>
        <translation>Retirados del plan (solo lectura)</translation>
    </message>
</context>
<context>
    <name>HeadquartersRecordModel</name>
    <message>
        <source>Row {row}: record of office {office}, version {version}</source>
        <translation>Fila {row}: registro de la oficina {office}, versión {version}</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
        <translation>No se importó nada de {file}: {count} problema(s). Corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file} yet: {count} duplicate(s) found. These rows repeat records already in the file or other rows of the file (same indicator, year, place, entity, breakdown and value), or the whole file was imported before: imported anyway, they would be counted twice.</source>
        <translation>Todavía no se importó nada de {file}: se encontraron {count} duplicado(s). Estas filas repiten registros que ya están en el archivo u otras filas del archivo (mismo indicador, año, lugar, entidad, desglose y valor), o el archivo completo ya se importó antes: si se importan de todos modos, se contarían dos veces.</translation>
    </message>
    <message>
        <source>Import anyway, duplicates included</source>
        <translation>Importar de todos modos, con los duplicados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot show the history</source>
        <translation>No se puede mostrar el historial</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Seleccione un registro para ver su historial.</translation>
    </message>
    <message>
        <source>Habitat Results</source>
        <translation>Habitat Results</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>No office file open</source>
        <translation>No hay ningún archivo de oficina abierto</translation>
    </message>
    <message>
        <source>headquarters file</source>
        <translation>archivo de la Sede</translation>
    </message>
    <message>
        <source>{office} — Habitat Results</source>
        <translation>{office} — Habitat Results</translation>
    </message>
    <message>
        <source>Cannot create the office file</source>
        <translation>No se puede crear el archivo de oficina</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>Abrir un archivo de oficina</translation>
    </message>
    <message>
        <source>Cannot write the demo data</source>
        <translation>No se pueden escribir los datos de demostración</translation>
    </message>
    <message>
        <source>Export annex</source>
        <translation>Exportar el anexo</translation>
    </message>
    <message>
        <source>Exporting the annex is coming in a later version.</source>
        <translation>La exportación del anexo llegará en una versión posterior.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>{reason}

Accept the key {file} is signed with as a key of office {office}? The merge log records it with the keys known before; the office may then sign with either. Confirm it with the office first.</source>
        <translation>{reason}

¿Aceptar la clave con la que está firmado {file} como clave de la oficina {office}? El registro de combinaciones la anota con las claves conocidas antes; la oficina podrá firmar con cualquiera de ellas. Confírmelo antes con la oficina.</translation>
    </message>
    <message>
        <source>A new key for {office}</source>
        <translation>Una clave nueva para {office}</translation>
    </message>
    <message>
        <source>(new key accepted)</source>
        <translation>(clave nueva aceptada)</translation>
    </message>
    <message>
        <source>(the office&apos;s key, recorded now)</source>
        <translation>(la clave de la oficina, registrada ahora)</translation>
    </message>
    <message>
        <source>signed by {key}</source>
        <translation>firmado por {key}</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>Merge office files</source>
        <translation>Combinar archivos de oficina</translation>
    </message>
    <message>
        <source>The headquarters file: an existing one, or a new one, created by the first merge.</source>
        <translation>El archivo de la Sede: uno existente o uno nuevo, creado por la primera combinación.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Office files to merge. You can also drop files here.</source>
        <translation>Archivos de oficina que se combinarán. También puede soltar archivos aquí.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Headquarters file</source>
        <translation>Archivo de la Sede</translation>
    </message>
    <message>
        <source>Office files</source>
        <translation>Archivos de oficina</translation>
    </message>
    <message>
        <source>Add the office files, then preview what the merge would do.</source>
        <translation>Añada los archivos de oficina y luego obtenga una vista previa de lo que haría la combinación.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Shows what the merge would do; writes nothing.</source>
        <translation>Muestra lo que haría la combinación; no escribe nada.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Open the headquarters file</source>
        <translation>Abrir el archivo de la Sede</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsoletos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose the headquarters file.</source>
        <translation>Elija el archivo de la Sede.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} es una carpeta: elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>Combinando {file}…</translation>
    </message>
    <message>
        <source>Previewing the merge</source>
        <translation>Vista previa de la combinación</translation>
    </message>
    <message>
        <source>Merging office files</source>
        <translation>Combinando los archivos de oficina</translation>
    </message>
    <message>
        <source>Nothing was merged.

{reason}</source>
        <translation>No se combinó nada.

{reason}</translation>
    </message>
    <message>
        <source>Cancelled: the files merged before the cancel are kept; the one being merged was not.</source>
        <translation>Cancelado: los archivos combinados antes de la cancelación se conservan; el que se estaba combinando no.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>Already merged: nothing to do</source>
        <translation>Ya combinado: no hay nada que hacer</translation>
    </message>
    <message>
        <source>Would be merged</source>
        <translation>Se combinaría</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>{files} file(s): {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflict(s), {refused} refused.</source>
        <translation>{files} archivo(s): {added} añadido(s), {updated} actualizado(s), {deleted} eliminado(s), {unchanged} sin cambios, {conflicts} conflicto(s), {refused} rechazado(s).</translation>
    </message>
    <message>
        <source>Preview, nothing written to {file}: {counts}</source>
        <translation>Vista previa, no se escribió nada en {file}: {counts}</translation>
    </message>
    <message>
        <source>Merged into {file}: {counts}</source>
        <translation>Combinado en {file}: {counts}</translation>
    </message>
    <message>
        <source>Refused files were not merged (the reason is in the last column); the others were not affected by them.</source>
        <translation>Los archivos rechazados no se combinaron (el motivo está en la última columna); los demás no se vieron afectados.</translation>
    </message>
    <message>
        <source>Add office files</source>
        <translation>Añadir archivos de oficina</translation>
    </message>
    <message>
        <source>Merge done</source>
        <translation>Combinación terminada</translation>
    </message>
    <message>
        <source>Open the headquarters file {file} in the window, to review the records and resolve conflicts?</source>
        <translation>¿Abrir el archivo de la Sede {file} en la ventana para revisar los registros y resolver los conflictos?</translation>
    </message>
    <message>
        <source>({count} conflict(s) to resolve: Review → Conflicts)</source>
        <translation>({count} conflicto(s) por resolver: Revisión → Conflictos)</translation>
    </message>
    <message>
        <source>Another file for {office}</source>
        <translation>Otro archivo para {office}</translation>
    </message>
    <message>
        <source>{reason}

Accept {file} as the new file of office {office}? The merge log records it; the earlier file of {office} will then be refused.</source>
        <translation>{reason}

¿Aceptar {file} como el nuevo archivo de la oficina {office}? El registro de combinaciones lo anota; el archivo anterior de {office} se rechazará a partir de entonces.</translation>
    </message>
    <message>
        <source>What the merge did, file by file</source>
        <translation>Lo que hizo la combinación, archivo por archivo</translation>
    </message>
    <message>
        <source>One row per office file: its records added, updated, deleted, unchanged, outdated and in conflict, and the result.</source>
        <translation>Una fila por archivo de oficina: sus registros añadidos, actualizados, eliminados, sin cambios, obsoletos y en conflicto, y el resultado.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Cut at {limit} characters, the most this text may hold</source>
        <translation>Cortado en {limit} caracteres, el máximo que admite este texto</translation>
    </message>
</context>
<context>
    <name>NarrativePanel</name>
    <message>
        <source>What changed under this outcome in the year, in a few sentences. Saved as you type.</source>
        <translation>Lo que cambió en este resultado durante el año, en pocas frases. Se guarda mientras escribe.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Office profile</source>
        <translation>Perfil de la oficina</translation>
    </message>
    <message>
        <source>e.g. KEN or ROAF</source>
        <translation>p. ej., KEN o ROAF</translation>
    </message>
    <message>
        <source>e.g. UN-Habitat Kenya Country Office</source>
        <translation>p. ej., UN-Habitat Kenya Country Office</translation>
    </message>
    <message>
        <source>e.g. Africa</source>
        <translation>p. ej., Africa</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Código de la oficina</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Type the country&apos;s name or its code; the list narrows as you type.</source>
        <translation>Escriba el nombre del país o su código; la lista se reduce a medida que escribe.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Explain this figure…</source>
        <translation>Explicar esta cifra…</translation>
    </message>
    <message>
        <source>The overview is computed when a file is open.</source>
        <translation>El resumen se calcula cuando hay un archivo abierto.</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Calculando el resumen…</translation>
    </message>
    <message>
        <source>The overview could not be computed: {message}</source>
        <translation>No se pudo calcular el resumen: {message}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>presentado en parte</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>solo borrador en la oficina</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>no recibido</translation>
    </message>
    <message>
        <source>Overview of {office}, {year}</source>
        <translation>Resumen de {office}, {year}</translation>
    </message>
    <message>
        <source>Working figures: drafts are included, as entered. Click a bar or an outcome to open its records.</source>
        <translation>Cifras de trabajo: se incluyen los borradores, tal como se introdujeron. Haga clic en una barra o un resultado para abrir sus registros.</translation>
    </message>
    <message>
        <source>{entered} entered · {empty} of {indicators} indicators without data</source>
        <translation>{entered} introducido(s) · {empty} de {indicators} indicadores sin datos</translation>
    </message>
    <message>
        <source>{submitted} submitted, {draft} draft, {returned} returned; without data: {codes}</source>
        <translation>{submitted} presentado(s), {draft} borrador(es), {returned} devuelto(s); sin datos: {codes}</translation>
    </message>
    <message>
        <source>Records in {year} by outcome</source>
        <translation>Registros de {year} por resultado</translation>
    </message>
    <message>
        <source>Changes since the last submission</source>
        <translation>Cambios desde la última presentación</translation>
    </message>
    <message>
        <source>{year} has not been submitted yet.</source>
        <translation>{year} todavía no se ha presentado.</translation>
    </message>
    <message>
        <source>{year} was last submitted on {date} (UTC).</source>
        <translation>{year} se presentó por última vez el {date} (UTC).</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>Nada ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Records changed since, by indicator:</source>
        <translation>Registros modificados desde entonces, por indicador:</translation>
    </message>
    <message>
        <source>{code}: {added} added, {changed} changed, {deleted} deleted</source>
        <translation>{code}: {added} añadido(s), {changed} modificado(s), {deleted} eliminado(s)</translation>
    </message>
    <message>
        <source>{period}: {figure}</source>
        <translation>{period}: {figure}</translation>
    </message>
    <message>
        <source>target {value} by {year}</source>
        <translation>meta {value} para {year}</translation>
    </message>
    <message>
        <source>{percent} % of the way to {value} by {year}</source>
        <translation>{percent} % del camino hacia {value} para {year}</translation>
    </message>
    <message>
        <source>Overview of the headquarters file: {offices} offices, {period}</source>
        <translation>Resumen del archivo de la Sede: {offices} oficinas, {period}</translation>
    </message>
    <message>
        <source>The figures the annex would show: submitted and validated records. Click a bar, a cell or a problem to open its records.</source>
        <translation>Las cifras que mostraría el anexo: registros presentados y validados. Haga clic en una barra, una celda o un problema para abrir sus registros.</translation>
    </message>
    <message>
        <source>({held} records held, {returned} returned)</source>
        <translation>({held} registros en la Sede, {returned} devueltos)</translation>
    </message>
    <message>
        <source>Reports received, by office and year</source>
        <translation>Informes recibidos, por oficina y año</translation>
    </message>
    <message>
        <source>Domain of change</source>
        <translation>Ámbito de cambio</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>Cifras por</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Merged total {period}: {figure}</source>
        <translation>Total combinado {period}: {figure}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>The report gives {figure}</source>
        <translation>El informe indica {figure}</translation>
    </message>
    <message>
        <source>The report gives no figure</source>
        <translation>El informe no indica ninguna cifra</translation>
    </message>
    <message>
        <source>Merged {figure} · report {report}</source>
        <translation>Combinado {figure} · informe {report}</translation>
    </message>
    <message>
        <source>Standing between the data and the annex</source>
        <translation>Lo que separa los datos del anexo</translation>
    </message>
    <message>
        <source>{conflicts} records with rival versions · {returned} records returned to their office · {blocking} other blocking problems</source>
        <translation>{conflicts} registros con versiones rivales · {returned} registros devueltos a su oficina · {blocking} otros problemas que impiden la publicación</translation>
    </message>
    <message>
        <source>… and {count} more (the command habitat-results check lists them all)</source>
        <translation>… y {count} más (el comando habitat-results check los enumera todos)</translation>
    </message>
    <message>
        <source>country {key}</source>
        <translation>país {key}</translation>
    </message>
    <message>
        <source>office {key}</source>
        <translation>oficina {key}</translation>
    </message>
    <message>
        <source>region {key}</source>
        <translation>región {key}</translation>
    </message>
    <message>
        <source>period {key}</source>
        <translation>período {key}</translation>
    </message>
    <message>
        <source>{where}: {versions} versions of one record, none chosen</source>
        <translation>{where}: {versions} versiones de un mismo registro, ninguna elegida</translation>
    </message>
    <message>
        <source>{indicator} is above {at_most} ({where})</source>
        <translation>{indicator} supera {at_most} ({where})</translation>
    </message>
    <message>
        <source>{indicator} is {percent} %, above 100 % ({where})</source>
        <translation>{indicator} es del {percent} %, más del 100 % ({where})</translation>
    </message>
    <message>
        <source>{where}: {value} is above the ceiling of {ceiling} for one record</source>
        <translation>{where}: {value} supera el tope de {ceiling} para un registro</translation>
    </message>
    <message>
        <source>grey: {code} of {plan}, which it continues</source>
        <translation>gris: {code} de {plan}, que continúa</translation>
    </message>
    <message>
        <source>{code} {year} ({plan}): {value}</source>
        <translation>{code} {year} ({plan}): {value}</translation>
    </message>
    <message>
        <source>The domain of change whose indicators the table shows.</source>
        <translation>El ámbito de cambio cuyos indicadores muestra el cuadro.</translation>
    </message>
    <message>
        <source>Shows each indicator&apos;s merged figures by year, by region or by office.</source>
        <translation>Muestra las cifras combinadas de cada indicador por año, por región o por oficina.</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>the row is hidden and holds values; a plan workbook shows all it holds: unhide the row or delete it</source>
        <translation>la fila está oculta y contiene valores; un libro de plan muestra todo lo que contiene: muestre la fila o elimínela</translation>
    </message>
    <message>
        <source>the column is hidden and holds values; a plan workbook shows all it holds: unhide the column or delete it</source>
        <translation>la columna está oculta y contiene valores; un libro de plan muestra todo lo que contiene: muestre la columna o elimínela</translation>
    </message>
    <message>
        <source>{path} is a results file or a workbook; a plan file is never written over it: choose another name, such as plan.json</source>
        <translation>{path} es un archivo de resultados o un libro; un archivo de plan nunca se escribe encima: elija otro nombre, por ejemplo plan.json</translation>
    </message>
    <message>
        <source>{path}: a plan of format {format}, which this version of Habitat Results does not read (it reads formats {known}); please update the app</source>
        <translation>{path}: un plan en formato {format}, que esta versión de Habitat Results no lee (lee los formatos {known}); actualice la aplicación</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, too large for a plan file (at most {limit})</source>
        <translation>{path}: {size} bytes, demasiado grande para un archivo de plan (como máximo {limit})</translation>
    </message>
    <message>
        <source>{path}: not a valid plan: {problems}{more_text}</source>
        <translation>{path}: plan no válido: {problems}{more_text}</translation>
    </message>
    <message>
        <source>required; the cell is empty</source>
        <translation>obligatorio; la celda está vacía</translation>
    </message>
    <message>
        <source>required when {other} is given</source>
        <translation>obligatorio cuando se indica {other}</translation>
    </message>
    <message>
        <source>required: the English text, since {column} is given</source>
        <translation>obligatorio: el texto en inglés, ya que se indica {column}</translation>
    </message>
    <message>
        <source>{text} is not text</source>
        <translation>{text} no es texto</translation>
    </message>
    <message>
        <source>{text} is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 into 1; format the cell as Text and type it again</source>
        <translation>{text} es un número, pero esta columna contiene texto: Excel convierte 1.10 en 1.1 y 1.0 en 1; dé a la celda formato de texto y escríbalo de nuevo</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <source>{text} is not above 0</source>
        <translation>{text} no es mayor que 0</translation>
    </message>
    <message>
        <source>{text} is below 0</source>
        <translation>{text} es menor que 0</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>«{text}» no es uno de: {allowed}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>demasiado largo ({count} caracteres); como máximo {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char}, which is not text; retype it</source>
        <translation>contiene el carácter de control {char}, que no es texto; escríbalo de nuevo</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most {limit}</source>
        <translation>«{text}» no es un código: letras, cifras, «.», «-» y «_», empezando por una letra o una cifra, como máximo {limit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language of the plan: {allowed}</source>
        <translation>«{text}» no es un idioma del plan: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the plan; the keys are: {keys}</source>
        <translation>«{text}» no es una clave del plan; las claves son: {keys}</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; is missing: add a row with it</source>
        <translation>falta la clave «{text}»: añada una fila con ella</translation>
    </message>
    <message>
        <source>the sheet {part} reaches beyond {max_rows} rows or {max_columns} columns, more than a plan holds</source>
        <translation>la hoja {part} supera las {max_rows} filas o las {max_columns} columnas, más de lo que contiene un plan</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>la clave «{text}» aparece dos veces (también en {other})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a column of this sheet; the columns are: {columns}</source>
        <translation>«{text}» no es una columna de esta hoja; las columnas son: {columns}</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>la columna «{text}» aparece dos veces (también en {other})</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; is missing; add it to the first row</source>
        <translation>falta la columna «{text}»; añádala a la primera fila</translation>
    </message>
    <message>
        <source>a value in a column without a name in the first row: name the column or clear the cell</source>
        <translation>un valor en una columna sin nombre en la primera fila: dé nombre a la columna o vacíe la celda</translation>
    </message>
    <message>
        <source>{sheet} must be a list of entries</source>
        <translation>{sheet} debe ser una lista de entradas</translation>
    </message>
    <message>
        <source>the sheet {sheet} holds no entries</source>
        <translation>la hoja {sheet} no contiene ninguna entrada</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing; a plan workbook has the sheets {sheets}</source>
        <translation>falta la hoja «{sheet}»; un libro de plan tiene las hojas {sheets}</translation>
    </message>
    <message>
        <source>the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or delete it</source>
        <translation>la hoja está oculta; un libro de plan muestra todo lo que contiene: muestre la hoja o elimínela</translation>
    </message>
    <message>
        <source>a formula ({formula}); a plan workbook holds values only: type the value itself</source>
        <translation>una fórmula ({formula}); un libro de plan solo contiene valores: escriba el valor mismo</translation>
    </message>
    <message>
        <source>an error value ({text}) instead of a value</source>
        <translation>un valor de error ({text}) en lugar de un valor</translation>
    </message>
    <message>
        <source>a date ({text}); type the value as text or a number</source>
        <translation>una fecha ({text}); escriba el valor como texto o como número</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year from 1900 to 2100</source>
        <translation>«{text}» no es un año de 1900 a 2100</translation>
    </message>
    <message>
        <source>the last year {last} comes before the first year {first}</source>
        <translation>el último año {last} es anterior al primer año {first}</translation>
    </message>
    <message>
        <source>the years {first}–{last} overlap the plan {other} ({other_first}–{other_last}) built into the app; a results file follows one plan a year</source>
        <translation>los años {first}–{last} se superponen al plan {other} ({other_first}–{other_last}) integrado en la aplicación; un archivo de resultados sigue un solo plan por año</translation>
    </message>
    <message>
        <source>{id} {version} is the plan built into the app, and this one counts otherwise: give it a new version</source>
        <translation>{id} {version} es el plan integrado en la aplicación, y este cuenta de otra manera: dele una nueva versión</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; must be a number above 1</source>
        <translation>«{text}» debe ser un número mayor que 1</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level: 1 at the top, at most {most}</source>
        <translation>«{text}» no es un nivel: 1 en la cima, como máximo {most}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key: small letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>«{text}» no es una clave: minúsculas, cifras y «_», empezando por una letra</translation>
    </message>
    <message>
        <source>level {number} has no level {missing} above it</source>
        <translation>el nivel {number} no tiene un nivel {missing} por encima</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the sheet levels</source>
        <translation>«{text}» no es una clave de la hoja levels</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; appears twice (also at {other})</source>
        <translation>«{text}» aparece dos veces (también en {other})</translation>
    </message>
    <message>
        <source>{code} sits under itself: {path}</source>
        <translation>{code} está debajo de sí mismo: {path}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code of the sheet structure</source>
        <translation>«{text}» no es un código de la hoja structure</translation>
    </message>
    <message>
        <source>required: a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>obligatorio: un grupo de nivel {number} ({level}) está debajo de un grupo de nivel {above}</translation>
    </message>
    <message>
        <source>a group of level 1 ({level}) sits at the top: leave its parent empty</source>
        <translation>un grupo de nivel 1 ({level}) está en la cima: deje vacío su grupo superior</translation>
    </message>
    <message>
        <source>&apos;{parent}&apos; is a group of level {found} ({parent_level}); a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>«{parent}» es un grupo de nivel {found} ({parent_level}); un grupo de nivel {number} ({level}) está debajo de un grupo de nivel {above}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds groups ({groups}); indicators sit under a group that holds no groups</source>
        <translation>«{text}» contiene grupos ({groups}); los indicadores están debajo de un grupo que no contiene grupos</translation>
    </message>
    <message>
        <source>unit &apos;{text}&apos; is not in units</source>
        <translation>la unidad «{text}» no figura en units</translation>
    </message>
    <message>
        <source>required for a distinct indicator: what it counts once ({allowed})</source>
        <translation>obligatorio para un indicador distinto: lo que cuenta una sola vez ({allowed})</translation>
    </message>
    <message>
        <source>only for a {rule} indicator: leave it empty</source>
        <translation>solo para un indicador {rule}: déjelo vacío</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan</source>
        <translation>«{text}» no es un indicador de este plan</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is itself derived; a share is derived from two indicators that offices enter</source>
        <translation>«{text}» es a su vez derivado; una proporción se deriva de dos indicadores que introducen las oficinas</translation>
    </message>
    <message>
        <source>the numerator and the denominator are both {text}</source>
        <translation>el numerador y el denominador son ambos {text}</translation>
    </message>
    <message>
        <source>{text} is above 100; a derived indicator is a share in per cent</source>
        <translation>{text} supera 100; un indicador derivado es una proporción en porcentaje</translation>
    </message>
    <message>
        <source>the target year {target} must come after the baseline year {baseline}</source>
        <translation>el año meta {target} debe ser posterior al año de referencia {baseline}</translation>
    </message>
    <message>
        <source>the target equals the baseline ({value}): progress cannot be shown</source>
        <translation>la meta es igual a la referencia ({value}): no se puede mostrar el progreso</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan that offices enter</source>
        <translation>«{text}» no es un indicador de este plan que introduzcan las oficinas</translation>
    </message>
    <message>
        <source>a rule compares two different indicators; both are {text}</source>
        <translation>una regla compara dos indicadores distintos; ambos son {text}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is this plan; a crosswalk names an earlier plan</source>
        <translation>«{text}» es este plan; una correspondencia nombra un plan anterior</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of {plan} {version}</source>
        <translation>«{text}» no es un indicador de {plan} {version}</translation>
    </message>
    <message>
        <source>{plan} ({first}–{last}) does not end before this plan&apos;s first year {own_first}; a crosswalk continues an earlier plan</source>
        <translation>{plan} ({first}–{last}) no termina antes del primer año de este plan, {own_first}; una correspondencia continúa un plan anterior</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>required: an indicator code of {framework}, such as 1.1.a</source>
        <translation>obligatorio: un código de indicador de {framework}, como 1.1.a</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an indicator of {framework} {version}</source>
        <translation>«{code}» no es un indicador de {framework} {version}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator} and cannot be entered</source>
        <translation>{code} se calcula como {numerator} ÷ {denominator} y no se puede introducir</translation>
    </message>
    <message>
        <source>required: a year from {first} to {last}</source>
        <translation>obligatorio: un año de {first} a {last}</translation>
    </message>
    <message>
        <source>{year} lies outside the plan period {first}–{last}</source>
        <translation>{year} está fuera del período del plan {first}–{last}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>demasiado largo ({count} caracteres); como máximo {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char} at character {position}, which is not text; retype it</source>
        <translation>contiene el carácter de control {char} en la posición {position}, que no es texto; vuelva a escribirlo</translation>
    </message>
    <message>
        <source>a line break at character {position}; this field is one line of text</source>
        <translation>un salto de línea en la posición {position}; este campo es una sola línea de texto</translation>
    </message>
    <message>
        <source>a tab at character {position}; this field is one line of text</source>
        <translation>una tabulación en la posición {position}; este campo es una sola línea de texto</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; the point may separate thousands (1.200 = 1200 in many languages) or decimals (1.2): write the number without separators</source>
        <translation>«{text}» no es un número entero de {unit}; el punto puede separar los miles (1.200 = 1200 en muchos idiomas) o los decimales (1.2): escriba el número sin separadores</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; a count is a whole number, without decimals</source>
        <translation>«{text}» no es un número entero de {unit}; un recuento es un número entero, sin decimales</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)</source>
        <translation>«{text}» no es un código de país ISO 3166-1 alfa-3 (p. ej., KEN, BRA)</translation>
    </message>
    <message>
        <source>required when a city is given: the ISO 3166-1 alpha-3 code of the city&apos;s country</source>
        <translation>obligatorio cuando se indica una ciudad: el código ISO 3166-1 alfa-3 del país de la ciudad</translation>
    </message>
    <message>
        <source>leave empty (or 1) for {code}: each record counts one {entity}</source>
        <translation>deje vacío (o 1) para {code}: cada registro cuenta un(a) {entity}</translation>
    </message>
    <message>
        <source>required for {code}, which counts cities (with the city&apos;s country)</source>
        <translation>obligatorio para {code}, que cuenta ciudades (con el país de la ciudad)</translation>
    </message>
    <message>
        <source>required for {code}: the ISO 3166-1 alpha-3 code</source>
        <translation>obligatorio para {code}: el código ISO 3166-1 alfa-3</translation>
    </message>
    <message>
        <source>required for {code}: the name of the {unit} counted</source>
        <translation>obligatorio para {code}: el nombre de lo que se cuenta ({unit})</translation>
    </message>
    <message>
        <source>required for {code}: a whole number of {unit}</source>
        <translation>obligatorio para {code}: un número entero de {unit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}</source>
        <translation>«{text}» no es un número entero de {unit}</translation>
    </message>
    <message>
        <source>{value} is negative; counts are whole numbers of 0 or more</source>
        <translation>{value} es negativo; los recuentos son números enteros de 0 o más</translation>
    </message>
    <message>
        <source>{value} is implausibly large (more than {limit})</source>
        <translation>{value} es inverosímilmente grande (más de {limit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: none, at least, more than, about</source>
        <translation>«{text}» no es uno de: none, at least, more than, about</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>«{text}» no es uno de: {allowed}</translation>
    </message>
    <message>
        <source>{code} is not broken down by {field}; leave it empty</source>
        <translation>{code} no se desglosa por {field}; déjelo vacío</translation>
    </message>
    <message>
        <source>required: the office&apos;s name</source>
        <translation>obligatorio: el nombre de la oficina</translation>
    </message>
    <message>
        <source>the office code must be 1–20 letters, digits or hyphens</source>
        <translation>el código de la oficina debe tener de 1 a 20 letras, cifras o guiones</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>named item</source>
        <translation>elemento con nombre</translation>
    </message>
    <message>
        <source>country or city</source>
        <translation>país o ciudad</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country: type its name, its ISO 3166-1 alpha-3 code (e.g. KEN) or the first letters of its name</source>
        <translation>«{text}» no es un país: escriba su nombre, su código ISO 3166-1 alfa-3 (p. ej., KEN) o las primeras letras de su nombre</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {names}: type more letters or the code</source>
        <translation>«{text}» podría ser {names}: escriba más letras o el código</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome of {framework}</source>
        <translation>«{outcome}» no es un resultado de {framework}</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>not a field that can be edited</source>
        <translation>no es un campo que se pueda modificar</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>«{text}» no es un código de país ISO 3166-1 alfa-3</translation>
    </message>
    <message>
        <source>a duplicate of {record}, already in the file</source>
        <translation>un duplicado de {record}, que ya está en el archivo</translation>
    </message>
    <message>
        <source>a duplicate of {row} ({described})</source>
        <translation>un duplicado de {row} ({described})</translation>
    </message>
    <message>
        <source>a breakdown row says &apos;of which&apos;, but {place} has no total: add the total as a row without sex, age and disability</source>
        <translation>una fila de desglose dice «de los cuales», pero {place} no tiene total: añada el total como fila sin sexo, edad ni discapacidad</translation>
    </message>
    <message>
        <source>the parts by {dimension} of {place} ({listed}) add up to {added}, more than their total {total} ({named}); breakdown rows say &apos;of which&apos; and may not exceed the total</source>
        <translation>las partes por {dimension} de {place} ({listed}) suman {added}, más que su total {total} ({named}); las filas de desglose dicen «de los cuales» y no pueden superar el total</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>record {row}, {problem}</source>
        <translation>registro {row}, {problem}</translation>
    </message>
    <message>
        <source>required when returning records: say what the office should change</source>
        <translation>obligatorio al devolver registros: indique lo que la oficina debe cambiar</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of this file ({periods})</source>
        <translation>{year} está fuera de los planes de este archivo ({periods})</translation>
    </message>
    <message>
        <source>{code} was removed from the plan {plan} by its version {version}; its records are kept, read-only, and not counted</source>
        <translation>{code} se retiró del plan {plan} en su versión {version}; sus registros se conservan, de solo lectura, y no se cuentan</translation>
    </message>
    <message>
        <source>the total of {place} has {count} breakdown part(s) that say &apos;of which&apos; ({listed}): delete or move the parts first, or keep a total for them</source>
        <translation>el total de {place} tiene {count} parte(s) de desglose que dicen «de los cuales» ({listed}): elimine o mueva primero las partes, o conserve un total para ellas</translation>
    </message>
    <message>
        <source>a copy of {record}: change what differs (another city, another year…) to store it</source>
        <translation>una copia de {record}: cambie lo que difiere (otra ciudad, otro año…) para guardarla</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>{where}, {column}: {message}</source>
        <translation>{where}, {column}: {message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{path}: unsupported file type &apos;{suffix}&apos;; use .csv or .xlsx</source>
        <translation>{path}: tipo de archivo no admitido «{suffix}»; use .csv o .xlsx</translation>
    </message>
    <message>
        <source>the file is {size}; at most {limit} can be imported at once: split it into smaller files</source>
        <translation>el archivo ocupa {size}; como máximo se pueden importar {limit} a la vez: divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>longer than {limit} characters; is this a table exported as CSV?</source>
        <translation>más de {limit} caracteres; ¿es una tabla exportada como CSV?</translation>
    </message>
    <message>
        <source>more than {limit} rows; import at most {limit} at a time (split the file)</source>
        <translation>más de {limit} filas; importe como máximo {limit} a la vez (divida el archivo)</translation>
    </message>
    <message>
        <source>a cell of {length} characters; at most {limit}</source>
        <translation>una celda de {length} caracteres; como máximo {limit}</translation>
    </message>
    <message>
        <source>not UTF-8 text: {places}. In Excel, save it with File &gt; Save As &gt; &apos;CSV UTF-8 (Comma delimited)&apos;</source>
        <translation>no es texto UTF-8: {places}. En Excel, guárdelo con Archivo &gt; Guardar como &gt; «CSV UTF-8 (delimitado por comas)»</translation>
    </message>
    <message>
        <source>not a readable CSV file ({detail})</source>
        <translation>no es un archivo CSV legible ({detail})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet (not an Excel workbook: {detail})</source>
        <translation>no se puede leer como hoja de cálculo (no es un libro de Excel: {detail})</translation>
    </message>
    <message>
        <source>the workbook holds {count} parts; at most {limit}</source>
        <translation>el libro contiene {count} partes; como máximo {limit}</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} ({part}: {part_size}); at most {limit}</source>
        <translation>el libro descomprimido ocupa {size} ({part}: {part_size}); como máximo {limit}</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>el libro no tiene ninguna hoja de cálculo</translation>
    </message>
    <message>
        <source>damaged workbook: its first sheet ({part}) is missing</source>
        <translation>libro dañado: falta su primera hoja ({part})</translation>
    </message>
    <message>
        <source>damaged workbook: {part} is not readable XML ({detail})</source>
        <translation>libro dañado: {part} no es XML legible ({detail})</translation>
    </message>
    <message>
        <source>damaged workbook: {part} cannot be unpacked ({detail})</source>
        <translation>libro dañado: {part} no se puede descomprimir ({detail})</translation>
    </message>
    <message>
        <source>the workbook contains a document type declaration, which Excel never writes</source>
        <translation>el libro contiene una declaración de tipo de documento, que Excel nunca escribe</translation>
    </message>
    <message>
        <source>cell{label} holds more than {limit} characters, the most a cell may hold</source>
        <translation>la celda{label} contiene más de {limit} caracteres, el máximo para una celda</translation>
    </message>
    <message>
        <source>a text shared by cells holds more than {limit} characters, the most a cell may hold</source>
        <translation>un texto compartido por celdas contiene más de {limit} caracteres, el máximo para una celda</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} texts</source>
        <translation>el libro contiene más de {limit} textos</translation>
    </message>
    <message>
        <source>cell {ref} lies beyond column {column}; at most {limit} columns are read</source>
        <translation>la celda {ref} está más allá de la columna {column}; se leen como máximo {limit} columnas</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit} rows; import at most {limit} at a time (split the sheet)</source>
        <translation>la primera hoja tiene más de {limit} filas; importe como máximo {limit} a la vez (divida la hoja)</translation>
    </message>
    <message>
        <source>the first sheet declares the range {ref} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: copy the table alone into a new workbook</source>
        <translation>la primera hoja declara el rango {ref} ({rows} filas × {columns} columnas); se leen como máximo {max_rows} filas y {max_columns} columnas: copie solo la tabla en un libro nuevo</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>{cells} cells, but the header has {header}</source>
        <translation>{cells} celdas, pero el encabezado tiene {header}</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>el archivo está vacío; se esperaba una fila de encabezado</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet ({detail})</source>
        <translation>no se puede leer como hoja de cálculo ({detail})</translation>
    </message>
    <message>
        <source>unknown column; the columns are: {columns}</source>
        <translation>columna desconocida; las columnas son: {columns}</translation>
    </message>
    <message>
        <source>unknown column (is the file separated by {separator}? then a column name is misspelt); the columns are: {columns}</source>
        <translation>columna desconocida (¿el archivo está separado por {separator}? entonces un nombre de columna está mal escrito); las columnas son: {columns}</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>una columna no tiene nombre</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>this file was already imported on {when} UTC (as {name}, {records} records); importing it again would count its records twice</source>
        <translation>este archivo ya se importó el {when} UTC (como {name}, {records} registros); importarlo de nuevo contaría sus registros dos veces</translation>
    </message>
    <message>
        <source>{source}: nothing imported; {problems} problem(s)</source>
        <translation>{source}: no se importó nada; {problems} problema(s)</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty; expected a header row</source>
        <translation>la hoja {sheet} está vacía; se esperaba una fila de encabezado</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is not in this file (a template made from another office file?); copy its values into an empty row to enter it as a new record</source>
        <translation>esta fila se rellenó a partir del registro {id}, que no está en este archivo (¿una plantilla hecha a partir de otro archivo de oficina?); copie sus valores en una fila vacía para introducirla como registro nuevo</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is deleted from the file since the template was made; copy its values into an empty row to enter it as a new record</source>
        <translation>esta fila se rellenó a partir del registro {id}, que se eliminó del archivo después de hacer la plantilla; copie sus valores en una fila vacía para introducirla como registro nuevo</translation>
    </message>
    <message>
        <source>the row of record {id} was cleared; records already in the file are deleted in the app, not by import</source>
        <translation>la fila del registro {id} se vació; los registros que ya están en el archivo se eliminan en la aplicación, no mediante la importación</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file); records already in the file are changed in the app, not by import</source>
        <translation>difiere del registro {id} que ya está en el archivo («{here}» aquí, «{there}» en el archivo); los registros que ya están en el archivo se modifican en la aplicación, no mediante la importación</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file) (the record was changed in the file after the template was made: version {version}, the template has {template_version}); records already in the file are changed in the app, not by import</source>
        <translation>difiere del registro {id} que ya está en el archivo («{here}» aquí, «{there}» en el archivo) (el registro se modificó en el archivo después de hacer la plantilla: versión {version}, la plantilla tiene la {template_version}); los registros que ya están en el archivo se modifican en la aplicación, no mediante la importación</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>language &apos;{lang}&apos; is not one of {known}</source>
        <translation>el idioma «{lang}» no es uno de {known}</translation>
    </message>
    <message>
        <source>the PDF font {font} was not found; reinstall Habitat Results (its fonts are in resources/fonts) or install {package}</source>
        <translation>no se encontró la fuente PDF {font}; reinstale Habitat Results (sus fuentes están en resources/fonts) o instale {package}</translation>
    </message>
    <message>
        <source>the annex cannot be laid out on the page: {detail}</source>
        <translation>el anexo no cabe en la página: {detail}</translation>
    </message>
    <message>
        <source>{path}: not an office key file ({detail})</source>
        <translation>{path}: no es un archivo de clave de oficina ({detail})</translation>
    </message>
    <message>
        <source>{path}: the office key could not be written ({detail})</source>
        <translation>{path}: no se pudo escribir la clave de la oficina ({detail})</translation>
    </message>
    <message>
        <source>this profile holds no key for office {office} (keys folder {folder})</source>
        <translation>este perfil no tiene ninguna clave de la oficina {office} (carpeta de claves {folder})</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name for the exported key</source>
        <translation>{path} ya existe; elija otro nombre para la clave exportada</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) does not match what it signs: the file was changed after it was signed, or the signature is damaged</source>
        <translation>su firma {row} (año {year}) no corresponde a lo que firma: el archivo se modificó después de firmarse, o la firma está dañada</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) was made for office {office}, file {file_id}, not for this file</source>
        <translation>su firma {row} (año {year}) se hizo para la oficina {office}, archivo {file_id}, no para este archivo</translation>
    </message>
    <message>
        <source>it is not signed, but headquarters knows office {office} by its key ({keys}); an unsigned file from this office is refused. Ask the office to submit its year again with this version of the app</source>
        <translation>no está firmado, pero la sede conoce a la oficina {office} por su clave ({keys}); se rechaza un archivo sin firmar de esta oficina. Pida a la oficina que vuelva a presentar su año con esta versión de la aplicación</translation>
    </message>
    <message>
        <source>the record {id} ({year}) is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>el registro {id} ({year}) no está como se firmó: cambió después de presentarse {year}. La oficina vuelve a presentar {year} para firmarlo</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>la narrativa del resultado {outcome} {year} no está como se firmó: cambió después de presentarse {year}. La oficina vuelve a presentar {year} para firmarla</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters revoked for office {office}</source>
        <translation>está firmado con la clave {key}, que la sede revocó para la oficina {office}</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters knows as office {other}&apos;s, not {office}&apos;s</source>
        <translation>está firmado con la clave {key}, que la sede conoce como de la oficina {other}, no de {office}</translation>
    </message>
    <message>
        <source>it is signed with a key headquarters does not know for office {office} ({key}); headquarters knows the office by {known}. If the office has a new laptop or a new colleague, merge it again confirming the new key</source>
        <translation>está firmado con una clave que la sede no conoce para la oficina {office} ({key}); la sede conoce a la oficina por {known}. Si la oficina tiene un portátil nuevo o un colega nuevo, vuelva a combinarlo confirmando la clave nueva</translation>
    </message>
    <message>
        <source>{file} holds no office key whose fingerprint starts with {key}</source>
        <translation>{file} no contiene ninguna clave de oficina cuya huella empiece por {key}</translation>
    </message>
    <message>
        <source>more than one office key in {file} has a fingerprint starting with {key}: type more of it</source>
        <translation>varias claves de oficina de {file} tienen una huella que empieza por {key}: escriba más caracteres</translation>
    </message>
    <message>
        <source>{path}: {year} has no records to submit</source>
        <translation>{path}: {year} no tiene registros que presentar</translation>
    </message>
    <message>
        <source>{path}: {year} is already submitted; nothing to submit</source>
        <translation>{path}: {year} ya se presentó; no hay nada que presentar</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: rechazado: {reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>is a folder, not a results file</source>
        <translation>es una carpeta, no un archivo de resultados</translation>
    </message>
    <message>
        <source>not a regular file (a device or a pipe)</source>
        <translation>no es un archivo normal (un dispositivo o una tubería)</translation>
    </message>
    <message>
        <source>it was being written when last closed ({journal} lies next to it); open it once in Habitat Results on that computer, then send it again</source>
        <translation>se estaba escribiendo cuando se cerró por última vez ({journal} está a su lado); ábralo una vez en Habitat Results en ese ordenador y luego envíelo de nuevo</translation>
    </message>
    <message>
        <source>locked by another program that is writing to it; close it there (or wait) and try again</source>
        <translation>bloqueado por otro programa que está escribiendo en él; ciérrelo allí (o espere) e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>cannot be read: permission denied, or locked by another program</source>
        <translation>no se puede leer: permiso denegado o bloqueado por otro programa</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>truncated: the file ends after {size} bytes, inside the SQLite signature</source>
        <translation>truncado: el archivo termina tras {size} bytes, dentro de la firma de SQLite</translation>
    </message>
    <message>
        <source>a text file, not a results file</source>
        <translation>un archivo de texto, no un archivo de resultados</translation>
    </message>
    <message>
        <source>not readable: the file looks encrypted (whole pages of unreadable data with no SQLite signature); Habitat Results files are never encrypted</source>
        <translation>no se puede leer: el archivo parece cifrado (páginas enteras de datos ilegibles sin firma de SQLite); los archivos de Habitat Results nunca están cifrados</translation>
    </message>
    <message>
        <source>not a results file: binary data that is not an SQLite database (damaged, or another kind of file)</source>
        <translation>no es un archivo de resultados: datos binarios que no son una base de datos SQLite (dañada, o de otro tipo)</translation>
    </message>
    <message>
        <source>truncated: only {size} bytes, shorter than the {header}-byte SQLite header</source>
        <translation>truncado: solo {size} bytes, menos que la cabecera SQLite de {header} bytes</translation>
    </message>
    <message>
        <source>damaged header: page size {page_size} is impossible</source>
        <translation>cabecera dañada: el tamaño de página {page_size} es imposible</translation>
    </message>
    <message>
        <source>truncated: {size} bytes is not a whole number of {page_size}-byte pages</source>
        <translation>truncado: {size} bytes no es un número entero de páginas de {page_size} bytes</translation>
    </message>
    <message>
        <source>truncated: {size} bytes, but its header says {pages} pages of {page_size} bytes ({expected} bytes)</source>
        <translation>truncado: {size} bytes, pero su cabecera indica {pages} páginas de {page_size} bytes ({expected} bytes)</translation>
    </message>
    <message>
        <source>it contains a {kind} (&apos;{name}&apos;), which a results file never has; the file may have been tampered with</source>
        <translation>contiene un(a) {kind} («{name}»), que un archivo de resultados nunca tiene; el archivo puede haber sido manipulado</translation>
    </message>
    <message>
        <source>it contains a table &apos;{name}&apos; that a results file does not have</source>
        <translation>contiene una tabla «{name}» que un archivo de resultados no tiene</translation>
    </message>
    <message>
        <source>it contains an index &apos;{name}&apos; that a results file does not have</source>
        <translation>contiene un índice «{name}» que un archivo de resultados no tiene</translation>
    </message>
    <message>
        <source>incomplete: the table or index &apos;{name}&apos; of a results file is missing</source>
        <translation>incompleto: falta la tabla o el índice «{name}» de un archivo de resultados</translation>
    </message>
    <message>
        <source>the layout of &apos;{name}&apos; differs from a results file&apos;s</source>
        <translation>la estructura de «{name}» difiere de la de un archivo de resultados</translation>
    </message>
    <message>
        <source>SQLite cannot read it (encrypted, or damaged beyond the header)</source>
        <translation>SQLite no puede leerlo (cifrado, o dañado más allá de la cabecera)</translation>
    </message>
    <message>
        <source>damaged: SQLite reports &apos;{detail}&apos;</source>
        <translation>dañado: SQLite informa «{detail}»</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>dañado: {detail}</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos;</source>
        <translation>dañado: la comprobación de integridad de SQLite informa «{detail}»</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos; and {more} more problem(s)</source>
        <translation>dañado: la comprobación de integridad de SQLite informa «{detail}» y {more} problema(s) más</translation>
    </message>
    <message>
        <source>an SQLite database of another application, not a Habitat Results file</source>
        <translation>una base de datos SQLite de otra aplicación, no un archivo de Habitat Results</translation>
    </message>
    <message>
        <source>made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>creado por una versión más reciente de Habitat Results (esquema del archivo {version}, esta aplicación conoce {known}); actualice la aplicación</translation>
    </message>
    <message>
        <source>its recorded schema steps ({steps}) do not match schema version {version}</source>
        <translation>sus pasos de esquema registrados ({steps}) no corresponden a la versión de esquema {version}</translation>
    </message>
    <message>
        <source>its identity is incomplete (no &apos;{key}&apos;)</source>
        <translation>su identidad está incompleta (falta «{key}»)</translation>
    </message>
    <message>
        <source>is a {found} file, not an office file</source>
        <translation>es un archivo de {found}, no un archivo de oficina</translation>
    </message>
    <message>
        <source>is a {found} file, not a headquarters file</source>
        <translation>es un archivo de {found}, no un archivo de la Sede</translation>
    </message>
    <message>
        <source>is a folder, not a feedback file</source>
        <translation>es una carpeta, no un archivo de observaciones</translation>
    </message>
    <message>
        <source>too large for a feedback file ({size} bytes)</source>
        <translation>demasiado grande para un archivo de observaciones ({size} bytes)</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters (not readable JSON: {detail})</source>
        <translation>no es un archivo de observaciones de la Sede (JSON ilegible: {detail})</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters</source>
        <translation>no es un archivo de observaciones de la Sede</translation>
    </message>
    <message>
        <source>made by another version of Habitat Results (feedback format {found}, this app reads {known})</source>
        <translation>creado por otra versión de Habitat Results (formato de observaciones {found}, esta aplicación lee {known})</translation>
    </message>
    <message>
        <source>incomplete: no office or no reviews</source>
        <translation>incompleto: falta la oficina o las revisiones</translation>
    </message>
    <message>
        <source>review {n} is not a review</source>
        <translation>la revisión {n} no es una revisión</translation>
    </message>
    <message>
        <source>review {n}: its {name} {reason}</source>
        <translation>revisión {n}: su {name} {reason}</translation>
    </message>
    <message>
        <source>review {n}: its {name}: {reason}</source>
        <translation>revisión {n}: su {name}: {reason}</translation>
    </message>
    <message>
        <source>review {n} is about record {record} again (review {first}); a feedback file holds one decision per record</source>
        <translation>la revisión {n} vuelve a tratar del registro {record} (revisión {first}); un archivo de observaciones contiene una decisión por registro</translation>
    </message>
    <message>
        <source>it is for office {office}, but {file} is {own}&apos;s file</source>
        <translation>es para la oficina {office}, pero {file} es el archivo de {own}</translation>
    </message>
    <message>
        <source>it uses the framework {framework} version {version}, which this headquarters file does not know (it holds {held})</source>
        <translation>usa el marco {framework} versión {version}, que este archivo de la Sede no conoce (contiene {held})</translation>
    </message>
    <message>
        <source>it names {count} offices; an office file names exactly one</source>
        <translation>nombra {count} oficinas; un archivo de oficina nombra exactamente una</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: its {fields} is not text</source>
        <translation>su oficina ({office}) no es válida: su {fields} no es texto</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: {problems}</source>
        <translation>su oficina ({office}) no es válida: {problems}</translation>
    </message>
    <message>
        <source>the record id {id} appears {count} times; every record must have its own id</source>
        <translation>el identificador de registro {id} aparece {count} veces; cada registro debe tener su propio identificador</translation>
    </message>
    <message>
        <source>records that are not valid: {problems}</source>
        <translation>registros no válidos: {problems}</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not valid: {problems}</source>
        <translation>la narrativa del resultado {outcome} {year} no es válida: {problems}</translation>
    </message>
    <message>
        <source>the record {id} belongs to office {owner} at headquarters, but this file is from {office}</source>
        <translation>el registro {id} pertenece a la oficina {owner} en la Sede, pero este archivo es de {office}</translation>
    </message>
    <message>
        <source>office {office} is held at headquarters from another file (file id {held}, {name}, first merged {first}); this file has file id {file_id} (created {created}). If the office&apos;s laptop was reinstalled, merge it again confirming the new file</source>
        <translation>la oficina {office} está en la Sede a partir de otro archivo (identificador {held}, {name}, combinado por primera vez el {first}); este archivo tiene el identificador {file_id} (creado el {created}). Si se reinstaló el portátil de la oficina, combínelo de nuevo confirmando el archivo nuevo</translation>
    </message>
    <message>
        <source>{path}: not a headquarters file</source>
        <translation>{path}: no es un archivo de la Sede</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a headquarters file ({detail})</source>
        <translation>{path}: no se puede leer como archivo de la Sede ({detail})</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: una base de datos SQLite de otra aplicación, no un archivo de la Sede; indique primero el archivo de la Sede (se crea con la primera combinación)</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>{path}: creado por una versión más reciente de Habitat Results (esquema del archivo {version}, esta aplicación conoce {known}); actualice la aplicación</translation>
    </message>
    <message>
        <source>{path}: an office file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: un archivo de oficina, no un archivo de la Sede; indique primero el archivo de la Sede (se crea con la primera combinación)</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: no es un archivo de Habitat Results ni de la Sede; indique primero el archivo de la Sede (se crea con la primera combinación)</translation>
    </message>
    <message>
        <source>headquarters holds provenance but no record for {id}; run &apos;validate&apos;</source>
        <translation>la Sede tiene la procedencia pero ningún registro de {id}; ejecute «validate»</translation>
    </message>
    <message>
        <source>no record {id} in {file}</source>
        <translation>no hay registro {id} en {file}</translation>
    </message>
    <message>
        <source>record {id} has no open conflict</source>
        <translation>el registro {id} no tiene ningún conflicto pendiente</translation>
    </message>
    <message>
        <source>{choice} is not among the rival versions of record {id} now: a merge since the list was shown may have replaced it; look at the conflict again (now: {shown})</source>
        <translation>{choice} ya no está entre las versiones rivales del registro {id}: una combinación posterior a la lista puede haberla sustituido; vuelva a mirar el conflicto (ahora: {shown})</translation>
    </message>
    <message>
        <source>{choice} is not a version of record {id}; choose one of: {shown}</source>
        <translation>{choice} no es una versión del registro {id}; elija una de: {shown}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a results file</source>
        <translation>{path}: es una carpeta, no un archivo de resultados</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}: no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (not an SQLite database)</source>
        <translation>{path}: no es un archivo de Habitat Results (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>{path}: cannot be locked ({detail})</source>
        <translation>{path}: no se puede bloquear ({detail})</translation>
    </message>
    <message>
        <source>{path}: damaged results file (no {missing} recorded)</source>
        <translation>{path}: archivo de resultados dañado (no consta {missing})</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <source>{path}: already exists; choose another name or open it</source>
        <translation>{path}: ya existe; elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: no existe la carpeta</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a results file ({detail})</source>
        <translation>{path}: no se puede abrir como archivo de resultados ({detail})</translation>
    </message>
    <message>
        <source>{path}: opened for reading only</source>
        <translation>{path}: abierto solo para lectura</translation>
    </message>
    <message>
        <source>{path}: a headquarters file holds {count} offices</source>
        <translation>{path}: un archivo de la Sede contiene {count} oficinas</translation>
    </message>
    <message>
        <source>{path}: office {office} is already listed</source>
        <translation>{path}: la oficina {office} ya está en la lista</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a Habitat Results file</source>
        <translation>{path}: una base de datos SQLite, pero no un archivo de Habitat Results</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (its schema number {version} is not one this app ever writes)</source>
        <translation>{path}: no es un archivo de Habitat Results (su número de esquema {version} no es uno que esta aplicación escriba)</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application (it numbers its schema {version}), not a Habitat Results file</source>
        <translation>{path}: una base de datos SQLite de otra aplicación (que numera su esquema {version}), no un archivo de Habitat Results</translation>
    </message>
    <message>
        <source>record {id} is {status} and locked; headquarters must return it before it can be changed</source>
        <translation>el registro {id} está {status} y bloqueado; la Sede debe devolverlo para que se pueda modificar</translation>
    </message>
    <message>
        <source>record {id} has been deleted</source>
        <translation>el registro {id} se ha eliminado</translation>
    </message>
    <message>
        <source>no unfinished row {id} in {file}</source>
        <translation>no hay fila sin terminar {id} en {file}</translation>
    </message>
    <message>
        <source>{path}: {year} changed since it was checked; nothing was submitted. Check it again and submit</source>
        <translation>{path}: {year} cambió desde que se comprobó; no se presentó nada. Compruébelo de nuevo y preséntelo</translation>
    </message>
    <message>
        <source>record {id} was deleted by its office; there is nothing to review</source>
        <translation>el registro {id} lo eliminó su oficina; no hay nada que revisar</translation>
    </message>
    <message>
        <source>record {id} has rival versions; resolve the conflict first</source>
        <translation>el registro {id} tiene versiones rivales; resuelva primero el conflicto</translation>
    </message>
    <message>
        <source>no office {office} in {file}; offices: {offices}</source>
        <translation>no hay oficina {office} en {file}; oficinas: {offices}</translation>
    </message>
    <message>
        <source>office {office} could be {offices} in {file}: type the code exactly as held</source>
        <translation>la oficina {office} podría ser {offices} en {file}: escriba el código exactamente como figura</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({detail})</source>
        <translation>{path}: no se puede escribir ({detail})</translation>
    </message>
    <message>
        <source>{path}: a results file (SQLite database); feedback is never written over it: choose another name, such as office-feedback.json</source>
        <translation>{path}: un archivo de resultados (base de datos SQLite); las observaciones nunca se escriben encima: elija otro nombre, como office-feedback.json</translation>
    </message>
    <message>
        <source>{path}: a headquarters file; feedback is applied to an office file</source>
        <translation>{path}: un archivo de la Sede; las observaciones se aplican a un archivo de oficina</translation>
    </message>
    <message>
        <source>{path}: too large for a plan file ({size} bytes)</source>
        <translation>{path}: demasiado grande para un archivo de plan ({size} bytes)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not readable JSON: {detail})</source>
        <translation>{path}: no es un archivo de plan (JSON ilegible: {detail})</translation>
    </message>
    <message>
        <source>not a valid plan: {detail}</source>
        <translation>no es un plan válido: {detail}</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}: el plan {plan} versión {version} está en el formato de plan {format}, que requiere una versión más reciente de Habitat Results (esta aplicación lee formatos de plan hasta {known}); actualice la aplicación</translation>
    </message>
    <message>
        <source>{path}: the plan&apos;s status &apos;{status}&apos; is not one of: provisional, final</source>
        <translation>{path}: el estado del plan «{status}» no es uno de: provisional, final</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} {version} ({first}–{last}) overlaps the plan {held} {held_version} ({held_first}–{held_last}) that {file} holds; one year is reported under one plan</source>
        <translation>{path}: el plan {plan} {version} ({first}–{last}) se superpone al plan {held} {held_version} ({held_first}–{held_last}) que contiene {file}; cada año se informa con un solo plan</translation>
    </message>
    <message>
        <source>{path}: {file} already holds the plan {plan} version {version} with other content; a changed plan needs a new version number</source>
        <translation>{path}: {file} ya contiene el plan {plan} versión {version} con otro contenido; un plan modificado necesita un número de versión nuevo</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is older than version {held} that {file} holds</source>
        <translation>{path}: el plan {plan} versión {version} es anterior a la versión {held} que contiene {file}</translation>
    </message>
    <message>
        <source>{path}: holds the plan {plan} version {version} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}: contiene el plan {plan} versión {version} en el formato de plan {format}, que requiere una versión más reciente de Habitat Results (esta aplicación lee formatos de plan hasta {known}); actualice la aplicación</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} it holds is damaged ({detail})</source>
        <translation>{path}: el plan {plan} versión {version} que contiene está dañado ({detail})</translation>
    </message>
    <message>
        <source>it holds the plan {plan} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>contiene el plan {plan} en el formato de plan {format}, que requiere una versión más reciente de Habitat Results (esta aplicación lee formatos de plan hasta {known}); actualice la aplicación</translation>
    </message>
    <message>
        <source>its plan {plan} is damaged ({detail})</source>
        <translation>su plan {plan} está dañado ({detail})</translation>
    </message>
    <message>
        <source>it uses the plan {plan}, which this headquarters file does not hold (it holds {held}); headquarters adds the plan first (plan add), then sends it to the offices</source>
        <translation>usa el plan {plan}, que este archivo de la sede no contiene (contiene {held}); la sede agrega primero el plan (plan add) y luego lo envía a las oficinas</translation>
    </message>
    <message>
        <source>its plan {plan} differs from the one headquarters holds under the same id and version in what counting depends on (substance {theirs}… here, {ours}… at headquarters); the office needs the plan file headquarters issued</source>
        <translation>su plan {plan} difiere del que la sede tiene con el mismo identificador y versión en aquello de lo que depende el recuento (sustancia {theirs}… aquí, {ours}… en la sede); la oficina necesita el archivo de plan emitido por la sede</translation>
    </message>
    <message>
        <source>the plan {n} it carries is not valid: {detail}</source>
        <translation>el plan {n} que contiene no es válido: {detail}</translation>
    </message>
    <message>
        <source>{path}: not exported: the plan {plan} {version} of {period} is provisional; its annex is exported only as a working draft, marked &apos;provisional plan&apos;, until headquarters adds the final plan</source>
        <translation>{path}: no exportado: el plan {plan} {version} de {period} es provisional; su anexo solo se exporta como borrador de trabajo, marcado «plan provisional», hasta que la sede añada el plan definitivo</translation>
    </message>
    <message>
        <source>format &apos;{fmt}&apos; is not one of {known}</source>
        <translation>el formato «{fmt}» no es uno de {known}</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the annex</source>
        <translation>{path}: es el archivo que se exporta; elija otro nombre para el anexo</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the annex</source>
        <translation>{path}: es un archivo de resultados (SQLite); elija otro nombre para el anexo</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the template</source>
        <translation>{path}: es el archivo que se exporta; elija otro nombre para la plantilla</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the template</source>
        <translation>{path}: es un archivo de resultados (SQLite); elija otro nombre para la plantilla</translation>
    </message>
    <message>
        <source>the years {years} lie under {count} plans ({plans}); one annex shows one plan: ask for the years of one plan, such as {example}</source>
        <translation>los años {years} corresponden a {count} planes ({plans}); un anexo muestra un solo plan: pida los años de un plan, como {example}</translation>
    </message>
    <message>
        <source>years must lie in the plan period {first}–{last}; &apos;{text}&apos; does not</source>
        <translation>los años deben estar en el periodo del plan {first}–{last}; «{text}» no lo está</translation>
    </message>
    <message>
        <source>years must lie in the periods of the plans of {file} ({periods}); &apos;{text}&apos; does not</source>
        <translation>los años deben estar en los periodos de los planes de {file} ({periods}); «{text}» no lo está</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year or a range of years such as 2020-2024</source>
        <translation>«{text}» no es un año ni un intervalo de años como 2020-2024</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of {file} ({periods})</source>
        <translation>{year} queda fuera de los planes de {file} ({periods})</translation>
    </message>
    <message>
        <source>{path}: an entry template is made from an office file, not a headquarters file</source>
        <translation>{path}: una plantilla de entrada se hace a partir de un archivo de oficina, no de un archivo de la sede</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Calificador</translation>
    </message>
    <message>
        <source>Empty: the row is the total of its place and year. Filled in: the row is a part of that total (&quot;of which 600 women&quot;), shown in the breakdown tables and never added to the total; the parts may not exceed it.</source>
        <translation>Vacío: la fila es el total de su lugar y año. Relleno: la fila es una parte de ese total («de los cuales 600 mujeres»), que se muestra en los cuadros de desglose y nunca se suma al total; las partes no pueden superarlo.</translation>
    </message>
    <message>
        <source>Of which: sex</source>
        <translation>De los cuales: sexo</translation>
    </message>
    <message>
        <source>Of which: age group</source>
        <translation>De los cuales: grupo de edad</translation>
    </message>
    <message>
        <source>Of which: disability</source>
        <translation>De los cuales: discapacidad</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Validated by headquarters: read-only.</source>
        <translation>Validado por la Sede: solo lectura.</translation>
    </message>
    <message>
        <source>Submitted: read-only until headquarters returns it.</source>
        <translation>Presentado: solo lectura hasta que la Sede lo devuelva.</translation>
    </message>
    <message>
        <source>Not saved: the file is busy ({reason}). Please try again.</source>
        <translation>No se guardó: el archivo está ocupado ({reason}). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not deleted: they are read-only.</source>
        <translation>{count} registro(s) presentado(s) no se eliminaron: son de solo lectura.</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>Incomplete: kept in the file as typed, but not a record yet. It is not submitted or exported until what is marked is corrected.</source>
        <translation>Incompleto: se conserva en el archivo tal como se escribió, pero aún no es un registro. No se presenta ni se exporta hasta que se corrija lo marcado.</translation>
    </message>
    <message>
        <source>Paste {count} row(s)</source>
        <translation>Pegar {count} fila(s)</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not changed: they are read-only.</source>
        <translation>{count} registro(s) presentado(s) no se modificaron: son de solo lectura.</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>Devuelto por {who} el {date}:
{comment}</translation>
    </message>
    <message>
        <source>a new row</source>
        <translation>una fila nueva</translation>
    </message>
    <message>
        <source>Nothing was deleted: {reason}</source>
        <translation>No se eliminó nada: {reason}</translation>
    </message>
    <message>
        <source>Delete {count} row(s)</source>
        <translation>Eliminar {count} fila(s)</translation>
    </message>
    <message>
        <source>Duplicate {count} row(s)</source>
        <translation>Duplicar {count} fila(s)</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit {year}</source>
        <translation>Presentar {year}</translation>
    </message>
    <message>
        <source>{count} draft or returned record(s) of {year} will be submitted to headquarters. Submitted records are read-only until headquarters returns them.</source>
        <translation>Se presentarán a la Sede {count} registro(s) en borrador o devuelto(s) de {year}. Los registros presentados son de solo lectura hasta que la Sede los devuelva.</translation>
    </message>
    <message>
        <source>{indicator}: {count} record(s)</source>
        <translation>{indicator}: {count} registro(s)</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not valid yet and will not be submitted.</source>
        <translation>{count} fila(s) de la cuadrícula aún no son válidas y no se presentarán.</translation>
    </message>
    <message>
        <source>Fix these problems before submitting:</source>
        <translation>Corrija estos problemas antes de presentar:</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Look at these before submitting (they do not stop it):</source>
        <translation>Revise esto antes de presentar (no lo impide):</translation>
    </message>
    <message>
        <source>Records to submit, by indicator</source>
        <translation>Registros por presentar, por indicador</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>about</source>
        <translation>aproximadamente</translation>
    </message>
    <message>
        <source>female</source>
        <translation>mujeres</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombres</translation>
    </message>
    <message>
        <source>children (0–14)</source>
        <translation>niños (0–14)</translation>
    </message>
    <message>
        <source>youth (15–24)</source>
        <translation>jóvenes (15–24)</translation>
    </message>
    <message>
        <source>adults (25–64)</source>
        <translation>adultos (25–64)</translation>
    </message>
    <message>
        <source>older persons (65+)</source>
        <translation>personas de edad (65+)</translation>
    </message>
    <message>
        <source>with disability</source>
        <translation>con discapacidad</translation>
    </message>
    <message>
        <source>without disability</source>
        <translation>sin discapacidad</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validado</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
</context>
<context>
    <name>GridClipboard</name>
    <message>
        <source>Not pasted: the block has {count} columns, but only {room} columns follow the current cell.</source>
        <translation>No se pegó: el bloque tiene {count} columnas, pero solo hay {room} columnas después de la celda actual.</translation>
    </message>
</context>
<context>
    <name>GridFilter</name>
    <message>
        <source>Filter the records</source>
        <translation>Filtrar los registros</translation>
    </message>
    <message>
        <source>City contains</source>
        <translation>La ciudad contiene</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>Filtrar por ciudad</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrar por país</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valor desde</translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation>Valor mínimo</translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation>Valor máximo</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>Filtrar por oficina</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>Cualquier oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Sort by office</source>
        <translation>Ordenar por oficina</translation>
    </message>
    <message>
        <source>Only the records that match are shown in the grid.</source>
        <translation>En la cuadrícula solo se muestran los registros que coinciden.</translation>
    </message>
</context>
<context>
    <name>IndicatorHelp</name>
    <message>
        <source>{figure} in 2020–2025 ({document}, para. {para})</source>
        <translation>{figure} en 2020–2025 ({document}, párr. {para})</translation>
    </message>
    <message>
        <source>{figure} in 2020–2025 ({document})</source>
        <translation>{figure} en 2020–2025 ({document})</translation>
    </message>
    <message>
        <source>How the indicator counts</source>
        <translation>Cómo cuenta el indicador</translation>
    </message>
    <message>
        <source>Select an indicator, or a row of the grid, to see what it counts and how.</source>
        <translation>Seleccione un indicador, o una fila de la cuadrícula, para ver qué cuenta y cómo.</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>grupo de edad</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>discapacidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>Cómo se cuenta</translation>
    </message>
    <message>
        <source>Counts once</source>
        <translation>Se cuenta una vez</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Desgloses</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>SDG indicators</source>
        <translation>Indicadores de los ODS</translation>
    </message>
    <message>
        <source>2025 report</source>
        <translation>Informe de 2025</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>no se indica ninguna cifra</translation>
    </message>
    <message>
        <source>Each record gives a number of {unit}; the annex adds up the records of the year, and the years for the plan period.</source>
        <translation>Cada registro indica un número de {unit}; el anexo suma los registros del año, y los años para el período del plan.</translation>
    </message>
    <message>
        <source>Count each person or household once: one reached in 2022 and again in 2023 is entered in 2022 only, and not in two records of the same year.</source>
        <translation>Cuente a cada persona u hogar una sola vez: una persona alcanzada en 2022 y de nuevo en 2023 se introduce solo en 2022, y no en dos registros del mismo año.</translation>
    </message>
    <message>
        <source>Not entered: computed as {numerator} ÷ {denominator}.</source>
        <translation>No se introduce: se calcula como {numerator} ÷ {denominator}.</translation>
    </message>
    <message>
        <source>Each record names one city (with its country); a city counts once, however many records name it.</source>
        <translation>Cada registro nombra una ciudad (con su país); una ciudad cuenta una vez, sin importar cuántos registros la nombren.</translation>
    </message>
    <message>
        <source>Nairobi entered in two records, or in 2022 and again in 2024, is one city in the plan-period total (and one in each year&apos;s column). Names are compared without case or extra spaces.</source>
        <translation>Nairobi introducida en dos registros, o en 2022 y de nuevo en 2024, es una sola ciudad en el total del período del plan (y una en la columna de cada año). Los nombres se comparan sin distinguir mayúsculas ni espacios de más.</translation>
    </message>
    <message>
        <source>Each record names one country; a country counts once, however many records name it.</source>
        <translation>Cada registro nombra un país; un país cuenta una vez, sin importar cuántos registros lo nombren.</translation>
    </message>
    <message>
        <source>Kenya entered in two records, or in two years, is one country in the plan-period total.</source>
        <translation>Kenya introducida en dos registros, o en dos años, es un solo país en el total del período del plan.</translation>
    </message>
    <message>
        <source>Each record names a country, or a city with its country; each counts once, however many records name it.</source>
        <translation>Cada registro nombra un país, o una ciudad con su país; cada uno cuenta una vez, sin importar cuántos registros lo nombren.</translation>
    </message>
    <message>
        <source>Kenya entered twice is one country; Nairobi (Kenya) entered twice is one city.</source>
        <translation>Kenya introducida dos veces es un solo país; Nairobi (Kenya) introducida dos veces es una sola ciudad.</translation>
    </message>
    <message>
        <source>Each record names one {unit}; each name counts once, however many records give it.</source>
        <translation>Cada registro nombra un(a) {unit}; cada nombre cuenta una vez, sin importar cuántos registros lo indiquen.</translation>
    </message>
    <message>
        <source>The same name entered in two records, or in two years, counts once in the plan-period total. Names are compared without case or extra spaces.</source>
        <translation>El mismo nombre introducido en dos registros, o en dos años, cuenta una vez en el total del período del plan. Los nombres se comparan sin distinguir mayúsculas ni espacios de más.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>GridHabits</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>{path}: cannot be written: its folder is on a read-only medium (a CD, a write-protected disk, a read-only folder): choose a folder you can write to</source>
        <translation>{path}: no se puede escribir: su carpeta está en un soporte de solo lectura (un CD, un disco protegido contra escritura, una carpeta de solo lectura): elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>{path}: not saved: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>{path}: no se guardó: el disco está lleno. No se cambió nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{path}: in use by {holder}; nothing was changed. Try again in a moment, or close the file there.</source>
        <translation>{path}: en uso por {holder}; no se cambió nada. Inténtelo de nuevo en un momento o cierre el archivo allí.</translation>
    </message>
    <message>
        <source>{path}: the file is on a read-only medium (a CD, a write-protected disk, a read-only folder or file): copy it to a folder you can write to. Nothing was changed.</source>
        <translation>{path}: el archivo está en un soporte de solo lectura (un CD, un disco protegido contra escritura, una carpeta o un archivo de solo lectura): cópielo a una carpeta en la que pueda escribir. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path}: the file is gone (moved, deleted, or its disk removed). Nothing was saved; open it again from where it is now.</source>
        <translation>{path}: el archivo ya no está (se movió, se eliminó o se retiró su disco). No se guardó nada; ábralo de nuevo desde donde esté ahora.</translation>
    </message>
    <message>
        <source>{path}: the file was changed by another program while it was being read; try again.</source>
        <translation>{path}: otro programa modificó el archivo mientras se leía; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{path}: the disk failed while reading or writing ({detail}). Nothing was changed; check the disk or network drive and try again.</source>
        <translation>{path}: el disco falló durante la lectura o la escritura ({detail}). No se cambió nada; revise el disco o la unidad de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking the annex before it is published…</source>
        <translation>Comprobando el anexo antes de publicarlo…</translation>
    </message>
    <message>
        <source>The check could not be made: {reason}</source>
        <translation>No se pudo hacer la comprobación: {reason}</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la comprobación</translation>
    </message>
    <message>
        <source>Problems that block publication, then warnings; the annex is checked again when the years or the drafts change.</source>
        <translation>Los problemas que impiden la publicación y luego las advertencias; el anexo se vuelve a comprobar cuando cambian los años o los borradores.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>{office}: its file was merged unsigned (made by an earlier version of the app): nothing shows that it came from the office</source>
        <translation>{office}: su archivo se combinó sin firma (hecho con una versión anterior de la aplicación): nada muestra que provenga de la oficina</translation>
    </message>
    <message>
        <source>country {country}</source>
        <translation>país {country}</translation>
    </message>
    <message>
        <source>office {office}</source>
        <translation>oficina {office}</translation>
    </message>
    <message>
        <source>region {region}</source>
        <translation>región {region}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>period {period}</source>
        <translation>período {period}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>presentado en parte</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>solo borrador en la oficina</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>no recibido</translation>
    </message>
    <message>
        <source>record {record} ({what}): {count} versions, none chosen; resolve it in Review → Conflicts</source>
        <translation>registro {record} ({what}): {count} versiones, ninguna elegida; resuélvalo en Revisión → Conflictos</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is {limit}; rule {rule}</source>
        <translation>{scope}: {indicator} es {value} pero {other} es {limit}; regla {rule}</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is not reported; rule {rule} cannot be checked there</source>
        <translation>{scope}: {indicator} es {value} pero {other} no se informa; la regla {rule} no se puede comprobar allí</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {percent} %, above 100 %</source>
        <translation>{scope}: {indicator} es del {percent} %, más del 100 %</translation>
    </message>
    <message>
        <source>record {record} ({what}): {value} is above the ceiling of {ceiling} for one record</source>
        <translation>registro {record} ({what}): {value} supera el tope de {ceiling} para un registro</translation>
    </message>
    <message>
        <source>{what}: {value} is far from the office&apos;s earlier years (median {median}); check it is not a typo</source>
        <translation>{what}: {value} está lejos de los años anteriores de la oficina (mediana {median}); compruebe que no sea un error tipográfico</translation>
    </message>
    <message>
        <source>{office} {year}: {state}</source>
        <translation>{office} {year}: {state}</translation>
    </message>
    <message>
        <source>{office}: {count} submitted record(s) not yet validated</source>
        <translation>{office}: {count} registro(s) presentado(s) aún sin validar</translation>
    </message>
    <message>
        <source>{count} record(s) not submitted (draft or returned) were not checked: the annex does not count them</source>
        <translation>{count} registro(s) no presentado(s) (borrador o devuelto) no se comprobaron: el anexo no los cuenta</translation>
    </message>
    <message>
        <source>Ready to publish: no blocking problems, {warnings} warning(s).</source>
        <translation>Listo para publicar: ningún problema que lo impida, {warnings} advertencia(s).</translation>
    </message>
    <message>
        <source>Not ready to publish: {blocking} blocking problem(s), {warnings} warning(s). Fix them, or export a working draft marked as not for publication.</source>
        <translation>No está listo para publicar: {blocking} problema(s) que lo impiden, {warnings} advertencia(s). Corríjalos o exporte un borrador de trabajo marcado como no destinado a publicación.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Impide publicar</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>{count} record(s) of {indicator} {year}: the indicator was removed from the plan by its newer version (it was in {plan}); kept, read-only, and not counted</source>
        <translation>{count} registro(s) de {indicator} {year}: el indicador fue retirado del plan por su versión más reciente (estaba en {plan}); se conservan, de solo lectura, y no se cuentan</translation>
    </message>
    <message>
        <source>record {record} ({what}) no longer passes the plan&apos;s version {version}: {problems}</source>
        <translation>el registro {record} ({what}) ya no cumple la versión {version} del plan: {problems}</translation>
    </message>
    <message>
        <source>{office} {place}: {count} breakdown part(s) counted without their total (records {records}); the annex leaves them out: count the total, or delete the parts</source>
        <translation>{office} {place}: {count} parte(s) de desglose contada(s) sin su total (registros {records}); el anexo las deja fuera: cuente el total o elimine las partes</translation>
    </message>
    <message>
        <source>{office} {place}: the parts by {dimension} add up to {added}, more than their counted total {total} (records {records})</source>
        <translation>{office} {place}: las partes por {dimension} suman {added}, más que su total contado {total} (registros {records})</translation>
    </message>
    <message>
        <source>{what}: reported by {offices} (records {records}); the annex counts it each time: make sure they are different results</source>
        <translation>{what}: informado por {offices} (registros {records}); el anexo lo cuenta cada vez: asegúrese de que son resultados distintos</translation>
    </message>
    <message>
        <source>{office} {what}: {count} identical records ({records}); the annex counts each: make sure they are different results</source>
        <translation>{office} {what}: {count} registros idénticos ({records}); el anexo cuenta cada uno: asegúrese de que son resultados distintos</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Offices and years received</source>
        <translation>Oficinas y años recibidos</translation>
    </message>
    <message>
        <source>What headquarters holds from each office. “Draft only in the office” and “partly submitted” come from what the office&apos;s file held when it was last merged.</source>
        <translation>Lo que la Sede tiene de cada oficina. «Solo borrador en la oficina» y «presentado en parte» provienen de lo que contenía el archivo de la oficina cuando se combinó por última vez.</translation>
    </message>
    <message>
        <source>Indicators reported ({count} of {total})</source>
        <translation>Indicadores informados ({count} de {total})</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Offices reporting</source>
        <translation>Oficinas que informan</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>Counting the records of every office and year…</source>
        <translation>Contando los registros de cada oficina y año…</translation>
    </message>
    <message>
        <source>The offices and years could not be counted: {message}</source>
        <translation>No se pudieron contar las oficinas y los años: {message}</translation>
    </message>
</context>
<context>
    <name>DialogSeams</name>
    <message>
        <source>New office file</source>
        <translation>Nuevo archivo de oficina</translation>
    </message>
    <message>
        <source>Annex exported</source>
        <translation>Anexo exportado</translation>
    </message>
    <message>
        <source>The annex was written to:
{path}</source>
        <translation>El anexo se escribió en:
{path}</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>Devolver a la oficina</translation>
    </message>
    <message>
        <source>Return {count} record(s) to their office. What should the office change?</source>
        <translation>Devolver {count} registro(s) a su oficina. ¿Qué debe cambiar la oficina?</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>Escribir observaciones</translation>
    </message>
    <message>
        <source>Feedback for the office:</source>
        <translation>Observaciones para la oficina:</translation>
    </message>
    <message>
        <source>Save the feedback as</source>
        <translation>Guardar las observaciones como</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json)</source>
        <translation>Observaciones de la Sede (*.json)</translation>
    </message>
    <message>
        <source>About Habitat Results</source>
        <translation>Acerca de Habitat Results</translation>
    </message>
    <message>
        <source>Habitat Results: UN-Habitat strategic plan results, entered offline by country offices and merged at headquarters.</source>
        <translation>Habitat Results: los resultados del plan estratégico de ONU-Hábitat, introducidos sin conexión por las oficinas en los países y combinados en la Sede.</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not complete or were refused, so they are not stored.</source>
        <translation>{count} fila(s) de la cuadrícula no están completas o fueron rechazadas, así que no se guardan.</translation>
    </message>
    <message>
        <source>The outcome narrative could not be stored.</source>
        <translation>No se pudo guardar la narrativa del resultado.</translation>
    </message>
    <message>
        <source>Discard them, or cancel and finish them first?</source>
        <translation>¿Descartarlos, o cancelar y terminarlos primero?</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Trabajo sin guardar</translation>
    </message>
    <message>
        <source>Store an identical record?</source>
        <translation>¿Guardar un registro idéntico?</translation>
    </message>
    <message>
        <source>This row says what a record of the file already says:
{reason}

Store it as a second record, counted twice in the annex (two projects reporting the same figure)?</source>
        <translation>Esta fila dice lo que ya dice un registro del archivo:
{reason}

¿Guardarla como segundo registro, contado dos veces en el anexo (dos proyectos que informan la misma cifra)?</translation>
    </message>
    <message>
        <source>Store both records</source>
        <translation>Guardar ambos registros</translation>
    </message>
</context>
<context>
    <name>ExportWork</name>
    <message>
        <source>Adding up the results…</source>
        <translation>Sumando los resultados…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Exporting the annex</source>
        <translation>Exportando el anexo</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>The annex was not written.

{reason}</source>
        <translation>No se escribió el anexo.

{reason}</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Annex written to {path}</source>
        <translation>Anexo escrito en {path}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Record of office {office}, version {version}: {status}</source>
        <translation>Registro de la oficina {office}, versión {version}: {status}</translation>
    </message>
    <message>
        <source>This record is {status}: read-only until headquarters returns it.</source>
        <translation>Este registro está {status}: solo lectura hasta que la Sede lo devuelva.</translation>
    </message>
    <message>
        <source>Row {row} · {column}: {message}</source>
        <translation>Fila {row} · {column}: {message}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
    <message>
        <source>What the rows of the grid still lack, or why a value was refused; choose one to go to its cell.</source>
        <translation>Lo que aún falta en las filas de la cuadrícula, o por qué se rechazó un valor; elija uno para ir a su celda.</translation>
    </message>
    <message>
        <source>The records of the selected outcome or indicator: type in a cell to change it; rows pasted from a spreadsheet are added.</source>
        <translation>Los registros del resultado o indicador seleccionado: escriba en una celda para cambiarla; las filas pegadas desde una hoja de cálculo se añaden.</translation>
    </message>
</context>
<context>
    <name>HeadquartersWork</name>
    <message>
        <source>&amp;Conflicts ({count})…</source>
        <translation>&amp;Conflictos ({count})…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Headquarters file: the offices&apos; records are read-only here. Select records and validate them, or return them to their office with a comment (Review menu).</source>
        <translation>Archivo de la Sede: aquí los registros de las oficinas son de solo lectura. Seleccione registros y valídelos, o devuélvalos a su oficina con un comentario (menú Revisión).</translation>
    </message>
    <message>
        <source>{count} record(s) have rival versions: compare them and keep one under Review → Conflicts.</source>
        <translation>{count} registro(s) tienen versiones rivales: compárelas y conserve una en Revisión → Conflictos.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Select the records to review in the grid first.</source>
        <translation>Seleccione primero en la cuadrícula los registros que se revisarán.</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>Devolver a la oficina</translation>
    </message>
    <message>
        <source>Nothing was returned: say what the office should change.</source>
        <translation>No se devolvió nada: indique lo que la oficina debe cambiar.</translation>
    </message>
    <message>
        <source>Cannot review the records</source>
        <translation>No se pueden revisar los registros</translation>
    </message>
    <message>
        <source>{count} record(s) validated.</source>
        <translation>{count} registro(s) validado(s).</translation>
    </message>
    <message>
        <source>{count} record(s) returned to their office.</source>
        <translation>{count} registro(s) devuelto(s) a su oficina.</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>Escribir observaciones</translation>
    </message>
    <message>
        <source>No office has been merged into this file yet.</source>
        <translation>Todavía no se ha combinado ninguna oficina en este archivo.</translation>
    </message>
    <message>
        <source>Cannot write the feedback</source>
        <translation>No se pueden escribir las observaciones</translation>
    </message>
    <message>
        <source>Feedback written</source>
        <translation>Observaciones escritas</translation>
    </message>
    <message>
        <source>Feedback for {office}: {validated} validated, {returned} returned record(s), written to:
{path}

Send this file to the office; it applies it with File → Apply feedback from headquarters.</source>
        <translation>Observaciones para {office}: {validated} registro(s) validado(s), {returned} devuelto(s), escritas en:
{path}

Envíe este archivo a la oficina; esta lo aplica con Archivo → Aplicar las observaciones de la Sede.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This file is on a read-only medium (a CD, a write-protected disk, a read-only folder): it is open for viewing only. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>Este archivo está en un soporte de solo lectura (un CD, un disco protegido contra escritura, una carpeta de solo lectura): está abierto solo para consulta. Para modificarlo, cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>Search indicators by code or words</source>
        <translation>Buscar indicadores por código o palabras</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Marco de resultados</translation>
    </message>
    <message>
        <source>{year} (returned)</source>
        <translation>{year} (devuelto)</translation>
    </message>
    <message>
        <source>{year} (submitted)</source>
        <translation>{year} (presentado)</translation>
    </message>
    <message>
        <source>{year} (partly submitted)</source>
        <translation>{year} (presentado en parte)</translation>
    </message>
    <message>
        <source>{year} has been submitted: its records are read-only until headquarters returns them.</source>
        <translation>{year} se ha presentado: sus registros son de solo lectura hasta que la Sede los devuelva.</translation>
    </message>
    <message>
        <source>Part of {year} has been submitted: the grey records are read-only until headquarters returns them.</source>
        <translation>Una parte de {year} se ha presentado: los registros en gris son de solo lectura hasta que la Sede los devuelva.</translation>
    </message>
    <message>
        <source>{count} unfinished row(s) were left out: they were not complete, so they had not been stored.</source>
        <translation>Se dejaron fuera {count} fila(s) sin terminar: no estaban completas, así que no se habían guardado.</translation>
    </message>
    <message>
        <source>{name} — {year}</source>
        <translation>{name} — {year}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator}; it is not entered.</source>
        <translation>{code} se calcula como {numerator} ÷ {denominator}; no se introduce.</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>Buscar indicadores</translation>
    </message>
    <message>
        <source>Shows only the indicators whose code or name holds what you type; Esc clears the search.</source>
        <translation>Muestra solo los indicadores cuyo código o nombre contiene lo que escribe; Esc borra la búsqueda.</translation>
    </message>
    <message>
        <source>The plan&apos;s domains of change, outcomes and indicators with the year&apos;s records; select one to show its records in the grid.</source>
        <translation>Los ámbitos de cambio, resultados e indicadores del plan, con los registros del año; seleccione uno para ver sus registros en la cuadrícula.</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <source>The year whose records are shown, entered and submitted.</source>
        <translation>El año cuyos registros se muestran, introducen y presentan.</translation>
    </message>
    <message>
        <source>{code} was removed from the plan by its newer version: its records are kept, read-only, and not counted.</source>
        <translation>{code} fue retirado del plan por su versión más reciente: sus registros se conservan, de solo lectura, y no se cuentan.</translation>
    </message>
</context>
<context>
    <name>OfficeWork</name>
    <message>
        <source>{count} returned record(s) corrected.</source>
        <translation>{count} registro(s) devuelto(s) corregido(s).</translation>
    </message>
    <message>
        <source>Nothing imported from {file}</source>
        <translation>No se importó nada de {file}</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tablas (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importando {file}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>{count} record(s) imported from {file}</source>
        <translation>{count} registro(s) importado(s) de {file}</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>(columns separated by {separator})</source>
        <translation>(columnas separadas por {separator})</translation>
    </message>
    <message>
        <source>Checking {year}</source>
        <translation>Comprobando {year}</translation>
    </message>
    <message>
        <source>Cannot submit {year}</source>
        <translation>No se puede presentar {year}</translation>
    </message>
    <message>
        <source>{file} was checked, but another file is open now. Nothing was submitted.</source>
        <translation>Se comprobó {file}, pero ahora hay otro archivo abierto. No se presentó nada.</translation>
    </message>
    <message>
        <source>{count} record(s) of {year} submitted.</source>
        <translation>{count} registro(s) de {year} presentado(s).</translation>
    </message>
    <message>
        <source>Narrative for outcome {code} in {year}</source>
        <translation>Narrativa del resultado {code} en {year}</translation>
    </message>
    <message>
        <source>Apply feedback from headquarters</source>
        <translation>Aplicar las observaciones de la Sede</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json);;All files (*)</source>
        <translation>Observaciones de la Sede (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Applying {file}</source>
        <translation>Aplicando {file}</translation>
    </message>
    <message>
        <source>Cannot apply the feedback</source>
        <translation>No se pueden aplicar las observaciones</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>No se cambió nada.

{reason}</translation>
    </message>
    <message>
        <source>{validated} record(s) validated and {returned} returned by headquarters.</source>
        <translation>{validated} registro(s) validado(s) y {returned} devuelto(s) por la Sede.</translation>
    </message>
    <message>
        <source>{count} decision(s) had been applied before.</source>
        <translation>{count} decisión(es) ya se habían aplicado.</translation>
    </message>
    <message>
        <source>{count} decision(s) were about versions changed since, and were left out.</source>
        <translation>{count} decisión(es) se referían a versiones modificadas después y se dejaron fuera.</translation>
    </message>
    <message>
        <source>{count} record(s) are not in this file.</source>
        <translation>{count} registro(s) no están en este archivo.</translation>
    </message>
    <message>
        <source>Feedback applied</source>
        <translation>Observaciones aplicadas</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {comment}</source>
        <translation>{indicator} {year} · {place}: {comment}</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>Devuelto por {who} el {date}:
{comment}</translation>
    </message>
    <message>
        <source>To do ({count})</source>
        <translation>Pendientes ({count})</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>The plan {plan} from headquarters was added: its years are open for entry.</source>
        <translation>Se agregó el plan {plan} de la sede: sus años están abiertos para el registro.</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation>&amp;Nuevo archivo de oficina…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Abrir los datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import CSV/XLSX…</source>
        <translation>&amp;Importar CSV/XLSX…</translation>
    </message>
    <message>
        <source>&amp;Export annex…</source>
        <translation>&amp;Exportar el anexo…</translation>
    </message>
    <message>
        <source>&amp;Merge office files…</source>
        <translation>&amp;Combinar archivos de oficina…</translation>
    </message>
    <message>
        <source>Write &amp;feedback for an office…</source>
        <translation>Escribir observaciones para una o&amp;ficina…</translation>
    </message>
    <message>
        <source>&amp;Apply feedback from headquarters…</source>
        <translation>&amp;Aplicar las observaciones de la Sede…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>&amp;Validate selected</source>
        <translation>&amp;Validar la selección</translation>
    </message>
    <message>
        <source>&amp;Return selected…</source>
        <translation>&amp;Devolver la selección…</translation>
    </message>
    <message>
        <source>&amp;Offices and years received…</source>
        <translation>&amp;Oficinas y años recibidos…</translation>
    </message>
    <message>
        <source>&amp;To do from headquarters</source>
        <translation>&amp;Pendientes de la Sede</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>&amp;Añadir registro</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>Dupl&amp;icar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Submit year…</source>
        <translation>&amp;Presentar el año…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>A&amp;ño</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Habitat Results</source>
        <translation>&amp;Acerca de Habitat Results</translation>
    </message>
    <message>
        <source>Welcome to Habitat Results</source>
        <translation>Bienvenido a Habitat Results</translation>
    </message>
    <message>
        <source>Enter your office&apos;s strategic plan results offline, under each domain of change. Everything you type is saved at once.

Your office file will be kept here: {path}</source>
        <translation>Introduzca sin conexión los resultados del plan estratégico de su oficina, en cada ámbito de cambio. Todo lo que escribe se guarda al instante.

El archivo de su oficina se guardará aquí: {path}</translation>
    </message>
    <message>
        <source>Create the office profile…</source>
        <translation>Crear el perfil de la oficina…</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Abrir los datos de demostración</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Año del informe</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Headquarters: each version that arrived with a merge, with its office file, and headquarters&apos; own reviews.</source>
        <translation>Sede: cada versión que llegó con una fusión, con su archivo de oficina, y las revisiones de la propia sede.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {value} — version {version}, {status}</source>
        <translation>{indicator} {year} · {place}: {value} — versión {version}, {status}</translation>
    </message>
    <message>
        <source>Record {id}: no longer in the file.</source>
        <translation>Registro {id}: ya no está en el archivo.</translation>
    </message>
    <message>
        <source>The file holds no history of this record.</source>
        <translation>El archivo no contiene historial de este registro.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>Historial del registro</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>merge batch {batch}: {file} of {office} (SHA-256 {sha})</source>
        <translation>lote de fusión {batch}: {file} de {office} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>import of {file} (SHA-256 {sha})</source>
        <translation>importación de {file} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>rival version arrived with a merge</source>
        <translation>llegó una versión rival con una fusión</translation>
    </message>
    <message>
        <source>arrived with a merge</source>
        <translation>llegó con una fusión</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflicto resuelto</translation>
    </message>
    <message>
        <source>reviewed at headquarters</source>
        <translation>revisado en la sede</translation>
    </message>
    <message>
        <source>headquarters&apos; decision applied</source>
        <translation>decisión de la sede aplicada</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
</context>
<context>
    <name>AddPlan</name>
    <message>
        <source>Add &amp;plan…</source>
        <translation>A&amp;gregar plan…</translation>
    </message>
    <message>
        <source>Add a plan file</source>
        <translation>Agregar un archivo de plan</translation>
    </message>
    <message>
        <source>Cannot add the plan</source>
        <translation>No se puede agregar el plan</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Archivos de plan (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} already holds the plan {plan}; nothing changed.</source>
        <translation>{file} ya contiene el plan {plan}; no cambió nada.</translation>
    </message>
    <message>
        <source>{file} now holds the plan {plan}: {first}–{last} are open for entry.</source>
        <translation>{file} contiene ahora el plan {plan}: {first}–{last} están abiertos para el registro.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>No se cambió nada.

{reason}</translation>
    </message>
</context>
<context>
    <name>AddPlanDialog</name>
    <message>
        <source>Add plan</source>
        <translation>Agregar el plan</translation>
    </message>
    <message>
        <source>Id and version</source>
        <translation>Identificador y versión</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Reemplaza</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>provisional: entered and merged; its annex only as a working draft</source>
        <translation>provisional: se registra y se combina; su anexo solo como borrador de trabajo</translation>
    </message>
    <message>
        <source>version {version}: records stay as they are; records of indicators it removes are kept, read-only, and not counted</source>
        <translation>versión {version}: los registros quedan como están; los de los indicadores que retira se conservan, de solo lectura, y no se cuentan</translation>
    </message>
    <message>
        <source>{file} will hold this plan: its years open for entry, each year entered, checked and exported under its own plan.</source>
        <translation>{file} contendrá este plan: sus años se abren para el registro, y cada año se registra, comprueba y exporta según su propio plan.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>A share: {numerator} ÷ {denominator}, the records of both below.</source>
        <translation>Una proporción: {numerator} ÷ {denominator}, los registros de ambos debajo.</translation>
    </message>
    <message>
        <source>{indicator}, {period}: {figure}. {counted} record(s) counted, {others} not counted.</source>
        <translation>{indicator}, {period}: {figure}. Registros contados: {counted}; no contados: {others}.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no comunicado</translation>
    </message>
    <message>
        <source>The records behind the figure</source>
        <translation>Los registros detrás de la cifra</translation>
    </message>
    <message>
        <source>the whole period</source>
        <translation>todo el período</translation>
    </message>
    <message>
        <source>Figure of</source>
        <translation>Cifra de</translation>
    </message>
    <message>
        <source>The records behind {indicator}</source>
        <translation>Los registros detrás de {indicator}</translation>
    </message>
</context>
</TS>
