<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير(&amp;E)…</translation>
    </message>
    <message>
        <source>Export stance &amp;sheet…</source>
        <translation>تصدير جدول المواقف(&amp;S)…</translation>
    </message>
    <message>
        <source>Import stance s&amp;heet…</source>
        <translation>استيراد جدول المواقف(&amp;H)…</translation>
    </message>
    <message>
        <source>Report to c&amp;apital…</source>
        <translation>تقرير إلى العاصمة(&amp;A)…</translation>
    </message>
    <message>
        <source>Status &amp;table…</source>
        <translation>جدول الحالة(&amp;T)…</translation>
    </message>
    <message>
        <source>Export position &amp;pack…</source>
        <translation>تصدير &amp;حزمة مواقف…</translation>
    </message>
    <message>
        <source>Import position pac&amp;k…</source>
        <translation>استيراد حز&amp;مة مواقف…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل جديدة(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>فتح مساحة عمل(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ نسخة(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>استعادة من نسخة احتياطية(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث(&amp;F)…</translation>
    </message>
    <message>
        <source>Search &amp;in: text, notes and wording</source>
        <translation>البحث &amp;في: النص والملاحظات والصياغة</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>مسح عوامل التصفية(&amp;C)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>تحرير الملاحظة(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Amend from the original</source>
        <translation>&amp;تعديل انطلاقًا من النص الأصلي</translation>
    </message>
    <message>
        <source>Amend starting &amp;empty</source>
        <translation>تعديل &amp;بدءًا من حقل فارغ</translation>
    </message>
    <message>
        <source>Go to the precedent &amp;list</source>
        <translation>الانتقال إلى قائمة السوابق(&amp;L)</translation>
    </message>
    <message>
        <source>In&amp;sert the precedent&apos;s wording</source>
        <translation>إدراج صيغة السابقة(&amp;I)</translation>
    </message>
    <message>
        <source>Ci&amp;te the precedent as agreed language</source>
        <translation>الاستشهاد بالسابقة صيغةً متفقًا عليها(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>تأييد(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Oppose</source>
        <translation>معارضة(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>تعديل(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear stance</source>
        <translation>مسح الموقف(&amp;C)</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>وضع علامة &amp;تمّت المراجعة</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>متفق عليه(&amp;A)</translation>
    </message>
    <message>
        <source>Agreed ad &amp;ref</source>
        <translation>متفق عليه بشرط الاستشارة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>معلّق(&amp;P)</translation>
    </message>
    <message>
        <source>In&amp;formals</source>
        <translation>مشاورات غير رسمية(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Bracketed</source>
        <translation>بين أقواس معقوفة(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Deleted</source>
        <translation>محذوف(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;No room status</source>
        <translation>بلا حالة في القاعة(&amp;N)</translation>
    </message>
    <message>
        <source>Record room status at a &amp;time…</source>
        <translation>تسجيل الحالة في وقت محدد(&amp;T)…</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;instruction</source>
        <translation>تعليمات العاصمة(&amp;I)</translation>
    </message>
    <message>
        <source>New pr&amp;oposal…</source>
        <translation>مقترح جديد(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>البند التالي(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>البند السابق(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;undecided item</source>
        <translation>البند التالي غير المحسوم(&amp;U)</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>العودة إلى القائمة(&amp;L)</translation>
    </message>
    <message>
        <source>Item &amp;text (select and copy)</source>
        <translation>&amp;نص البند (تحديد ونسخ)</translation>
    </message>
    <message>
        <source>&amp;Documents and sections</source>
        <translation>الوثائق والفروع(&amp;D)</translation>
    </message>
    <message>
        <source>Only &amp;undecided items</source>
        <translation>البنود غير المحسومة فقط(&amp;U)</translation>
    </message>
    <message>
        <source>Only d&amp;eviations</source>
        <translation>الانحرافات فقط(&amp;E)</translation>
    </message>
    <message>
        <source>Room &amp;as of…</source>
        <translation>القاعة في وقت سابق(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Room, capital and proposals</source>
        <translation>القاعة والعاصمة والمقترحات(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare documents…</source>
        <translation>مقارنة الوثائق(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Links between versions…</source>
        <translation>الروابط بين النسخ(&amp;L)…</translation>
    </message>
    <message>
        <source>Carry positions to the &amp;new version…</source>
        <translation>ترحيل المواقف إلى النسخة الجديدة(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delegations…</source>
        <translation>الوفود(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Only team disa&amp;greements</source>
        <translation>خلافات الفريق فقط(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About CyberTrack</source>
        <translation>حول CyberTrack(&amp;A)</translation>
    </message>
    <message>
        <source>Import the document</source>
        <translation>استيراد الوثيقة</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>تقسيم البند</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>دمج في البند السابق</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>جعل النص المُغفَل بندًا</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>إعادة ترقيم البند</translation>
    </message>
    <message>
        <source>Next left-out text</source>
        <translation>النص المُغفَل التالي</translation>
    </message>
    <message>
        <source>Confirm the link</source>
        <translation>تأكيد الرابط</translation>
    </message>
    <message>
        <source>Reject the link</source>
        <translation>رفض الرابط</translation>
    </message>
    <message>
        <source>Re-point the link</source>
        <translation>إعادة توجيه الرابط</translation>
    </message>
    <message>
        <source>Find candidate links</source>
        <translation>البحث عن روابط محتملة</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>الرابط التالي</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>الرابط السابق</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>ترحيل المواقف المحددة</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Back to the comparison list</source>
        <translation>العودة إلى قائمة المقارنة</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>تعديل المقترح</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>سحب المقترح أو إعادته</translation>
    </message>
    <message>
        <source>Merge the pack</source>
        <translation>دمج الحزمة</translation>
    </message>
    <message>
        <source>Link to the candidate</source>
        <translation>الربط بالمرشح</translation>
    </message>
    <message>
        <source>Not this paragraph</source>
        <translation>ليست هذه الفقرة</translation>
    </message>
    <message>
        <source>They support</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>They oppose</source>
        <translation>يعارض</translation>
    </message>
    <message>
        <source>They want it amended</source>
        <translation>يطلب التعديل</translation>
    </message>
    <message>
        <source>Clear their stance</source>
        <translation>مسح موقفه</translation>
    </message>
    <message>
        <source>Add the participants</source>
        <translation>إضافة المشاركين</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>إضافة وفد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>الموقف(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>القاعة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تعليمات(&amp;H)</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>النافذة الرئيسية</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message>
        <source>Links between versions</source>
        <translation>الروابط بين النسخ</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>الترحيل</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>الوفود</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Position pack</source>
        <translation>حزمة المواقف</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>ملف مساحة العمل تالف (%1). استخدم ملف &gt; استعادة من نسخة احتياطية… للرجوع إلى نسخة احتياطية سليمة؛ ويُنسخ الوضع الحالي احتياطيًا أولًا.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>تعذّر النسخ الاحتياطي التلقائي: %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry positions to the new version</source>
        <translation>ترحيل المواقف إلى النسخة الجديدة</translation>
    </message>
    <message>
        <source>Positions that can be carried</source>
        <translation>المواقف القابلة للترحيل</translation>
    </message>
    <message>
        <source>Nothing to carry: no item with a position in the earlier version is linked to this one. Check the links between the versions (Ctrl+L).</source>
        <translation>لا شيء لنقله: لا يوجد بند له موقف في النسخة السابقة مرتبط بهذه النسخة. راجع الروابط بين النسختين (Ctrl+L).</translation>
    </message>
    <message>
        <source>What changed in the text since you decided</source>
        <translation>ما تغيّر في النص منذ اتخاذ قرارك</translation>
    </message>
    <message>
        <source>Dropped items</source>
        <translation>البنود المحذوفة</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>البنود الجديدة</translation>
    </message>
    <message>
        <source>No item was dropped.</source>
        <translation>لم يُحذف أي بند.</translation>
    </message>
    <message>
        <source>No item is new.</source>
        <translation>لا يوجد بند جديد.</translation>
    </message>
    <message>
        <source>Dropped from the new version:</source>
        <translation>محذوفة من النسخة الجديدة:</translation>
    </message>
    <message>
        <source>New in this version (no position yet):</source>
        <translation>جديدة في هذه النسخة (لا موقف بعد):</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>من %1 إلى %2: %3 من المواقف للمراجعة، و%4 تغيّر نصها.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space لتحديد صف أو إلغاء تحديده · Ctrl+Enter لترحيل الصفوف المحددة</translation>
    </message>
    <message>
        <source>&amp;Carry ticked positions</source>
        <translation>ترحيل المواقف المحددة(&amp;C)</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>ترحيل المواقف المحددة</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>الترحيل</translation>
    </message>
</context>
<context>
    <name>CarryPrompt</name>
    <message>
        <source>Carry-over</source>
        <translation>نقل المواقف</translation>
    </message>
    <message>
        <source>Carry-over message</source>
        <translation>رسالة عن نقل المواقف</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>View ▸ Carry positions (Ctrl+Shift+V) opens the review later</source>
        <translation>عرض ▸ نقل المواقف (Ctrl+Shift+V) يفتح المراجعة لاحقًا</translation>
    </message>
    <message>
        <source>%1 looks like a new version of %2. %3 of your positions there can be carried over; %4 of them onto a text that has changed.</source>
        <translation>يبدو أن %1 نسخة جديدة من %2. يمكن نقل %3 من مواقفك فيها، منها %4 إلى نص تغيّر.</translation>
    </message>
    <message>
        <source>&amp;Review carrying %1 positions… (Ctrl+Shift+V)</source>
        <translation>&amp;مراجعة نقل %1 من المواقف… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Review the carry-over</source>
        <translation>مراجعة نقل المواقف</translation>
    </message>
    <message>
        <source>Opens the list of positions to carry, each ticked or not</source>
        <translation>يفتح قائمة المواقف المراد نقلها، كل منها محدد أو غير محدد</translation>
    </message>
    <message>
        <source>&amp;Show the %1 to recheck</source>
        <translation>&amp;عرض %1 للمراجعة من جديد</translation>
    </message>
    <message>
        <source>Show the positions to recheck</source>
        <translation>عرض المواقف التي تحتاج إلى مراجعة من جديد</translation>
    </message>
    <message>
        <source>Filters the list to the carried positions whose text changed</source>
        <translation>يقصر القائمة على المواقف المنقولة التي تغيّر نصها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <source>Carry</source>
        <translation>ترحيل</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>حاليًا</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>موقفنا</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>text changed since you decided</source>
        <translation>تغيّر النص منذ اتخاذ قرارك</translation>
    </message>
    <message>
        <source>merged with another decided item: choose one</source>
        <translation>دُمج مع بند آخر محسوم: اختر أحدهما</translation>
    </message>
    <message>
        <source>already decided in the new version</source>
        <translation>محسوم بالفعل في النسخة الجديدة</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>النص نفسه</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare documents</source>
        <translation>مقارنة الوثائق</translation>
    </message>
    <message>
        <source>Linked items across documents</source>
        <translation>البنود المترابطة بين الوثائق</translation>
    </message>
    <message>
        <source>No item to compare with these filters. Clear a filter (Alt+1…4), or link the versions first (View ▸ Links between versions, Ctrl+L).</source>
        <translation>لا توجد بنود للمقارنة بهذه المرشحات. أزل مرشحًا (Alt+1…4) أو اربط النسختين أولًا (عرض ▸ الروابط بين النسخ، Ctrl+L).</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>عرض فقط:</translation>
    </message>
    <message>
        <source>&amp;1 Stance changed</source>
        <translation>تغيّر الموقف(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Text changed</source>
        <translation>تغيّر النص(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 New</source>
        <translation>جديد(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Dropped</source>
        <translation>محذوف(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير(&amp;E)…</translation>
    </message>
    <message>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>تصدير بصيغة Word أو Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>النص في %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 من %2 صفوف</translation>
    </message>
    <message>
        <source>Not in this version.</source>
        <translation>غير موجود في هذه النسخة.</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>مستند Word (*.docx);;مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>— dropped</source>
        <translation>— محذوف</translation>
    </message>
    <message>
        <source>— not in this version</source>
        <translation>— غير موجود في هذه النسخة</translation>
    </message>
    <message>
        <source>stance changed</source>
        <translation>تغيّر الموقف</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>تغيّر النص</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <source>Reports of the negotiation day</source>
        <translation>تقارير يوم التفاوض</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>Report to capital (internal)</source>
        <translation>تقرير إلى العاصمة (داخلي)</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>جدول الحالة</translation>
    </message>
    <message>
        <source>Day reported</source>
        <translation>اليوم المشمول بالتقرير</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>القاعة في</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>The document shown</source>
        <translation>الوثيقة المعروضة</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>جميع الوثائق</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Shareable (no room notes)</source>
        <translation>قابل للتداول (بلا ملاحظات القاعة)</translation>
    </message>
    <message>
        <source>Internal (with room notes)</source>
        <translation>داخلي (مع ملاحظات القاعة)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>Word file to write</source>
        <translation>ملف Word المراد كتابته</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the Word file to write</source>
        <translation>اختيار ملف Word المراد كتابته</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>نوع الوثيقة(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>اليوم(&amp;D):</translation>
    </message>
    <message>
        <source>Room &amp;as of:</source>
        <translation>القاعة في(&amp;A):</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>الوثائق(&amp;O):</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>نطاق التداول(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف(&amp;F):</translation>
    </message>
    <message>
        <source>Write the Word file</source>
        <translation>كتابة ملف Word</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 paragraphs).</source>
        <translation>تمت الكتابة: %1 (%2 فقرة).</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <source>With us / against</source>
        <translation>معنا / ضدنا</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegations — %1</source>
        <translation>الوفود — %1</translation>
    </message>
    <message>
        <source>e.g. statement of 28 July, informals</source>
        <translation>مثلًا: بيان 28 تموز/يوليه، المشاورات غير الرسمية</translation>
    </message>
    <message>
        <source>Source of the stances you record</source>
        <translation>مصدر المواقف التي تسجّلها</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المصدر(&amp;S):</translation>
    </message>
    <message>
        <source>Stances of delegations on each item</source>
        <translation>مواقف الوفود من كل بند</translation>
    </message>
    <message>
        <source>No other delegation yet. Add this document&apos;s participants (Ctrl+P) or a delegation by name (Ctrl+N), then record what each said with 1, 2, 3 or 0.</source>
        <translation>لا توجد وفود أخرى بعد. أضف المشاركين في هذه الوثيقة (Ctrl+P) أو وفدًا باسمه (Ctrl+N)، ثم سجّل ما قاله كل وفد بالمفاتيح 1 أو 2 أو 3 أو 0.</translation>
    </message>
    <message>
        <source>Who is with us and who is against on this item</source>
        <translation>من معنا ومن ضدنا في هذا البند</translation>
    </message>
    <message>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>للخلايا المحددة: 1 تأييد · 2 معارضة · 3 تعديل · 0 مسح · الأخضر: معنا، الأحمر: ضدنا، الكهرماني: جزئيًا</translation>
    </message>
    <message>
        <source>Add the &amp;participants</source>
        <translation>إضافة المشاركين(&amp;P)</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>إضافة المشاركين في هذه الوثيقة (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Add delegation…</source>
        <translation>إضافة وفد(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>إضافة وفد أو مجموعة بالاسم (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants</source>
        <translation>إضافة المشاركين في هذه الوثيقة</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>إضافة وفد</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما تم إنجازه</translation>
    </message>
    <message>
        <source>This document lists no participants. Add delegations by name with Add delegation (Ctrl+N).</source>
        <translation>لا تذكر هذه الوثيقة أي مشاركين. أضف الوفود بأسمائها باستخدام إضافة وفد (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 delegations added from the participants; %2 were already listed.</source>
        <translation>أُضيفت %1 من الوفود من قائمة المشاركين؛ وكانت %2 مدرجة من قبل.</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>إضافة وفد</translation>
    </message>
    <message>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>الوفد أو المجموعة (مثلًا: الاتحاد الأوروبي):</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>الوفود</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Item details</source>
        <translation>تفاصيل البند</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear stance</source>
        <translation>مسح الموقف</translation>
    </message>
    <message>
        <source>Internal: never in a shareable paper</source>
        <translation>داخلي: لا يظهر أبدًا في ورقة قابلة للمشاركة</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>مبررات وفدك؛ لا تظهر أبدًا في ورقة قابلة للمشاركة</translation>
    </message>
    <message>
        <source>Proposed amendment</source>
        <translation>التعديل المقترح</translation>
    </message>
    <message>
        <source>The wording you propose; the changes are shown below</source>
        <translation>الصياغة التي تقترحها؛ تظهر التغييرات أدناه</translation>
    </message>
    <message>
        <source>Public: printed in position papers</source>
        <translation>علني: يُطبع في ورقات المواقف</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>المبرر المعلن</translation>
    </message>
    <message>
        <source>The reason a shareable position paper gives</source>
        <translation>المبرر الذي تقدّمه ورقة الموقف القابلة للمشاركة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Selected items</source>
        <translation>البنود المحددة</translation>
    </message>
    <message>
        <source>Carried position</source>
        <translation>موقف منقول</translation>
    </message>
    <message>
        <source>Mark as &amp;checked</source>
        <translation>وضع علامة &amp;تمّت المراجعة</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>وضع علامة تمّت المراجعة</translation>
    </message>
    <message>
        <source>The changed text has been looked at (Ctrl+K)</source>
        <translation>تمّت مراجعة النص المعدَّل (Ctrl+K)</translation>
    </message>
    <message>
        <source>Read-only; select with Shift and the arrow keys, copy with Ctrl+C</source>
        <translation>للقراءة فقط؛ حدّد بمفتاح Shift والأسهم، وانسخ بـ Ctrl+C</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>أولوية</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>خط أحمر</translation>
    </message>
    <message>
        <source>Normal, priority or red line</source>
        <translation>عادي أو أولوية أو خط أحمر</translation>
    </message>
    <message>
        <source>Ctrl+M amends from the original wording</source>
        <translation>Ctrl+M: التعديل انطلاقًا من الصياغة الأصلية</translation>
    </message>
    <message>
        <source>Amendment redline</source>
        <translation>التعديل مع إبراز التغييرات</translation>
    </message>
    <message>
        <source>Colleagues&apos; positions</source>
        <translation>مواقف الزملاء</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>الأولوية(&amp;P)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>ملاحظة داخلية(&amp;N)</translation>
    </message>
    <message>
        <source>Public &amp;reason</source>
        <translation>المبرر المعلن(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>التعديل(&amp;A)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>No colleague has a position here.</source>
        <translation>لا يوجد موقف لأي زميل هنا.</translation>
    </message>
    <message>
        <source>The team disagrees on this item.</source>
        <translation>الفريق مختلف على هذا البند.</translation>
    </message>
    <message>
        <source>capital: %1</source>
        <translation>العاصمة: %1</translation>
    </message>
    <message>
        <source>room: %1</source>
        <translation>القاعة: %1</translation>
    </message>
    <message>
        <source>proposals by %1</source>
        <translation>مقترحات من %1</translation>
    </message>
    <message>
        <source>No change from the original yet.</source>
        <translation>لا تغيير في النص الأصلي بعد.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>%1 items selected: %2. A stance key sets all of them.</source>
        <translation>%1 من البنود محددة: %2. مفتاح الموقف يحدد موقفها جميعًا.</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>لم يُحدَّد أي بند</translation>
    </message>
    <message>
        <source>Carried from %1; the text has changed since: recheck it.</source>
        <translation>منقول من %1؛ تغيّر النص منذ ذلك الحين: راجِعه من جديد.</translation>
    </message>
    <message>
        <source>Carried from an earlier version; the text has changed: recheck it.</source>
        <translation>منقول من نسخة سابقة؛ تغيّر النص: راجِعه من جديد.</translation>
    </message>
    <message>
        <source>Carried from %1.</source>
        <translation>منقول من %1.</translation>
    </message>
    <message>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>اختر بندًا من القائمة لقراءته وتحديد الموقف منه.</translation>
    </message>
</context>
<context>
    <name>DocumentVersionList</name>
    <message>
        <source>Documents to export</source>
        <translation>الوثائق المراد تصديرها</translation>
    </message>
    <message>
        <source>Tick the documents whose items the paper covers; the latest version of each text is ticked</source>
        <translation>حدِّد الوثائق التي تتناول الورقة فقراتها؛ أحدث صيغة من كل نص محددة مسبقًا</translation>
    </message>
    <message>
        <source>latest of %1 versions</source>
        <translation>أحدث صيغة من %1 صيغ</translation>
    </message>
    <message>
        <source>earlier version (the latest is [%1] %2)</source>
        <translation>صيغة سابقة (أحدث صيغة هي [%1] %2)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (النسخة %2)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Draft report</source>
        <translation>مشروع تقرير</translation>
    </message>
    <message>
        <source>Draft resolution</source>
        <translation>مشروع قرار</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>مشروع مقرر</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>تعديلات</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <source>Note by the Secretariat</source>
        <translation>مذكرة من الأمانة العامة</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>معاهدة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>تصدير إلى Word</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>Position paper</source>
        <translation>ورقة موقف</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>مذكرة إحاطة</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <translation>ملف داخلي</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نطاق التداول</translation>
    </message>
    <message>
        <source>Shareable — for other delegations</source>
        <translation>قابل للمشاركة — للوفود الأخرى</translation>
    </message>
    <message>
        <source>Internal — our delegation only</source>
        <translation>داخلي — لوفدنا فقط</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>كما في الوثيقة</translation>
    </message>
    <message>
        <source>Grouped by stance</source>
        <translation>مجمّعة حسب الموقف</translation>
    </message>
    <message>
        <source>Red lines and priorities first</source>
        <translation>الخطوط الحمراء والأولويات أولًا</translation>
    </message>
    <message>
        <source>List undecided paragraphs as under &amp;consideration</source>
        <translation>إدراج الفقرات التي لم يُحدَّد موقف بشأنها على أنها قيد النظر(&amp;C)</translation>
    </message>
    <message>
        <source>List undecided paragraphs</source>
        <translation>إدراج الفقرات التي لم يُحدَّد موقف بشأنها</translation>
    </message>
    <message>
        <source>A shareable paper leaves out paragraphs without a position; tick to name them as under consideration</source>
        <translation>تُغفل الورقة المعدّة للتوزيع الفقرات التي لا موقف بشأنها؛ حدِّد هذا الخيار لذكرها على أنها قيد النظر</translation>
    </message>
    <message>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>عرض التعديلات كتعقب تغييرات في Word(&amp;T)</translation>
    </message>
    <message>
        <source>Amendments as tracked changes</source>
        <translation>التعديلات كتعقب تغييرات</translation>
    </message>
    <message>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>تظهر الصياغة المقترحة كمراجعات في Word يمكن للقارئ قبولها أو رفضها</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>The delegation named as the author of the paper</source>
        <translation>الوفد المذكور بوصفه مؤلف الورقة</translation>
    </message>
    <message>
        <source>CyberTrack&apos;s default template</source>
        <translation>القالب الافتراضي لـ CyberTrack</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>قالب Word</translation>
    </message>
    <message>
        <source>A .docx or .dotx whose styles the paper uses; empty for the default</source>
        <translation>ملف .docx أو .dotx تستخدم الورقة أنماطه؛ يُترك فارغًا لاستخدام القالب الافتراضي</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>ملف الإخراج</translation>
    </message>
    <message>
        <source>Where the Word file is written</source>
        <translation>مكان كتابة ملف Word</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>فتح الملف عند الانتهاء(&amp;O)</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>الفتح عند الانتهاء</translation>
    </message>
    <message>
        <source>Open the written file in the word processor</source>
        <translation>فتح الملف المكتوب في معالج النصوص</translation>
    </message>
    <message>
        <source>What will be included</source>
        <translation>ما سيتم تضمينه</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير(&amp;E)</translation>
    </message>
    <message>
        <source>Write the Word file now</source>
        <translation>كتابة ملف Word الآن</translation>
    </message>
    <message>
        <source>Close this dialog without exporting</source>
        <translation>إغلاق مربع الحوار هذا دون تصدير</translation>
    </message>
    <message>
        <source>Choose the %1 of the paper</source>
        <translation>اختيار %1 للورقة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Opens a file chooser</source>
        <translation>يفتح أداة اختيار الملفات</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>نوع الوثيقة(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rofile</source>
        <translation>نطاق التداول(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>الترتيب(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>الوفد(&amp;D)</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>الوثائق(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>القالب(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>اختيار قالب</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>حفظ باسم(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>اختيار ملف الإخراج</translation>
    </message>
    <message>
        <source>item texts</source>
        <translation>نصوص البنود</translation>
    </message>
    <message>
        <source>stances</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>public reasons</source>
        <translation>المبررات المعلنة</translation>
    </message>
    <message>
        <source>proposed wording as tracked changes</source>
        <translation>الصياغة المقترحة كتعقب تغييرات</translation>
    </message>
    <message>
        <source>proposed wording as clean text</source>
        <translation>الصياغة المقترحة كنص نهائي</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>الملاحظات الداخلية</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>الأولويات</translation>
    </message>
    <message>
        <source>author initials</source>
        <translation>الأحرف الأولى للمؤلف</translation>
    </message>
    <message>
        <source>undecided paragraphs</source>
        <translation>الفقرات التي لم يُحدَّد موقف بشأنها</translation>
    </message>
    <message>
        <source>undecided paragraphs, as under consideration</source>
        <translation>الفقرات التي لم يُحدَّد موقف بشأنها، على أنها قيد النظر</translation>
    </message>
    <message>
        <source>stance history</source>
        <translation>سجل المواقف</translation>
    </message>
    <message>
        <source>Included: %1.</source>
        <translation>مُضمَّن: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>مُستبعَد: %1.</translation>
    </message>
    <message>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>مؤلف الملف هو الوفد، وليس أنت.</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>اختيار قالب Word</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>مستندات Word وقوالبه (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>حفظ التصدير باسم</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>choose at least one document</source>
        <translation>اختر وثيقة واحدة على الأقل</translation>
    </message>
    <message>
        <source>Writing %1 items to %2…</source>
        <translation>جارٍ كتابة %1 من البنود في %2…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>تمت كتابة %1 (%2 من البنود).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>لم يُصدَّر: %1</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Export position pack</source>
        <translation>تصدير حزمة مواقف</translation>
    </message>
    <message>
        <source>My positions (%1)</source>
        <translation>مواقفي (%1)</translation>
    </message>
    <message>
        <source>The whole team&apos;s positions</source>
        <translation>مواقف الفريق كله</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>التغييرات منذ فقط</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>التغييرات منذ</translation>
    </message>
    <message>
        <source>Optional: seal the pack for email</source>
        <translation>اختياري: اختم الحزمة لإرسالها بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in items (Ctrl+F)</source>
        <translation>البحث في البنود (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in items</source>
        <translation>البحث في البنود</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <source>Search the item text, your own notes and wording, or both (Ctrl+Shift+F)</source>
        <translation>البحث في نص البند أو في ملاحظاتك وصياغتك أو في كليهما (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search in (Ctrl+Shift+F changes it)</source>
        <translation>البحث في (Ctrl+Shift+F للتغيير)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>My notes and wording</source>
        <translation>ملاحظاتي وصياغتي</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>التصفية حسب الموقف</translation>
    </message>
    <message>
        <source>Show only items with this stance, or undecided</source>
        <translation>عرض البنود التي لها هذا الموقف أو غير المحسومة فقط</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>أي موقف</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>التصفية حسب الفرع</translation>
    </message>
    <message>
        <source>Show only the items of one section</source>
        <translation>عرض بنود فرع واحد فقط</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>صياغة</translation>
    </message>
    <message>
        <source>Only items with an amendment</source>
        <translation>البنود التي لها تعديل فقط</translation>
    </message>
    <message>
        <source>Only items with proposed amendment wording</source>
        <translation>البنود التي لها صياغة تعديل مقترحة فقط</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Only items with a note</source>
        <translation>البنود التي لها ملاحظة فقط</translation>
    </message>
    <message>
        <source>Only items with an internal note</source>
        <translation>البنود التي لها ملاحظة داخلية فقط</translation>
    </message>
    <message>
        <source>Recheck</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Only items to recheck</source>
        <translation>البنود التي تحتاج إلى مراجعة فقط</translation>
    </message>
    <message>
        <source>Only positions carried onto a text that changed, not yet looked at again</source>
        <translation>المواقف المنقولة إلى نص تغيّر ولم تُراجَع بعد فقط</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Only items where the team disagrees</source>
        <translation>البنود التي يختلف عليها الفريق فقط</translation>
    </message>
    <message>
        <source>Only items where colleagues hold different stances</source>
        <translation>البنود التي يتخذ فيها الزملاء مواقف مختلفة فقط</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>إظهار جميع البنود مجددًا (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>جميع الفروع</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>CyberTrack user guide</source>
        <translation>دليل مستخدم CyberTrack</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Our stance: %1 → %2</source>
        <translation>موقفنا: %1 ← %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>القاعة: %1</translation>
    </message>
    <message>
        <source>Room: %1 → %2</source>
        <translation>القاعة: %1 ← %2</translation>
    </message>
    <message>
        <source>Capital: %1 → %2</source>
        <translation>العاصمة: %1 ← %2</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording edited</source>
        <translation>عُدّلت الصيغة البديلة للعاصمة</translation>
    </message>
    <message>
        <source>Capital&apos;s note edited</source>
        <translation>عُدّلت ملاحظة العاصمة</translation>
    </message>
    <message>
        <source>Proposal by %1 recorded</source>
        <translation>سُجّل مقترح %1</translation>
    </message>
    <message>
        <source>Proposal by %1 edited</source>
        <translation>عُدّل مقترح %1</translation>
    </message>
    <message>
        <source>Proposal by %1 withdrawn</source>
        <translation>سُحب مقترح %1</translation>
    </message>
    <message>
        <source>Proposal by %1 reinstated</source>
        <translation>أُعيد مقترح %1</translation>
    </message>
    <message>
        <source>Proposal by %1 removed</source>
        <translation>حُذف مقترح %1</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Stance history</source>
        <translation>سجل المواقف</translation>
    </message>
    <message>
        <source>Every change of stance on this item, with its time</source>
        <translation>كل تغيير في الموقف من هذا البند مع وقته</translation>
    </message>
    <message>
        <source>carried from %1</source>
        <translation>منقول من %1</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(أُلغي في %1)</translation>
    </message>
    <message>
        <source>No stance set yet: press 1, 2 or 3 to decide.</source>
        <translation>لم يُحدَّد موقف بعد: اضغط 1 أو 2 أو 3 لتقرّر.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>أُلغي: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>تقدّم القراءة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>e.g. A/80/604/Add.3</source>
        <translation>مثلًا: A/80/604/Add.3</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>تفاصيل الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>الرمز(&amp;Y):</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>تسمية النسخة</translation>
    </message>
    <message>
        <source>e.g. Rev.1, or the date of this text</source>
        <translation>مثلًا Rev.1 أو تاريخ هذا النص</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>ال&amp;نسخة:</translation>
    </message>
    <message>
        <source>Another document has this name</source>
        <translation>وثيقة أخرى تحمل هذا الاسم</translation>
    </message>
    <message>
        <source>Version to import</source>
        <translation>النسخة المراد استيرادها</translation>
    </message>
    <message>
        <source>As proposed (tracked changes accepted)</source>
        <translation>كما هي مقترحة (مع قبول التغييرات المتعقبة)</translation>
    </message>
    <message>
        <source>Original (tracked changes rejected)</source>
        <translation>الأصلية (مع رفض التغييرات المتعقبة)</translation>
    </message>
    <message>
        <source>Trac&amp;ked changes:</source>
        <translation>التغييرات المتعقبة(&amp;K):</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>تحذيرات الاستيراد</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <source>Keep in the &amp;library of precedent (a reference, not a text to negotiate)</source>
        <translation>الاحتفاظ به في مكتبة السوابق (مرجع، لا نص للتفاوض)(&amp;L)</translation>
    </message>
    <message>
        <source>Library of precedent</source>
        <translation>مكتبة السوابق</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد(&amp;I)</translation>
    </message>
    <message>
        <source>Import the ticked items</source>
        <translation>استيراد البنود المحددة</translation>
    </message>
    <message>
        <source>Import (Ctrl+Return)</source>
        <translation>استيراد (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>عُثر على %1 من البنود في %2 (%3). تحقّق منها ثم استوردها.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>البند من جدول الأعمال</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Statements by</source>
        <translation>بيانات من</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>مقدمو المشروع</translation>
    </message>
    <message>
        <source>Already in the workspace: %1. Give this version a label that tells it apart.</source>
        <translation>موجود بالفعل في مساحة العمل: %1. أعطِ هذه النسخة تسمية تميّزها.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>تعذّر الاستيراد: %1</translation>
    </message>
    <message>
        <source>Importing %1 items…</source>
        <translation>جارٍ استيراد %1 من البنود…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>لم يُستورد: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The room as of %1</source>
        <translation>القاعة في %1</translation>
    </message>
    <message>
        <source>Room (as of)</source>
        <translation>القاعة (في وقت)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>علامات</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>العاصمة</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>له ملاحظة</translation>
    </message>
    <message>
        <source>has an amendment</source>
        <translation>له تعديل</translation>
    </message>
    <message>
        <source>carried onto a changed text: recheck</source>
        <translation>منقول إلى نص تغيّر: للمراجعة</translation>
    </message>
    <message>
        <source>the team disagrees</source>
        <translation>الفريق مختلف</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>بنود مرقّمة مع مواقفها؛ يحدّد المفتاح 1 أو 2 أو 3 أو 0 الموقف</translation>
    </message>
    <message>
        <source>Item columns: click to sort</source>
        <translation>أعمدة البنود: انقر للفرز</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <source>Nothing to show</source>
        <translation>لا شيء لعرضه</translation>
    </message>
    <message>
        <source>%1 selected ·</source>
        <translation>%1 محددة ·</translation>
    </message>
    <message>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>استورد وثيقة أو أفلتها هنا (Ctrl+I) لبدء تحديد المواقف.</translation>
    </message>
    <message>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>لا توجد بنود مطابقة لعوامل التصفية هذه.
امسحها باستخدام Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 ·</source>
        <translation>عرض %1 من %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Links from %1 to %2</source>
        <translation>الروابط من %1 إلى %2</translation>
    </message>
    <message>
        <source>Candidate links</source>
        <translation>الروابط المرشحة</translation>
    </message>
    <message>
        <source>No links between these versions yet. Press F to find candidate links.</source>
        <translation>لا توجد روابط بين هاتين النسختين بعد. اضغط F للبحث عن روابط محتملة.</translation>
    </message>
    <message>
        <source>The two texts, differences marked</source>
        <translation>النصان مع إبراز الفروق</translation>
    </message>
    <message>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C تأكيد · R رفض · P الربط ببند آخر · F البحث عن روابط مرشحة · J/K التالي/السابق</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>تغيير وجهة الرابط</translation>
    </message>
    <message>
        <source>The old item is the same as:</source>
        <translation>البند القديم يطابق:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Was</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>حاليًا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>متغيّر</translation>
    </message>
    <message>
        <source>same</source>
        <translation>مطابق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last time, in %1 %2: %3</source>
        <translation>في المرة السابقة، في %1 %2: %3</translation>
    </message>
    <message>
        <source>text changed since</source>
        <translation>تغيّر النص منذ ذلك الحين</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>استورد أولًا نسخة ثانية من النص (ملف ▸ استيراد، Ctrl+I).</translation>
    </message>
    <message>
        <source>Linking the two versions…</source>
        <translation>جارٍ الربط بين النسختين…</translation>
    </message>
    <message>
        <source>Export stance sheet</source>
        <translation>تصدير جدول المواقف</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>تمت كتابة %1 (%2 من البنود).</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>استيراد جدول المواقف</translation>
    </message>
    <message>
        <source>About CyberTrack</source>
        <translation>حول CyberTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;موقف وفدكم من كل بند من بنود نص التفاوض، دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;الترخيص: MIT. صُمّم باستخدام Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>البنود المعروضة</translation>
    </message>
    <message>
        <source>Documents (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;All files (*)</source>
        <translation>الوثائق (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>أدوات أخرى</translation>
    </message>
    <message>
        <source>The toolbar&apos;s buttons that do not fit</source>
        <translation>أزرار شريط الأدوات التي لا تتسع لها المساحة</translation>
    </message>
    <message>
        <source>Items selected</source>
        <translation>البنود المحددة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every item shown has a stance.</source>
        <translation>حُدِّد موقف لكل البنود المعروضة.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>استيراد وثائق</translation>
    </message>
    <message>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <source>Import a document to begin</source>
        <translation>استورد وثيقة للبدء</translation>
    </message>
    <message>
        <source>Writing the change…</source>
        <translation>جارٍ حفظ التغيير…</translation>
    </message>
    <message>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>للقراءة فقط: تتعذّر الكتابة في ملف مساحة العمل هذا (ملف أو مجلد أو قرص للقراءة فقط). يمكنك القراءة والتصدير، ولكن لا تُقبل التغييرات.</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>مساحة عمل للقراءة فقط</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{name} is empty</source>
        <translation>{name} فارغ</translation>
    </message>
    <message>
        <source>{name} contains no numbered paragraphs or recommendations</source>
        <translation>لا يحتوي {name} على فقرات مرقّمة أو توصيات</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document</source>
        <translation>{path} مجلد وليس وثيقة</translation>
    </message>
    <message>
        <source>{name} is too large to be a meeting document ({size} MB)</source>
        <translation>{name} أكبر من أن يكون وثيقة اجتماع ({size} ميغابايت)</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in text form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} أكبر من الحجم المعقول لوثيقة اجتماع بصيغة نصية ({size} ميغابايت؛ والحد الأقصى {limit} ميغابايت)</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>تتعذّر قراءة {path} (الإذن مرفوض)</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>تتعذّر قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a real {kind} file (its content is of another kind)</source>
        <translation>{name} ليس ملف {kind} حقيقيًا (محتواه من نوع آخر)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file; save it as .docx in Word</source>
        <translation>{name} ملف Word ثنائي قديم (.doc)؛ احفظه بصيغة .docx في Word</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, a presentation or another kind of archive, not a Word (.docx) or OpenDocument (.odt) text</source>
        <translation>{name} جدول بيانات أو عرض تقديمي أو نوع آخر من الأرشيف، وليس نصاً بتنسيق Word (.docx) أو OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>{name} is an e-mail whose text is empty; the documents attached to it ({files}) are not read from it: save them and import each</source>
        <translation>{name} رسالة بريد إلكتروني نصها فارغ؛ ولا تُقرأ منها الوثائق المرفقة بها ({files}): احفظها واستورد كل واحدة منها</translation>
    </message>
    <message>
        <source>the e-mail&apos;s text is imported; the documents attached to it ({files}) are not: save them and import each</source>
        <translation>يُستورد نص رسالة البريد الإلكتروني؛ أما الوثائق المرفقة بها ({files}) فلا: احفظها واستورد كل واحدة منها</translation>
    </message>
    <message>
        <source>the text of {name} holds no numbered paragraphs: the document attached to it, {file}, is imported</source>
        <translation>لا يتضمن نص {name} فقرات مرقمة: تُستورد الوثيقة المرفقة به، {file}</translation>
    </message>
    <message>
        <source>{name} is an Outlook message, not a document: save the document it carries (or its text) and import that</source>
        <translation>{name} رسالة Outlook وليست وثيقة: احفظ الوثيقة المرفقة بها (أو نصها) واستوردها</translation>
    </message>
    <message>
        <source>{name} is an Excel or PowerPoint file (or another old Office file), not a Word document</source>
        <translation>{name} ملف Excel أو PowerPoint (أو ملف Office قديم آخر)، وليس وثيقة Word</translation>
    </message>
    <message>
        <source>{name} is not a document CyberTrack can read (binary content)</source>
        <translation>{name} ليس وثيقة يمكن لـ CyberTrack قراءتها (محتوى ثنائي)</translation>
    </message>
    <message>
        <source>{name} is not valid text (unknown character encoding)</source>
        <translation>{name} ليس نصًا صالحًا (ترميز الأحرف غير معروف)</translation>
    </message>
    <message>
        <source>{name} is not in Unicode: it was read as {encoding}; check that its letters look right</source>
        <translation>{name} ليس بترميز Unicode: قُرئ بترميز {encoding}؛ تحقق من أن حروفه تظهر على نحو صحيح</translation>
    </message>
    <message>
        <source>{name}: {kind} files are not supported</source>
        <translation>{name}: ملفات {kind} غير مدعومة</translation>
    </message>
    <message>
        <source>{name} could not be read as {kind} ({reason})</source>
        <translation>تعذّرت قراءة {name} كملف {kind} ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (damaged or not .docx)</source>
        <translation>{name} ليس ملف Word قابلًا للقراءة (تالف أو ليس بصيغة .docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document ({reason})</source>
        <translation>{name} ليس مستند Word ({reason})</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (its XML cannot be read)</source>
        <translation>{name} ملف Word تالف (تتعذّر قراءة محتواه بصيغة XML)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file: its part {part} is missing</source>
        <translation>{name} ملف Word تالف: الجزء {part} منه مفقود</translation>
    </message>
    <message>
        <source>{name} is password-protected; remove the password in Word and import it again</source>
        <translation>{name} محمي بكلمة مرور؛ أزل كلمة المرور في Word ثم استورده مرة أخرى</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its zip container is damaged)</source>
        <translation>{name} ليس ملف Word قابلًا للقراءة (حاوية zip الخاصة به تالفة)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (a part cannot be unpacked)</source>
        <translation>{name} ملف Word تالف (يتعذّر فك ضغط أحد أجزائه)</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count} parts, far more than any document</source>
        <translation>رُفض {name}: فعدد الأجزاء التي يضمها ({count}) يفوق بكثير ما تحويه أي وثيقة</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size} MB, which only a zip bomb does</source>
        <translation>رُفض {name}: إذ سيبلغ حجمه بعد فك الضغط {size} ميغابايت، وهو ما لا يحدث إلا مع قنابل zip</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} expands {ratio} times, which only a zip bomb does</source>
        <translation>رُفض {name}: إذ يتضخم الجزء {part} منه بمعامل {ratio} عند فك الضغط، وهو ما لا يحدث إلا مع قنابل zip</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} declares XML entities (DOCTYPE/ENTITY), which Word never writes and attacks use</source>
        <translation>رُفض {name}: إذ يعلن الجزء {part} منه عن كيانات XML (DOCTYPE/ENTITY)، وهي كيانات لا يكتبها Word أبدًا وتُستخدم في الهجمات</translation>
    </message>
    <message>
        <source>{name} is not a readable OpenDocument text (.odt) file (damaged)</source>
        <translation>{name} ليس ملف نص OpenDocument (.odt) قابلًا للقراءة (تالف)</translation>
    </message>
    <message>
        <source>{name} is a damaged OpenDocument text file: its part {part} is missing</source>
        <translation>{name} ملف نص OpenDocument تالف: الجزء {part} مفقود منه</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy in LibreOffice</source>
        <translation>{name} محمي بكلمة مرور؛ احفظ نسخة غير محمية منه في LibreOffice</translation>
    </message>
    <message>
        <source>{name} is not a readable RTF file ({reason})</source>
        <translation>{name} ليس ملف RTF قابلًا للقراءة ({reason})</translation>
    </message>
    <message>
        <source>{name} is refused: it declares entities (&lt;!ENTITY&gt;), which web pages never need</source>
        <translation>رُفض {name}: فهو يعلن كيانات (&lt;!ENTITY&gt;) لا تحتاج إليها صفحات الويب أبدًا</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in {kind} form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} أكبر من الحجم المعقول لوثيقة اجتماع بصيغة {kind} ({size} ميغابايت؛ والحد الأقصى {limit} ميغابايت)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file and LibreOffice could not convert it ({reason}); save it as .docx in Word</source>
        <translation>{name} ملف Word ثنائي قديم (.doc) تعذّر على LibreOffice تحويله ({reason})؛ احفظه بصيغة .docx في Word</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy</source>
        <translation>{name} محمي بكلمة مرور؛ احفظ نسخة غير محمية منه</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or truncated)</source>
        <translation>{name} ليس ملف PDF قابلًا للقراءة (تالف أو مبتور)</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (a page cannot be read)</source>
        <translation>{name} ملف PDF تالف (تتعذّر قراءة إحدى صفحاته)</translation>
    </message>
    <message>
        <source>{name} has no text layer (a scanned image?); ask for the Word or text version</source>
        <translation>لا يحتوي {name} على طبقة نصية (هل هو صورة ممسوحة ضوئيًا؟)؛ اطلب نسخة Word أو النسخة النصية</translation>
    </message>
    <message>
        <source>{name} is refused: its compressed streams would expand past {limit} MB, which only a compression bomb does</source>
        <translation>تم رفض {name}: ستتجاوز تدفقاته المضغوطة {limit} ميغابايت بعد فك الضغط، وهذا لا تفعله إلا قنبلة ضغط</translation>
    </message>
    <message>
        <source>the text of page(s) {pages} does not read as words (a font that maps its characters wrongly?): compare those pages with the printed document</source>
        <translation>نص الصفحة أو الصفحات {pages} لا يُقرأ ككلمات (خط يربط محارفه بشكل خاطئ؟): قارن هذه الصفحات بالوثيقة المطبوعة</translation>
    </message>
    <message>
        <source>no text on page(s) {pages}, only images (a scan, a map or a chart?): what they show is not imported</source>
        <translation>لا يوجد نص في الصفحة (الصفحات) {pages}، بل صور فقط (مسح ضوئي أو خريطة أو رسم بياني؟): لم يُستورد ما تعرضه</translation>
    </message>
    <message>
        <source>large pictures in the Word file ({n}, the first {where}): a scan, a map or a chart? What they show is not imported</source>
        <translation>صور كبيرة في ملف Word ({n}، أولاها {where}): مسح ضوئي أو خريطة أو رسم بياني؟ لم يُستورد ما تعرضه</translation>
    </message>
    <message>
        <source>hidden text in the Word file ({chars} characters, the first {excerpt!q}): Word does not show it, so it is not imported</source>
        <translation>نص مخفي في ملف Word ({chars} حرفا، أوله {excerpt!q}): لا يعرضه Word، ولذلك لا يُستورد</translation>
    </message>
    <message>
        <source>{n} {n|comment|comments} in the margin of the {kind} file (the first {excerpt!q}): comments are not imported; read them in the file</source>
        <translation>{n} {n|تعليق|تعليق|تعليقان|تعليقات|تعليقا|تعليق} في هامش ملف {kind} (أولها {excerpt!q}): لا تُستورد التعليقات؛ اقرأها في الملف</translation>
    </message>
    <message>
        <source>text struck through in {n} {n|paragraph|paragraphs} of the Word file (the first {excerpt!q}): a deletion proposed by formatting, not a tracked change? It is kept in the items as if it stood: read them against the document</source>
        <translation>نص مشطوب في {n} {n|فقرة|فقرة|فقرتين|فقرات|فقرة|فقرة} من ملف Word (أوله {excerpt!q}): هل هو حذف مقترح بالتنسيق لا تغيير متتبَّع؟ يُبقى عليه في البنود كما لو كان قائما: اقرأها مقارنةً بالوثيقة</translation>
    </message>
    <message>
        <source>{n} tracked {n|change|changes} in the {kind} file, read as proposed (changes accepted): text proposed for deletion is left out. Import its Word (.docx) version to see each change</source>
        <translation>{n} {n|تغيير متتبَّع|تغيير متتبَّع|تغييران متتبَّعان|تغييرات متتبَّعة|تغييرا متتبَّعا|تغيير متتبَّع} في ملف {kind}، قُرئ كما هو مقترح (التغييرات مقبولة): يُترك النص المقترح حذفه. استورد نسخته بصيغة Word (.docx) لرؤية كل تغيير</translation>
    </message>
    <message>
        <source>read as the cover page, before the first paragraph or heading ({chars} characters): {excerpt!q}</source>
        <translation>قُرئ على أنه صفحة الغلاف، قبل الفقرة أو العنوان الأول ({chars} حرفا): {excerpt!q}</translation>
    </message>
    <message>
        <source>the text is printed again from {excerpt!q} on, in another language: that copy ({chars} {chars|character|characters}) was not imported</source>
        <translation>يُطبع النص مرة أخرى ابتداءً من {excerpt!q} بلغة أخرى: لم تُستورد تلك النسخة ({chars} {chars|حرف|حرف|حرفان|أحرف|حرفًا|حرف})</translation>
    </message>
    <message>
        <source>after {excerpt!q}</source>
        <translation>بعد {excerpt!q}</translation>
    </message>
    <message>
        <source>at the start of the document</source>
        <translation>في بداية الوثيقة</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items}</source>
        <translation>تم استيراد {document}: {n} {n|بند|بند|بندان|بنود|بندًا|بند}</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items} (new version of {symbol})</source>
        <translation>تم استيراد {document}: {n} {n|بند|بند|بندان|بنود|بندًا|بند} (نسخة جديدة من {symbol})</translation>
    </message>
    <message>
        <source>the numbering jumps from {first} to {next}: a paragraph may be missing</source>
        <translation>يقفز الترقيم من {first} إلى {next}: قد تكون هناك فقرة ناقصة</translation>
    </message>
    <message>
        <source>no paragraph carries a printed number: {n} {n|paragraph is|paragraphs are} numbered in reading order</source>
        <translation>لا تحمل أي فقرة رقمًا مطبوعًا: رُقّمت {n} {n|فقرة|فقرة|فقرتان|فقرات|فقرةً|فقرة} بترتيب القراءة</translation>
    </message>
    <message>
        <source>{n} {n|item is|items are} numbered as a Markdown viewer shows them: the text repeats the same list number before each</source>
        <translation>{n} {n|بند مرقم|بند مرقم|بندان مرقمان|بنود مرقمة|بندًا مرقمًا|بند مرقم} كما يعرضها عارض Markdown: يكرر النص رقم القائمة نفسه قبل كل بند</translation>
    </message>
    <message>
        <source>read as a meeting record: {n} {n|statement|statements} by {speakers} {speakers|speaker|speakers}, numbered in reading order</source>
        <translation>قُرئ كمحضر جلسة: {n} {n|بيان|بيان|بيانان|بيانات|بيانًا|بيان} من {speakers} {speakers|متكلم|متكلم|متكلمَين|متكلمين|متكلمًا|متكلم}، مرقمة بترتيب القراءة</translation>
    </message>
    <message>
        <source>{name} is already in the workspace (document {document_id})</source>
        <translation>{name} موجود بالفعل في مساحة العمل (الوثيقة {document_id})</translation>
    </message>
    <message>
        <source>added {document} to the library of precedent: {n} {n|paragraph|paragraphs}</source>
        <translation>أُضيف {document} إلى مكتبة السوابق: {n} {n|فقرة|فقرة|فقرتان|فقرات|فقرةً|فقرة}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <source>under {heading!q}</source>
        <translation>تحت {heading!q}</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>قبل العنوان الأول</translation>
    </message>
    <message>
        <source>{missing} missing between {before} and {after} ({where})</source>
        <translation>{missing} مفقود بين {before} و{after} ({where})</translation>
    </message>
    <message>
        <source>{missing} missing before {first} ({where})</source>
        <translation>{missing} مفقود قبل {first} ({where})</translation>
    </message>
    <message>
        <source>{number} appears twice ({where})</source>
        <translation>{number} يرد مرتين ({where})</translation>
    </message>
    <message>
        <source>{number} comes after {previous}, out of order ({where})</source>
        <translation>{number} يأتي بعد {previous} خارج الترتيب ({where})</translation>
    </message>
    <message>
        <source>text in no item or heading ({where}, {chars} {chars|character|characters}): {excerpt!q}</source>
        <translation>نص خارج أي بند أو عنوان ({where}، {chars} {chars|حرف|حرف|حرفان|أحرف|حرفًا|حرف}): {excerpt!q}</translation>
    </message>
    <message>
        <source>{share}% of the body text is in no item or heading</source>
        <translation>{share}% من نص المتن خارج أي بند أو عنوان</translation>
    </message>
    <message>
        <source>{share}% of the body text in items or headings; tables {tables} {tables|character|characters}, footnotes {footnotes} {footnotes|character|characters}</source>
        <translation>{share}% من نص المتن في البنود أو العناوين؛ الجداول {tables} {tables|حرف|حرف|حرفان|أحرف|حرفًا|حرف}، والحواشي {footnotes} {footnotes|حرف|حرف|حرفان|أحرف|حرفًا|حرف}</translation>
    </message>
    <message>
        <source>{n} {n|item carries|items carry} tracked changes; imported as {view}</source>
        <translation>{n} {n|بند|بند|بندان|بنود|بندًا|بند} فيها تغييرات متعقبة؛ النسخة المستوردة: {view}</translation>
    </message>
    <message>
        <source>proposed (changes accepted)</source>
        <translation>المقترحة (مع قبول التغييرات)</translation>
    </message>
    <message>
        <source>original (changes rejected)</source>
        <translation>الأصلية (مع رفض التغييرات)</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): its numbering has {n} {n|gap|gaps}; nothing was imported</source>
        <translation>رُفض {name} (--strict): في ترقيمه {n} {n|ثغرة|ثغرة|ثغرتان|ثغرات|ثغرةً|ثغرة}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): {share}% of its body text is in no item or heading (the limit is {limit}%); nothing was imported</source>
        <translation>رُفض {name} (--strict): {share}% من نص متنه خارج أي بند أو عنوان (والحد {limit}%)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) CyberTrack can read</source>
        <translation>{name} ليس مصنف Excel (.xlsx) يمكن لـ CyberTrack قراءته</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{name} ليس مصنف Excel (.xlsx): {reason}</translation>
    </message>
    <message>
        <source>{name} has no column {column!q}; export a stance sheet to see the layout</source>
        <translation>لا يحتوي {name} على العمود {column!q}؛ صدِّر جدول مواقف للاطلاع على البنية المطلوبة</translation>
    </message>
    <message>
        <source>{name}: the stance sheet is an Excel file; name it .xlsx</source>
        <translation>{name}: جدول المواقف ملف Excel؛ اجعل امتداده .xlsx</translation>
    </message>
    <message>
        <source>row {row}: no item id (the first column must keep the exported id)</source>
        <translation>الصف {row}: لا يوجد معرّف للبند (يجب أن يحتفظ العمود الأول بالمعرّف المصدَّر)</translation>
    </message>
    <message>
        <source>row {row}: no item with id {item_id} in this workspace</source>
        <translation>الصف {row}: لا يوجد في مساحة العمل هذه بند معرّفه {item_id}</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} is {label} here, not {sheet_label}</source>
        <translation>الصف {row}: البند {item_id} هنا هو {label} وليس {sheet_label}</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} appears twice; only its first row is used</source>
        <translation>الصف {row}: يظهر البند {item_id} مرتين؛ ولا يُستخدم إلا صفه الأول</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>الصف {row}: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} مجلد وليس ملف مساحة عمل</translation>
    </message>
    <message>
        <source>there is no workspace at {path}: check the path (--db or $CYBERTRACK_DB); an import makes a new one</source>
        <translation>لا توجد مساحة عمل في {path}: تحقق من المسار (--db أو $CYBERTRACK_DB)؛ الاستيراد ينشئ مساحة جديدة</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>يتعذّر فتح {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: the disk is full, failing or gone ({reason}); the file was not changed</source>
        <translation>يتعذّر فتح {path}: القرص ممتلئ أو معطّل أو غير متصل ({reason})؛ ولم يُغيَّر الملف</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment</source>
        <translation>{path} قيد الاستخدام في برنامج آخر؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <source>cannot open {path}: the file or its folder cannot be used</source>
        <translation>يتعذّر فتح {path}: لا يمكن استخدام الملف أو المجلد الذي يحتويه</translation>
    </message>
    <message>
        <source>{path} is damaged or not a CyberTrack workspace ({reason})</source>
        <translation>{path} تالف أو ليس مساحة عمل CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} تالف ({reason})</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but its backup {backup} could not be written ({reason}); the file was not changed</source>
        <translation>يحتاج {path} إلى ترقية، لكن تعذّرت كتابة نسخته الاحتياطية {backup} ({reason})؛ ولم يُغيَّر الملف</translation>
    </message>
    <message>
        <source>{path} was written by a newer CyberTrack (schema {version}; this version reads up to {supported}). Update CyberTrack to open it; the file was not changed.</source>
        <translation>كُتب {path} بإصدار أحدث من CyberTrack (المخطط {version}؛ وهذا الإصدار يقرأ حتى المخطط {supported}). حدِّث CyberTrack لفتحه؛ ولم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>{path} could not be prepared: {reason}</source>
        <translation>تعذّرت تهيئة {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: it does not exist</source>
        <translation>يتعذّر فتح {path}: فهو غير موجود</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by a newer CyberTrack; update CyberTrack to open it</source>
        <translation>{path} للقراءة فقط وقد كُتب بإصدار أحدث من CyberTrack؛ حدِّث CyberTrack لفتحه</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older CyberTrack; copy it to a writable folder to upgrade it</source>
        <translation>{path} للقراءة فقط وقد كُتب بإصدار أقدم من CyberTrack؛ انسخه إلى مجلد قابل للكتابة لترقيته</translation>
    </message>
    <message>
        <source>{path} is not a readable CyberTrack workspace ({reason})</source>
        <translation>{path} ليس مساحة عمل CyberTrack قابلة للقراءة ({reason})</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>{name} مفتوح للقراءة فقط (تتعذّر الكتابة في الملف أو في مجلده)؛ ولم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the workspace file {path} is no longer there (was its disk removed?); nothing was changed — reconnect it and reopen CyberTrack; everything saved before is in that file</source>
        <translation>ملف مساحة العمل {path} لم يعد موجودًا (هل أُزيل القرص الذي يحويه؟)؛ ولم يُغيَّر شيء — أعد توصيل القرص ثم أعد فتح CyberTrack؛ فكل ما حُفظ من قبل موجود في ذلك الملف</translation>
    </message>
    <message>
        <source>the workspace is busy in another CyberTrack window or command; try again</source>
        <translation>مساحة العمل قيد الاستخدام في نافذة أخرى من CyberTrack أو في أمر آخر؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the workspace file is read-only; nothing was changed</source>
        <translation>ملف مساحة العمل للقراءة فقط؛ ولم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the workspace could not be written ({reason}); your earlier work is safe</source>
        <translation>تعذّرت الكتابة في مساحة العمل ({reason})؛ وعملك السابق في أمان</translation>
    </message>
    <message>
        <source>the workspace could not be written: {reason}</source>
        <translation>تعذّرت الكتابة في مساحة العمل: {reason}</translation>
    </message>
    <message>
        <source>the change was refused ({reason}); nothing was saved</source>
        <translation>رُفض التغيير ({reason})؛ ولم يُحفظ شيء</translation>
    </message>
    <message>
        <source>the workspace file is damaged ({reason}); nothing was changed — restore a backup (File &gt; Restore from backup…, or cybertrack restore)</source>
        <translation>ملف مساحة العمل تالف ({reason})؛ ولم يُغيَّر شيء — استعد نسخة احتياطية (ملف &gt; استعادة من نسخة احتياطية…، أو cybertrack restore)</translation>
    </message>
    <message>
        <source>{path} is the open workspace; choose another file</source>
        <translation>{path} هو مساحة العمل المفتوحة؛ اختر ملفًا آخر</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>تتعذّر كتابة {path}: {reason}</translation>
    </message>
    <message>
        <source>no backup could be written: {reason}</source>
        <translation>تعذّرت كتابة أي نسخة احتياطية: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); choose another backup</source>
        <translation>{name} تالف ({reason})؛ اختر نسخة احتياطية أخرى</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack workspace ({reason})</source>
        <translation>{name} ليس مساحة عمل CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{name} was written by a newer CyberTrack</source>
        <translation>كُتب {name} بإصدار أحدث من CyberTrack</translation>
    </message>
    <message>
        <source>the backup could not be restored: {reason}</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>there is no backup number {number} (see cybertrack backups)</source>
        <translation>لا توجد نسخة احتياطية رقم {number} (انظر cybertrack backups)</translation>
    </message>
    <message>
        <source>restored {name}; the previous state is saved as {safety}</source>
        <translation>تمت استعادة {name}؛ وحُفظت الحالة السابقة باسم {safety}</translation>
    </message>
    <message>
        <source>{problem}. There is no good backup of it; the file was not changed</source>
        <translation>{problem}. ولا توجد له نسخة احتياطية سليمة؛ ولم يُغيَّر الملف</translation>
    </message>
    <message>
        <source>{problem}. Nothing was changed</source>
        <translation>{problem}. ولم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the damaged workspace could not be moved aside ({reason}); nothing was changed</source>
        <translation>تعذّر نقل مساحة العمل التالفة جانبًا ({reason})؛ ولم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the backup could not be put in place ({reason}); the damaged file is at {damaged}</source>
        <translation>تعذّر وضع النسخة الاحتياطية في مكانها ({reason})؛ والملف التالف موجود في {damaged}</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>لا توجد وثيقة معرّفها {document_id}</translation>
    </message>
    <message>
        <source>no item with id {item_id}</source>
        <translation>لا يوجد بند معرّفه {item_id}</translation>
    </message>
    <message>
        <source>document {document_id} has no item numbered {number}</source>
        <translation>لا يوجد في الوثيقة {document_id} بند رقمه {number}</translation>
    </message>
    <message>
        <source>a number given is too large to name an item, a document or a count</source>
        <translation>عدد مُعطى أكبر من أن يدل على بند أو وثيقة أو كمية</translation>
    </message>
    <message>
        <source>document {document_id} has more than one item numbered {number} (items {ids}): name the item by its id, as `cybertrack items` lists it</source>
        <translation>في الوثيقة {document_id} أكثر من بند يحمل الرقم {number} (البنود {ids}): حدِّد البند بمعرّفه كما يعرضه `cybertrack items`</translation>
    </message>
    <message>
        <source>{reference!q} is neither an item id nor DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} ليس معرّف بند ولا مرجعًا بالصيغة DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>{reference!q} is not DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} ليس بالصيغة DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>no delegation with id {delegation_id}</source>
        <translation>لا يوجد وفد معرّفه {delegation_id}</translation>
    </message>
    <message>
        <source>no delegation named {name!q} (see: cybertrack delegations)</source>
        <translation>لا يوجد وفد باسم {name!q} (انظر: cybertrack delegations)</translation>
    </message>
    <message>
        <source>unknown {what} {value!q} (choose {choices})</source>
        <translation>{what}: القيمة {value!q} غير معروفة (اختر من: {choices})</translation>
    </message>
    <message>
        <source>Import {document}</source>
        <translation>استيراد {document}</translation>
    </message>
    <message>
        <source>Import (already present)</source>
        <translation>استيراد (موجود بالفعل)</translation>
    </message>
    <message>
        <source>Set {n} {n|item|items} to {stance}</source>
        <translation>تحديد الموقف من {n} {n|بند|بند|بندين|بنود|بندًا|بند}: {stance}</translation>
    </message>
    <message>
        <source>Set {item} to {stance}</source>
        <translation>تحديد موقف {item}: {stance}</translation>
    </message>
    <message>
        <source>Edit the {field} of {item}</source>
        <translation>تحرير حقل {field} في {item}</translation>
    </message>
    <message>
        <source>Mark {n} {n|item|items} as checked</source>
        <translation>وضع علامة المراجعة على {n} {n|بند|بند|بندين|بنود|بندًا|بند}</translation>
    </message>
    <message>
        <source>Set priority of {n} {n|item|items} to {priority}</source>
        <translation>تحديد أولوية {n} {n|بند|بند|بندين|بنود|بندًا|بند}: {priority}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>تحرير {field}</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>تعيين الإعداد {key}</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>{key} = (unset)</source>
        <translation>{key} = (غير معيَّن)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>لا تغيير</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>استعادة {name}</translation>
    </message>
    <message>
        <source>Link documents {old} and {new}</source>
        <translation>الربط بين الوثيقتين {old} و{new}</translation>
    </message>
    <message>
        <source>{n} new candidate {n|link|links}</source>
        <translation>{n} {n|رابط مرشح جديد|رابط مرشح جديد|رابطان مرشحان جديدان|روابط مرشحة جديدة|رابطًا مرشحًا جديدًا|رابط مرشح جديد}</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>تأكيد الرابط</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>رفض الرابط</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>تغيير وجهة الرابط</translation>
    </message>
    <message>
        <source>Carry {n} {n|position|positions} to the new version</source>
        <translation>ترحيل {n} {n|موقف|موقف|موقفين|مواقف|موقفًا|موقف} إلى النسخة الجديدة</translation>
    </message>
    <message>
        <source>carried {n} {n|position|positions} to {document}; {recheck} marked to recheck because their text changed</source>
        <translation>نُقل {n} {n|موقف|موقف|موقفين|مواقف|موقفًا|موقف} إلى {document}؛ ووُضعت علامة مراجعة على {recheck} لأن نصها تغيّر</translation>
    </message>
    <message>
        <source>Add {n} {n|delegation|delegations}</source>
        <translation>إضافة {n} {n|وفد|وفد|وفدين|وفود|وفدًا|وفد}</translation>
    </message>
    <message>
        <source>{n} {n|delegation|delegations} added</source>
        <translation>تمت إضافة {n} {n|وفد|وفد|وفدين|وفود|وفدًا|وفد}</translation>
    </message>
    <message>
        <source>Record a delegation&apos;s stance</source>
        <translation>تسجيل موقف وفد</translation>
    </message>
    <message>
        <source>Record delegations&apos; stances</source>
        <translation>تسجيل مواقف الوفود</translation>
    </message>
    <message>
        <source>Confirm the links of unchanged items</source>
        <translation>تأكيد روابط البنود التي لم تتغير</translation>
    </message>
    <message>
        <source>Carry positions to the new version</source>
        <translation>ترحيل المواقف إلى النسخة الجديدة</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>Cite {n} {n|paragraph|paragraphs} as agreed language</source>
        <translation>الاستشهاد بـ {n} {n|فقرة|فقرة|فقرتين|فقرات|فقرةً|فقرة} بوصفها صيغة متفقًا عليها</translation>
    </message>
    <message>
        <source>Clear the citations of agreed language</source>
        <translation>مسح الاستشهادات بالصيغ المتفق عليها</translation>
    </message>
    <message>
        <source>a precedent search needs a wording of at least two words</source>
        <translation>يتطلب البحث عن السوابق صيغة من كلمتين على الأقل</translation>
    </message>
    <message>
        <source>item {item_id} cannot cite itself as precedent</source>
        <translation>لا يمكن للبند {item_id} أن يستشهد بنفسه سابقةً</translation>
    </message>
    <message>
        <source>Set the room status of {n} {n|item|items} to {status}</source>
        <translation>تحديد حالة القاعة لـ {n} {n|بند|بند|بندين|بنود|بندًا|بند}: {status}</translation>
    </message>
    <message>
        <source>Set capital&apos;s instruction on {n} {n|item|items} to {instruction}</source>
        <translation>تحديد تعليمات العاصمة بشأن {n} {n|بند|بند|بندين|بنود|بندًا|بند}: {instruction}</translation>
    </message>
    <message>
        <source>Record {by}&apos;s proposal on {label}</source>
        <translation>تسجيل مقترح {by} بشأن {label}</translation>
    </message>
    <message>
        <source>Edit {by}&apos;s proposal on {label}</source>
        <translation>تعديل مقترح {by} بشأن {label}</translation>
    </message>
    <message>
        <source>Withdraw {by}&apos;s proposal on {label}</source>
        <translation>سحب مقترح {by} بشأن {label}</translation>
    </message>
    <message>
        <source>Reinstate {by}&apos;s proposal on {label}</source>
        <translation>إعادة مقترح {by} بشأن {label}</translation>
    </message>
    <message>
        <source>no stance</source>
        <translation>بلا موقف</translation>
    </message>
    <message>
        <source>support</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>معارضة</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>أولوية</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>خط أحمر</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <source>public rationale</source>
        <translation>المبرر المعلن</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>public reason</source>
        <translation>المبرر المعلن</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>الملاحظة الداخلية</translation>
    </message>
    <message>
        <source>proposed wording</source>
        <translation>الصياغة المقترحة</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>no instruction</source>
        <translation>بلا تعليمات</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>مرونة</translation>
    </message>
    <message>
        <source>fallback wording</source>
        <translation>الصيغة البديلة</translation>
    </message>
    <message>
        <source>note on the instruction</source>
        <translation>ملاحظة على التعليمات</translation>
    </message>
    <message>
        <source>room status</source>
        <translation>الحالة في القاعة</translation>
    </message>
    <message>
        <source>no room status</source>
        <translation>بلا حالة في القاعة</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>agreed ad ref</source>
        <translation>متفق عليه بشرط الاستشارة</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>in informals</source>
        <translation>في المشاورات غير الرسمية</translation>
    </message>
    <message>
        <source>bracketed</source>
        <translation>بين أقواس معقوفة</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>choose two different documents to compare</source>
        <translation>اختر وثيقتين مختلفتين للمقارنة بينهما</translation>
    </message>
    <message>
        <source>a link joins items of two different documents</source>
        <translation>يربط الرابط بين بنود من وثيقتين مختلفتين</translation>
    </message>
    <message>
        <source>carry one old item&apos;s position onto each new item, not several</source>
        <translation>رحِّل إلى كل بند جديد موقف بند قديم واحد فقط، لا مواقف عدة بنود</translation>
    </message>
    <message>
        <source>a delegation needs a name</source>
        <translation>يجب أن يكون للوفد اسم</translation>
    </message>
    <message>
        <source>{name}: name the comparison .docx (Word) or .xlsx (Excel)</source>
        <translation>{name}: اجعل امتداد ملف المقارنة .docx (Word) أو .xlsx (Excel)</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as 2026-11-30T17:30 or &apos;2026-11-30 17:30&apos;</source>
        <translation>{value!q} ليس وقتًا؛ اكتبه بالصيغة 2026-11-30T17:30 أو &apos;2026-11-30 17:30&apos;</translation>
    </message>
    <message>
        <source>{value!q} is not a date; write it as 2026-11-30</source>
        <translation>{value!q} ليس تاريخًا؛ اكتبه بالصيغة 2026-11-30</translation>
    </message>
    <message>
        <source>{time} is in the future (it is now {now}); the room is known only up to now</source>
        <translation>{time} في المستقبل (الوقت الآن {now})؛ لا تُعرف حالة القاعة إلا حتى الآن</translation>
    </message>
    <message>
        <source>no proposal with id {proposal_id}</source>
        <translation>لا يوجد مقترح بالمعرّف {proposal_id}</translation>
    </message>
    <message>
        <source>a proposal needs its text</source>
        <translation>يحتاج المقترح إلى نص</translation>
    </message>
    <message>
        <source>a proposal needs the delegation that made it</source>
        <translation>يحتاج المقترح إلى الوفد الذي قدّمه</translation>
    </message>
    <message>
        <source>{name} cannot both support and oppose the same proposal</source>
        <translation>لا يمكن لـ {name} أن يؤيد المقترح نفسه ويعارضه في آن واحد</translation>
    </message>
    <message>
        <source>{name} made the proposal and cannot oppose it</source>
        <translation>قدّم {name} المقترح ولا يمكنه معارضته</translation>
    </message>
    <message>
        <source>the report to capital is internal only: it carries instructions and deviations, so it has no shareable profile</source>
        <translation>التقرير إلى العاصمة داخلي فقط: يتضمن التعليمات والانحرافات، فلا يوجد له نطاق قابل للتداول</translation>
    </message>
    <message>
        <source>{name}: the export is a Word file; name it .docx</source>
        <translation>{name}: الملف المصدَّر ملف Word؛ اجعل امتداده .docx</translation>
    </message>
    <message>
        <source>template {path} does not exist</source>
        <translation>القالب {path} غير موجود</translation>
    </message>
    <message>
        <source>{name} is not a usable Word template (.docx or .dotx)</source>
        <translation>{name} ليس قالب Word صالحًا للاستخدام (.docx أو .dotx)</translation>
    </message>
    <message>
        <source>the dossier is internal only: it holds internal notes and the stance history; export a position paper or a briefing note to share</source>
        <translation>الملف للاستخدام الداخلي فقط: فهو يتضمن الملاحظات الداخلية وسجل المواقف؛ صدِّر ورقة موقف أو مذكرة إحاطة للمشاركة</translation>
    </message>
    <message>
        <source>{document} {label}: the proposed wording is the same as the text, so the paper shows no proposed wording for it</source>
        <translation>{document} {label}: الصيغة المقترحة مطابقة للنص، ولذلك لا تعرض الورقة أي صيغة مقترحة بشأنه</translation>
    </message>
    <message>
        <source>nothing in {document} has a position yet, and a shareable paper lists only what has one unless undecided paragraphs are included</source>
        <translation>لا يوجد بعد أي موقف بشأن أي فقرة في {document}، والورقة المعدّة للتوزيع لا تذكر إلا ما حُدِّد موقف بشأنه ما لم تُدرَج الفقرات التي لا موقف بشأنها</translation>
    </message>
    <message>
        <source>the workspace has no documents to export</source>
        <translation>لا توجد في مساحة العمل وثائق لتصديرها</translation>
    </message>
    <message>
        <source>ordering by priority needs the internal profile: a shareable paper shows no red lines</source>
        <translation>يتطلب الترتيب حسب الأولوية نطاق التداول الداخلي: فالورقة القابلة للمشاركة لا تُظهر الخطوط الحمراء</translation>
    </message>
    <message>
        <source>the template has no style {style!q}; CyberTrack&apos;s default is used for it</source>
        <translation>لا يحتوي القالب على النمط {style!q}؛ فيُستخدم بدلًا منه النمط الافتراضي لـ CyberTrack</translation>
    </message>
    <message>
        <source>your author name is not set; set it first (settings --author NAME)</source>
        <translation>لم يُحدَّد اسم المؤلف الخاص بك؛ حدّده أولًا (settings --author NAME)</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as ISO 8601 (2026-11-28 or 2026-11-28T09:30)</source>
        <translation>{value!q} ليس وقتًا؛ اكتبه بتنسيق ISO 8601 (2026-11-28 أو 2026-11-28T09:30)</translation>
    </message>
    <message>
        <source>{row!q} names no paragraph that waits for a link (pack unresolved lists them)</source>
        <translation>{row!q} لا يشير إلى أي فقرة تنتظر الربط (يسردها الأمر pack unresolved)</translation>
    </message>
    <message>
        <source>the colleagues&apos; rows on {where} now show on item {item}</source>
        <translation>تظهر صفوف الزملاء بشأن {where} الآن على البند {item}</translation>
    </message>
    <message>
        <source>item {item} is no longer offered for {where}</source>
        <translation>لم يعد البند {item} مقترحًا لـ {where}</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack position pack</source>
        <translation>{name} ليس حزمة مواقف من CyberTrack</translation>
    </message>
    <message>
        <source>{name} was made by a newer CyberTrack (pack format {version}; this version reads up to {supported}); update CyberTrack to read it</source>
        <translation>أُنشئت {name} بإصدار أحدث من CyberTrack (تنسيق الحزمة {version}؛ يقرأ هذا الإصدار حتى {supported})؛ حدّث CyberTrack لقراءتها</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; nothing was changed</source>
        <translation>{name} تالفة أو غير مكتملة؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>{name} is sealed with a passphrase; give the passphrase to open it</source>
        <translation>{name} مختومة بعبارة مرور؛ أدخل عبارة المرور لفتحها</translation>
    </message>
    <message>
        <source>{name} cannot be opened: wrong passphrase, or the pack is damaged; nothing was changed</source>
        <translation>تعذّر فتح {name}: عبارة المرور خاطئة أو الحزمة تالفة؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>a row holds a value that cannot be read ({value})</source>
        <translation>يحتوي صف على قيمة تتعذّر قراءتها ({value})</translation>
    </message>
    <message>
        <source>a row is of a kind this version does not know ({kind})</source>
        <translation>صف من نوع لا يعرفه هذا الإصدار ({kind})</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {path}: {reason}</source>
        <translation>تعذّرت قراءة عبارة المرور من {path}: {reason}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>ملف عبارة المرور {path} فارغ</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>دمج {name}</translation>
    </message>
    <message>
        <source>{n} {n|change|changes} merged, {disagreements} {disagreements|disagreement|disagreements}, {unresolved} unresolved</source>
        <translation>{n} {n|تغيير مدموج|تغيير مدموج|تغييران مدموجان|تغييرات مدموجة|تغييرًا مدموجًا|تغيير مدموج}، {disagreements} {disagreements|خلاف|خلاف|خلافان|خلافات|خلافًا|خلاف}، {unresolved} بلا فقرة مطابقة</translation>
    </message>
    <message>
        <source>Link a colleague&apos;s paragraph to an item</source>
        <translation>ربط فقرة زميل ببند</translation>
    </message>
    <message>
        <source>Reject a paragraph link</source>
        <translation>رفض ربط فقرة</translation>
    </message>
    <message>
        <source>{url!q} is not a hub address (postgresql://user@host:port/database)</source>
        <translation>{url!q} ليس عنوان خادم مشترك (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>cannot reach the hub {hub}: {reason}</source>
        <translation>تعذّر الوصول إلى الخادم المشترك {hub}: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the request: {reason}; nothing was changed</source>
        <translation>رفض الخادم المشترك {hub} الطلب: {reason}؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the hub {hub} holds a newer format ({version}; this version reads up to {supported}); update CyberTrack</source>
        <translation>يستخدم الخادم المشترك {hub} تنسيقًا أحدث ({version}؛ يقرأ هذا الإصدار حتى {supported})؛ حدّث CyberTrack</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Library of precedent</source>
        <translation>مكتبة السوابق</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>وثائق أخرى</translation>
    </message>
    <message>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1، حُسم %2 من %3 من البنود</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Meetings, documents and sections</source>
        <translation>الاجتماعات والوثائق والفروع</translation>
    </message>
    <message>
        <source>Choose a document or a section to list its items</source>
        <translation>اختر وثيقة أو فرعًا لعرض بنوده</translation>
    </message>
    <message>
        <source>No documents yet.

Import one with Ctrl+I (File ▸ Import…) or drop a Word, PDF or text file here.</source>
        <translation>لا توجد وثائق بعد.

استورد وثيقة بـ Ctrl+I (ملف ▸ استيراد…) أو أفلت هنا ملف Word أو PDF أو ملفًا نصيًا.</translation>
    </message>
</context>
<context>
    <name>NegotiationDesk</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>القاعة والعاصمة والمقترحات</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>No delegation is known yet. Add them in View &gt; Delegations… (Ctrl+Shift+D), then record their proposals.</source>
        <translation>لا يوجد أي وفد معروف بعد. أضف الوفود من عرض &gt; الوفود… (Ctrl+Shift+D)، ثم سجّل مقترحاتها.</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>القاعة والعاصمة والمقترحات</translation>
    </message>
    <message>
        <source>Room status</source>
        <translation>الحالة في القاعة</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <source>Record the room&apos;s status at a time (Ctrl+R)</source>
        <translation>تسجيل حالة القاعة في وقت محدد (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the room&apos;s status</source>
        <translation>تسجيل حالة القاعة</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>تعليمات العاصمة</translation>
    </message>
    <message>
        <source>Support, oppose, amend or flexible; internal, never in a shareable paper</source>
        <translation>تأييد أو معارضة أو تعديل أو مرونة؛ داخلي، ولا يرد أبدًا في وثيقة قابلة للتداول</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>انحراف</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording (internal)</source>
        <translation>الصيغة البديلة للعاصمة (داخلية)</translation>
    </message>
    <message>
        <source>Fallback wording</source>
        <translation>الصيغة البديلة</translation>
    </message>
    <message>
        <source>The wording capital accepts if our line does not carry; internal</source>
        <translation>الصيغة التي تقبلها العاصمة إن لم يُعتمد موقفنا؛ داخلية</translation>
    </message>
    <message>
        <source>Capital&apos;s note (internal)</source>
        <translation>ملاحظة العاصمة (داخلية)</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>ملاحظة العاصمة</translation>
    </message>
    <message>
        <source>What capital said with its instruction; internal</source>
        <translation>ما قالته العاصمة مع تعليماتها؛ داخلية</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>التعليمات(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fallback</source>
        <translation>الصيغة البديلة(&amp;F)</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;note</source>
        <translation>ملاحظة العاصمة(&amp;N)</translation>
    </message>
    <message>
        <source>Room and capital</source>
        <translation>القاعة والعاصمة</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Other delegations&apos; proposals on this paragraph; F2 edits, Delete withdraws</source>
        <translation>مقترحات الوفود الأخرى بشأن هذه الفقرة؛ F2 للتعديل، Delete للسحب</translation>
    </message>
    <message>
        <source>Proposal redline</source>
        <translation>تغييرات المقترح</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Record another delegation&apos;s proposal (Ctrl+Shift+P)</source>
        <translation>تسجيل مقترح وفد آخر (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Record a proposal</source>
        <translation>تسجيل مقترح</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the proposal (F2)</source>
        <translation>تعديل المقترح (F2)</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>تعديل المقترح</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Withdraw the proposal, or reinstate it (Delete)</source>
        <translation>سحب المقترح أو إعادته (Delete)</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>سحب المقترح أو إعادته</translation>
    </message>
    <message>
        <source>History of the paragraph</source>
        <translation>سجل الفقرة</translation>
    </message>
    <message>
        <source>Our stance, the room, capital&apos;s instruction and the proposals, newest first</source>
        <translation>موقفنا والقاعة وتعليمات العاصمة والمقترحات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(أُلغي في %1)</translation>
    </message>
    <message>
        <source>Room: not yet discussed</source>
        <translation>القاعة: لم يُناقش بعد</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1; our stance is %2.</source>
        <translation>انحراف: تعليمات العاصمة «%1»؛ وموقفنا «%2».</translation>
    </message>
    <message>
        <source>No proposal recorded.</source>
        <translation>لم يُسجّل أي مقترح.</translation>
    </message>
    <message>
        <source>Supported by %1</source>
        <translation>أيّده %1</translation>
    </message>
    <message>
        <source>Opposed by %1</source>
        <translation>عارضه %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>سُحب في %1</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Choose a proposal to see its changes.</source>
        <translation>اختر مقترحًا لرؤية تغييراته.</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Merge position pack: %1</source>
        <translation>دمج حزمة المواقف: %1</translation>
    </message>
    <message>
        <source>Merge position pack</source>
        <translation>دمج حزمة مواقف</translation>
    </message>
    <message>
        <source>Changes: %1 · authors: %2 · disagreements: %3 · rows found nowhere here: %4</source>
        <translation>التغييرات: %1 · المؤلفون: %2 · الخلافات: %3 · صفوف بلا فقرة هنا: %4</translation>
    </message>
    <message>
        <source>This pack changes nothing here: you already have all of it.</source>
        <translation>لا تغيّر هذه الحزمة شيئًا هنا: لديك كل محتواها بالفعل.</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>غير موجود: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (أنت)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>From the pack</source>
        <translation>من الحزمة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <source>none yet: import the document, then link it in Team (Ctrl+Alt+T)</source>
        <translation>لا يوجد بعد: استورد الوثيقة ثم اربطها من الفريق (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحات</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>صفوف لا تطابق أي فقرة</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>التغييرات (%1)</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>الخلافات (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>غير موجودة هنا (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge (Ctrl+Return)</source>
        <translation>&amp;دمج (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>PrecedentPanel</name>
    <message>
        <source>Pre&amp;cedent</source>
        <translation>السوابق(&amp;C)</translation>
    </message>
    <message>
        <source>No precedent to use: choose an item with precedent first.</source>
        <translation>لا توجد سابقة لاستخدامها: اختر أولًا بندًا له سوابق.</translation>
    </message>
    <message>
        <source>Precedent</source>
        <translation>السوابق</translation>
    </message>
    <message>
        <source>Precedent for the amendment</source>
        <translation>السوابق الخاصة بالتعديل</translation>
    </message>
    <message>
        <source>The closest paragraphs of the library and the other documents, best first</source>
        <translation>أقرب الفقرات من المكتبة والوثائق الأخرى، الأفضل أولًا</translation>
    </message>
    <message>
        <source>Chosen precedent</source>
        <translation>السابقة المختارة</translation>
    </message>
    <message>
        <source>Agreed language</source>
        <translation>الصيغة المتفق عليها</translation>
    </message>
    <message>
        <source>Cited as agreed language</source>
        <translation>مستشهد به صيغةً متفقًا عليها</translation>
    </message>
    <message>
        <source>Choose an item to see precedent for it.</source>
        <translation>اختر بندًا لعرض السوابق الخاصة به.</translation>
    </message>
    <message>
        <source>Type at least two words to find precedent.</source>
        <translation>اكتب كلمتين على الأقل للعثور على سوابق.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>agreed language</source>
        <translation>صيغة متفق عليها</translation>
    </message>
    <message>
        <source>adopted, not in the library</source>
        <translation>معتمدة، خارج المكتبة</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>under negotiation</source>
        <translation>قيد التفاوض</translation>
    </message>
    <message>
        <source>%1% match</source>
        <translation>تطابق بنسبة %1%</translation>
    </message>
    <message>
        <source>No precedent: no paragraph shares three words in a row.</source>
        <translation>لا سوابق: لا توجد فقرة تشترك في ثلاث كلمات متتالية.</translation>
    </message>
    <message>
        <source>Precedent for this paragraph (no wording yet).</source>
        <translation>سوابق هذه الفقرة (لا توجد صيغة بعد).</translation>
    </message>
    <message>
        <source>Agreed language: %1 of %2 words of the wording (marked).</source>
        <translation>الصيغة المتفق عليها: %1 من أصل %2 كلمة من الصيغة (مميزة).</translation>
    </message>
    <message>
        <source>Cited: none yet.</source>
        <translation>الاستشهادات: لا شيء بعد.</translation>
    </message>
    <message>
        <source>Cited as agreed language: %1</source>
        <translation>مستشهد به صيغةً متفقًا عليها: %1</translation>
    </message>
    <message>
        <source>Agreed language from %1</source>
        <translation>صيغة متفق عليها مأخوذة من %1</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>الفقرة {n}</translation>
    </message>
    <message>
        <source>art. {n}</source>
        <translation>المادة {n}</translation>
    </message>
    <message>
        <source>action {n}</source>
        <translation>الإجراء {n}</translation>
    </message>
    <message>
        <source>conclusion {n}</source>
        <translation>الاستنتاج {n}</translation>
    </message>
    <message>
        <source>guideline {n}</source>
        <translation>المبدأ التوجيهي {n}</translation>
    </message>
    <message>
        <source>principle {n}</source>
        <translation>المبدأ {n}</translation>
    </message>
    <message>
        <source>target {n}</source>
        <translation>الغاية {n}</translation>
    </message>
    <message>
        <source>regulation {n}</source>
        <translation>البند {n}</translation>
    </message>
    <message>
        <source>rule {n}</source>
        <translation>القاعدة {n}</translation>
    </message>
    <message>
        <source>preambular para. {n}</source>
        <translation>الفقرة {n} من الديباجة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل لغة النظام</translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK.</source>
        <translation>تتغير لغة النافذة فور الضغط على «موافق».</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal on %1</source>
        <translation>مقترح بشأن %1</translation>
    </message>
    <message>
        <source>Edit the proposal on %1</source>
        <translation>تعديل المقترح بشأن %1</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>وقت التقديم</translation>
    </message>
    <message>
        <source>A new paragraph after this one (bis)</source>
        <translation>فقرة جديدة بعد هذه الفقرة (مكرر)</translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation>فقرة جديدة بعد هذه الفقرة</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>النص المقترح</translation>
    </message>
    <message>
        <source>Changes to the paragraph</source>
        <translation>التغييرات على الفقرة</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>المؤيدون</translation>
    </message>
    <message>
        <source>Opposed by</source>
        <translation>المعارضون</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>مقدَّم من(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>متى(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>النص(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Supported by:</source>
        <translation>المؤيدون(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Opposed by:</source>
        <translation>المعارضون(&amp;O):</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>هل تريد استعادة آخر نسخة احتياطية سليمة، المُنشأة في %1؟ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>تمت استعادة النسخة الاحتياطية. واحتُفظ بمساحة العمل التالفة باسم %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>استعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>اختر الحالة التي تريد الرجوع إليها. تُنسخ مساحة العمل بحالتها الراهنة احتياطيًا أولًا، لتتمكن من الرجوع إليها باستعادة تلك النسخة. ويُمسح سجل التراجع.
تُحفظ النسخ الاحتياطية في %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>لا توجد نسخ احتياطية لمساحة العمل هذه بعد.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>استعادة النسخة الاحتياطية المحددة</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير قابل للقراءة</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>وثيقة واحدة</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 من الوثائق</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>بند واحد</translation>
    </message>
    <message>
        <source>%2 items</source>
        <translation>%2 من البنود</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Items found (untick those that are not items; amber rows were left out):</source>
        <translation>البنود التي عُثر عليها (ألغِ تحديد ما ليس بنودًا؛ الصفوف الكهرمانية نصوص أُغفلت)(&amp;I):</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>البنود التي عُثر عليها</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>الملاحظات(&amp;F):</translation>
    </message>
    <message>
        <source>Findings of the import</source>
        <translation>ملاحظات الاستيراد</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>تقسيم…(&amp;P)</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>تقسيم البند</translation>
    </message>
    <message>
        <source>&amp;Merge into item above</source>
        <translation>دمج في البند السابق(&amp;M)</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>دمج في البند السابق</translation>
    </message>
    <message>
        <source>Make it an it&amp;em…</source>
        <translation>جعله بندًا…(&amp;E)</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>جعل النص المُغفَل بندًا</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>إعادة الترقيم…(&amp;R)</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>إعادة ترقيم البند</translation>
    </message>
    <message>
        <source>Ne&amp;xt left-out text</source>
        <translation>النص المُغفَل التالي(&amp;X)</translation>
    </message>
    <message>
        <source>Go to the next left-out text</source>
        <translation>الانتقال إلى النص المُغفَل التالي</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>تحديد الكل(&amp;A)</translation>
    </message>
    <message>
        <source>Tick all items</source>
        <translation>تحديد جميع البنود</translation>
    </message>
    <message>
        <source>Untick all (&amp;N)</source>
        <translation>إلغاء تحديد الكل (&amp;N)</translation>
    </message>
    <message>
        <source>Untick all items</source>
        <translation>إلغاء تحديد جميع البنود</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>البنود المراد استيرادها</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>الرقم(&amp;N):</translation>
    </message>
    <message>
        <source>%1 of %2 items will be imported</source>
        <translation>سيُستورد %1 من %2 من البنود</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>القاعة: %1</translation>
    </message>
    <message>
        <source>Capital: %1</source>
        <translation>العاصمة: %1</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1, our stance is %2</source>
        <translation>انحراف: تعليمات العاصمة «%1»، وموقفنا «%2»</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>متفق عليه بشرط</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Informals</source>
        <translation>غير رسمية</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>بين أقواس</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>لم يُناقش بعد</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>معارضة</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>مرونة</translation>
    </message>
    <message>
        <source>No instruction</source>
        <translation>بلا تعليمات</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Filter by room status</source>
        <translation>التصفية حسب الحالة في القاعة</translation>
    </message>
    <message>
        <source>Show only the paragraphs where the room stands so, or still open</source>
        <translation>عرض الفقرات التي لها هذه الحالة في القاعة فقط، أو التي لا تزال مفتوحة</translation>
    </message>
    <message>
        <source>Any room status</source>
        <translation>أي حالة في القاعة</translation>
    </message>
    <message>
        <source>Still open in the room</source>
        <translation>لا تزال مفتوحة في القاعة</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>الانحرافات</translation>
    </message>
    <message>
        <source>Only deviations from capital&apos;s instructions</source>
        <translation>الانحرافات عن تعليمات العاصمة فقط</translation>
    </message>
    <message>
        <source>Only paragraphs where our stance departs from capital&apos;s instruction</source>
        <translation>الفقرات التي يخالف فيها موقفنا تعليمات العاصمة فقط</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>القاعة في</translation>
    </message>
    <message>
        <source>Show the room as of an earlier time</source>
        <translation>عرض القاعة في وقت سابق</translation>
    </message>
    <message>
        <source>The room&apos;s status as it stood at that time (Ctrl+Shift+A)</source>
        <translation>حالة القاعة كما كانت في ذلك الوقت (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The time to show the room at; arrow keys move the hour or the day</source>
        <translation>الوقت الذي تُعرض فيه القاعة؛ مفاتيح الأسهم تغيّر الساعة أو اليوم</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Show the room as it is now</source>
        <translation>عرض القاعة كما هي الآن</translation>
    </message>
    <message>
        <source>Back to the room as it is now</source>
        <translation>العودة إلى القاعة كما هي الآن</translation>
    </message>
</context>
<context>
    <name>RoomStatusDialog</name>
    <message>
        <source>Room status</source>
        <translation>الحالة في القاعة</translation>
    </message>
    <message>
        <source>No status (clear it)</source>
        <translation>بلا حالة (مسحها)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>في</translation>
    </message>
    <message>
        <source>e.g. Chair&apos;s text, EU reserves (internal)</source>
        <translation>مثلًا: نص الرئيس، الاتحاد الأوروبي يتحفظ (داخلي)</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>ملاحظة القاعة</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>الفقرات:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>في(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>الملاحظة(&amp;N):</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Other version: %1</source>
        <translation>النسخة الأخرى: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>under “%1”</source>
        <translation>تحت «%1»</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>قبل العنوان الأول</translation>
    </message>
    <message>
        <source>Left out (%1): %2</source>
        <translation>مُغفَل (%1): %2</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[مُعدَّل] </translation>
    </message>
    <message>
        <source>[proposed insertion] </source>
        <translation>[إدراج مقترح] </translation>
    </message>
    <message>
        <source>[proposed deletion] </source>
        <translation>[حذف مقترح] </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import stance sheet: %1</source>
        <translation>استيراد جدول المواقف: %1</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>استيراد جدول المواقف</translation>
    </message>
    <message>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>%1 من التغييرات على %2 من البنود؛ %3 من الصفوف غير مطابقة وسيتم تخطيها.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>حاليًا</translation>
    </message>
    <message>
        <source>From the sheet</source>
        <translation>من الجدول</translation>
    </message>
    <message>
        <source>Rows that do not match</source>
        <translation>الصفوف غير المطابقة</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>تطبيق التغييرات(&amp;A)</translation>
    </message>
    <message>
        <source>Rows that do not match:</source>
        <translation>الصفوف غير المطابقة:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>قائمة الاختصارات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split item</source>
        <translation>تقسيم البند</translation>
    </message>
    <message>
        <source>Put the cursor where the second item begins.</source>
        <translation>ضع المؤشر حيث يبدأ البند الثاني.</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>&amp;Number of the second item:</source>
        <translation>رقم البند الثاني(&amp;N):</translation>
    </message>
    <message>
        <source>Number of the second item</source>
        <translation>رقم البند الثاني</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>تقسيم</translation>
    </message>
    <message>
        <source>Cancel the split</source>
        <translation>إلغاء التقسيم</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>معارضة</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>حُسم %1 من %2 · تأييد %3 · معارضة %4 · تعديل %5</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>الصياغة المقترحة</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>السبب المعلن</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>تعليمات العاصمة</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback</source>
        <translation>الصيغة البديلة للعاصمة</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>ملاحظة العاصمة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>اسمك في الفريق</translation>
    </message>
    <message>
        <source>Packs and the hub say whose positions they carry. Your name:</source>
        <translation>تذكر الحزم والخادم المشترك صاحب المواقف التي تحملها. اسمك:</translation>
    </message>
    <message>
        <source>Export position pack</source>
        <translation>تصدير حزمة مواقف</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack)</source>
        <translation>حزم المواقف (*.ctpack)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 KB.</source>
        <translation>كُتب %1: %2 صفًا، %3 ك.ب.</translation>
    </message>
    <message>
        <source>Import position pack</source>
        <translation>استيراد حزمة مواقف</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack);;All files (*)</source>
        <translation>حزم المواقف (*.ctpack);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Sealed pack</source>
        <translation>حزمة مختومة</translation>
    </message>
    <message>
        <source>%1 is sealed. Its passphrase:</source>
        <translation>%1 مختومة. عبارة المرور:</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>You are %1 in the team.</source>
        <translation>أنت %1 في الفريق.</translation>
    </message>
    <message>
        <source>Set your name first: File ▸ Export position pack asks for it.</source>
        <translation>حدّد اسمك أولًا: يطلبه ملف ▸ تصدير حزمة مواقف.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>المرشح</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>صفوف لا تطابق أي فقرة</translation>
    </message>
    <message>
        <source>Since the last merge</source>
        <translation>منذ آخر دمج</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>الخلافات (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>غير موجودة هنا (%1)</translation>
    </message>
    <message>
        <source>none: import the document it is in</source>
        <translation>لا يوجد: استورد الوثيقة التي تتضمنها</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Changes in the last merge</source>
        <translation>تغييرات آخر دمج</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>Items where the team disagrees</source>
        <translation>البنود التي يختلف عليها الفريق</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <source>Tips</source>
        <translation>تلميحات</translation>
    </message>
    <message>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>تلميح: اضغط 1 أو 2 أو 3 لتأييد البنود المحددة أو معارضتها أو تعديلها، وJ وK للتنقل، وEnter لكتابة ملاحظة. يُحفظ كل شيء تلقائيًا أثناء العمل.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Dismiss tips</source>
        <translation>إخفاء التلميحات</translation>
    </message>
    <message>
        <source>Hide these tips for good</source>
        <translation>إخفاء هذه التلميحات نهائيًا</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>مساحات العمل الأخيرة(&amp;R)</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>لا توجد مساحة عمل أخرى بعد</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>حفظ نسخة من مساحة العمل</translation>
    </message>
    <message>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>مساحات عمل CyberTrack (*.cybertrack);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 موجود بالفعل؛ افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>حُفظت نسخة في %1</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Restore failed</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
</context>
</TS>
