<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Сохранить диаграмму как PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Сохранить диаграмму как SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {fields}</source>
        <translation>Изменить: {fields}</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Delete {count} record(s)</source>
        <translation>Удалить записи ({count})</translation>
    </message>
    <message>
        <source>Add {count} record(s)</source>
        <translation>Добавить записи ({count})</translation>
    </message>
    <message>
        <source>Keep {count} incomplete row(s)</source>
        <translation>Сохранить незавершённые строки ({count})</translation>
    </message>
    <message>
        <source>typing in {row} · {fields}</source>
        <translation>ввод в {row} · {fields}</translation>
    </message>
    <message>
        <source>Edit {row} · {fields}</source>
        <translation>Изменить {row} · {fields}</translation>
    </message>
    <message>
        <source>Add record {row}</source>
        <translation>Добавить запись {row}</translation>
    </message>
    <message>
        <source>Delete {count} incomplete row(s)</source>
        <translation>Удалить незавершённые строки: {count}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Conflicts in {file}</source>
        <translation>Конфликты в {file}</translation>
    </message>
    <message>
        <source>These records were changed in two copies of an office file. Compare the versions and keep one; the other is set aside.</source>
        <translation>Эти записи были изменены в двух копиях файла отделения. Сравните версии и оставьте одну; другая будет отложена.</translation>
    </message>
    <message>
        <source>{office} · {indicator} {year} · {place}</source>
        <translation>{office} · {indicator} {year} · {place}</translation>
    </message>
    <message>
        <source>Record {id}: {count} versions</source>
        <translation>Запись {id}: версий — {count}</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>штаб-квартира</translation>
    </message>
    <message>
        <source>Held now: version {version}
from {file}</source>
        <translation>Текущая: версия {version}
из {file}</translation>
    </message>
    <message>
        <source>Rival: version {version}
from {file}</source>
        <translation>Конкурирующая: версия {version}
из {file}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Нерешённых конфликтов нет.</translation>
    </message>
    <message>
        <source>Record {id} of {office}</source>
        <translation>Запись {id} отделения {office}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Когда изменено</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Оставить эту версию</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Не удаётся разрешить конфликт</translation>
    </message>
    <message>
        <source>Record {id}: kept version {version} from {file}.</source>
        <translation>Запись {id}: оставлена версия {version} из {file}.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place} — {office}</source>
        <translation>{indicator} {year} · {place} — {office}</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Запись {id}</translation>
    </message>
    <message>
        <source>Records with rival versions</source>
        <translation>Записи с конкурирующими версиями</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Версии рядом</translation>
    </message>
    <message>
        <source>One column per version; the fields that differ are highlighted. Keep one with the button under its column.</source>
        <translation>По столбцу на версию; различающиеся поля выделены. Оставьте одну кнопкой под её столбцом.</translation>
    </message>
</context>
<context>
    <name>EntryTemplate</name>
    <message>
        <source>Export entry &amp;template…</source>
        <translation>Экспорт &amp;шаблона для ввода…</translation>
    </message>
    <message>
        <source>Save the entry template as</source>
        <translation>Сохранить шаблон для ввода как</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Entry template written to {path} ({count} record(s) of {year} pre-filled)</source>
        <translation>Шаблон для ввода записан в {path} (заполнено записей за {year} год: {count})</translation>
    </message>
    <message>
        <source>Writing the entry template</source>
        <translation>Запись шаблона для ввода</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>The entry template was not written.

{reason}</source>
        <translation>Шаблон для ввода не записан.

{reason}</translation>
    </message>
</context>
<context>
    <name>EntryTemplateDialog</name>
    <message>
        <source>Export entry template</source>
        <translation>Экспорт шаблона для ввода</translation>
    </message>
    <message>
        <source>An Excel workbook for entering results offline: drop-down lists, instructions, and the records of the year already in this file. Fill it in, then import it with File → Import CSV/XLSX…</source>
        <translation>Книга Excel для ввода результатов без подключения к сети: раскрывающиеся списки, инструкции и уже имеющиеся в этом файле записи за год. Заполните её, затем импортируйте через Файл → Импорт CSV/XLSX…</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Отчётный год</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Язык книги</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annex</source>
        <translation>Экспорт приложения</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Документ PDF (.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Таблица CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>Данные JSON (.json)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Include draft and returned records</source>
        <translation>Включить черновики и возвращённые записи</translation>
    </message>
    <message>
        <source>Drafts are not official results: the document will say that it is a working view and its figures are not final.</source>
        <translation>Черновики — не официальные результаты: в документе будет сказано, что это рабочий вариант и его цифры не окончательны.</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Название пункта повестки дня</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Restore the report&apos;s text</source>
        <translation>Восстановить текст доклада</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation>Язык приложения</translation>
    </message>
    <message>
        <source>Reporting years</source>
        <translation>Отчётные годы</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Choose where to save the annex.</source>
        <translation>Выберите, куда сохранить приложение.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} — это папка: выберите имя файла.</translation>
    </message>
    <message>
        <source>Save the annex as</source>
        <translation>Сохранить приложение как</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Add a Figures section to the PDF</source>
        <translation>Добавить в PDF раздел с диаграммами</translation>
    </message>
    <message>
        <source>Each indicator&apos;s figures by year as a chart. The Excel workbook always has a Charts sheet.</source>
        <translation>Цифры каждого показателя по годам в виде диаграммы. В книге Excel всегда есть лист Charts.</translation>
    </message>
    <message>
        <source>Export a working draft anyway, marked “Working draft — not for publication” on every page and sheet</source>
        <translation>Всё равно экспортировать рабочий проект с пометкой «Рабочий проект — не для публикации» на каждой странице и листе</translation>
    </message>
    <message>
        <source>The check found blocking problems (listed above): fix them first, or export a working draft marked as not for publication.</source>
        <translation>Проверка нашла блокирующие проблемы (перечислены выше): сначала исправьте их или экспортируйте рабочий проект с пометкой «не для публикации».</translation>
    </message>
    <message>
        <source>The kind of file: PDF for the report; Excel, CSV or JSON for the figures.</source>
        <translation>Тип файла: PDF для доклада; Excel, CSV или JSON для цифр.</translation>
    </message>
    <message>
        <source>The language the annex is written in.</source>
        <translation>Язык, на котором составлено приложение.</translation>
    </message>
    <message>
        <source>The first and the last year of the period the annex covers.</source>
        <translation>Первый и последний год периода, охватываемого приложением.</translation>
    </message>
    <message>
        <source>Where the annex is written; Choose… picks a folder and a name.</source>
        <translation>Куда записывается приложение; «Выбрать…» задаёт папку и имя.</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Results framework</source>
        <translation>Рамочная система результатов</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>{name}
(not an official translation)</source>
        <translation>{name}
(неофициальный перевод)</translation>
    </message>
    <message>
        <source>{name}
Computed from {numerator} ÷ {denominator}; not entered.</source>
        <translation>{name}
Вычисляется как {numerator} ÷ {denominator}; не вводится.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>представлено</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>представлено частично</translation>
    </message>
    <message>
        <source>Indicators that a newer version of the plan no longer has: their records are kept, read-only, and not counted</source>
        <translation>Показатели, которых нет в более новой версии плана: их записи сохраняются, только для чтения, и не учитываются</translation>
    </message>
    <message>
        <source>Removed from the plan (read-only)</source>
        <translation>Удалены из плана (только чтение)</translation>
    </message>
</context>
<context>
    <name>HeadquartersRecordModel</name>
    <message>
        <source>Row {row}: record of office {office}, version {version}</source>
        <translation>Строка {row}: запись отделения {office}, версия {version}</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
        <translation>Из {file} ничего не импортировано: проблем — {count}. Исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file} yet: {count} duplicate(s) found. These rows repeat records already in the file or other rows of the file (same indicator, year, place, entity, breakdown and value), or the whole file was imported before: imported anyway, they would be counted twice.</source>
        <translation>Из {file} пока ничего не импортировано: найдено дубликатов — {count}. Эти строки повторяют записи, уже имеющиеся в файле, или другие строки файла (тот же показатель, год, место, объект, разбивка и значение), либо весь файл уже импортировался: если их всё же импортировать, они будут учтены дважды.</translation>
    </message>
    <message>
        <source>Import anyway, duplicates included</source>
        <translation>Всё равно импортировать, включая дубликаты</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot show the history</source>
        <translation>Не удаётся показать историю</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Выберите запись, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>Habitat Results</source>
        <translation>Habitat Results</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>No office file open</source>
        <translation>Файл отделения не открыт</translation>
    </message>
    <message>
        <source>headquarters file</source>
        <translation>файл штаб-квартиры</translation>
    </message>
    <message>
        <source>{office} — Habitat Results</source>
        <translation>{office} — Habitat Results</translation>
    </message>
    <message>
        <source>Cannot create the office file</source>
        <translation>Не удаётся создать файл отделения</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>Открыть файл отделения</translation>
    </message>
    <message>
        <source>Cannot write the demo data</source>
        <translation>Не удаётся записать демонстрационные данные</translation>
    </message>
    <message>
        <source>Export annex</source>
        <translation>Экспорт приложения</translation>
    </message>
    <message>
        <source>Exporting the annex is coming in a later version.</source>
        <translation>Экспорт приложения появится в одной из следующих версий.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>{reason}

Accept the key {file} is signed with as a key of office {office}? The merge log records it with the keys known before; the office may then sign with either. Confirm it with the office first.</source>
        <translation>{reason}

Принять ключ, которым подписан {file}, как ключ офиса {office}? Журнал объединений запишет его вместе с известными ранее ключами; затем офис сможет подписывать любым из них. Сначала подтвердите это с офисом.</translation>
    </message>
    <message>
        <source>A new key for {office}</source>
        <translation>Новый ключ для {office}</translation>
    </message>
    <message>
        <source>(new key accepted)</source>
        <translation>(новый ключ принят)</translation>
    </message>
    <message>
        <source>(the office&apos;s key, recorded now)</source>
        <translation>(ключ офиса, записан сейчас)</translation>
    </message>
    <message>
        <source>signed by {key}</source>
        <translation>подписан ключом {key}</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>Merge office files</source>
        <translation>Объединение файлов отделений</translation>
    </message>
    <message>
        <source>The headquarters file: an existing one, or a new one, created by the first merge.</source>
        <translation>Файл штаб-квартиры: существующий или новый, создаваемый при первом объединении.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Office files to merge. You can also drop files here.</source>
        <translation>Файлы отделений для объединения. Файлы можно также перетащить сюда.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Headquarters file</source>
        <translation>Файл штаб-квартиры</translation>
    </message>
    <message>
        <source>Office files</source>
        <translation>Файлы отделений</translation>
    </message>
    <message>
        <source>Add the office files, then preview what the merge would do.</source>
        <translation>Добавьте файлы отделений, затем посмотрите, что сделает объединение.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Shows what the merge would do; writes nothing.</source>
        <translation>Показывает, что сделает объединение; ничего не записывает.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Open the headquarters file</source>
        <translation>Открыть файл штаб-квартиры</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Устаревшие</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Choose the headquarters file.</source>
        <translation>Выберите файл штаб-квартиры.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} — это папка: выберите имя файла.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>Объединение {file}…</translation>
    </message>
    <message>
        <source>Previewing the merge</source>
        <translation>Предпросмотр объединения</translation>
    </message>
    <message>
        <source>Merging office files</source>
        <translation>Объединение файлов отделений</translation>
    </message>
    <message>
        <source>Nothing was merged.

{reason}</source>
        <translation>Ничего не объединено.

