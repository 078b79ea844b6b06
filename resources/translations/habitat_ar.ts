<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>لا توجد بيانات بعد</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>حفظ الرسم البياني بصيغة PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>حفظ الرسم البياني بصيغة SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {fields}</source>
        <translation>تعديل {fields}</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>إضافة سجل</translation>
    </message>
    <message>
        <source>Delete {count} record(s)</source>
        <translation>حذف {count} من السجلات</translation>
    </message>
    <message>
        <source>Add {count} record(s)</source>
        <translation>إضافة {count} من السجلات</translation>
    </message>
    <message>
        <source>Keep {count} incomplete row(s)</source>
        <translation>الإبقاء على {count} من الصفوف غير المكتملة</translation>
    </message>
    <message>
        <source>typing in {row} · {fields}</source>
        <translation>الكتابة في {row} · {fields}</translation>
    </message>
    <message>
        <source>Edit {row} · {fields}</source>
        <translation>تعديل {row} · {fields}</translation>
    </message>
    <message>
        <source>Add record {row}</source>
        <translation>إضافة السجل {row}</translation>
    </message>
    <message>
        <source>Delete {count} incomplete row(s)</source>
        <translation>حذف {count} من الصفوف غير المكتملة</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Conflicts in {file}</source>
        <translation>التعارضات في {file}</translation>
    </message>
    <message>
        <source>These records were changed in two copies of an office file. Compare the versions and keep one; the other is set aside.</source>
        <translation>عُدِّلت هذه السجلات في نسختين من ملف مكتب. قارن بين الصيغتين واحتفظ بإحداهما؛ وتُنحّى الأخرى جانبًا.</translation>
    </message>
    <message>
        <source>{office} · {indicator} {year} · {place}</source>
        <translation>{office} · {indicator} {year} · {place}</translation>
    </message>
    <message>
        <source>Record {id}: {count} versions</source>
        <translation>السجل {id}: {count} من الصيغ</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <source>Held now: version {version}
from {file}</source>
        <translation>المحفوظة الآن: الصيغة {version}
من {file}</translation>
    </message>
    <message>
        <source>Rival: version {version}
from {file}</source>
        <translation>المنافِسة: الصيغة {version}
من {file}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>لا توجد تعارضات مفتوحة.</translation>
    </message>
    <message>
        <source>Record {id} of {office}</source>
        <translation>السجل {id} التابع لـ {office}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>عدّله</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>الاحتفاظ بهذه الصيغة</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>تعذّر حل التعارض</translation>
    </message>
    <message>
        <source>Record {id}: kept version {version} from {file}.</source>
        <translation>السجل {id}: احتُفظ بالصيغة {version} من {file}.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place} — {office}</source>
        <translation>{indicator} {year} · {place} — {office}</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>السجل {id}</translation>
    </message>
    <message>
        <source>Records with rival versions</source>
        <translation>سجلات ذات صيغ متنافسة</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>الصيغ جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>One column per version; the fields that differ are highlighted. Keep one with the button under its column.</source>
        <translation>عمود لكل صيغة؛ وتُبرز الحقول المختلفة. احتفظ بإحداها بالزر الموجود تحت عمودها.</translation>
    </message>
</context>
<context>
    <name>EntryTemplate</name>
    <message>
        <source>Export entry &amp;template…</source>
        <translation>تصدير &amp;قالب الإدخال…</translation>
    </message>
    <message>
        <source>Save the entry template as</source>
        <translation>حفظ قالب الإدخال باسم</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Entry template written to {path} ({count} record(s) of {year} pre-filled)</source>
        <translation>كُتب قالب الإدخال في {path} ({count} من سجلات {year} معبأة مسبقًا)</translation>
    </message>
    <message>
        <source>Writing the entry template</source>
        <translation>جارٍ كتابة قالب الإدخال</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>The entry template was not written.

{reason}</source>
        <translation>لم يُكتب قالب الإدخال.

{reason}</translation>
    </message>
</context>
<context>
    <name>EntryTemplateDialog</name>
    <message>
        <source>Export entry template</source>
        <translation>تصدير قالب الإدخال</translation>
    </message>
    <message>
        <source>An Excel workbook for entering results offline: drop-down lists, instructions, and the records of the year already in this file. Fill it in, then import it with File → Import CSV/XLSX…</source>
        <translation>مصنف Excel لإدخال النتائج دون اتصال: قوائم منسدلة وتعليمات وسجلات السنة الموجودة بالفعل في هذا الملف. املأه ثم استورده من ملف ← استيراد CSV/XLSX…</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>سنة الإبلاغ</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>لغة المصنف</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annex</source>
        <translation>تصدير المرفق</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>مستند PDF (.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>جدول CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>بيانات JSON (.json)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Include draft and returned records</source>
        <translation>تضمين السجلات المسودة والمعادة</translation>
    </message>
    <message>
        <source>Drafts are not official results: the document will say that it is a working view and its figures are not final.</source>
        <translation>المسودات ليست نتائج رسمية: سيذكر المستند أنه عرض عمل وأن أرقامه غير نهائية.</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>تفاصيل المستند</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>البند من جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>عنوان البند من جدول الأعمال</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>رقم المهمة</translation>
    </message>
    <message>
        <source>Restore the report&apos;s text</source>
        <translation>استعادة نص التقرير</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation>لغة المرفق</translation>
    </message>
    <message>
        <source>Reporting years</source>
        <translation>سنوات الإبلاغ</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Choose where to save the annex.</source>
        <translation>اختر مكان حفظ المرفق.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} مجلد: اختر اسمًا للملف.</translation>
    </message>
    <message>
        <source>Save the annex as</source>
        <translation>حفظ المرفق باسم</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Add a Figures section to the PDF</source>
        <translation>إضافة قسم للأشكال إلى ملف PDF</translation>
    </message>
    <message>
        <source>Each indicator&apos;s figures by year as a chart. The Excel workbook always has a Charts sheet.</source>
        <translation>أرقام كل مؤشر حسب السنة في رسم بياني. ويتضمن مصنف Excel دائمًا ورقة Charts.</translation>
    </message>
    <message>
        <source>Export a working draft anyway, marked “Working draft — not for publication” on every page and sheet</source>
        <translation>تصدير مسودة عمل على أي حال، مع عبارة «مسودة عمل — ليست للنشر» على كل صفحة وورقة</translation>
    </message>
    <message>
        <source>The check found blocking problems (listed above): fix them first, or export a working draft marked as not for publication.</source>
        <translation>وجد الفحص مشكلات مانعة (مذكورة أعلاه): أصلحها أولًا، أو صدّر مسودة عمل موسومة بأنها ليست للنشر.</translation>
    </message>
    <message>
        <source>The kind of file: PDF for the report; Excel, CSV or JSON for the figures.</source>
        <translation>نوع الملف: PDF للتقرير؛ وExcel أو CSV أو JSON للأرقام.</translation>
    </message>
    <message>
        <source>The language the annex is written in.</source>
        <translation>اللغة التي يُكتب بها المرفق.</translation>
    </message>
    <message>
        <source>The first and the last year of the period the annex covers.</source>
        <translation>السنة الأولى والسنة الأخيرة من الفترة التي يغطيها المرفق.</translation>
    </message>
    <message>
        <source>Where the annex is written; Choose… picks a folder and a name.</source>
        <translation>مكان كتابة المرفق؛ ويتيح زر «اختيار…» تحديد مجلد واسم.</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Results framework</source>
        <translation>إطار النتائج</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>{name}
(not an official translation)</source>
        <translation>{name}
(ترجمة غير رسمية)</translation>
    </message>
    <message>
        <source>{name}
Computed from {numerator} ÷ {denominator}; not entered.</source>
        <translation>{name}
يُحسب من {numerator} ÷ {denominator}؛ لا يُدخَل.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>مقدَّم جزئيًا</translation>
    </message>
    <message>
        <source>Indicators that a newer version of the plan no longer has: their records are kept, read-only, and not counted</source>
        <translation>مؤشرات لم تعد في إصدار أحدث من الخطة: تُحفظ سجلاتها، للقراءة فقط، ولا تُحتسب</translation>
    </message>
    <message>
        <source>Removed from the plan (read-only)</source>
        <translation>أُزيلت من الخطة (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>HeadquartersRecordModel</name>
    <message>
        <source>Row {row}: record of office {office}, version {version}</source>
        <translation>الصف {row}: سجل المكتب {office}، الصيغة {version}</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>رُفض الاستيراد</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
        <translation>لم يُستورد شيء من {file}: {count} من المشكلات. صحّح الملف واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file} yet: {count} duplicate(s) found. These rows repeat records already in the file or other rows of the file (same indicator, year, place, entity, breakdown and value), or the whole file was imported before: imported anyway, they would be counted twice.</source>
        <translation>لم يُستورد شيء من {file} بعد: عُثر على {count} من التكرارات. تكرر هذه الصفوف سجلات موجودة بالفعل في الملف أو صفوفًا أخرى في الملف (المؤشر والسنة والمكان والكيان والتصنيف والقيمة نفسها)، أو سبق استيراد الملف كله: ولو استوردت على أي حال لحُسبت مرتين.</translation>
    </message>
    <message>
        <source>Import anyway, duplicates included</source>
        <translation>الاستيراد على أي حال مع التكرارات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot show the history</source>
        <translation>تعذّر عرض السجل التاريخي</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>اختر سجلاً لعرض تاريخه.</translation>
    </message>
    <message>
        <source>Habitat Results</source>
        <translation>Habitat Results</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>No office file open</source>
        <translation>لا يوجد ملف مكتب مفتوح</translation>
    </message>
    <message>
        <source>headquarters file</source>
        <translation>ملف المقر</translation>
    </message>
    <message>
        <source>{office} — Habitat Results</source>
        <translation>{office} — Habitat Results</translation>
    </message>
    <message>
        <source>Cannot create the office file</source>
        <translation>تعذّر إنشاء ملف المكتب</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>فتح ملف مكتب</translation>
    </message>
    <message>
        <source>Cannot write the demo data</source>
        <translation>تعذّرت كتابة البيانات التجريبية</translation>
    </message>
    <message>
        <source>Export annex</source>
        <translation>تصدير المرفق</translation>
    </message>
    <message>
        <source>Exporting the annex is coming in a later version.</source>
        <translation>سيتاح تصدير المرفق في إصدار لاحق.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;تعارضات…</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>{reason}

Accept the key {file} is signed with as a key of office {office}? The merge log records it with the keys known before; the office may then sign with either. Confirm it with the office first.</source>
        <translation>{reason}

هل تقبل المفتاح الذي وُقِّع به {file} مفتاحًا للمكتب {office}؟ يسجّله سجل الدمج مع المفاتيح المعروفة من قبل؛ ويمكن للمكتب بعدها التوقيع بأيٍّ منها. تحقّق من ذلك مع المكتب أولًا.</translation>
    </message>
    <message>
        <source>A new key for {office}</source>
        <translation>مفتاح جديد للمكتب {office}</translation>
    </message>
    <message>
        <source>(new key accepted)</source>
        <translation>(قُبل المفتاح الجديد)</translation>
    </message>
    <message>
        <source>(the office&apos;s key, recorded now)</source>
        <translation>(مفتاح المكتب، سُجِّل الآن)</translation>
    </message>
    <message>
        <source>signed by {key}</source>
        <translation>موقّع بالمفتاح {key}</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>غير موقّع</translation>
    </message>
    <message>
        <source>Merge office files</source>
        <translation>دمج ملفات المكاتب</translation>
    </message>
    <message>
        <source>The headquarters file: an existing one, or a new one, created by the first merge.</source>
        <translation>ملف المقر: ملف موجود، أو ملف جديد يُنشأ عند أول دمج.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Office files to merge. You can also drop files here.</source>
        <translation>ملفات المكاتب المراد دمجها. ويمكنك أيضًا إفلات الملفات هنا.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Headquarters file</source>
        <translation>ملف المقر</translation>
    </message>
    <message>
        <source>Office files</source>
        <translation>ملفات المكاتب</translation>
    </message>
    <message>
        <source>Add the office files, then preview what the merge would do.</source>
        <translation>أضف ملفات المكاتب، ثم عاين ما سيفعله الدمج.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Shows what the merge would do; writes nothing.</source>
        <translation>يعرض ما سيفعله الدمج؛ ولا يكتب شيئًا.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Open the headquarters file</source>
        <translation>فتح ملف المقر</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>المحدَّثة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>المحذوفة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>القديمة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Choose the headquarters file.</source>
        <translation>اختر ملف المقر.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} مجلد: اختر اسمًا للملف.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص {file}…</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>جارٍ دمج {file}…</translation>
    </message>
    <message>
        <source>Previewing the merge</source>
        <translation>معاينة الدمج</translation>
    </message>
    <message>
        <source>Merging office files</source>
        <translation>جارٍ دمج ملفات المكاتب</translation>
    </message>
    <message>
        <source>Nothing was merged.

{reason}</source>
        <translation>لم يُدمج شيء.

