<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>将图表另存为 SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/commands.py" line="46" />
        <source>Edit {fields}</source>
        <translation>编辑{fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="65" />
        <source>Add record</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="84" />
        <source>Delete {count} record(s)</source>
        <translation>删除 {count} 条记录</translation>
    </message>
    <message>
        <source>Add {count} record(s)</source>
        <translation>添加 {count} 条记录</translation>
    </message>
    <message>
        <source>Keep {count} incomplete row(s)</source>
        <translation>保留 {count} 行未完成的行</translation>
    </message>
    <message>
        <source>typing in {row} · {fields}</source>
        <translation>在 {row} 中输入 · {fields}</translation>
    </message>
    <message>
        <source>Edit {row} · {fields}</source>
        <translation>编辑 {row} · {fields}</translation>
    </message>
    <message>
        <source>Add record {row}</source>
        <translation>添加记录 {row}</translation>
    </message>
    <message>
        <source>Delete {count} incomplete row(s)</source>
        <translation>删除 {count} 行未完成的行</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/merge_window.py" line="342" />
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="364" />
        <source>Conflicts in {file}</source>
        <translation>{file} 中的冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="368" />
        <source>These records were changed in two copies of an office file. Compare the versions and keep one; the other is set aside.</source>
        <translation>这些记录在同一办事处文件的两个副本中被分别修改。请比较各版本并保留其中一个；其他版本将被搁置。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="420" />
        <source>{office} · {indicator} {year} · {place}</source>
        <translation>{office} · {indicator} {year} · {place}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="422" />
        <source>Record {id}: {count} versions</source>
        <translation>记录 {id}：{count} 个版本</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="433" />
        <source>headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="435" />
        <source>Held now: version {version}
from {file}</source>
        <translation>当前保存：第 {version} 版
来自 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="436" />
        <source>Rival: version {version}
from {file}</source>
        <translation>竞争版本：第 {version} 版
来自 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="444" />
        <source>No open conflicts.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="451" />
        <source>Record {id} of {office}</source>
        <translation>{office} 的记录 {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="454" />
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="455" />
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="455" />
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="476" />
        <source>Keep this version</source>
        <translation>保留此版本</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="491" />
        <source>Cannot resolve the conflict</source>
        <translation>无法解决冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="493" />
        <source>Record {id}: kept version {version} from {file}.</source>
        <translation>记录 {id}：已保留来自 {file} 的第 {version} 版。</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place} — {office}</source>
        <translation>{indicator} {year} · {place} — {office}</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>记录 {id}</translation>
    </message>
    <message>
        <source>Records with rival versions</source>
        <translation>存在竞争版本的记录</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>并列显示的版本</translation>
    </message>
    <message>
        <source>One column per version; the fields that differ are highlighted. Keep one with the button under its column.</source>
        <translation>每个版本一列；不同的字段会突出显示。用其列下方的按钮保留其中一个。</translation>
    </message>
</context>
<context>
    <name>EntryTemplate</name>
    <message>
        <location filename="../../desktop/entry_template.py" line="54" />
        <source>Export entry &amp;template…</source>
        <translation>导出录入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="65" />
        <source>Save the entry template as</source>
        <translation>将录入模板另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="67" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="104" />
        <source>Entry template written to {path} ({count} record(s) of {year} pre-filled)</source>
        <translation>录入模板已写入 {path}（已预填 {year} 年的 {count} 条记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="112" />
        <source>Writing the entry template</source>
        <translation>正在写入录入模板</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="110" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="109" />
        <source>The entry template was not written.

{reason}</source>
        <translation>录入模板未写入。

{reason}</translation>
    </message>
</context>
<context>
    <name>EntryTemplateDialog</name>
    <message>
        <location filename="../../desktop/entry_template.py" line="23" />
        <source>Export entry template</source>
        <translation>导出录入模板</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="25" />
        <source>An Excel workbook for entering results offline: drop-down lists, instructions, and the records of the year already in this file. Fill it in, then import it with File → Import CSV/XLSX…</source>
        <translation>用于离线录入成果的 Excel 工作簿：包含下拉列表、填写说明以及本文件中该年度已有的记录。填写完成后，请通过“文件 → 导入 CSV/XLSX…”导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="34" />
        <source>Reporting year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <location filename="../../desktop/entry_template.py" line="39" />
        <source>Language of the workbook</source>
        <translation>工作簿语言</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/export_dialog.py" line="76" />
        <source>Export annex</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="79" />
        <source>PDF document (.pdf)</source>
        <translation>PDF 文档 (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="79" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="80" />
        <source>CSV table (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="80" />
        <source>JSON data (.json)</source>
        <translation>JSON 数据 (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="98" />
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="100" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="104" />
        <source>Include draft and returned records</source>
        <translation>包括草稿和已退回的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="105" />
        <source>Drafts are not official results: the document will say that it is a working view and its figures are not final.</source>
        <translation>草稿不是正式成果：文件将注明这是工作视图，其中的数字并非最终数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="112" />
        <source>Document details</source>
        <translation>文件详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="121" />
        <source>Symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="121" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="121" />
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="122" />
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="122" />
        <source>Agenda item title</source>
        <translation>议程项目标题</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="123" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="123" />
        <source>Job number</source>
        <translation>作业号</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="129" />
        <source>Restore the report&apos;s text</source>
        <translation>恢复报告原文</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="138" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="152" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="153" />
        <source>Language of the annex</source>
        <translation>附件语言</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="154" />
        <source>Reporting years</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="160" />
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="163" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="293" />
        <source>Choose where to save the annex.</source>
        <translation>请选择附件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="296" />
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} 是一个文件夹：请选择文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="344" />
        <source>Save the annex as</source>
        <translation>将附件另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="348" />
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="349" />
        <source>{file} already exists. Replace it?</source>
        <translation>{file} 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Add a Figures section to the PDF</source>
        <translation>在 PDF 中添加“图表”部分</translation>
    </message>
    <message>
        <source>Each indicator's figures by year as a chart. The Excel workbook always has a Charts sheet.</source>
        <translation>以图表列示每个指标各年度的数字。Excel 工作簿始终包含“图表”工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="85" />
        <source>Export a working draft anyway, marked “Working draft — not for publication” on every page and sheet</source>
        <translation>仍然导出工作草稿，每页和每个工作表均标明“工作草稿——不得发布”</translation>
    </message>
    <message>
        <location filename="../../desktop/export_dialog.py" line="376" />
        <source>The check found blocking problems (listed above): fix them first, or export a working draft marked as not for publication.</source>
        <translation>检查发现了阻止发布的问题（见上文）：请先更正，或导出标明“不得发布”的工作草稿。</translation>
    </message>
    <message>
        <source>The kind of file: PDF for the report; Excel, CSV or JSON for the figures.</source>
        <translation>文件类型：报告用 PDF；数据用 Excel、CSV 或 JSON。</translation>
    </message>
    <message>
        <source>The language the annex is written in.</source>
        <translation>附件所用的语言。</translation>
    </message>
    <message>
        <source>The first and the last year of the period the annex covers.</source>
        <translation>附件所涵盖期间的第一年和最后一年。</translation>
    </message>
    <message>
        <source>Where the annex is written; Choose… picks a folder and a name.</source>
        <translation>附件的写入位置；“选择…”可选取文件夹和名称。</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <location filename="../../desktop/models.py" line="540" />
        <source>Results framework</source>
        <translation>成果框架</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="541" />
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="541" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="551" />
        <source>{name}
(not an official translation)</source>
        <translation>{name}
（非正式译文）</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="588" />
        <source>{name}
Computed from {numerator} ÷ {denominator}; not entered.</source>
        <translation>{name}
由 {numerator} ÷ {denominator} 计算得出，无需填报。</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="614" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="616" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="618" />
        <source>partly submitted</source>
        <translation>部分已提交</translation>
    </message>
    <message>
        <source>Indicators that a newer version of the plan no longer has: their records are kept, read-only, and not counted</source>
        <translation>计划的新版本已不再包含的指标：其记录予以保留，只读，不计入</translation>
    </message>
    <message>
        <source>Removed from the plan (read-only)</source>
        <translation>已从计划中删除（只读）</translation>
    </message>
</context>
<context>
    <name>HeadquartersRecordModel</name>
    <message>
        <location filename="../work/wt/merge-gui/desktop/hq_model.py" line="26" />
        <source>Row {row}: record of office {office}, version {version}</source>
        <translation>第 {row} 行：办事处 {office} 的记录，第 {version} 版</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="112" />
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="114" />
        <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
        <translation>未从 {file} 导入任何内容：发现 {count} 个问题。请更正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="121" />
        <source>Nothing was imported from {file} yet: {count} duplicate(s) found. These rows repeat records already in the file or other rows of the file (same indicator, year, place, entity, breakdown and value), or the whole file was imported before: imported anyway, they would be counted twice.</source>
        <translation>尚未从 {file} 导入任何内容：发现 {count} 处重复。这些行与文件中已有的记录或本文件的其他行相同（指标、年份、地点、实体、分类和数值均相同），或整个文件此前已导入过：如仍导入，它们将被重复计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="134" />
        <source>Import anyway, duplicates included</source>
        <translation>仍然导入（包括重复项）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot show the history</source>
        <translation>无法显示历史</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>请选择一条记录以查看其历史。</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="145" />
        <location filename="../../desktop/window.py" line="405" />
        <source>Habitat Results</source>
        <translation>人居署成果填报</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="375" />
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="406" />
        <source>No office file open</source>
        <translation>未打开办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="413" />
        <source>headquarters file</source>
        <translation>总部文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="414" />
        <source>{office} — Habitat Results</source>
        <translation>{office} — 人居署成果填报</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="497" />
        <source>Cannot create the office file</source>
        <translation>无法创建办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="502" />
        <source>Open an office file</source>
        <translation>打开办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="516" />
        <source>Cannot write the demo data</source>
        <translation>无法写入示例数据</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="522" />
        <source>Export annex</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="522" />
        <source>Exporting the annex is coming in a later version.</source>
        <translation>导出附件功能将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/window.py" line="231" />
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>{reason}

Accept the key {file} is signed with as a key of office {office}? The merge log records it with the keys known before; the office may then sign with either. Confirm it with the office first.</source>
        <translation>{reason}

是否接受 {file} 所用的签名密钥为办事处 {office} 的密钥？合并日志会连同此前已知的密钥一起记录；之后该办事处可用其中任一密钥签名。请先与该办事处确认。</translation>
    </message>
    <message>
        <source>A new key for {office}</source>
        <translation>{office} 的新密钥</translation>
    </message>
    <message>
        <source>(new key accepted)</source>
        <translation>（已接受新密钥）</translation>
    </message>
    <message>
        <source>(the office's key, recorded now)</source>
        <translation>（已记录该办事处的密钥）</translation>
    </message>
    <message>
        <source>signed by {key}</source>
        <translation>签名密钥 {key}</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="60" />
        <source>Merge office files</source>
        <translation>合并办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="64" />
        <source>The headquarters file: an existing one, or a new one, created by the first merge.</source>
        <translation>总部文件：可以是已有文件，也可以是新文件（首次合并时创建）。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="69" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="79" />
        <source>Office files to merge. You can also drop files here.</source>
        <translation>要合并的办事处文件。也可以将文件拖放到这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="80" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="82" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="94" />
        <source>Headquarters file</source>
        <translation>总部文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="95" />
        <source>Office files</source>
        <translation>办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="97" />
        <source>Add the office files, then preview what the merge would do.</source>
        <translation>添加办事处文件，然后预览合并将产生的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="111" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="112" />
        <source>Shows what the merge would do; writes nothing.</source>
        <translation>显示合并将产生的结果；不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="113" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="114" />
        <source>Open the headquarters file</source>
        <translation>打开总部文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="133" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="133" />
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="133" />
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="133" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="133" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="134" />
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="134" />
        <source>Outdated</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="134" />
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="134" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="225" />
        <source>Choose the headquarters file.</source>
        <translation>请选择总部文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="231" />
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} 是一个文件夹：请选择文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="234" />
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="234" />
        <source>Merging {file}…</source>
        <translation>正在合并 {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="245" />
        <source>Previewing the merge</source>
        <translation>正在预览合并</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="245" />
        <source>Merging office files</source>
        <translation>正在合并办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="248" />
        <source>Nothing was merged.

{reason}</source>
        <translation>未合并任何内容。

{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="252" />
        <source>Cancelled: the files merged before the cancel are kept; the one being merged was not.</source>
        <translation>已取消：取消前已合并的文件保留；正在合并的文件未合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="253" />
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="268" />
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="270" />
        <source>Already merged: nothing to do</source>
        <translation>已合并过：无需操作</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="272" />
        <source>Would be merged</source>
        <translation>将被合并</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="274" />
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="288" />
        <source>{files} file(s): {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflict(s), {refused} refused.</source>
        <translation>{files} 个文件：新增 {added}，更新 {updated}，删除 {deleted}，未变 {unchanged}，冲突 {conflicts}，拒绝 {refused}。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="293" />
        <source>Preview, nothing written to {file}: {counts}</source>
        <translation>预览，未写入 {file}：{counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="296" />
        <source>Merged into {file}: {counts}</source>
        <translation>已合并到 {file}：{counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="298" />
        <source>Refused files were not merged (the reason is in the last column); the others were not affected by them.</source>
        <translation>被拒绝的文件未合并（原因见最后一列）；其他文件不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="327" />
        <source>Add office files</source>
        <translation>添加办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="331" />
        <source>Merge done</source>
        <translation>合并完成</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="332" />
        <source>Open the headquarters file {file} in the window, to review the records and resolve conflicts?</source>
        <translation>在窗口中打开总部文件 {file}，以审核记录并解决冲突吗？</translation>
    </message>
    <message>
        <location filename="../work/wt/merge-gui/desktop/merge_window.py" line="278" />
        <source>({count} conflict(s) to resolve: Review → Conflicts)</source>
        <translation>（{count} 个冲突待解决：审核 → 冲突）</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="396" />
        <source>Another file for {office}</source>
        <translation>{office} 的另一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/merge_window.py" line="397" />
        <source>{reason}

Accept {file} as the new file of office {office}? The merge log records it; the earlier file of {office} will then be refused.</source>
        <translation>{reason}

是否接受 {file} 作为办事处 {office} 的新文件？合并日志将记录此决定；此后 {office} 的旧文件将被拒绝。</translation>
    </message>
    <message>
        <source>What the merge did, file by file</source>
        <translation>合并的结果（逐个文件）</translation>
    </message>
    <message>
        <source>One row per office file: its records added, updated, deleted, unchanged, outdated and in conflict, and the result.</source>
        <translation>每个办事处文件一行：其新增、更新、删除、未变、过时和冲突的记录，以及结果。</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../desktop/delegates.py" line="36" />
        <source>Cut at {limit} characters, the most this text may hold</source>
        <translation>已截断为 {limit} 个字符，这是此文本的最大长度</translation>
    </message>
</context>
<context>
    <name>NarrativePanel</name>
    <message>
        <location filename="../../desktop/narrative_panel.py" line="33" />
        <source>What changed under this outcome in the year, in a few sentences. Saved as you type.</source>
        <translation>用几句话说明本年度该成果下发生的变化。输入时自动保存。</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="20" />
        <source>Office profile</source>
        <translation>办事处资料</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="23" />
        <source>e.g. KEN or ROAF</source>
        <translation>例如 KEN 或 ROAF</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="25" />
        <source>e.g. UN-Habitat Kenya Country Office</source>
        <translation>例如 人居署肯尼亚国家办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="37" />
        <source>e.g. Africa</source>
        <translation>例如 非洲</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="42" />
        <source>Office code</source>
        <translation>办事处代码</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="43" />
        <source>Office name</source>
        <translation>办事处名称</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="44" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="45" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Type the country&apos;s name or its code; the list narrows as you type.</source>
        <translation>输入国家名称或代码；列表会随输入缩小范围。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Explain this figure…</source>
        <translation>解释这个数字…</translation>
    </message>
    <message>
        <source>The overview is computed when a file is open.</source>
        <translation>打开文件后即计算概览。</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>正在计算概览…</translation>
    </message>
    <message>
        <source>The overview could not be computed: {message}</source>
        <translation>无法计算概览：{message}</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>partly submitted</source>
        <translation>部分提交</translation>
    </message>
    <message>
        <source>draft only in the office</source>
        <translation>仅在办事处为草稿</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Overview of {office}, {year}</source>
        <translation>概览：{office}，{year}年</translation>
    </message>
    <message>
        <source>Working figures: drafts are included, as entered. Click a bar or an outcome to open its records.</source>
        <translation>工作数字：包括草稿，按录入原样。点击条形或成果即可打开其记录。</translation>
    </message>
    <message>
        <source>{entered} entered · {empty} of {indicators} indicators without data</source>
        <translation>已录入 {entered} 条 · {indicators} 个指标中 {empty} 个尚无数据</translation>
    </message>
    <message>
        <source>{submitted} submitted, {draft} draft, {returned} returned; without data: {codes}</source>
        <translation>已提交 {submitted} 条，草稿 {draft} 条，已退回 {returned} 条；无数据：{codes}</translation>
    </message>
    <message>
        <source>Records in {year} by outcome</source>
        <translation>{year}年各成果的记录</translation>
    </message>
    <message>
        <source>Changes since the last submission</source>
        <translation>上次提交以来的更改</translation>
    </message>
    <message>
        <source>{year} has not been submitted yet.</source>
        <translation>{year}年尚未提交。</translation>
    </message>
    <message>
        <source>{year} was last submitted on {date} (UTC).</source>
        <translation>{year}年最近一次提交于 {date}（UTC）。</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>此后没有更改。</translation>
    </message>
    <message>
        <source>Records changed since, by indicator:</source>
        <translation>此后更改的记录（按指标）：</translation>
    </message>
    <message>
        <source>{code}: {added} added, {changed} changed, {deleted} deleted</source>
        <translation>{code}：新增 {added} 条，修改 {changed} 条，删除 {deleted} 条</translation>
    </message>
    <message>
        <source>{period}: {figure}</source>
        <translation>{period}：{figure}</translation>
    </message>
    <message>
        <source>target {value} by {year}</source>
        <translation>目标：{year}年达到 {value}</translation>
    </message>
    <message>
        <source>{percent} % of the way to {value} by {year}</source>
        <translation>已完成至{year}年目标 {value} 的 {percent}%</translation>
    </message>
    <message>
        <source>Overview of the headquarters file: {offices} offices, {period}</source>
        <translation>总部文件概览：{offices} 个办事处，{period}</translation>
    </message>
    <message>
        <source>The figures the annex would show: submitted and validated records. Click a bar, a cell or a problem to open its records.</source>
        <translation>附件将显示的数字：已提交和已核实的记录。点击条形、单元格或问题即可打开其记录。</translation>
    </message>
    <message>
        <source>({held} records held, {returned} returned)</source>
        <translation>（持有 {held} 条记录，退回 {returned} 条）</translation>
    </message>
    <message>
        <source>Reports received, by office and year</source>
        <translation>已收到的报告（按办事处和年份）</translation>
    </message>
    <message>
        <source>Domain of change</source>
        <translation>变革领域</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>数字按</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Merged total {period}: {figure}</source>
        <translation>{period}合并总数：{figure}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The report gives {figure}</source>
        <translation>报告给出的数字为 {figure}</translation>
    </message>
    <message>
        <source>The report gives no figure</source>
        <translation>报告未给出数字</translation>
    </message>
    <message>
        <source>Merged {figure} · report {report}</source>
        <translation>合并 {figure} · 报告 {report}</translation>
    </message>
    <message>
        <source>Standing between the data and the annex</source>
        <translation>数据与附件之间尚待解决的问题</translation>
    </message>
    <message>
        <source>{conflicts} records with rival versions · {returned} records returned to their office · {blocking} other blocking problems</source>
        <translation>{conflicts} 条记录有相互竞争的版本 · {returned} 条记录已退回办事处 · 其他阻碍性问题 {blocking} 个</translation>
    </message>
    <message>
        <source>… and {count} more (the command habitat-results check lists them all)</source>
        <translation>……另有 {count} 个（命令 habitat-results check 会全部列出）</translation>
    </message>
    <message>
        <source>country {key}</source>
        <translation>国家 {key}</translation>
    </message>
    <message>
        <source>office {key}</source>
        <translation>办事处 {key}</translation>
    </message>
    <message>
        <source>region {key}</source>
        <translation>区域 {key}</translation>
    </message>
    <message>
        <source>period {key}</source>
        <translation>期间 {key}</translation>
    </message>
    <message>
        <source>{where}: {versions} versions of one record, none chosen</source>
        <translation>{where}：同一记录有 {versions} 个版本，尚未选定</translation>
    </message>
    <message>
        <source>{indicator} is above {at_most} ({where})</source>
        <translation>{indicator} 高于 {at_most}（{where}）</translation>
    </message>
    <message>
        <source>{indicator} is {percent} %, above 100 % ({where})</source>
        <translation>{indicator} 为 {percent}%，超过 100%（{where}）</translation>
    </message>
    <message>
        <source>{where}: {value} is above the ceiling of {ceiling} for one record</source>
        <translation>{where}：{value} 超过单条记录上限 {ceiling}</translation>
    </message>
    <message>
        <source>grey: {code} of {plan}, which it continues</source>
        <translation>灰色：它所延续的 {plan} 的 {code}</translation>
    </message>
    <message>
        <source>{code} {year} ({plan}): {value}</source>
        <translation>{code} {year} 年（{plan}）：{value}</translation>
    </message>
    <message>
        <source>The domain of change whose indicators the table shows.</source>
        <translation>表中显示其指标的变革领域。</translation>
    </message>
    <message>
        <source>Shows each indicator&apos;s merged figures by year, by region or by office.</source>
        <translation>按年份、区域或办事处显示每个指标的合并数字。</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>the row is hidden and holds values; a plan workbook shows all it holds: unhide the row or delete it</source>
        <translation>该行被隐藏且含有值；计划工作簿须显示其全部内容：请取消隐藏或删除该行</translation>
    </message>
    <message>
        <source>the column is hidden and holds values; a plan workbook shows all it holds: unhide the column or delete it</source>
        <translation>该列被隐藏且含有值；计划工作簿须显示其全部内容：请取消隐藏或删除该列</translation>
    </message>
    <message>
        <source>{path} is a results file or a workbook; a plan file is never written over it: choose another name, such as plan.json</source>
        <translation>{path} 是成果文件或工作簿；计划文件绝不会覆盖它：请另选名称，例如 plan.json</translation>
    </message>
    <message>
        <source>{path}: a plan of format {format}, which this version of Habitat Results does not read (it reads formats {known}); please update the app</source>
        <translation>{path}：格式为 {format} 的计划，此版本的 Habitat Results 无法读取（可读取的格式：{known}）；请更新应用</translation>
    </message>
    <message>
        <source>{path}: {size} bytes, too large for a plan file (at most {limit})</source>
        <translation>{path}：{size} 字节，对计划文件而言过大（最多 {limit}）</translation>
    </message>
    <message>
        <source>{path}: not a valid plan: {problems}{more_text}</source>
        <translation>{path}：不是有效的计划：{problems}{more_text}</translation>
    </message>
    <message>
        <source>required; the cell is empty</source>
        <translation>必填；单元格为空</translation>
    </message>
    <message>
        <source>required when {other} is given</source>
        <translation>填写了 {other} 时为必填</translation>
    </message>
    <message>
        <source>required: the English text, since {column} is given</source>
        <translation>必填：英文文本，因为已填写 {column}</translation>
    </message>
    <message>
        <source>{text} is not text</source>
        <translation>{text} 不是文本</translation>
    </message>
    <message>
        <source>{text} is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 into 1; format the cell as Text and type it again</source>
        <translation>{text} 是数字，但此列应为文本：Excel 会把 1.10 变成 1.1、把 1.0 变成 1；请将单元格格式设为“文本”后重新输入</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>“{text}”不是整数</translation>
    </message>
    <message>
        <source>{text} is not above 0</source>
        <translation>{text} 不大于 0</translation>
    </message>
    <message>
        <source>{text} is below 0</source>
        <translation>{text} 小于 0</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>“{text}”不是以下之一：{allowed}</translation>
    </message>
    <message>
        <source>too long ({count} characters); at most {limit}</source>
        <translation>过长（{count} 个字符）；最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>contains the control character {char}, which is not text; retype it</source>
        <translation>含有控制字符 {char}，它不是文本；请重新输入</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most {limit}</source>
        <translation>“{text}”不是代码：只能用字母、数字、“.”、“-”和“_”，以字母或数字开头，最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language of the plan: {allowed}</source>
        <translation>“{text}”不是计划的语言：{allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the plan; the keys are: {keys}</source>
        <translation>“{text}”不是计划的键；键为：{keys}</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; is missing: add a row with it</source>
        <translation>缺少键“{text}”：请添加一行</translation>
    </message>
    <message>
        <source>the sheet {part} reaches beyond {max_rows} rows or {max_columns} columns, more than a plan holds</source>
        <translation>工作表 {part} 超出 {max_rows} 行或 {max_columns} 列，超过计划所需</translation>
    </message>
    <message>
        <source>the key &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>键“{text}”出现了两次（另见 {other}）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a column of this sheet; the columns are: {columns}</source>
        <translation>“{text}”不是此工作表的列；列为：{columns}</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; appears twice (also at {other})</source>
        <translation>列“{text}”出现了两次（另见 {other}）</translation>
    </message>
    <message>
        <source>the column &apos;{text}&apos; is missing; add it to the first row</source>
        <translation>缺少列“{text}”；请在第一行添加</translation>
    </message>
    <message>
        <source>a value in a column without a name in the first row: name the column or clear the cell</source>
        <translation>值所在的列在第一行没有列名：请为该列命名或清除该单元格</translation>
    </message>
    <message>
        <source>{sheet} must be a list of entries</source>
        <translation>{sheet} 必须是条目列表</translation>
    </message>
    <message>
        <source>the sheet {sheet} holds no entries</source>
        <translation>工作表 {sheet} 没有任何条目</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; is missing; a plan workbook has the sheets {sheets}</source>
        <translation>缺少工作表“{sheet}”；计划工作簿包含工作表 {sheets}</translation>
    </message>
    <message>
        <source>the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or delete it</source>
        <translation>工作表被隐藏；计划工作簿须显示其全部内容：请取消隐藏或删除该工作表</translation>
    </message>
    <message>
        <source>a formula ({formula}); a plan workbook holds values only: type the value itself</source>
        <translation>公式（{formula}）；计划工作簿只含数值：请直接输入数值</translation>
    </message>
    <message>
        <source>an error value ({text}) instead of a value</source>
        <translation>错误值（{text}），而不是数值</translation>
    </message>
    <message>
        <source>a date ({text}); type the value as text or a number</source>
        <translation>日期（{text}）；请以文本或数字输入该值</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year from 1900 to 2100</source>
        <translation>“{text}”不是 1900 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>the last year {last} comes before the first year {first}</source>
        <translation>最后一年 {last} 早于第一年 {first}</translation>
    </message>
    <message>
        <source>the years {first}–{last} overlap the plan {other} ({other_first}–{other_last}) built into the app; a results file follows one plan a year</source>
        <translation>{first}–{last} 年与应用内置的计划 {other}（{other_first}–{other_last} 年）重叠；一个成果文件每年只遵循一个计划</translation>
    </message>
    <message>
        <source>{id} {version} is the plan built into the app, and this one counts otherwise: give it a new version</source>
        <translation>{id} {version} 是应用内置的计划，而此计划的计数方式不同：请为其指定新版本</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; must be a number above 1</source>
        <translation>“{text}”必须是大于 1 的数字</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level: 1 at the top, at most {most}</source>
        <translation>“{text}”不是层级：顶层为 1，最多 {most}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key: small letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>“{text}”不是键：只能用小写字母、数字和“_”，以字母开头</translation>
    </message>
    <message>
        <source>level {number} has no level {missing} above it</source>
        <translation>层级 {number} 之上没有层级 {missing}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key of the sheet levels</source>
        <translation>“{text}”不是工作表 levels 中的键</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; appears twice (also at {other})</source>
        <translation>“{text}”出现了两次（另见 {other}）</translation>
    </message>
    <message>
        <source>{code} sits under itself: {path}</source>
        <translation>{code} 位于其自身之下：{path}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a code of the sheet structure</source>
        <translation>“{text}”不是工作表 structure 中的代码</translation>
    </message>
    <message>
        <source>required: a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>必填：层级 {number}（{level}）的组位于层级 {above} 的组之下</translation>
    </message>
    <message>
        <source>a group of level 1 ({level}) sits at the top: leave its parent empty</source>
        <translation>层级 1（{level}）的组位于顶层：上级须留空</translation>
    </message>
    <message>
        <source>&apos;{parent}&apos; is a group of level {found} ({parent_level}); a group of level {number} ({level}) sits under a group of level {above}</source>
        <translation>“{parent}”是层级 {found}（{parent_level}）的组；层级 {number}（{level}）的组应位于层级 {above} 的组之下</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; holds groups ({groups}); indicators sit under a group that holds no groups</source>
        <translation>“{text}”包含组（{groups}）；指标只能位于不含组的组之下</translation>
    </message>
    <message>
        <source>unit &apos;{text}&apos; is not in units</source>
        <translation>单位“{text}”不在 units 中</translation>
    </message>
    <message>
        <source>required for a distinct indicator: what it counts once ({allowed})</source>
        <translation>去重指标必填：只计一次的对象（{allowed}）</translation>
    </message>
    <message>
        <source>only for a {rule} indicator: leave it empty</source>
        <translation>仅用于 {rule} 指标：请留空</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan</source>
        <translation>“{text}”不是此计划的指标</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is itself derived; a share is derived from two indicators that offices enter</source>
        <translation>“{text}”本身是推算指标；比例须由办事处填报的两个指标推算</translation>
    </message>
    <message>
        <source>the numerator and the denominator are both {text}</source>
        <translation>分子和分母都是 {text}</translation>
    </message>
    <message>
        <source>{text} is above 100; a derived indicator is a share in per cent</source>
        <translation>{text} 大于 100；推算指标是百分比</translation>
    </message>
    <message>
        <source>the target year {target} must come after the baseline year {baseline}</source>
        <translation>目标年份 {target} 必须晚于基线年份 {baseline}</translation>
    </message>
    <message>
        <source>the target equals the baseline ({value}): progress cannot be shown</source>
        <translation>目标等于基线（{value}）：无法显示进展</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of this plan that offices enter</source>
        <translation>“{text}”不是此计划中由办事处填报的指标</translation>
    </message>
    <message>
        <source>a rule compares two different indicators; both are {text}</source>
        <translation>规则比较两个不同的指标；此处两者都是 {text}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is this plan; a crosswalk names an earlier plan</source>
        <translation>“{text}”就是此计划；对照表须指明较早的计划</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an indicator of {plan} {version}</source>
        <translation>“{text}”不是 {plan} {version} 的指标</translation>
    </message>
    <message>
        <source>{plan} ({first}–{last}) does not end before this plan&apos;s first year {own_first}; a crosswalk continues an earlier plan</source>
        <translation>{plan}（{first}–{last} 年）未在此计划第一年 {own_first} 之前结束；对照表延续的是较早的计划</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../desktop/problem_text.py" line="23" />
        <source>required: an indicator code of {framework}, such as 1.1.a</source>
        <translation>必填：{framework} 的指标编号，例如 1.1.a</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="25" />
        <source>'{code}' is not an indicator of {framework} {version}</source>
        <translation>“{code}”不是 {framework} {version} 的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="27" />
        <source>{code} is computed from {numerator} ÷ {denominator} and cannot be entered</source>
        <translation>{code} 由 {numerator} ÷ {denominator} 计算得出，不能填报</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="30" />
        <source>required: a year from {first} to {last}</source>
        <translation>必填：{first}–{last} 年之间的年份</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="32" />
        <source>{year} lies outside the plan period {first}–{last}</source>
        <translation>{year} 年不在计划期（{first}–{last} 年）之内</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="34" />
        <source>too long ({count} characters); at most {limit}</source>
        <translation>过长（{count} 个字符）；最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="36" />
        <source>contains the control character {char} at character {position}, which is not text; retype it</source>
        <translation>第 {position} 个字符是控制字符 {char}，不是文本；请重新输入</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="40" />
        <source>a line break at character {position}; this field is one line of text</source>
        <translation>第 {position} 个字符处有换行；此字段只能是一行文本</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="43" />
        <source>a tab at character {position}; this field is one line of text</source>
        <translation>第 {position} 个字符处有制表符；此字段只能是一行文本</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="60" />
        <source>'{text}' is not a whole number of {unit}; the point may separate thousands (1.200 = 1200 in many languages) or decimals (1.2): write the number without separators</source>
        <translation>“{text}”不是整数（单位：{unit}）；句点在许多语言中用作千位分隔符（1.200 = 1200），也可能是小数点（1.2）：请写不带分隔符的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="65" />
        <source>'{text}' is not a whole number of {unit}; a count is a whole number, without decimals</source>
        <translation>“{text}”不是整数（单位：{unit}）；计数必须是整数，不带小数</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="36" />
        <source>'{text}' is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)</source>
        <translation>“{text}”不是 ISO 3166-1 三字母国家代码（例如 KEN、BRA）</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="38" />
        <source>required when a city is given: the ISO 3166-1 alpha-3 code of the city's country</source>
        <translation>填写城市时必填：该城市所在国家的 ISO 3166-1 三字母代码</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="41" />
        <source>leave empty (or 1) for {code}: each record counts one {entity}</source>
        <translation>{code} 请留空（或填 1）：每条记录计为一个{entity}</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="43" />
        <source>required for {code}, which counts cities (with the city's country)</source>
        <translation>{code} 必填：该指标按城市计数（同时填写城市所在国家）</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="45" />
        <source>required for {code}: the ISO 3166-1 alpha-3 code</source>
        <translation>{code} 必填：ISO 3166-1 三字母国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="47" />
        <source>required for {code}: the name of the {unit} counted</source>
        <translation>{code} 必填：所计{unit}的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="49" />
        <source>required for {code}: a whole number of {unit}</source>
        <translation>{code} 必填：{unit}数（整数）</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="51" />
        <source>'{text}' is not a whole number of {unit}</source>
        <translation>“{text}”不是整数（单位：{unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="53" />
        <source>{value} is negative; counts are whole numbers of 0 or more</source>
        <translation>{value} 是负数；计数须为 0 或更大的整数</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="55" />
        <source>{value} is implausibly large (more than {limit})</source>
        <translation>{value} 大得不合情理（超过 {limit}）</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="57" />
        <source>'{text}' is not one of: none, at least, more than, about</source>
        <translation>“{text}”不是以下之一：确切、至少、多于、约</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="59" />
        <source>'{text}' is not one of: {allowed}</source>
        <translation>“{text}”不是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="61" />
        <source>{code} is not broken down by {field}; leave it empty</source>
        <translation>{code} 不按{field}分列；请留空</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="63" />
        <source>required: the office's name</source>
        <translation>必填：办事处名称</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="65" />
        <source>the office code must be 1–20 letters, digits or hyphens</source>
        <translation>办事处代码须为 1–20 个字母、数字或连字符</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="71" />
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="72" />
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="73" />
        <source>named item</source>
        <translation>具名对象</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="74" />
        <source>country or city</source>
        <translation>国家或城市</translation>
    </message>
    <message>
        <source>'{text}' is not a country: type its name, its ISO 3166-1 alpha-3 code (e.g. KEN) or the first letters of its name</source>
        <translation>“{text}”不是国家：请输入国家名称、ISO 3166-1 三字母代码（例如 KEN）或名称的开头几个字</translation>
    </message>
    <message>
        <source>'{text}' could be {names}: type more letters or the code</source>
        <translation>“{text}”可能是 {names}：请多输入几个字或输入代码</translation>
    </message>
    <message>
        <source>'{outcome}' is not an outcome of {framework}</source>
        <translation>“{outcome}”不是 {framework} 的成果</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>not a field that can be edited</source>
        <translation>不是可编辑的字段</translation>
    </message>
    <message>
        <source>'{text}' is not an ISO 3166-1 alpha-3 country code</source>
        <translation>“{text}”不是 ISO 3166-1 三字母国家代码</translation>
    </message>
    <message>
        <source>a duplicate of {record}, already in the file</source>
        <translation>与文件中已有的{record}重复</translation>
    </message>
    <message>
        <source>a duplicate of {row} ({described})</source>
        <translation>与{row}重复（{described}）</translation>
    </message>
    <message>
        <source>a breakdown row says 'of which', but {place} has no total: add the total as a row without sex, age and disability</source>
        <translation>分列行表示“其中”，但 {place} 没有总数：请添加一行不填性别、年龄和残疾状况的总数</translation>
    </message>
    <message>
        <source>the parts by {dimension} of {place} ({listed}) add up to {added}, more than their total {total} ({named}); breakdown rows say 'of which' and may not exceed the total</source>
        <translation>{place} 按{dimension}分列的各部分（{listed}）合计 {added}，超过其总数 {total}（{named}）；分列行表示“其中”，不得超过总数</translation>
    </message>
    <message>
        <source>office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>record {row}, {problem}</source>
        <translation>第 {row} 条记录，{problem}</translation>
    </message>
    <message>
        <source>required when returning records: say what the office should change</source>
        <translation>退回记录时必填：请说明办事处应修改什么</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}：{message}</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of this file ({periods})</source>
        <translation>{year} 年不在本文件所含各计划的期间之内（{periods}）</translation>
    </message>
    <message>
        <source>{code} was removed from the plan {plan} by its version {version}; its records are kept, read-only, and not counted</source>
        <translation>{code} 已由计划 {plan} 的 {version} 版删除；其记录予以保留，只读，不计入</translation>
    </message>
    <message>
        <source>the total of {place} has {count} breakdown part(s) that say &apos;of which&apos; ({listed}): delete or move the parts first, or keep a total for them</source>
        <translation>{place} 的总数有 {count} 个表示“其中”的分列部分（{listed}）：请先删除或移动这些部分，或为它们保留一个总数</translation>
    </message>
    <message>
        <source>a copy of {record}: change what differs (another city, another year…) to store it</source>
        <translation>{record} 的副本：请修改不同之处（另一个城市、另一年……）后再保存</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{where}, {column}: {message}</source>
        <translation>{where}，{column}：{message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>{path}: unsupported file type '{suffix}'; use .csv or .xlsx</source>
        <translation>{path}：不支持的文件类型“{suffix}”；请使用 .csv 或 .xlsx</translation>
    </message>
    <message>
        <source>the file is {size}; at most {limit} can be imported at once: split it into smaller files</source>
        <translation>文件大小为 {size}；一次最多可导入 {limit}：请拆分为较小的文件</translation>
    </message>
    <message>
        <source>longer than {limit} characters; is this a table exported as CSV?</source>
        <translation>超过 {limit} 个字符；这是导出为 CSV 的表格吗？</translation>
    </message>
    <message>
        <source>more than {limit} rows; import at most {limit} at a time (split the file)</source>
        <translation>超过 {limit} 行；一次最多导入 {limit} 行（请拆分文件）</translation>
    </message>
    <message>
        <source>a cell of {length} characters; at most {limit}</source>
        <translation>有一个单元格长 {length} 个字符；最多 {limit} 个</translation>
    </message>
    <message>
        <source>not UTF-8 text: {places}. In Excel, save it with File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)'</source>
        <translation>不是 UTF-8 文本：{places}。在 Excel 中请用“文件 &gt; 另存为 &gt; CSV UTF-8（逗号分隔）”保存</translation>
    </message>
    <message>
        <source>not a readable CSV file ({detail})</source>
        <translation>不是可读的 CSV 文件（{detail}）</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet (not an Excel workbook: {detail})</source>
        <translation>无法作为电子表格读取（不是 Excel 工作簿：{detail}）</translation>
    </message>
    <message>
        <source>the workbook holds {count} parts; at most {limit}</source>
        <translation>工作簿包含 {count} 个部件；最多 {limit} 个</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} ({part}: {part_size}); at most {limit}</source>
        <translation>工作簿解压后为 {size}（{part}：{part_size}）；最多 {limit}</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>damaged workbook: its first sheet ({part}) is missing</source>
        <translation>工作簿已损坏：缺少第一个工作表（{part}）</translation>
    </message>
    <message>
        <source>damaged workbook: {part} is not readable XML ({detail})</source>
        <translation>工作簿已损坏：{part} 不是可读的 XML（{detail}）</translation>
    </message>
    <message>
        <source>damaged workbook: {part} cannot be unpacked ({detail})</source>
        <translation>工作簿已损坏：无法解压 {part}（{detail}）</translation>
    </message>
    <message>
        <source>the workbook contains a document type declaration, which Excel never writes</source>
        <translation>工作簿包含文档类型声明，Excel 从不写入此类声明</translation>
    </message>
    <message>
        <source>cell{label} holds more than {limit} characters, the most a cell may hold</source>
        <translation>单元格{label}超过 {limit} 个字符，即单元格可容纳的上限</translation>
    </message>
    <message>
        <source>a text shared by cells holds more than {limit} characters, the most a cell may hold</source>
        <translation>一个共享文本超过 {limit} 个字符，即单元格可容纳的上限</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} texts</source>
        <translation>工作簿包含超过 {limit} 个文本</translation>
    </message>
    <message>
        <source>cell {ref} lies beyond column {column}; at most {limit} columns are read</source>
        <translation>单元格 {ref} 超出第 {column} 列；最多读取 {limit} 列</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit} rows; import at most {limit} at a time (split the sheet)</source>
        <translation>第一个工作表超过 {limit} 行；一次最多导入 {limit} 行（请拆分工作表）</translation>
    </message>
    <message>
        <source>the first sheet declares the range {ref} ({rows} rows × {columns} columns); at most {max_rows} rows and {max_columns} columns are read: copy the table alone into a new workbook</source>
        <translation>第一个工作表声明的范围为 {ref}（{rows} 行 × {columns} 列）；最多读取 {max_rows} 行和 {max_columns} 列：请只把表格复制到新工作簿中</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>{cells} cells, but the header has {header}</source>
        <translation>有 {cells} 个单元格，但表头只有 {header} 个</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>文件为空；应有表头行</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet ({detail})</source>
        <translation>无法作为电子表格读取（{detail}）</translation>
    </message>
    <message>
        <source>unknown column; the columns are: {columns}</source>
        <translation>未知列；可用的列为：{columns}</translation>
    </message>
    <message>
        <source>unknown column (is the file separated by {separator}? then a column name is misspelt); the columns are: {columns}</source>
        <translation>未知列（文件是否以{separator}分隔？若是，则有列名拼写错误）；可用的列为：{columns}</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>有一列没有名称</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>this file was already imported on {when} UTC (as {name}, {records} records); importing it again would count its records twice</source>
        <translation>此文件已于 UTC {when} 导入（名为 {name}，{records} 条记录）；再次导入会使其记录被重复计算</translation>
    </message>
    <message>
        <source>{source}: nothing imported; {problems} problem(s)</source>
        <translation>{source}：未导入任何内容；{problems} 个问题</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty; expected a header row</source>
        <translation>工作表 {sheet} 为空；应有表头行</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is not in this file (a template made from another office file?); copy its values into an empty row to enter it as a new record</source>
        <translation>此行预填自记录 {id}，但该记录不在此文件中（模板是否由另一个办事处文件生成？）；请将其值复制到空行，作为新记录填报</translation>
    </message>
    <message>
        <source>this row was pre-filled from record {id}, which is deleted from the file since the template was made; copy its values into an empty row to enter it as a new record</source>
        <translation>此行预填自记录 {id}，但该记录在模板生成后已从文件中删除；请将其值复制到空行，作为新记录填报</translation>
    </message>
    <message>
        <source>the row of record {id} was cleared; records already in the file are deleted in the app, not by import</source>
        <translation>记录 {id} 所在的行已被清空；文件中已有的记录须在程序中删除，不能通过导入删除</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file ('{here}' here, '{there}' in the file); records already in the file are changed in the app, not by import</source>
        <translation>与文件中已有的记录 {id} 不同（此处为“{here}”，文件中为“{there}”）；文件中已有的记录须在程序中修改，不能通过导入修改</translation>
    </message>
    <message>
        <source>differs from record {id} already in the file ('{here}' here, '{there}' in the file) (the record was changed in the file after the template was made: version {version}, the template has {template_version}); records already in the file are changed in the app, not by import</source>
        <translation>与文件中已有的记录 {id} 不同（此处为“{here}”，文件中为“{there}”）（模板生成后该记录在文件中被修改过：版本 {version}，模板中为 {template_version}）；文件中已有的记录须在程序中修改，不能通过导入修改</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>language &apos;{lang}&apos; is not one of {known}</source>
        <translation>语言“{lang}”不是 {known} 之一</translation>
    </message>
    <message>
        <source>the PDF font {font} was not found; reinstall Habitat Results (its fonts are in resources/fonts) or install {package}</source>
        <translation>找不到 PDF 字体 {font}；请重新安装 Habitat Results（其字体在 resources/fonts 中）或安装 {package}</translation>
    </message>
    <message>
        <source>the annex cannot be laid out on the page: {detail}</source>
        <translation>附件无法在页面上排版：{detail}</translation>
    </message>
    <message>
        <source>{path}: not an office key file ({detail})</source>
        <translation>{path}：不是办事处密钥文件（{detail}）</translation>
    </message>
    <message>
        <source>{path}: the office key could not be written ({detail})</source>
        <translation>{path}：无法写入办事处密钥（{detail}）</translation>
    </message>
    <message>
        <source>this profile holds no key for office {office} (keys folder {folder})</source>
        <translation>此用户配置中没有办事处 {office} 的密钥（密钥文件夹 {folder}）</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name for the exported key</source>
        <translation>{path} 已存在；请为导出的密钥另选文件名</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) does not match what it signs: the file was changed after it was signed, or the signature is damaged</source>
        <translation>其签名 {row}（{year} 年）与所签内容不符：文件在签名后被修改，或签名已损坏</translation>
    </message>
    <message>
        <source>its signature {row} (year {year}) was made for office {office}, file {file_id}, not for this file</source>
        <translation>其签名 {row}（{year} 年）是为办事处 {office} 的文件 {file_id} 所做，不是为此文件</translation>
    </message>
    <message>
        <source>it is not signed, but headquarters knows office {office} by its key ({keys}); an unsigned file from this office is refused. Ask the office to submit its year again with this version of the app</source>
        <translation>此文件未签名，但总部已通过密钥（{keys}）认识办事处 {office}；该办事处的未签名文件将被拒绝。请该办事处用此版本的应用重新提交其年度</translation>
    </message>
    <message>
        <source>the record {id} ({year}) is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>记录 {id}（{year} 年）与签名时不同：它在 {year} 年提交后被修改。请办事处重新提交 {year} 年以签名</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not as it was signed: it changed after {year} was submitted. The office submits {year} again to sign it</source>
        <translation>成果叙述 {outcome} {year} 与签名时不同：它在 {year} 年提交后被修改。请办事处重新提交 {year} 年以签名</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters revoked for office {office}</source>
        <translation>此文件使用密钥 {key} 签名，总部已撤销该密钥对办事处 {office} 的信任</translation>
    </message>
    <message>
        <source>it is signed with the key {key}, which headquarters knows as office {other}'s, not {office}'s</source>
        <translation>此文件使用密钥 {key} 签名，总部记录该密钥属于办事处 {other}，而不是 {office}</translation>
    </message>
    <message>
        <source>it is signed with a key headquarters does not know for office {office} ({key}); headquarters knows the office by {known}. If the office has a new laptop or a new colleague, merge it again confirming the new key</source>
        <translation>此文件使用总部不认识的办事处 {office} 密钥（{key}）签名；总部认识的该办事处密钥为 {known}。如果该办事处换了新电脑或新同事，请重新合并并确认新密钥</translation>
    </message>
    <message>
        <source>{file} holds no office key whose fingerprint starts with {key}</source>
        <translation>{file} 中没有指纹以 {key} 开头的办事处密钥</translation>
    </message>
    <message>
        <source>more than one office key in {file} has a fingerprint starting with {key}: type more of it</source>
        <translation>{file} 中有多个办事处密钥的指纹以 {key} 开头：请多输入几位</translation>
    </message>
    <message>
        <source>{path}: {year} has no records to submit</source>
        <translation>{path}：{year} 没有可提交的记录</translation>
    </message>
    <message>
        <source>{path}: {year} is already submitted; nothing to submit</source>
        <translation>{path}：{year} 已提交；没有可提交的内容</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}：已拒绝：{reason}</translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation>这是指向不存在的文件的链接</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a results file</source>
        <translation>这是一个文件夹，不是成果文件</translation>
    </message>
    <message>
        <source>not a regular file (a device or a pipe)</source>
        <translation>不是普通文件（是设备或管道）</translation>
    </message>
    <message>
        <source>it was being written when last closed ({journal} lies next to it); open it once in Habitat Results on that computer, then send it again</source>
        <translation>上次关闭时文件正在写入（旁边有 {journal}）；请在那台电脑上用 Habitat Results 打开一次，然后重新发送</translation>
    </message>
    <message>
        <source>locked by another program that is writing to it; close it there (or wait) and try again</source>
        <translation>另一个程序正在写入并锁定了该文件；请在那里关闭它（或稍候）后重试</translation>
    </message>
    <message>
        <source>cannot be read: permission denied, or locked by another program</source>
        <translation>无法读取：没有权限，或被另一个程序锁定</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>truncated: the file ends after {size} bytes, inside the SQLite signature</source>
        <translation>文件不完整：在 SQLite 签名中间的第 {size} 字节处结束</translation>
    </message>
    <message>
        <source>a text file, not a results file</source>
        <translation>这是一个文本文件，不是成果文件</translation>
    </message>
    <message>
        <source>not readable: the file looks encrypted (whole pages of unreadable data with no SQLite signature); Habitat Results files are never encrypted</source>
        <translation>无法读取：文件似乎已加密（整页无法读取的数据，没有 SQLite 签名）；Habitat Results 文件从不加密</translation>
    </message>
    <message>
        <source>not a results file: binary data that is not an SQLite database (damaged, or another kind of file)</source>
        <translation>不是成果文件：不是 SQLite 数据库的二进制数据（已损坏，或是其他类型的文件）</translation>
    </message>
    <message>
        <source>truncated: only {size} bytes, shorter than the {header}-byte SQLite header</source>
        <translation>文件不完整：只有 {size} 字节，短于 {header} 字节的 SQLite 文件头</translation>
    </message>
    <message>
        <source>damaged header: page size {page_size} is impossible</source>
        <translation>文件头已损坏：页面大小 {page_size} 不可能</translation>
    </message>
    <message>
        <source>truncated: {size} bytes is not a whole number of {page_size}-byte pages</source>
        <translation>文件不完整：{size} 字节不是 {page_size} 字节页面的整数倍</translation>
    </message>
    <message>
        <source>truncated: {size} bytes, but its header says {pages} pages of {page_size} bytes ({expected} bytes)</source>
        <translation>文件不完整：只有 {size} 字节，但文件头表明有 {pages} 个 {page_size} 字节的页面（{expected} 字节）</translation>
    </message>
    <message>
        <source>it contains a {kind} ('{name}'), which a results file never has; the file may have been tampered with</source>
        <translation>文件包含 {kind}（“{name}”），成果文件从不包含此类对象；文件可能已被篡改</translation>
    </message>
    <message>
        <source>it contains a table '{name}' that a results file does not have</source>
        <translation>文件包含成果文件没有的表“{name}”</translation>
    </message>
    <message>
        <source>it contains an index '{name}' that a results file does not have</source>
        <translation>文件包含成果文件没有的索引“{name}”</translation>
    </message>
    <message>
        <source>incomplete: the table or index '{name}' of a results file is missing</source>
        <translation>文件不完整：缺少成果文件的表或索引“{name}”</translation>
    </message>
    <message>
        <source>the layout of '{name}' differs from a results file's</source>
        <translation>“{name}”的结构与成果文件的不同</translation>
    </message>
    <message>
        <source>SQLite cannot read it (encrypted, or damaged beyond the header)</source>
        <translation>SQLite 无法读取该文件（已加密，或文件头之后已损坏）</translation>
    </message>
    <message>
        <source>damaged: SQLite reports '{detail}'</source>
        <translation>文件已损坏：SQLite 报告“{detail}”</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>文件已损坏：{detail}</translation>
    </message>
    <message>
        <source>damaged: SQLite's integrity check reports '{detail}'</source>
        <translation>文件已损坏：SQLite 完整性检查报告“{detail}”</translation>
    </message>
    <message>
        <source>damaged: SQLite's integrity check reports '{detail}' and {more} more problem(s)</source>
        <translation>文件已损坏：SQLite 完整性检查报告“{detail}”及另外 {more} 个问题</translation>
    </message>
    <message>
        <source>an SQLite database of another application, not a Habitat Results file</source>
        <translation>这是其他应用程序的 SQLite 数据库，不是 Habitat Results 文件</translation>
    </message>
    <message>
        <source>made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>由更新版本的 Habitat Results 创建（文件结构版本 {version}，本程序支持 {known}）；请更新本程序</translation>
    </message>
    <message>
        <source>its recorded schema steps ({steps}) do not match schema version {version}</source>
        <translation>其记录的结构升级步骤（{steps}）与结构版本 {version} 不符</translation>
    </message>
    <message>
        <source>its identity is incomplete (no '{key}')</source>
        <translation>其身份信息不完整（缺少“{key}”）</translation>
    </message>
    <message>
        <source>is a {found} file, not an office file</source>
        <translation>这是{found}文件，不是办事处文件</translation>
    </message>
    <message>
        <source>is a {found} file, not a headquarters file</source>
        <translation>这是{found}文件，不是总部文件</translation>
    </message>
    <message>
        <source>is a folder, not a feedback file</source>
        <translation>这是一个文件夹，不是反馈文件</translation>
    </message>
    <message>
        <source>too large for a feedback file ({size} bytes)</source>
        <translation>作为反馈文件过大（{size} 字节）</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters (not readable JSON: {detail})</source>
        <translation>不是总部的反馈文件（不是可读的 JSON：{detail}）</translation>
    </message>
    <message>
        <source>not a feedback file from headquarters</source>
        <translation>不是总部的反馈文件</translation>
    </message>
    <message>
        <source>made by another version of Habitat Results (feedback format {found}, this app reads {known})</source>
        <translation>由另一版本的 Habitat Results 创建（反馈格式 {found}，本程序读取 {known}）</translation>
    </message>
    <message>
        <source>incomplete: no office or no reviews</source>
        <translation>内容不完整：没有办事处或没有审核意见</translation>
    </message>
    <message>
        <source>review {n} is not a review</source>
        <translation>第 {n} 条审核意见不是审核意见</translation>
    </message>
    <message>
        <source>review {n}: its {name} {reason}</source>
        <translation>第 {n} 条审核意见：其 {name} {reason}</translation>
    </message>
    <message>
        <source>review {n}: its {name}: {reason}</source>
        <translation>第 {n} 条审核意见：其 {name}：{reason}</translation>
    </message>
    <message>
        <source>review {n} is about record {record} again (review {first}); a feedback file holds one decision per record</source>
        <translation>第 {n} 条审核意见再次涉及记录 {record}（第 {first} 条）；反馈文件中每条记录只有一个决定</translation>
    </message>
    <message>
        <source>it is for office {office}, but {file} is {own}'s file</source>
        <translation>它是给办事处 {office} 的，但 {file} 是 {own} 的文件</translation>
    </message>
    <message>
        <source>it uses the framework {framework} version {version}, which this headquarters file does not know (it holds {held})</source>
        <translation>它使用框架 {framework} 版本 {version}，此总部文件不认识该框架（总部文件使用的是 {held}）</translation>
    </message>
    <message>
        <source>it names {count} offices; an office file names exactly one</source>
        <translation>文件列出 {count} 个办事处；办事处文件只能列出一个</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: its {fields} is not text</source>
        <translation>其办事处（{office}）无效：其 {fields} 不是文本</translation>
    </message>
    <message>
        <source>its office ({office}) is not valid: {problems}</source>
        <translation>其办事处（{office}）无效：{problems}</translation>
    </message>
    <message>
        <source>the record id {id} appears {count} times; every record must have its own id</source>
        <translation>记录编号 {id} 出现了 {count} 次；每条记录必须有自己的编号</translation>
    </message>
    <message>
        <source>records that are not valid: {problems}</source>
        <translation>记录无效：{problems}</translation>
    </message>
    <message>
        <source>the outcome narrative {outcome} {year} is not valid: {problems}</source>
        <translation>成果叙述 {outcome} {year} 无效：{problems}</translation>
    </message>
    <message>
        <source>the record {id} belongs to office {owner} at headquarters, but this file is from {office}</source>
        <translation>记录 {id} 在总部属于办事处 {owner}，但此文件来自 {office}</translation>
    </message>
    <message>
        <source>office {office} is held at headquarters from another file (file id {held}, {name}, first merged {first}); this file has file id {file_id} (created {created}). If the office's laptop was reinstalled, merge it again confirming the new file</source>
        <translation>总部已有来自另一个文件的办事处 {office}（文件编号 {held}，{name}，首次合并于 {first}）；此文件的编号为 {file_id}（创建于 {created}）。如果该办事处的电脑重装过，请重新合并并确认新文件</translation>
    </message>
    <message>
        <source>{path}: not a headquarters file</source>
        <translation>{path}：不是总部文件</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a headquarters file ({detail})</source>
        <translation>{path}：无法作为总部文件读取（{detail}）</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}：这是其他应用程序的 SQLite 数据库，不是总部文件；请先指定总部文件（首次合并时会创建）</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Habitat Results (file schema {version}, this app knows {known}); please update the app</source>
        <translation>{path}：由更新版本的 Habitat Results 创建（文件结构版本 {version}，本程序支持 {known}）；请更新本程序</translation>
    </message>
    <message>
        <source>{path}: an office file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}：这是办事处文件，不是总部文件；请先指定总部文件（首次合并时会创建）</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file, not a headquarters file; give the headquarters file first (it is created on the first merge)</source>
        <translation>{path}：不是 Habitat Results 文件，也不是总部文件；请先指定总部文件（首次合并时会创建）</translation>
    </message>
    <message>
        <source>headquarters holds provenance but no record for {id}; run 'validate'</source>
        <translation>总部有 {id} 的来源信息，但没有该记录；请运行“validate”</translation>
    </message>
    <message>
        <source>no record {id} in {file}</source>
        <translation>{file} 中没有记录 {id}</translation>
    </message>
    <message>
        <source>record {id} has no open conflict</source>
        <translation>记录 {id} 没有未解决的冲突</translation>
    </message>
    <message>
        <source>{choice} is not among the rival versions of record {id} now: a merge since the list was shown may have replaced it; look at the conflict again (now: {shown})</source>
        <translation>{choice} 现在已不是记录 {id} 的竞争版本之一：列表显示后的一次合并可能已将其替换；请重新查看冲突（现在：{shown}）</translation>
    </message>
    <message>
        <source>{choice} is not a version of record {id}; choose one of: {shown}</source>
        <translation>{choice} 不是记录 {id} 的版本；请从以下选择：{shown}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a results file</source>
        <translation>{path}：这是一个文件夹，不是成果文件</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}：无法读取（{detail}）</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}：文件为空</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (not an SQLite database)</source>
        <translation>{path}：不是 Habitat Results 文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>{path}: cannot be locked ({detail})</source>
        <translation>{path}：无法锁定（{detail}）</translation>
    </message>
    <message>
        <source>{path}: damaged results file (no {missing} recorded)</source>
        <translation>{path}：成果文件已损坏（没有记录 {missing}）</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <source>{path}: already exists; choose another name or open it</source>
        <translation>{path}：已存在；请另选名称或直接打开它</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}：文件夹不存在</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a results file ({detail})</source>
        <translation>{path}：无法作为成果文件打开（{detail}）</translation>
    </message>
    <message>
        <source>{path}: opened for reading only</source>
        <translation>{path}：以只读方式打开</translation>
    </message>
    <message>
        <source>{path}: a headquarters file holds {count} offices</source>
        <translation>{path}：总部文件包含 {count} 个办事处</translation>
    </message>
    <message>
        <source>{path}: office {office} is already listed</source>
        <translation>{path}：办事处 {office} 已在列表中</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a Habitat Results file</source>
        <translation>{path}：是 SQLite 数据库，但不是 Habitat Results 文件</translation>
    </message>
    <message>
        <source>{path}: not a Habitat Results file (its schema number {version} is not one this app ever writes)</source>
        <translation>{path}：不是 Habitat Results 文件（其结构版本号 {version} 不是本程序会写入的）</translation>
    </message>
    <message>
        <source>{path}: an SQLite database of another application (it numbers its schema {version}), not a Habitat Results file</source>
        <translation>{path}：这是其他应用程序的 SQLite 数据库（其结构版本号为 {version}），不是 Habitat Results 文件</translation>
    </message>
    <message>
        <source>record {id} is {status} and locked; headquarters must return it before it can be changed</source>
        <translation>记录 {id} 的状态为“{status}”，已锁定；须由总部退回后才能修改</translation>
    </message>
    <message>
        <source>record {id} has been deleted</source>
        <translation>记录 {id} 已被删除</translation>
    </message>
    <message>
        <source>no unfinished row {id} in {file}</source>
        <translation>{file} 中没有未完成的行 {id}</translation>
    </message>
    <message>
        <source>{path}: {year} changed since it was checked; nothing was submitted. Check it again and submit</source>
        <translation>{path}：{year} 年的记录在检查后已有改动；未提交任何内容。请重新检查后再提交</translation>
    </message>
    <message>
        <source>record {id} was deleted by its office; there is nothing to review</source>
        <translation>记录 {id} 已被其办事处删除；没有可审核的内容</translation>
    </message>
    <message>
        <source>record {id} has rival versions; resolve the conflict first</source>
        <translation>记录 {id} 有相互冲突的版本；请先解决冲突</translation>
    </message>
    <message>
        <source>no office {office} in {file}; offices: {offices}</source>
        <translation>{file} 中没有办事处 {office}；现有办事处：{offices}</translation>
    </message>
    <message>
        <source>office {office} could be {offices} in {file}: type the code exactly as held</source>
        <translation>办事处 {office} 在 {file} 中可能是 {offices}：请按文件中的写法准确输入代码</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({detail})</source>
        <translation>{path}：无法写入（{detail}）</translation>
    </message>
    <message>
        <source>{path}: a results file (SQLite database); feedback is never written over it: choose another name, such as office-feedback.json</source>
        <translation>{path}：这是成果文件（SQLite 数据库）；反馈不会覆盖它：请另选名称，例如 office-feedback.json</translation>
    </message>
    <message>
        <source>{path}: a headquarters file; feedback is applied to an office file</source>
        <translation>{path}：这是总部文件；反馈只能应用于办事处文件</translation>
    </message>
    <message>
        <source>{path}: too large for a plan file ({size} bytes)</source>
        <translation>{path}：作为计划文件过大（{size} 字节）</translation>
    </message>
    <message>
        <source>{path}: not a plan file (not readable JSON: {detail})</source>
        <translation>{path}：不是计划文件（不是可读的 JSON：{detail}）</translation>
    </message>
    <message>
        <source>not a valid plan: {detail}</source>
        <translation>不是有效的计划：{detail}</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}：计划 {plan} {version} 版采用计划格式 {format}，需要更新版本的 Habitat Results（本应用可读取的计划格式最高为 {known}）；请更新应用</translation>
    </message>
    <message>
        <source>{path}: the plan&apos;s status &apos;{status}&apos; is not one of: provisional, final</source>
        <translation>{path}：计划状态“{status}”不是以下之一：provisional（临时）、final（最终）</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} {version} ({first}–{last}) overlaps the plan {held} {held_version} ({held_first}–{held_last}) that {file} holds; one year is reported under one plan</source>
        <translation>{path}：计划 {plan} {version}（{first}–{last} 年）与 {file} 所含计划 {held} {held_version}（{held_first}–{held_last} 年）重叠；每一年只按一个计划报告</translation>
    </message>
    <message>
        <source>{path}: {file} already holds the plan {plan} version {version} with other content; a changed plan needs a new version number</source>
        <translation>{path}：{file} 已含内容不同的计划 {plan} {version} 版；计划有改动须使用新的版本号</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} is older than version {held} that {file} holds</source>
        <translation>{path}：计划 {plan} {version} 版早于 {file} 所含的 {held} 版</translation>
    </message>
    <message>
        <source>{path}: holds the plan {plan} version {version} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>{path}：所含计划 {plan} {version} 版采用计划格式 {format}，需要更新版本的 Habitat Results（本应用可读取的计划格式最高为 {known}）；请更新应用</translation>
    </message>
    <message>
        <source>{path}: the plan {plan} version {version} it holds is damaged ({detail})</source>
        <translation>{path}：所含计划 {plan} {version} 版已损坏（{detail}）</translation>
    </message>
    <message>
        <source>it holds the plan {plan} in plan format {format}, which needs a newer version of Habitat Results (this app reads plan formats up to {known}); please update the app</source>
        <translation>文件所含计划 {plan} 采用计划格式 {format}，需要更新版本的 Habitat Results（本应用可读取的计划格式最高为 {known}）；请更新应用</translation>
    </message>
    <message>
        <source>its plan {plan} is damaged ({detail})</source>
        <translation>文件所含计划 {plan} 已损坏（{detail}）</translation>
    </message>
    <message>
        <source>it uses the plan {plan}, which this headquarters file does not hold (it holds {held}); headquarters adds the plan first (plan add), then sends it to the offices</source>
        <translation>文件使用计划 {plan}，而本总部文件不含该计划（所含计划：{held}）；总部须先添加该计划（plan add），再发给各办事处</translation>
    </message>
    <message>
        <source>its plan {plan} differs from the one headquarters holds under the same id and version in what counting depends on (substance {theirs}… here, {ours}… at headquarters); the office needs the plan file headquarters issued</source>
        <translation>文件所含计划 {plan} 与总部所含同一编号和版本的计划在计数所依据的内容上不同（此处实质哈希 {theirs}…，总部 {ours}…）；办事处需要总部发布的计划文件</translation>
    </message>
    <message>
        <source>the plan {n} it carries is not valid: {detail}</source>
        <translation>文件所附第 {n} 个计划无效：{detail}</translation>
    </message>
    <message>
        <source>{path}: not exported: the plan {plan} {version} of {period} is provisional; its annex is exported only as a working draft, marked &apos;provisional plan&apos;, until headquarters adds the final plan</source>
        <translation>{path}：未导出：{period} 的计划 {plan} {version} 是临时计划；在总部加入最终计划之前，其附件只能作为标有“临时计划”的工作草稿导出</translation>
    </message>
    <message>
        <source>format &apos;{fmt}&apos; is not one of {known}</source>
        <translation>格式“{fmt}”不在 {known} 之中</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the annex</source>
        <translation>{path}：这是正在导出的文件；请为附件另选一个名称</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the annex</source>
        <translation>{path}：这是一个成果文件（SQLite）；请为附件另选一个名称</translation>
    </message>
    <message>
        <source>{path}: is the file being exported; choose another name for the template</source>
        <translation>{path}：这是正在导出的文件；请为模板另选一个名称</translation>
    </message>
    <message>
        <source>{path}: is a results file (SQLite); choose another name for the template</source>
        <translation>{path}：这是一个成果文件（SQLite）；请为模板另选一个名称</translation>
    </message>
    <message>
        <source>the years {years} lie under {count} plans ({plans}); one annex shows one plan: ask for the years of one plan, such as {example}</source>
        <translation>年份 {years} 分属 {count} 个计划（{plans}）；一个附件只显示一个计划：请选择同一计划的年份，例如 {example}</translation>
    </message>
    <message>
        <source>years must lie in the plan period {first}–{last}; &apos;{text}&apos; does not</source>
        <translation>年份须在计划期 {first}–{last} 年之内；“{text}”不在其中</translation>
    </message>
    <message>
        <source>years must lie in the periods of the plans of {file} ({periods}); &apos;{text}&apos; does not</source>
        <translation>年份须在 {file} 各计划的期间（{periods}）之内；“{text}”不在其中</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year or a range of years such as 2020-2024</source>
        <translation>“{text}”不是年份，也不是 2020-2024 这样的年份范围</translation>
    </message>
    <message>
        <source>{year} lies outside the plans of {file} ({periods})</source>
        <translation>{year} 年不在 {file} 的计划（{periods}）之内</translation>
    </message>
    <message>
        <source>{path}: an entry template is made from an office file, not a headquarters file</source>
        <translation>{path}：录入模板须由办事处文件生成，而不是总部文件</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../desktop/jobs.py" line="84" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/models.py" line="42" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="43" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="44" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="45" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="46" />
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="47" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="48" />
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="63" />
        <source>Empty: the row is the total of its place and year. Filled in: the row is a part of that total (&quot;of which 600 women&quot;), shown in the breakdown tables and never added to the total; the parts may not exceed it.</source>
        <translation>留空：该行是其地点和年份的总数。填写后：该行是该总数的一部分（“其中女性 600 人”），显示在分类表中，绝不计入总数；各部分之和不得超过总数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="49" />
        <source>Of which: sex</source>
        <translation>其中：性别</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="50" />
        <source>Of which: age group</source>
        <translation>其中：年龄组</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="51" />
        <source>Of which: disability</source>
        <translation>其中：残疾状况</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="52" />
        <source>Narrative</source>
        <translation>叙述</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="53" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="54" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="60" />
        <source>Validated by headquarters: read-only.</source>
        <translation>已由总部核实：只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="61" />
        <source>Submitted: read-only until headquarters returns it.</source>
        <translation>已提交：在总部退回之前为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="65" />
        <source>Not saved: the file is busy ({reason}). Please try again.</source>
        <translation>未保存：文件正忙（{reason}）。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="493" />
        <source>{count} submitted record(s) were not deleted: they are read-only.</source>
        <translation>{count} 条已提交记录未被删除：它们为只读。</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Incomplete: kept in the file as typed, but not a record yet. It is not submitted or exported until what is marked is corrected.</source>
        <translation>未完成：已按输入原样保存在文件中，但还不是一条记录。在更正标出的问题之前，不会提交或导出。</translation>
    </message>
    <message>
        <source>Paste {count} row(s)</source>
        <translation>粘贴 {count} 行</translation>
    </message>
    <message>
        <source>{count} submitted record(s) were not changed: they are read-only.</source>
        <translation>{count} 条已提交的记录未被更改：它们是只读的。</translation>
    </message>
    <message>
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>{who} 于 {date} 退回：
{comment}</translation>
    </message>
    <message>
        <source>a new row</source>
        <translation>新行</translation>
    </message>
    <message>
        <source>Nothing was deleted: {reason}</source>
        <translation>未删除任何内容：{reason}</translation>
    </message>
    <message>
        <source>Delete {count} row(s)</source>
        <translation>删除 {count} 行</translation>
    </message>
    <message>
        <source>Duplicate {count} row(s)</source>
        <translation>复制 {count} 行</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../desktop/dialogs.py" line="74" />
        <source>Submit {year}</source>
        <translation>提交{year}年</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="77" />
        <source>{count} draft or returned record(s) of {year} will be submitted to headquarters. Submitted records are read-only until headquarters returns them.</source>
        <translation>{year}年的 {count} 条草稿或已退回记录将提交至总部。提交后的记录在总部退回之前为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="84" />
        <source>{indicator}: {count} record(s)</source>
        <translation>{indicator}：{count} 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="87" />
        <source>{count} row(s) in the grid are not valid yet and will not be submitted.</source>
        <translation>表格中有 {count} 行尚不完整，不会被提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="92" />
        <source>Fix these problems before submitting:</source>
        <translation>提交前请先解决以下问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="99" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs.py" line="102" />
        <source>Look at these before submitting (they do not stop it):</source>
        <translation>提交前请查看以下各项（不会阻止提交）：</translation>
    </message>
    <message>
        <source>Records to submit, by indicator</source>
        <translation>待提交的记录（按指标）</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../desktop/terms.py" line="15" />
        <source>exact</source>
        <translation>确切</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="16" />
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="17" />
        <source>more than</source>
        <translation>多于</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="18" />
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="27" />
        <source>female</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="28" />
        <source>male</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="31" />
        <source>children (0–14)</source>
        <translation>儿童（0–14 岁）</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="32" />
        <source>youth (15–24)</source>
        <translation>青年（15–24 岁）</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="33" />
        <source>adults (25–64)</source>
        <translation>成年人（25–64 岁）</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="34" />
        <source>older persons (65+)</source>
        <translation>老年人（65 岁以上）</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="37" />
        <source>with disability</source>
        <translation>有残疾</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="38" />
        <source>without disability</source>
        <translation>无残疾</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="47" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="48" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="49" />
        <source>validated</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../desktop/terms.py" line="50" />
        <source>returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>GridClipboard</name>
    <message>
        <source>Not pasted: the block has {count} columns, but only {room} columns follow the current cell.</source>
        <translation>未粘贴：所复制的区域有 {count} 列，但当前单元格之后只有 {room} 列。</translation>
    </message>