{reason}</translation>
    </message>
    <message>
        <source>Cancelled: the files merged before the cancel are kept; the one being merged was not.</source>
        <translation>Отменено: файлы, объединённые до отмены, сохранены; файл, который объединялся в тот момент, — нет.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Предпросмотр отменён.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Отклонено: {reason}</translation>
    </message>
    <message>
        <source>Already merged: nothing to do</source>
        <translation>Уже объединено: делать нечего</translation>
    </message>
    <message>
        <source>Would be merged</source>
        <translation>Будет объединено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>{files} file(s): {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflict(s), {refused} refused.</source>
        <translation>Файлов: {files}; добавлено: {added}, обновлено: {updated}, удалено: {deleted}, без изменений: {unchanged}, конфликтов: {conflicts}, отклонено: {refused}.</translation>
    </message>
    <message>
        <source>Preview, nothing written to {file}: {counts}</source>
        <translation>Предпросмотр, в {file} ничего не записано: {counts}</translation>
    </message>
    <message>
        <source>Merged into {file}: {counts}</source>
        <translation>Объединено в {file}: {counts}</translation>
    </message>
    <message>
        <source>Refused files were not merged (the reason is in the last column); the others were not affected by them.</source>
        <translation>Отклонённые файлы не объединены (причина — в последнем столбце); на остальные это не повлияло.</translation>
    </message>
    <message>
        <source>Add office files</source>
        <translation>Добавить файлы отделений</translation>
    </message>
    <message>
        <source>Merge done</source>
        <translation>Объединение завершено</translation>
    </message>
    <message>
        <source>Open the headquarters file {file} in the window, to review the records and resolve conflicts?</source>
        <translation>Открыть файл штаб-квартиры {file} в окне, чтобы просмотреть записи и разрешить конфликты?</translation>
    </message>
    <message>
        <source>({count} conflict(s) to resolve: Review → Conflicts)</source>
        <translation>(конфликтов для разрешения: {count}; Проверка → Конфликты)</translation>
    </message>
    <message>
        <source>Another file for {office}</source>
        <translation>Другой файл для {office}</translation>
    </message>
    <message>
        <source>{reason}

Accept {file} as the new file of office {office}? The merge log records it; the earlier file of {office} will then be refused.</source>
        <translation>{reason}

Принять {file} как новый файл отделения {office}? Это будет отмечено в журнале объединений; прежний файл {office} после этого будет отклоняться.</translation>
    </message>
    <message>
        <source>What the merge did, file by file</source>
        <translation>Что сделало объединение, по файлам</translation>
    </message>
    <message>
        <source>One row per office file: its records added, updated, deleted, unchanged, outdated and in conflict, and the result.</source>
        <translation>По строке на файл отделения: добавленные, обновлённые, удалённые, неизменённые, устаревшие и конфликтующие записи и итог.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Cut at {limit} characters, the most this text may hold</source>
        <translation>Обрезано до {limit} символов — больше этот текст вместить не может</translation>
    </message>
</context>
<context>
    <name>NarrativePanel</name>
    <message>
        <source>What changed under this outcome in the year, in a few sentences. Saved as you type.</source>
        <translation>Что изменилось по этому результату за год, в нескольких предложениях. Сохраняется по мере ввода.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Office profile</source>
        <translation>Профиль отделения</translation>
    </message>
    <message>
        <source>e.g. KEN or ROAF</source>
        <translation>например, KEN или ROAF</translation>
    </message>
    <message>
        <source>e.g. UN-Habitat Kenya Country Office</source>
        <translation>например, UN-Habitat Kenya Country Office</translation>
    </message>
    <message>
        <source>e.g. Africa</source>
        <translation>например, Africa</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код отделения</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Название отделения</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Type the country&apos;s name or its code; the list narrows as you type.</source>
        <translation>Введите название страны или её код; список сужается по мере ввода.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Explain this figure…</source>
        <translation>Пояснить эту цифру…</translation>
    </message>
    <message>
        <source>The overview is computed when a file is open.</source>
        <translation>Обзор рассчитывается, когда открыт файл.</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Расчёт обзора…</translation>
    </message>
    <message>
        <source>The overview could not be computed: {message}</source>
        <translation>Не удалось рассчитать обзор: {message}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>представлено</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>представлено частично</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>только черновик в отделении</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>не получено</translation>
    </message>
    <message>
        <source>Overview of {office}, {year}</source>
        <translation>Обзор: {office}, {year}</translation>
    </message>
    <message>
        <source>Working figures: drafts are included, as entered. Click a bar or an outcome to open its records.</source>
        <translation>Рабочие цифры: черновики включены в том виде, как введены. Щёлкните столбец или результат, чтобы открыть его записи.</translation>
    </message>
    <message>
        <source>{entered} entered · {empty} of {indicators} indicators without data</source>
        <translation>Введено: {entered} · без данных {empty} из {indicators} показателей</translation>
    </message>
    <message>
        <source>{submitted} submitted, {draft} draft, {returned} returned; without data: {codes}</source>
        <translation>Представлено: {submitted}, черновиков: {draft}, возвращено: {returned}; без данных: {codes}</translation>
    </message>
    <message>
        <source>Records in {year} by outcome</source>
        <translation>Записи за {year} год по результатам</translation>
    </message>
    <message>
        <source>Changes since the last submission</source>
        <translation>Изменения после последнего представления</translation>
    </message>
    <message>
        <source>{year} has not been submitted yet.</source>
        <translation>{year} год ещё не представлен.</translation>
    </message>
    <message>
        <source>{year} was last submitted on {date} (UTC).</source>
        <translation>{year} год последний раз представлен {date} (UTC).</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>С тех пор ничего не изменилось.</translation>
    </message>
    <message>
        <source>Records changed since, by indicator:</source>
        <translation>Записи, изменённые с тех пор, по показателям:</translation>
    </message>
    <message>
        <source>{code}: {added} added, {changed} changed, {deleted} deleted</source>
        <translation>{code}: добавлено {added}, изменено {changed}, удалено {deleted}</translation>
    </message>
    <message>
        <source>{period}: {figure}</source>
        <translation>{period}: {figure}</translation>
    </message>
    <message>
        <source>target {value} by {year}</source>
        <translation>целевое значение {value} к {year} году</translation>
    </message>
    <message>
        <source>{percent} % of the way to {value} by {year}</source>
        <translation>{percent} % пути к {value} к {year} году</translation>
    </message>
    <message>
        <source>Overview of the headquarters file: {offices} offices, {period}</source>
        <translation>Обзор файла штаб-квартиры: отделений — {offices}, {period}</translation>
    </message>
    <message>
        <source>The figures the annex would show: submitted and validated records. Click a bar, a cell or a problem to open its records.</source>
        <translation>Цифры, которые покажет приложение: представленные и утверждённые записи. Щёлкните столбец, ячейку или проблему, чтобы открыть их записи.</translation>
    </message>
    <message>
        <source>({held} records held, {returned} returned)</source>
        <translation>(записей в файле: {held}, возвращено: {returned})</translation>
    </message>
    <message>
        <source>Reports received, by office and year</source>
        <translation>Полученные отчёты по отделениям и годам</translation>
    </message>
    <message>
        <source>Domain of change</source>
        <translation>Область изменений</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>Цифры по</translation>
    </message>
    <message>
        <source>year</source>
        <translation>годам</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регионам</translation>
    </message>
    <message>
        <source>office</source>
        <translation>отделениям</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Merged total {period}: {figure}</source>
        <translation>Объединённый итог за {period}: {figure}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>The report gives {figure}</source>
        <translation>В докладе: {figure}</translation>
    </message>
    <message>
        <source>The report gives no figure</source>
        <translation>В докладе цифры нет</translation>
    </message>
    <message>
        <source>Merged {figure} · report {report}</source>
        <translation>Объединено {figure} · в докладе {report}</translation>
    </message>
    <message>
        <source>Standing between the data and the annex</source>
        <translation>Что мешает данным попасть в приложение</translation>
    </message>
    <message>
        <source>{conflicts} records with rival versions · {returned} records returned to their office · {blocking} other blocking problems</source>
        <translation>Записей с конкурирующими версиями: {conflicts} · возвращено отделениям: {returned} · других блокирующих проблем: {blocking}</translation>
    </message>
    <message>
        <source>… and {count} more (the command habitat-results check lists them all)</source>
        <translation>… и ещё {count} (команда habitat-results check перечисляет все)</translation>
    </message>
    <message>
        <source>country {key}</source>
        <translation>страна {key}</translation>
    </message>
    <message>
        <source>office {key}</source>
        <translation>отделение {key}</translation>
    </message>
    <message>
        <source>region {key}</source>
        <translation>регион {key}</translation>
    </message>
    <message>
        <source>period {key}</source>
        <translation>период {key}</translation>
    </message>
    <message>
        <source>{where}: {versions} versions of one record, none chosen</source>
        <translation>{where}: версий одной записи — {versions}, ни одна не выбрана</translation>
    </message>
    <message>
        <source>{indicator} is above {at_most} ({where})</source>
        <translation>{indicator} больше {at_most} ({where})</translation>
    </message>
    <message>
        <source>{indicator} is {percent} %, above 100 % ({where})</source>
        <translation>{indicator} составляет {percent} %, больше 100 % ({where})</translation>
    </message>
    <message>
        <source>{where}: {value} is above the ceiling of {ceiling} for one record</source>
        <translation>{where}: {value} больше предела {ceiling} для одной записи</translation>
    </message>
    <message>
        <source>grey: {code} of {plan}, which it continues</source>
        <translation>серым: {code} из {plan}, который он продолжает</translation>
    </message>
    <message>
        <source>{code} {year} ({plan}): {value}</source>
        <translation>{code} {year} ({plan}): {value}</translation>
    </message>
    <message>
        <source>The domain of change whose indicators the table shows.</source>
        <translation>Область изменений, показатели которой приводятся в таблице.</translation>
    </message>
    <message>
        <source>Shows each indicator&apos;s merged figures by year, by region or by office.</source>
        <translation>Показывает объединённые цифры каждого показателя по годам, регионам или отделениям.</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>the row is hidden and holds values; a plan workbook shows all it holds: unhide the row or delete it</source>
        <translation>строка скрыта и содержит значения; книга плана показывает всё, что содержит: отобразите строку или удалите её</translation>
    </message>
    <message>
        <source>the column is hidden and holds values; a plan workbook shows all it holds: unhide the column or delete it</source>
        <translation>столбец скрыт и содержит значения; книга плана показывает всё, что содержит: отобразите столбец или удалите его</translation>
    </message>
    <message>
        <source>{path} is a results file or a workbook; a plan file is never written over it: choose another name, such as plan.json</source>
        <translation>{path} — файл результатов или книга; файл плана никогда не записывается поверх него: выберите другое имя, например plan.json</translation>
    </message>
    <message>
        <source>{path}: a plan of format {format}, which this version of Habitat Results does not read (it reads formats {known}); please update the app</source>
        <translation>{path}: план в формате {format}, который эта версия Habitat Results не читает (она читает форматы {known}); обновите приложение</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, too large for a plan file (at most {limit})</source>
        <translation>{path}: {size} байт — слишком большой для файла плана (не более {limit})</translation>
    </message>
    <message>
        <source>{path}: not a valid plan: {problems}{more_text}</source>
        <translation>{path}: недопустимый план: {problems}{more_text}</translation>
    </message>
    <message>
        <source>required; the cell is empty</source>
        <translation>обязательно; ячейка пуста</translation>
    </message>
    <message>
        <source>required when {other} is given</source>
        <translation>обязательно, если указано {other}</translation>
    </message>
    <message>
        <source>required: the English text, since {column} is given</source>
        <translation>обязательно: текст на английском, поскольку указано {column}</translation>
    </message>
    <message>
        <source>{text} is not text</source>
        <translation>{text} — не текст</translation>
    </message>
    <message>
        <source>{text} is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 into 1; format the cell as Text and type it again</source>
        <translation>{text} — число, а в этом столбце текст: Excel превращает 1.10 в 1.1, а 1.0 в 1; задайте ячейке текстовый формат и введите значение снова</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«{text}» — не число</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«{text}» — не целое число</translation>
    </message>
    <message>
        <source>{text} is not above 0</source>
        <translation>{text} не больше 0</translation>
    </message>
    <message>
        <source>{text} is below 0</source>
        <translation>{text} меньше 0</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>«{text}» — не одно из значений: {allowed}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>слишком длинно ({count} символов); не более {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char}, which is not text; retype it</source>
        <translation>содержит управляющий символ {char}, который не является текстом; введите заново</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most {limit}</source>
        <translation>«{text}» — не код: буквы, цифры, «.», «-» и «_», начиная с буквы или цифры, не более {limit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language of the plan: {allowed}</source>
        <translation>«{text}» — не язык плана: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the plan; the keys are: {keys}</source>
        <translation>«{text}» — не ключ плана; ключи: {keys}</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; is missing: add a row with it</source>
        <translation>нет ключа «{text}»: добавьте строку с ним</translation>
    </message>
    <message>
        <source>the sheet {part} reaches beyond {max_rows} rows or {max_columns} columns, more than a plan holds</source>
        <translation>лист {part} выходит за {max_rows} строк или {max_columns} столбцов — больше, чем бывает в плане</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>ключ «{text}» встречается дважды (также в {other})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a column of this sheet; the columns are: {columns}</source>
        <translation>«{text}» — не столбец этого листа; столбцы: {columns}</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>столбец «{text}» встречается дважды (также в {other})</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; is missing; add it to the first row</source>
        <translation>нет столбца «{text}»; добавьте его в первую строку</translation>
    </message>
    <message>
        <source>a value in a column without a name in the first row: name the column or clear the cell</source>
        <translation>значение в столбце без имени в первой строке: назовите столбец или очистите ячейку</translation>
    </message>
    <message>
        <source>{sheet} must be a list of entries</source>
        <translation>{sheet} должен быть списком записей</translation>
    </message>
    <message>
        <source>the sheet {sheet} holds no entries</source>
        <translation>на листе {sheet} нет ни одной записи</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing; a plan workbook has the sheets {sheets}</source>
        <translation>нет листа «{sheet}»; в книге плана есть листы {sheets}</translation>
    </message>
    <message>
        <source>the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or delete it</source>
        <translation>лист скрыт; книга плана показывает всё, что содержит: отобразите лист или удалите его</translation>
    </message>
    <message>
        <source>a formula ({formula}); a plan workbook holds values only: type the value itself</source>
        <translation>формула ({formula}); книга плана содержит только значения: введите само значение</translation>
    </message>
    <message>
        <source>an error value ({text}) instead of a value</source>
        <translation>значение ошибки ({text}) вместо значения</translation>
    </message>
    <message>
        <source>a date ({text}); type the value as text or a number</source>
        <translation>дата ({text}); введите значение как текст или число</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year from 1900 to 2100</source>
        <translation>«{text}» — не год от 1900 до 2100</translation>
    </message>
    <message>
        <source>the last year {last} comes before the first year {first}</source>
        <translation>последний год {last} раньше первого года {first}</translation>
    </message>
    <message>
        <source>the years {first}–{last} overlap the plan {other} ({other_first}–{other_last}) built into the app; a results file follows one plan a year</source>
        <translation>годы {first}–{last} пересекаются с планом {other} ({other_first}–{other_last}), встроенным в приложение; файл результатов следует одному плану на год</translation>
    </message>
    <message>
        <source>{id} {version} is the plan built into the app, and this one counts otherwise: give it a new version</source>
        <translation>{id} {version} — план, встроенный в приложение, а этот считает иначе: присвойте ему новую версию</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; must be a number above 1</source>
        <translation>«{text}» должно быть числом больше 1</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level: 1 at the top, at most {most}</source>
        <translation>«{text}» — не уровень: 1 наверху, не более {most}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key: small letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>«{text}» — не ключ: строчные буквы, цифры и «_», начиная с буквы</translation>
    </message>
    <message>
        <source>level {number} has no level {missing} above it</source>
        <translation>у уровня {number} нет уровня {missing} над ним</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the sheet levels</source>
        <translation>«{text}» — не ключ листа levels</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; appears twice (also at {other})</source>
        <translation>«{text}» встречается дважды (также в {other})</translation>
    </message>
    <message>
        <source>{code} sits under itself: {path}</source>
        <translation>{code} находится под самим собой: {path}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code of the sheet structure</source>
        <translation>«{text}» — не код листа structure</translation>
    </message>
    <message>
        <source>required: a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>обязательно: группа уровня {number} ({level}) находится под группой уровня {above}</translation>
    </message>
    <message>
        <source>a group of level 1 ({level}) sits at the top: leave its parent empty</source>
        <translation>группа уровня 1 ({level}) находится наверху: оставьте родителя пустым</translation>
    </message>
    <message>
        <source>&apos;{parent}&apos; is a group of level {found} ({parent_level}); a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>«{parent}» — группа уровня {found} ({parent_level}); группа уровня {number} ({level}) находится под группой уровня {above}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds groups ({groups}); indicators sit under a group that holds no groups</source>
        <translation>«{text}» содержит группы ({groups}); показатели находятся под группой без вложенных групп</translation>
    </message>
    <message>
        <source>unit &apos;{text}&apos; is not in units</source>
        <translation>единицы «{text}» нет в units</translation>
    </message>
    <message>
        <source>required for a distinct indicator: what it counts once ({allowed})</source>
        <translation>обязательно для показателя distinct: что он считает один раз ({allowed})</translation>
    </message>
    <message>
        <source>only for a {rule} indicator: leave it empty</source>
        <translation>только для показателя {rule}: оставьте пустым</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan</source>
        <translation>«{text}» — не показатель этого плана</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is itself derived; a share is derived from two indicators that offices enter</source>
        <translation>«{text}» сам является производным; доля вычисляется из двух показателей, которые вводят отделения</translation>
    </message>
    <message>
        <source>the numerator and the denominator are both {text}</source>
        <translation>и числитель, и знаменатель — {text}</translation>
    </message>
    <message>
        <source>{text} is above 100; a derived indicator is a share in per cent</source>
        <translation>{text} больше 100; производный показатель — доля в процентах</translation>
    </message>
    <message>
        <source>the target year {target} must come after the baseline year {baseline}</source>
        <translation>целевой год {target} должен быть позже базового года {baseline}</translation>
    </message>
    <message>
        <source>the target equals the baseline ({value}): progress cannot be shown</source>
        <translation>цель равна базовому значению ({value}): прогресс показать нельзя</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan that offices enter</source>
        <translation>«{text}» — не показатель этого плана, который вводят отделения</translation>
    </message>
    <message>
        <source>a rule compares two different indicators; both are {text}</source>
        <translation>правило сравнивает два разных показателя; здесь оба — {text}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is this plan; a crosswalk names an earlier plan</source>
        <translation>«{text}» — это сам план; таблица соответствия называет более ранний план</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of {plan} {version}</source>
        <translation>«{text}» — не показатель {plan} {version}</translation>
    </message>
    <message>
        <source>{plan} ({first}–{last}) does not end before this plan&apos;s first year {own_first}; a crosswalk continues an earlier plan</source>
        <translation>{plan} ({first}–{last}) не заканчивается до первого года этого плана, {own_first}; таблица соответствия продолжает более ранний план</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>required: an indicator code of {framework}, such as 1.1.a</source>
        <translation>обязательно: код показателя из {framework}, например 1.1.a</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an indicator of {framework} {version}</source>
        <translation>«{code}» — не показатель из {framework} {version}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator} and cannot be entered</source>
        <translation>{code} вычисляется как {numerator} ÷ {denominator} и не может вводиться</translation>
    </message>
    <message>
        <source>required: a year from {first} to {last}</source>
        <translation>обязательно: год с {first} по {last}</translation>
    </message>
    <message>
        <source>{year} lies outside the plan period {first}–{last}</source>
        <translation>{year} — вне периода плана {first}–{last}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>слишком длинно (символов: {count}); не больше {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char} at character {position}, which is not text; retype it</source>
        <translation>содержит управляющий символ {char} в позиции {position}, это не текст; наберите его заново</translation>
    </message>
    <message>
        <source>a line break at character {position}; this field is one line of text</source>
        <translation>перевод строки в позиции {position}; это поле — одна строка текста</translation>
    </message>
    <message>
        <source>a tab at character {position}; this field is one line of text</source>
        <translation>табуляция в позиции {position}; это поле — одна строка текста</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; the point may separate thousands (1.200 = 1200 in many languages) or decimals (1.2): write the number without separators</source>
        <translation>«{text}» — не целое число ({unit}); точка может отделять тысячи (1.200 = 1200 во многих языках) или десятичные знаки (1.2): напишите число без разделителей</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; a count is a whole number, without decimals</source>
        <translation>«{text}» — не целое число ({unit}); количество — целое число, без десятичных знаков</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)</source>
        <translation>«{text}» — не код страны ISO 3166-1 alpha-3 (например, KEN, BRA)</translation>
    </message>
    <message>
        <source>required when a city is given: the ISO 3166-1 alpha-3 code of the city&apos;s country</source>
        <translation>обязательно, если указан город: код ISO 3166-1 alpha-3 страны этого города</translation>
    </message>
    <message>
        <source>leave empty (or 1) for {code}: each record counts one {entity}</source>
        <translation>оставьте пустым (или 1) для {code}: каждая запись учитывает один объект ({entity})</translation>
    </message>
    <message>
        <source>required for {code}, which counts cities (with the city&apos;s country)</source>
        <translation>обязательно для {code}, который считает города (со страной города)</translation>
    </message>
    <message>
        <source>required for {code}: the ISO 3166-1 alpha-3 code</source>
        <translation>обязательно для {code}: код ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>required for {code}: the name of the {unit} counted</source>
        <translation>обязательно для {code}: название учитываемого объекта ({unit})</translation>
    </message>
    <message>
        <source>required for {code}: a whole number of {unit}</source>
        <translation>обязательно для {code}: целое число ({unit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}</source>
        <translation>«{text}» — не целое число ({unit})</translation>
    </message>
    <message>
        <source>{value} is negative; counts are whole numbers of 0 or more</source>
        <translation>{value} — отрицательное число; количества — целые числа от 0 и больше</translation>
    </message>
    <message>
        <source>{value} is implausibly large (more than {limit})</source>
        <translation>{value} — неправдоподобно большое значение (больше {limit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: none, at least, more than, about</source>
        <translation>«{text}» — не одно из: none, at least, more than, about</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>«{text}» — не одно из: {allowed}</translation>
    </message>
    <message>
        <source>{code} is not broken down by {field}; leave it empty</source>
        <translation>{code} не разбивается по признаку «{field}»; оставьте пустым</translation>
    </message>
    <message>
        <source>required: the office&apos;s name</source>
        <translation>обязательно: название отделения</translation>
    </message>
    <message>
        <source>the office code must be 1–20 letters, digits or hyphens</source>
        <translation>код отделения должен состоять из 1–20 букв, цифр или дефисов</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>named item</source>
        <translation>именованный объект</translation>
    </message>
    <message>
        <source>country or city</source>
        <translation>страна или город</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country: type its name, its ISO 3166-1 alpha-3 code (e.g. KEN) or the first letters of its name</source>
        <translation>«{text}» — не страна: введите её название, код ISO 3166-1 alpha-3 (например, KEN) или первые буквы названия</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {names}: type more letters or the code</source>
        <translation>«{text}» может означать {names}: введите больше букв или код</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome of {framework}</source>
        <translation>«{outcome}» — не результат из {framework}</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>не текст</translation>
    </message>
    <message>
        <source>not a field that can be edited</source>
        <translation>это поле нельзя изменить</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>«{text}» — не код страны ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>a duplicate of {record}, already in the file</source>
        <translation>дубликат записи {record}, уже имеющейся в файле</translation>
    </message>
    <message>
        <source>a duplicate of {row} ({described})</source>
        <translation>дубликат {row} ({described})</translation>
    </message>
    <message>
        <source>a breakdown row says &apos;of which&apos;, but {place} has no total: add the total as a row without sex, age and disability</source>
        <translation>строка разбивки означает «в том числе», но у {place} нет итога: добавьте итог строкой без пола, возраста и инвалидности</translation>
    </message>
    <message>
        <source>the parts by {dimension} of {place} ({listed}) add up to {added}, more than their total {total} ({named}); breakdown rows say &apos;of which&apos; and may not exceed the total</source>
        <translation>части по признаку «{dimension}» для {place} ({listed}) в сумме дают {added}, больше их итога {total} ({named}); строки разбивки означают «в том числе» и не могут превышать итог</translation>
    </message>
    <message>
        <source>office</source>
        <translation>отделения</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>штаб-квартиры</translation>
    </message>
    <message>
        <source>record {row}, {problem}</source>
        <translation>запись {row}, {problem}</translation>
    </message>
    <message>
        <source>required when returning records: say what the office should change</source>
        <translation>обязательно при возврате записей: укажите, что отделение должно изменить</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of this file ({periods})</source>
        <translation>{year} — вне планов этого файла ({periods})</translation>
    </message>
    <message>
        <source>{code} was removed from the plan {plan} by its version {version}; its records are kept, read-only, and not counted</source>
        <translation>{code} исключён из плана {plan} его версией {version}; записи сохранены только для чтения и не учитываются</translation>
    </message>
    <message>
        <source>the total of {place} has {count} breakdown part(s) that say &apos;of which&apos; ({listed}): delete or move the parts first, or keep a total for them</source>
        <translation>у итога {place} есть {count} частей разбивки со значением «в том числе» ({listed}): сначала удалите или перенесите эти части либо сохраните для них итог</translation>
    </message>
    <message>
        <source>a copy of {record}: change what differs (another city, another year…) to store it</source>
        <translation>копия записи {record}: измените то, что отличается (другой город, другой год…), чтобы сохранить её</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
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
        <translation>{path}: неподдерживаемый тип файла «{suffix}»; используйте .csv или .xlsx</translation>
    </message>
    <message>
        <source>the file is {size}; at most {limit} can be imported at once: split it into smaller files</source>
        <translation>размер файла {size}; за один раз можно импортировать не больше {limit}: разбейте его на файлы поменьше</translation>
    </message>
    <message>
        <source>longer than {limit} characters; is this a table exported as CSV?</source>
        <translation>длиннее {limit} символов; это таблица, экспортированная в CSV?</translation>
    </message>
    <message>
        <source>more than {limit} rows; import at most {limit} at a time (split the file)</source>
        <translation>больше {limit} строк; импортируйте не больше {limit} за раз (разбейте файл)</translation>
    </message>
    <message>
        <source>a cell of {length} characters; at most {limit}</source>
        <translation>ячейка из {length} символов; не больше {limit}</translation>
    </message>
    <message>
        <source>not UTF-8 text: {places}. In Excel, save it with File &gt; Save As &gt; &apos;CSV UTF-8 (Comma delimited)&apos;</source>
        <translation>не текст в UTF-8: {places}. В Excel сохраните его через Файл &gt; Сохранить как &gt; «CSV UTF-8 (разделитель — запятая)»</translation>
    </message>
    <message>
        <source>not a readable CSV file ({detail})</source>
        <translation>нечитаемый файл CSV ({detail})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet (not an Excel workbook: {detail})</source>
        <translation>не читается как электронная таблица (не книга Excel: {detail})</translation>
    </message>
    <message>
        <source>the workbook holds {count} parts; at most {limit}</source>
        <translation>в книге частей: {count}; не больше {limit}</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} ({part}: {part_size}); at most {limit}</source>
        <translation>в распакованном виде книга занимает {size} ({part}: {part_size}); не больше {limit}</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>в книге нет листов</translation>
    </message>
    <message>
        <source>damaged workbook: its first sheet ({part}) is missing</source>
        <translation>повреждённая книга: нет первого листа ({part})</translation>
    </message>
    <message>
        <source>damaged workbook: {part} is not readable XML ({detail})</source>
        <translation>повреждённая книга: {part} — нечитаемый XML ({detail})</translation>
    </message>
    <message>
        <source>damaged workbook: {part} cannot be unpacked ({detail})</source>
        <translation>повреждённая книга: {part} не распаковывается ({detail})</translation>
    </message>
    <message>
        <source>the workbook contains a document type declaration, which Excel never writes</source>
        <translation>книга содержит объявление типа документа, которого Excel никогда не пишет</translation>
    </message>
    <message>
        <source>cell{label} holds more than {limit} characters, the most a cell may hold</source>
        <translation>ячейка{label} содержит больше {limit} символов — это предел для ячейки</translation>
    </message>
    <message>
        <source>a text shared by cells holds more than {limit} characters, the most a cell may hold</source>
        <translation>общий текст ячеек содержит больше {limit} символов — это предел для ячейки</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} texts</source>
        <translation>в книге больше {limit} текстов</translation>
    </message>
    <message>
        <source>cell {ref} lies beyond column {column}; at most {limit} columns are read</source>
        <translation>ячейка {ref} находится дальше столбца {column}; читается не больше {limit} столбцов</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit} rows; import at most {limit} at a time (split the sheet)</source>
        <translation>на первом листе больше {limit} строк; импортируйте не больше {limit} за раз (разбейте лист)</translation>
    </message>
    <message>
        <source>the first sheet declares the range {ref} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: copy the table alone into a new workbook</source>
        <translation>первый лист объявляет диапазон {ref} ({rows} строк × {columns} столбцов); читается не больше {max_rows} строк и {max_columns} столбцов: скопируйте только таблицу в новую книгу</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>не файл</translation>
    </message>
    <message>
        <source>{cells} cells, but the header has {header}</source>
        <translation>ячеек: {cells}, а в заголовке — {header}</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>файл пуст; ожидалась строка заголовков</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet ({detail})</source>
        <translation>не читается как электронная таблица ({detail})</translation>
    </message>
    <message>
        <source>unknown column; the columns are: {columns}</source>
        <translation>неизвестный столбец; столбцы: {columns}</translation>
    </message>
    <message>
        <source>unknown column (is the file separated by {separator}? then a column name is misspelt); the columns are: {columns}</source>
        <translation>неизвестный столбец (файл разделён символом «{separator}»? значит, в названии столбца опечатка); столбцы: {columns}</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>у столбца нет названия</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>столбец встречается дважды</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>нет обязательного столбца</translation>
    </message>
    <message>
        <source>this file was already imported on {when} UTC (as {name}, {records} records); importing it again would count its records twice</source>
        <translation>этот файл уже импортирован {when} UTC (как {name}, записей: {records}); повторный импорт учтёт его записи дважды</translation>
    </message>
    <message>
        <source>{source}: nothing imported; {problems} problem(s)</source>
        <translation>{source}: ничего не импортировано; проблем: {problems}</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty; expected a header row</source>
        <translation>лист {sheet} пуст; ожидалась строка заголовков</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is not in this file (a template made from another office file?); copy its values into an empty row to enter it as a new record</source>
        <translation>эта строка заполнена из записи {id}, которой нет в этом файле (шаблон сделан из другого файла отделения?); скопируйте её значения в пустую строку, чтобы ввести как новую запись</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is deleted from the file since the template was made; copy its values into an empty row to enter it as a new record</source>
        <translation>эта строка заполнена из записи {id}, удалённой из файла после создания шаблона; скопируйте её значения в пустую строку, чтобы ввести как новую запись</translation>
    </message>
    <message>
        <source>the row of record {id} was cleared; records already in the file are deleted in the app, not by import</source>
        <translation>строка записи {id} очищена; записи, уже имеющиеся в файле, удаляются в приложении, а не импортом</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file); records already in the file are changed in the app, not by import</source>
        <translation>отличается от записи {id}, уже имеющейся в файле («{here}» здесь, «{there}» в файле); записи, уже имеющиеся в файле, изменяются в приложении, а не импортом</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file) (the record was changed in the file after the template was made: version {version}, the template has {template_version}); records already in the file are changed in the app, not by import</source>
        <translation>отличается от записи {id}, уже имеющейся в файле («{here}» здесь, «{there}» в файле) (запись изменена в файле после создания шаблона: версия {version}, в шаблоне — {template_version}); записи, уже имеющиеся в файле, изменяются в приложении, а не импортом</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>language &apos;{lang}&apos; is not one of {known}</source>
        <translation>язык «{lang}» не входит в число {known}</translation>
    </message>
    <message>
        <source>the PDF font {font} was not found; reinstall Habitat Results (its fonts are in resources/fonts) or install {package}</source>
        <translation>шрифт PDF {font} не найден; переустановите Habitat Results (его шрифты находятся в resources/fonts) или установите {package}</translation>
    </message>
    <message>
        <source>the annex cannot be laid out on the page: {detail}</source>
        <translation>приложение невозможно разместить на странице: {detail}</translation>
    </message>
    <message>
        <source>{path}: not an office key file ({detail})</source>
        <translation>{path}: не файл ключа офиса ({detail})</translation>
    </message>
    <message>
        <source>{path}: the office key could not be written ({detail})</source>
        <translation>{path}: не удалось записать ключ офиса ({detail})</translation>
    </message>
    <message>
        <source>this profile holds no key for office {office} (keys folder {folder})</source>
        <translation>в этом профиле нет ключа офиса {office} (папка ключей {folder})</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name for the exported key</source>
        <translation>{path} уже существует; выберите другое имя для экспортируемого ключа</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) does not match what it signs: the file was changed after it was signed, or the signature is damaged</source>
        <translation>его подпись {row} (год {year}) не соответствует подписанному: файл изменён после подписания или подпись повреждена</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) was made for office {office}, file {file_id}, not for this file</source>
        <translation>его подпись {row} (год {year}) сделана для офиса {office}, файл {file_id}, а не для этого файла</translation>
    </message>
    <message>
        <source>it is not signed, but headquarters knows office {office} by its key ({keys}); an unsigned file from this office is refused. Ask the office to submit its year again with this version of the app</source>
        <translation>он не подписан, но штаб-квартира знает офис {office} по его ключу ({keys}); неподписанный файл этого офиса отклоняется. Попросите офис снова представить год в этой версии приложения</translation>
    </message>
    <message>
        <source>the record {id} ({year}) is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>запись {id} ({year}) не такая, какой была подписана: она изменена после представления {year}. Офис снова представляет {year}, чтобы подписать её</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>описание результата {outcome} {year} не такое, каким было подписано: оно изменено после представления {year}. Офис снова представляет {year}, чтобы подписать его</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters revoked for office {office}</source>
        <translation>он подписан ключом {key}, который штаб-квартира отозвала для офиса {office}</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters knows as office {other}&apos;s, not {office}&apos;s</source>
        <translation>он подписан ключом {key}, который штаб-квартира знает как ключ офиса {other}, а не {office}</translation>
    </message>
    <message>
        <source>it is signed with a key headquarters does not know for office {office} ({key}); headquarters knows the office by {known}. If the office has a new laptop or a new colleague, merge it again confirming the new key</source>
        <translation>он подписан ключом, которого штаб-квартира не знает для офиса {office} ({key}); штаб-квартира знает офис по {known}. Если у офиса новый ноутбук или новый сотрудник, объедините его снова, подтвердив новый ключ</translation>
    </message>
    <message>
        <source>{file} holds no office key whose fingerprint starts with {key}</source>
        <translation>в {file} нет ключа офиса, отпечаток которого начинается с {key}</translation>
    </message>
    <message>
        <source>more than one office key in {file} has a fingerprint starting with {key}: type more of it</source>
        <translation>в {file} несколько ключей офисов с отпечатком, начинающимся с {key}: введите больше символов</translation>
    </message>
    <message>
        <source>{path}: {year} has no records to submit</source>
        <translation>{path}: в {year} нет записей для отправки</translation>
    </message>
    <message>
        <source>{path}: {year} is already submitted; nothing to submit</source>
        <translation>{path}: {year} уже отправлен; отправлять нечего</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: отклонено: {reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>ссылка на несуществующий файл</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>is a folder, not a results file</source>
        <translation>это папка, а не файл результатов</translation>
    </message>
    <message>
        <source>not a regular file (a device or a pipe)</source>
        <translation>не обычный файл (устройство или канал)</translation>
    </message>
    <message>
        <source>it was being written when last closed ({journal} lies next to it); open it once in Habitat Results on that computer, then send it again</source>
        <translation>он записывался в момент последнего закрытия (рядом лежит {journal}); откройте его один раз в Habitat Results на том компьютере, затем отправьте снова</translation>
    </message>
    <message>
        <source>locked by another program that is writing to it; close it there (or wait) and try again</source>
        <translation>заблокирован другой программой, которая в него пишет; закройте его там (или подождите) и повторите попытку</translation>
    </message>
    <message>
        <source>cannot be read: permission denied, or locked by another program</source>
        <translation>не читается: нет доступа или файл заблокирован другой программой</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>не читается ({reason})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>файл пуст (0 байт)</translation>
    </message>
    <message>
        <source>truncated: the file ends after {size} bytes, inside the SQLite signature</source>
        <translation>усечён: файл обрывается после {size} байт, внутри сигнатуры SQLite</translation>
    </message>
    <message>
        <source>a text file, not a results file</source>
        <translation>текстовый файл, а не файл результатов</translation>
    </message>
    <message>
        <source>not readable: the file looks encrypted (whole pages of unreadable data with no SQLite signature); Habitat Results files are never encrypted</source>
        <translation>не читается: файл похож на зашифрованный (целые страницы нечитаемых данных без сигнатуры SQLite); файлы Habitat Results никогда не шифруются</translation>
    </message>
    <message>
        <source>not a results file: binary data that is not an SQLite database (damaged, or another kind of file)</source>
        <translation>не файл результатов: двоичные данные, не являющиеся базой SQLite (повреждена или это файл другого типа)</translation>
    </message>
    <message>
        <source>truncated: only {size} bytes, shorter than the {header}-byte SQLite header</source>
        <translation>усечён: всего {size} байт, меньше заголовка SQLite ({header} байт)</translation>
    </message>
    <message>
        <source>damaged header: page size {page_size} is impossible</source>
        <translation>повреждённый заголовок: размер страницы {page_size} невозможен</translation>
    </message>
    <message>
        <source>truncated: {size} bytes is not a whole number of {page_size}-byte pages</source>
        <translation>усечён: {size} байт — не целое число страниц по {page_size} байт</translation>
    </message>
    <message>
        <source>truncated: {size} bytes, but its header says {pages} pages of {page_size} bytes ({expected} bytes)</source>
        <translation>усечён: {size} байт, а в заголовке указано {pages} страниц по {page_size} байт ({expected} байт)</translation>
    </message>
    <message>
        <source>it contains a {kind} (&apos;{name}&apos;), which a results file never has; the file may have been tampered with</source>
        <translation>он содержит объект {kind} («{name}»), которого в файле результатов не бывает; файл, возможно, подделан</translation>
    </message>
    <message>
        <source>it contains a table &apos;{name}&apos; that a results file does not have</source>
        <translation>он содержит таблицу «{name}», которой нет в файле результатов</translation>
    </message>
    <message>
        <source>it contains an index &apos;{name}&apos; that a results file does not have</source>
        <translation>он содержит индекс «{name}», которого нет в файле результатов</translation>
    </message>
    <message>
        <source>incomplete: the table or index &apos;{name}&apos; of a results file is missing</source>
        <translation>неполный: нет таблицы или индекса «{name}» файла результатов</translation>
    </message>
    <message>
        <source>the layout of &apos;{name}&apos; differs from a results file&apos;s</source>
        <translation>структура «{name}» отличается от структуры файла результатов</translation>
    </message>
    <message>
        <source>SQLite cannot read it (encrypted, or damaged beyond the header)</source>
        <translation>SQLite не может его прочитать (зашифрован или повреждён за пределами заголовка)</translation>
    </message>
    <message>
        <source>damaged: SQLite reports &apos;{detail}&apos;</source>
        <translation>повреждён: SQLite сообщает «{detail}»</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>повреждён: {detail}</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos;</source>
        <translation>повреждён: проверка целостности SQLite сообщает «{detail}»</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos; and {more} more problem(s)</source>
        <translation>повреждён: проверка целостности SQLite сообщает «{detail}» и ещё проблем: {more}</translation>
    </message>
    <message>
        <source>an SQLite database of another application, not a Habitat Results file</source>
        <translation>база SQLite другого приложения, а не файл Habitat Results</translation>
    </message>
    <message>
        <source>made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>создан более новой версией Habitat Results (схема файла {version}, это приложение знает {known}); обновите приложение</translation>
    </message>
    <message>
        <source>its recorded schema steps ({steps}) do not match schema version {version}</source>
        <translation>записанные в нём шаги схемы ({steps}) не соответствуют версии схемы {version}</translation>
    </message>
    <message>
        <source>its identity is incomplete (no &apos;{key}&apos;)</source>
        <translation>его идентификация неполна (нет «{key}»)</translation>
    </message>
    <message>
        <source>is a {found} file, not an office file</source>
        <translation>это файл {found}, а не файл отделения</translation>
    </message>
    <message>
        <source>is a {found} file, not a headquarters file</source>
        <translation>это файл {found}, а не файл штаб-квартиры</translation>
    </message>
    <message>
        <source>is a folder, not a feedback file</source>
        <translation>это папка, а не файл отзыва</translation>
    </message>
    <message>
        <source>too large for a feedback file ({size} bytes)</source>
        <translation>слишком велик для файла отзыва ({size} байт)</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters (not readable JSON: {detail})</source>
        <translation>не файл отзыва штаб-квартиры (нечитаемый JSON: {detail})</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters</source>
        <translation>не файл отзыва штаб-квартиры</translation>
    </message>
    <message>
        <source>made by another version of Habitat Results (feedback format {found}, this app reads {known})</source>
        <translation>создан другой версией Habitat Results (формат отзыва {found}, это приложение читает {known})</translation>
    </message>
    <message>
        <source>incomplete: no office or no reviews</source>
        <translation>неполный: нет отделения или решений</translation>
    </message>
    <message>
        <source>review {n} is not a review</source>
        <translation>решение {n} — не решение</translation>
    </message>
    <message>
        <source>review {n}: its {name} {reason}</source>
        <translation>решение {n}: его поле {name} {reason}</translation>
    </message>
    <message>
        <source>review {n}: its {name}: {reason}</source>
        <translation>решение {n}: его поле {name}: {reason}</translation>
    </message>
    <message>
        <source>review {n} is about record {record} again (review {first}); a feedback file holds one decision per record</source>
        <translation>решение {n} снова касается записи {record} (решение {first}); в файле отзыва одно решение на запись</translation>
    </message>
    <message>
        <source>it is for office {office}, but {file} is {own}&apos;s file</source>
        <translation>он предназначен отделению {office}, а {file} — файл {own}</translation>
    </message>
    <message>
        <source>it uses the framework {framework} version {version}, which this headquarters file does not know (it holds {held})</source>
        <translation>он использует рамочную систему {framework} версии {version}, которую этот файл штаб-квартиры не знает (в нём {held})</translation>
    </message>
    <message>
        <source>it names {count} offices; an office file names exactly one</source>
        <translation>в нём названо отделений: {count}; в файле отделения ровно одно</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: its {fields} is not text</source>
        <translation>его отделение ({office}) недействительно: поле {fields} — не текст</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: {problems}</source>
        <translation>его отделение ({office}) недействительно: {problems}</translation>
    </message>
    <message>
        <source>the record id {id} appears {count} times; every record must have its own id</source>
        <translation>идентификатор записи {id} встречается {count} раз(а); у каждой записи должен быть свой идентификатор</translation>
    </message>
    <message>
        <source>records that are not valid: {problems}</source>
        <translation>недействительные записи: {problems}</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not valid: {problems}</source>
        <translation>описание результата {outcome} за {year} год недействительно: {problems}</translation>
    </message>
    <message>
        <source>the record {id} belongs to office {owner} at headquarters, but this file is from {office}</source>
        <translation>запись {id} в штаб-квартире принадлежит отделению {owner}, а этот файл — от {office}</translation>
    </message>
    <message>
        <source>office {office} is held at headquarters from another file (file id {held}, {name}, first merged {first}); this file has file id {file_id} (created {created}). If the office&apos;s laptop was reinstalled, merge it again confirming the new file</source>
        <translation>отделение {office} хранится в штаб-квартире из другого файла (идентификатор {held}, {name}, впервые объединён {first}); у этого файла идентификатор {file_id} (создан {created}). Если ноутбук отделения переустанавливали, объедините его снова, подтвердив новый файл</translation>
    </message>
    <message>
        <source>{path}: not a headquarters file</source>
        <translation>{path}: не файл штаб-квартиры</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a headquarters file ({detail})</source>
        <translation>{path}: не читается как файл штаб-квартиры ({detail})</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: база SQLite другого приложения, а не файл штаб-квартиры; сначала укажите файл штаб-квартиры (он создаётся при первом объединении)</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>{path}: создан более новой версией Habitat Results (схема файла {version}, это приложение знает {known}); обновите приложение</translation>
    </message>
    <message>
        <source>{path}: an office file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: файл отделения, а не штаб-квартиры; сначала укажите файл штаб-квартиры (он создаётся при первом объединении)</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: не файл Habitat Results и не файл штаб-квартиры; сначала укажите файл штаб-квартиры (он создаётся при первом объединении)</translation>
    </message>
    <message>
        <source>headquarters holds provenance but no record for {id}; run &apos;validate&apos;</source>
        <translation>в штаб-квартире есть сведения о происхождении, но нет записи {id}; запустите «validate»</translation>
    </message>
    <message>
        <source>no record {id} in {file}</source>
        <translation>в {file} нет записи {id}</translation>
    </message>
    <message>
        <source>record {id} has no open conflict</source>
        <translation>у записи {id} нет нерешённого конфликта</translation>
    </message>
    <message>
        <source>{choice} is not among the rival versions of record {id} now: a merge since the list was shown may have replaced it; look at the conflict again (now: {shown})</source>
        <translation>{choice} больше не входит в конкурирующие версии записи {id}: объединение после показа списка могло её заменить; посмотрите конфликт снова (сейчас: {shown})</translation>
    </message>
    <message>
        <source>{choice} is not a version of record {id}; choose one of: {shown}</source>
        <translation>{choice} — не версия записи {id}; выберите одну из: {shown}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: файл не найден</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a results file</source>
        <translation>{path}: это папка, а не файл результатов</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}: не читается ({detail})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: файл пуст</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (not an SQLite database)</source>
        <translation>{path}: не файл Habitat Results (не база SQLite)</translation>
    </message>
    <message>
        <source>{path}: cannot be locked ({detail})</source>
        <translation>{path}: не удаётся заблокировать ({detail})</translation>
    </message>
    <message>
        <source>{path}: damaged results file (no {missing} recorded)</source>
        <translation>{path}: повреждённый файл результатов (не записано: {missing})</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <source>{path}: already exists; choose another name or open it</source>
        <translation>{path}: уже существует; выберите другое имя или откройте его</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: папка не найдена</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a results file ({detail})</source>
        <translation>{path}: не открывается как файл результатов ({detail})</translation>
    </message>
    <message>
        <source>{path}: opened for reading only</source>
        <translation>{path}: открыт только для чтения</translation>
    </message>
    <message>
        <source>{path}: a headquarters file holds {count} offices</source>
        <translation>{path}: в файле штаб-квартиры отделений: {count}</translation>
    </message>
    <message>
        <source>{path}: office {office} is already listed</source>
        <translation>{path}: отделение {office} уже в списке</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a Habitat Results file</source>
        <translation>{path}: база SQLite, но не файл Habitat Results</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (its schema number {version} is not one this app ever writes)</source>
        <translation>{path}: не файл Habitat Results (номер схемы {version} это приложение никогда не пишет)</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application (it numbers its schema {version}), not a Habitat Results file</source>
        <translation>{path}: база SQLite другого приложения (номер её схемы {version}), а не файл Habitat Results</translation>
    </message>
    <message>
        <source>record {id} is {status} and locked; headquarters must return it before it can be changed</source>
        <translation>запись {id} имеет статус «{status}» и заблокирована; штаб-квартира должна вернуть её, прежде чем её можно будет изменить</translation>
    </message>
    <message>
        <source>record {id} has been deleted</source>
        <translation>запись {id} удалена</translation>
    </message>
    <message>
        <source>no unfinished row {id} in {file}</source>
        <translation>в {file} нет незавершённой строки {id}</translation>
    </message>
    <message>
        <source>{path}: {year} changed since it was checked; nothing was submitted. Check it again and submit</source>
        <translation>{path}: {year} год изменился после проверки; ничего не представлено. Проверьте снова и представьте</translation>
    </message>
    <message>
        <source>record {id} was deleted by its office; there is nothing to review</source>
        <translation>запись {id} удалена её отделением; проверять нечего</translation>
    </message>
    <message>
        <source>record {id} has rival versions; resolve the conflict first</source>
        <translation>у записи {id} есть конкурирующие версии; сначала разрешите конфликт</translation>
    </message>
    <message>
        <source>no office {office} in {file}; offices: {offices}</source>
        <translation>в {file} нет отделения {office}; отделения: {offices}</translation>
    </message>
    <message>
        <source>office {office} could be {offices} in {file}: type the code exactly as held</source>
        <translation>отделение {office} в {file} может означать {offices}: введите код точно так, как он записан</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({detail})</source>
        <translation>{path}: не удаётся записать ({detail})</translation>
    </message>
    <message>
        <source>{path}: a results file (SQLite database); feedback is never written over it: choose another name, such as office-feedback.json</source>
        <translation>{path}: файл результатов (база SQLite); отзыв никогда не записывается поверх него: выберите другое имя, например office-feedback.json</translation>
    </message>
    <message>
        <source>{path}: a headquarters file; feedback is applied to an office file</source>
        <translation>{path}: файл штаб-квартиры; отзыв применяется к файлу отделения</translation>
    </message>
    <message>
        <source>{path}: too large for a plan file ({size} bytes)</source>
        <translation>{path}: слишком велик для файла плана ({size} байт)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not readable JSON: {detail})</source>
        <translation>{path}: не файл плана (нечитаемый JSON: {detail})</translation>
    </message>
    <message>
        <source>not a valid plan: {detail}</source>
        <translation>недействительный план: {detail}</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}: план {plan} версии {version} записан в формате плана {format}, для которого нужна более новая версия Habitat Results (это приложение читает форматы плана до {known}); обновите приложение</translation>
    </message>
    <message>
        <source>{path}: the plan&apos;s status &apos;{status}&apos; is not one of: provisional, final</source>
        <translation>{path}: статус плана «{status}» — не одно из: provisional, final</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} {version} ({first}–{last}) overlaps the plan {held} {held_version} ({held_first}–{held_last}) that {file} holds; one year is reported under one plan</source>
        <translation>{path}: план {plan} {version} ({first}–{last}) пересекается с планом {held} {held_version} ({held_first}–{held_last}) из {file}; каждый год отчитывается по одному плану</translation>
    </message>
    <message>
        <source>{path}: {file} already holds the plan {plan} version {version} with other content; a changed plan needs a new version number</source>
        <translation>{path}: в {file} уже есть план {plan} версии {version} с другим содержимым; изменённому плану нужен новый номер версии</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is older than version {held} that {file} holds</source>
        <translation>{path}: план {plan} версии {version} старше версии {held}, которая есть в {file}</translation>
    </message>
    <message>
        <source>{path}: holds the plan {plan} version {version} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}: содержит план {plan} версии {version} в формате плана {format}, для которого нужна более новая версия Habitat Results (это приложение читает форматы плана до {known}); обновите приложение</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} it holds is damaged ({detail})</source>
        <translation>{path}: содержащийся в нём план {plan} версии {version} повреждён ({detail})</translation>
    </message>
    <message>
        <source>it holds the plan {plan} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>он содержит план {plan} в формате плана {format}, для которого нужна более новая версия Habitat Results (это приложение читает форматы планов до {known}); обновите приложение</translation>
    </message>
    <message>
        <source>its plan {plan} is damaged ({detail})</source>
        <translation>его план {plan} повреждён ({detail})</translation>
    </message>
    <message>
        <source>it uses the plan {plan}, which this headquarters file does not hold (it holds {held}); headquarters adds the plan first (plan add), then sends it to the offices</source>
        <translation>он использует план {plan}, которого нет в этом файле штаб-квартиры (в нём: {held}); штаб-квартира сначала добавляет план (plan add), затем рассылает его отделениям</translation>
    </message>
    <message>
        <source>its plan {plan} differs from the one headquarters holds under the same id and version in what counting depends on (substance {theirs}… here, {ours}… at headquarters); the office needs the plan file headquarters issued</source>
        <translation>его план {plan} отличается от плана с тем же идентификатором и версией в штаб-квартире в том, от чего зависит подсчёт (содержание {theirs}… здесь, {ours}… в штаб-квартире); отделению нужен файл плана, выпущенный штаб-квартирой</translation>
    </message>
    <message>
        <source>the plan {n} it carries is not valid: {detail}</source>
        <translation>приложенный к нему план {n} недействителен: {detail}</translation>
    </message>
    <message>
        <source>{path}: not exported: the plan {plan} {version} of {period} is provisional; its annex is exported only as a working draft, marked &apos;provisional plan&apos;, until headquarters adds the final plan</source>
        <translation>{path}: не экспортировано: план {plan} {version} на {period} временный; его приложение экспортируется только как рабочий проект с пометкой «временный план», пока штаб-квартира не добавит окончательный план</translation>
    </message>
    <message>
        <source>format &apos;{fmt}&apos; is not one of {known}</source>
        <translation>формат «{fmt}» не входит в {known}</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the annex</source>
        <translation>{path}: это экспортируемый файл; выберите другое имя для приложения</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the annex</source>
        <translation>{path}: это файл результатов (SQLite); выберите другое имя для приложения</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the template</source>
        <translation>{path}: это экспортируемый файл; выберите другое имя для шаблона</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the template</source>
        <translation>{path}: это файл результатов (SQLite); выберите другое имя для шаблона</translation>
    </message>
    <message>
        <source>the years {years} lie under {count} plans ({plans}); one annex shows one plan: ask for the years of one plan, such as {example}</source>
        <translation>годы {years} относятся к {count} планам ({plans}); одно приложение показывает один план: укажите годы одного плана, например {example}</translation>
    </message>
    <message>
        <source>years must lie in the plan period {first}–{last}; &apos;{text}&apos; does not</source>
        <translation>годы должны лежать в периоде плана {first}–{last}; «{text}» — нет</translation>
    </message>
    <message>
        <source>years must lie in the periods of the plans of {file} ({periods}); &apos;{text}&apos; does not</source>
        <translation>годы должны лежать в периодах планов файла {file} ({periods}); «{text}» — нет</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year or a range of years such as 2020-2024</source>
        <translation>«{text}» — не год и не диапазон лет вида 2020-2024</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of {file} ({periods})</source>
        <translation>{year} год лежит вне планов файла {file} ({periods})</translation>
    </message>
    <message>
        <source>{path}: an entry template is made from an office file, not a headquarters file</source>
        <translation>{path}: шаблон ввода создаётся из файла представительства, а не из файла штаб-квартиры</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <source>Empty: the row is the total of its place and year. Filled in: the row is a part of that total (&quot;of which 600 women&quot;), shown in the breakdown tables and never added to the total; the parts may not exceed it.</source>
        <translation>Пусто: строка — итог для своего места и года. Заполнено: строка — часть этого итога («в том числе 600 женщин»), она показывается в таблицах разбивки и никогда не прибавляется к итогу; части не могут его превышать.</translation>
    </message>
    <message>
        <source>Of which: sex</source>
        <translation>В том числе: пол</translation>
    </message>
    <message>
        <source>Of which: age group</source>
        <translation>В том числе: возрастная группа</translation>
    </message>
    <message>
        <source>Of which: disability</source>
        <translation>В том числе: инвалидность</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Validated by headquarters: read-only.</source>
        <translation>Утверждено штаб-квартирой: только чтение.</translation>
    </message>
    <message>
        <source>Submitted: read-only until headquarters returns it.</source>
        <translation>Представлено: только чтение, пока штаб-квартира не вернёт запись.</translation>
    </message>
    <message>
        <source>Not saved: the file is busy ({reason}). Please try again.</source>
        <translation>Не сохранено: файл занят ({reason}). Повторите попытку.</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not deleted: they are read-only.</source>
        <translation>Представленные записи не удалены ({count}): они только для чтения.</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>Incomplete: kept in the file as typed, but not a record yet. It is not submitted or exported until what is marked is corrected.</source>
        <translation>Не завершено: хранится в файле как введено, но ещё не является записью. Не представляется и не экспортируется, пока отмеченное не исправлено.</translation>
    </message>
    <message>
        <source>Paste {count} row(s)</source>
        <translation>Вставить строки ({count})</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not changed: they are read-only.</source>
        <translation>Представленные записи не изменены ({count}): они только для чтения.</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>Возвращено ({who}, {date}):
{comment}</translation>
    </message>
    <message>
        <source>a new row</source>
        <translation>новая строка</translation>
    </message>
    <message>
        <source>Nothing was deleted: {reason}</source>
        <translation>Ничего не удалено: {reason}</translation>
    </message>
    <message>
        <source>Delete {count} row(s)</source>
        <translation>Удалить строки: {count}</translation>
    </message>
    <message>
        <source>Duplicate {count} row(s)</source>
        <translation>Дублировать строки: {count}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit {year}</source>
        <translation>Представить {year} год</translation>
    </message>
    <message>
        <source>{count} draft or returned record(s) of {year} will be submitted to headquarters. Submitted records are read-only until headquarters returns them.</source>
        <translation>В штаб-квартиру будут представлены черновики и возвращённые записи за {year} год: {count}. Представленные записи доступны только для чтения, пока штаб-квартира их не вернёт.</translation>
    </message>
    <message>
        <source>{indicator}: {count} record(s)</source>
        <translation>{indicator}: записей — {count}</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not valid yet and will not be submitted.</source>
        <translation>Строки таблицы, которые ещё недействительны и не будут представлены: {count}.</translation>
    </message>
    <message>
        <source>Fix these problems before submitting:</source>
        <translation>Исправьте эти проблемы перед представлением:</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Представить</translation>
    </message>
    <message>
        <source>Look at these before submitting (they do not stop it):</source>
        <translation>Посмотрите на это перед представлением (это не мешает):</translation>
    </message>
    <message>
        <source>Records to submit, by indicator</source>
        <translation>Записи к представлению по показателям</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>не менее</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>более</translation>
    </message>
    <message>
        <source>about</source>
        <translation>около</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женщины</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужчины</translation>
    </message>
    <message>
        <source>children (0–14)</source>
        <translation>дети (0–14)</translation>
    </message>
    <message>
        <source>youth (15–24)</source>
        <translation>молодёжь (15–24)</translation>
    </message>
    <message>
        <source>adults (25–64)</source>
        <translation>взрослые (25–64)</translation>
    </message>
    <message>
        <source>older persons (65+)</source>
        <translation>пожилые люди (65+)</translation>
    </message>
    <message>
        <source>with disability</source>
        <translation>с инвалидностью</translation>
    </message>
    <message>
        <source>without disability</source>
        <translation>без инвалидности</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>представлено</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
