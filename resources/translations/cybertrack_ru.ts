<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export stance &amp;sheet…</source>
        <translation>Экспорт &amp;таблицы позиций…</translation>
    </message>
    <message>
        <source>Import stance s&amp;heet…</source>
        <translation>Импорт т&amp;аблицы позиций…</translation>
    </message>
    <message>
        <source>Report to c&amp;apital…</source>
        <translation>Отчёт в с&amp;толицу…</translation>
    </message>
    <message>
        <source>Status &amp;table…</source>
        <translation>&amp;Таблица статуса…</translation>
    </message>
    <message>
        <source>Export position &amp;pack…</source>
        <translation>Экспорт &amp;пакета позиций…</translation>
    </message>
    <message>
        <source>Import position pac&amp;k…</source>
        <translation>Импорт пакета позиций (&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новая рабочая область…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочую область…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
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
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search &amp;in: text, notes and wording</source>
        <translation>&amp;Искать в: текст, заметки и формулировки</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Изменить &amp;заметку</translation>
    </message>
    <message>
        <source>&amp;Amend from the original</source>
        <translation>&amp;Изменить на основе оригинала</translation>
    </message>
    <message>
        <source>Amend starting &amp;empty</source>
        <translation>Изменить, начав с &amp;пустого поля</translation>
    </message>
    <message>
        <source>Go to the precedent &amp;list</source>
        <translation>Перейти к &amp;списку прецедентов</translation>
    </message>
    <message>
        <source>In&amp;sert the precedent&apos;s wording</source>
        <translation>&amp;Вставить формулировку прецедента</translation>
    </message>
    <message>
        <source>Ci&amp;te the precedent as agreed language</source>
        <translation>Со&amp;слаться на прецедент как на согласованную формулировку</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Поддержать</translation>
    </message>
    <message>
        <source>&amp;Oppose</source>
        <translation>&amp;Возразить</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Clear stance</source>
        <translation>&amp;Сбросить позицию</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>&amp;Согласовано</translation>
    </message>
    <message>
        <source>Agreed ad &amp;ref</source>
        <translation>Согласовано ad &amp;ref</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Ожидает</translation>
    </message>
    <message>
        <source>In&amp;formals</source>
        <translation>&amp;Неофициальные консультации</translation>
    </message>
    <message>
        <source>&amp;Bracketed</source>
        <translation>В &amp;скобках</translation>
    </message>
    <message>
        <source>&amp;Deleted</source>
        <translation>&amp;Исключено</translation>
    </message>
    <message>
        <source>&amp;No room status</source>
        <translation>&amp;Нет статуса в зале</translation>
    </message>
    <message>
        <source>Record room status at a &amp;time…</source>
        <translation>Записать статус на &amp;время…</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;instruction</source>
        <translation>&amp;Указание столицы</translation>
    </message>
    <message>
        <source>New pr&amp;oposal…</source>
        <translation>Новое пр&amp;едложение…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Следующий пункт</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Предыдущий пункт</translation>
    </message>
    <message>
        <source>Next &amp;undecided item</source>
        <translation>Следующий &amp;нерешённый пункт</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Назад к спис&amp;ку</translation>
    </message>
    <message>
        <source>Item &amp;text (select and copy)</source>
        <translation>&amp;Текст пункта (выделить и скопировать)</translation>
    </message>
    <message>
        <source>&amp;Documents and sections</source>
        <translation>До&amp;кументы и разделы</translation>
    </message>
    <message>
        <source>Only &amp;undecided items</source>
        <translation>Только &amp;нерешённые пункты</translation>
    </message>
    <message>
        <source>Only d&amp;eviations</source>
        <translation>Только &amp;отклонения</translation>
    </message>
    <message>
        <source>Room &amp;as of…</source>
        <translation>Зал на &amp;момент…</translation>
    </message>
    <message>
        <source>&amp;Room, capital and proposals</source>
        <translation>З&amp;ал, столица и предложения</translation>
    </message>
    <message>
        <source>&amp;Compare documents…</source>
        <translation>&amp;Сравнить документы…</translation>
    </message>
    <message>
        <source>&amp;Links between versions…</source>
        <translation>Св&amp;язи между версиями…</translation>
    </message>
    <message>
        <source>Carry positions to the &amp;new version…</source>
        <translation>&amp;Перенести позиции в новую версию…</translation>
    </message>
    <message>
        <source>&amp;Delegations…</source>
        <translation>&amp;Делегации…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Команда…</translation>
    </message>
    <message>
        <source>Only team disa&amp;greements</source>
        <translation>Только разногласия команды (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About CyberTrack</source>
        <translation>&amp;О программе CyberTrack</translation>
    </message>
    <message>
        <source>Import the document</source>
        <translation>Импортировать документ</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>Разделить пункт</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>Объединить с пунктом выше</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>Сделать пропущенный текст пунктом</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>Перенумеровать пункт</translation>
    </message>
    <message>
        <source>Next left-out text</source>
        <translation>Следующий пропущенный текст</translation>
    </message>
    <message>
        <source>Confirm the link</source>
        <translation>Подтвердить связь</translation>
    </message>
    <message>
        <source>Reject the link</source>
        <translation>Отклонить связь</translation>
    </message>
    <message>
        <source>Re-point the link</source>
        <translation>Перенаправить связь</translation>
    </message>
    <message>
        <source>Find candidate links</source>
        <translation>Найти возможные связи</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>Следующая связь</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>Предыдущая связь</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>Перенести отмеченные позиции</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Экспортировать сравнение</translation>
    </message>
    <message>
        <source>Back to the comparison list</source>
        <translation>Назад к списку сравнения</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>Изменить предложение</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>Отозвать или восстановить предложение</translation>
    </message>
    <message>
        <source>Merge the pack</source>
        <translation>Объединить пакет</translation>
    </message>
    <message>
        <source>Link to the candidate</source>
        <translation>Связать с кандидатом</translation>
    </message>
    <message>
        <source>Not this paragraph</source>
        <translation>Не этот пункт</translation>
    </message>
    <message>
        <source>They support</source>
        <translation>Поддерживает</translation>
    </message>
    <message>
        <source>They oppose</source>
        <translation>Возражает</translation>
    </message>
    <message>
        <source>They want it amended</source>
        <translation>Предлагает поправку</translation>
    </message>
    <message>
        <source>Clear their stance</source>
        <translation>Очистить позицию</translation>
    </message>
    <message>
        <source>Add the participants</source>
        <translation>Добавить участников</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>Добавить делегацию</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>П&amp;озиция</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Зал</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Главное окно</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <source>Links between versions</source>
        <translation>Связи между версиями</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Position pack</source>
        <translation>Пакет позиций</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>Файл рабочей области повреждён (%1). Выберите Файл &gt; Восстановить из резервной копии…, чтобы вернуться к исправной копии; текущее состояние будет предварительно сохранено в резервной копии.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Ошибка автоматического резервного копирования: %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry positions to the new version</source>
        <translation>Перенос позиций в новую версию</translation>
    </message>
    <message>
        <source>Positions that can be carried</source>
        <translation>Позиции, которые можно перенести</translation>
    </message>
    <message>
        <source>Nothing to carry: no item with a position in the earlier version is linked to this one. Check the links between the versions (Ctrl+L).</source>
        <translation>Переносить нечего: ни один пункт с позицией в предыдущей версии не связан с этой. Проверьте связи между версиями (Ctrl+L).</translation>
    </message>
    <message>
        <source>What changed in the text since you decided</source>
        <translation>Что изменилось в тексте после вашего решения</translation>
    </message>
    <message>
        <source>Dropped items</source>
        <translation>Исключённые пункты</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Новые пункты</translation>
    </message>
    <message>
        <source>No item was dropped.</source>
        <translation>Ни один пункт не исключён.</translation>
    </message>
    <message>
        <source>No item is new.</source>
        <translation>Новых пунктов нет.</translation>
    </message>
    <message>
        <source>Dropped from the new version:</source>
        <translation>Исключены из новой версии:</translation>
    </message>
    <message>
        <source>New in this version (no position yet):</source>
        <translation>Новые в этой версии (позиции пока нет):</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>С %1 на %2: позиций для проверки — %3, с изменённым текстом — %4.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space отмечает строку или снимает отметку · Ctrl+Enter переносит отмеченные строки</translation>
    </message>
    <message>
        <source>&amp;Carry ticked positions</source>
        <translation>&amp;Перенести отмеченные позиции</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>Перенести отмеченные позиции</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Перенос</translation>
    </message>
</context>
<context>
    <name>CarryPrompt</name>
    <message>
        <source>Carry-over</source>
        <translation>Перенос позиций</translation>
    </message>
    <message>
        <source>Carry-over message</source>
        <translation>Сообщение о переносе</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>View ▸ Carry positions (Ctrl+Shift+V) opens the review later</source>
        <translation>Вид ▸ Перенести позиции (Ctrl+Shift+V) откроет проверку позже</translation>
    </message>
    <message>
        <source>%1 looks like a new version of %2. %3 of your positions there can be carried over; %4 of them onto a text that has changed.</source>
        <translation>%1, по-видимому, новая версия %2. Можно перенести %3 ваших позиций; %4 из них — на изменившийся текст.</translation>
    </message>
    <message>
        <source>&amp;Review carrying %1 positions… (Ctrl+Shift+V)</source>
        <translation>&amp;Проверить перенос позиций: %1… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Review the carry-over</source>
        <translation>Проверить перенос</translation>
    </message>
    <message>
        <source>Opens the list of positions to carry, each ticked or not</source>
        <translation>Открывает список позиций для переноса, каждая отмечена или нет</translation>
    </message>
    <message>
        <source>&amp;Show the %1 to recheck</source>
        <translation>&amp;Показать требующие перепроверки: %1</translation>
    </message>
    <message>
        <source>Show the positions to recheck</source>
        <translation>Показать позиции для перепроверки</translation>
    </message>
    <message>
        <source>Filters the list to the carried positions whose text changed</source>
        <translation>Оставляет в списке перенесённые позиции, текст которых изменился</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <source>Carry</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>Наша позиция</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>text changed since you decided</source>
        <translation>текст изменился после вашего решения</translation>
    </message>
    <message>
        <source>merged with another decided item: choose one</source>
        <translation>объединён с другим решённым пунктом: выберите один</translation>
    </message>
    <message>
        <source>already decided in the new version</source>
        <translation>уже решено в новой версии</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>тот же текст</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare documents</source>
        <translation>Сравнение документов</translation>
    </message>
    <message>
        <source>Linked items across documents</source>
        <translation>Связанные пункты в разных документах</translation>
    </message>
    <message>
        <source>No item to compare with these filters. Clear a filter (Alt+1…4), or link the versions first (View ▸ Links between versions, Ctrl+L).</source>
        <translation>Нет пунктов для сравнения с этими фильтрами. Снимите фильтр (Alt+1…4) или сначала свяжите версии (Вид ▸ Связи между версиями, Ctrl+L).</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Показывать только:</translation>
    </message>
    <message>
        <source>&amp;1 Stance changed</source>
        <translation>&amp;1 Позиция изменена</translation>
    </message>
    <message>
        <source>&amp;2 Text changed</source>
        <translation>&amp;2 Текст изменён</translation>
    </message>
    <message>
        <source>&amp;3 New</source>
        <translation>&amp;3 Новые</translation>
    </message>
    <message>
        <source>&amp;4 Dropped</source>
        <translation>&amp;4 Исключённые</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>Экспорт в Word или Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Экспортировать сравнение</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>Текст в %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>Строк: %1 из %2</translation>
    </message>
    <message>
        <source>Not in this version.</source>
        <translation>Отсутствует в этой версии.</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Документ Word (*.docx);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>— dropped</source>
        <translation>— исключён</translation>
    </message>
    <message>
        <source>— not in this version</source>
        <translation>— отсутствует в этой версии</translation>
    </message>
    <message>
        <source>stance changed</source>
        <translation>позиция изменена</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>текст изменён</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <source>Reports of the negotiation day</source>
        <translation>Документы переговорного дня</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Report to capital (internal)</source>
        <translation>Отчёт в столицу (внутренний)</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Таблица статуса</translation>
    </message>
    <message>
        <source>Day reported</source>
        <translation>День отчёта</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>Зал на момент</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>The document shown</source>
        <translation>Показанный документ</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Shareable (no room notes)</source>
        <translation>Для распространения (без заметок из зала)</translation>
    </message>
    <message>
        <source>Internal (with room notes)</source>
        <translation>Внутренний (с заметками из зала)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Word file to write</source>
        <translation>Файл Word для записи</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the Word file to write</source>
        <translation>Выбрать файл Word для записи</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Результат экспорта</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Room &amp;as of:</source>
        <translation>Зал на &amp;момент:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>Д&amp;окументы:</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>П&amp;рофиль:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Write the Word file</source>
        <translation>Записать файл Word</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 paragraphs).</source>
        <translation>Записано: %1 (абзацев: %2).</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <source>With us / against</source>
        <translation>С нами / против</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegations — %1</source>
        <translation>Делегации — %1</translation>
    </message>
    <message>
        <source>e.g. statement of 28 July, informals</source>
        <translation>напр. заявление от 28 июля, неофициальные консультации</translation>
    </message>
    <message>
        <source>Source of the stances you record</source>
        <translation>Источник записываемых позиций</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Stances of delegations on each item</source>
        <translation>Позиции делегаций по каждому пункту</translation>
    </message>
    <message>
        <source>No other delegation yet. Add this document&apos;s participants (Ctrl+P) or a delegation by name (Ctrl+N), then record what each said with 1, 2, 3 or 0.</source>
        <translation>Других делегаций пока нет. Добавьте участников этого документа (Ctrl+P) или делегацию по названию (Ctrl+N), затем отметьте сказанное каждой клавишами 1, 2, 3 или 0.</translation>
    </message>
    <message>
        <source>Who is with us and who is against on this item</source>
        <translation>Кто с нами и кто против по этому пункту</translation>
    </message>
    <message>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>1 поддержать · 2 возразить · 3 изменить · 0 сбросить, для выбранных ячеек · зелёный: с нами, красный: против, жёлтый: частично</translation>
    </message>
    <message>
        <source>Add the &amp;participants</source>
        <translation>Добавить &amp;участников</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>Добавить участников этого документа (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Add delegation…</source>
        <translation>&amp;Добавить делегацию…</translation>
    </message>
    <message>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>Добавить делегацию или группу по названию (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants</source>
        <translation>Добавить участников этого документа</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>Добавить делегацию</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>This document lists no participants. Add delegations by name with Add delegation (Ctrl+N).</source>
        <translation>В этом документе нет списка участников. Добавьте делегации по названию: «Добавить делегацию» (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 delegations added from the participants; %2 were already listed.</source>
        <translation>Добавлено делегаций из списка участников: %1; уже были в списке: %2.</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Добавить делегацию</translation>
    </message>
    <message>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>Делегация или группа (напр. Европейский союз):</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Item details</source>
        <translation>Сведения о пункте</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear stance</source>
        <translation>Сбросить позицию</translation>
    </message>
    <message>
        <source>Internal: never in a shareable paper</source>
        <translation>Внутреннее: никогда не попадает в документы для передачи</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>Обоснование вашей делегации; никогда не попадает в документы для передачи</translation>
    </message>
    <message>
        <source>Proposed amendment</source>
        <translation>Предлагаемая поправка</translation>
    </message>
    <message>
        <source>The wording you propose; the changes are shown below</source>
        <translation>Предлагаемая вами формулировка; изменения показаны ниже</translation>
    </message>
    <message>
        <source>Public: printed in position papers</source>
        <translation>Открыто: печатается в позиционных документах</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Открытое обоснование</translation>
    </message>
    <message>
        <source>The reason a shareable position paper gives</source>
        <translation>Обоснование, приводимое в позиционном документе для передачи</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Selected items</source>
        <translation>Выбранные пункты</translation>
    </message>
    <message>
        <source>Carried position</source>
        <translation>Перенесённая позиция</translation>
    </message>
    <message>
        <source>Mark as &amp;checked</source>
        <translation>Отметить как &amp;проверенное</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Отметить как проверенное</translation>
    </message>
    <message>
        <source>The changed text has been looked at (Ctrl+K)</source>
        <translation>Изменённый текст просмотрен (Ctrl+K)</translation>
    </message>
    <message>
        <source>Read-only; select with Shift and the arrow keys, copy with Ctrl+C</source>
        <translation>Только чтение; выделяйте клавишей Shift со стрелками, копируйте Ctrl+C</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Красная линия</translation>
    </message>
    <message>
        <source>Normal, priority or red line</source>
        <translation>Обычный, приоритет или красная линия</translation>
    </message>
    <message>
        <source>Ctrl+M amends from the original wording</source>
        <translation>Ctrl+M: изменить на основе исходной формулировки</translation>
    </message>
    <message>
        <source>Amendment redline</source>
        <translation>Поправка с выделением изменений</translation>
    </message>
    <message>
        <source>Colleagues&apos; positions</source>
        <translation>Позиции коллег</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Внутренняя заметка</translation>
    </message>
    <message>
        <source>Public &amp;reason</source>
        <translation>&amp;Открытое обоснование</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>Поп&amp;равка</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>No colleague has a position here.</source>
        <translation>Ни у кого из коллег нет позиции по этому пункту.</translation>
    </message>
    <message>
        <source>The team disagrees on this item.</source>
        <translation>Команда расходится во мнениях по этому пункту.</translation>
    </message>
    <message>
        <source>capital: %1</source>
        <translation>столица: %1</translation>
    </message>
    <message>
        <source>room: %1</source>
        <translation>зал: %1</translation>
    </message>
    <message>
        <source>proposals by %1</source>
        <translation>предложения: %1</translation>
    </message>
    <message>
        <source>No change from the original yet.</source>
        <translation>Изменений относительно оригинала пока нет.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>%1 items selected: %2. A stance key sets all of them.</source>
        <translation>Выбрано пунктов: %1 (%2). Клавиша позиции задаёт её всем.</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Пункт не выбран</translation>
    </message>
    <message>
        <source>Carried from %1; the text has changed since: recheck it.</source>
        <translation>Перенесено из %1; текст с тех пор изменился: перепроверьте.</translation>
    </message>
    <message>
        <source>Carried from an earlier version; the text has changed: recheck it.</source>
        <translation>Перенесено из предыдущей версии; текст изменился: перепроверьте.</translation>
    </message>
    <message>
        <source>Carried from %1.</source>
        <translation>Перенесено из %1.</translation>
    </message>
    <message>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>Выберите пункт в списке, чтобы прочитать его и определить позицию.</translation>
    </message>
</context>
<context>
    <name>DocumentVersionList</name>
    <message>
        <source>Documents to export</source>
        <translation>Документы для экспорта</translation>
    </message>
    <message>
        <source>Tick the documents whose items the paper covers; the latest version of each text is ticked</source>
        <translation>Отметьте документы, пункты которых охватывает документ; последняя версия каждого текста уже отмечена</translation>
    </message>
    <message>
        <source>latest of %1 versions</source>
        <translation>последняя из версий: %1</translation>
    </message>
    <message>
        <source>earlier version (the latest is [%1] %2)</source>
        <translation>предыдущая версия (последняя — [%1] %2)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Draft report</source>
        <translation>Проект доклада</translation>
    </message>
    <message>
        <source>Draft resolution</source>
        <translation>Проект резолюции</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>Проект решения</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Поправки</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Note by the Secretariat</source>
        <translation>Записка Секретариата</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Договор</translation>
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
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Position paper</source>
        <translation>Позиционный документ</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Справочная записка</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <translation>Внутреннее досье</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Shareable — for other delegations</source>
        <translation>Для передачи — другим делегациям</translation>
    </message>
    <message>
        <source>Internal — our delegation only</source>
        <translation>Внутренний — только для нашей делегации</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Как в документе</translation>
    </message>
    <message>
        <source>Grouped by stance</source>
        <translation>По позициям</translation>
    </message>
    <message>
        <source>Red lines and priorities first</source>
        <translation>Сначала красные линии и приоритеты</translation>
    </message>
    <message>
        <source>List undecided paragraphs as under &amp;consideration</source>
        <translation>Указать пункты &amp;без позиции как находящиеся на рассмотрении</translation>
    </message>
    <message>
        <source>List undecided paragraphs</source>
        <translation>Указать пункты без позиции</translation>
    </message>
    <message>
        <source>A shareable paper leaves out paragraphs without a position; tick to name them as under consideration</source>
        <translation>Документ для распространения не включает пункты без позиции; отметьте, чтобы указать их как находящиеся на рассмотрении</translation>
    </message>
    <message>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>Показать поправки как &amp;исправления Word</translation>
    </message>
    <message>
        <source>Amendments as tracked changes</source>
        <translation>Поправки как исправления</translation>
    </message>
    <message>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>Предлагаемые формулировки отображаются как исправления Word, которые читатель может принять или отклонить</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>The delegation named as the author of the paper</source>
        <translation>Делегация, указываемая автором документа</translation>
    </message>
    <message>
        <source>CyberTrack&apos;s default template</source>
        <translation>Стандартный шаблон CyberTrack</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <source>A .docx or .dotx whose styles the paper uses; empty for the default</source>
        <translation>Файл .docx или .dotx, стили которого использует документ; пусто — шаблон по умолчанию</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Выходной файл</translation>
    </message>
    <message>
        <source>Where the Word file is written</source>
        <translation>Куда записывается файл Word</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Открыть файл по завершении</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Открыть по завершении</translation>
    </message>
    <message>
        <source>Open the written file in the word processor</source>
        <translation>Открыть записанный файл в текстовом редакторе</translation>
    </message>
    <message>
        <source>What will be included</source>
        <translation>Что будет включено</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Write the Word file now</source>
        <translation>Записать файл Word сейчас</translation>
    </message>
    <message>
        <source>Close this dialog without exporting</source>
        <translation>Закрыть это окно без экспорта</translation>
    </message>
    <message>
        <source>Choose the %1 of the paper</source>
        <translation>Выбрать: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Opens a file chooser</source>
        <translation>Открывает окно выбора файла</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Вид документа</translation>
    </message>
    <message>
        <source>P&amp;rofile</source>
        <translation>П&amp;рофиль</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>Поря&amp;док</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>Де&amp;легация</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Док&amp;ументы</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Шаблон</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Выбрать шаблон</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Сохранить как</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Выбрать выходной файл</translation>
    </message>
    <message>
        <source>item texts</source>
        <translation>тексты пунктов</translation>
    </message>
    <message>
        <source>stances</source>
        <translation>позиции</translation>
    </message>
    <message>
        <source>public reasons</source>
        <translation>открытые обоснования</translation>
    </message>
    <message>
        <source>proposed wording as tracked changes</source>
        <translation>предлагаемые формулировки как исправления</translation>
    </message>
    <message>
        <source>proposed wording as clean text</source>
        <translation>предлагаемые формулировки как чистый текст</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>внутренние заметки</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>приоритеты</translation>
    </message>
    <message>
        <source>author initials</source>
        <translation>инициалы автора</translation>
    </message>
    <message>
        <source>undecided paragraphs</source>
        <translation>пункты без позиции</translation>
    </message>
    <message>
        <source>undecided paragraphs, as under consideration</source>
        <translation>пункты без позиции — как находящиеся на рассмотрении</translation>
    </message>
    <message>
        <source>stance history</source>
        <translation>история позиций</translation>
    </message>
    <message>
        <source>Included: %1.</source>
        <translation>Включено: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Не включено: %1.</translation>
    </message>
    <message>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>Автором файла указывается делегация, а не вы.</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Выбор шаблона Word</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Сохранить экспорт как</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>choose at least one document</source>
        <translation>выберите хотя бы один документ</translation>
    </message>
    <message>
        <source>Writing %1 items to %2…</source>
        <translation>Запись пунктов (%1) в %2…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>Записан файл %1 (пунктов: %2).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Export position pack</source>
        <translation>Экспорт пакета позиций</translation>
    </message>
    <message>
        <source>My positions (%1)</source>
        <translation>Мои позиции (%1)</translation>
    </message>
    <message>
        <source>The whole team&apos;s positions</source>
        <translation>Позиции всей команды</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>Только изменения с</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Изменения с</translation>
    </message>
    <message>
        <source>Optional: seal the pack for email</source>
        <translation>Необязательно: запечатать пакет для отправки по почте</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in items (Ctrl+F)</source>
        <translation>Поиск в пунктах (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in items</source>
        <translation>Поиск в пунктах</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Искать в</translation>
    </message>
    <message>
        <source>Search the item text, your own notes and wording, or both (Ctrl+Shift+F)</source>
        <translation>Искать в тексте пунктов, в ваших заметках и формулировках или везде (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search in (Ctrl+Shift+F changes it)</source>
        <translation>Искать в (Ctrl+Shift+F меняет)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <source>My notes and wording</source>
        <translation>Мои заметки и формулировки</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>Фильтр по позиции</translation>
    </message>
    <message>
        <source>Show only items with this stance, or undecided</source>
        <translation>Показывать только пункты с этой позицией или нерешённые</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Любая позиция</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>Фильтр по разделу</translation>
    </message>
    <message>
        <source>Show only the items of one section</source>
        <translation>Показывать только пункты одного раздела</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Only items with an amendment</source>
        <translation>Только пункты с поправкой</translation>
    </message>
    <message>
        <source>Only items with proposed amendment wording</source>
        <translation>Только пункты с предлагаемой поправкой</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Only items with a note</source>
        <translation>Только пункты с заметкой</translation>
    </message>
    <message>
        <source>Only items with an internal note</source>
        <translation>Только пункты с внутренней заметкой</translation>
    </message>
    <message>
        <source>Recheck</source>
        <translation>Перепроверить</translation>
    </message>
    <message>
        <source>Only items to recheck</source>
        <translation>Только пункты для перепроверки</translation>
    </message>
    <message>
        <source>Only positions carried onto a text that changed, not yet looked at again</source>
        <translation>Только позиции, перенесённые на изменившийся текст и ещё не перепроверенные</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Only items where the team disagrees</source>
        <translation>Только пункты, по которым команда расходится</translation>
    </message>
    <message>
        <source>Only items where colleagues hold different stances</source>
        <translation>Только пункты, по которым у коллег разные позиции</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>Снова показать все пункты (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>CyberTrack user guide</source>
        <translation>Руководство пользователя CyberTrack</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Our stance: %1 → %2</source>
        <translation>Наша позиция: %1 → %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Зал: %1</translation>
    </message>
    <message>
        <source>Room: %1 → %2</source>
        <translation>Зал: %1 → %2</translation>
    </message>
    <message>
        <source>Capital: %1 → %2</source>
        <translation>Столица: %1 → %2</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording edited</source>
        <translation>Запасная формулировка столицы изменена</translation>
    </message>
    <message>
        <source>Capital&apos;s note edited</source>
        <translation>Заметка столицы изменена</translation>
    </message>
    <message>
        <source>Proposal by %1 recorded</source>
        <translation>Записано предложение: %1</translation>
    </message>
    <message>
        <source>Proposal by %1 edited</source>
        <translation>Изменено предложение: %1</translation>
    </message>
    <message>
        <source>Proposal by %1 withdrawn</source>
        <translation>Отозвано предложение: %1</translation>
    </message>
    <message>
        <source>Proposal by %1 reinstated</source>
        <translation>Восстановлено предложение: %1</translation>
    </message>
    <message>
        <source>Proposal by %1 removed</source>
        <translation>Удалено предложение: %1</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Stance history</source>
        <translation>История позиций</translation>
    </message>
    <message>
        <source>Every change of stance on this item, with its time</source>
        <translation>Все изменения позиции по этому пункту с указанием времени</translation>
    </message>
    <message>
        <source>carried from %1</source>
        <translation>перенесено из %1</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(отменено %1)</translation>
    </message>
    <message>
        <source>No stance set yet: press 1, 2 or 3 to decide.</source>
        <translation>Позиция ещё не задана: нажмите 1, 2 или 3.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Ход чтения</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <source>e.g. A/80/604/Add.3</source>
        <translation>напр. A/80/604/Add.3</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Условное обозначение:</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Метка версии</translation>
    </message>
    <message>
        <source>e.g. Rev.1, or the date of this text</source>
        <translation>например Rev.1 или дата этого текста</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>Another document has this name</source>
        <translation>Другой документ носит это название</translation>
    </message>
    <message>
        <source>Version to import</source>
        <translation>Импортируемая версия</translation>
    </message>
    <message>
        <source>As proposed (tracked changes accepted)</source>
        <translation>В предложенном виде (исправления приняты)</translation>
    </message>
    <message>
        <source>Original (tracked changes rejected)</source>
        <translation>Исходная (исправления отклонены)</translation>
    </message>
    <message>
        <source>Trac&amp;ked changes:</source>
        <translation>&amp;Исправления:</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Предупреждения импорта</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Сведения:</translation>
    </message>
    <message>
        <source>Keep in the &amp;library of precedent (a reference, not a text to negotiate)</source>
        <translation>Сохранить в &amp;библиотеке прецедентов (справочный текст, не предмет переговоров)</translation>
    </message>
    <message>
        <source>Library of precedent</source>
        <translation>Библиотека прецедентов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>Import the ticked items</source>
        <translation>Импортировать отмеченные пункты</translation>
    </message>
    <message>
        <source>Import (Ctrl+Return)</source>
        <translation>Импорт (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>Найдено пунктов: %1 в %2 (%3). Проверьте их, затем импортируйте.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распространение</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Statements by</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Already in the workspace: %1. Give this version a label that tells it apart.</source>
        <translation>Уже в рабочей области: %1. Дайте этой версии метку, которая её отличает.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Не удаётся импортировать: %1</translation>
    </message>
    <message>
        <source>Importing %1 items…</source>
        <translation>Импорт пунктов: %1…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The room as of %1</source>
        <translation>Зал на %1</translation>
    </message>
    <message>
        <source>Room (as of)</source>
        <translation>Зал (на момент)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>есть заметка</translation>
    </message>
    <message>
        <source>has an amendment</source>
        <translation>есть поправка</translation>
    </message>
    <message>
        <source>carried onto a changed text: recheck</source>
        <translation>перенесено на изменённый текст: перепроверить</translation>
    </message>
    <message>
        <source>the team disagrees</source>
        <translation>команда расходится</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>Нумерованные пункты с позициями; клавиши 1, 2, 3 или 0 задают позицию</translation>
    </message>
    <message>
        <source>Item columns: click to sort</source>
        <translation>Столбцы пунктов: щёлкните для сортировки</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <source>Nothing to show</source>
        <translation>Нечего показать</translation>
    </message>
    <message>
        <source>%1 selected ·</source>
        <translation>Выбрано: %1 ·</translation>
    </message>
    <message>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>Импортируйте документ или перетащите его сюда (Ctrl+I), чтобы начать работу.</translation>
    </message>
    <message>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>Нет пунктов, соответствующих фильтрам.
Сбросьте их клавишами Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 ·</source>
        <translation>Показано %1 из %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Links from %1 to %2</source>
        <translation>Связи из %1 в %2</translation>
    </message>
    <message>
        <source>Candidate links</source>
        <translation>Возможные связи</translation>
    </message>
    <message>
        <source>No links between these versions yet. Press F to find candidate links.</source>
        <translation>Связей между этими версиями пока нет. Нажмите F, чтобы найти возможные связи.</translation>
    </message>
    <message>
        <source>The two texts, differences marked</source>
        <translation>Два текста с отмеченными различиями</translation>
    </message>
    <message>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C подтвердить · R отклонить · P связать с другим пунктом · F найти возможные связи · J/K следующая/предыдущая</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>Перенаправить связь</translation>
    </message>
    <message>
        <source>The old item is the same as:</source>
        <translation>Прежний пункт соответствует:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждена</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last time, in %1 %2: %3</source>
        <translation>В прошлый раз, в %1 %2: %3</translation>
    </message>
    <message>
        <source>text changed since</source>
        <translation>текст с тех пор изменился</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>Сначала импортируйте вторую версию текста (Файл ▸ Импорт, Ctrl+I).</translation>
    </message>
    <message>
        <source>Linking the two versions…</source>
        <translation>Сопоставление двух версий…</translation>
    </message>
    <message>
        <source>Export stance sheet</source>
        <translation>Экспорт таблицы позиций</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>Записан файл %1 (пунктов: %2).</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>Импорт таблицы позиций</translation>
    </message>
    <message>
        <source>About CyberTrack</source>
        <translation>О программе CyberTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Позиция вашей делегации по каждому пункту текста переговоров, без подключения к сети.&lt;/p&gt;&lt;p&gt;Лицензия: MIT. Создано с помощью Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>Показанные пункты</translation>
    </message>
    <message>
        <source>Documents (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;All files (*)</source>
        <translation>Документы (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Другие инструменты</translation>
    </message>
    <message>
        <source>The toolbar&apos;s buttons that do not fit</source>
        <translation>Кнопки панели инструментов, которые не поместились</translation>
    </message>
    <message>
        <source>Items selected</source>
        <translation>Выбранные пункты</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every item shown has a stance.</source>
        <translation>По всем показанным пунктам позиция определена.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <source>Import a document to begin</source>
        <translation>Для начала импортируйте документ</translation>
    </message>
    <message>
        <source>Writing the change…</source>
        <translation>Сохранение изменения…</translation>
    </message>
    <message>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>Только для чтения: запись в этот файл рабочей области невозможна (файл, папка или диск доступны только для чтения). Можно просматривать и экспортировать; изменения не принимаются.</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Рабочая область только для чтения</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только для чтения)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{name} is empty</source>
        <translation>файл {name} пуст</translation>
    </message>
    <message>
        <source>{name} contains no numbered paragraphs or recommendations</source>
        <translation>в файле {name} нет нумерованных пунктов или рекомендаций</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document</source>
        <translation>{path} — это папка, а не документ</translation>
    </message>
    <message>
        <source>{name} is too large to be a meeting document ({size} MB)</source>
        <translation>файл {name} слишком велик для документа заседания ({size} МБ)</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in text form ({size} MB; the limit is {limit} MB)</source>
        <translation>файл {name} слишком велик для документа заседания в текстовом формате ({size} МБ; предел — {limit} МБ)</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>не удаётся прочитать {path} (доступ запрещён)</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a real {kind} file (its content is of another kind)</source>
        <translation>{name} на самом деле не является файлом {kind} (его содержимое другого типа)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file; save it as .docx in Word</source>
        <translation>{name} — старый двоичный файл Word (.doc); сохраните его в формате .docx в Word</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, a presentation or another kind of archive, not a Word (.docx) or OpenDocument (.odt) text</source>
        <translation>{name} — электронная таблица, презентация или другой архив, а не текст Word (.docx) или OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>{name} is an e-mail whose text is empty; the documents attached to it ({files}) are not read from it: save them and import each</source>
        <translation>{name} — электронное письмо с пустым текстом; вложенные в него документы ({files}) из него не читаются: сохраните их и импортируйте каждый</translation>
    </message>
    <message>
        <source>the e-mail&apos;s text is imported; the documents attached to it ({files}) are not: save them and import each</source>
        <translation>текст электронного письма импортирован; вложенные в него документы ({files}) — нет: сохраните их и импортируйте каждый</translation>
    </message>
    <message>
        <source>the text of {name} holds no numbered paragraphs: the document attached to it, {file}, is imported</source>
        <translation>текст {name} не содержит пронумерованных пунктов: импортирован вложенный в него документ {file}</translation>
    </message>
    <message>
        <source>{name} is an Outlook message, not a document: save the document it carries (or its text) and import that</source>
        <translation>{name} — сообщение Outlook, а не документ: сохраните вложенный документ (или его текст) и импортируйте его</translation>
    </message>
    <message>
        <source>{name} is an Excel or PowerPoint file (or another old Office file), not a Word document</source>
        <translation>{name} — файл Excel или PowerPoint (или другой старый файл Office), а не документ Word</translation>
    </message>
    <message>
        <source>{name} is not a document CyberTrack can read (binary content)</source>
        <translation>{name} не является документом, который может прочитать CyberTrack (двоичное содержимое)</translation>
    </message>
    <message>
        <source>{name} is not valid text (unknown character encoding)</source>
        <translation>{name} не является допустимым текстом (неизвестная кодировка символов)</translation>
    </message>
    <message>
        <source>{name} is not in Unicode: it was read as {encoding}; check that its letters look right</source>
        <translation>{name} не в Юникоде: файл прочитан в кодировке {encoding}; проверьте, что буквы отображаются правильно</translation>
    </message>
    <message>
        <source>{name}: {kind} files are not supported</source>
        <translation>{name}: файлы {kind} не поддерживаются</translation>
    </message>
    <message>
        <source>{name} could not be read as {kind} ({reason})</source>
        <translation>не удалось прочитать {name} как файл {kind} ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (damaged or not .docx)</source>
        <translation>{name} не является читаемым файлом Word (повреждён или не в формате .docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document ({reason})</source>
        <translation>{name} не является документом Word ({reason})</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (its XML cannot be read)</source>
        <translation>{name} — повреждённый файл Word (не удаётся прочитать его XML)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file: its part {part} is missing</source>
        <translation>{name} — повреждённый файл Word: отсутствует его часть {part}</translation>
    </message>
    <message>
        <source>{name} is password-protected; remove the password in Word and import it again</source>
        <translation>{name} защищён паролем; снимите пароль в Word и импортируйте файл снова</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its zip container is damaged)</source>
        <translation>{name} не является читаемым файлом Word (его zip-контейнер повреждён)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (a part cannot be unpacked)</source>
        <translation>{name} — повреждённый файл Word (не удаётся распаковать одну из его частей)</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count} parts, far more than any document</source>
        <translation>файл {name} отклонён: число частей в нём ({count}) намного больше, чем в любом документе</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size} MB, which only a zip bomb does</source>
        <translation>файл {name} отклонён: после распаковки он занял бы {size} МБ, что характерно только для zip-бомбы</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} expands {ratio} times, which only a zip bomb does</source>
        <translation>файл {name} отклонён: его часть {part} при распаковке увеличивается в объёме с коэффициентом {ratio}, что характерно только для zip-бомбы</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} declares XML entities (DOCTYPE/ENTITY), which Word never writes and attacks use</source>
        <translation>файл {name} отклонён: его часть {part} объявляет сущности XML (DOCTYPE/ENTITY), которые Word никогда не записывает, но которые используются при атаках</translation>
    </message>
    <message>
        <source>{name} is not a readable OpenDocument text (.odt) file (damaged)</source>
        <translation>{name} не является читаемым текстовым файлом OpenDocument (.odt) (повреждён)</translation>
    </message>
    <message>
        <source>{name} is a damaged OpenDocument text file: its part {part} is missing</source>
        <translation>{name} — повреждённый текстовый файл OpenDocument: в нём нет части {part}</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy in LibreOffice</source>
        <translation>{name} защищён паролем; сохраните незащищённую копию в LibreOffice</translation>
    </message>
    <message>
        <source>{name} is not a readable RTF file ({reason})</source>
        <translation>{name} не является читаемым файлом RTF ({reason})</translation>
    </message>
    <message>
        <source>{name} is refused: it declares entities (&lt;!ENTITY&gt;), which web pages never need</source>
        <translation>{name} отклонён: он объявляет сущности (&lt;!ENTITY&gt;), которые веб-страницам не нужны</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in {kind} form ({size} MB; the limit is {limit} MB)</source>
        <translation>файл {name} слишком велик для документа заседания в формате {kind} ({size} МБ; предел — {limit} МБ)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file and LibreOffice could not convert it ({reason}); save it as .docx in Word</source>
        <translation>{name} — старый двоичный файл Word (.doc), и LibreOffice не удалось его преобразовать ({reason}); сохраните его в формате .docx в Word</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy</source>
        <translation>{name} защищён паролем; сохраните незащищённую копию</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or truncated)</source>
        <translation>{name} не является читаемым PDF-файлом (повреждён или обрезан)</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (a page cannot be read)</source>
        <translation>{name} — повреждённый PDF-файл (не удаётся прочитать одну из страниц)</translation>
    </message>
    <message>
        <source>{name} has no text layer (a scanned image?); ask for the Word or text version</source>
        <translation>в {name} нет текстового слоя (отсканированное изображение?); запросите версию в формате Word или текстовую версию</translation>
    </message>
    <message>
        <source>{name} is refused: its compressed streams would expand past {limit} MB, which only a compression bomb does</source>
        <translation>{name} отклонён: после распаковки его сжатые потоки превысили бы {limit} МБ, так ведёт себя только «бомба» сжатия</translation>
    </message>
    <message>
        <source>the text of page(s) {pages} does not read as words (a font that maps its characters wrongly?): compare those pages with the printed document</source>
        <translation>текст страниц(ы) {pages} не читается как слова (шрифт неверно сопоставляет символы?): сверьте эти страницы с печатным документом</translation>
    </message>
    <message>
        <source>no text on page(s) {pages}, only images (a scan, a map or a chart?): what they show is not imported</source>
        <translation>на странице (страницах) {pages} нет текста, только изображения (скан, карта или диаграмма?): их содержание не импортируется</translation>
    </message>
    <message>
        <source>large pictures in the Word file ({n}, the first {where}): a scan, a map or a chart? What they show is not imported</source>
        <translation>крупные изображения в файле Word ({n}, первое {where}): скан, карта или диаграмма? Их содержание не импортируется</translation>
    </message>
    <message>
        <source>hidden text in the Word file ({chars} characters, the first {excerpt!q}): Word does not show it, so it is not imported</source>
        <translation>скрытый текст в файле Word ({chars} знаков, первый {excerpt!q}): Word его не показывает, поэтому он не импортируется</translation>
    </message>
    <message>
        <source>{n} {n|comment|comments} in the margin of the {kind} file (the first {excerpt!q}): comments are not imported; read them in the file</source>
        <translation>{n} {n|примечание|примечания|примечаний} на полях файла {kind} (первое {excerpt!q}): примечания не импортируются; прочитайте их в самом файле</translation>
    </message>
    <message>
        <source>text struck through in {n} {n|paragraph|paragraphs} of the Word file (the first {excerpt!q}): a deletion proposed by formatting, not a tracked change? It is kept in the items as if it stood: read them against the document</source>
        <translation>зачеркнутый текст в {n} {n|абзаце|абзацах|абзацах} файла Word (первый {excerpt!q}): удаление, предложенное форматированием, а не записанным исправлением? Он сохранен в пунктах так, будто остается в силе: сверьте их с документом</translation>
    </message>
    <message>
        <source>{n} tracked {n|change|changes} in the {kind} file, read as proposed (changes accepted): text proposed for deletion is left out. Import its Word (.docx) version to see each change</source>
        <translation>{n} {n|записанное исправление|записанных исправления|записанных исправлений} в файле {kind}: прочитано как предложено (исправления приняты), текст, предложенный к удалению, опущен. Импортируйте его версию Word (.docx), чтобы увидеть каждое исправление</translation>
    </message>
    <message>
        <source>read as the cover page, before the first paragraph or heading ({chars} characters): {excerpt!q}</source>
        <translation>прочитано как титульная страница, до первого пункта или заголовка ({chars} знаков): {excerpt!q}</translation>
    </message>
    <message>
        <source>the text is printed again from {excerpt!q} on, in another language: that copy ({chars} {chars|character|characters}) was not imported</source>
        <translation>текст напечатан повторно, начиная с {excerpt!q}, на другом языке: эта копия ({chars} {chars|символ|символа|символов}) не импортирована</translation>
    </message>
    <message>
        <source>after {excerpt!q}</source>
        <translation>после {excerpt!q}</translation>
    </message>
    <message>
        <source>at the start of the document</source>
        <translation>в начале документа</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items}</source>
        <translation>импортирован документ {document}: {n} {n|пункт|пункта|пунктов}</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items} (new version of {symbol})</source>
        <translation>импортирован документ {document}: {n} {n|пункт|пункта|пунктов} (новая версия {symbol})</translation>
    </message>
    <message>
        <source>the numbering jumps from {first} to {next}: a paragraph may be missing</source>
        <translation>нумерация перескакивает с {first} на {next}: возможно, пропущен абзац</translation>
    </message>
    <message>
        <source>no paragraph carries a printed number: {n} {n|paragraph is|paragraphs are} numbered in reading order</source>
        <translation>ни у одного абзаца нет напечатанного номера: {n} {n|абзац пронумерован|абзаца пронумерованы|абзацев пронумерованы} в порядке чтения</translation>
    </message>
    <message>
        <source>{n} {n|item is|items are} numbered as a Markdown viewer shows them: the text repeats the same list number before each</source>
        <translation>{n} {n|пункт пронумерован|пункта пронумерованы|пунктов пронумеровано} так, как их показывает просмотрщик Markdown: в тексте перед каждым стоит один и тот же номер списка</translation>
    </message>
    <message>
        <source>read as a meeting record: {n} {n|statement|statements} by {speakers} {speakers|speaker|speakers}, numbered in reading order</source>
        <translation>прочитан как отчет о заседании: {n} {n|выступление|выступления|выступлений} {speakers} {speakers|оратора|ораторов|ораторов}, пронумерованы в порядке чтения</translation>
    </message>
    <message>
        <source>{name} is already in the workspace (document {document_id})</source>
        <translation>{name} уже есть в рабочей области (документ {document_id})</translation>
    </message>
    <message>
        <source>added {document} to the library of precedent: {n} {n|paragraph|paragraphs}</source>
        <translation>документ {document} добавлен в библиотеку прецедентов: {n} {n|пункт|пункта|пунктов}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>стр. {page}</translation>
    </message>
    <message>
        <source>under {heading!q}</source>
        <translation>в разделе {heading!q}</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>до первого заголовка</translation>
    </message>
    <message>
        <source>{missing} missing between {before} and {after} ({where})</source>
        <translation>отсутствует {missing} между {before} и {after} ({where})</translation>
    </message>
    <message>
        <source>{missing} missing before {first} ({where})</source>
        <translation>отсутствует {missing} перед {first} ({where})</translation>
    </message>
    <message>
        <source>{number} appears twice ({where})</source>
        <translation>{number} встречается дважды ({where})</translation>
    </message>
    <message>
        <source>{number} comes after {previous}, out of order ({where})</source>
        <translation>{number} идёт после {previous}, нарушая порядок ({where})</translation>
    </message>
    <message>
        <source>text in no item or heading ({where}, {chars} {chars|character|characters}): {excerpt!q}</source>
        <translation>текст вне пунктов и заголовков ({where}, {chars} {chars|символ|символа|символов}): {excerpt!q}</translation>
    </message>
    <message>
        <source>{share}% of the body text is in no item or heading</source>
        <translation>{share}% основного текста не вошло ни в пункты, ни в заголовки</translation>
    </message>
    <message>
        <source>{share}% of the body text in items or headings; tables {tables} {tables|character|characters}, footnotes {footnotes} {footnotes|character|characters}</source>
        <translation>{share}% основного текста в пунктах или заголовках; таблицы — {tables} {tables|символ|символа|символов}, сноски — {footnotes} {footnotes|символ|символа|символов}</translation>
    </message>
    <message>
        <source>{n} {n|item carries|items carry} tracked changes; imported as {view}</source>
        <translation>{n} {n|пункт содержит|пункта содержат|пунктов содержат} исправления; импортирована версия: {view}</translation>
    </message>
    <message>
        <source>proposed (changes accepted)</source>
        <translation>предложенная (исправления приняты)</translation>
    </message>
    <message>
        <source>original (changes rejected)</source>
        <translation>исходная (исправления отклонены)</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): its numbering has {n} {n|gap|gaps}; nothing was imported</source>
        <translation>{name} отклонён (--strict): в нумерации {n} {n|пропуск|пропуска|пропусков}; ничего не импортировано</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): {share}% of its body text is in no item or heading (the limit is {limit}%); nothing was imported</source>
        <translation>{name} отклонён (--strict): {share}% основного текста не вошло ни в пункты, ни в заголовки (предел — {limit}%); ничего не импортировано</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) CyberTrack can read</source>
        <translation>{name} не является книгой Excel (.xlsx), которую может прочитать CyberTrack</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{name} не является книгой Excel (.xlsx): {reason}</translation>
    </message>
    <message>
        <source>{name} has no column {column!q}; export a stance sheet to see the layout</source>
        <translation>в {name} нет столбца {column!q}; экспортируйте таблицу позиций, чтобы увидеть её структуру</translation>
    </message>
    <message>
        <source>{name}: the stance sheet is an Excel file; name it .xlsx</source>
        <translation>{name}: таблица позиций — это файл Excel; укажите расширение .xlsx</translation>
    </message>
    <message>
        <source>row {row}: no item id (the first column must keep the exported id)</source>
        <translation>строка {row}: нет идентификатора пункта (в первом столбце должен остаться экспортированный идентификатор)</translation>
    </message>
    <message>
        <source>row {row}: no item with id {item_id} in this workspace</source>
        <translation>строка {row}: в этой рабочей области нет пункта с идентификатором {item_id}</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} is {label} here, not {sheet_label}</source>
        <translation>строка {row}: пункт {item_id} здесь имеет номер {label}, а не {sheet_label}</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} appears twice; only its first row is used</source>
        <translation>строка {row}: пункт {item_id} встречается дважды; используется только первая строка с ним</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} — это папка, а не файл рабочей области</translation>
    </message>
    <message>
        <source>there is no workspace at {path}: check the path (--db or $CYBERTRACK_DB); an import makes a new one</source>
        <translation>по пути {path} нет рабочего пространства: проверьте путь (--db или $CYBERTRACK_DB); импорт создает новое</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>не удаётся открыть {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: the disk is full, failing or gone ({reason}); the file was not changed</source>
        <translation>не удаётся открыть {path}: диск заполнен, неисправен или отключён ({reason}); файл не изменён</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment</source>
        <translation>файл {path} занят другой программой; повторите попытку чуть позже</translation>
    </message>
    <message>
        <source>cannot open {path}: the file or its folder cannot be used</source>
        <translation>не удаётся открыть {path}: файл или его папка недоступны</translation>
    </message>
    <message>
        <source>{path} is damaged or not a CyberTrack workspace ({reason})</source>
        <translation>файл {path} повреждён или не является рабочей областью CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>файл {path} повреждён ({reason})</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but its backup {backup} could not be written ({reason}); the file was not changed</source>
        <translation>файл {path} требует обновления, но не удалось записать его резервную копию {backup} ({reason}); файл не изменён</translation>
    </message>
    <message>
        <source>{path} was written by a newer CyberTrack (schema {version}; this version reads up to {supported}). Update CyberTrack to open it; the file was not changed.</source>
        <translation>файл {path} записан более новой версией CyberTrack (схема {version}; эта версия читает схемы до {supported} включительно). Обновите CyberTrack, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} could not be prepared: {reason}</source>
        <translation>не удалось подготовить {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: it does not exist</source>
        <translation>не удаётся открыть {path}: файл не существует</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by a newer CyberTrack; update CyberTrack to open it</source>
        <translation>файл {path} доступен только для чтения и записан более новой версией CyberTrack; обновите CyberTrack, чтобы открыть его</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older CyberTrack; copy it to a writable folder to upgrade it</source>
        <translation>файл {path} доступен только для чтения и записан более старой версией CyberTrack; скопируйте его в папку с правом записи, чтобы обновить</translation>
    </message>
    <message>
        <source>{path} is not a readable CyberTrack workspace ({reason})</source>
        <translation>{path} не является читаемой рабочей областью CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>{name} открыт только для чтения (запись в файл или его папку невозможна); ничего не изменено</translation>
    </message>
    <message>
        <source>the workspace file {path} is no longer there (was its disk removed?); nothing was changed — reconnect it and reopen CyberTrack; everything saved before is in that file</source>
        <translation>файл рабочей области {path} больше недоступен (диск был отключён?); ничего не изменено — снова подключите диск и перезапустите CyberTrack; всё, что было сохранено ранее, находится в этом файле</translation>
    </message>
    <message>
        <source>the workspace is busy in another CyberTrack window or command; try again</source>
        <translation>рабочая область занята другим окном или командой CyberTrack; повторите попытку</translation>
    </message>
    <message>
        <source>the workspace file is read-only; nothing was changed</source>
        <translation>файл рабочей области доступен только для чтения; ничего не изменено</translation>
    </message>
    <message>
        <source>the workspace could not be written ({reason}); your earlier work is safe</source>
        <translation>не удалось выполнить запись в рабочую область ({reason}); ваша предыдущая работа не пострадала</translation>
    </message>
    <message>
        <source>the workspace could not be written: {reason}</source>
        <translation>не удалось выполнить запись в рабочую область: {reason}</translation>
    </message>
    <message>
        <source>the change was refused ({reason}); nothing was saved</source>
        <translation>изменение отклонено ({reason}); ничего не сохранено</translation>
    </message>
    <message>
        <source>the workspace file is damaged ({reason}); nothing was changed — restore a backup (File &gt; Restore from backup…, or cybertrack restore)</source>
        <translation>файл рабочей области повреждён ({reason}); ничего не изменено — восстановите резервную копию (Файл &gt; Восстановить из резервной копии… или cybertrack restore)</translation>
    </message>
    <message>
        <source>{path} is the open workspace; choose another file</source>
        <translation>{path} — это открытая рабочая область; выберите другой файл</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>no backup could be written: {reason}</source>
        <translation>не удалось записать резервную копию: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); choose another backup</source>
        <translation>резервная копия {name} повреждена ({reason}); выберите другую</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack workspace ({reason})</source>
        <translation>{name} не является рабочей областью CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{name} was written by a newer CyberTrack</source>
        <translation>{name} записан более новой версией CyberTrack</translation>
    </message>
    <message>
        <source>the backup could not be restored: {reason}</source>
        <translation>не удалось восстановить резервную копию: {reason}</translation>
    </message>
    <message>
        <source>there is no backup number {number} (see cybertrack backups)</source>
        <translation>резервной копии с номером {number} нет (см. cybertrack backups)</translation>
    </message>
    <message>
        <source>restored {name}; the previous state is saved as {safety}</source>
        <translation>восстановлено из {name}; предыдущее состояние сохранено как {safety}</translation>
    </message>
    <message>
        <source>{problem}. There is no good backup of it; the file was not changed</source>
        <translation>{problem}. Исправной резервной копии нет; файл не изменён</translation>
    </message>
    <message>
        <source>{problem}. Nothing was changed</source>
        <translation>{problem}. Ничего не изменено</translation>
    </message>
    <message>
        <source>the damaged workspace could not be moved aside ({reason}); nothing was changed</source>
        <translation>не удалось сохранить повреждённую рабочую область отдельно ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <source>the backup could not be put in place ({reason}); the damaged file is at {damaged}</source>
        <translation>не удалось поставить резервную копию на место ({reason}); повреждённый файл находится здесь: {damaged}</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>нет документа с идентификатором {document_id}</translation>
    </message>
    <message>
        <source>no item with id {item_id}</source>
        <translation>нет пункта с идентификатором {item_id}</translation>
    </message>
    <message>
        <source>document {document_id} has no item numbered {number}</source>
        <translation>в документе {document_id} нет пункта с номером {number}</translation>
    </message>
    <message>
        <source>a number given is too large to name an item, a document or a count</source>
        <translation>указанное число слишком велико для номера пункта, документа или количества</translation>
    </message>
    <message>
        <source>document {document_id} has more than one item numbered {number} (items {ids}): name the item by its id, as `cybertrack items` lists it</source>
        <translation>в документе {document_id} несколько пунктов с номером {number} (пункты {ids}): укажите пункт по его идентификатору, как его показывает `cybertrack items`</translation>
    </message>
    <message>
        <source>{reference!q} is neither an item id nor DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} не является ни идентификатором пункта, ни ссылкой вида DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>{reference!q} is not DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} не соответствует формату DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>no delegation with id {delegation_id}</source>
        <translation>нет делегации с идентификатором {delegation_id}</translation>
    </message>
    <message>
        <source>no delegation named {name!q} (see: cybertrack delegations)</source>
        <translation>нет делегации с названием {name!q} (см.: cybertrack delegations)</translation>
    </message>
    <message>
        <source>unknown {what} {value!q} (choose {choices})</source>
        <translation>{what}: неизвестное значение {value!q} (выберите из: {choices})</translation>
    </message>
    <message>
        <source>Import {document}</source>
        <translation>Импорт {document}</translation>
    </message>
    <message>
        <source>Import (already present)</source>
        <translation>Импорт (уже есть)</translation>
    </message>
    <message>
        <source>Set {n} {n|item|items} to {stance}</source>
        <translation>Позиция по {n} {n|пункту|пунктам|пунктам}: {stance}</translation>
    </message>
    <message>
        <source>Set {item} to {stance}</source>
        <translation>Установить для {item}: {stance}</translation>
    </message>
    <message>
        <source>Edit the {field} of {item}</source>
        <translation>Изменить поле «{field}» пункта {item}</translation>
    </message>
    <message>
        <source>Mark {n} {n|item|items} as checked</source>
        <translation>Отметить {n} {n|пункт|пункта|пунктов} как проверенные</translation>
    </message>
    <message>
        <source>Set priority of {n} {n|item|items} to {priority}</source>
        <translation>Приоритет {n} {n|пункта|пунктов|пунктов}: {priority}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Изменение поля «{field}»</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>Изменение параметра {key}</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>{key} = (unset)</source>
        <translation>{key} = (не задано)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Восстановление из {name}</translation>
    </message>
    <message>
        <source>Link documents {old} and {new}</source>
        <translation>Связывание документов {old} и {new}</translation>
    </message>
    <message>
        <source>{n} new candidate {n|link|links}</source>
        <translation>{n} {n|новая возможная связь|новые возможные связи|новых возможных связей}</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>Подтверждение связи</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>Отклонение связи</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>Перенаправление связи</translation>
    </message>
    <message>
        <source>Carry {n} {n|position|positions} to the new version</source>
        <translation>Перенос {n} {n|позиции|позиций|позиций} в новую версию</translation>
    </message>
    <message>
        <source>carried {n} {n|position|positions} to {document}; {recheck} marked to recheck because their text changed</source>
        <translation>перенесено {n} {n|позиция|позиции|позиций} в {document}; {recheck} отмечено для перепроверки, так как их текст изменился</translation>
    </message>
    <message>
        <source>Add {n} {n|delegation|delegations}</source>
        <translation>Добавление {n} {n|делегации|делегаций|делегаций}</translation>
    </message>
    <message>
        <source>{n} {n|delegation|delegations} added</source>
        <translation>{n|добавлена|добавлены|добавлено} {n} {n|делегация|делегации|делегаций}</translation>
    </message>
    <message>
        <source>Record a delegation&apos;s stance</source>
        <translation>Запись позиции делегации</translation>
    </message>
    <message>
        <source>Record delegations&apos; stances</source>
        <translation>Запись позиций делегаций</translation>
    </message>
    <message>
        <source>Confirm the links of unchanged items</source>
        <translation>Подтверждение связей неизменённых пунктов</translation>
    </message>
    <message>
        <source>Carry positions to the new version</source>
        <translation>Перенос позиций в новую версию</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source>Cite {n} {n|paragraph|paragraphs} as agreed language</source>
        <translation>Сослаться на {n} {n|пункт|пункта|пунктов} как на согласованные формулировки</translation>
    </message>
    <message>
        <source>Clear the citations of agreed language</source>
        <translation>Удалить ссылки на согласованные формулировки</translation>
    </message>
    <message>
        <source>a precedent search needs a wording of at least two words</source>
        <translation>для поиска прецедентов нужна формулировка не короче двух слов</translation>
    </message>
    <message>
        <source>item {item_id} cannot cite itself as precedent</source>
        <translation>пункт {item_id} не может ссылаться сам на себя как на прецедент</translation>
    </message>
    <message>
        <source>Set the room status of {n} {n|item|items} to {status}</source>
        <translation>Статус в зале по {n} {n|пункту|пунктам|пунктам}: {status}</translation>
    </message>
    <message>
        <source>Set capital&apos;s instruction on {n} {n|item|items} to {instruction}</source>
        <translation>Указание столицы по {n} {n|пункту|пунктам|пунктам}: {instruction}</translation>
    </message>
    <message>
        <source>Record {by}&apos;s proposal on {label}</source>
        <translation>Записать предложение {by} по {label}</translation>
    </message>
    <message>
        <source>Edit {by}&apos;s proposal on {label}</source>
        <translation>Изменить предложение {by} по {label}</translation>
    </message>
    <message>
        <source>Withdraw {by}&apos;s proposal on {label}</source>
        <translation>Отозвать предложение {by} по {label}</translation>
    </message>
    <message>
        <source>Reinstate {by}&apos;s proposal on {label}</source>
        <translation>Восстановить предложение {by} по {label}</translation>
    </message>
    <message>
        <source>no stance</source>
        <translation>без позиции</translation>
    </message>
    <message>
        <source>support</source>
        <translation>поддержать</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>возразить</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>обычный</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>красная линия</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>поправка</translation>
    </message>
    <message>
        <source>public rationale</source>
        <translation>открытое обоснование</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>позиция</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>public reason</source>
        <translation>открытое обоснование</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
    <message>
        <source>proposed wording</source>
        <translation>предлагаемая формулировка</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>указание</translation>
    </message>
    <message>
        <source>no instruction</source>
        <translation>нет указания</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>гибкость</translation>
    </message>
    <message>
        <source>fallback wording</source>
        <translation>запасная формулировка</translation>
    </message>
    <message>
        <source>note on the instruction</source>
        <translation>заметка к указанию</translation>
    </message>
    <message>
        <source>room status</source>
        <translation>статус в зале</translation>
    </message>
    <message>
        <source>no room status</source>
        <translation>нет статуса в зале</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>agreed ad ref</source>
        <translation>согласовано ad referendum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>in informals</source>
        <translation>на неофициальных консультациях</translation>
    </message>
    <message>
        <source>bracketed</source>
        <translation>в скобках</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>choose two different documents to compare</source>
        <translation>выберите для сравнения два разных документа</translation>
    </message>
    <message>
        <source>a link joins items of two different documents</source>
        <translation>связь соединяет пункты двух разных документов</translation>
    </message>
    <message>
        <source>carry one old item&apos;s position onto each new item, not several</source>
        <translation>переносите на каждый новый пункт позицию только одного старого пункта, а не нескольких</translation>
    </message>
    <message>
        <source>a delegation needs a name</source>
        <translation>у делегации должно быть название</translation>
    </message>
    <message>
        <source>{name}: name the comparison .docx (Word) or .xlsx (Excel)</source>
        <translation>{name}: укажите для сравнения расширение .docx (Word) или .xlsx (Excel)</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as 2026-11-30T17:30 or &apos;2026-11-30 17:30&apos;</source>
        <translation>{value!q} — не время; пишите 2026-11-30T17:30 или &apos;2026-11-30 17:30&apos;</translation>
    </message>
    <message>
        <source>{value!q} is not a date; write it as 2026-11-30</source>
        <translation>{value!q} — не дата; пишите 2026-11-30</translation>
    </message>
    <message>
        <source>{time} is in the future (it is now {now}); the room is known only up to now</source>
        <translation>{time} — в будущем (сейчас {now}); состояние зала известно только до текущего момента</translation>
    </message>
    <message>
        <source>no proposal with id {proposal_id}</source>
        <translation>нет предложения с номером {proposal_id}</translation>
    </message>
    <message>
        <source>a proposal needs its text</source>
        <translation>у предложения должен быть текст</translation>
    </message>
    <message>
        <source>a proposal needs the delegation that made it</source>
        <translation>у предложения должна быть делегация, которая его внесла</translation>
    </message>
    <message>
        <source>{name} cannot both support and oppose the same proposal</source>
        <translation>{name} не может одновременно поддерживать и отклонять одно предложение</translation>
    </message>
    <message>
        <source>{name} made the proposal and cannot oppose it</source>
        <translation>{name} внесла предложение и не может его отклонять</translation>
    </message>
    <message>
        <source>the report to capital is internal only: it carries instructions and deviations, so it has no shareable profile</source>
        <translation>отчёт в столицу — только внутренний: в нём указания и отклонения, поэтому профиля для распространения у него нет</translation>
    </message>
    <message>
        <source>{name}: the export is a Word file; name it .docx</source>
        <translation>{name}: экспорт выполняется в файл Word; укажите расширение .docx</translation>
    </message>
    <message>
        <source>template {path} does not exist</source>
        <translation>шаблон {path} не существует</translation>
    </message>
    <message>
        <source>{name} is not a usable Word template (.docx or .dotx)</source>
        <translation>{name} — непригодный шаблон Word (.docx или .dotx)</translation>
    </message>
    <message>
        <source>the dossier is internal only: it holds internal notes and the stance history; export a position paper or a briefing note to share</source>
        <translation>досье предназначено только для внутреннего пользования: оно содержит внутренние пометки и историю позиций; для передачи экспортируйте позиционный документ или информационную записку</translation>
    </message>
    <message>
        <source>{document} {label}: the proposed wording is the same as the text, so the paper shows no proposed wording for it</source>
        <translation>{document} {label}: предлагаемая формулировка совпадает с текстом, поэтому в документе она не приводится</translation>
    </message>
    <message>
        <source>nothing in {document} has a position yet, and a shareable paper lists only what has one unless undecided paragraphs are included</source>
        <translation>ни по одному пункту {document} позиция ещё не определена, а документ для распространения включает только пункты с позицией, если не включить пункты без позиции</translation>
    </message>
    <message>
        <source>the workspace has no documents to export</source>
        <translation>в рабочей области нет документов для экспорта</translation>
    </message>
    <message>
        <source>ordering by priority needs the internal profile: a shareable paper shows no red lines</source>
        <translation>для сортировки по приоритету нужен внутренний профиль: в документе для передачи красные линии не показываются</translation>
    </message>
    <message>
        <source>the template has no style {style!q}; CyberTrack&apos;s default is used for it</source>
        <translation>в шаблоне нет стиля {style!q}; вместо него используется стиль CyberTrack по умолчанию</translation>
    </message>
    <message>
        <source>your author name is not set; set it first (settings --author NAME)</source>
        <translation>имя автора не задано; сначала задайте его (settings --author ИМЯ)</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as ISO 8601 (2026-11-28 or 2026-11-28T09:30)</source>
        <translation>{value!q} не является датой и временем; укажите их в формате ISO 8601 (2026-11-28 или 2026-11-28T09:30)</translation>
    </message>
    <message>
        <source>{row!q} names no paragraph that waits for a link (pack unresolved lists them)</source>
        <translation>{row!q} не указывает ни на один абзац, ожидающий связи (их перечисляет pack unresolved)</translation>
    </message>
    <message>
        <source>the colleagues&apos; rows on {where} now show on item {item}</source>
        <translation>строки коллег по {where} теперь показаны у пункта {item}</translation>
    </message>
    <message>
        <source>item {item} is no longer offered for {where}</source>
        <translation>пункт {item} больше не предлагается для {where}</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack position pack</source>
        <translation>{name} не является пакетом позиций CyberTrack</translation>
    </message>
    <message>
        <source>{name} was made by a newer CyberTrack (pack format {version}; this version reads up to {supported}); update CyberTrack to read it</source>
        <translation>{name} создан более новой версией CyberTrack (формат пакета {version}; эта версия читает форматы до {supported}); обновите CyberTrack, чтобы прочитать его</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; nothing was changed</source>
        <translation>{name} повреждён или неполон; ничего не изменено</translation>
    </message>
    <message>
        <source>{name} is sealed with a passphrase; give the passphrase to open it</source>
        <translation>{name} запечатан парольной фразой; укажите её, чтобы открыть пакет</translation>
    </message>
    <message>
        <source>{name} cannot be opened: wrong passphrase, or the pack is damaged; nothing was changed</source>
        <translation>Не удаётся открыть {name}: неверная парольная фраза или пакет повреждён; ничего не изменено</translation>
    </message>
    <message>
        <source>a row holds a value that cannot be read ({value})</source>
        <translation>строка содержит нечитаемое значение ({value})</translation>
    </message>
    <message>
        <source>a row is of a kind this version does not know ({kind})</source>
        <translation>строка относится к типу, неизвестному этой версии ({kind})</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {path}: {reason}</source>
        <translation>не удаётся прочитать парольную фразу из {path}: {reason}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>файл парольной фразы {path} пуст</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Объединить {name}</translation>
    </message>
    <message>
        <source>{n} {n|change|changes} merged, {disagreements} {disagreements|disagreement|disagreements}, {unresolved} unresolved</source>
        <translation>{n} {n|изменение объединено|изменения объединены|изменений объединено}, {disagreements} {disagreements|разногласие|разногласия|разногласий}, {unresolved} без найденного пункта</translation>
    </message>
    <message>
        <source>Link a colleague&apos;s paragraph to an item</source>
        <translation>Связать пункт коллеги с пунктом</translation>
    </message>
    <message>
        <source>Reject a paragraph link</source>
        <translation>Отклонить связь пункта</translation>
    </message>
    <message>
        <source>{url!q} is not a hub address (postgresql://user@host:port/database)</source>
        <translation>{url!q} не является адресом общего сервера (postgresql://пользователь@хост:порт/база)</translation>
    </message>
    <message>
        <source>cannot reach the hub {hub}: {reason}</source>
        <translation>не удаётся связаться с общим сервером {hub}: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the request: {reason}; nothing was changed</source>
        <translation>общий сервер {hub} отклонил запрос: {reason}; ничего не изменено</translation>
    </message>
    <message>
        <source>the hub {hub} holds a newer format ({version}; this version reads up to {supported}); update CyberTrack</source>
        <translation>общий сервер {hub} использует более новый формат ({version}; эта версия читает до {supported}); обновите CyberTrack</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Library of precedent</source>
        <translation>Библиотека прецедентов</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Другие документы</translation>
    </message>
    <message>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1, решено пунктов: %2 из %3</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Meetings, documents and sections</source>
        <translation>Заседания, документы и разделы</translation>
    </message>
    <message>
        <source>Choose a document or a section to list its items</source>
        <translation>Выберите документ или раздел, чтобы показать его пункты</translation>
    </message>
    <message>
        <source>No documents yet.

Import one with Ctrl+I (File ▸ Import…) or drop a Word, PDF or text file here.</source>
        <translation>Документов пока нет.

Импортируйте документ (Ctrl+I, Файл ▸ Импорт…) или перетащите сюда файл Word, PDF или текстовый файл.</translation>
    </message>
</context>
<context>
    <name>NegotiationDesk</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>Зал, столица и предложения</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>No delegation is known yet. Add them in View &gt; Delegations… (Ctrl+Shift+D), then record their proposals.</source>
        <translation>Делегации ещё не известны. Добавьте их в меню Вид &gt; Делегации… (Ctrl+Shift+D), затем записывайте их предложения.</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>Зал, столица и предложения</translation>
    </message>
    <message>
        <source>Room status</source>
        <translation>Статус в зале</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Записать…</translation>
    </message>
    <message>
        <source>Record the room&apos;s status at a time (Ctrl+R)</source>
        <translation>Записать статус в зале на момент (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the room&apos;s status</source>
        <translation>Записать статус в зале</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>Указание столицы</translation>
    </message>
    <message>
        <source>Support, oppose, amend or flexible; internal, never in a shareable paper</source>
        <translation>Поддержать, возразить, изменить или гибкость; внутреннее, никогда не попадает в документ для распространения</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording (internal)</source>
        <translation>Запасная формулировка столицы (внутренняя)</translation>
    </message>
    <message>
        <source>Fallback wording</source>
        <translation>Запасная формулировка</translation>
    </message>
    <message>
        <source>The wording capital accepts if our line does not carry; internal</source>
        <translation>Формулировка, которую столица примет, если наша линия не пройдёт; внутренняя</translation>
    </message>
    <message>
        <source>Capital&apos;s note (internal)</source>
        <translation>Заметка столицы (внутренняя)</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>Заметка столицы</translation>
    </message>
    <message>
        <source>What capital said with its instruction; internal</source>
        <translation>Что столица сказала вместе с указанием; внутреннее</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>&amp;Указание</translation>
    </message>
    <message>
        <source>&amp;Fallback</source>
        <translation>&amp;Запасная формулировка</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;note</source>
        <translation>За&amp;метка столицы</translation>
    </message>
    <message>
        <source>Room and capital</source>
        <translation>Зал и столица</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Other delegations&apos; proposals on this paragraph; F2 edits, Delete withdraws</source>
        <translation>Предложения других делегаций по этому пункту; F2 — изменить, Delete — отозвать</translation>
    </message>
    <message>
        <source>Proposal redline</source>
        <translation>Правка предложения</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новое…</translation>
    </message>
    <message>
        <source>Record another delegation&apos;s proposal (Ctrl+Shift+P)</source>
        <translation>Записать предложение другой делегации (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Record a proposal</source>
        <translation>Записать предложение</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the proposal (F2)</source>
        <translation>Изменить предложение (F2)</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>Изменить предложение</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Withdraw the proposal, or reinstate it (Delete)</source>
        <translation>Отозвать предложение или восстановить его (Delete)</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>Отозвать или восстановить предложение</translation>
    </message>
    <message>
        <source>History of the paragraph</source>
        <translation>История пункта</translation>
    </message>
    <message>
        <source>Our stance, the room, capital&apos;s instruction and the proposals, newest first</source>
        <translation>Наша позиция, зал, указание столицы и предложения, сначала новые</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(отменено %1)</translation>
    </message>
    <message>
        <source>Room: not yet discussed</source>
        <translation>Зал: ещё не обсуждался</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1; our stance is %2.</source>
        <translation>Отклонение: столица указывает «%1»; наша позиция — «%2».</translation>
    </message>
    <message>
        <source>No proposal recorded.</source>
        <translation>Предложений нет.</translation>
    </message>
    <message>
        <source>Supported by %1</source>
        <translation>Поддержали: %1</translation>
    </message>
    <message>
        <source>Opposed by %1</source>
        <translation>Возразили: %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Отозвано %1</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Choose a proposal to see its changes.</source>
        <translation>Выберите предложение, чтобы увидеть его правку.</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Merge position pack: %1</source>
        <translation>Объединение пакета позиций: %1</translation>
    </message>
    <message>
        <source>Merge position pack</source>
        <translation>Объединение пакета позиций</translation>
    </message>
    <message>
        <source>Changes: %1 · authors: %2 · disagreements: %3 · rows found nowhere here: %4</source>
        <translation>Изменения: %1 · авторы: %2 · разногласия: %3 · строки без пункта здесь: %4</translation>
    </message>
    <message>
        <source>This pack changes nothing here: you already have all of it.</source>
        <translation>Этот пакет ничего здесь не меняет: у вас уже есть всё его содержимое.</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>не найдено: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>From the pack</source>
        <translation>Из пакета</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Разногласия</translation>
    </message>
    <message>
        <source>none yet: import the document, then link it in Team (Ctrl+Alt+T)</source>
        <translation>пока нет: импортируйте документ, затем свяжите пункт в окне «Команда» (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт документа</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>Строки без соответствующего пункта</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Изменения (%1)</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>Разногласия (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>Не найдено здесь (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge (Ctrl+Return)</source>
        <translation>&amp;Объединить (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>PrecedentPanel</name>
    <message>
        <source>Pre&amp;cedent</source>
        <translation>Пре&amp;цеденты</translation>
    </message>
    <message>
        <source>No precedent to use: choose an item with precedent first.</source>
        <translation>Нет прецедента: сначала выберите пункт, для которого есть прецеденты.</translation>
    </message>
    <message>
        <source>Precedent</source>
        <translation>Прецеденты</translation>
    </message>
    <message>
        <source>Precedent for the amendment</source>
        <translation>Прецеденты для поправки</translation>
    </message>
    <message>
        <source>The closest paragraphs of the library and the other documents, best first</source>
        <translation>Ближайшие пункты библиотеки и других документов, лучшие первыми</translation>
    </message>
    <message>
        <source>Chosen precedent</source>
        <translation>Выбранный прецедент</translation>
    </message>
    <message>
        <source>Agreed language</source>
        <translation>Согласованные формулировки</translation>
    </message>
    <message>
        <source>Cited as agreed language</source>
        <translation>Ссылки на согласованные формулировки</translation>
    </message>
    <message>
        <source>Choose an item to see precedent for it.</source>
        <translation>Выберите пункт, чтобы увидеть прецеденты для него.</translation>
    </message>
    <message>
        <source>Type at least two words to find precedent.</source>
        <translation>Введите не менее двух слов, чтобы найти прецеденты.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>agreed language</source>
        <translation>согласованная формулировка</translation>
    </message>
    <message>
        <source>adopted, not in the library</source>
        <translation>принят, не в библиотеке</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>under negotiation</source>
        <translation>на переговорах</translation>
    </message>
    <message>
        <source>%1% match</source>
        <translation>совпадение %1%</translation>
    </message>
    <message>
        <source>No precedent: no paragraph shares three words in a row.</source>
        <translation>Прецедентов нет: ни один пункт не содержит трёх слов подряд из текста.</translation>
    </message>
    <message>
        <source>Precedent for this paragraph (no wording yet).</source>
        <translation>Прецеденты для этого пункта (формулировки ещё нет).</translation>
    </message>
    <message>
        <source>Agreed language: %1 of %2 words of the wording (marked).</source>
        <translation>Согласованные формулировки: %1 из %2 слов формулировки (выделены).</translation>
    </message>
    <message>
        <source>Cited: none yet.</source>
        <translation>Ссылки: пока нет.</translation>
    </message>
    <message>
        <source>Cited as agreed language: %1</source>
        <translation>Ссылки на согласованные формулировки: %1</translation>
    </message>
    <message>
        <source>Agreed language from %1</source>
        <translation>Согласованная формулировка из %1</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>п. {n}</translation>
    </message>
    <message>
        <source>art. {n}</source>
        <translation>ст. {n}</translation>
    </message>
    <message>
        <source>action {n}</source>
        <translation>мера {n}</translation>
    </message>
    <message>
        <source>conclusion {n}</source>
        <translation>вывод {n}</translation>
    </message>
    <message>
        <source>guideline {n}</source>
        <translation>руководящее положение {n}</translation>
    </message>
    <message>
        <source>principle {n}</source>
        <translation>принцип {n}</translation>
    </message>
    <message>
        <source>target {n}</source>
        <translation>целевая задача {n}</translation>
    </message>
    <message>
        <source>regulation {n}</source>
        <translation>положение {n}</translation>
    </message>
    <message>
        <source>rule {n}</source>
        <translation>правило {n}</translation>
    </message>
    <message>
        <source>preambular para. {n}</source>
        <translation>п. {n} преамбулы</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK.</source>
        <translation>Язык окна изменится сразу после нажатия OK.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal on %1</source>
        <translation>Предложение по %1</translation>
    </message>
    <message>
        <source>Edit the proposal on %1</source>
        <translation>Изменить предложение по %1</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Кем внесено</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Когда внесено</translation>
    </message>
    <message>
        <source>A new paragraph after this one (bis)</source>
        <translation>Новый пункт после этого (бис)</translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation>Новый пункт после этого</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Предложенный текст</translation>
    </message>
    <message>
        <source>Changes to the paragraph</source>
        <translation>Изменения пункта</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Поддержали</translation>
    </message>
    <message>
        <source>Opposed by</source>
        <translation>Возразили</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Кем внесено:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>К&amp;огда:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Supported by:</source>
        <translation>&amp;Поддержали:</translation>
    </message>
    <message>
        <source>&amp;Opposed by:</source>
        <translation>&amp;Возразили:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>Восстановить последнюю исправную резервную копию от %1? Повреждённый файл будет сохранён рядом с ней.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>Резервная копия восстановлена. Повреждённая рабочая область сохранена как %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>Выберите состояние, к которому нужно вернуться. Сначала создаётся резервная копия текущего состояния рабочей области, так что к нему можно вернуться, восстановив эту копию. История отмены будет очищена.
Резервные копии хранятся в %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматическая</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ручная</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Резервных копий этой рабочей области пока нет.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Восстановить выбранную резервную копию</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 документ</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>Документов: %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 пункт</translation>
    </message>
    <message>
        <source>%2 items</source>
        <translation>пунктов: %2</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Items found (untick those that are not items; amber rows were left out):</source>
        <translation>Найденные &amp;пункты (снимите отметку с тех, что не являются пунктами; янтарные строки — пропущенный текст):</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Найденные пункты</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Замечания:</translation>
    </message>
    <message>
        <source>Findings of the import</source>
        <translation>Замечания по импорту</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>Ра&amp;зделить…</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>Разделить пункт</translation>
    </message>
    <message>
        <source>&amp;Merge into item above</source>
        <translation>&amp;Объединить с пунктом выше</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>Объединить с пунктом выше</translation>
    </message>
    <message>
        <source>Make it an it&amp;em…</source>
        <translation>&amp;Сделать пунктом…</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>Сделать пропущенный текст пунктом</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>&amp;Перенумеровать…</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>Перенумеровать пункт</translation>
    </message>
    <message>
        <source>Ne&amp;xt left-out text</source>
        <translation>С&amp;ледующий пропущенный текст</translation>
    </message>
    <message>
        <source>Go to the next left-out text</source>
        <translation>Перейти к следующему пропущенному тексту</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Отметить &amp;все</translation>
    </message>
    <message>
        <source>Tick all items</source>
        <translation>Отметить все пункты</translation>
    </message>
    <message>
        <source>Untick all (&amp;N)</source>
        <translation>Снять все отметки (&amp;N)</translation>
    </message>
    <message>
        <source>Untick all items</source>
        <translation>Снять отметки со всех пунктов</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>Пункты для импорта</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>%1 of %2 items will be imported</source>
        <translation>Будет импортировано пунктов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Зал: %1</translation>
    </message>
    <message>
        <source>Capital: %1</source>
        <translation>Столица: %1</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1, our stance is %2</source>
        <translation>Отклонение: столица указывает «%1», наша позиция — «%2»</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>Согласовано ad ref</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Informals</source>
        <translation>Неофициальные</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>В скобках</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Ещё не обсуждался</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержать</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Возразить</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Гибкость</translation>
    </message>
    <message>
        <source>No instruction</source>
        <translation>Нет указания</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Filter by room status</source>
        <translation>Фильтр по статусу в зале</translation>
    </message>
    <message>
        <source>Show only the paragraphs where the room stands so, or still open</source>
        <translation>Показывать только пункты с этим статусом в зале или ещё открытые</translation>
    </message>
    <message>
        <source>Any room status</source>
        <translation>Любой статус в зале</translation>
    </message>
    <message>
        <source>Still open in the room</source>
        <translation>Ещё открыты в зале</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Отклонения</translation>
    </message>
    <message>
        <source>Only deviations from capital&apos;s instructions</source>
        <translation>Только отклонения от указаний столицы</translation>
    </message>
    <message>
        <source>Only paragraphs where our stance departs from capital&apos;s instruction</source>
        <translation>Только пункты, где наша позиция расходится с указанием столицы</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>Зал на момент</translation>
    </message>
    <message>
        <source>Show the room as of an earlier time</source>
        <translation>Показать зал на более ранний момент</translation>
    </message>
    <message>
        <source>The room&apos;s status as it stood at that time (Ctrl+Shift+A)</source>
        <translation>Статус в зале на тот момент (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The time to show the room at; arrow keys move the hour or the day</source>
        <translation>Момент, на который показать зал; стрелки меняют час или день</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Show the room as it is now</source>
        <translation>Показать зал сейчас</translation>
    </message>
    <message>
        <source>Back to the room as it is now</source>
        <translation>Вернуться к текущему состоянию зала</translation>
    </message>
</context>
<context>
    <name>RoomStatusDialog</name>
    <message>
        <source>Room status</source>
        <translation>Статус в зале</translation>
    </message>
    <message>
        <source>No status (clear it)</source>
        <translation>Без статуса (снять)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На момент</translation>
    </message>
    <message>
        <source>e.g. Chair&apos;s text, EU reserves (internal)</source>
        <translation>напр. текст Председателя, ЕС резервирует позицию (внутреннее)</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>Заметка из зала</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Пункты:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;На момент:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Other version: %1</source>
        <translation>Другая версия: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>стр. %1</translation>
    </message>
    <message>
        <source>under “%1”</source>
        <translation>в разделе «%1»</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>до первого заголовка</translation>
    </message>
    <message>
        <source>Left out (%1): %2</source>
        <translation>Пропущено (%1): %2</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[изменён] </translation>
    </message>
    <message>
        <source>[proposed insertion] </source>
        <translation>[предложена вставка] </translation>
    </message>
    <message>
        <source>[proposed deletion] </source>
        <translation>[предложено удаление] </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import stance sheet: %1</source>
        <translation>Импорт таблицы позиций: %1</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>Импорт таблицы позиций</translation>
    </message>
    <message>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>Изменений: %1 в пунктах: %2; несовпадающих строк: %3 (будут пропущены).</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>From the sheet</source>
        <translation>Из таблицы</translation>
    </message>
    <message>
        <source>Rows that do not match</source>
        <translation>Несовпадающие строки</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Применить изменения</translation>
    </message>
    <message>
        <source>Rows that do not match:</source>
        <translation>Несовпадающие строки:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Список сочетаний клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split item</source>
        <translation>Разделить пункт</translation>
    </message>
    <message>
        <source>Put the cursor where the second item begins.</source>
        <translation>Поставьте курсор туда, где начинается второй пункт.</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <source>&amp;Number of the second item:</source>
        <translation>&amp;Номер второго пункта:</translation>
    </message>
    <message>
        <source>Number of the second item</source>
        <translation>Номер второго пункта</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <source>Cancel the split</source>
        <translation>Отменить разделение</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation>Поддержать</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Возразить</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>Решено %1 из %2 · поддержать: %3 · возразить: %4 · изменить: %5</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Предлагаемая формулировка</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Публичное обоснование</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>Указание столицы</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback</source>
        <translation>Запасная формулировка столицы</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>Заметка столицы</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Ваше имя в команде</translation>
    </message>
    <message>
        <source>Packs and the hub say whose positions they carry. Your name:</source>
        <translation>Пакеты и общий сервер указывают, чьи позиции они содержат. Ваше имя:</translation>
    </message>
    <message>
        <source>Export position pack</source>
        <translation>Экспорт пакета позиций</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack)</source>
        <translation>Пакеты позиций (*.ctpack)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 KB.</source>
        <translation>Записан %1: строк — %2, %3 КБ.</translation>
    </message>
    <message>
        <source>Import position pack</source>
        <translation>Импорт пакета позиций</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack);;All files (*)</source>
        <translation>Пакеты позиций (*.ctpack);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Sealed pack</source>
        <translation>Запечатанный пакет</translation>
    </message>
    <message>
        <source>%1 is sealed. Its passphrase:</source>
        <translation>%1 запечатан. Его парольная фраза:</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>You are %1 in the team.</source>
        <translation>В команде вы — %1.</translation>
    </message>
    <message>
        <source>Set your name first: File ▸ Export position pack asks for it.</source>
        <translation>Сначала задайте своё имя: его запрашивает Файл ▸ Экспорт пакета позиций.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт документа</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>Строки без соответствующего пункта</translation>
    </message>
    <message>
        <source>Since the last merge</source>
        <translation>С последнего объединения</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>Разногласия (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>Не найдено здесь (%1)</translation>
    </message>
    <message>
        <source>none: import the document it is in</source>
        <translation>нет: импортируйте документ, в котором он есть</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Changes in the last merge</source>
        <translation>Изменения последнего объединения</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Items where the team disagrees</source>
        <translation>Пункты, по которым команда расходится</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <source>Tips</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>Совет: нажмите 1, 2 или 3, чтобы поддержать, возразить или изменить выбранные пункты, J и K — для перемещения, Enter — чтобы написать заметку. Всё сохраняется автоматически.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <source>Dismiss tips</source>
        <translation>Скрыть советы</translation>
    </message>
    <message>
        <source>Hide these tips for good</source>
        <translation>Больше не показывать эти советы</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Н&amp;едавние рабочие области</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>Других рабочих областей пока нет</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новая рабочая область</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Сохранить копию рабочей области</translation>
    </message>
    <message>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>Рабочие области CyberTrack (*.cybertrack);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 уже существует; откройте его.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Копия сохранена в %1</translation>
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
        <translation>Ошибка восстановления</translation>
    </message>
</context>
</TS>
