<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>BackgroundCheck</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="127"/>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>ملف مساحة العمل تالف (%1). استخدم ملف &gt; استعادة من نسخة احتياطية… للرجوع إلى نسخة احتياطية سليمة؛ ويُنسخ الوضع الحالي احتياطيًا أولًا.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="96"/>
        <source>Automatic backup failed: %1</source>
        <translation>تعذّر النسخ الاحتياطي التلقائي: %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="141"/>
        <source>Carry positions to the new version</source>
        <translation>ترحيل المواقف إلى النسخة الجديدة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="147"/>
        <source>Positions that can be carried</source>
        <translation>المواقف القابلة للترحيل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="157"/>
        <source>What changed in the text since you decided</source>
        <translation>ما تغيّر في النص منذ اتخاذ قرارك</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="163"/>
        <source>Dropped items</source>
        <translation>البنود المحذوفة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="172"/>
        <source>New items</source>
        <translation>البنود الجديدة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="183"/>
        <source>Dropped from the new version:</source>
        <translation>محذوفة من النسخة الجديدة:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="185"/>
        <source>New in this version (no position yet):</source>
        <translation>جديدة في هذه النسخة (لا موقف بعد):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="198"/>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>من %1 إلى %2: %3 من المواقف للمراجعة، و%4 تغيّر نصها.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="205"/>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space لتحديد صف أو إلغاء تحديده · Ctrl+Enter لترحيل الصفوف المحددة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="210"/>
        <source>&amp;Carry ticked positions</source>
        <translation>ترحيل المواقف المحددة(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="214"/>
        <source>Carry the ticked positions</source>
        <translation>ترحيل المواقف المحددة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="256"/>
        <source>Carry positions to new version</source>
        <translation>ترحيل المواقف إلى النسخة الجديدة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="259"/>
        <source>Carry-over</source>
        <translation>الترحيل</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="62"/>
        <source>Carry</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="63"/>
        <source>Was</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="64"/>
        <source>Now</source>
        <translation>حاليًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="65"/>
        <source>Our position</source>
        <translation>موقفنا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="66"/>
        <source>Check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="72"/>
        <source>text changed since you decided</source>
        <translation>تغيّر النص منذ اتخاذ قرارك</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="74"/>
        <source>merged with another decided item: choose one</source>
        <translation>دُمج مع بند آخر محسوم: اختر أحدهما</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="76"/>
        <source>already decided in the new version</source>
        <translation>محسوم بالفعل في النسخة الجديدة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="77"/>
        <source>same text</source>
        <translation>النص نفسه</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="52"/>
        <source>Compare documents</source>
        <translation>مقارنة الوثائق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="60"/>
        <source>Linked items across documents</source>
        <translation>البنود المترابطة بين الوثائق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="68"/>
        <source>Show only:</source>
        <translation>عرض فقط:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="71"/>
        <source>&amp;1 Stance changed</source>
        <translation>تغيّر الموقف(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="72"/>
        <source>&amp;2 Text changed</source>
        <translation>تغيّر النص(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="73"/>
        <source>&amp;3 New</source>
        <translation>جديد(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="74"/>
        <source>&amp;4 Dropped</source>
        <translation>محذوف(&amp;4)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="98"/>
        <source>&amp;Export…</source>
        <translation>تصدير(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="101"/>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>تصدير بصيغة Word أو Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="102"/>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="177"/>
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="131"/>
        <source>Text in %1</source>
        <translation>النص في %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="140"/>
        <source>%1 of %2 rows</source>
        <translation>%1 من %2 صفوف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="157"/>
        <source>Not in this version.</source>
        <translation>غير موجود في هذه النسخة.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="179"/>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>مستند Word (*.docx);;مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="186"/>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— dropped</source>
        <translation>— محذوف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— not in this version</source>
        <translation>— غير موجود في هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="78"/>
        <source>stance changed</source>
        <translation>تغيّر الموقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="80"/>
        <source>text changed</source>
        <translation>تغيّر النص</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="81"/>
        <source>With us / against</source>
        <translation>معنا / ضدنا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="122"/>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="145"/>
        <source>Delegations — %1</source>
        <translation>الوفود — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="150"/>
        <source>e.g. statement of 28 July, informals</source>
        <translation>مثلًا: بيان 28 تموز/يوليه، المشاورات غير الرسمية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="151"/>
        <source>Source of the stances you record</source>
        <translation>مصدر المواقف التي تسجّلها</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="152"/>
        <source>&amp;Source:</source>
        <translation>المصدر(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="161"/>
        <source>Stances of delegations on each item</source>
        <translation>مواقف الوفود من كل بند</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="167"/>
        <source>Who is with us and who is against on this item</source>
        <translation>من معنا ومن ضدنا في هذا البند</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="175"/>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>للخلايا المحددة: 1 تأييد · 2 معارضة · 3 تعديل · 0 مسح · الأخضر: معنا، الأحمر: ضدنا، الكهرماني: جزئيًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="182"/>
        <source>Add the &amp;participants</source>
        <translation>إضافة المشاركين(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="184"/>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>إضافة المشاركين في هذه الوثيقة (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="185"/>
        <source>&amp;Add delegation…</source>
        <translation>إضافة وفد(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="186"/>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>إضافة وفد أو مجموعة بالاسم (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="187"/>
        <source>Add this document&apos;s participants</source>
        <translation>إضافة المشاركين في هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="188"/>
        <source>Add a delegation</source>
        <translation>إضافة وفد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="262"/>
        <source>Record delegations&apos; stances</source>
        <translation>تسجيل مواقف الوفود</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Add delegation</source>
        <translation>إضافة وفد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>الوفد أو المجموعة (مثلًا: الاتحاد الأوروبي):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="280"/>
        <source>Delegations</source>
        <translation>الوفود</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="56"/>
        <source>Item details</source>
        <translation>تفاصيل البند</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="69"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="75"/>
        <source>Item text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="82"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="87"/>
        <source>Clear stance</source>
        <translation>مسح الموقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="94"/>
        <source>Internal: never in a shareable paper</source>
        <translation>داخلي: لا يظهر أبدًا في ورقة قابلة للمشاركة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="95"/>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="97"/>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>مبررات وفدك؛ لا تظهر أبدًا في ورقة قابلة للمشاركة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="101"/>
        <source>Proposed wording for this item</source>
        <translation>الصياغة المقترحة لهذا البند</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="102"/>
        <source>Proposed amendment</source>
        <translation>التعديل المقترح</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="104"/>
        <source>The wording you propose; the changes are shown below</source>
        <translation>الصياغة التي تقترحها؛ تظهر التغييرات أدناه</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="108"/>
        <source>Public: printed in position papers</source>
        <translation>علني: يُطبع في ورقات المواقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="109"/>
        <source>Public reason</source>
        <translation>المبرر المعلن</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="111"/>
        <source>The reason a shareable position paper gives</source>
        <translation>المبرر الذي تقدّمه ورقة الموقف القابلة للمشاركة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="118"/>
        <source>Priority</source>
        <translation>أولوية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Red line</source>
        <translation>خط أحمر</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="119"/>
        <source>Normal, priority or red line</source>
        <translation>عادي أو أولوية أو خط أحمر</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="122"/>
        <source>Amendment redline</source>
        <translation>التعديل مع إبراز التغييرات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="145"/>
        <source>&amp;Priority</source>
        <translation>الأولوية(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="146"/>
        <source>Internal &amp;note</source>
        <translation>ملاحظة داخلية(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="147"/>
        <source>Public &amp;reason</source>
        <translation>المبرر المعلن(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="148"/>
        <source>&amp;Amendment</source>
        <translation>التعديل(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="149"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="150"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="232"/>
        <source>No item selected</source>
        <translation>لم يُحدَّد أي بند</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="256"/>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>اختر بندًا من القائمة لقراءته وتحديد الموقف منه.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="263"/>
        <source>Changes appear here as you type.</source>
        <translation>تظهر التغييرات هنا أثناء الكتابة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="81"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="82"/>
        <source>Export to Word</source>
        <translation>تصدير إلى Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="85"/>
        <source>Product</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="87"/>
        <source>Position paper</source>
        <translation>ورقة موقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="88"/>
        <source>Briefing note</source>
        <translation>مذكرة إحاطة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="89"/>
        <source>Internal dossier</source>
        <translation>ملف داخلي</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="93"/>
        <source>Profile</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="95"/>
        <source>Shareable — for other delegations</source>
        <translation>قابل للمشاركة — للوفود الأخرى</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="96"/>
        <source>Internal — our delegation only</source>
        <translation>داخلي — لوفدنا فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="100"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="103"/>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="105"/>
        <source>As in the document</source>
        <translation>كما في الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="106"/>
        <source>Grouped by stance</source>
        <translation>مجمّعة حسب الموقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="107"/>
        <source>Red lines and priorities first</source>
        <translation>الخطوط الحمراء والأولويات أولًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="110"/>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>عرض التعديلات كتعقب تغييرات في Word(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="112"/>
        <source>Amendments as tracked changes</source>
        <translation>التعديلات كتعقب تغييرات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="114"/>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>تظهر الصياغة المقترحة كمراجعات في Word يمكن للقارئ قبولها أو رفضها</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="117"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="119"/>
        <source>The delegation named as the author of the paper</source>
        <translation>الوفد المذكور بوصفه مؤلف الورقة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="123"/>
        <source>Documents to export</source>
        <translation>الوثائق المراد تصديرها</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="125"/>
        <source>Tick the documents whose items the paper covers</source>
        <translation>حدّد الوثائق التي تتناول الورقة بنودها</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="137"/>
        <source>CyberTrack&apos;s default template</source>
        <translation>القالب الافتراضي لـ CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="138"/>
        <source>Word template</source>
        <translation>قالب Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="140"/>
        <source>A .docx whose styles the paper uses; empty for the default</source>
        <translation>ملف .docx تستخدم الورقة أنماطه؛ اتركه فارغًا لاستخدام القالب الافتراضي</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="143"/>
        <source>Output file</source>
        <translation>ملف الإخراج</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="144"/>
        <source>Where the Word file is written</source>
        <translation>مكان كتابة ملف Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="145"/>
        <source>&amp;Open the file when done</source>
        <translation>فتح الملف عند الانتهاء(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="146"/>
        <source>Open when done</source>
        <translation>الفتح عند الانتهاء</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="148"/>
        <source>Open the written file in the word processor</source>
        <translation>فتح الملف المكتوب في معالج النصوص</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="154"/>
        <source>What will be included</source>
        <translation>ما سيتم تضمينه</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="157"/>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="164"/>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="168"/>
        <source>&amp;Export</source>
        <translation>تصدير(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="171"/>
        <source>Write the Word file now</source>
        <translation>كتابة ملف Word الآن</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="175"/>
        <source>Close this dialog without exporting</source>
        <translation>إغلاق مربع الحوار هذا دون تصدير</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="188"/>
        <source>Choose the %1 of the paper</source>
        <translation>اختيار %1 للورقة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="194"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="196"/>
        <source>Opens a file chooser</source>
        <translation>يفتح أداة اختيار الملفات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="207"/>
        <source>&amp;Product</source>
        <translation>نوع الوثيقة(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="208"/>
        <source>P&amp;rofile</source>
        <translation>نطاق التداول(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="209"/>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="210"/>
        <source>Or&amp;der</source>
        <translation>الترتيب(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="211"/>
        <source>&amp;Delegation</source>
        <translation>الوفد(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="212"/>
        <source>Doc&amp;uments</source>
        <translation>الوثائق(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="218"/>
        <source>&amp;Template</source>
        <translation>القالب(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="222"/>
        <source>Choose a template</source>
        <translation>اختيار قالب</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as</source>
        <translation>حفظ باسم(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="228"/>
        <source>Choose the output file</source>
        <translation>اختيار ملف الإخراج</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>item texts</source>
        <translation>نصوص البنود</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>stances</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>public reasons</source>
        <translation>المبررات المعلنة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="287"/>
        <source>proposed wording as tracked changes</source>
        <translation>الصياغة المقترحة كتعقب تغييرات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="289"/>
        <source>proposed wording as clean text</source>
        <translation>الصياغة المقترحة كنص نهائي</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>internal notes</source>
        <translation>الملاحظات الداخلية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>priorities</source>
        <translation>الأولويات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>author initials</source>
        <translation>الأحرف الأولى للمؤلف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="298"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="300"/>
        <source>stance history</source>
        <translation>سجل المواقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="301"/>
        <source>Included: %1.</source>
        <translation>مُضمَّن: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="303"/>
        <source>Left out: %1.</source>
        <translation>مُستبعَد: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="305"/>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>مؤلف الملف هو الوفد، وليس أنت.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Choose a Word template</source>
        <translation>اختيار قالب Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Save the export as</source>
        <translation>حفظ التصدير باسم</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="326"/>
        <source>choose at least one document</source>
        <translation>اختر وثيقة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="346"/>
        <source>Writing %1 items to %2…</source>
        <translation>جارٍ كتابة %1 من البنود في %2…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="358"/>
        <source>Wrote %1 (%2 items).</source>
        <translation>تمت كتابة %1 (%2 من البنود).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="363"/>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="373"/>
        <source>Not exported: %1</source>
        <translation>لم يُصدَّر: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="51"/>
        <source>Find in items (Ctrl+F)</source>
        <translation>البحث في البنود (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="52"/>
        <source>Find in items</source>
        <translation>البحث في البنود</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="57"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="61"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="71"/>
        <source>Filter by stance</source>
        <translation>التصفية حسب الموقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="73"/>
        <source>Show only items with this stance, or undecided</source>
        <translation>عرض البنود التي لها هذا الموقف أو غير المحسومة فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="77"/>
        <source>Any stance</source>
        <translation>أي موقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="82"/>
        <source>Filter by section</source>
        <translation>التصفية حسب الفرع</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="83"/>
        <source>Show only the items of one section</source>
        <translation>عرض بنود فرع واحد فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="88"/>
        <source>Wording</source>
        <translation>صياغة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="89"/>
        <source>Only items with an amendment</source>
        <translation>البنود التي لها تعديل فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="90"/>
        <source>Only items with proposed amendment wording</source>
        <translation>البنود التي لها صياغة تعديل مقترحة فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="91"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="92"/>
        <source>Only items with a note</source>
        <translation>البنود التي لها ملاحظة فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="93"/>
        <source>Only items with an internal note</source>
        <translation>البنود التي لها ملاحظة داخلية فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="96"/>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="98"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="99"/>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>إظهار جميع البنود مجددًا (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="140"/>
        <source>All sections</source>
        <translation>جميع الفروع</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="81"/>
        <source>CyberTrack user guide</source>
        <translation>دليل مستخدم CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="83"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="27"/>
        <source>Stance history</source>
        <translation>سجل المواقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="28"/>
        <source>Every change of stance on this item, with its time</source>
        <translation>كل تغيير في الموقف من هذا البند مع وقته</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="37"/>
        <source>No stance set yet.</source>
        <translation>لم يُحدَّد موقف بعد.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="77"/>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="78"/>
        <source>Import preview</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="89"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="90"/>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="94"/>
        <source>Reading progress</source>
        <translation>تقدّم القراءة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="100"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="102"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="103"/>
        <source>e.g. A/80/604/Add.3</source>
        <translation>مثلًا: A/80/604/Add.3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="105"/>
        <source>Document details</source>
        <translation>تفاصيل الوثيقة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="108"/>
        <source>&amp;Title:</source>
        <translation>العنوان(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="110"/>
        <source>S&amp;ymbol:</source>
        <translation>الرمز(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="114"/>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="117"/>
        <source>&amp;Items found (untick those that are not items):</source>
        <translation>البنود التي عُثر عليها (ألغِ تحديد ما ليس بنودًا)(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="119"/>
        <source>Items found</source>
        <translation>البنود التي عُثر عليها</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="129"/>
        <source>Tick &amp;all</source>
        <translation>تحديد الكل(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="130"/>
        <source>Tick all items</source>
        <translation>تحديد جميع البنود</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="132"/>
        <source>Untick all (&amp;N)</source>
        <translation>إلغاء تحديد الكل (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="133"/>
        <source>Untick all items</source>
        <translation>إلغاء تحديد جميع البنود</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="136"/>
        <source>Items to import</source>
        <translation>البنود المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="145"/>
        <source>&amp;Import</source>
        <translation>استيراد(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="147"/>
        <source>Import the ticked items</source>
        <translation>استيراد البنود المحددة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="148"/>
        <source>Import (Ctrl+Return)</source>
        <translation>استيراد (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="150"/>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="174"/>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>عُثر على %1 من البنود في %2 (%3). تحقّق منها ثم استوردها.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="203"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="204"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="205"/>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="206"/>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="207"/>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="208"/>
        <source>Agenda item</source>
        <translation>البند من جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="209"/>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="210"/>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="211"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="217"/>
        <source>Cannot import: %1</source>
        <translation>تعذّر الاستيراد: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="237"/>
        <source>%1 of %2 items will be imported</source>
        <translation>سيُستورد %1 من %2 من البنود</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="263"/>
        <source>Import failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Marks</source>
        <translation>علامات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="128"/>
        <source>has a note</source>
        <translation>له ملاحظة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="130"/>
        <source>has an amendment</source>
        <translation>له تعديل</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="29"/>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="31"/>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>بنود مرقّمة مع مواقفها؛ يحدّد المفتاح 1 أو 2 أو 3 أو 0 الموقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="48"/>
        <source>Item columns: click to sort</source>
        <translation>أعمدة البنود: انقر للفرز</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="36"/>
        <source>Nothing to show</source>
        <translation>لا شيء لعرضه</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="78"/>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>استورد وثيقة أو أفلتها هنا (Ctrl+I) لبدء تحديد المواقف.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="82"/>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>لا توجد بنود مطابقة لعوامل التصفية هذه.
امسحها باستخدام Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="87"/>
        <source>Showing %1 of %2 ·</source>
        <translation>عرض %1 من %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="109"/>
        <source>Links between versions</source>
        <translation>الروابط بين النسخ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="115"/>
        <source>Candidate links</source>
        <translation>الروابط المرشحة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="122"/>
        <source>The two texts, differences marked</source>
        <translation>النصان مع إبراز الفروق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="130"/>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C تأكيد · R رفض · P الربط ببند آخر · F البحث عن روابط مرشحة · J/K التالي/السابق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="191"/>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="214"/>
        <source>Re-point link</source>
        <translation>تغيير وجهة الرابط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="215"/>
        <source>The old item is the same as:</source>
        <translation>البند القديم يطابق:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="60"/>
        <source>Was</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="61"/>
        <source>Now</source>
        <translation>حاليًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="62"/>
        <source>Score</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="63"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="64"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="69"/>
        <source>to check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="70"/>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="71"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>changed</source>
        <translation>متغيّر</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>same</source>
        <translation>مطابق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="25"/>
        <source>&amp;Compare documents…</source>
        <translation>مقارنة الوثائق(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="33"/>
        <source>&amp;Links between versions…</source>
        <translation>الروابط بين النسخ(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="41"/>
        <source>Carry positions to the &amp;new version…</source>
        <translation>ترحيل المواقف إلى النسخة الجديدة(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="49"/>
        <source>&amp;Delegations…</source>
        <translation>الوفود(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="69"/>
        <source>Last time, in %1 %2: %3</source>
        <translation>في المرة السابقة، في %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="74"/>
        <source>text changed since</source>
        <translation>تغيّر النص منذ ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="95"/>
        <source>This looks like a new version of %1: View ▸ Carry positions (Ctrl+Shift+V) to review what to carry over.</source>
        <translation>يبدو أن هذه نسخة جديدة من %1: عرض ▸ ترحيل المواقف (Ctrl+Shift+V) لمراجعة ما يُرحَّل.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="118"/>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="119"/>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>استورد أولًا نسخة ثانية من النص (ملف ▸ استيراد، Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="93"/>
        <source>Export stance sheet</source>
        <translation>تصدير جدول المواقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="95"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="139"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="103"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="108"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="123"/>
        <location filename="../../cybertrack/gui/main_window.py" line="251"/>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="109"/>
        <source>Wrote %1 (%2 items).</source>
        <translation>تمت كتابة %1 (%2 من البنود).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="137"/>
        <source>Import stance sheet</source>
        <translation>استيراد جدول المواقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="100"/>
        <source>About CyberTrack</source>
        <translation>حول CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="101"/>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;موقف وفدكم من كل بند من بنود نص التفاوض، دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;الترخيص: MIT. صُمّم باستخدام Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="146"/>
        <source>&amp;Help</source>
        <translation>تعليمات(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="150"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="158"/>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="166"/>
        <source>&amp;About CyberTrack</source>
        <translation>حول CyberTrack(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="114"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="115"/>
        <source>Items shown</source>
        <translation>البنود المعروضة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="135"/>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="136"/>
        <source>&amp;Stance</source>
        <translation>الموقف(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="137"/>
        <source>&amp;Go</source>
        <translation>انتقال(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="145"/>
        <source>&amp;Import…</source>
        <translation>استيراد(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="156"/>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="172"/>
        <source>&amp;Find…</source>
        <translation>بحث(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="176"/>
        <source>&amp;Clear filters</source>
        <translation>مسح عوامل التصفية(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="179"/>
        <source>Edit &amp;note</source>
        <translation>تحرير الملاحظة(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="181"/>
        <source>Edit &amp;amendment</source>
        <translation>تحرير التعديل(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="187"/>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="196"/>
        <source>&amp;Support</source>
        <translation>تأييد(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="197"/>
        <source>&amp;Oppose</source>
        <translation>معارضة(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="198"/>
        <source>&amp;Amend</source>
        <translation>تعديل(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="199"/>
        <source>&amp;Clear stance</source>
        <translation>مسح الموقف(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="207"/>
        <source>&amp;Next item</source>
        <translation>البند التالي(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="208"/>
        <source>&amp;Previous item</source>
        <translation>البند السابق(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="210"/>
        <source>Next &amp;undecided item</source>
        <translation>البند التالي غير المحسوم(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="214"/>
        <source>Back to the &amp;list</source>
        <translation>العودة إلى القائمة(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="216"/>
        <source>&amp;Documents and sections</source>
        <translation>الوثائق والفروع(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="223"/>
        <source>Only &amp;undecided items</source>
        <translation>البنود غير المحسومة فقط(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="230"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="273"/>
        <source>Every item shown has a stance.</source>
        <translation>حُدِّد موقف لكل البنود المعروضة.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="298"/>
        <source>Import documents</source>
        <translation>استيراد وثائق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="300"/>
        <source>Documents (*.txt *.md *.docx *.pdf);;All files (*)</source>
        <translation>الوثائق (*.txt *.md *.docx *.pdf);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="336"/>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="418"/>
        <source>Import a document to begin</source>
        <translation>استورد وثيقة للبدء</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="24"/>
        <source>&amp;Export…</source>
        <translation>تصدير(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="32"/>
        <source>Export stance &amp;sheet…</source>
        <translation>تصدير جدول المواقف(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="40"/>
        <source>Import stance s&amp;heet…</source>
        <translation>استيراد جدول المواقف(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="136"/>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>للقراءة فقط: تتعذّر الكتابة في ملف مساحة العمل هذا (ملف أو مجلد أو قرص للقراءة فقط). يمكنك القراءة والتصدير، ولكن لا تُقبل التغييرات.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="143"/>
        <source>Read-only workspace</source>
        <translation>مساحة عمل للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="159"/>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="169"/>
        <source>Restore from &amp;backup…</source>
        <translation>استعادة من نسخة احتياطية(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="43"/>
        <source>Other documents</source>
        <translation>وثائق أخرى</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="89"/>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1، حُسم %2 من %3 من البنود</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="36"/>
        <source>Meetings, documents and sections</source>
        <translation>الاجتماعات والوثائق والفروع</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="37"/>
        <source>Choose a document or a section to list its items</source>
        <translation>اختر وثيقة أو فرعًا لعرض بنوده</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="34"/>
        <source>Same as the system</source>
        <translation>مثل لغة النظام</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="39"/>
        <source>A new language takes effect the next time CyberTrack starts.</source>
        <translation>تسري اللغة الجديدة عند تشغيل CyberTrack في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="32"/>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>هل تريد استعادة آخر نسخة احتياطية سليمة، المُنشأة في %1؟ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="49"/>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>تمت استعادة النسخة الاحتياطية. واحتُفظ بمساحة العمل التالفة باسم %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="35"/>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="36"/>
        <source>Restore from backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="42"/>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>اختر الحالة التي تريد الرجوع إليها. تُنسخ مساحة العمل بحالتها الراهنة احتياطيًا أولًا، لتتمكن من الرجوع إليها باستعادة تلك النسخة. ويُمسح سجل التراجع.
تُحفظ النسخ الاحتياطية في %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Taken</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Contents</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="63"/>
        <source>automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="64"/>
        <source>manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="65"/>
        <source>before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="86"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>لا توجد نسخ احتياطية لمساحة العمل هذه بعد.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="94"/>
        <source>&amp;Restore</source>
        <translation>استعادة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="96"/>
        <source>Restore the selected backup</source>
        <translation>استعادة النسخة الاحتياطية المحددة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="111"/>
        <source>unreadable</source>
        <translation>غير قابل للقراءة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>1 document</source>
        <translation>وثيقة واحدة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>%1 documents</source>
        <translation>%1 من الوثائق</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>1 item</source>
        <translation>بند واحد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>%2 items</source>
        <translation>%2 من البنود</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="37"/>
        <source>Import stance sheet: %1</source>
        <translation>استيراد جدول المواقف: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="38"/>
        <source>Import stance sheet</source>
        <translation>استيراد جدول المواقف</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="41"/>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>%1 من التغييرات على %2 من البنود؛ %3 من الصفوف غير مطابقة وسيتم تخطيها.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="49"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Now</source>
        <translation>حاليًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>From the sheet</source>
        <translation>من الجدول</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="67"/>
        <source>Rows that do not match</source>
        <translation>الصفوف غير المطابقة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="73"/>
        <source>&amp;Apply changes</source>
        <translation>تطبيق التغييرات(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="84"/>
        <source>Rows that do not match:</source>
        <translation>الصفوف غير المطابقة:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="53"/>
        <location filename="../../cybertrack/gui/help.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="57"/>
        <source>Shortcut list</source>
        <translation>قائمة الاختصارات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="20"/>
        <source>Support</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="21"/>
        <source>Oppose</source>
        <translation>معارضة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="22"/>
        <source>Amend</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="23"/>
        <source>Undecided</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="39"/>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>حُسم %1 من %2 · تأييد %3 · معارضة %4 · تعديل %5</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="121"/>
        <source>Tips</source>
        <translation>تلميحات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="124"/>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>تلميح: اضغط 1 أو 2 أو 3 لتأييد البنود المحددة أو معارضتها أو تعديلها، وJ وK للتنقل، وEnter لكتابة ملاحظة. يُحفظ كل شيء تلقائيًا أثناء العمل.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="129"/>
        <source>Got it</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="130"/>
        <source>Dismiss tips</source>
        <translation>إخفاء التلميحات</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="131"/>
        <source>Hide these tips for good</source>
        <translation>إخفاء هذه التلميحات نهائيًا</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="43"/>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل جديدة(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="44"/>
        <source>&amp;Open workspace…</source>
        <translation>فتح مساحة عمل(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="45"/>
        <source>Save a &amp;copy…</source>
        <translation>حفظ نسخة(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="46"/>
        <source>&amp;Recent workspaces</source>
        <translation>مساحات العمل الأخيرة(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="56"/>
        <source>No other workspace yet</source>
        <translation>لا توجد مساحة عمل أخرى بعد</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="74"/>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="81"/>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="88"/>
        <source>Save a copy of the workspace</source>
        <translation>حفظ نسخة من مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="94"/>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>مساحات عمل CyberTrack (*.cybertrack);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="105"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 موجود بالفعل؛ افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="108"/>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="123"/>
        <source>Saved a copy to %1</source>
        <translation>حُفظت نسخة في %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="127"/>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="138"/>
        <source>Restore failed</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
</context>
</TS>