{reason}</translation>
    </message>
    <message>
        <source>Cancelled: the files merged before the cancel are kept; the one being merged was not.</source>
        <translation>أُلغي: تبقى الملفات التي دُمجت قبل الإلغاء؛ أما الملف الذي كان قيد الدمج فلم يُدمج.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>أُلغيت المعاينة.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <source>Already merged: nothing to do</source>
        <translation>مدموج بالفعل: لا شيء للقيام به</translation>
    </message>
    <message>
        <source>Would be merged</source>
        <translation>سيُدمج</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>{files} file(s): {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflict(s), {refused} refused.</source>
        <translation>الملفات: {files}؛ المضافة: {added}، المحدَّثة: {updated}، المحذوفة: {deleted}، دون تغيير: {unchanged}، التعارضات: {conflicts}، المرفوضة: {refused}.</translation>
    </message>
    <message>
        <source>Preview, nothing written to {file}: {counts}</source>
        <translation>معاينة، لم يُكتب شيء في {file}: {counts}</translation>
    </message>
    <message>
        <source>Merged into {file}: {counts}</source>
        <translation>دُمج في {file}: {counts}</translation>
    </message>
    <message>
        <source>Refused files were not merged (the reason is in the last column); the others were not affected by them.</source>
        <translation>لم تُدمج الملفات المرفوضة (السبب في العمود الأخير)؛ ولم تتأثر بها الملفات الأخرى.</translation>
    </message>
    <message>
        <source>Add office files</source>
        <translation>إضافة ملفات المكاتب</translation>
    </message>
    <message>
        <source>Merge done</source>
        <translation>اكتمل الدمج</translation>
    </message>
    <message>
        <source>Open the headquarters file {file} in the window, to review the records and resolve conflicts?</source>
        <translation>هل تريد فتح ملف المقر {file} في النافذة لمراجعة السجلات وحل التعارضات؟</translation>
    </message>
    <message>
        <source>({count} conflict(s) to resolve: Review → Conflicts)</source>
        <translation>({count} من التعارضات للحل: المراجعة ← التعارضات)</translation>
    </message>
    <message>
        <source>Another file for {office}</source>
        <translation>ملف آخر لـ {office}</translation>
    </message>
    <message>
        <source>{reason}

Accept {file} as the new file of office {office}? The merge log records it; the earlier file of {office} will then be refused.</source>
        <translation>{reason}

هل تقبل {file} ملفًا جديدًا للمكتب {office}؟ يسجّل سجل الدمج ذلك؛ وسيُرفض بعدها الملف السابق لـ {office}.</translation>
    </message>
    <message>
        <source>What the merge did, file by file</source>
        <translation>ما فعله الدمج، ملفًا ملفًا</translation>
    </message>
    <message>
        <source>One row per office file: its records added, updated, deleted, unchanged, outdated and in conflict, and the result.</source>
        <translation>صف لكل ملف مكتب: سجلاته المضافة والمحدَّثة والمحذوفة ودون تغيير والقديمة والمتعارضة، والنتيجة.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Cut at {limit} characters, the most this text may hold</source>
        <translation>قُطع عند {limit} حرفًا، وهو أقصى ما يتسع له هذا النص</translation>
    </message>
</context>
<context>
    <name>NarrativePanel</name>
    <message>
        <source>What changed under this outcome in the year, in a few sentences. Saved as you type.</source>
        <translation>ما الذي تغيّر في إطار هذه النتيجة خلال السنة، في بضع جمل. يُحفظ أثناء الكتابة.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Office profile</source>
        <translation>ملف تعريف المكتب</translation>
    </message>
    <message>
        <source>e.g. KEN or ROAF</source>
        <translation>مثل KEN أو ROAF</translation>
    </message>
    <message>
        <source>e.g. UN-Habitat Kenya Country Office</source>
        <translation>مثل UN-Habitat Kenya Country Office</translation>
    </message>
    <message>
        <source>e.g. Africa</source>
        <translation>مثل Africa</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Type the country&apos;s name or its code; the list narrows as you type.</source>
        <translation>اكتب اسم البلد أو رمزه؛ تضيق القائمة كلما كتبت.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Explain this figure…</source>
        <translation>اشرح هذا الرقم…</translation>
    </message>
    <message>
        <source>The overview is computed when a file is open.</source>
        <translation>تُحسب النظرة العامة عند فتح ملف.</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>جارٍ حساب النظرة العامة…</translation>
    </message>
    <message>
        <source>The overview could not be computed: {message}</source>
        <translation>تعذّر حساب النظرة العامة: {message}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُعاد</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>مقدَّم جزئيًا</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>مسودة في المكتب فقط</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>لم يُستلم</translation>
    </message>
    <message>
        <source>Overview of {office}, {year}</source>
        <translation>نظرة عامة على {office}، {year}</translation>
    </message>
    <message>
        <source>Working figures: drafts are included, as entered. Click a bar or an outcome to open its records.</source>
        <translation>أرقام العمل: تُدرج المسودات كما أُدخلت. انقر على عمود أو نتيجة لفتح سجلاتها.</translation>
    </message>
    <message>
        <source>{entered} entered · {empty} of {indicators} indicators without data</source>
        <translation>المُدخلة: {entered} · {empty} من أصل {indicators} مؤشرًا بلا بيانات</translation>
    </message>
    <message>
        <source>{submitted} submitted, {draft} draft, {returned} returned; without data: {codes}</source>
        <translation>المقدَّمة: {submitted}، المسودات: {draft}، المعادة: {returned}؛ بلا بيانات: {codes}</translation>
    </message>
    <message>
        <source>Records in {year} by outcome</source>
        <translation>سجلات {year} حسب النتيجة</translation>
    </message>
    <message>
        <source>Changes since the last submission</source>
        <translation>التغييرات منذ آخر تقديم</translation>
    </message>
    <message>
        <source>{year} has not been submitted yet.</source>
        <translation>لم تُقدَّم سنة {year} بعد.</translation>
    </message>
    <message>
        <source>{year} was last submitted on {date} (UTC).</source>
        <translation>قُدِّمت سنة {year} آخر مرة في {date} (بالتوقيت العالمي المنسق).</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>لم يتغير شيء منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Records changed since, by indicator:</source>
        <translation>السجلات التي تغيّرت منذ ذلك الحين، حسب المؤشر:</translation>
    </message>
    <message>
        <source>{code}: {added} added, {changed} changed, {deleted} deleted</source>
        <translation>{code}: المضافة {added}، المعدَّلة {changed}، المحذوفة {deleted}</translation>
    </message>
    <message>
        <source>{period}: {figure}</source>
        <translation>{period}: {figure}</translation>
    </message>
    <message>
        <source>target {value} by {year}</source>
        <translation>الهدف {value} بحلول {year}</translation>
    </message>
    <message>
        <source>{percent} % of the way to {value} by {year}</source>
        <translation>{percent} في المائة من الطريق نحو {value} بحلول {year}</translation>
    </message>
    <message>
        <source>Overview of the headquarters file: {offices} offices, {period}</source>
        <translation>نظرة عامة على ملف المقر: {offices} من المكاتب، {period}</translation>
    </message>
    <message>
        <source>The figures the annex would show: submitted and validated records. Click a bar, a cell or a problem to open its records.</source>
        <translation>الأرقام التي سيعرضها المرفق: السجلات المقدَّمة والمعتمدة. انقر على عمود أو خلية أو مشكلة لفتح سجلاتها.</translation>
    </message>
    <message>
        <source>({held} records held, {returned} returned)</source>
        <translation>(السجلات المحفوظة: {held}، المعادة: {returned})</translation>
    </message>
    <message>
        <source>Reports received, by office and year</source>
        <translation>التقارير المستلمة، حسب المكتب والسنة</translation>
    </message>
    <message>
        <source>Domain of change</source>
        <translation>مجال التغيير</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>الأرقام حسب</translation>
    </message>
    <message>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Merged total {period}: {figure}</source>
        <translation>المجموع المدموج {period}: {figure}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>The report gives {figure}</source>
        <translation>يذكر التقرير {figure}</translation>
    </message>
    <message>
        <source>The report gives no figure</source>
        <translation>لا يذكر التقرير رقمًا</translation>
    </message>
    <message>
        <source>Merged {figure} · report {report}</source>
        <translation>المدموج {figure} · التقرير {report}</translation>
    </message>
    <message>
        <source>Standing between the data and the annex</source>
        <translation>ما يحول بين البيانات والمرفق</translation>
    </message>
    <message>
        <source>{conflicts} records with rival versions · {returned} records returned to their office · {blocking} other blocking problems</source>
        <translation>سجلات ذات صيغ متنافسة: {conflicts} · سجلات معادة إلى مكاتبها: {returned} · مشكلات مانعة أخرى: {blocking}</translation>
    </message>
    <message>
        <source>… and {count} more (the command habitat-results check lists them all)</source>
        <translation>… و{count} أخرى (يسردها الأمر habitat-results check جميعًا)</translation>
    </message>
    <message>
        <source>country {key}</source>
        <translation>البلد {key}</translation>
    </message>
    <message>
        <source>office {key}</source>
        <translation>المكتب {key}</translation>
    </message>
    <message>
        <source>region {key}</source>
        <translation>المنطقة {key}</translation>
    </message>
    <message>
        <source>period {key}</source>
        <translation>الفترة {key}</translation>
    </message>
    <message>
        <source>{where}: {versions} versions of one record, none chosen</source>
        <translation>{where}: {versions} من صيغ سجل واحد، ولم تُختر أي منها</translation>
    </message>
    <message>
        <source>{indicator} is above {at_most} ({where})</source>
        <translation>{indicator} أعلى من {at_most} ({where})</translation>
    </message>
    <message>
        <source>{indicator} is {percent} %, above 100 % ({where})</source>
        <translation>{indicator} يساوي {percent} في المائة، أي أكثر من 100 في المائة ({where})</translation>
    </message>
    <message>
        <source>{where}: {value} is above the ceiling of {ceiling} for one record</source>
        <translation>{where}: {value} أعلى من الحد الأقصى {ceiling} للسجل الواحد</translation>
    </message>
    <message>
        <source>grey: {code} of {plan}, which it continues</source>
        <translation>بالرمادي: {code} من {plan}، الذي يواصله</translation>
    </message>
    <message>
        <source>{code} {year} ({plan}): {value}</source>
        <translation>{code} {year} ({plan}): {value}</translation>
    </message>
    <message>
        <source>The domain of change whose indicators the table shows.</source>
        <translation>مجال التغيير الذي يعرض الجدول مؤشراته.</translation>
    </message>
    <message>
        <source>Shows each indicator&apos;s merged figures by year, by region or by office.</source>
        <translation>يعرض الأرقام المدموجة لكل مؤشر حسب السنة أو المنطقة أو المكتب.</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>the row is hidden and holds values; a plan workbook shows all it holds: unhide the row or delete it</source>
        <translation>الصف مخفي ويحوي قيمًا؛ مصنف الخطة يُظهر كل ما يحويه: أظهر الصف أو احذفه</translation>
    </message>
    <message>
        <source>the column is hidden and holds values; a plan workbook shows all it holds: unhide the column or delete it</source>
        <translation>العمود مخفي ويحوي قيمًا؛ مصنف الخطة يُظهر كل ما يحويه: أظهر العمود أو احذفه</translation>
    </message>
    <message>
        <source>{path} is a results file or a workbook; a plan file is never written over it: choose another name, such as plan.json</source>
        <translation>{path} ملف نتائج أو مصنف؛ لا يُكتب ملف الخطة فوقه أبدًا: اختر اسمًا آخر، مثل plan.json</translation>
    </message>
    <message>
        <source>{path}: a plan of format {format}, which this version of Habitat Results does not read (it reads formats {known}); please update the app</source>
        <translation>{path}: خطة بالصيغة {format}، وهي صيغة لا يقرؤها هذا الإصدار من Habitat Results (يقرأ الصيغ {known})؛ يُرجى تحديث التطبيق</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, too large for a plan file (at most {limit})</source>
        <translation>{path}: {size} بايت، وهو حجم أكبر مما يحتمله ملف خطة (بحد أقصى {limit})</translation>
    </message>
    <message>
        <source>{path}: not a valid plan: {problems}{more_text}</source>
        <translation>{path}: خطة غير صالحة: {problems}{more_text}</translation>
    </message>
    <message>
        <source>required; the cell is empty</source>
        <translation>مطلوب؛ الخلية فارغة</translation>
    </message>
    <message>
        <source>required when {other} is given</source>
        <translation>مطلوب عند إدخال {other}</translation>
    </message>
    <message>
        <source>required: the English text, since {column} is given</source>
        <translation>مطلوب: النص الإنكليزي، لأن {column} مُدخل</translation>
    </message>
    <message>
        <source>{text} is not text</source>
        <translation>{text} ليس نصًا</translation>
    </message>
    <message>
        <source>{text} is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 into 1; format the cell as Text and type it again</source>
        <translation>{text} رقم، لكن هذا العمود يحوي نصًا: يحوّل Excel ‎1.10 إلى 1.1 و‎1.0 إلى 1؛ اجعل تنسيق الخلية نصًا واكتب القيمة من جديد</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&quot;{text}&quot; ليس رقمًا</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&quot;{text}&quot; ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{text} is not above 0</source>
        <translation>{text} ليس أكبر من 0</translation>
    </message>
    <message>
        <source>{text} is below 0</source>
        <translation>{text} أقل من 0</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>&quot;{text}&quot; ليس واحدًا من: {allowed}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>طويل جدًا ({count} حرفًا)؛ بحد أقصى {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char}, which is not text; retype it</source>
        <translation>يحتوي على حرف التحكم {char}، وهو ليس نصًا؛ أعد كتابته</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most {limit}</source>
        <translation>&quot;{text}&quot; ليس رمزًا: أحرف وأرقام و&quot;.&quot; و&quot;-&quot; و&quot;_&quot;، يبدأ بحرف أو رقم، بحد أقصى {limit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language of the plan: {allowed}</source>
        <translation>&quot;{text}&quot; ليست لغة من لغات الخطة: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the plan; the keys are: {keys}</source>
        <translation>&quot;{text}&quot; ليس مفتاحًا من مفاتيح الخطة؛ المفاتيح هي: {keys}</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; is missing: add a row with it</source>
        <translation>المفتاح &quot;{text}&quot; مفقود: أضف صفًا له</translation>
    </message>
    <message>
        <source>the sheet {part} reaches beyond {max_rows} rows or {max_columns} columns, more than a plan holds</source>
        <translation>الورقة {part} تتجاوز {max_rows} صفًا أو {max_columns} عمودًا، وهو أكثر مما تحويه خطة</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>المفتاح &quot;{text}&quot; يرد مرتين (أيضًا في {other})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a column of this sheet; the columns are: {columns}</source>
        <translation>&quot;{text}&quot; ليس عمودًا في هذه الورقة؛ الأعمدة هي: {columns}</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>العمود &quot;{text}&quot; يرد مرتين (أيضًا في {other})</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; is missing; add it to the first row</source>
        <translation>العمود &quot;{text}&quot; مفقود؛ أضفه إلى الصف الأول</translation>
    </message>
    <message>
        <source>a value in a column without a name in the first row: name the column or clear the cell</source>
        <translation>قيمة في عمود بلا اسم في الصف الأول: سمِّ العمود أو أفرغ الخلية</translation>
    </message>
    <message>
        <source>{sheet} must be a list of entries</source>
        <translation>يجب أن يكون {sheet} قائمة من الإدخالات</translation>
    </message>
    <message>
        <source>the sheet {sheet} holds no entries</source>
        <translation>الورقة {sheet} لا تحوي أي إدخال</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing; a plan workbook has the sheets {sheets}</source>
        <translation>الورقة &quot;{sheet}&quot; مفقودة؛ مصنف الخطة يضم الأوراق {sheets}</translation>
    </message>
    <message>
        <source>the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or delete it</source>
        <translation>الورقة مخفية؛ مصنف الخطة يُظهر كل ما يحويه: أظهر الورقة أو احذفها</translation>
    </message>
    <message>
        <source>a formula ({formula}); a plan workbook holds values only: type the value itself</source>
        <translation>صيغة ({formula})؛ مصنف الخطة يحوي قيمًا فقط: اكتب القيمة نفسها</translation>
    </message>
    <message>
        <source>an error value ({text}) instead of a value</source>
        <translation>قيمة خطأ ({text}) بدلًا من قيمة</translation>
    </message>
    <message>
        <source>a date ({text}); type the value as text or a number</source>
        <translation>تاريخ ({text})؛ اكتب القيمة نصًا أو رقمًا</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year from 1900 to 2100</source>
        <translation>&quot;{text}&quot; ليس سنة من 1900 إلى 2100</translation>
    </message>
    <message>
        <source>the last year {last} comes before the first year {first}</source>
        <translation>السنة الأخيرة {last} تسبق السنة الأولى {first}</translation>
    </message>
    <message>
        <source>the years {first}–{last} overlap the plan {other} ({other_first}–{other_last}) built into the app; a results file follows one plan a year</source>
        <translation>السنوات {first}–{last} تتداخل مع الخطة {other} ({other_first}–{other_last}) المدمجة في التطبيق؛ يتبع ملف النتائج خطة واحدة لكل سنة</translation>
    </message>
    <message>
        <source>{id} {version} is the plan built into the app, and this one counts otherwise: give it a new version</source>
        <translation>{id} {version} هي الخطة المدمجة في التطبيق، وهذه تعدّ بطريقة أخرى: أعطها إصدارًا جديدًا</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; must be a number above 1</source>
        <translation>يجب أن يكون &quot;{text}&quot; رقمًا أكبر من 1</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level: 1 at the top, at most {most}</source>
        <translation>&quot;{text}&quot; ليس مستوى: 1 في الأعلى، بحد أقصى {most}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key: small letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>&quot;{text}&quot; ليس مفتاحًا: أحرف صغيرة وأرقام و&quot;_&quot;، يبدأ بحرف</translation>
    </message>
    <message>
        <source>level {number} has no level {missing} above it</source>
        <translation>المستوى {number} ليس فوقه مستوى {missing}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the sheet levels</source>
        <translation>&quot;{text}&quot; ليس مفتاحًا في الورقة levels</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; appears twice (also at {other})</source>
        <translation>&quot;{text}&quot; يرد مرتين (أيضًا في {other})</translation>
    </message>
    <message>
        <source>{code} sits under itself: {path}</source>
        <translation>{code} يقع تحت نفسه: {path}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code of the sheet structure</source>
        <translation>&quot;{text}&quot; ليس رمزًا في الورقة structure</translation>
    </message>
    <message>
        <source>required: a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>مطلوب: تقع مجموعة المستوى {number} ({level}) تحت مجموعة من المستوى {above}</translation>
    </message>
    <message>
        <source>a group of level 1 ({level}) sits at the top: leave its parent empty</source>
        <translation>مجموعة المستوى 1 ({level}) في الأعلى: اترك أصلها فارغًا</translation>
    </message>
    <message>
        <source>&apos;{parent}&apos; is a group of level {found} ({parent_level}); a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>&quot;{parent}&quot; مجموعة من المستوى {found} ({parent_level})؛ تقع مجموعة المستوى {number} ({level}) تحت مجموعة من المستوى {above}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds groups ({groups}); indicators sit under a group that holds no groups</source>
        <translation>&quot;{text}&quot; تحوي مجموعات ({groups})؛ تقع المؤشرات تحت مجموعة لا تحوي مجموعات</translation>
    </message>
    <message>
        <source>unit &apos;{text}&apos; is not in units</source>
        <translation>الوحدة &quot;{text}&quot; ليست في units</translation>
    </message>
    <message>
        <source>required for a distinct indicator: what it counts once ({allowed})</source>
        <translation>مطلوب لمؤشر فريد: ما يعدّه مرة واحدة ({allowed})</translation>
    </message>
    <message>
        <source>only for a {rule} indicator: leave it empty</source>
        <translation>لمؤشر {rule} فقط: اتركه فارغًا</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan</source>
        <translation>&quot;{text}&quot; ليس مؤشرًا في هذه الخطة</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is itself derived; a share is derived from two indicators that offices enter</source>
        <translation>&quot;{text}&quot; مؤشر مشتق بدوره؛ تُشتق النسبة من مؤشرين تُدخلهما المكاتب</translation>
    </message>
    <message>
        <source>the numerator and the denominator are both {text}</source>
        <translation>البسط والمقام كلاهما {text}</translation>
    </message>
    <message>
        <source>{text} is above 100; a derived indicator is a share in per cent</source>
        <translation>{text} أكبر من 100؛ المؤشر المشتق نسبة مئوية</translation>
    </message>
    <message>
        <source>the target year {target} must come after the baseline year {baseline}</source>
        <translation>يجب أن تأتي سنة الهدف {target} بعد سنة خط الأساس {baseline}</translation>
    </message>
    <message>
        <source>the target equals the baseline ({value}): progress cannot be shown</source>
        <translation>الهدف يساوي خط الأساس ({value}): لا يمكن إظهار التقدم</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan that offices enter</source>
        <translation>&quot;{text}&quot; ليس مؤشرًا في هذه الخطة تُدخله المكاتب</translation>
    </message>
    <message>
        <source>a rule compares two different indicators; both are {text}</source>
        <translation>القاعدة تقارن بين مؤشرين مختلفين؛ وكلاهما هنا {text}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is this plan; a crosswalk names an earlier plan</source>
        <translation>&quot;{text}&quot; هي هذه الخطة؛ جدول التقابل يذكر خطة سابقة</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of {plan} {version}</source>
        <translation>&quot;{text}&quot; ليس مؤشرًا في {plan} {version}</translation>
    </message>
    <message>
        <source>{plan} ({first}–{last}) does not end before this plan&apos;s first year {own_first}; a crosswalk continues an earlier plan</source>
        <translation>{plan} ({first}–{last}) لا تنتهي قبل السنة الأولى لهذه الخطة {own_first}؛ جدول التقابل يواصل خطة سابقة</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>required: an indicator code of {framework}, such as 1.1.a</source>
        <translation>مطلوب: رمز مؤشر من {framework}، مثل 1.1.a</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an indicator of {framework} {version}</source>
        <translation>«{code}» ليس مؤشرًا في {framework} {version}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator} and cannot be entered</source>
        <translation>{code} يُحسب من {numerator} ÷ {denominator} ولا يمكن إدخاله</translation>
    </message>
    <message>
        <source>required: a year from {first} to {last}</source>
        <translation>مطلوب: سنة من {first} إلى {last}</translation>
    </message>
    <message>
        <source>{year} lies outside the plan period {first}–{last}</source>
        <translation>{year} خارج فترة الخطة {first}–{last}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>طويل جدًا ({count} حرفًا)؛ الحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>contains the control character {char} at character {position}, which is not text; retype it</source>
        <translation>يحتوي على حرف التحكم {char} عند الحرف {position}، وهو ليس نصًا؛ أعد كتابته</translation>
    </message>
    <message>
        <source>a line break at character {position}; this field is one line of text</source>
        <translation>فاصل أسطر عند الحرف {position}؛ هذا الحقل سطر واحد من النص</translation>
    </message>
    <message>
        <source>a tab at character {position}; this field is one line of text</source>
        <translation>علامة جدولة عند الحرف {position}؛ هذا الحقل سطر واحد من النص</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; the point may separate thousands (1.200 = 1200 in many languages) or decimals (1.2): write the number without separators</source>
        <translation>«{text}» ليس عددًا صحيحًا من {unit}؛ قد تفصل النقطة الآلاف (1.200 = 1200 في لغات كثيرة) أو الكسور العشرية (1.2): اكتب العدد دون فواصل</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}; a count is a whole number, without decimals</source>
        <translation>«{text}» ليس عددًا صحيحًا من {unit}؛ العدّ عدد صحيح بلا كسور عشرية</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)</source>
        <translation>«{text}» ليس رمز بلد وفق ISO 3166-1 alpha-3 (مثل KEN وBRA)</translation>
    </message>
    <message>
        <source>required when a city is given: the ISO 3166-1 alpha-3 code of the city&apos;s country</source>
        <translation>مطلوب عند ذكر مدينة: رمز ISO 3166-1 alpha-3 لبلد المدينة</translation>
    </message>
    <message>
        <source>leave empty (or 1) for {code}: each record counts one {entity}</source>
        <translation>اتركه فارغًا (أو 1) لـ {code}: كل سجل يحسب {entity} واحدًا</translation>
    </message>
    <message>
        <source>required for {code}, which counts cities (with the city&apos;s country)</source>
        <translation>مطلوب لـ {code}، الذي يحسب المدن (مع بلد المدينة)</translation>
    </message>
    <message>
        <source>required for {code}: the ISO 3166-1 alpha-3 code</source>
        <translation>مطلوب لـ {code}: رمز ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>required for {code}: the name of the {unit} counted</source>
        <translation>مطلوب لـ {code}: اسم ما يُحسب ({unit})</translation>
    </message>
    <message>
        <source>required for {code}: a whole number of {unit}</source>
        <translation>مطلوب لـ {code}: عدد صحيح من {unit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of {unit}</source>
        <translation>«{text}» ليس عددًا صحيحًا من {unit}</translation>
    </message>
    <message>
        <source>{value} is negative; counts are whole numbers of 0 or more</source>
        <translation>{value} سالب؛ الأعداد المحسوبة أعداد صحيحة من 0 فأكثر</translation>
    </message>
    <message>
        <source>{value} is implausibly large (more than {limit})</source>
        <translation>{value} كبير على نحو غير معقول (أكثر من {limit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: none, at least, more than, about</source>
        <translation>«{text}» ليس من بين: none وat least وmore than وabout</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>«{text}» ليس من بين: {allowed}</translation>
    </message>
    <message>
        <source>{code} is not broken down by {field}; leave it empty</source>
        <translation>{code} غير مصنف حسب {field}؛ اتركه فارغًا</translation>
    </message>
    <message>
        <source>required: the office&apos;s name</source>
        <translation>مطلوب: اسم المكتب</translation>
    </message>
    <message>
        <source>the office code must be 1–20 letters, digits or hyphens</source>
        <translation>يجب أن يتكون رمز المكتب من 1 إلى 20 حرفًا أو رقمًا أو شرطة</translation>
    </message>
    <message>
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>named item</source>
        <translation>عنصر مسمّى</translation>
    </message>
    <message>
        <source>country or city</source>
        <translation>بلد أو مدينة</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country: type its name, its ISO 3166-1 alpha-3 code (e.g. KEN) or the first letters of its name</source>
        <translation>«{text}» ليس بلدًا: اكتب اسمه أو رمزه وفق ISO 3166-1 alpha-3 (مثل KEN) أو الأحرف الأولى من اسمه</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be {names}: type more letters or the code</source>
        <translation>«{text}» قد يكون {names}: اكتب أحرفًا أكثر أو الرمز</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome of {framework}</source>
        <translation>«{outcome}» ليس نتيجة في {framework}</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ليس نصًا</translation>
    </message>
    <message>
        <source>not a field that can be edited</source>
        <translation>ليس حقلًا قابلًا للتعديل</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>«{text}» ليس رمز بلد وفق ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>a duplicate of {record}, already in the file</source>
        <translation>تكرار لـ {record}، الموجود بالفعل في الملف</translation>
    </message>
    <message>
        <source>a duplicate of {row} ({described})</source>
        <translation>تكرار لـ {row} ({described})</translation>
    </message>
    <message>
        <source>a breakdown row says &apos;of which&apos;, but {place} has no total: add the total as a row without sex, age and disability</source>
        <translation>صف تصنيف يقول «منها»، لكن {place} ليس له مجموع: أضف المجموع صفًا بلا جنس ولا عمر ولا إعاقة</translation>
    </message>
    <message>
        <source>the parts by {dimension} of {place} ({listed}) add up to {added}, more than their total {total} ({named}); breakdown rows say &apos;of which&apos; and may not exceed the total</source>
        <translation>أجزاء {place} حسب {dimension} ({listed}) مجموعها {added}، وهو أكثر من مجموعها الكلي {total} ({named})؛ صفوف التصنيف تقول «منها» ولا يجوز أن تتجاوز المجموع</translation>
    </message>
    <message>
        <source>office</source>
        <translation>مكتب</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <source>record {row}, {problem}</source>
        <translation>السجل {row}، {problem}</translation>
    </message>
    <message>
        <source>required when returning records: say what the office should change</source>
        <translation>مطلوب عند إعادة السجلات: اذكر ما ينبغي أن يغيّره المكتب</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of this file ({periods})</source>
        <translation>{year} خارج خطط هذا الملف ({periods})</translation>
    </message>
    <message>
        <source>{code} was removed from the plan {plan} by its version {version}; its records are kept, read-only, and not counted</source>
        <translation>أُزيل {code} من الخطة {plan} في إصدارها {version}؛ تبقى سجلاته للقراءة فقط ولا تُحسب</translation>
    </message>
    <message>
        <source>the total of {place} has {count} breakdown part(s) that say &apos;of which&apos; ({listed}): delete or move the parts first, or keep a total for them</source>
        <translation>لمجموع {place} عدد {count} من أجزاء التصنيف التي تعني «منها» ({listed}): احذف الأجزاء أو انقلها أولاً، أو أبقِ مجموعاً لها</translation>
    </message>
    <message>
        <source>a copy of {record}: change what differs (another city, another year…) to store it</source>
        <translation>نسخة من {record}: غيّر ما يختلف (مدينة أخرى، سنة أخرى…) لحفظها</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>{where}, {column}: {message}</source>
        <translation>{where}، {column}: {message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{path}: unsupported file type &apos;{suffix}&apos;; use .csv or .xlsx</source>
        <translation>{path}: نوع ملف غير مدعوم «{suffix}»؛ استخدم .csv أو .xlsx</translation>
    </message>
    <message>
        <source>the file is {size}; at most {limit} can be imported at once: split it into smaller files</source>
        <translation>حجم الملف {size}؛ الحد الأقصى للاستيراد دفعة واحدة {limit}: قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>longer than {limit} characters; is this a table exported as CSV?</source>
        <translation>أطول من {limit} حرفًا؛ هل هذا جدول مُصدَّر بصيغة CSV؟</translation>
    </message>
    <message>
        <source>more than {limit} rows; import at most {limit} at a time (split the file)</source>
        <translation>أكثر من {limit} صف؛ استورد {limit} صف على الأكثر في كل مرة (قسّم الملف)</translation>
    </message>
    <message>
        <source>a cell of {length} characters; at most {limit}</source>
        <translation>خلية من {length} حرفًا؛ الحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>not UTF-8 text: {places}. In Excel, save it with File &gt; Save As &gt; &apos;CSV UTF-8 (Comma delimited)&apos;</source>
        <translation>ليس نصًا بترميز UTF-8: {places}. في Excel، احفظه عبر ملف &gt; حفظ باسم &gt; «CSV UTF-8 (محدد بفاصلة)»</translation>
    </message>
    <message>
        <source>not a readable CSV file ({detail})</source>
        <translation>ليس ملف CSV مقروءًا ({detail})</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet (not an Excel workbook: {detail})</source>
        <translation>لا يمكن قراءته جدول بيانات (ليس مصنف Excel: {detail})</translation>
    </message>
    <message>
        <source>the workbook holds {count} parts; at most {limit}</source>
        <translation>يحتوي المصنف على {count} من الأجزاء؛ الحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} ({part}: {part_size}); at most {limit}</source>
        <translation>حجم المصنف بعد فك ضغطه {size} ({part}: {part_size})؛ الحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>لا يحتوي المصنف على أي ورقة عمل</translation>
    </message>
    <message>
        <source>damaged workbook: its first sheet ({part}) is missing</source>
        <translation>مصنف تالف: ورقته الأولى ({part}) مفقودة</translation>
    </message>
    <message>
        <source>damaged workbook: {part} is not readable XML ({detail})</source>
        <translation>مصنف تالف: {part} ليس XML مقروءًا ({detail})</translation>
    </message>
    <message>
        <source>damaged workbook: {part} cannot be unpacked ({detail})</source>
        <translation>مصنف تالف: تعذّر فك ضغط {part} ({detail})</translation>
    </message>
    <message>
        <source>the workbook contains a document type declaration, which Excel never writes</source>
        <translation>يحتوي المصنف على تعريف نوع مستند، وهو ما لا يكتبه Excel أبدًا</translation>
    </message>
    <message>
        <source>cell{label} holds more than {limit} characters, the most a cell may hold</source>
        <translation>الخلية{label} تحتوي على أكثر من {limit} حرفًا، وهو أقصى ما تتسع له الخلية</translation>
    </message>
    <message>
        <source>a text shared by cells holds more than {limit} characters, the most a cell may hold</source>
        <translation>نص مشترك بين خلايا يحتوي على أكثر من {limit} حرفًا، وهو أقصى ما تتسع له الخلية</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} texts</source>
        <translation>يحتوي المصنف على أكثر من {limit} نصًا</translation>
    </message>
    <message>
        <source>cell {ref} lies beyond column {column}; at most {limit} columns are read</source>
        <translation>الخلية {ref} تقع بعد العمود {column}؛ لا يُقرأ أكثر من {limit} عمودًا</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit} rows; import at most {limit} at a time (split the sheet)</source>
        <translation>الورقة الأولى فيها أكثر من {limit} صف؛ استورد {limit} صف على الأكثر في كل مرة (قسّم الورقة)</translation>
    </message>
    <message>
        <source>the first sheet declares the range {ref} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: copy the table alone into a new workbook</source>
        <translation>تعلن الورقة الأولى النطاق {ref} ({rows} صف × {columns} عمود)؛ لا يُقرأ أكثر من {max_rows} صف و{max_columns} عمود: انسخ الجدول وحده إلى مصنف جديد</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <source>{cells} cells, but the header has {header}</source>
        <translation>{cells} من الخلايا، لكن صف العناوين فيه {header}</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>الملف فارغ؛ كان متوقعًا صف عناوين</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet ({detail})</source>
        <translation>لا يمكن قراءته جدول بيانات ({detail})</translation>
    </message>
    <message>
        <source>unknown column; the columns are: {columns}</source>
        <translation>عمود غير معروف؛ الأعمدة هي: {columns}</translation>
    </message>
    <message>
        <source>unknown column (is the file separated by {separator}? then a column name is misspelt); the columns are: {columns}</source>
        <translation>عمود غير معروف (هل الملف مفصول بـ{separator}؟ إذن ففي اسم عمود خطأ إملائي)؛ الأعمدة هي: {columns}</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>عمود بلا اسم</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>العمود مكرر مرتين</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>عمود مطلوب مفقود</translation>
    </message>
    <message>
        <source>this file was already imported on {when} UTC (as {name}, {records} records); importing it again would count its records twice</source>
        <translation>سبق استيراد هذا الملف في {when} بالتوقيت العالمي (باسم {name}، {records} من السجلات)؛ واستيراده مرة أخرى سيحسب سجلاته مرتين</translation>
    </message>
    <message>
        <source>{source}: nothing imported; {problems} problem(s)</source>
        <translation>{source}: لم يُستورد شيء؛ {problems} من المشكلات</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty; expected a header row</source>
        <translation>الورقة {sheet} فارغة؛ كان متوقعًا صف عناوين</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is not in this file (a template made from another office file?); copy its values into an empty row to enter it as a new record</source>
        <translation>عُبّئ هذا الصف مسبقًا من السجل {id}، وهو غير موجود في هذا الملف (قالب أُعدّ من ملف مكتب آخر؟)؛ انسخ قيمه إلى صف فارغ لإدخاله سجلًا جديدًا</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is deleted from the file since the template was made; copy its values into an empty row to enter it as a new record</source>
        <translation>عُبّئ هذا الصف مسبقًا من السجل {id}، الذي حُذف من الملف بعد إعداد القالب؛ انسخ قيمه إلى صف فارغ لإدخاله سجلًا جديدًا</translation>
    </message>
    <message>
        <source>the row of record {id} was cleared; records already in the file are deleted in the app, not by import</source>
        <translation>أُفرغ صف السجل {id}؛ السجلات الموجودة بالفعل في الملف تُحذف في التطبيق، لا بالاستيراد</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file); records already in the file are changed in the app, not by import</source>
        <translation>يختلف عن السجل {id} الموجود بالفعل في الملف («{here}» هنا، و«{there}» في الملف)؛ السجلات الموجودة بالفعل في الملف تُعدَّل في التطبيق، لا بالاستيراد</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file (&apos;{here}&apos; here, &apos;{there}&apos; in the file) (the record was changed in the file after the template was made: version {version}, the template has {template_version}); records already in the file are changed in the app, not by import</source>
        <translation>يختلف عن السجل {id} الموجود بالفعل في الملف («{here}» هنا، و«{there}» في الملف) (عُدّل السجل في الملف بعد إعداد القالب: الصيغة {version}، وفي القالب {template_version})؛ السجلات الموجودة بالفعل في الملف تُعدَّل في التطبيق، لا بالاستيراد</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>language &apos;{lang}&apos; is not one of {known}</source>
        <translation>اللغة «{lang}» ليست إحدى اللغات {known}</translation>
    </message>
    <message>
        <source>the PDF font {font} was not found; reinstall Habitat Results (its fonts are in resources/fonts) or install {package}</source>
        <translation>لم يُعثر على خط PDF ‏{font}؛ أعد تثبيت Habitat Results (خطوطه في resources/fonts) أو ثبّت {package}</translation>
    </message>
    <message>
        <source>the annex cannot be laid out on the page: {detail}</source>
        <translation>لا يمكن تنسيق المرفق على الصفحة: {detail}</translation>
    </message>
    <message>
        <source>{path}: not an office key file ({detail})</source>
        <translation>{path}: ليس ملف مفتاح مكتب ({detail})</translation>
    </message>
    <message>
        <source>{path}: the office key could not be written ({detail})</source>
        <translation>{path}: تعذّرت كتابة مفتاح المكتب ({detail})</translation>
    </message>
    <message>
        <source>this profile holds no key for office {office} (keys folder {folder})</source>
        <translation>لا يحتوي هذا الملف الشخصي على مفتاح للمكتب {office} (مجلد المفاتيح {folder})</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name for the exported key</source>
        <translation>{path} موجود بالفعل؛ اختر اسمًا آخر للمفتاح المُصدَّر</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) does not match what it signs: the file was changed after it was signed, or the signature is damaged</source>
        <translation>توقيعه {row} (السنة {year}) لا يطابق ما يوقّعه: عُدِّل الملف بعد توقيعه، أو التوقيع تالف</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) was made for office {office}, file {file_id}, not for this file</source>
        <translation>توقيعه {row} (السنة {year}) أُنشئ للمكتب {office}، الملف {file_id}، لا لهذا الملف</translation>
    </message>
    <message>
        <source>it is not signed, but headquarters knows office {office} by its key ({keys}); an unsigned file from this office is refused. Ask the office to submit its year again with this version of the app</source>
        <translation>الملف غير موقّع، لكن المقر يعرف المكتب {office} بمفتاحه ({keys})؛ يُرفض أي ملف غير موقّع من هذا المكتب. اطلب من المكتب إعادة تقديم سنته بهذا الإصدار من التطبيق</translation>
    </message>
    <message>
        <source>the record {id} ({year}) is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>السجل {id} ({year}) ليس كما وُقِّع: تغيّر بعد تقديم {year}. يعيد المكتب تقديم {year} لتوقيعه</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>سرد النتيجة {outcome} {year} ليس كما وُقِّع: تغيّر بعد تقديم {year}. يعيد المكتب تقديم {year} لتوقيعه</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters revoked for office {office}</source>
        <translation>الملف موقّع بالمفتاح {key}، الذي ألغى المقر الثقة به للمكتب {office}</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters knows as office {other}&apos;s, not {office}&apos;s</source>
        <translation>الملف موقّع بالمفتاح {key}، الذي يعرفه المقر على أنه مفتاح المكتب {other}، لا {office}</translation>
    </message>
    <message>
        <source>it is signed with a key headquarters does not know for office {office} ({key}); headquarters knows the office by {known}. If the office has a new laptop or a new colleague, merge it again confirming the new key</source>
        <translation>الملف موقّع بمفتاح لا يعرفه المقر للمكتب {office} ({key})؛ يعرف المقر المكتب بالمفتاح {known}. إذا كان لدى المكتب حاسوب جديد أو زميل جديد، فادمجه مرة أخرى مع تأكيد المفتاح الجديد</translation>
    </message>
    <message>
        <source>{file} holds no office key whose fingerprint starts with {key}</source>
        <translation>لا يحتوي {file} على مفتاح مكتب تبدأ بصمته بـ {key}</translation>
    </message>
    <message>
        <source>more than one office key in {file} has a fingerprint starting with {key}: type more of it</source>
        <translation>يوجد في {file} أكثر من مفتاح مكتب تبدأ بصمته بـ {key}: اكتب المزيد منها</translation>
    </message>
    <message>
        <source>{path}: {year} has no records to submit</source>
        <translation>{path}: لا توجد سجلات لتقديمها في {year}</translation>
    </message>
    <message>
        <source>{path}: {year} is already submitted; nothing to submit</source>
        <translation>{path}: تم تقديم {year} بالفعل؛ لا شيء لتقديمه</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: مرفوض: {reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>رابط إلى ملف غير موجود</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>is a folder, not a results file</source>
        <translation>مجلد، وليس ملف نتائج</translation>
    </message>
    <message>
        <source>not a regular file (a device or a pipe)</source>
        <translation>ليس ملفًا عاديًا (جهاز أو أنبوب)</translation>
    </message>
    <message>
        <source>it was being written when last closed ({journal} lies next to it); open it once in Habitat Results on that computer, then send it again</source>
        <translation>كان قيد الكتابة عند إغلاقه آخر مرة (يوجد {journal} بجانبه)؛ افتحه مرة واحدة في Habitat Results على ذلك الحاسوب، ثم أرسله مرة أخرى</translation>
    </message>
    <message>
        <source>locked by another program that is writing to it; close it there (or wait) and try again</source>
        <translation>مقفل من برنامج آخر يكتب فيه؛ أغلقه هناك (أو انتظر) وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>cannot be read: permission denied, or locked by another program</source>
        <translation>تتعذّر قراءته: الإذن مرفوض، أو مقفل من برنامج آخر</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>الملف فارغ (0 بايت)</translation>
    </message>
    <message>
        <source>truncated: the file ends after {size} bytes, inside the SQLite signature</source>
        <translation>مبتور: ينتهي الملف بعد {size} بايت، داخل توقيع SQLite</translation>
    </message>
    <message>
        <source>a text file, not a results file</source>
        <translation>ملف نصي، وليس ملف نتائج</translation>
    </message>
    <message>
        <source>not readable: the file looks encrypted (whole pages of unreadable data with no SQLite signature); Habitat Results files are never encrypted</source>
        <translation>غير مقروء: يبدو الملف مشفرًا (صفحات كاملة من بيانات غير مقروءة بلا توقيع SQLite)؛ وملفات Habitat Results لا تُشفَّر أبدًا</translation>
    </message>
    <message>
        <source>not a results file: binary data that is not an SQLite database (damaged, or another kind of file)</source>
        <translation>ليس ملف نتائج: بيانات ثنائية ليست قاعدة بيانات SQLite (تالفة، أو نوع آخر من الملفات)</translation>
    </message>
    <message>
        <source>truncated: only {size} bytes, shorter than the {header}-byte SQLite header</source>
        <translation>مبتور: {size} بايت فقط، أقصر من رأس SQLite البالغ {header} بايت</translation>
    </message>
    <message>
        <source>damaged header: page size {page_size} is impossible</source>
        <translation>رأس تالف: حجم الصفحة {page_size} مستحيل</translation>
    </message>
    <message>
        <source>truncated: {size} bytes is not a whole number of {page_size}-byte pages</source>
        <translation>مبتور: {size} بايت ليس عددًا صحيحًا من صفحات حجمها {page_size} بايت</translation>
    </message>
    <message>
        <source>truncated: {size} bytes, but its header says {pages} pages of {page_size} bytes ({expected} bytes)</source>
        <translation>مبتور: {size} بايت، لكن رأسه يذكر {pages} صفحة حجم كل منها {page_size} بايت ({expected} بايت)</translation>
    </message>
    <message>
        <source>it contains a {kind} (&apos;{name}&apos;), which a results file never has; the file may have been tampered with</source>
        <translation>يحتوي على {kind} («{name}»)، وهو ما لا يحتويه ملف نتائج أبدًا؛ ربما عُبث بالملف</translation>
    </message>
    <message>
        <source>it contains a table &apos;{name}&apos; that a results file does not have</source>
        <translation>يحتوي على جدول «{name}» لا يوجد في ملف النتائج</translation>
    </message>
    <message>
        <source>it contains an index &apos;{name}&apos; that a results file does not have</source>
        <translation>يحتوي على فهرس «{name}» لا يوجد في ملف النتائج</translation>
    </message>
    <message>
        <source>incomplete: the table or index &apos;{name}&apos; of a results file is missing</source>
        <translation>غير مكتمل: الجدول أو الفهرس «{name}» الخاص بملف النتائج مفقود</translation>
    </message>
    <message>
        <source>the layout of &apos;{name}&apos; differs from a results file&apos;s</source>
        <translation>بنية «{name}» تختلف عن بنية ملف النتائج</translation>
    </message>
    <message>
        <source>SQLite cannot read it (encrypted, or damaged beyond the header)</source>
        <translation>لا يستطيع SQLite قراءته (مشفر، أو تالف بعد الرأس)</translation>
    </message>
    <message>
        <source>damaged: SQLite reports &apos;{detail}&apos;</source>
        <translation>تالف: يُبلغ SQLite عن «{detail}»</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>تالف: {detail}</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos;</source>
        <translation>تالف: يُبلغ فحص السلامة في SQLite عن «{detail}»</translation>
    </message>
    <message>
        <source>damaged: SQLite&apos;s integrity check reports &apos;{detail}&apos; and {more} more problem(s)</source>
        <translation>تالف: يُبلغ فحص السلامة في SQLite عن «{detail}» و{more} من المشكلات الأخرى</translation>
    </message>
    <message>
        <source>an SQLite database of another application, not a Habitat Results file</source>
        <translation>قاعدة بيانات SQLite لتطبيق آخر، وليست ملف Habitat Results</translation>
    </message>
    <message>
        <source>made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>أنشأه إصدار أحدث من Habitat Results (مخطط الملف {version}، وهذا التطبيق يعرف {known})؛ يُرجى تحديث التطبيق</translation>
    </message>
    <message>
        <source>its recorded schema steps ({steps}) do not match schema version {version}</source>
        <translation>خطوات المخطط المسجلة فيه ({steps}) لا تطابق إصدار المخطط {version}</translation>
    </message>
    <message>
        <source>its identity is incomplete (no &apos;{key}&apos;)</source>
        <translation>هويته غير مكتملة (لا يوجد «{key}»)</translation>
    </message>
    <message>
        <source>is a {found} file, not an office file</source>
        <translation>ملف {found}، وليس ملف مكتب</translation>
    </message>
    <message>
        <source>is a {found} file, not a headquarters file</source>
        <translation>ملف {found}، وليس ملف المقر</translation>
    </message>
    <message>
        <source>is a folder, not a feedback file</source>
        <translation>مجلد، وليس ملف ملاحظات</translation>
    </message>
    <message>
        <source>too large for a feedback file ({size} bytes)</source>
        <translation>كبير جدًا على ملف ملاحظات ({size} بايت)</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters (not readable JSON: {detail})</source>
        <translation>ليس ملف ملاحظات من المقر (JSON غير مقروء: {detail})</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters</source>
        <translation>ليس ملف ملاحظات من المقر</translation>
    </message>
    <message>
        <source>made by another version of Habitat Results (feedback format {found}, this app reads {known})</source>
        <translation>أنشأه إصدار آخر من Habitat Results (صيغة الملاحظات {found}، وهذا التطبيق يقرأ {known})</translation>
    </message>
    <message>
        <source>incomplete: no office or no reviews</source>
        <translation>غير مكتمل: لا مكتب أو لا مراجعات</translation>
    </message>
    <message>
        <source>review {n} is not a review</source>
        <translation>المراجعة {n} ليست مراجعة</translation>
    </message>
    <message>
        <source>review {n}: its {name} {reason}</source>
        <translation>المراجعة {n}: {name} فيها {reason}</translation>
    </message>
    <message>
        <source>review {n}: its {name}: {reason}</source>
        <translation>المراجعة {n}: {name} فيها: {reason}</translation>
    </message>
    <message>
        <source>review {n} is about record {record} again (review {first}); a feedback file holds one decision per record</source>
        <translation>المراجعة {n} تتناول السجل {record} مرة أخرى (المراجعة {first})؛ ملف الملاحظات يتضمن قرارًا واحدًا لكل سجل</translation>
    </message>
    <message>
        <source>it is for office {office}, but {file} is {own}&apos;s file</source>
        <translation>إنه للمكتب {office}، لكن {file} ملف {own}</translation>
    </message>
    <message>
        <source>it uses the framework {framework} version {version}, which this headquarters file does not know (it holds {held})</source>
        <translation>يستخدم الإطار {framework} الإصدار {version}، الذي لا يعرفه ملف المقر هذا (يحتوي على {held})</translation>
    </message>
    <message>
        <source>it names {count} offices; an office file names exactly one</source>
        <translation>يذكر {count} من المكاتب؛ وملف المكتب يذكر مكتبًا واحدًا بالضبط</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: its {fields} is not text</source>
        <translation>مكتبه ({office}) غير صالح: {fields} ليس نصًا</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: {problems}</source>
        <translation>مكتبه ({office}) غير صالح: {problems}</translation>
    </message>
    <message>
        <source>the record id {id} appears {count} times; every record must have its own id</source>
        <translation>معرّف السجل {id} يظهر {count} مرات؛ ويجب أن يكون لكل سجل معرّفه الخاص</translation>
    </message>
    <message>
        <source>records that are not valid: {problems}</source>
        <translation>سجلات غير صالحة: {problems}</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not valid: {problems}</source>
        <translation>سرد النتيجة {outcome} لسنة {year} غير صالح: {problems}</translation>
    </message>
    <message>
        <source>the record {id} belongs to office {owner} at headquarters, but this file is from {office}</source>
        <translation>السجل {id} يخص المكتب {owner} في المقر، لكن هذا الملف من {office}</translation>
    </message>
    <message>
        <source>office {office} is held at headquarters from another file (file id {held}, {name}, first merged {first}); this file has file id {file_id} (created {created}). If the office&apos;s laptop was reinstalled, merge it again confirming the new file</source>
        <translation>المكتب {office} محفوظ في المقر من ملف آخر (المعرّف {held}، {name}، أول دمج في {first})؛ ولهذا الملف المعرّف {file_id} (أُنشئ في {created}). إذا أُعيد تثبيت الحاسوب المحمول للمكتب، فادمجه مرة أخرى مع تأكيد الملف الجديد</translation>
    </message>
    <message>
        <source>{path}: not a headquarters file</source>
        <translation>{path}: ليس ملف المقر</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a headquarters file ({detail})</source>
        <translation>{path}: تتعذّر قراءته ملفًا للمقر ({detail})</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: قاعدة بيانات SQLite لتطبيق آخر، وليست ملف المقر؛ حدّد ملف المقر أولًا (يُنشأ عند أول دمج)</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>{path}: أنشأه إصدار أحدث من Habitat Results (مخطط الملف {version}، وهذا التطبيق يعرف {known})؛ يُرجى تحديث التطبيق</translation>
    </message>
    <message>
        <source>{path}: an office file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: ملف مكتب، وليس ملف المقر؛ حدّد ملف المقر أولًا (يُنشأ عند أول دمج)</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}: ليس ملف Habitat Results ولا ملف المقر؛ حدّد ملف المقر أولًا (يُنشأ عند أول دمج)</translation>
    </message>
    <message>
        <source>headquarters holds provenance but no record for {id}; run &apos;validate&apos;</source>
        <translation>لدى المقر بيانات المصدر لكن لا سجل لـ {id}؛ شغّل «validate»</translation>
    </message>
    <message>
        <source>no record {id} in {file}</source>
        <translation>لا يوجد السجل {id} في {file}</translation>
    </message>
    <message>
        <source>record {id} has no open conflict</source>
        <translation>لا يوجد تعارض مفتوح للسجل {id}</translation>
    </message>
    <message>
        <source>{choice} is not among the rival versions of record {id} now: a merge since the list was shown may have replaced it; look at the conflict again (now: {shown})</source>
        <translation>{choice} لم يعد من بين الصيغ المتنافسة للسجل {id}: ربما استبدله دمج جرى بعد عرض القائمة؛ انظر في التعارض مرة أخرى (الآن: {shown})</translation>
    </message>
    <message>
        <source>{choice} is not a version of record {id}; choose one of: {shown}</source>
        <translation>{choice} ليس صيغة للسجل {id}؛ اختر إحدى: {shown}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a results file</source>
        <translation>{path}: مجلد، وليس ملف نتائج</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}: تتعذّر قراءته ({detail})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: الملف فارغ</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (not an SQLite database)</source>
        <translation>{path}: ليس ملف Habitat Results (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <source>{path}: cannot be locked ({detail})</source>
        <translation>{path}: يتعذّر قفله ({detail})</translation>
    </message>
    <message>
        <source>{path}: damaged results file (no {missing} recorded)</source>
        <translation>{path}: ملف نتائج تالف (لم يُسجَّل {missing})</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <source>{path}: already exists; choose another name or open it</source>
        <translation>{path}: موجود بالفعل؛ اختر اسمًا آخر أو افتحه</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: لا يوجد مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a results file ({detail})</source>
        <translation>{path}: يتعذّر فتحه ملفَ نتائج ({detail})</translation>
    </message>
    <message>
        <source>{path}: opened for reading only</source>
        <translation>{path}: مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>{path}: a headquarters file holds {count} offices</source>
        <translation>{path}: ملف المقر يحتوي على {count} من المكاتب</translation>
    </message>
    <message>
        <source>{path}: office {office} is already listed</source>
        <translation>{path}: المكتب {office} مدرج بالفعل</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a Habitat Results file</source>
        <translation>{path}: قاعدة بيانات SQLite، لكنها ليست ملف Habitat Results</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (its schema number {version} is not one this app ever writes)</source>
        <translation>{path}: ليس ملف Habitat Results (رقم مخططه {version} ليس مما يكتبه هذا التطبيق)</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application (it numbers its schema {version}), not a Habitat Results file</source>
        <translation>{path}: قاعدة بيانات SQLite لتطبيق آخر (رقم مخططها {version})، وليست ملف Habitat Results</translation>
    </message>
    <message>
        <source>record {id} is {status} and locked; headquarters must return it before it can be changed</source>
        <translation>السجل {id} {status} ومقفل؛ يجب أن يعيده المقر قبل أن يمكن تعديله</translation>
    </message>
    <message>
        <source>record {id} has been deleted</source>
        <translation>حُذف السجل {id}</translation>
    </message>
    <message>
        <source>no unfinished row {id} in {file}</source>
        <translation>لا يوجد صف غير مكتمل {id} في {file}</translation>
    </message>
    <message>
        <source>{path}: {year} changed since it was checked; nothing was submitted. Check it again and submit</source>
        <translation>{path}: تغيّرت سنة {year} منذ فحصها؛ لم يُقدَّم شيء. افحصها مرة أخرى ثم قدّمها</translation>
    </message>
    <message>
        <source>record {id} was deleted by its office; there is nothing to review</source>
        <translation>حذف مكتبُه السجل {id}؛ لا يوجد ما يُراجع</translation>
    </message>
    <message>
        <source>record {id} has rival versions; resolve the conflict first</source>
        <translation>للسجل {id} صيغ متنافسة؛ حُلّ التعارض أولًا</translation>
    </message>
    <message>
        <source>no office {office} in {file}; offices: {offices}</source>
        <translation>لا يوجد المكتب {office} في {file}؛ المكاتب: {offices}</translation>
    </message>
    <message>
        <source>office {office} could be {offices} in {file}: type the code exactly as held</source>
        <translation>المكتب {office} قد يكون {offices} في {file}: اكتب الرمز تمامًا كما هو محفوظ</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({detail})</source>
        <translation>{path}: تتعذّر الكتابة فيه ({detail})</translation>
    </message>
    <message>
        <source>{path}: a results file (SQLite database); feedback is never written over it: choose another name, such as office-feedback.json</source>
        <translation>{path}: ملف نتائج (قاعدة بيانات SQLite)؛ لا تُكتب الملاحظات فوقه أبدًا: اختر اسمًا آخر، مثل office-feedback.json</translation>
    </message>
    <message>
        <source>{path}: a headquarters file; feedback is applied to an office file</source>
        <translation>{path}: ملف المقر؛ تُطبَّق الملاحظات على ملف مكتب</translation>
    </message>
    <message>
        <source>{path}: too large for a plan file ({size} bytes)</source>
        <translation>{path}: كبير جدًا على ملف خطة ({size} بايت)</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not readable JSON: {detail})</source>
        <translation>{path}: ليس ملف خطة (JSON غير مقروء: {detail})</translation>
    </message>
    <message>
        <source>not a valid plan: {detail}</source>
        <translation>ليست خطة صالحة: {detail}</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}: الخطة {plan} الإصدار {version} بصيغة الخطة {format}، التي تتطلب إصدارًا أحدث من Habitat Results (يقرأ هذا التطبيق صيغ الخطط حتى {known})؛ يُرجى تحديث التطبيق</translation>
    </message>
    <message>
        <source>{path}: the plan&apos;s status &apos;{status}&apos; is not one of: provisional, final</source>
        <translation>{path}: حالة الخطة «{status}» ليست من بين: provisional وfinal</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} {version} ({first}–{last}) overlaps the plan {held} {held_version} ({held_first}–{held_last}) that {file} holds; one year is reported under one plan</source>
        <translation>{path}: الخطة {plan} {version} ({first}–{last}) تتداخل مع الخطة {held} {held_version} ({held_first}–{held_last}) الموجودة في {file}؛ كل سنة يُبلَّغ عنها في إطار خطة واحدة</translation>
    </message>
    <message>
        <source>{path}: {file} already holds the plan {plan} version {version} with other content; a changed plan needs a new version number</source>
        <translation>{path}: يحتوي {file} بالفعل على الخطة {plan} الإصدار {version} بمحتوى آخر؛ الخطة المعدَّلة تحتاج إلى رقم إصدار جديد</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is older than version {held} that {file} holds</source>
        <translation>{path}: الخطة {plan} الإصدار {version} أقدم من الإصدار {held} الموجود في {file}</translation>
    </message>
    <message>
        <source>{path}: holds the plan {plan} version {version} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}: يحتوي على الخطة {plan} الإصدار {version} بصيغة الخطة {format}، التي تتطلب إصدارًا أحدث من Habitat Results (يقرأ هذا التطبيق صيغ الخطط حتى {known})؛ يُرجى تحديث التطبيق</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} it holds is damaged ({detail})</source>
        <translation>{path}: الخطة {plan} الإصدار {version} التي يحتويها تالفة ({detail})</translation>
    </message>
    <message>
        <source>it holds the plan {plan} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>يحتوي على الخطة {plan} بصيغة الخطة {format}، التي تتطلب إصدارًا أحدث من Habitat Results (يقرأ هذا التطبيق صيغ الخطط حتى {known})؛ يرجى تحديث التطبيق</translation>
    </message>
    <message>
        <source>its plan {plan} is damaged ({detail})</source>
        <translation>خطته {plan} تالفة ({detail})</translation>
    </message>
    <message>
        <source>it uses the plan {plan}, which this headquarters file does not hold (it holds {held}); headquarters adds the plan first (plan add), then sends it to the offices</source>
        <translation>يستخدم الخطة {plan}، التي لا يحتويها ملف المقر هذا (يحتوي على {held})؛ يضيف المقر الخطة أولًا (plan add) ثم يرسلها إلى المكاتب</translation>
    </message>
    <message>
        <source>its plan {plan} differs from the one headquarters holds under the same id and version in what counting depends on (substance {theirs}… here, {ours}… at headquarters); the office needs the plan file headquarters issued</source>
        <translation>تختلف خطته {plan} عن الخطة التي يحتفظ بها المقر بالمعرّف والإصدار نفسيهما فيما يعتمد عليه العدّ (الجوهر {theirs}… هنا، و{ours}… في المقر)؛ يحتاج المكتب إلى ملف الخطة الذي أصدره المقر</translation>
    </message>
    <message>
        <source>the plan {n} it carries is not valid: {detail}</source>
        <translation>الخطة {n} المرفقة به غير صالحة: {detail}</translation>
    </message>
    <message>
        <source>{path}: not exported: the plan {plan} {version} of {period} is provisional; its annex is exported only as a working draft, marked &apos;provisional plan&apos;, until headquarters adds the final plan</source>
        <translation>{path}: لم يُصدَّر: الخطة {plan} {version} للفترة {period} مؤقتة؛ لا يُصدَّر مرفقها إلا كمسودة عمل موسومة بـ«خطة مؤقتة» إلى أن يضيف المقر الخطة النهائية</translation>
    </message>
    <message>
        <source>format &apos;{fmt}&apos; is not one of {known}</source>
        <translation>الصيغة &apos;{fmt}&apos; ليست من بين {known}</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the annex</source>
        <translation>{path}: هو الملف الجاري تصديره؛ اختر اسمًا آخر للمرفق</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the annex</source>
        <translation>{path}: ملف نتائج (SQLite)؛ اختر اسمًا آخر للمرفق</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the template</source>
        <translation>{path}: هو الملف الجاري تصديره؛ اختر اسمًا آخر للنموذج</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the template</source>
        <translation>{path}: ملف نتائج (SQLite)؛ اختر اسمًا آخر للنموذج</translation>
    </message>
    <message>
        <source>the years {years} lie under {count} plans ({plans}); one annex shows one plan: ask for the years of one plan, such as {example}</source>
        <translation>السنوات {years} تقع ضمن {count} خطط ({plans})؛ يعرض المرفق الواحد خطة واحدة: اطلب سنوات خطة واحدة، مثل {example}</translation>
    </message>
    <message>
        <source>years must lie in the plan period {first}–{last}; &apos;{text}&apos; does not</source>
        <translation>يجب أن تقع السنوات في فترة الخطة {first}–{last}؛ و&apos;{text}&apos; لا تقع فيها</translation>
    </message>
    <message>
        <source>years must lie in the periods of the plans of {file} ({periods}); &apos;{text}&apos; does not</source>
        <translation>يجب أن تقع السنوات في فترات خطط {file} ({periods})؛ و&apos;{text}&apos; لا تقع فيها</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year or a range of years such as 2020-2024</source>
        <translation>&apos;{text}&apos; ليست سنة ولا نطاق سنوات مثل 2020-2024</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of {file} ({periods})</source>
        <translation>السنة {year} تقع خارج خطط {file} ({periods})</translation>
    </message>
    <message>
        <source>{path}: an entry template is made from an office file, not a headquarters file</source>
        <translation>{path}: يُنشأ نموذج الإدخال من ملف مكتب، لا من ملف المقر</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>المُحدِّد</translation>
    </message>
    <message>
        <source>Empty: the row is the total of its place and year. Filled in: the row is a part of that total (&quot;of which 600 women&quot;), shown in the breakdown tables and never added to the total; the parts may not exceed it.</source>
        <translation>فارغ: الصف هو مجموع مكانه وسنته. مملوء: الصف جزء من ذلك المجموع («منها 600 امرأة»)، يظهر في جداول التصنيف ولا يُضاف أبدًا إلى المجموع؛ ولا يجوز أن تتجاوز الأجزاء المجموع.</translation>
    </message>
    <message>
        <source>Of which: sex</source>
        <translation>منها: الجنس</translation>
    </message>
    <message>
        <source>Of which: age group</source>
        <translation>منها: الفئة العمرية</translation>
    </message>
    <message>
        <source>Of which: disability</source>
        <translation>منها: الإعاقة</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Validated by headquarters: read-only.</source>
        <translation>اعتمده المقر: للقراءة فقط.</translation>
    </message>
    <message>
        <source>Submitted: read-only until headquarters returns it.</source>
        <translation>مقدَّم: للقراءة فقط حتى يعيده المقر.</translation>
    </message>
    <message>
        <source>Not saved: the file is busy ({reason}). Please try again.</source>
        <translation>لم يُحفظ: الملف مشغول ({reason}). يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not deleted: they are read-only.</source>
        <translation>لم يُحذف {count} من السجلات المقدَّمة: فهي للقراءة فقط.</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Incomplete: kept in the file as typed, but not a record yet. It is not submitted or exported until what is marked is corrected.</source>
        <translation>غير مكتمل: محفوظ في الملف كما كُتب، لكنه ليس سجلًا بعد. لا يُقدَّم ولا يُصدَّر حتى يُصحَّح ما هو مُعلَّم.</translation>
    </message>
    <message>
        <source>Paste {count} row(s)</source>
        <translation>لصق {count} من الصفوف</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not changed: they are read-only.</source>
        <translation>لم يُعدَّل {count} من السجلات المقدَّمة: فهي للقراءة فقط.</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>أعاده {who} في {date}:
{comment}</translation>
    </message>
    <message>
        <source>a new row</source>
        <translation>صف جديد</translation>
    </message>
    <message>
        <source>Nothing was deleted: {reason}</source>
        <translation>لم يُحذف شيء: {reason}</translation>
    </message>
    <message>
        <source>Delete {count} row(s)</source>
        <translation>حذف {count} من الصفوف</translation>
    </message>
    <message>
        <source>Duplicate {count} row(s)</source>
        <translation>تكرار {count} من الصفوف</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Submit {year}</source>
        <translation>تقديم سنة {year}</translation>
    </message>
    <message>
        <source>{count} draft or returned record(s) of {year} will be submitted to headquarters. Submitted records are read-only until headquarters returns them.</source>
        <translation>سيُقدَّم إلى المقر {count} من سجلات {year} المسودة أو المعادة. والسجلات المقدَّمة للقراءة فقط حتى يعيدها المقر.</translation>
    </message>
    <message>
        <source>{indicator}: {count} record(s)</source>
        <translation>{indicator}: {count} من السجلات</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not valid yet and will not be submitted.</source>
        <translation>{count} من صفوف الشبكة غير صالحة بعد ولن تُقدَّم.</translation>
    </message>
    <message>
        <source>Fix these problems before submitting:</source>
        <translation>أصلح هذه المشكلات قبل التقديم:</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Look at these before submitting (they do not stop it):</source>
        <translation>انظر في هذه قبل التقديم (لا تمنعه):</translation>
    </message>
    <message>
        <source>Records to submit, by indicator</source>
        <translation>السجلات المراد تقديمها، حسب المؤشر</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>exact</source>
        <translation>بالضبط</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>أكثر من</translation>
    </message>
    <message>
        <source>about</source>
        <translation>نحو</translation>
    </message>
    <message>
        <source>female</source>
        <translation>إناث</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكور</translation>
    </message>
    <message>
        <source>children (0–14)</source>
        <translation>الأطفال (0–14)</translation>
    </message>
    <message>
        <source>youth (15–24)</source>
        <translation>الشباب (15–24)</translation>
    </message>
    <message>
        <source>adults (25–64)</source>
        <translation>البالغون (25–64)</translation>
    </message>
    <message>
        <source>older persons (65+)</source>
        <translation>كبار السن (65+)</translation>
    </message>
    <message>
        <source>with disability</source>
        <translation>ذوو الإعاقة</translation>
    </message>
    <message>
        <source>without disability</source>
        <translation>بلا إعاقة</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُعاد</translation>
    </message>
