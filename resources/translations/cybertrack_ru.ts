<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackgroundCheck</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="127"/>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>Файл рабочей области повреждён (%1). Выберите Файл &gt; Восстановить из резервной копии…, чтобы вернуться к исправной копии; текущее состояние будет предварительно сохранено в резервной копии.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="96"/>
        <source>Automatic backup failed: %1</source>
        <translation>Ошибка автоматического резервного копирования: %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="141"/>
        <source>Carry positions to the new version</source>
        <translation>Перенос позиций в новую версию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="147"/>
        <source>Positions that can be carried</source>
        <translation>Позиции, которые можно перенести</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="157"/>
        <source>What changed in the text since you decided</source>
        <translation>Что изменилось в тексте после вашего решения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="163"/>
        <source>Dropped items</source>
        <translation>Исключённые пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="172"/>
        <source>New items</source>
        <translation>Новые пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="183"/>
        <source>Dropped from the new version:</source>
        <translation>Исключены из новой версии:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="185"/>
        <source>New in this version (no position yet):</source>
        <translation>Новые в этой версии (позиции пока нет):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="198"/>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>С %1 на %2: позиций для проверки — %3, с изменённым текстом — %4.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="205"/>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space отмечает строку или снимает отметку · Ctrl+Enter переносит отмеченные строки</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="210"/>
        <source>&amp;Carry ticked positions</source>
        <translation>&amp;Перенести отмеченные позиции</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="214"/>
        <source>Carry the ticked positions</source>
        <translation>Перенести отмеченные позиции</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="256"/>
        <source>Carry positions to new version</source>
        <translation>Перенести позиции в новую версию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="259"/>
        <source>Carry-over</source>
        <translation>Перенос</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="62"/>
        <source>Carry</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="63"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="64"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="65"/>
        <source>Our position</source>
        <translation>Наша позиция</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="66"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="72"/>
        <source>text changed since you decided</source>
        <translation>текст изменился после вашего решения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="74"/>
        <source>merged with another decided item: choose one</source>
        <translation>объединён с другим решённым пунктом: выберите один</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="76"/>
        <source>already decided in the new version</source>
        <translation>уже решено в новой версии</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="77"/>
        <source>same text</source>
        <translation>тот же текст</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="52"/>
        <source>Compare documents</source>
        <translation>Сравнение документов</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="60"/>
        <source>Linked items across documents</source>
        <translation>Связанные пункты в разных документах</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="68"/>
        <source>Show only:</source>
        <translation>Показывать только:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="71"/>
        <source>&amp;1 Stance changed</source>
        <translation>&amp;1 Позиция изменена</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="72"/>
        <source>&amp;2 Text changed</source>
        <translation>&amp;2 Текст изменён</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="73"/>
        <source>&amp;3 New</source>
        <translation>&amp;3 Новые</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="74"/>
        <source>&amp;4 Dropped</source>
        <translation>&amp;4 Исключённые</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="98"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="101"/>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>Экспорт в Word или Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="102"/>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="177"/>
        <source>Export the comparison</source>
        <translation>Экспортировать сравнение</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="131"/>
        <source>Text in %1</source>
        <translation>Текст в %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="140"/>
        <source>%1 of %2 rows</source>
        <translation>Строк: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="157"/>
        <source>Not in this version.</source>
        <translation>Отсутствует в этой версии.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="179"/>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Документ Word (*.docx);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="186"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— dropped</source>
        <translation>— исключён</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— not in this version</source>
        <translation>— отсутствует в этой версии</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="78"/>
        <source>stance changed</source>
        <translation>позиция изменена</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="80"/>
        <source>text changed</source>
        <translation>текст изменён</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="81"/>
        <source>With us / against</source>
        <translation>С нами / против</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="122"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="145"/>
        <source>Delegations — %1</source>
        <translation>Делегации — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="150"/>
        <source>e.g. statement of 28 July, informals</source>
        <translation>напр. заявление от 28 июля, неофициальные консультации</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="151"/>
        <source>Source of the stances you record</source>
        <translation>Источник записываемых позиций</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="152"/>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="161"/>
        <source>Stances of delegations on each item</source>
        <translation>Позиции делегаций по каждому пункту</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="167"/>
        <source>Who is with us and who is against on this item</source>
        <translation>Кто с нами и кто против по этому пункту</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="175"/>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>1 поддержать · 2 возразить · 3 изменить · 0 сбросить, для выбранных ячеек · зелёный: с нами, красный: против, жёлтый: частично</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="182"/>
        <source>Add the &amp;participants</source>
        <translation>Добавить &amp;участников</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="184"/>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>Добавить участников этого документа (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="185"/>
        <source>&amp;Add delegation…</source>
        <translation>&amp;Добавить делегацию…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="186"/>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>Добавить делегацию или группу по названию (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="187"/>
        <source>Add this document&apos;s participants</source>
        <translation>Добавить участников этого документа</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="188"/>
        <source>Add a delegation</source>
        <translation>Добавить делегацию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="262"/>
        <source>Record delegations&apos; stances</source>
        <translation>Запись позиций делегаций</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Add delegation</source>
        <translation>Добавить делегацию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>Делегация или группа (напр. Европейский союз):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="280"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="56"/>
        <source>Item details</source>
        <translation>Сведения о пункте</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="69"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="75"/>
        <source>Item text</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="82"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="87"/>
        <source>Clear stance</source>
        <translation>Сбросить позицию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="94"/>
        <source>Internal: never in a shareable paper</source>
        <translation>Внутреннее: никогда не попадает в документы для передачи</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="95"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="97"/>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>Обоснование вашей делегации; никогда не попадает в документы для передачи</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="101"/>
        <source>Proposed wording for this item</source>
        <translation>Предлагаемая формулировка для этого пункта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="102"/>
        <source>Proposed amendment</source>
        <translation>Предлагаемая поправка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="104"/>
        <source>The wording you propose; the changes are shown below</source>
        <translation>Предлагаемая вами формулировка; изменения показаны ниже</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="108"/>
        <source>Public: printed in position papers</source>
        <translation>Открыто: печатается в позиционных документах</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="109"/>
        <source>Public reason</source>
        <translation>Открытое обоснование</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="111"/>
        <source>The reason a shareable position paper gives</source>
        <translation>Обоснование, приводимое в позиционном документе для передачи</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="118"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Red line</source>
        <translation>Красная линия</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="119"/>
        <source>Normal, priority or red line</source>
        <translation>Обычный, приоритет или красная линия</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="122"/>
        <source>Amendment redline</source>
        <translation>Поправка с выделением изменений</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="145"/>
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="146"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="147"/>
        <source>Public &amp;reason</source>
        <translation>&amp;Открытое обоснование</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="148"/>
        <source>&amp;Amendment</source>
        <translation>Поп&amp;равка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="149"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="150"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="232"/>
        <source>No item selected</source>
        <translation>Пункт не выбран</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="256"/>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>Выберите пункт в списке, чтобы прочитать его и определить позицию.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="263"/>
        <source>Changes appear here as you type.</source>
        <translation>Изменения появляются здесь по мере ввода.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="81"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="82"/>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="85"/>
        <source>Product</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="87"/>
        <source>Position paper</source>
        <translation>Позиционный документ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="88"/>
        <source>Briefing note</source>
        <translation>Справочная записка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="89"/>
        <source>Internal dossier</source>
        <translation>Внутреннее досье</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="93"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="95"/>
        <source>Shareable — for other delegations</source>
        <translation>Для передачи — другим делегациям</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="96"/>
        <source>Internal — our delegation only</source>
        <translation>Внутренний — только для нашей делегации</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="103"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="105"/>
        <source>As in the document</source>
        <translation>Как в документе</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="106"/>
        <source>Grouped by stance</source>
        <translation>По позициям</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="107"/>
        <source>Red lines and priorities first</source>
        <translation>Сначала красные линии и приоритеты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="110"/>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>Показать поправки как &amp;исправления Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="112"/>
        <source>Amendments as tracked changes</source>
        <translation>Поправки как исправления</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="114"/>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>Предлагаемые формулировки отображаются как исправления Word, которые читатель может принять или отклонить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="117"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="119"/>
        <source>The delegation named as the author of the paper</source>
        <translation>Делегация, указываемая автором документа</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="123"/>
        <source>Documents to export</source>
        <translation>Документы для экспорта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="125"/>
        <source>Tick the documents whose items the paper covers</source>
        <translation>Отметьте документы, пункты которых войдут в документ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="137"/>
        <source>CyberTrack&apos;s default template</source>
        <translation>Стандартный шаблон CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="138"/>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="140"/>
        <source>A .docx whose styles the paper uses; empty for the default</source>
        <translation>Файл .docx, стили которого использует документ; пусто — шаблон по умолчанию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="143"/>
        <source>Output file</source>
        <translation>Выходной файл</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="144"/>
        <source>Where the Word file is written</source>
        <translation>Куда записывается файл Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="145"/>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Открыть файл по завершении</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="146"/>
        <source>Open when done</source>
        <translation>Открыть по завершении</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="148"/>
        <source>Open the written file in the word processor</source>
        <translation>Открыть записанный файл в текстовом редакторе</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="154"/>
        <source>What will be included</source>
        <translation>Что будет включено</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="157"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="164"/>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="168"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="171"/>
        <source>Write the Word file now</source>
        <translation>Записать файл Word сейчас</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="175"/>
        <source>Close this dialog without exporting</source>
        <translation>Закрыть это окно без экспорта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="188"/>
        <source>Choose the %1 of the paper</source>
        <translation>Выбрать: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="194"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="196"/>
        <source>Opens a file chooser</source>
        <translation>Открывает окно выбора файла</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="207"/>
        <source>&amp;Product</source>
        <translation>&amp;Вид документа</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="208"/>
        <source>P&amp;rofile</source>
        <translation>П&amp;рофиль</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="209"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="210"/>
        <source>Or&amp;der</source>
        <translation>Поря&amp;док</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="211"/>
        <source>&amp;Delegation</source>
        <translation>Де&amp;легация</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="212"/>
        <source>Doc&amp;uments</source>
        <translation>Док&amp;ументы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="218"/>
        <source>&amp;Template</source>
        <translation>&amp;Шаблон</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="222"/>
        <source>Choose a template</source>
        <translation>Выбрать шаблон</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as</source>
        <translation>&amp;Сохранить как</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="228"/>
        <source>Choose the output file</source>
        <translation>Выбрать выходной файл</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>item texts</source>
        <translation>тексты пунктов</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>stances</source>
        <translation>позиции</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>public reasons</source>
        <translation>открытые обоснования</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="287"/>
        <source>proposed wording as tracked changes</source>
        <translation>предлагаемые формулировки как исправления</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="289"/>
        <source>proposed wording as clean text</source>
        <translation>предлагаемые формулировки как чистый текст</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>internal notes</source>
        <translation>внутренние заметки</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>priorities</source>
        <translation>приоритеты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>author initials</source>
        <translation>инициалы автора</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="298"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="300"/>
        <source>stance history</source>
        <translation>история позиций</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="301"/>
        <source>Included: %1.</source>
        <translation>Включено: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="303"/>
        <source>Left out: %1.</source>
        <translation>Не включено: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="305"/>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>Автором файла указывается делегация, а не вы.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Choose a Word template</source>
        <translation>Выбор шаблона Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Save the export as</source>
        <translation>Сохранить экспорт как</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="326"/>
        <source>choose at least one document</source>
        <translation>выберите хотя бы один документ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="346"/>
        <source>Writing %1 items to %2…</source>
        <translation>Запись пунктов (%1) в %2…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="358"/>
        <source>Wrote %1 (%2 items).</source>
        <translation>Записан файл %1 (пунктов: %2).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="363"/>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="373"/>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="51"/>
        <source>Find in items (Ctrl+F)</source>
        <translation>Поиск в пунктах (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="52"/>
        <source>Find in items</source>
        <translation>Поиск в пунктах</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="57"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="61"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="71"/>
        <source>Filter by stance</source>
        <translation>Фильтр по позиции</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="73"/>
        <source>Show only items with this stance, or undecided</source>
        <translation>Показывать только пункты с этой позицией или нерешённые</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="77"/>
        <source>Any stance</source>
        <translation>Любая позиция</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="82"/>
        <source>Filter by section</source>
        <translation>Фильтр по разделу</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="83"/>
        <source>Show only the items of one section</source>
        <translation>Показывать только пункты одного раздела</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="88"/>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="89"/>
        <source>Only items with an amendment</source>
        <translation>Только пункты с поправкой</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="90"/>
        <source>Only items with proposed amendment wording</source>
        <translation>Только пункты с предлагаемой поправкой</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="91"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="92"/>
        <source>Only items with a note</source>
        <translation>Только пункты с заметкой</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="93"/>
        <source>Only items with an internal note</source>
        <translation>Только пункты с внутренней заметкой</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="96"/>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="98"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="99"/>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>Снова показать все пункты (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="140"/>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="81"/>
        <source>CyberTrack user guide</source>
        <translation>Руководство пользователя CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="83"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="27"/>
        <source>Stance history</source>
        <translation>История позиций</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="28"/>
        <source>Every change of stance on this item, with its time</source>
        <translation>Все изменения позиции по этому пункту с указанием времени</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="37"/>
        <source>No stance set yet.</source>
        <translation>Позиция ещё не определена.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="77"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="78"/>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="89"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="90"/>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="94"/>
        <source>Reading progress</source>
        <translation>Ход чтения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="100"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="102"/>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="103"/>
        <source>e.g. A/80/604/Add.3</source>
        <translation>напр. A/80/604/Add.3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="105"/>
        <source>Document details</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="108"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="110"/>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Условное обозначение:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="114"/>
        <source>Details:</source>
        <translation>Сведения:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="117"/>
        <source>&amp;Items found (untick those that are not items):</source>
        <translation>Найденные &amp;пункты (снимите отметку с тех, что не являются пунктами):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="119"/>
        <source>Items found</source>
        <translation>Найденные пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="129"/>
        <source>Tick &amp;all</source>
        <translation>Отметить &amp;все</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="130"/>
        <source>Tick all items</source>
        <translation>Отметить все пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="132"/>
        <source>Untick all (&amp;N)</source>
        <translation>Снять все отметки (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="133"/>
        <source>Untick all items</source>
        <translation>Снять отметки со всех пунктов</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="136"/>
        <source>Items to import</source>
        <translation>Пункты для импорта</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="145"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="147"/>
        <source>Import the ticked items</source>
        <translation>Импортировать отмеченные пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="148"/>
        <source>Import (Ctrl+Return)</source>
        <translation>Импорт (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="150"/>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="174"/>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>Найдено пунктов: %1 в %2 (%3). Проверьте их, затем импортируйте.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="203"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="204"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="205"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="206"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="207"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="208"/>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="209"/>
        <source>Distribution</source>
        <translation>Распространение</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="210"/>
        <source>Original</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="211"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="217"/>
        <source>Cannot import: %1</source>
        <translation>Не удаётся импортировать: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="237"/>
        <source>%1 of %2 items will be imported</source>
        <translation>Будет импортировано пунктов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="263"/>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="128"/>
        <source>has a note</source>
        <translation>есть заметка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="130"/>
        <source>has an amendment</source>
        <translation>есть поправка</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="29"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="31"/>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>Нумерованные пункты с позициями; клавиши 1, 2, 3 или 0 задают позицию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="48"/>
        <source>Item columns: click to sort</source>
        <translation>Столбцы пунктов: щёлкните для сортировки</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="36"/>
        <source>Nothing to show</source>
        <translation>Нечего показать</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="78"/>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>Импортируйте документ или перетащите его сюда (Ctrl+I), чтобы начать работу.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="82"/>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>Нет пунктов, соответствующих фильтрам.
Сбросьте их клавишами Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="87"/>
        <source>Showing %1 of %2 ·</source>
        <translation>Показано %1 из %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="109"/>
        <source>Links between versions</source>
        <translation>Связи между версиями</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="115"/>
        <source>Candidate links</source>
        <translation>Возможные связи</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="122"/>
        <source>The two texts, differences marked</source>
        <translation>Два текста с отмеченными различиями</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="130"/>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C подтвердить · R отклонить · P связать с другим пунктом · F найти возможные связи · J/K следующая/предыдущая</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="191"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="214"/>
        <source>Re-point link</source>
        <translation>Перенаправить связь</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="215"/>
        <source>The old item is the same as:</source>
        <translation>Прежний пункт соответствует:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="60"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="61"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="62"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="63"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="64"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="69"/>
        <source>to check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="70"/>
        <source>confirmed</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="71"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="25"/>
        <source>&amp;Compare documents…</source>
        <translation>&amp;Сравнить документы…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="33"/>
        <source>&amp;Links between versions…</source>
        <translation>Св&amp;язи между версиями…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="41"/>
        <source>Carry positions to the &amp;new version…</source>
        <translation>&amp;Перенести позиции в новую версию…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="49"/>
        <source>&amp;Delegations…</source>
        <translation>&amp;Делегации…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="69"/>
        <source>Last time, in %1 %2: %3</source>
        <translation>В прошлый раз, в %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="74"/>
        <source>text changed since</source>
        <translation>текст с тех пор изменился</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="95"/>
        <source>This looks like a new version of %1: View ▸ Carry positions (Ctrl+Shift+V) to review what to carry over.</source>
        <translation>Похоже, это новая версия %1: Вид ▸ Перенести позиции (Ctrl+Shift+V), чтобы решить, что перенести.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="118"/>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="119"/>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>Сначала импортируйте вторую версию текста (Файл ▸ Импорт, Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="93"/>
        <source>Export stance sheet</source>
        <translation>Экспорт таблицы позиций</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="95"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="139"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
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
        <translation>Записан файл %1 (пунктов: %2).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="137"/>
        <source>Import stance sheet</source>
        <translation>Импорт таблицы позиций</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="100"/>
        <source>About CyberTrack</source>
        <translation>О программе CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="101"/>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Позиция вашей делегации по каждому пункту текста переговоров, без подключения к сети.&lt;/p&gt;&lt;p&gt;Лицензия: MIT. Создано с помощью Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="150"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="158"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="166"/>
        <source>&amp;About CyberTrack</source>
        <translation>&amp;О программе CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="114"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="115"/>
        <source>Items shown</source>
        <translation>Показанные пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="135"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="136"/>
        <source>&amp;Stance</source>
        <translation>П&amp;озиция</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="137"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="145"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="156"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="172"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="176"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="179"/>
        <source>Edit &amp;note</source>
        <translation>Изменить &amp;заметку</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="181"/>
        <source>Edit &amp;amendment</source>
        <translation>Изменить поп&amp;равку</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="187"/>
        <source>&amp;Preferences…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="196"/>
        <source>&amp;Support</source>
        <translation>&amp;Поддержать</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="197"/>
        <source>&amp;Oppose</source>
        <translation>&amp;Возразить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="198"/>
        <source>&amp;Amend</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="199"/>
        <source>&amp;Clear stance</source>
        <translation>&amp;Сбросить позицию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="207"/>
        <source>&amp;Next item</source>
        <translation>&amp;Следующий пункт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="208"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Предыдущий пункт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="210"/>
        <source>Next &amp;undecided item</source>
        <translation>Следующий &amp;нерешённый пункт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="214"/>
        <source>Back to the &amp;list</source>
        <translation>Назад к спис&amp;ку</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="216"/>
        <source>&amp;Documents and sections</source>
        <translation>До&amp;кументы и разделы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="223"/>
        <source>Only &amp;undecided items</source>
        <translation>Только &amp;нерешённые пункты</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="230"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="273"/>
        <source>Every item shown has a stance.</source>
        <translation>По всем показанным пунктам позиция определена.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="298"/>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="300"/>
        <source>Documents (*.txt *.md *.docx *.pdf);;All files (*)</source>
        <translation>Документы (*.txt *.md *.docx *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="336"/>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="418"/>
        <source>Import a document to begin</source>
        <translation>Для начала импортируйте документ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="24"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="32"/>
        <source>Export stance &amp;sheet…</source>
        <translation>Экспорт &amp;таблицы позиций…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="40"/>
        <source>Import stance s&amp;heet…</source>
        <translation>Импорт т&amp;аблицы позиций…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="136"/>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>Только для чтения: запись в этот файл рабочей области невозможна (файл, папка или диск доступны только для чтения). Можно просматривать и экспортировать; изменения не принимаются.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="143"/>
        <source>Read-only workspace</source>
        <translation>Рабочая область только для чтения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="159"/>
        <source> (read-only)</source>
        <translation> (только для чтения)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="169"/>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="43"/>
        <source>Other documents</source>
        <translation>Другие документы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="89"/>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1, решено пунктов: %2 из %3</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="36"/>
        <source>Meetings, documents and sections</source>
        <translation>Заседания, документы и разделы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="37"/>
        <source>Choose a document or a section to list its items</source>
        <translation>Выберите документ или раздел, чтобы показать его пункты</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="34"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="39"/>
        <source>A new language takes effect the next time CyberTrack starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске CyberTrack.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="32"/>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>Восстановить последнюю исправную резервную копию от %1? Повреждённый файл будет сохранён рядом с ней.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="49"/>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>Резервная копия восстановлена. Повреждённая рабочая область сохранена как %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="35"/>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="36"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="42"/>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>Выберите состояние, к которому нужно вернуться. Сначала создаётся резервная копия текущего состояния рабочей области, так что к нему можно вернуться, восстановив эту копию. История отмены будет очищена.
Резервные копии хранятся в %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Taken</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="63"/>
        <source>automatic</source>
        <translation>автоматическая</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="64"/>
        <source>manual</source>
        <translation>ручная</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="65"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="86"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>Резервных копий этой рабочей области пока нет.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="94"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="96"/>
        <source>Restore the selected backup</source>
        <translation>Восстановить выбранную резервную копию</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="111"/>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>1 document</source>
        <translation>1 документ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>%1 documents</source>
        <translation>Документов: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>1 item</source>
        <translation>1 пункт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>%2 items</source>
        <translation>пунктов: %2</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="37"/>
        <source>Import stance sheet: %1</source>
        <translation>Импорт таблицы позиций: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="38"/>
        <source>Import stance sheet</source>
        <translation>Импорт таблицы позиций</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="41"/>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>Изменений: %1 в пунктах: %2; несовпадающих строк: %3 (будут пропущены).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="49"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>From the sheet</source>
        <translation>Из таблицы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="67"/>
        <source>Rows that do not match</source>
        <translation>Несовпадающие строки</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="73"/>
        <source>&amp;Apply changes</source>
        <translation>&amp;Применить изменения</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="84"/>
        <source>Rows that do not match:</source>
        <translation>Несовпадающие строки:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="53"/>
        <location filename="../../cybertrack/gui/help.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="57"/>
        <source>Shortcut list</source>
        <translation>Список сочетаний клавиш</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="20"/>
        <source>Support</source>
        <translation>Поддержать</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="21"/>
        <source>Oppose</source>
        <translation>Возразить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="22"/>
        <source>Amend</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="23"/>
        <source>Undecided</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="39"/>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>Решено %1 из %2 · поддержать: %3 · возразить: %4 · изменить: %5</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="121"/>
        <source>Tips</source>
        <translation>Советы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="124"/>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>Совет: нажмите 1, 2 или 3, чтобы поддержать, возразить или изменить выбранные пункты, J и K — для перемещения, Enter — чтобы написать заметку. Всё сохраняется автоматически.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="129"/>
        <source>Got it</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="130"/>
        <source>Dismiss tips</source>
        <translation>Скрыть советы</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="131"/>
        <source>Hide these tips for good</source>
        <translation>Больше не показывать эти советы</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="43"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новая рабочая область…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="44"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочую область…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="45"/>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="46"/>
        <source>&amp;Recent workspaces</source>
        <translation>Н&amp;едавние рабочие области</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="56"/>
        <source>No other workspace yet</source>
        <translation>Других рабочих областей пока нет</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="74"/>
        <source>New workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="81"/>
        <source>Open workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="88"/>
        <source>Save a copy of the workspace</source>
        <translation>Сохранить копию рабочей области</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="94"/>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>Рабочие области CyberTrack (*.cybertrack);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="105"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 уже существует; откройте его.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="108"/>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="123"/>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена в %1</translation>
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
        <translation>Ошибка восстановления</translation>
    </message>
</context>
</TS>