</context>
<context>
    <name>GridClipboard</name>
    <message>
        <source>Not pasted: the block has {count} columns, but only {room} columns follow the current cell.</source>
        <translation>Не вставлено: в блоке столбцов — {count}, а после текущей ячейки — только {room}.</translation>
    </message>
</context>
<context>
    <name>GridFilter</name>
    <message>
        <source>Filter the records</source>
        <translation>Фильтр записей</translation>
    </message>
    <message>
        <source>City contains</source>
        <translation>Город содержит</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>Фильтр по городу</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Значение от</translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation>Наименьшее значение</translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation>Наибольшее значение</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>Фильтр по отделению</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>Любое отделение</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Sort by office</source>
        <translation>Сортировать по отделению</translation>
    </message>
    <message>
        <source>Only the records that match are shown in the grid.</source>
        <translation>В таблице показываются только подходящие записи.</translation>
    </message>
</context>
<context>
    <name>IndicatorHelp</name>
    <message>
        <source>{figure} in 2020–2025 ({document}, para. {para})</source>
        <translation>{figure} в 2020–2025 годах ({document}, п. {para})</translation>
    </message>
    <message>
        <source>{figure} in 2020–2025 ({document})</source>
        <translation>{figure} в 2020–2025 годах ({document})</translation>
    </message>
    <message>
        <source>How the indicator counts</source>
        <translation>Как считается показатель</translation>
    </message>
    <message>
        <source>Select an indicator, or a row of the grid, to see what it counts and how.</source>
        <translation>Выберите показатель или строку таблицы, чтобы увидеть, что и как он считает.</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>возрастная группа</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>инвалидность</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <source>Counts once</source>
        <translation>Учитывается один раз</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Разбивки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>SDG indicators</source>
        <translation>Показатели ЦУР</translation>
    </message>
    <message>
        <source>2025 report</source>
        <translation>Доклад 2025 года</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>цифра не приводится</translation>
    </message>
    <message>
        <source>Each record gives a number of {unit}; the annex adds up the records of the year, and the years for the plan period.</source>
        <translation>Каждая запись содержит число ({unit}); приложение суммирует записи за год, а годы — за период плана.</translation>
    </message>
    <message>
        <source>Count each person or household once: one reached in 2022 and again in 2023 is entered in 2022 only, and not in two records of the same year.</source>
        <translation>Учитывайте каждого человека или домохозяйство один раз: охваченный в 2022 году и снова в 2023 году вводится только в 2022 году и не в двух записях одного года.</translation>
    </message>
    <message>
        <source>Not entered: computed as {numerator} ÷ {denominator}.</source>
        <translation>Не вводится: вычисляется как {numerator} ÷ {denominator}.</translation>
    </message>
    <message>
        <source>Each record names one city (with its country); a city counts once, however many records name it.</source>
        <translation>Каждая запись называет один город (со страной); город учитывается один раз, сколько бы записей его ни называли.</translation>
    </message>
    <message>
        <source>Nairobi entered in two records, or in 2022 and again in 2024, is one city in the plan-period total (and one in each year&apos;s column). Names are compared without case or extra spaces.</source>
        <translation>Найроби, введённый в двух записях или в 2022 и снова в 2024 году, — один город в итоге за период плана (и один в столбце каждого года). Названия сравниваются без учёта регистра и лишних пробелов.</translation>
    </message>
    <message>
        <source>Each record names one country; a country counts once, however many records name it.</source>
        <translation>Каждая запись называет одну страну; страна учитывается один раз, сколько бы записей её ни называли.</translation>
    </message>
    <message>
        <source>Kenya entered in two records, or in two years, is one country in the plan-period total.</source>
        <translation>Кения, введённая в двух записях или за два года, — одна страна в итоге за период плана.</translation>
    </message>
    <message>
        <source>Each record names a country, or a city with its country; each counts once, however many records name it.</source>
        <translation>Каждая запись называет страну или город со страной; каждый учитывается один раз, сколько бы записей его ни называли.</translation>
    </message>
    <message>
        <source>Kenya entered twice is one country; Nairobi (Kenya) entered twice is one city.</source>
        <translation>Кения, введённая дважды, — одна страна; Найроби (Кения), введённый дважды, — один город.</translation>
    </message>
    <message>
        <source>Each record names one {unit}; each name counts once, however many records give it.</source>
        <translation>Каждая запись называет один объект ({unit}); каждое название учитывается один раз, сколько бы записей его ни приводили.</translation>
    </message>
    <message>
        <source>The same name entered in two records, or in two years, counts once in the plan-period total. Names are compared without case or extra spaces.</source>
        <translation>Одно и то же название, введённое в двух записях или за два года, учитывается в итоге за период плана один раз. Названия сравниваются без учёта регистра и лишних пробелов.</translation>
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
        <translation>Записи</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>{path}: cannot be written: its folder is on a read-only medium (a CD, a write-protected disk, a read-only folder): choose a folder you can write to</source>
        <translation>{path}: не удаётся записать: его папка на носителе только для чтения (CD, диск с защитой от записи, папка только для чтения): выберите папку, в которую можно писать</translation>
    </message>
    <message>
        <source>{path}: not saved: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>{path}: не сохранено: диск заполнен. Ничего не изменено; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>{path}: in use by {holder}; nothing was changed. Try again in a moment, or close the file there.</source>
        <translation>{path}: используется ({holder}); ничего не изменено. Повторите попытку чуть позже или закройте файл там.</translation>
    </message>
    <message>
        <source>{path}: the file is on a read-only medium (a CD, a write-protected disk, a read-only folder or file): copy it to a folder you can write to. Nothing was changed.</source>
        <translation>{path}: файл на носителе только для чтения (CD, диск с защитой от записи, папка или файл только для чтения): скопируйте его в папку, в которую можно писать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{path}: the file is gone (moved, deleted, or its disk removed). Nothing was saved; open it again from where it is now.</source>
        <translation>{path}: файла больше нет (перемещён, удалён или извлечён его диск). Ничего не сохранено; откройте его снова оттуда, где он сейчас.</translation>
    </message>
    <message>
        <source>{path}: the file was changed by another program while it was being read; try again.</source>
        <translation>{path}: файл изменён другой программой во время чтения; повторите попытку.</translation>
    </message>
    <message>
        <source>{path}: the disk failed while reading or writing ({detail}). Nothing was changed; check the disk or network drive and try again.</source>
        <translation>{path}: сбой диска при чтении или записи ({detail}). Ничего не изменено; проверьте диск или сетевой диск и повторите попытку.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking the annex before it is published…</source>
        <translation>Проверка приложения перед публикацией…</translation>
    </message>
    <message>
        <source>The check could not be made: {reason}</source>
        <translation>Проверку выполнить не удалось: {reason}</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Что нашла проверка</translation>
    </message>
    <message>
        <source>Problems that block publication, then warnings; the annex is checked again when the years or the drafts change.</source>
        <translation>Проблемы, блокирующие публикацию, затем предупреждения; приложение проверяется заново при смене лет или черновиков.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>{office}: its file was merged unsigned (made by an earlier version of the app): nothing shows that it came from the office</source>
        <translation>{office}: его файл объединён без подписи (создан более ранней версией приложения): ничто не показывает, что он пришёл из офиса</translation>
    </message>
    <message>
        <source>country {country}</source>
        <translation>страна {country}</translation>
    </message>
    <message>
        <source>office {office}</source>
        <translation>отделение {office}</translation>
    </message>
    <message>
        <source>region {region}</source>
        <translation>регион {region}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>period {period}</source>
        <translation>период {period}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>представлено</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>представлено частично</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>только черновик в отделении</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>не получено</translation>
    </message>
    <message>
        <source>record {record} ({what}): {count} versions, none chosen; resolve it in Review → Conflicts</source>
        <translation>запись {record} ({what}): версий — {count}, ни одна не выбрана; разрешите в Проверка → Конфликты</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is {limit}; rule {rule}</source>
        <translation>{scope}: {indicator} = {value}, но {other} = {limit}; правило {rule}</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is not reported; rule {rule} cannot be checked there</source>
        <translation>{scope}: {indicator} = {value}, но {other} не указан; правило {rule} там проверить нельзя</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {percent} %, above 100 %</source>
        <translation>{scope}: {indicator} составляет {percent} %, больше 100 %</translation>
    </message>
    <message>
        <source>record {record} ({what}): {value} is above the ceiling of {ceiling} for one record</source>
        <translation>запись {record} ({what}): {value} больше предела {ceiling} для одной записи</translation>
    </message>
    <message>
        <source>{what}: {value} is far from the office&apos;s earlier years (median {median}); check it is not a typo</source>
        <translation>{what}: {value} сильно отличается от прежних лет отделения (медиана {median}); убедитесь, что это не опечатка</translation>
    </message>
    <message>
        <source>{office} {year}: {state}</source>
        <translation>{office} {year}: {state}</translation>
    </message>
    <message>
        <source>{office}: {count} submitted record(s) not yet validated</source>
        <translation>{office}: представленных, но ещё не утверждённых записей — {count}</translation>
    </message>
    <message>
        <source>{count} record(s) not submitted (draft or returned) were not checked: the annex does not count them</source>
        <translation>Непредставленные записи (черновики или возвращённые) не проверены ({count}): приложение их не учитывает</translation>
    </message>
    <message>
        <source>Ready to publish: no blocking problems, {warnings} warning(s).</source>
        <translation>Готово к публикации: блокирующих проблем нет, предупреждений: {warnings}.</translation>
    </message>
    <message>
        <source>Not ready to publish: {blocking} blocking problem(s), {warnings} warning(s). Fix them, or export a working draft marked as not for publication.</source>
        <translation>Не готово к публикации: блокирующих проблем — {blocking}, предупреждений — {warnings}. Исправьте их или экспортируйте рабочий проект с пометкой «не для публикации».</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Блокирует</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>{count} record(s) of {indicator} {year}: the indicator was removed from the plan by its newer version (it was in {plan}); kept, read-only, and not counted</source>
        <translation>{count} запис(ь/и) {indicator} {year}: показатель удалён из плана его новой версией (он был в {plan}); сохранены, только для чтения, не учитываются</translation>
    </message>
    <message>
        <source>record {record} ({what}) no longer passes the plan&apos;s version {version}: {problems}</source>
        <translation>запись {record} ({what}) больше не соответствует версии {version} плана: {problems}</translation>
    </message>
    <message>
        <source>{office} {place}: {count} breakdown part(s) counted without their total (records {records}); the annex leaves them out: count the total, or delete the parts</source>
        <translation>{office} {place}: частей разбивки, учтённых без их итога: {count} (записи {records}); приложение их не учитывает: учтите итог или удалите части</translation>
    </message>
    <message>
        <source>{office} {place}: the parts by {dimension} add up to {added}, more than their counted total {total} (records {records})</source>
        <translation>{office} {place}: части по признаку {dimension} в сумме дают {added}, больше учтённого итога {total} (записи {records})</translation>
    </message>
    <message>
        <source>{what}: reported by {offices} (records {records}); the annex counts it each time: make sure they are different results</source>
        <translation>{what}: сообщено {offices} (записи {records}); приложение учитывает это каждый раз: убедитесь, что это разные результаты</translation>
    </message>
    <message>
        <source>{office} {what}: {count} identical records ({records}); the annex counts each: make sure they are different results</source>
        <translation>{office} {what}: одинаковых записей: {count} ({records}); приложение учитывает каждую: убедитесь, что это разные результаты</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Offices and years received</source>
        <translation>Полученные отделения и годы</translation>
    </message>
    <message>
        <source>What headquarters holds from each office. “Draft only in the office” and “partly submitted” come from what the office&apos;s file held when it was last merged.</source>
        <translation>Что штаб-квартира имеет от каждого отделения. «Только черновик в отделении» и «представлено частично» основаны на содержимом файла отделения при последнем объединении.</translation>
    </message>
    <message>
        <source>Indicators reported ({count} of {total})</source>
        <translation>Указанные показатели ({count} из {total})</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Offices reporting</source>
        <translation>Отделения, приславшие данные</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} из {total}</translation>
    </message>
    <message>
        <source>Counting the records of every office and year…</source>
        <translation>Подсчёт записей каждого отделения и года…</translation>
    </message>
    <message>
        <source>The offices and years could not be counted: {message}</source>
        <translation>Не удалось подсчитать отделения и годы: {message}</translation>
    </message>