</context>
<context>
    <name>GridClipboard</name>
    <message>
        <source>Not pasted: the block has {count} columns, but only {room} columns follow the current cell.</source>
        <translation>لم يُلصق شيء: في الكتلة {count} من الأعمدة، لكن لا يلي الخلية الحالية سوى {room} من الأعمدة.</translation>
    </message>
</context>
<context>
    <name>GridFilter</name>
    <message>
        <source>Filter the records</source>
        <translation>تصفية السجلات</translation>
    </message>
    <message>
        <source>City contains</source>
        <translation>المدينة تحتوي على</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>التصفية حسب المدينة</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>التصفية حسب البلد</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>القيمة من</translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation>أصغر قيمة</translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation>أكبر قيمة</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>التصفية حسب المكتب</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>مسح عامل التصفية</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>التصفية:</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>أي مكتب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Sort by office</source>
        <translation>الترتيب حسب المكتب</translation>
    </message>
    <message>
        <source>Only the records that match are shown in the grid.</source>
        <translation>لا تُعرض في الشبكة إلا السجلات المطابقة.</translation>
    </message>
</context>
<context>
    <name>IndicatorHelp</name>
    <message>
        <source>{figure} in 2020–2025 ({document}, para. {para})</source>
        <translation>{figure} في الفترة 2020–2025 ({document}، الفقرة {para})</translation>
    </message>
    <message>
        <source>{figure} in 2020–2025 ({document})</source>
        <translation>{figure} في الفترة 2020–2025 ({document})</translation>
    </message>
    <message>
        <source>How the indicator counts</source>
        <translation>كيف يحسب المؤشر</translation>
    </message>
    <message>
        <source>Select an indicator, or a row of the grid, to see what it counts and how.</source>
        <translation>اختر مؤشرًا، أو صفًا من الشبكة، لترى ما يحسبه وكيف.</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>طريقة الحساب</translation>
    </message>
    <message>
        <source>Counts once</source>
        <translation>يُحسب مرة واحدة</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>SDG indicators</source>
        <translation>مؤشرات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>2025 report</source>
        <translation>تقرير عام 2025</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>لم يُذكر رقم</translation>
    </message>
    <message>
        <source>Each record gives a number of {unit}; the annex adds up the records of the year, and the years for the plan period.</source>
        <translation>يذكر كل سجل عددًا من {unit}؛ ويجمع المرفق سجلات السنة، ويجمع السنوات لفترة الخطة.</translation>
    </message>
    <message>
        <source>Count each person or household once: one reached in 2022 and again in 2023 is entered in 2022 only, and not in two records of the same year.</source>
        <translation>احسب كل شخص أو أسرة معيشية مرة واحدة: من وُصل إليه في عام 2022 ثم في عام 2023 يُدخل في عام 2022 فقط، ولا يُدخل في سجلين من السنة نفسها.</translation>
    </message>
    <message>
        <source>Not entered: computed as {numerator} ÷ {denominator}.</source>
        <translation>لا يُدخَل: يُحسب بوصفه {numerator} ÷ {denominator}.</translation>
    </message>
    <message>
        <source>Each record names one city (with its country); a city counts once, however many records name it.</source>
        <translation>يذكر كل سجل مدينة واحدة (مع بلدها)؛ وتُحسب المدينة مرة واحدة مهما كان عدد السجلات التي تذكرها.</translation>
    </message>
    <message>
        <source>Nairobi entered in two records, or in 2022 and again in 2024, is one city in the plan-period total (and one in each year&apos;s column). Names are compared without case or extra spaces.</source>
        <translation>نيروبي المُدخلة في سجلين، أو في عام 2022 ثم في عام 2024، مدينة واحدة في مجموع فترة الخطة (وواحدة في عمود كل سنة). وتُقارن الأسماء دون اعتبار لحالة الأحرف أو المسافات الزائدة.</translation>
    </message>
    <message>
        <source>Each record names one country; a country counts once, however many records name it.</source>
        <translation>يذكر كل سجل بلدًا واحدًا؛ ويُحسب البلد مرة واحدة مهما كان عدد السجلات التي تذكره.</translation>
    </message>
    <message>
        <source>Kenya entered in two records, or in two years, is one country in the plan-period total.</source>
        <translation>كينيا المُدخلة في سجلين، أو في سنتين، بلد واحد في مجموع فترة الخطة.</translation>
    </message>
    <message>
        <source>Each record names a country, or a city with its country; each counts once, however many records name it.</source>
        <translation>يذكر كل سجل بلدًا، أو مدينة مع بلدها؛ ويُحسب كل منهما مرة واحدة مهما كان عدد السجلات التي تذكره.</translation>
    </message>
    <message>
        <source>Kenya entered twice is one country; Nairobi (Kenya) entered twice is one city.</source>
        <translation>كينيا المُدخلة مرتين بلد واحد؛ ونيروبي (كينيا) المُدخلة مرتين مدينة واحدة.</translation>
    </message>
    <message>
        <source>Each record names one {unit}; each name counts once, however many records give it.</source>
        <translation>يذكر كل سجل {unit} واحدًا؛ ويُحسب كل اسم مرة واحدة مهما كان عدد السجلات التي تذكره.</translation>
    </message>
    <message>
        <source>The same name entered in two records, or in two years, counts once in the plan-period total. Names are compared without case or extra spaces.</source>
        <translation>الاسم نفسه المُدخل في سجلين، أو في سنتين، يُحسب مرة واحدة في مجموع فترة الخطة. وتُقارن الأسماء دون اعتبار لحالة الأحرف أو المسافات الزائدة.</translation>
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
        <translation>السجلات</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>{path}: cannot be written: its folder is on a read-only medium (a CD, a write-protected disk, a read-only folder): choose a folder you can write to</source>
        <translation>{path}: تتعذّر الكتابة: مجلده على وسيط للقراءة فقط (قرص مدمج، أو قرص محمي من الكتابة، أو مجلد للقراءة فقط): اختر مجلدًا يمكنك الكتابة فيه</translation>
    </message>
    <message>
        <source>{path}: not saved: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>{path}: لم يُحفظ: القرص ممتلئ. لم يتغير شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{path}: in use by {holder}; nothing was changed. Try again in a moment, or close the file there.</source>
        <translation>{path}: قيد الاستخدام من {holder}؛ لم يتغير شيء. حاول مرة أخرى بعد لحظة، أو أغلق الملف هناك.</translation>
    </message>
    <message>
        <source>{path}: the file is on a read-only medium (a CD, a write-protected disk, a read-only folder or file): copy it to a folder you can write to. Nothing was changed.</source>
        <translation>{path}: الملف على وسيط للقراءة فقط (قرص مدمج، أو قرص محمي من الكتابة، أو مجلد أو ملف للقراءة فقط): انسخه إلى مجلد يمكنك الكتابة فيه. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path}: the file is gone (moved, deleted, or its disk removed). Nothing was saved; open it again from where it is now.</source>
        <translation>{path}: الملف لم يعد موجودًا (نُقل أو حُذف أو أُزيل قرصه). لم يُحفظ شيء؛ افتحه مرة أخرى من مكانه الحالي.</translation>
    </message>
    <message>
        <source>{path}: the file was changed by another program while it was being read; try again.</source>
        <translation>{path}: عدّل برنامج آخر الملف أثناء قراءته؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{path}: the disk failed while reading or writing ({detail}). Nothing was changed; check the disk or network drive and try again.</source>
        <translation>{path}: تعطّل القرص أثناء القراءة أو الكتابة ({detail}). لم يتغير شيء؛ افحص القرص أو محرك الشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Checking the annex before it is published…</source>
        <translation>جارٍ فحص المرفق قبل نشره…</translation>
    </message>
    <message>
        <source>The check could not be made: {reason}</source>
        <translation>تعذّر إجراء الفحص: {reason}</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>ما وجده الفحص</translation>
    </message>
    <message>
        <source>Problems that block publication, then warnings; the annex is checked again when the years or the drafts change.</source>
        <translation>المشكلات التي تمنع النشر، ثم التحذيرات؛ ويُفحص المرفق مرة أخرى عند تغيير السنوات أو المسودات.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>{office}: its file was merged unsigned (made by an earlier version of the app): nothing shows that it came from the office</source>
        <translation>{office}: دُمج ملفه دون توقيع (أنشأه إصدار سابق من التطبيق): لا شيء يثبت أنه جاء من المكتب</translation>
    </message>
    <message>
        <source>country {country}</source>
        <translation>البلد {country}</translation>
    </message>
    <message>
        <source>office {office}</source>
        <translation>المكتب {office}</translation>
    </message>
    <message>
        <source>region {region}</source>
        <translation>المنطقة {region}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <source>period {period}</source>
        <translation>الفترة {period}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>مقدَّم جزئيًا</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُعاد</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>مسودة في المكتب فقط</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>لم يُستلم</translation>
    </message>
    <message>
        <source>record {record} ({what}): {count} versions, none chosen; resolve it in Review → Conflicts</source>
        <translation>السجل {record} ({what}): {count} من الصيغ، ولم تُختر أي منها؛ حُلّه في المراجعة ← التعارضات</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is {limit}; rule {rule}</source>
        <translation>{scope}: {indicator} يساوي {value} لكن {other} يساوي {limit}؛ القاعدة {rule}</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {value} but {other} is not reported; rule {rule} cannot be checked there</source>
        <translation>{scope}: {indicator} يساوي {value} لكن {other} غير مُبلَّغ عنه؛ ولا يمكن فحص القاعدة {rule} هناك</translation>
    </message>
    <message>
        <source>{scope}: {indicator} is {percent} %, above 100 %</source>
        <translation>{scope}: {indicator} يساوي {percent} في المائة، أي أكثر من 100 في المائة</translation>
    </message>
    <message>
        <source>record {record} ({what}): {value} is above the ceiling of {ceiling} for one record</source>
        <translation>السجل {record} ({what}): {value} أعلى من الحد الأقصى {ceiling} للسجل الواحد</translation>
    </message>
    <message>
        <source>{what}: {value} is far from the office&apos;s earlier years (median {median}); check it is not a typo</source>
        <translation>{what}: {value} بعيد عن السنوات السابقة للمكتب (الوسيط {median})؛ تحقق من أنه ليس خطأً مطبعيًا</translation>
    </message>
    <message>
        <source>{office} {year}: {state}</source>
        <translation>{office} {year}: {state}</translation>
    </message>
    <message>
        <source>{office}: {count} submitted record(s) not yet validated</source>
        <translation>{office}: {count} من السجلات المقدَّمة لم تُعتمد بعد</translation>
    </message>
    <message>
        <source>{count} record(s) not submitted (draft or returned) were not checked: the annex does not count them</source>
        <translation>لم يُفحص {count} من السجلات غير المقدَّمة (مسودة أو معادة): فالمرفق لا يحسبها</translation>
    </message>
    <message>
        <source>Ready to publish: no blocking problems, {warnings} warning(s).</source>
        <translation>جاهز للنشر: لا مشكلات مانعة، {warnings} من التحذيرات.</translation>
    </message>
    <message>
        <source>Not ready to publish: {blocking} blocking problem(s), {warnings} warning(s). Fix them, or export a working draft marked as not for publication.</source>
        <translation>غير جاهز للنشر: {blocking} من المشكلات المانعة، {warnings} من التحذيرات. أصلحها، أو صدّر مسودة عمل موسومة بأنها ليست للنشر.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>{count} record(s) of {indicator} {year}: the indicator was removed from the plan by its newer version (it was in {plan}); kept, read-only, and not counted</source>
        <translation>{count} سجل (سجلات) لـ {indicator} {year}: أُزيل المؤشر من الخطة بإصدارها الأحدث (كان في {plan})؛ محفوظة، للقراءة فقط، ولا تُحتسب</translation>
    </message>
    <message>
        <source>record {record} ({what}) no longer passes the plan&apos;s version {version}: {problems}</source>
        <translation>لم يعد السجل {record} ({what}) يستوفي الإصدار {version} من الخطة: {problems}</translation>
    </message>
    <message>
        <source>{office} {place}: {count} breakdown part(s) counted without their total (records {records}); the annex leaves them out: count the total, or delete the parts</source>
        <translation>{office} {place}: {count} من أجزاء التصنيف محتسبة دون مجموعها (السجلات {records})؛ يستبعدها المرفق: احتسب المجموع أو احذف الأجزاء</translation>
    </message>
    <message>
        <source>{office} {place}: the parts by {dimension} add up to {added}, more than their counted total {total} (records {records})</source>
        <translation>{office} {place}: مجموع الأجزاء حسب {dimension} هو {added}، أكثر من مجموعها المحتسب {total} (السجلات {records})</translation>
    </message>
    <message>
        <source>{what}: reported by {offices} (records {records}); the annex counts it each time: make sure they are different results</source>
        <translation>{what}: أبلغ عنه {offices} (السجلات {records})؛ يحتسبه المرفق في كل مرة: تأكد من أنها نتائج مختلفة</translation>
    </message>
    <message>
        <source>{office} {what}: {count} identical records ({records}); the annex counts each: make sure they are different results</source>
        <translation>{office} {what}: {count} من السجلات المتطابقة ({records})؛ يحتسب المرفق كلاً منها: تأكد من أنها نتائج مختلفة</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Offices and years received</source>
        <translation>المكاتب والسنوات المستلمة</translation>
    </message>
    <message>
        <source>What headquarters holds from each office. “Draft only in the office” and “partly submitted” come from what the office&apos;s file held when it was last merged.</source>
        <translation>ما يحتفظ به المقر من كل مكتب. «مسودة في المكتب فقط» و«مقدَّم جزئيًا» مأخوذتان مما كان يحتويه ملف المكتب عند آخر دمج له.</translation>
    </message>
    <message>
        <source>Indicators reported ({count} of {total})</source>
        <translation>المؤشرات المُبلَّغ عنها ({count} من أصل {total})</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Offices reporting</source>
        <translation>المكاتب المُبلِّغة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} من أصل {total}</translation>
    </message>
    <message>
        <source>Counting the records of every office and year…</source>
        <translation>جارٍ عدّ سجلات كل مكتب وسنة…</translation>
    </message>
    <message>
        <source>The offices and years could not be counted: {message}</source>
        <translation>تعذّر عدّ المكاتب والسنوات: {message}</translation>
    </message>