</context>
<context>
    <name>GridFilter</name>
    <message>
        <source>Filter the records</source>
        <translation>筛选记录</translation>
    </message>
    <message>
        <source>City contains</source>
        <translation>城市包含</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>按城市筛选</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>按国家筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>数值从</translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation>最小数值</translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation>最大数值</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>按办事处筛选</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>任何办事处</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Sort by office</source>
        <translation>按办事处排序</translation>
    </message>
    <message>
        <source>Only the records that match are shown in the grid.</source>
        <translation>表格中只显示符合条件的记录。</translation>
    </message>
</context>
<context>
    <name>IndicatorHelp</name>
    <message>
        <source>{figure} in 2020–2025 ({document}, para. {para})</source>
        <translation>2020–2025 年：{figure}（{document}，第 {para} 段）</translation>
    </message>
    <message>
        <source>{figure} in 2020–2025 ({document})</source>
        <translation>2020–2025 年：{figure}（{document}）</translation>
    </message>
    <message>
        <source>How the indicator counts</source>
        <translation>指标如何计算</translation>
    </message>
    <message>
        <source>Select an indicator, or a row of the grid, to see what it counts and how.</source>
        <translation>选择一个指标或表格中的一行，即可查看它计算什么以及如何计算。</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>年龄组</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>残疾状况</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Counts once</source>
        <translation>只计一次</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>SDG indicators</source>
        <translation>可持续发展目标指标</translation>
    </message>
    <message>
        <source>2025 report</source>
        <translation>2025 年报告</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>未给出数字</translation>
    </message>
    <message>
        <source>Each record gives a number of {unit}; the annex adds up the records of the year, and the years for the plan period.</source>
        <translation>每条记录填写{unit}的数目；附件把当年的记录相加，计划期的数字为各年之和。</translation>
    </message>
    <message>
        <source>Count each person or household once: one reached in 2022 and again in 2023 is entered in 2022 only, and not in two records of the same year.</source>
        <translation>每个人或每户只计一次：2022 年惠及、2023 年再次惠及的，只填在 2022 年，同一年也不要填在两条记录中。</translation>
    </message>
    <message>
        <source>Not entered: computed as {numerator} ÷ {denominator}.</source>
        <translation>不填报：按 {numerator} ÷ {denominator} 计算。</translation>
    </message>
    <message>
        <source>Each record names one city (with its country); a city counts once, however many records name it.</source>
        <translation>每条记录填写一个城市（及其所在国家）；无论多少条记录填写同一城市，该城市只计一次。</translation>
    </message>
    <message>
        <source>Nairobi entered in two records, or in 2022 and again in 2024, is one city in the plan-period total (and one in each year's column). Names are compared without case or extra spaces.</source>
        <translation>内罗毕填在两条记录中，或 2022 年和 2024 年各填一次，在计划期合计中只算一个城市（在每年一栏中也各算一个）。比较名称时不区分大小写，忽略多余空格。</translation>
    </message>
    <message>
        <source>Each record names one country; a country counts once, however many records name it.</source>
        <translation>每条记录填写一个国家；无论多少条记录填写同一国家，该国家只计一次。</translation>
    </message>
    <message>
        <source>Kenya entered in two records, or in two years, is one country in the plan-period total.</source>
        <translation>肯尼亚填在两条记录中或填在两个年份，在计划期合计中只算一个国家。</translation>
    </message>
    <message>
        <source>Each record names a country, or a city with its country; each counts once, however many records name it.</source>
        <translation>每条记录填写一个国家，或一个城市及其所在国家；无论多少条记录填写，每个只计一次。</translation>
    </message>
    <message>
        <source>Kenya entered twice is one country; Nairobi (Kenya) entered twice is one city.</source>
        <translation>肯尼亚填写两次算一个国家；内罗毕（肯尼亚）填写两次算一个城市。</translation>
    </message>
    <message>
        <source>Each record names one {unit}; each name counts once, however many records give it.</source>
        <translation>每条记录填写一个{unit}；无论多少条记录填写同一名称，每个名称只计一次。</translation>
    </message>
    <message>
        <source>The same name entered in two records, or in two years, counts once in the plan-period total. Names are compared without case or extra spaces.</source>
        <translation>同一名称填在两条记录中或填在两个年份，在计划期合计中只计一次。比较名称时不区分大小写，忽略多余空格。</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>GridHabits</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>{path}: cannot be written: its folder is on a read-only medium (a CD, a write-protected disk, a read-only folder): choose a folder you can write to</source>
        <translation>{path}：无法写入：其所在文件夹位于只读介质上（光盘、写保护的磁盘、只读文件夹）：请选择可写入的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="118" />
        <source>{path}: not saved: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>{path}：未保存：磁盘已满。没有任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="120" />
        <source>{path}: in use by {holder}; nothing was changed. Try again in a moment, or close the file there.</source>
        <translation>{path}：正被{holder}使用；没有任何更改。请稍后重试，或在那里关闭该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="122" />
        <source>{path}: the file is on a read-only medium (a CD, a write-protected disk, a read-only folder or file): copy it to a folder you can write to. Nothing was changed.</source>
        <translation>{path}：文件位于只读介质上（光盘、写保护的磁盘、只读的文件夹或文件）：请将其复制到可写入的文件夹。没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="124" />
        <source>{path}: the file is gone (moved, deleted, or its disk removed). Nothing was saved; open it again from where it is now.</source>
        <translation>{path}：文件已不在原处（被移动、删除，或其磁盘已移除）。没有保存任何内容；请从它现在的位置重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="126" />
        <source>{path}: the file was changed by another program while it was being read; try again.</source>
        <translation>{path}：读取期间该文件被另一个程序更改；请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="128" />
        <source>{path}: the disk failed while reading or writing ({detail}). Nothing was changed; check the disk or network drive and try again.</source>
        <translation>{path}：读写时磁盘出错（{detail}）。没有任何更改；请检查磁盘或网络驱动器后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/problem_text.py" line="138" />
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../desktop/check_panel.py" line="34" />
        <source>Checking the annex before it is published…</source>
        <translation>正在发布前检查附件……</translation>
    </message>
    <message>
        <location filename="../../desktop/check_panel.py" line="41" />
        <source>The check could not be made: {reason}</source>
        <translation>无法进行检查：{reason}</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>检查发现的问题</translation>
    </message>
    <message>
        <source>Problems that block publication, then warnings; the annex is checked again when the years or the drafts change.</source>
        <translation>先列出妨碍发布的问题，再列出警告；年份或草稿选项改变时会重新检查附件。</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>{office}: its file was merged unsigned (made by an earlier version of the app): nothing shows that it came from the office</source>
        <translation>{office}：其文件以未签名方式合并（由早期版本的应用制作）：无法证明该文件来自该办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="19" />
        <source>country {country}</source>
        <translation>国家 {country}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="21" />
        <source>office {office}</source>
        <translation>办事处 {office}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="23" />
        <source>region {region}</source>
        <translation>区域 {region}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="24" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="26" />
        <source>period {period}</source>
        <translation>期间 {period}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="33" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="34" />
        <source>partly submitted</source>
        <translation>部分提交</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="35" />
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="36" />
        <source>draft only in the office</source>
        <translation>仅在办事处有草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="37" />
        <source>not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="51" />
        <source>record {record} ({what}): {count} versions, none chosen; resolve it in Review → Conflicts</source>
        <translation>记录 {record}（{what}）：有 {count} 个版本，尚未选定；请在“审核 → 冲突”中解决</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="55" />
        <source>{scope}: {indicator} is {value} but {other} is {limit}; rule {rule}</source>
        <translation>{scope}：{indicator} 为 {value}，但 {other} 为 {limit}；规则 {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="60" />
        <source>{scope}: {indicator} is {value} but {other} is not reported; rule {rule} cannot be checked there</source>
        <translation>{scope}：{indicator} 为 {value}，但未报告 {other}；无法在此检查规则 {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="65" />
        <source>{scope}: {indicator} is {percent} %, above 100 %</source>
        <translation>{scope}：{indicator} 为 {percent}%，超过 100%</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="68" />
        <source>record {record} ({what}): {value} is above the ceiling of {ceiling} for one record</source>
        <translation>记录 {record}（{what}）：{value} 超过单条记录上限 {ceiling}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="73" />
        <source>{what}: {value} is far from the office's earlier years (median {median}); check it is not a typo</source>
        <translation>{what}：{value} 与该办事处以往年份相差悬殊（中位数 {median}）；请检查是否输入错误</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="78" />
        <source>{office} {year}: {state}</source>
        <translation>{office} {year}：{state}</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="81" />
        <source>{office}: {count} submitted record(s) not yet validated</source>
        <translation>{office}：{count} 条已提交记录尚未核实</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="85" />
        <source>{count} record(s) not submitted (draft or returned) were not checked: the annex does not count them</source>
        <translation>{count} 条未提交的记录（草稿或已退回）未经检查：附件不计入这些记录</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="90" />
        <source>Ready to publish: no blocking problems, {warnings} warning(s).</source>
        <translation>可以发布：没有阻止发布的问题，{warnings} 条警告。</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="93" />
        <source>Not ready to publish: {blocking} blocking problem(s), {warnings} warning(s). Fix them, or export a working draft marked as not for publication.</source>
        <translation>尚不能发布：{blocking} 个阻止发布的问题，{warnings} 条警告。请先更正，或导出标明“不得发布”的工作草稿。</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="100" />
        <source>Blocking</source>
        <translation>阻止发布</translation>
    </message>
    <message>
        <location filename="../../desktop/check_text.py" line="104" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{count} record(s) of {indicator} {year}: the indicator was removed from the plan by its newer version (it was in {plan}); kept, read-only, and not counted</source>
        <translation>{indicator} {year} 年的 {count} 条记录：该指标已被计划的新版本删除（原属 {plan}）；记录予以保留，只读，不计入</translation>
    </message>
    <message>
        <source>record {record} ({what}) no longer passes the plan&apos;s version {version}: {problems}</source>
        <translation>记录 {record}（{what}）不再符合计划的 {version} 版：{problems}</translation>
    </message>
    <message>
        <source>{office} {place}: {count} breakdown part(s) counted without their total (records {records}); the annex leaves them out: count the total, or delete the parts</source>
        <translation>{office} {place}：{count} 个分列部分在计入时没有其总数（记录 {records}）；附件不计入它们：请计入总数，或删除这些部分</translation>
    </message>
    <message>
        <source>{office} {place}: the parts by {dimension} add up to {added}, more than their counted total {total} (records {records})</source>
        <translation>{office} {place}：按{dimension}分列的各部分合计 {added}，超过其计入的总数 {total}（记录 {records}）</translation>
    </message>
    <message>
        <source>{what}: reported by {offices} (records {records}); the annex counts it each time: make sure they are different results</source>
        <translation>{what}：由 {offices} 报告（记录 {records}）；附件每次都计入：请确认它们是不同的成果</translation>
    </message>
    <message>
        <source>{office} {what}: {count} identical records ({records}); the annex counts each: make sure they are different results</source>
        <translation>{office} {what}：{count} 条相同的记录（{records}）；附件逐条计入：请确认它们是不同的成果</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/status_dialog.py" line="24" />
        <source>Offices and years received</source>
        <translation>已收到的办事处和年份</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="27" />
        <source>What headquarters holds from each office. “Draft only in the office” and “partly submitted” come from what the office's file held when it was last merged.</source>
        <translation>总部从各办事处收到的内容。“仅在办事处有草稿”和“部分提交”依据该办事处文件最近一次合并时的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="50" />
        <source>Indicators reported ({count} of {total})</source>
        <translation>已报告的指标（{total} 个中的 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="55" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="55" />
        <source>Offices reporting</source>
        <translation>报告的办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="56" />
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="56" />
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="62" />
        <source>{count} of {total}</source>
        <translation>{total} 个中的 {count} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="44" />
        <source>Counting the records of every office and year…</source>
        <translation>正在统计各办事处和各年份的记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/status_dialog.py" line="83" />
        <source>The offices and years could not be counted: {message}</source>
        <translation>无法统计各办事处和各年份：{message}</translation>
    </message>
</context>
<context>
    <name>DialogSeams</name>
    <message>
        <location filename="../../desktop/seams.py" line="32" />
        <source>New office file</source>
        <translation>新建办事处文件</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="53" />
        <source>Annex exported</source>
        <translation>附件已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="54" />
        <source>The annex was written to:
{path}</source>
        <translation>附件已写入：
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="56" />
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="76" />
        <source>Return to the office</source>
        <translation>退回办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="77" />
        <source>Return {count} record(s) to their office. What should the office change?</source>
        <translation>将 {count} 条记录退回其办事处。办事处应修改什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="82" />
        <source>Write feedback</source>
        <translation>编写反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="82" />
        <source>Feedback for the office:</source>
        <translation>反馈对象办事处：</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="87" />
        <source>Save the feedback as</source>
        <translation>反馈另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="88" />
        <source>Feedback from headquarters (*.json)</source>
        <translation>总部反馈 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="98" />
        <source>About Habitat Results</source>
        <translation>关于人居署成果填报</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="99" />
        <source>Habitat Results: UN-Habitat strategic plan results, entered offline by country offices and merged at headquarters.</source>
        <translation>人居署成果填报：由各国家办事处离线填报、在总部汇总的人居署战略计划成果。</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="106" />
        <source>{count} row(s) in the grid are not complete or were refused, so they are not stored.</source>
        <translation>表格中有 {count} 行尚未填写完整或被拒绝，因此未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="109" />
        <source>The outcome narrative could not be stored.</source>
        <translation>成果叙述未能保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="110" />
        <source>Discard them, or cancel and finish them first?</source>
        <translation>放弃这些内容，还是取消并先完成它们？</translation>
    </message>
    <message>
        <location filename="../../desktop/seams.py" line="111" />
        <source>Unsaved work</source>
        <translation>未保存的内容</translation>
    </message>
    <message>
        <source>Store an identical record?</source>
        <translation>保存一条相同的记录？</translation>
    </message>
    <message>
        <source>This row says what a record of the file already says:
{reason}

Store it as a second record, counted twice in the annex (two projects reporting the same figure)?</source>
        <translation>此行与文件中已有的一条记录内容相同：
{reason}

是否将其另存为第二条记录，在附件中计算两次（两个项目报告同一数字）？</translation>
    </message>
    <message>
        <source>Store both records</source>
        <translation>保存两条记录</translation>
    </message>
</context>
<context>
    <name>ExportWork</name>
    <message>
        <location filename="../../desktop/export_work.py" line="44" />
        <source>Adding up the results…</source>
        <translation>正在汇总成果…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_work.py" line="45" />
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/export_work.py" line="60" />
        <source>Exporting the annex</source>
        <translation>正在导出附件</translation>
    </message>
    <message>
        <location filename="../../desktop/export_work.py" line="62" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/export_work.py" line="63" />
        <source>The annex was not written.

{reason}</source>
        <translation>附件未写入。

{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/export_work.py" line="65" />
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/export_work.py" line="68" />
        <source>Annex written to {path}</source>
        <translation>附件已写入 {path}</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../desktop/grid_view.py" line="115" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/grid_view.py" line="181" />
        <source>Record of office {office}, version {version}: {status}</source>
        <translation>办事处 {office} 的记录，第 {version} 版：{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/grid_view.py" line="184" />
        <source>This record is {status}: read-only until headquarters returns it.</source>
        <translation>此记录状态为“{status}”：在总部退回之前为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/grid_view.py" line="232" />
        <source>Row {row} · {column}: {message}</source>
        <translation>第 {row} 行 · {column}：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/grid_view.py" line="238" />
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>What the rows of the grid still lack, or why a value was refused; choose one to go to its cell.</source>
        <translation>表格各行尚缺的内容，或某个值被拒绝的原因；选择其一即可转到其单元格。</translation>
    </message>
    <message>
        <source>The records of the selected outcome or indicator: type in a cell to change it; rows pasted from a spreadsheet are added.</source>
        <translation>所选成果或指标的记录：在单元格中输入即可修改；从电子表格粘贴的行将被添加。</translation>
    </message>
</context>
<context>
    <name>HeadquartersWork</name>
    <message>
        <location filename="../../desktop/hq_work.py" line="56" />
        <source>&amp;Conflicts ({count})…</source>
        <translation>冲突（{count}）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="57" />
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="61" />
        <source>Headquarters file: the offices' records are read-only here. Select records and validate them, or return them to their office with a comment (Review menu).</source>
        <translation>总部文件：各办事处的记录在此为只读。请选择记录并确认，或附上意见退回其办事处（“审核”菜单）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="64" />
        <source>{count} record(s) have rival versions: compare them and keep one under Review → Conflicts.</source>
        <translation>{count} 条记录存在竞争版本：请在“审核 → 冲突”中比较并保留其中一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="106" />
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="106" />
        <source>Select the records to review in the grid first.</source>
        <translation>请先在表格中选择要审核的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="114" />
        <source>Return to the office</source>
        <translation>退回办事处</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="115" />
        <source>Nothing was returned: say what the office should change.</source>
        <translation>未退回任何记录：请说明办事处应修改什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="120" />
        <source>Cannot review the records</source>
        <translation>无法审核这些记录</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="123" />
        <source>{count} record(s) validated.</source>
        <translation>已确认 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="124" />
        <source>{count} record(s) returned to their office.</source>
        <translation>已将 {count} 条记录退回其办事处。</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="135" />
        <source>Write feedback</source>
        <translation>编写反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="135" />
        <source>No office has been merged into this file yet.</source>
        <translation>尚未有办事处合并到此文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="146" />
        <source>Cannot write the feedback</source>
        <translation>无法写入反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="148" />
        <source>Feedback written</source>
        <translation>反馈已写入</translation>
    </message>
    <message>
        <location filename="../../desktop/hq_work.py" line="149" />
        <source>Feedback for {office}: {validated} validated, {returned} returned record(s), written to:
{path}

Send this file to the office; it applies it with File → Apply feedback from headquarters.</source>
        <translation>给 {office} 的反馈：已确认 {validated} 条，退回 {returned} 条记录，已写入：
{path}

请将此文件发送给该办事处；办事处通过“文件 → 应用总部反馈”应用它。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This file is on a read-only medium (a CD, a write-protected disk, a read-only folder): it is open for viewing only. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>此文件位于只读介质上（光盘、写保护的磁盘、只读文件夹）：仅供查看。如需更改，请将其复制到可写入的文件夹并打开副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="35" />
        <source>Search indicators by code or words</source>
        <translation>按编号或关键词搜索指标</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="38" />
        <source>Results framework</source>
        <translation>成果框架</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="135" />
        <source>{year} (returned)</source>
        <translation>{year}（已退回）</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="137" />
        <source>{year} (submitted)</source>
        <translation>{year}（已提交）</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="139" />
        <source>{year} (partly submitted)</source>
        <translation>{year}（部分已提交）</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="178" />
        <source>{year} has been submitted: its records are read-only until headquarters returns them.</source>
        <translation>{year}年已提交：在总部退回之前，其记录为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="182" />
        <source>Part of {year} has been submitted: the grey records are read-only until headquarters returns them.</source>
        <translation>{year}年部分记录已提交：在总部退回之前，灰色记录为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="255" />
        <source>{count} unfinished row(s) were left out: they were not complete, so they had not been stored.</source>
        <translation>已略去 {count} 行未完成的记录：这些行尚不完整，因此未曾保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="259" />
        <source>{name} — {year}</source>
        <translation>{name} — {year}年</translation>
    </message>
    <message>
        <location filename="../../desktop/navigation.py" line="272" />
        <source>{code} is computed from {numerator} ÷ {denominator}; it is not entered.</source>
        <translation>{code} 由 {numerator} ÷ {denominator} 计算得出，无需填报。</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <source>Shows only the indicators whose code or name holds what you type; Esc clears the search.</source>
        <translation>只显示代码或名称包含所输入内容的指标；按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>The plan&apos;s domains of change, outcomes and indicators with the year&apos;s records; select one to show its records in the grid.</source>
        <translation>计划的变革领域、成果和指标及本年度的记录；选择其一即可在表格中显示其记录。</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>报告年份</translation>
    </message>
    <message>
        <source>The year whose records are shown, entered and submitted.</source>
        <translation>显示、录入和提交其记录的年份。</translation>
    </message>
    <message>
        <source>{code} was removed from the plan by its newer version: its records are kept, read-only, and not counted.</source>
        <translation>{code} 已被计划的新版本删除：其记录予以保留，只读，不计入。</translation>
    </message>
</context>
<context>
    <name>OfficeWork</name>
    <message>
        <source>{count} returned record(s) corrected.</source>
        <translation>已更正 {count} 条退回的记录。</translation>
    </message>
    <message>
        <source>Nothing imported from {file}</source>
        <translation>未从 {file} 导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="50" />
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="50" />
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="70" />
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="72" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="78" />
        <source>{count} record(s) imported from {file}</source>
        <translation>已从 {file} 导入 {count} 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="81" />
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="81" />
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="82" />
        <source>(columns separated by {separator})</source>
        <translation>（各列以{separator}分隔）</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="113" />
        <source>Checking {year}</source>
        <translation>正在检查{year}年</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="116" />
        <source>Cannot submit {year}</source>
        <translation>无法提交{year}年</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="124" />
        <source>{file} was checked, but another file is open now. Nothing was submitted.</source>
        <translation>检查的是 {file}，但现在打开的是另一个文件。未提交任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="138" />
        <source>{count} record(s) of {year} submitted.</source>
        <translation>已提交{year}年的 {count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="152" />
        <source>Narrative for outcome {code} in {year}</source>
        <translation>成果 {code} 的 {year} 年度叙述</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="159" />
        <source>Apply feedback from headquarters</source>
        <translation>应用总部反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="160" />
        <source>Feedback from headquarters (*.json);;All files (*)</source>
        <translation>总部反馈 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="173" />
        <source>Applying {file}</source>
        <translation>正在应用 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="176" />
        <source>Cannot apply the feedback</source>
        <translation>无法应用反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="177" />
        <source>Nothing was changed.

{reason}</source>
        <translation>未做任何更改。

{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="182" />
        <source>{validated} record(s) validated and {returned} returned by headquarters.</source>
        <translation>总部确认了 {validated} 条记录，退回了 {returned} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="185" />
        <source>{count} decision(s) had been applied before.</source>
        <translation>{count} 项决定此前已应用。</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="187" />
        <source>{count} decision(s) were about versions changed since, and were left out.</source>
        <translation>{count} 项决定针对的版本此后已被修改，未予应用。</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="190" />
        <source>{count} record(s) are not in this file.</source>
        <translation>{count} 条记录不在此文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="194" />
        <source>Feedback applied</source>
        <translation>反馈已应用</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="212" />
        <source>{indicator} {year} · {place}: {comment}</source>
        <translation>{indicator} {year} · {place}：{comment}</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="215" />
        <source>Returned by {who} on {date}:
{comment}</source>
        <translation>由 {who} 于 {date} 退回：
{comment}</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="220" />
        <source>To do ({count})</source>
        <translation>待办（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/office_work.py" line="221" />
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>The plan {plan} from headquarters was added: its years are open for entry.</source>
        <translation>已添加总部发来的计划 {plan}：其年度可以录入。</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>Record &amp;history…</source>
        <translation>记录历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="28" />
        <source>&amp;New office file…</source>
        <translation>新建办事处文件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="31" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="34" />
        <source>Open the &amp;demo data</source>
        <translation>打开示例数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="36" />
        <source>&amp;Import CSV/XLSX…</source>
        <translation>导入 CSV/XLSX(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="37" />
        <source>&amp;Export annex…</source>
        <translation>导出附件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="39" />
        <source>&amp;Merge office files…</source>
        <translation>合并办事处文件(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="41" />
        <source>Write &amp;feedback for an office…</source>
        <translation>为办事处编写反馈(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="42" />
        <source>&amp;Apply feedback from headquarters…</source>
        <translation>应用总部反馈(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="44" />
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="46" />
        <source>&amp;Validate selected</source>
        <translation>确认所选(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="48" />
        <source>&amp;Return selected…</source>
        <translation>退回所选(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="49" />
        <source>&amp;Offices and years received…</source>
        <translation>已收到的办事处和年份(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="50" />
        <source>&amp;To do from headquarters</source>
        <translation>总部退回的待办(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="51" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="55" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="58" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="61" />
        <source>&amp;Add record</source>
        <translation>添加记录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="64" />
        <source>Dupl&amp;icate</source>
        <translation>复制(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="66" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="69" />
        <source>&amp;Submit year…</source>
        <translation>提交年度(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="82" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="85" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="98" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="105" />
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="107" />
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="114" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="115" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="118" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="119" />
        <source>&amp;About Habitat Results</source>
        <translation>关于人居署成果填报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="134" />
        <source>Welcome to Habitat Results</source>
        <translation>欢迎使用人居署成果填报</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="140" />
        <source>Enter your office's strategic plan results offline, under each domain of change. Everything you type is saved at once.

Your office file will be kept here: {path}</source>
        <translation>在各变革领域下离线填报本办事处的战略计划成果。输入的内容会立即保存。

办事处文件将保存在：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="149" />
        <source>Create the office profile…</source>
        <translation>创建办事处资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="151" />
        <source>Open the demo data</source>
        <translation>打开示例数据</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="153" />
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="167" />
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="177" />
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/window_frame.py" line="180" />
        <source>Reporting year</source>
        <translation>报告年度</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Headquarters: each version that arrived with a merge, with its office file, and headquarters&apos; own reviews.</source>
        <translation>总部：随每次合并到达的各个版本及其办事处文件，以及总部自己的审核。</translation>
    </message>
    <message>
        <source>{indicator} {year} · {place}: {value} — version {version}, {status}</source>
        <translation>{indicator} {year} · {place}：{value} — 版本 {version}，{status}</translation>
    </message>
    <message>
        <source>Record {id}: no longer in the file.</source>
        <translation>记录 {id}：已不在文件中。</translation>
    </message>
    <message>
        <source>The file holds no history of this record.</source>
        <translation>文件中没有这条记录的历史。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>记录的历史</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>merge batch {batch}: {file} of {office} (SHA-256 {sha})</source>
        <translation>合并批次 {batch}：{office} 的 {file}（SHA-256 {sha}）</translation>
    </message>
    <message>
        <source>import of {file} (SHA-256 {sha})</source>
        <translation>导入 {file}（SHA-256 {sha}）</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>rival version arrived with a merge</source>
        <translation>竞争版本随合并到达</translation>
    </message>
    <message>
        <source>arrived with a merge</source>
        <translation>随合并到达</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>冲突已解决</translation>
    </message>
    <message>
        <source>reviewed at headquarters</source>
        <translation>总部已审核</translation>
    </message>
    <message>
        <source>headquarters&apos; decision applied</source>
        <translation>已应用总部的决定</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
</context>
<context>
    <name>AddPlan</name>
    <message>
        <source>Add &amp;plan…</source>
        <translation>添加计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a plan file</source>
        <translation>添加计划文件</translation>
    </message>
    <message>
        <source>Cannot add the plan</source>
        <translation>无法添加计划</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>计划文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} already holds the plan {plan}; nothing changed.</source>
        <translation>{file} 已含计划 {plan}；未做任何更改。</translation>
    </message>
    <message>
        <source>{file} now holds the plan {plan}: {first}–{last} are open for entry.</source>
        <translation>{file} 现已包含计划 {plan}：{first}–{last} 年可以录入。</translation>
    </message>
    <message>
        <source>Nothing was changed.

{reason}</source>
        <translation>未做任何更改。

{reason}</translation>
    </message>
</context>
<context>
    <name>AddPlanDialog</name>
    <message>
        <source>Add plan</source>
        <translation>添加计划</translation>
    </message>
    <message>
        <source>Id and version</source>
        <translation>编号和版本</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 哈希</translation>
    </message>
    <message>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>provisional: entered and merged; its annex only as a working draft</source>
        <translation>临时：可录入和合并；其附件只能作为工作草稿导出</translation>
    </message>
    <message>
        <source>version {version}: records stay as they are; records of indicators it removes are kept, read-only, and not counted</source>
        <translation>{version} 版：记录保持不变；其删除的指标的记录予以保留，只读，不计入</translation>
    </message>
    <message>
        <source>{file} will hold this plan: its years open for entry, each year entered, checked and exported under its own plan.</source>
        <translation>{file} 将包含此计划：其年度可以录入，每一年都按其本身的计划录入、检查和导出。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>A share: {numerator} ÷ {denominator}, the records of both below.</source>
        <translation>比例：{numerator} ÷ {denominator}，两者的记录见下。</translation>
    </message>
    <message>
        <source>{indicator}, {period}: {figure}. {counted} record(s) counted, {others} not counted.</source>
        <translation>{indicator}，{period}：{figure}。{counted} 条记录计入，{others} 条未计入。</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>The records behind the figure</source>
        <translation>数字背后的记录</translation>
    </message>
    <message>
        <source>the whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>Figure of</source>
        <translation>数字范围</translation>
    </message>
    <message>
        <source>The records behind {indicator}</source>
        <translation>{indicator} 背后的记录</translation>
    </message>
</context>
</TS>