</context>
<context>
    <name>DialogSeams</name>
    <message>
        <source>New office file</source>
        <translation>Новый файл отделения</translation>
    </message>
    <message>
        <source>Annex exported</source>
        <translation>Приложение экспортировано</translation>
    </message>
    <message>
        <source>The annex was written to:
{path}</source>
        <translation>Приложение записано в:
{path}</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>Вернуть отделению</translation>
    </message>
    <message>
        <source>Return {count} record(s) to their office. What should the office change?</source>
        <translation>Вернуть записи их отделению ({count}). Что отделение должно изменить?</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>Написать отзыв</translation>
    </message>
    <message>
        <source>Feedback for the office:</source>
        <translation>Отзыв для отделения:</translation>
    </message>
    <message>
        <source>Save the feedback as</source>
        <translation>Сохранить отзыв как</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json)</source>
        <translation>Отзыв штаб-квартиры (*.json)</translation>
    </message>
    <message>
        <source>About Habitat Results</source>
        <translation>О программе Habitat Results</translation>
    </message>
    <message>
        <source>Habitat Results: UN-Habitat strategic plan results, entered offline by country offices and merged at headquarters.</source>
        <translation>Habitat Results: результаты стратегического плана ООН-Хабитат, вводимые без подключения к сети страновыми отделениями и объединяемые в штаб-квартире.</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not complete or were refused, so they are not stored.</source>
        <translation>Строки таблицы не завершены или отклонены ({count}), поэтому не сохранены.</translation>
    </message>
    <message>
        <source>The outcome narrative could not be stored.</source>
        <translation>Не удалось сохранить описание результата.</translation>
    </message>
    <message>
        <source>Discard them, or cancel and finish them first?</source>
        <translation>Отбросить их или отменить и сначала завершить?</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Несохранённая работа</translation>
    </message>
    <message>
        <source>Store an identical record?</source>
        <translation>Сохранить идентичную запись?</translation>
    </message>
    <message>
        <source>This row says what a record of the file already says:
{reason}