</context>
<context>
    <name>DialogSeams</name>
    <message>
        <source>New office file</source>
        <translation>ملف مكتب جديد</translation>
    </message>
    <message>
        <source>Annex exported</source>
        <translation>صُدِّر المرفق</translation>
    </message>
    <message>
        <source>The annex was written to:
{path}</source>
        <translation>كُتب المرفق في:
{path}</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>إعادة إلى المكتب</translation>
    </message>
    <message>
        <source>Return {count} record(s) to their office. What should the office change?</source>
        <translation>إعادة {count} من السجلات إلى مكتبها. ما الذي ينبغي أن يغيّره المكتب؟</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>كتابة ملاحظات</translation>
    </message>
    <message>
        <source>Feedback for the office:</source>
        <translation>ملاحظات للمكتب:</translation>
    </message>
    <message>
        <source>Save the feedback as</source>
        <translation>حفظ الملاحظات باسم</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json)</source>
        <translation>ملاحظات المقر (*.json)</translation>
    </message>
    <message>
        <source>About Habitat Results</source>
        <translation>حول Habitat Results</translation>
    </message>
    <message>
        <source>Habitat Results: UN-Habitat strategic plan results, entered offline by country offices and merged at headquarters.</source>
        <translation>Habitat Results: نتائج الخطة الاستراتيجية لموئل الأمم المتحدة، تُدخلها المكاتب القطرية دون اتصال وتُدمج في المقر.</translation>
    </message>
    <message>
        <source>{count} row(s) in the grid are not complete or were refused, so they are not stored.</source>
        <translation>{count} من صفوف الشبكة غير مكتملة أو مرفوضة، لذا لم تُحفظ.</translation>
    </message>
    <message>
        <source>The outcome narrative could not be stored.</source>
        <translation>تعذّر حفظ سرد النتيجة.</translation>
    </message>
    <message>
        <source>Discard them, or cancel and finish them first?</source>
        <translation>هل تريد تجاهلها، أو الإلغاء وإكمالها أولًا؟</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>عمل غير محفوظ</translation>
    </message>
    <message>
        <source>Store an identical record?</source>
        <translation>حفظ سجل مطابق؟</translation>
    </message>
    <message>
        <source>This row says what a record of the file already says:
{reason}

Store it as a second record, counted twice in the annex (two projects reporting the same figure)?</source>
        <translation>يقول هذا الصف ما يقوله سجل موجود في الملف:
{reason}

هل تحفظه سجلاً ثانياً يُحتسب مرتين في المرفق (مشروعان يبلغان عن الرقم نفسه)؟</translation>
    </message>
    <message>
        <source>Store both records</source>
        <translation>حفظ السجلين</translation>
    </message>
</context>
<context>
    <name>ExportWork</name>
    <message>
        <source>Adding up the results…</source>
        <translation>جارٍ جمع النتائج…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <source>Exporting the annex</source>
        <translation>جارٍ تصدير المرفق</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>The annex was not written.

{reason}</source>
        <translation>لم يُكتب المرفق.

{reason}</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Annex written to {path}</source>
        <translation>كُتب المرفق في {path}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Record of office {office}, version {version}: {status}</source>
        <translation>سجل المكتب {office}، الصيغة {version}: {status}</translation>
    </message>
    <message>
        <source>This record is {status}: read-only until headquarters returns it.</source>
        <translation>هذا السجل {status}: للقراءة فقط حتى يعيده المقر.</translation>
    </message>
    <message>
        <source>Row {row} · {column}: {message}</source>
        <translation>الصف {row} · {column}: {message}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>المشكلات ({count})</translation>
    </message>
    <message>
        <source>What the rows of the grid still lack, or why a value was refused; choose one to go to its cell.</source>
        <translation>ما ينقص صفوف الشبكة بعد، أو سبب رفض قيمة؛ اختر أحدها للانتقال إلى خليته.</translation>
    </message>
    <message>
        <source>The records of the selected outcome or indicator: type in a cell to change it; rows pasted from a spreadsheet are added.</source>
        <translation>سجلات النتيجة أو المؤشر المحدد: اكتب في خلية لتغييرها؛ وتُضاف الصفوف الملصقة من جدول بيانات.</translation>
    </message>