Store it as a second record, counted twice in the annex (two projects reporting the same figure)?</source>
        <translation>Эта строка говорит то же, что уже говорит запись файла:
{reason}

Сохранить её как вторую запись, которая будет учтена в приложении дважды (два проекта сообщают одну и ту же цифру)?</translation>
    </message>
    <message>
        <source>Store both records</source>
        <translation>Сохранить обе записи</translation>
    </message>
</context>
<context>
    <name>ExportWork</name>
    <message>
        <source>Adding up the results…</source>
        <translation>Суммирование результатов…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Exporting the annex</source>
        <translation>Экспорт приложения</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>The annex was not written.

{reason}</source>
        <translation>Приложение не записано.

{reason}</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>Annex written to {path}</source>
        <translation>Приложение записано в {path}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Record of office {office}, version {version}: {status}</source>
        <translation>Запись отделения {office}, версия {version}: {status}</translation>
    </message>
    <message>
        <source>This record is {status}: read-only until headquarters returns it.</source>
        <translation>Эта запись имеет статус «{status}»: только чтение, пока штаб-квартира её не вернёт.</translation>
    </message>
    <message>
        <source>Row {row} · {column}: {message}</source>
        <translation>Строка {row} · {column}: {message}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Проблемы ({count})</translation>
    </message>
    <message>
        <source>What the rows of the grid still lack, or why a value was refused; choose one to go to its cell.</source>
        <translation>Чего ещё не хватает строкам таблицы или почему значение отклонено; выберите пункт, чтобы перейти к его ячейке.</translation>
    </message>
    <message>
        <source>The records of the selected outcome or indicator: type in a cell to change it; rows pasted from a spreadsheet are added.</source>
        <translation>Записи выбранного результата или показателя: введите текст в ячейку, чтобы изменить её; строки, вставленные из электронной таблицы, добавляются.</translation>
    </message>