</context>
<context>
    <name>HeadquartersWork</name>
    <message>
        <source>&amp;Conflicts ({count})…</source>
        <translation>ال&amp;تعارضات ({count})…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ال&amp;تعارضات…</translation>
    </message>
    <message>
        <source>Headquarters file: the offices&apos; records are read-only here. Select records and validate them, or return them to their office with a comment (Review menu).</source>
        <translation>ملف المقر: سجلات المكاتب هنا للقراءة فقط. اختر سجلات واعتمدها، أو أعدها إلى مكتبها مع تعليق (قائمة المراجعة).</translation>
    </message>
    <message>
        <source>{count} record(s) have rival versions: compare them and keep one under Review → Conflicts.</source>
        <translation>لـ {count} من السجلات صيغ متنافسة: قارن بينها واحتفظ بواحدة من المراجعة ← التعارضات.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Select the records to review in the grid first.</source>
        <translation>اختر أولًا في الشبكة السجلات المراد مراجعتها.</translation>
    </message>
    <message>
        <source>Return to the office</source>
        <translation>إعادة إلى المكتب</translation>
    </message>
    <message>
        <source>Nothing was returned: say what the office should change.</source>
        <translation>لم يُعَد شيء: اذكر ما ينبغي أن يغيّره المكتب.</translation>
    </message>
    <message>
        <source>Cannot review the records</source>
        <translation>تتعذّر مراجعة السجلات</translation>
    </message>
    <message>
        <source>{count} record(s) validated.</source>
        <translation>اعتُمد {count} من السجلات.</translation>
    </message>
    <message>
        <source>{count} record(s) returned to their office.</source>
        <translation>أُعيد {count} من السجلات إلى مكاتبها.</translation>
    </message>
    <message>
        <source>Write feedback</source>
        <translation>كتابة ملاحظات</translation>
    </message>
    <message>
        <source>No office has been merged into this file yet.</source>
        <translation>لم يُدمج أي مكتب في هذا الملف بعد.</translation>
    </message>
    <message>
        <source>Cannot write the feedback</source>
        <translation>تتعذّر كتابة الملاحظات</translation>
    </message>
    <message>
        <source>Feedback written</source>
        <translation>كُتبت الملاحظات</translation>
    </message>
    <message>
        <source>Feedback for {office}: {validated} validated, {returned} returned record(s), written to:
{path}