</context>
<context>
    <name>HeadquartersWork</name>
    <message>
        <source>&amp;Conflicts ({count})…</source>
        <translation>&amp;Конфликты ({count})…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>Headquarters file: the offices&apos; records are read-only here. Select records and validate them, or return them to their office with a comment (Review menu).</source>
        <translation>Файл штаб-квартиры: записи отделений здесь только для чтения. Выберите записи и утвердите их или верните отделению с комментарием (меню «Проверка»).</translation>
    </message>
    <message>
        <source>{count} record(s) have rival versions: compare them and keep one under Review → Conflicts.</source>
        <translation>У записей есть конкурирующие версии ({count}): сравните их и оставьте одну в Проверка → Конфликты.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Select the records to review in the grid first.</source>
        <translation>Сначала выберите в таблице записи для проверки.</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>Вернуть отделению</translation>
    </message>
    <message>
        <source>Nothing was returned: say what the office should change.</source>
        <translation>Ничего не возвращено: укажите, что отделение должно изменить.</translation>
    </message>
    <message>
        <source>Cannot review the records</source>
        <translation>Не удаётся проверить записи</translation>
    </message>
    <message>
        <source>{count} record(s) validated.</source>
        <translation>Утверждено записей: {count}.</translation>
    </message>
    <message>
        <source>{count} record(s) returned to their office.</source>
        <translation>Возвращено отделениям записей: {count}.</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>Написать отзыв</translation>
    </message>
    <message>
        <source>No office has been merged into this file yet.</source>
        <translation>В этот файл ещё не объединено ни одно отделение.</translation>
    </message>
    <message>
        <source>Cannot write the feedback</source>
        <translation>Не удаётся записать отзыв</translation>
    </message>
    <message>
        <source>Feedback written</source>
        <translation>Отзыв записан</translation>
    </message>
    <message>
        <source>Feedback for {office}: {validated} validated, {returned} returned record(s), written to:
{path}

Send this file to the office; it applies it with File → Apply feedback from headquarters.</source>
        <translation>Отзыв для {office}: утверждено записей — {validated}, возвращено — {returned}; записан в:
{path}

Отправьте этот файл отделению; оно применит его через Файл → Применить отзыв штаб-квартиры.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This file is on a read-only medium (a CD, a write-protected disk, a read-only folder): it is open for viewing only. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>Этот файл на носителе только для чтения (CD, диск с защитой от записи, папка только для чтения): он открыт только для просмотра. Чтобы изменить его, скопируйте его в папку, в которую можно писать, и откройте копию.</translation>
    </message>
    <message>
        <source>Search indicators by code or words</source>
        <translation>Поиск показателей по коду или словам</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Рамочная система результатов</translation>
    </message>
    <message>
        <source>{year} (returned)</source>
        <translation>{year} (возвращён)</translation>
    </message>
    <message>
        <source>{year} (submitted)</source>
        <translation>{year} (представлен)</translation>
    </message>
    <message>
        <source>{year} (partly submitted)</source>
        <translation>{year} (представлен частично)</translation>
    </message>
    <message>
        <source>{year} has been submitted: its records are read-only until headquarters returns them.</source>
        <translation>{year} год представлен: его записи только для чтения, пока штаб-квартира их не вернёт.</translation>
    </message>
    <message>
        <source>Part of {year} has been submitted: the grey records are read-only until headquarters returns them.</source>
        <translation>Часть {year} года представлена: серые записи только для чтения, пока штаб-квартира их не вернёт.</translation>
    </message>
    <message>
        <source>{count} unfinished row(s) were left out: they were not complete, so they had not been stored.</source>
        <translation>Незавершённые строки пропущены ({count}): они не были завершены и потому не сохранялись.</translation>
    </message>
    <message>
        <source>{name} — {year}</source>
        <translation>{name} — {year}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator}; it is not entered.</source>
        <translation>{code} вычисляется как {numerator} ÷ {denominator}; он не вводится.</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>Поиск показателей</translation>
    </message>
    <message>
        <source>Shows only the indicators whose code or name holds what you type; Esc clears the search.</source>
        <translation>Показывает только показатели, код или название которых содержит введённое; Esc сбрасывает поиск.</translation>
    </message>
    <message>
        <source>The plan&apos;s domains of change, outcomes and indicators with the year&apos;s records; select one to show its records in the grid.</source>
        <translation>Области изменений, результаты и показатели плана с записями за год; выберите один из них, чтобы показать его записи в таблице.</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Отчётный год</translation>
    </message>
    <message>
        <source>The year whose records are shown, entered and submitted.</source>
        <translation>Год, записи которого показываются, вводятся и представляются.</translation>
    </message>
    <message>
        <source>{code} was removed from the plan by its newer version: its records are kept, read-only, and not counted.</source>
        <translation>{code} удалён из плана его новой версией: его записи сохраняются, только для чтения, и не учитываются.</translation>
    </message>