Send this file to the office; it applies it with File → Apply feedback from headquarters.</source>
        <translation>ملاحظات لـ {office}: المعتمدة {validated}، والسجلات المعادة {returned}، كُتبت في:
{path}

أرسل هذا الملف إلى المكتب؛ فيطبّقه من ملف ← تطبيق ملاحظات المقر.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This file is on a read-only medium (a CD, a write-protected disk, a read-only folder): it is open for viewing only. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>هذا الملف على وسيط للقراءة فقط (قرص مدمج، أو قرص محمي من الكتابة، أو مجلد للقراءة فقط): فهو مفتوح للعرض فقط. لتعديله، انسخه إلى مجلد يمكنك الكتابة فيه وافتح النسخة.</translation>
    </message>
    <message>
        <source>Search indicators by code or words</source>
        <translation>البحث عن المؤشرات بالرمز أو الكلمات</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>إطار النتائج</translation>
    </message>
    <message>
        <source>{year} (returned)</source>
        <translation>{year} (مُعاد)</translation>
    </message>
    <message>
        <source>{year} (submitted)</source>
        <translation>{year} (مقدَّم)</translation>
    </message>
    <message>
        <source>{year} (partly submitted)</source>
        <translation>{year} (مقدَّم جزئيًا)</translation>
    </message>
    <message>
        <source>{year} has been submitted: its records are read-only until headquarters returns them.</source>
        <translation>قُدِّمت سنة {year}: سجلاتها للقراءة فقط حتى يعيدها المقر.</translation>
    </message>
    <message>
        <source>Part of {year} has been submitted: the grey records are read-only until headquarters returns them.</source>
        <translation>قُدِّم جزء من سنة {year}: السجلات الرمادية للقراءة فقط حتى يعيدها المقر.</translation>
    </message>
    <message>
        <source>{count} unfinished row(s) were left out: they were not complete, so they had not been stored.</source>
        <translation>تُرك {count} من الصفوف غير المكتملة: لم تكن مكتملة، لذا لم تُحفظ.</translation>
    </message>
    <message>
        <source>{name} — {year}</source>
        <translation>{name} — {year}</translation>
    </message>
    <message>
        <source>{code} is computed from {numerator} ÷ {denominator}; it is not entered.</source>
        <translation>{code} يُحسب من {numerator} ÷ {denominator}؛ ولا يُدخَل.</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>البحث عن المؤشرات</translation>
    </message>
    <message>
        <source>Shows only the indicators whose code or name holds what you type; Esc clears the search.</source>
        <translation>يعرض فقط المؤشرات التي يتضمن رمزها أو اسمها ما تكتبه؛ يمسح مفتاح Esc البحث.</translation>
    </message>
    <message>
        <source>The plan&apos;s domains of change, outcomes and indicators with the year&apos;s records; select one to show its records in the grid.</source>
        <translation>مجالات التغيير والنتائج والمؤشرات في الخطة مع سجلات السنة؛ اختر أحدها لعرض سجلاته في الشبكة.</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>سنة الإبلاغ</translation>
    </message>
    <message>
        <source>The year whose records are shown, entered and submitted.</source>
        <translation>السنة التي تُعرض سجلاتها وتُدخل وتُقدَّم.</translation>
    </message>
    <message>
        <source>{code} was removed from the plan by its newer version: its records are kept, read-only, and not counted.</source>
        <translation>أُزيل {code} من الخطة بإصدارها الأحدث: تُحفظ سجلاته، للقراءة فقط، ولا تُحتسب.</translation>
    </message>