</context>
<context>
    <name>OfficeWork</name>
    <message>
        <source>{count} returned record(s) corrected.</source>
        <translation>Исправлено возвращённых записей: {count}.</translation>
    </message>
    <message>
        <source>Nothing imported from {file}</source>
        <translation>Из {file} ничего не импортировано</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>{count} record(s) imported from {file}</source>
        <translation>Импортировано записей из {file}: {count}</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>точкой с запятой</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляцией</translation>
    </message>
    <message>
        <source>(columns separated by {separator})</source>
        <translation>(столбцы разделены {separator})</translation>
    </message>
    <message>
        <source>Checking {year}</source>
        <translation>Проверка {year} года</translation>
    </message>
    <message>
        <source>Cannot submit {year}</source>
        <translation>Не удаётся представить {year} год</translation>
    </message>
    <message>
        <source>{file} was checked, but another file is open now. Nothing was submitted.</source>
        <translation>{file} проверен, но сейчас открыт другой файл. Ничего не представлено.</translation>
    </message>
    <message>
        <source>{count} record(s) of {year} submitted.</source>
        <translation>Представлено записей за {year} год: {count}.</translation>
    </message>
    <message>
        <source>Narrative for outcome {code} in {year}</source>
        <translation>Описание результата {code} за {year} год</translation>
    </message>
    <message>
        <source>Apply feedback from headquarters</source>
        <translation>Применить отзыв штаб-квартиры</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json);;All files (*)</source>
        <translation>Отзыв штаб-квартиры (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Applying {file}</source>
        <translation>Применение {file}</translation>
    </message>
    <message>
        <source>Cannot apply the feedback</source>
        <translation>Не удаётся применить отзыв</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>Ничего не изменено.

{reason}</translation>
    </message>
    <message>
        <source>{validated} record(s) validated and {returned} returned by headquarters.</source>
        <translation>Штаб-квартира утвердила записей: {validated}, вернула: {returned}.</translation>
    </message>
    <message>
        <source>{count} decision(s) had been applied before.</source>
        <translation>Решений, применённых ранее: {count}.</translation>
    </message>
    <message>
        <source>{count} decision(s) were about versions changed since, and were left out.</source>
        <translation>Решения о версиях, изменённых с тех пор, пропущены ({count}).</translation>
    </message>
    <message>
        <source>{count} record(s) are not in this file.</source>
        <translation>Записей нет в этом файле: {count}.</translation>
    </message>
    <message>
        <source>Feedback applied</source>
        <translation>Отзыв применён</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {comment}</source>
        <translation>{indicator} {year} · {place}: {comment}</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>Возвращено ({who}, {date}):
{comment}</translation>
    </message>
    <message>
        <source>To do ({count})</source>
        <translation>Задачи ({count})</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>The plan {plan} from headquarters was added: its years are open for entry.</source>
        <translation>План {plan} из штаб-квартиры добавлен: его годы открыты для ввода.</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>Record &amp;history…</source>
        <translation>&amp;История записи…</translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation>&amp;Новый файл отделения…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Открыть &amp;демонстрационные данные</translation>
    </message>
    <message>
        <source>&amp;Import CSV/XLSX…</source>
        <translation>&amp;Импорт CSV/XLSX…</translation>
    </message>
    <message>
        <source>&amp;Export annex…</source>
        <translation>&amp;Экспорт приложения…</translation>
    </message>
    <message>
        <source>&amp;Merge office files…</source>
        <translation>О&amp;бъединить файлы отделений…</translation>
    </message>
    <message>
        <source>Write &amp;feedback for an office…</source>
        <translation>Написать о&amp;тзыв для отделения…</translation>
    </message>
    <message>
        <source>&amp;Apply feedback from headquarters…</source>
        <translation>При&amp;менить отзыв штаб-квартиры…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>&amp;Validate selected</source>
        <translation>&amp;Утвердить выбранные</translation>
    </message>
    <message>
        <source>&amp;Return selected…</source>
        <translation>&amp;Вернуть выбранные…</translation>
    </message>
    <message>
        <source>&amp;Offices and years received…</source>
        <translation>Полученные &amp;отделения и годы…</translation>
    </message>
    <message>
        <source>&amp;To do from headquarters</source>
        <translation>&amp;Задачи от штаб-квартиры</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>Доб&amp;авить запись</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Submit year…</source>
        <translation>&amp;Представить год…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Последние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Habitat Results</source>
        <translation>&amp;О программе Habitat Results</translation>
    </message>
    <message>
        <source>Welcome to Habitat Results</source>
        <translation>Добро пожаловать в Habitat Results</translation>
    </message>
    <message>
        <source>Enter your office&apos;s strategic plan results offline, under each domain of change. Everything you type is saved at once.

Your office file will be kept here: {path}</source>
        <translation>Вводите результаты стратегического плана вашего отделения без подключения к сети, по каждой области изменений. Всё введённое сохраняется сразу.

Файл вашего отделения будет храниться здесь: {path}</translation>
    </message>
    <message>
        <source>Create the office profile…</source>
        <translation>Создать профиль отделения…</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Открыть демонстрационные данные</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Отчётный год</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Headquarters: each version that arrived with a merge, with its office file, and headquarters&apos; own reviews.</source>
        <translation>Штаб-квартира: каждая версия, поступившая со слиянием, с файлом офиса, и собственные проверки штаб-квартиры.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {value} — version {version}, {status}</source>
        <translation>{indicator} {year} · {place}: {value} — версия {version}, {status}</translation>
    </message>
    <message>
        <source>Record {id}: no longer in the file.</source>
        <translation>Запись {id}: её больше нет в файле.</translation>
    </message>
    <message>
        <source>The file holds no history of this record.</source>
        <translation>В файле нет истории этой записи.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>История записи</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>merge batch {batch}: {file} of {office} (SHA-256 {sha})</source>
        <translation>пакет слияния {batch}: {file} офиса {office} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>import of {file} (SHA-256 {sha})</source>
        <translation>импорт {file} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращена</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>rival version arrived with a merge</source>
        <translation>конкурирующая версия поступила со слиянием</translation>
    </message>
    <message>
        <source>arrived with a merge</source>
        <translation>поступила со слиянием</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>конфликт разрешён</translation>
    </message>
    <message>
        <source>reviewed at headquarters</source>
        <translation>проверена в штаб-квартире</translation>
    </message>
    <message>
        <source>headquarters&apos; decision applied</source>
        <translation>применено решение штаб-квартиры</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>отправлена</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлена</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
</context>
<context>
    <name>AddPlan</name>
    <message>
        <source>Add &amp;plan…</source>
        <translation>Доб&amp;авить план…</translation>
    </message>
    <message>
        <source>Add a plan file</source>
        <translation>Добавить файл плана</translation>
    </message>
    <message>
        <source>Cannot add the plan</source>
        <translation>Не удаётся добавить план</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Файлы планов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{file} already holds the plan {plan}; nothing changed.</source>
        <translation>{file} уже содержит план {plan}; ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} now holds the plan {plan}: {first}–{last} are open for entry.</source>
        <translation>{file} теперь содержит план {plan}: {first}–{last} открыты для ввода.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>Ничего не изменено.

{reason}</translation>
    </message>
</context>
<context>
    <name>AddPlanDialog</name>
    <message>
        <source>Add plan</source>
        <translation>Добавить план</translation>
    </message>
    <message>
        <source>Id and version</source>
        <translation>Идентификатор и версия</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>Хеш SHA-256</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <source>provisional: entered and merged; its annex only as a working draft</source>
        <translation>предварительный: вводится и объединяется; приложение — только как рабочий проект</translation>
    </message>
    <message>
        <source>version {version}: records stay as they are; records of indicators it removes are kept, read-only, and not counted</source>
        <translation>версия {version}: записи остаются как есть; записи удаляемых им показателей сохраняются, только для чтения, и не учитываются</translation>
    </message>
    <message>
        <source>{file} will hold this plan: its years open for entry, each year entered, checked and exported under its own plan.</source>
        <translation>{file} будет содержать этот план: его годы открываются для ввода, каждый год вводится, проверяется и экспортируется по своему плану.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>A share: {numerator} ÷ {denominator}, the records of both below.</source>
        <translation>Доля: {numerator} ÷ {denominator}, записи обоих ниже.</translation>
    </message>
    <message>
        <source>{indicator}, {period}: {figure}. {counted} record(s) counted, {others} not counted.</source>
        <translation>{indicator}, {period}: {figure}. Учтено записей: {counted}, не учтено: {others}.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>The records behind the figure</source>
        <translation>Записи, стоящие за цифрой</translation>
    </message>
    <message>
        <source>the whole period</source>
        <translation>весь период</translation>
    </message>
    <message>
        <source>Figure of</source>
        <translation>Цифра за</translation>
    </message>
    <message>
        <source>The records behind {indicator}</source>
        <translation>Записи, стоящие за {indicator}</translation>
    </message>
</context>
</TS>