</context>
<context>
    <name>OfficeWork</name>
    <message>
        <source>{count} returned record(s) corrected.</source>
        <translation>تم تصحيح {count} من السجلات المُعادة.</translation>
    </message>
    <message>
        <source>Nothing imported from {file}</source>
        <translation>لم يُستورد أي شيء من {file}</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>استيراد السجلات</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>جداول (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>جارٍ استيراد {file}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>{count} record(s) imported from {file}</source>
        <translation>استُورد {count} من السجلات من {file}</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>فواصل منقوطة</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>علامات جدولة</translation>
    </message>
    <message>
        <source>(columns separated by {separator})</source>
        <translation>(أعمدة مفصولة بـ{separator})</translation>
    </message>
    <message>
        <source>Checking {year}</source>
        <translation>جارٍ فحص سنة {year}</translation>
    </message>
    <message>
        <source>Cannot submit {year}</source>
        <translation>يتعذّر تقديم سنة {year}</translation>
    </message>
    <message>
        <source>{file} was checked, but another file is open now. Nothing was submitted.</source>
        <translation>فُحص {file}، لكن ملفًا آخر مفتوح الآن. لم يُقدَّم شيء.</translation>
    </message>
    <message>
        <source>{count} record(s) of {year} submitted.</source>
        <translation>قُدِّم {count} من سجلات {year}.</translation>
    </message>
    <message>
        <source>Narrative for outcome {code} in {year}</source>
        <translation>سرد النتيجة {code} في {year}</translation>
    </message>
    <message>
        <source>Apply feedback from headquarters</source>
        <translation>تطبيق ملاحظات المقر</translation>
    </message>
    <message>
        <source>Feedback from headquarters (*.json);;All files (*)</source>
        <translation>ملاحظات المقر (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Applying {file}</source>
        <translation>جارٍ تطبيق {file}</translation>
    </message>
    <message>
        <source>Cannot apply the feedback</source>
        <translation>يتعذّر تطبيق الملاحظات</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>لم يتغير شيء.

{reason}</translation>
    </message>
    <message>
        <source>{validated} record(s) validated and {returned} returned by headquarters.</source>
        <translation>اعتمد المقر {validated} من السجلات وأعاد {returned}.</translation>
    </message>
    <message>
        <source>{count} decision(s) had been applied before.</source>
        <translation>سبق تطبيق {count} من القرارات.</translation>
    </message>
    <message>
        <source>{count} decision(s) were about versions changed since, and were left out.</source>
        <translation>{count} من القرارات تخص صيغًا تغيّرت منذ ذلك الحين، فتُركت.</translation>
    </message>
    <message>
        <source>{count} record(s) are not in this file.</source>
        <translation>{count} من السجلات غير موجودة في هذا الملف.</translation>
    </message>
    <message>
        <source>Feedback applied</source>
        <translation>طُبّقت الملاحظات</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {comment}</source>
        <translation>{indicator} {year} · {place}: {comment}</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>أعاده {who} في {date}:
{comment}</translation>
    </message>
    <message>
        <source>To do ({count})</source>
        <translation>المهام ({count})</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>The plan {plan} from headquarters was added: its years are open for entry.</source>
        <translation>أُضيفت الخطة {plan} الواردة من المقر: سنواتها مفتوحة للإدخال.</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>Record &amp;history…</source>
        <translation>تا&amp;ريخ السجل…</translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation>ملف مكتب &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>فتح البيانات ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>&amp;Import CSV/XLSX…</source>
        <translation>ا&amp;ستيراد CSV/XLSX…</translation>
    </message>
    <message>
        <source>&amp;Export annex…</source>
        <translation>تصدير ال&amp;مرفق…</translation>
    </message>
    <message>
        <source>&amp;Merge office files…</source>
        <translation>&amp;دمج ملفات المكاتب…</translation>
    </message>
    <message>
        <source>Write &amp;feedback for an office…</source>
        <translation>كتابة م&amp;لاحظات لمكتب…</translation>
    </message>
    <message>
        <source>&amp;Apply feedback from headquarters…</source>
        <translation>ت&amp;طبيق ملاحظات المقر…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ال&amp;تعارضات…</translation>
    </message>
    <message>
        <source>&amp;Validate selected</source>
        <translation>ا&amp;عتماد المحدد</translation>
    </message>
    <message>
        <source>&amp;Return selected…</source>
        <translation>إ&amp;رجاع المحدد…</translation>
    </message>
    <message>
        <source>&amp;Offices and years received…</source>
        <translation>المكاتب والسنوات ال&amp;مستلمة…</translation>
    </message>
    <message>
        <source>&amp;To do from headquarters</source>
        <translation>م&amp;هام من المقر</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>إ&amp;ضافة سجل</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;نسخ مكرر</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Submit year…</source>
        <translation>&amp;تقديم السنة…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>ال&amp;سنة</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>مرا&amp;جعة</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مسا&amp;عدة</translation>
    </message>
    <message>
        <source>&amp;About Habitat Results</source>
        <translation>&amp;حول Habitat Results</translation>
    </message>
    <message>
        <source>Welcome to Habitat Results</source>
        <translation>مرحبًا بك في Habitat Results</translation>
    </message>
    <message>
        <source>Enter your office&apos;s strategic plan results offline, under each domain of change. Everything you type is saved at once.

Your office file will be kept here: {path}</source>
        <translation>أدخل نتائج الخطة الاستراتيجية لمكتبك دون اتصال، تحت كل مجال من مجالات التغيير. كل ما تكتبه يُحفظ فورًا.

سيُحفظ ملف مكتبك هنا: {path}</translation>
    </message>
    <message>
        <source>Create the office profile…</source>
        <translation>إنشاء ملف تعريف المكتب…</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>فتح البيانات التجريبية</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>سنة الإبلاغ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Headquarters: each version that arrived with a merge, with its office file, and headquarters&apos; own reviews.</source>
        <translation>المقر الرئيسي: كل نسخة وصلت مع دمج، مع ملف المكتب، ومراجعات المقر الرئيسي نفسه.</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {value} — version {version}, {status}</source>
        <translation>{indicator} {year} · {place}: {value} — النسخة {version}، {status}</translation>
    </message>
    <message>
        <source>Record {id}: no longer in the file.</source>
        <translation>السجل {id}: لم يعد في الملف.</translation>
    </message>
    <message>
        <source>The file holds no history of this record.</source>
        <translation>لا يحتوي الملف على أي تاريخ لهذا السجل.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>تاريخ السجل</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>النسخة {version}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>merge batch {batch}: {file} of {office} (SHA-256 {sha})</source>
        <translation>دفعة الدمج {batch}: {file} من {office} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>import of {file} (SHA-256 {sha})</source>
        <translation>استيراد {file} (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُعاد</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>مُصادق عليه</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>rival version arrived with a merge</source>
        <translation>وصلت نسخة منافسة مع دمج</translation>
    </message>
    <message>
        <source>arrived with a merge</source>
        <translation>وصل مع دمج</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>حُلّ التعارض</translation>
    </message>
    <message>
        <source>reviewed at headquarters</source>
        <translation>رُوجع في المقر الرئيسي</translation>
    </message>
    <message>
        <source>headquarters&apos; decision applied</source>
        <translation>طُبّق قرار المقر الرئيسي</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>مُستعاد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مُضاف</translation>
    </message>
</context>
<context>
    <name>AddPlan</name>
    <message>
        <source>Add &amp;plan…</source>
        <translation>إ&amp;ضافة خطة…</translation>
    </message>
    <message>
        <source>Add a plan file</source>
        <translation>إضافة ملف خطة</translation>
    </message>
    <message>
        <source>Cannot add the plan</source>
        <translation>تعذّرت إضافة الخطة</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>ملفات الخطط (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{file} already holds the plan {plan}; nothing changed.</source>
        <translation>يحتوي {file} بالفعل على الخطة {plan}؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{file} now holds the plan {plan}: {first}–{last} are open for entry.</source>
        <translation>يحتوي {file} الآن على الخطة {plan}: السنوات {first}–{last} مفتوحة للإدخال.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>لم يُغيَّر شيء.

{reason}</translation>
    </message>
</context>
<context>
    <name>AddPlanDialog</name>
    <message>
        <source>Add plan</source>
        <translation>إضافة الخطة</translation>
    </message>
    <message>
        <source>Id and version</source>
        <translation>المعرّف والإصدار</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>تحل محل</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائية</translation>
    </message>
    <message>
        <source>provisional: entered and merged; its annex only as a working draft</source>
        <translation>مؤقتة: تُدخل وتُدمج؛ ومرفقها مشروع عمل فقط</translation>
    </message>
    <message>
        <source>version {version}: records stay as they are; records of indicators it removes are kept, read-only, and not counted</source>
        <translation>الإصدار {version}: تبقى السجلات كما هي؛ وتُحفظ سجلات المؤشرات التي يزيلها، للقراءة فقط، ولا تُحتسب</translation>
    </message>
    <message>
        <source>{file} will hold this plan: its years open for entry, each year entered, checked and exported under its own plan.</source>
        <translation>سيحتوي {file} على هذه الخطة: تُفتح سنواتها للإدخال، وتُدخل كل سنة وتُفحص وتُصدَّر وفق خطتها.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>A share: {numerator} ÷ {denominator}, the records of both below.</source>
        <translation>نسبة: {numerator} ÷ {denominator}، وسجلات كليهما أدناه.</translation>
    </message>
    <message>
        <source>{indicator}, {period}: {figure}. {counted} record(s) counted, {others} not counted.</source>
        <translation>{indicator}، {period}: {figure}. السجلات المحسوبة: {counted}، وغير المحسوبة: {others}.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>غير مُبلَّغ عنه</translation>
    </message>
    <message>
        <source>The records behind the figure</source>
        <translation>السجلات وراء الرقم</translation>
    </message>
    <message>
        <source>the whole period</source>
        <translation>الفترة كلها</translation>
    </message>
    <message>
        <source>Figure of</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>The records behind {indicator}</source>
        <translation>السجلات وراء {indicator}</translation>
    </message>
</context>
</TS>
