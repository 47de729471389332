<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export stance &amp;sheet…</source>
        <translation>导出立场表(&amp;S)…</translation>
    </message>
    <message>
        <source>Import stance s&amp;heet…</source>
        <translation>导入立场表(&amp;H)…</translation>
    </message>
    <message>
        <source>Report to c&amp;apital…</source>
        <translation>向首都报告(&amp;A)…</translation>
    </message>
    <message>
        <source>Status &amp;table…</source>
        <translation>状态表(&amp;T)…</translation>
    </message>
    <message>
        <source>Export position &amp;pack…</source>
        <translation>导出立场包(&amp;P)…</translation>
    </message>
    <message>
        <source>Import position pac&amp;k…</source>
        <translation>导入立场包(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search &amp;in: text, notes and wording</source>
        <translation>搜索范围(&amp;I)：文本、备注和措辞</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>编辑备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Amend from the original</source>
        <translation>从原文修改(&amp;A)</translation>
    </message>
    <message>
        <source>Amend starting &amp;empty</source>
        <translation>从空白开始修改(&amp;E)</translation>
    </message>
    <message>
        <source>Go to the precedent &amp;list</source>
        <translation>转到先例列表(&amp;L)</translation>
    </message>
    <message>
        <source>In&amp;sert the precedent&apos;s wording</source>
        <translation>插入先例措辞(&amp;I)</translation>
    </message>
    <message>
        <source>Ci&amp;te the precedent as agreed language</source>
        <translation>引用先例作为商定措辞(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>支持(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Oppose</source>
        <translation>反对(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>修改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear stance</source>
        <translation>清除立场(&amp;C)</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>标记为已核对(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>已商定(&amp;A)</translation>
    </message>
    <message>
        <source>Agreed ad &amp;ref</source>
        <translation>待请示商定(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>待定(&amp;P)</translation>
    </message>
    <message>
        <source>In&amp;formals</source>
        <translation>非正式磋商(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Bracketed</source>
        <translation>加方括号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Deleted</source>
        <translation>已删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;No room status</source>
        <translation>无会场状态(&amp;N)</translation>
    </message>
    <message>
        <source>Record room status at a &amp;time…</source>
        <translation>记录某一时刻的会场状态(&amp;T)…</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;instruction</source>
        <translation>首都指示(&amp;I)</translation>
    </message>
    <message>
        <source>New pr&amp;oposal…</source>
        <translation>新提案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>下一个条目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>上一个条目(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;undecided item</source>
        <translation>下一个未决定条目(&amp;U)</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>返回列表(&amp;L)</translation>
    </message>
    <message>
        <source>Item &amp;text (select and copy)</source>
        <translation>条目文本(&amp;T)（选择和复制）</translation>
    </message>
    <message>
        <source>&amp;Documents and sections</source>
        <translation>文件和章节(&amp;D)</translation>
    </message>
    <message>
        <source>Only &amp;undecided items</source>
        <translation>仅显示未决定条目(&amp;U)</translation>
    </message>
    <message>
        <source>Only d&amp;eviations</source>
        <translation>仅显示偏离(&amp;E)</translation>
    </message>
    <message>
        <source>Room &amp;as of…</source>
        <translation>某时会场状态(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Room, capital and proposals</source>
        <translation>会场、首都与提案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare documents…</source>
        <translation>比较文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Links between versions…</source>
        <translation>版本间的关联(&amp;L)…</translation>
    </message>
    <message>
        <source>Carry positions to the &amp;new version…</source>
        <translation>将立场沿用到新版本(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delegations…</source>
        <translation>代表团(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Only team disa&amp;greements</source>
        <translation>仅显示团队分歧(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About CyberTrack</source>
        <translation>关于 CyberTrack(&amp;A)</translation>
    </message>
    <message>
        <source>Import the document</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>拆分条目</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>并入上一条目</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>将遗漏的文本设为条目</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>重新编号条目</translation>
    </message>
    <message>
        <source>Next left-out text</source>
        <translation>下一处遗漏的文本</translation>
    </message>
    <message>
        <source>Confirm the link</source>
        <translation>确认关联</translation>
    </message>
    <message>
        <source>Reject the link</source>
        <translation>拒绝关联</translation>
    </message>
    <message>
        <source>Re-point the link</source>
        <translation>重新指定关联</translation>
    </message>
    <message>
        <source>Find candidate links</source>
        <translation>查找候选关联</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>下一个关联</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>上一个关联</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>沿用已勾选的立场</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>Back to the comparison list</source>
        <translation>返回比较列表</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>编辑提案</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>撤回或恢复提案</translation>
    </message>
    <message>
        <source>Merge the pack</source>
        <translation>合并立场包</translation>
    </message>
    <message>
        <source>Link to the candidate</source>
        <translation>关联到候选段落</translation>
    </message>
    <message>
        <source>Not this paragraph</source>
        <translation>不是这个段落</translation>
    </message>
    <message>
        <source>They support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>They oppose</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>They want it amended</source>
        <translation>要求修正</translation>
    </message>
    <message>
        <source>Clear their stance</source>
        <translation>清除其立场</translation>
    </message>
    <message>
        <source>Add the participants</source>
        <translation>添加与会者</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>添加代表团</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>立场(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>会场(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Links between versions</source>
        <translation>版本间的关联</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Position pack</source>
        <translation>立场包</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>工作区文件已损坏 (%1)。请使用“文件 &gt; 从备份恢复…”回到完好的备份；系统会先备份当前状态。</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry positions to the new version</source>
        <translation>将立场沿用到新版本</translation>
    </message>
    <message>
        <source>Positions that can be carried</source>
        <translation>可沿用的立场</translation>
    </message>
    <message>
        <source>Nothing to carry: no item with a position in the earlier version is linked to this one. Check the links between the versions (Ctrl+L).</source>
        <translation>没有可结转的内容：早期版本中有立场的条目都未与此版本关联。请检查版本之间的链接（Ctrl+L）。</translation>
    </message>
    <message>
        <source>What changed in the text since you decided</source>
        <translation>您作出决定后文本的变化</translation>
    </message>
    <message>
        <source>Dropped items</source>
        <translation>已删除的条目</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>No item was dropped.</source>
        <translation>没有删除任何条目。</translation>
    </message>
    <message>
        <source>No item is new.</source>
        <translation>没有新条目。</translation>
    </message>
    <message>
        <source>Dropped from the new version:</source>
        <translation>新版本中已删除：</translation>
    </message>
    <message>
        <source>New in this version (no position yet):</source>
        <translation>本版本新增（尚无立场）：</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>从 %1 到 %2：%3 项立场待审查，%4 项文本有变化。</translation>
    </message>
    <message>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space 勾选或取消勾选一行 · Ctrl+Enter 沿用已勾选的行</translation>
    </message>
    <message>
        <source>&amp;Carry ticked positions</source>
        <translation>沿用已勾选的立场(&amp;C)</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>沿用已勾选的立场</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>沿用</translation>
    </message>
</context>
<context>
    <name>CarryPrompt</name>
    <message>
        <source>Carry-over</source>
        <translation>立场结转</translation>
    </message>
    <message>
        <source>Carry-over message</source>
        <translation>结转消息</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>View ▸ Carry positions (Ctrl+Shift+V) opens the review later</source>
        <translation>“视图 ▸ 结转立场”（Ctrl+Shift+V）可稍后打开审阅</translation>
    </message>
    <message>
        <source>%1 looks like a new version of %2. %3 of your positions there can be carried over; %4 of them onto a text that has changed.</source>
        <translation>%1 似乎是 %2 的新版本。可以结转您在其中的 %3 项立场，其中 %4 项所对应的文本已有改动。</translation>
    </message>
    <message>
        <source>&amp;Review carrying %1 positions… (Ctrl+Shift+V)</source>
        <translation>审阅结转 %1 项立场(&amp;R)…（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Review the carry-over</source>
        <translation>审阅结转</translation>
    </message>
    <message>
        <source>Opens the list of positions to carry, each ticked or not</source>
        <translation>打开待结转立场的列表，每项可勾选或不勾选</translation>
    </message>
    <message>
        <source>&amp;Show the %1 to recheck</source>
        <translation>显示 %1 项待复核(&amp;S)</translation>
    </message>
    <message>
        <source>Show the positions to recheck</source>
        <translation>显示待复核的立场</translation>
    </message>
    <message>
        <source>Filters the list to the carried positions whose text changed</source>
        <translation>将列表筛选为文本已改动的已结转立场</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <source>Carry</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>我方立场</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>text changed since you decided</source>
        <translation>您作出决定后文本已变化</translation>
    </message>
    <message>
        <source>merged with another decided item: choose one</source>
        <translation>已与另一已决定条目合并：请选择其一</translation>
    </message>
    <message>
        <source>already decided in the new version</source>
        <translation>新版本中已决定</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>文本相同</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare documents</source>
        <translation>比较文件</translation>
    </message>
    <message>
        <source>Linked items across documents</source>
        <translation>各文件间的关联条目</translation>
    </message>
    <message>
        <source>No item to compare with these filters. Clear a filter (Alt+1…4), or link the versions first (View ▸ Links between versions, Ctrl+L).</source>
        <translation>在这些筛选条件下没有可比较的条目。请清除一个筛选条件（Alt+1…4），或先关联版本（视图 ▸ 版本间链接，Ctrl+L）。</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>仅显示：</translation>
    </message>
    <message>
        <source>&amp;1 Stance changed</source>
        <translation>立场已变(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Text changed</source>
        <translation>文本已变(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 New</source>
        <translation>新增(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Dropped</source>
        <translation>已删除(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>导出为 Word 或 Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>%1 中的文本</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1/%2 行</translation>
    </message>
    <message>
        <source>Not in this version.</source>
        <translation>本版本中没有。</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Word 文档 (*.docx);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>— dropped</source>
        <translation>— 已删除</translation>
    </message>
    <message>
        <source>— not in this version</source>
        <translation>— 本版本中没有</translation>
    </message>
    <message>
        <source>stance changed</source>
        <translation>立场已变</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>文本已变</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <source>Reports of the negotiation day</source>
        <translation>谈判日报告</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>文件种类</translation>
    </message>
    <message>
        <source>Report to capital (internal)</source>
        <translation>向首都报告（内部）</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>状态表</translation>
    </message>
    <message>
        <source>Day reported</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>会场状态时间</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The document shown</source>
        <translation>当前显示的文件</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>分发范围</translation>
    </message>
    <message>
        <source>Shareable (no room notes)</source>
        <translation>可分享（不含会场备注）</translation>
    </message>
    <message>
        <source>Internal (with room notes)</source>
        <translation>内部（含会场备注）</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文件语言</translation>
    </message>
    <message>
        <source>Word file to write</source>
        <translation>要写入的 Word 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the Word file to write</source>
        <translation>选择要写入的 Word 文件</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>文件种类(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Room &amp;as of:</source>
        <translation>会场状态时间(&amp;A)：</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>文件(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>分发范围(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>Write the Word file</source>
        <translation>写入 Word 文件</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 paragraphs).</source>
        <translation>已写入：%1（%2 个段落）。</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <source>With us / against</source>
        <translation>支持我方 / 反对</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegations — %1</source>
        <translation>代表团 — %1</translation>
    </message>
    <message>
        <source>e.g. statement of 28 July, informals</source>
        <translation>例如：7月28日的发言、非正式磋商</translation>
    </message>
    <message>
        <source>Source of the stances you record</source>
        <translation>所记录立场的来源</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S):</translation>
    </message>
    <message>
        <source>Stances of delegations on each item</source>
        <translation>各代表团对每一条目的立场</translation>
    </message>
    <message>
        <source>No other delegation yet. Add this document&apos;s participants (Ctrl+P) or a delegation by name (Ctrl+N), then record what each said with 1, 2, 3 or 0.</source>
        <translation>尚无其他代表团。请添加本文件的与会方（Ctrl+P）或按名称添加代表团（Ctrl+N），然后用 1、2、3 或 0 记录各方的表态。</translation>
    </message>
    <message>
        <source>Who is with us and who is against on this item</source>
        <translation>在本条目上谁支持我方、谁反对</translation>
    </message>
    <message>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>对所选单元格：1 支持 · 2 反对 · 3 修改 · 0 清除 · 绿色：支持我方，红色：反对，黄色：部分支持</translation>
    </message>
    <message>
        <source>Add the &amp;participants</source>
        <translation>添加与会方(&amp;P)</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>添加本文件的与会方 (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Add delegation…</source>
        <translation>添加代表团(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>按名称添加代表团或集团 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants</source>
        <translation>添加本文件的与会方</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>添加代表团</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>已完成的操作</translation>
    </message>
    <message>
        <source>This document lists no participants. Add delegations by name with Add delegation (Ctrl+N).</source>
        <translation>本文件未列出与会方。请用“添加代表团”（Ctrl+N）按名称添加代表团。</translation>
    </message>
    <message>
        <source>%1 delegations added from the participants; %2 were already listed.</source>
        <translation>已从与会方添加 %1 个代表团；%2 个已在列表中。</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>添加代表团</translation>
    </message>
    <message>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>代表团或集团（例如：欧洲联盟）：</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Item details</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>条目文本</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear stance</source>
        <translation>清除立场</translation>
    </message>
    <message>
        <source>Internal: never in a shareable paper</source>
        <translation>内部：不会出现在可分享的文件中</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>本代表团的理由；不会出现在可分享的文件中</translation>
    </message>
    <message>
        <source>Proposed amendment</source>
        <translation>拟议修正案</translation>
    </message>
    <message>
        <source>The wording you propose; the changes are shown below</source>
        <translation>您拟议的措辞；修改内容显示在下方</translation>
    </message>
    <message>
        <source>Public: printed in position papers</source>
        <translation>公开：印入立场文件</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>公开理由</translation>
    </message>
    <message>
        <source>The reason a shareable position paper gives</source>
        <translation>可分享的立场文件中给出的理由</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Selected items</source>
        <translation>选定的条目</translation>
    </message>
    <message>
        <source>Carried position</source>
        <translation>已结转的立场</translation>
    </message>
    <message>
        <source>Mark as &amp;checked</source>
        <translation>标记为已核对(&amp;C)</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>标记为已核对</translation>
    </message>
    <message>
        <source>The changed text has been looked at (Ctrl+K)</source>
        <translation>已查看改动的文本（Ctrl+K）</translation>
    </message>
    <message>
        <source>Read-only; select with Shift and the arrow keys, copy with Ctrl+C</source>
        <translation>只读；用 Shift 加方向键选择，用 Ctrl+C 复制</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>Normal, priority or red line</source>
        <translation>普通、优先或红线</translation>
    </message>
    <message>
        <source>Ctrl+M amends from the original wording</source>
        <translation>Ctrl+M：从原始措辞开始修改</translation>
    </message>
    <message>
        <source>Amendment redline</source>
        <translation>修正案修订标记</translation>
    </message>
    <message>
        <source>Colleagues&apos; positions</source>
        <translation>同事的立场</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <source>Public &amp;reason</source>
        <translation>公开理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>修正案(&amp;A)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>No colleague has a position here.</source>
        <translation>尚无同事在此表明立场。</translation>
    </message>
    <message>
        <source>The team disagrees on this item.</source>
        <translation>团队在此项上存在分歧。</translation>
    </message>
    <message>
        <source>capital: %1</source>
        <translation>首都：%1</translation>
    </message>
    <message>
        <source>room: %1</source>
        <translation>会场：%1</translation>
    </message>
    <message>
        <source>proposals by %1</source>
        <translation>提案方：%1</translation>
    </message>
    <message>
        <source>No change from the original yet.</source>
        <translation>尚未对原文作任何改动。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>%1 items selected: %2. A stance key sets all of them.</source>
        <translation>已选择 %1 个条目：%2。按立场键将为全部条目设置立场。</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>未选择条目</translation>
    </message>
    <message>
        <source>Carried from %1; the text has changed since: recheck it.</source>
        <translation>结转自 %1；此后文本已改动：请复核。</translation>
    </message>
    <message>
        <source>Carried from an earlier version; the text has changed: recheck it.</source>
        <translation>结转自早期版本；文本已改动：请复核。</translation>
    </message>
    <message>
        <source>Carried from %1.</source>
        <translation>结转自 %1。</translation>
    </message>
    <message>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>在列表中选择一个条目以阅读并确定立场。</translation>
    </message>
</context>
<context>
    <name>DocumentVersionList</name>
    <message>
        <source>Documents to export</source>
        <translation>要导出的文件</translation>
    </message>
    <message>
        <source>Tick the documents whose items the paper covers; the latest version of each text is ticked</source>
        <translation>勾选本文件所涉及的文件；每份案文的最新版本已默认勾选</translation>
    </message>
    <message>
        <source>latest of %1 versions</source>
        <translation>%1 个版本中的最新版本</translation>
    </message>
    <message>
        <source>earlier version (the latest is [%1] %2)</source>
        <translation>较早版本（最新版本为 [%1] %2）</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Draft report</source>
        <translation>报告草稿</translation>
    </message>
    <message>
        <source>Draft resolution</source>
        <translation>决议草案</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>决定草案</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>修正案</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>增编</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Note by the Secretariat</source>
        <translation>秘书处的说明</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>条约</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>导出到 Word</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>文件种类</translation>
    </message>
    <message>
        <source>Position paper</source>
        <translation>立场文件</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>情况简报</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <translation>内部档案</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>分发范围</translation>
    </message>
    <message>
        <source>Shareable — for other delegations</source>
        <translation>可分享 — 供其他代表团</translation>
    </message>
    <message>
        <source>Internal — our delegation only</source>
        <translation>内部 — 仅限本代表团</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>按文件顺序</translation>
    </message>
    <message>
        <source>Grouped by stance</source>
        <translation>按立场分组</translation>
    </message>
    <message>
        <source>Red lines and priorities first</source>
        <translation>红线和优先事项在前</translation>
    </message>
    <message>
        <source>List undecided paragraphs as under &amp;consideration</source>
        <translation>将尚无立场的段落列为“审议中”(&amp;C)</translation>
    </message>
    <message>
        <source>List undecided paragraphs</source>
        <translation>列出尚无立场的段落</translation>
    </message>
    <message>
        <source>A shareable paper leaves out paragraphs without a position; tick to name them as under consideration</source>
        <translation>可分发的文件不列入尚无立场的段落；勾选此项可将其列为“审议中”</translation>
    </message>
    <message>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>将修正案显示为 Word 修订(&amp;T)</translation>
    </message>
    <message>
        <source>Amendments as tracked changes</source>
        <translation>修正案显示为修订</translation>
    </message>
    <message>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>拟议措辞显示为 Word 修订，读者可接受或拒绝</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>The delegation named as the author of the paper</source>
        <translation>作为文件作者署名的代表团</translation>
    </message>
    <message>
        <source>CyberTrack&apos;s default template</source>
        <translation>CyberTrack 默认模板</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <source>A .docx or .dotx whose styles the paper uses; empty for the default</source>
        <translation>文件所用样式的 .docx 或 .dotx 文件；留空则使用默认模板</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Where the Word file is written</source>
        <translation>Word 文件的写入位置</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>完成后打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>完成后打开</translation>
    </message>
    <message>
        <source>Open the written file in the word processor</source>
        <translation>在文字处理程序中打开写入的文件</translation>
    </message>
    <message>
        <source>What will be included</source>
        <translation>将包括的内容</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Write the Word file now</source>
        <translation>立即写入 Word 文件</translation>
    </message>
    <message>
        <source>Close this dialog without exporting</source>
        <translation>关闭此对话框而不导出</translation>
    </message>
    <message>
        <source>Choose the %1 of the paper</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Opens a file chooser</source>
        <translation>打开文件选择器</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>文件种类(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rofile</source>
        <translation>分发范围(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>顺序(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>代表团(&amp;D)</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>文件(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>选择模板</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>另存为(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>选择输出文件</translation>
    </message>
    <message>
        <source>item texts</source>
        <translation>条目文本</translation>
    </message>
    <message>
        <source>stances</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>public reasons</source>
        <translation>公开理由</translation>
    </message>
    <message>
        <source>proposed wording as tracked changes</source>
        <translation>以修订形式显示的拟议措辞</translation>
    </message>
    <message>
        <source>proposed wording as clean text</source>
        <translation>以清洁文本显示的拟议措辞</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>author initials</source>
        <translation>作者姓名缩写</translation>
    </message>
    <message>
        <source>undecided paragraphs</source>
        <translation>尚无立场的段落</translation>
    </message>
    <message>
        <source>undecided paragraphs, as under consideration</source>
        <translation>尚无立场的段落（列为“审议中”）</translation>
    </message>
    <message>
        <source>stance history</source>
        <translation>立场历史</translation>
    </message>
    <message>
        <source>Included: %1.</source>
        <translation>包括：%1。</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>不包括：%1。</translation>
    </message>
    <message>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>文件作者为代表团，而非您本人。</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>选择 Word 模板</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word 文档和模板 (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>将导出内容另存为</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>choose at least one document</source>
        <translation>请至少选择一个文件</translation>
    </message>
    <message>
        <source>Writing %1 items to %2…</source>
        <translation>正在将 %1 个条目写入 %2…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>已写入 %1（%2 个条目）。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Export position pack</source>
        <translation>导出立场包</translation>
    </message>
    <message>
        <source>My positions (%1)</source>
        <translation>我的立场（%1）</translation>
    </message>
    <message>
        <source>The whole team&apos;s positions</source>
        <translation>整个团队的立场</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>仅包括此后的更改</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>此后的更改</translation>
    </message>
    <message>
        <source>Optional: seal the pack for email</source>
        <translation>可选：为邮件发送而加密立场包</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>确认(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in items (Ctrl+F)</source>
        <translation>在条目中查找 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in items</source>
        <translation>在条目中查找</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>Search the item text, your own notes and wording, or both (Ctrl+Shift+F)</source>
        <translation>搜索条目文本、您自己的备注和措辞，或两者（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Search in (Ctrl+Shift+F changes it)</source>
        <translation>搜索范围（Ctrl+Shift+F 切换）</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>条目文本</translation>
    </message>
    <message>
        <source>My notes and wording</source>
        <translation>我的备注和措辞</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>按立场筛选</translation>
    </message>
    <message>
        <source>Show only items with this stance, or undecided</source>
        <translation>仅显示具有此立场或未决定的条目</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>任何立场</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>按章节筛选</translation>
    </message>
    <message>
        <source>Show only the items of one section</source>
        <translation>仅显示某一章节的条目</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>Only items with an amendment</source>
        <translation>仅显示有修正案的条目</translation>
    </message>
    <message>
        <source>Only items with proposed amendment wording</source>
        <translation>仅显示有拟议修正措辞的条目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Only items with a note</source>
        <translation>仅显示有备注的条目</translation>
    </message>
    <message>
        <source>Only items with an internal note</source>
        <translation>仅显示有内部备注的条目</translation>
    </message>
    <message>
        <source>Recheck</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Only items to recheck</source>
        <translation>仅显示待复核的条目</translation>
    </message>
    <message>
        <source>Only positions carried onto a text that changed, not yet looked at again</source>
        <translation>仅显示结转到已改动文本且尚未复核的立场</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Only items where the team disagrees</source>
        <translation>仅显示团队有分歧的项</translation>
    </message>
    <message>
        <source>Only items where colleagues hold different stances</source>
        <translation>仅显示同事立场不同的项</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>重新显示所有条目 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有章节</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>CyberTrack user guide</source>
        <translation>CyberTrack 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Our stance: %1 → %2</source>
        <translation>我方立场：%1 → %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>会场：%1</translation>
    </message>
    <message>
        <source>Room: %1 → %2</source>
        <translation>会场：%1 → %2</translation>
    </message>
    <message>
        <source>Capital: %1 → %2</source>
        <translation>首都：%1 → %2</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording edited</source>
        <translation>首都的备选措辞已编辑</translation>
    </message>
    <message>
        <source>Capital&apos;s note edited</source>
        <translation>首都备注已编辑</translation>
    </message>
    <message>
        <source>Proposal by %1 recorded</source>
        <translation>已记录 %1 的提案</translation>
    </message>
    <message>
        <source>Proposal by %1 edited</source>
        <translation>已编辑 %1 的提案</translation>
    </message>
    <message>
        <source>Proposal by %1 withdrawn</source>
        <translation>%1 的提案已撤回</translation>
    </message>
    <message>
        <source>Proposal by %1 reinstated</source>
        <translation>%1 的提案已恢复</translation>
    </message>
    <message>
        <source>Proposal by %1 removed</source>
        <translation>%1 的提案已删除</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Stance history</source>
        <translation>立场历史</translation>
    </message>
    <message>
        <source>Every change of stance on this item, with its time</source>
        <translation>本条目的每次立场变化及其时间</translation>
    </message>
    <message>
        <source>carried from %1</source>
        <translation>结转自 %1</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>（已于 %1 撤销）</translation>
    </message>
    <message>
        <source>No stance set yet: press 1, 2 or 3 to decide.</source>
        <translation>尚未设定立场：按 1、2 或 3 作出决定。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>e.g. A/80/604/Add.3</source>
        <translation>例如：A/80/604/Add.3</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>文件详情</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>文号(&amp;Y):</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>版本标签</translation>
    </message>
    <message>
        <source>e.g. Rev.1, or the date of this text</source>
        <translation>例如 Rev.1，或本文本的日期</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Another document has this name</source>
        <translation>已有文件使用此名称</translation>
    </message>
    <message>
        <source>Version to import</source>
        <translation>要导入的版本</translation>
    </message>
    <message>
        <source>As proposed (tracked changes accepted)</source>
        <translation>按提议版本（接受修订）</translation>
    </message>
    <message>
        <source>Original (tracked changes rejected)</source>
        <translation>原始版本（拒绝修订）</translation>
    </message>
    <message>
        <source>Trac&amp;ked changes:</source>
        <translation>修订(&amp;K):</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>导入警告</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Keep in the &amp;library of precedent (a reference, not a text to negotiate)</source>
        <translation>保留在先例库中（作为参考，而非谈判文本）(&amp;L)</translation>
    </message>
    <message>
        <source>Library of precedent</source>
        <translation>先例库</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the ticked items</source>
        <translation>导入已勾选的条目</translation>
    </message>
    <message>
        <source>Import (Ctrl+Return)</source>
        <translation>导入 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>在 %2 (%3) 中找到 %1 个条目。请核对后导入。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Statements by</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>提案国</translation>
    </message>
    <message>
        <source>Already in the workspace: %1. Give this version a label that tells it apart.</source>
        <translation>工作区中已有：%1。请为此版本指定一个可区分的标签。</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>Importing %1 items…</source>
        <translation>正在导入 %1 个条目…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The room as of %1</source>
        <translation>%1 时的会场状态</translation>
    </message>
    <message>
        <source>Room (as of)</source>
        <translation>会场（某时）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>首都</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>有备注</translation>
    </message>
    <message>
        <source>has an amendment</source>
        <translation>有修正案</translation>
    </message>
    <message>
        <source>carried onto a changed text: recheck</source>
        <translation>已结转到改动的文本：待复核</translation>
    </message>
    <message>
        <source>the team disagrees</source>
        <translation>团队有分歧</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>带立场的编号条目；按 1、2、3 或 0 设置立场</translation>
    </message>
    <message>
        <source>Item columns: click to sort</source>
        <translation>条目列：单击排序</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <source>Nothing to show</source>
        <translation>无可显示内容</translation>
    </message>
    <message>
        <source>%1 selected ·</source>
        <translation>已选 %1 项 ·</translation>
    </message>
    <message>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>导入文件或将其拖放到此处 (Ctrl+I) 即可开始决定立场。</translation>
    </message>
    <message>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>没有符合这些筛选条件的条目。
按 Ctrl+Shift+L 清除筛选。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 ·</source>
        <translation>显示 %1/%2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Links from %1 to %2</source>
        <translation>从 %1 到 %2 的链接</translation>
    </message>
    <message>
        <source>Candidate links</source>
        <translation>候选关联</translation>
    </message>
    <message>
        <source>No links between these versions yet. Press F to find candidate links.</source>
        <translation>这些版本之间尚无链接。按 F 查找候选链接。</translation>
    </message>
    <message>
        <source>The two texts, differences marked</source>
        <translation>两个文本，已标出差异</translation>
    </message>
    <message>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C 确认 · R 拒绝 · P 改为关联另一条目 · F 查找候选关联 · J/K 下一个/上一个</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>更改关联</translation>
    </message>
    <message>
        <source>The old item is the same as:</source>
        <translation>旧条目对应于：</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last time, in %1 %2: %3</source>
        <translation>上次，在 %1 %2 中：%3</translation>
    </message>
    <message>
        <source>text changed since</source>
        <translation>此后文本已变化</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>请先导入文本的第二个版本（文件 ▸ 导入，Ctrl+I）。</translation>
    </message>
    <message>
        <source>Linking the two versions…</source>
        <translation>正在关联两个版本…</translation>
    </message>
    <message>
        <source>Export stance sheet</source>
        <translation>导出立场表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>已写入 %1（%2 个条目）。</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>导入立场表</translation>
    </message>
    <message>
        <source>About CyberTrack</source>
        <translation>关于 CyberTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;离线记录贵代表团对谈判案文每一条目的立场。&lt;/p&gt;&lt;p&gt;许可证：MIT。使用 Qt for Python %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>显示的条目</translation>
    </message>
    <message>
        <source>Documents (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;All files (*)</source>
        <translation>文件 (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>The toolbar&apos;s buttons that do not fit</source>
        <translation>工具栏中放不下的按钮</translation>
    </message>
    <message>
        <source>Items selected</source>
        <translation>选定的条目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Every item shown has a stance.</source>
        <translation>所显示的每个条目均已确定立场。</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <source>Import a document to begin</source>
        <translation>导入文件以开始</translation>
    </message>
    <message>
        <source>Writing the change…</source>
        <translation>正在保存更改…</translation>
    </message>
    <message>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>只读：无法写入此工作区文件（文件、文件夹或磁盘为只读）。您可以阅读和导出，但更改将被拒绝。</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>只读工作区</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (只读)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 为空</translation>
    </message>
    <message>
        <source>{name} contains no numbered paragraphs or recommendations</source>
        <translation>{name} 不含编号段落或建议</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document</source>
        <translation>{path} 是文件夹，不是文档</translation>
    </message>
    <message>
        <source>{name} is too large to be a meeting document ({size} MB)</source>
        <translation>{name} 过大，不可能是会议文件（{size} MB）</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in text form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} 作为文本格式的会议文件过大（{size} MB；上限为 {limit} MB）</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>无法读取 {path}（权限被拒绝）</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a real {kind} file (its content is of another kind)</source>
        <translation>{name} 并非真正的 {kind} 文件（其内容属于其他类型）</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file; save it as .docx in Word</source>
        <translation>{name} 是旧版二进制 Word 文件（.doc）；请在 Word 中将其另存为 .docx</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, a presentation or another kind of archive, not a Word (.docx) or OpenDocument (.odt) text</source>
        <translation>{name} 是电子表格、演示文稿或其他类型的压缩包，不是 Word (.docx) 或 OpenDocument (.odt) 文本</translation>
    </message>
    <message>
        <source>{name} is an e-mail whose text is empty; the documents attached to it ({files}) are not read from it: save them and import each</source>
        <translation>{name} 是一封正文为空的电子邮件；其附件中的文件（{files}）不会从邮件中读取：请保存后逐一导入</translation>
    </message>
    <message>
        <source>the e-mail&apos;s text is imported; the documents attached to it ({files}) are not: save them and import each</source>
        <translation>已导入电子邮件的正文；其附件中的文件（{files}）未导入：请保存后逐一导入</translation>
    </message>
    <message>
        <source>the text of {name} holds no numbered paragraphs: the document attached to it, {file}, is imported</source>
        <translation>{name} 的正文没有编号段落：已导入其附件中的文件 {file}</translation>
    </message>
    <message>
        <source>{name} is an Outlook message, not a document: save the document it carries (or its text) and import that</source>
        <translation>{name} 是 Outlook 邮件，不是文档：请保存其中的文档（或其文本）后再导入</translation>
    </message>
    <message>
        <source>{name} is an Excel or PowerPoint file (or another old Office file), not a Word document</source>
        <translation>{name} 是 Excel 或 PowerPoint 文件（或其他旧版 Office 文件），不是 Word 文档</translation>
    </message>
    <message>
        <source>{name} is not a document CyberTrack can read (binary content)</source>
        <translation>{name} 不是 CyberTrack 可读取的文档（二进制内容）</translation>
    </message>
    <message>
        <source>{name} is not valid text (unknown character encoding)</source>
        <translation>{name} 不是有效的文本（字符编码未知）</translation>
    </message>
    <message>
        <source>{name} is not in Unicode: it was read as {encoding}; check that its letters look right</source>
        <translation>{name} 不是 Unicode 编码：已按 {encoding} 读取；请检查其文字是否显示正确</translation>
    </message>
    <message>
        <source>{name}: {kind} files are not supported</source>
        <translation>{name}：不支持 {kind} 文件</translation>
    </message>
    <message>
        <source>{name} could not be read as {kind} ({reason})</source>
        <translation>无法将 {name} 作为 {kind} 文件读取（{reason}）</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (damaged or not .docx)</source>
        <translation>{name} 不是可读取的 Word 文件（已损坏或不是 .docx）</translation>
    </message>
    <message>
        <source>{name} is not a Word document ({reason})</source>
        <translation>{name} 不是 Word 文档（{reason}）</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (its XML cannot be read)</source>
        <translation>{name} 是已损坏的 Word 文件（无法读取其 XML）</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file: its part {part} is missing</source>
        <translation>{name} 是已损坏的 Word 文件：缺少其部件 {part}</translation>
    </message>
    <message>
        <source>{name} is password-protected; remove the password in Word and import it again</source>
        <translation>{name} 受密码保护；请在 Word 中删除密码后重新导入</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its zip container is damaged)</source>
        <translation>{name} 不是可读取的 Word 文件（其 zip 容器已损坏）</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (a part cannot be unpacked)</source>
        <translation>{name} 是已损坏的 Word 文件（某个部件无法解压）</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count} parts, far more than any document</source>
        <translation>已拒绝 {name}：其中含有 {count} 个部件，远超任何文档</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size} MB, which only a zip bomb does</source>
        <translation>已拒绝 {name}：解压后将达到 {size} MB，只有 zip 炸弹才会如此</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} expands {ratio} times, which only a zip bomb does</source>
        <translation>已拒绝 {name}：其部件 {part} 解压后膨胀 {ratio} 倍，只有 zip 炸弹才会如此</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} declares XML entities (DOCTYPE/ENTITY), which Word never writes and attacks use</source>
        <translation>已拒绝 {name}：其部件 {part} 声明了 XML 实体（DOCTYPE/ENTITY），Word 从不写入此类内容，而攻击会利用它</translation>
    </message>
    <message>
        <source>{name} is not a readable OpenDocument text (.odt) file (damaged)</source>
        <translation>{name} 不是可读取的 OpenDocument 文本文件（.odt）（已损坏）</translation>
    </message>
    <message>
        <source>{name} is a damaged OpenDocument text file: its part {part} is missing</source>
        <translation>{name} 是已损坏的 OpenDocument 文本文件：缺少其部件 {part}</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy in LibreOffice</source>
        <translation>{name} 受密码保护；请在 LibreOffice 中另存一份未加密的副本</translation>
    </message>
    <message>
        <source>{name} is not a readable RTF file ({reason})</source>
        <translation>{name} 不是可读取的 RTF 文件（{reason}）</translation>
    </message>
    <message>
        <source>{name} is refused: it declares entities (&lt;!ENTITY&gt;), which web pages never need</source>
        <translation>已拒绝 {name}：它声明了实体（&lt;!ENTITY&gt;），网页从不需要这些</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in {kind} form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} 作为 {kind} 格式的会议文件过大（{size} MB；上限为 {limit} MB）</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file and LibreOffice could not convert it ({reason}); save it as .docx in Word</source>
        <translation>{name} 是旧式二进制 Word 文件（.doc），LibreOffice 无法转换它（{reason}）；请在 Word 中另存为 .docx</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy</source>
        <translation>{name} 受密码保护；请保存一份不受保护的副本</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or truncated)</source>
        <translation>{name} 不是可读取的 PDF（已损坏或不完整）</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (a page cannot be read)</source>
        <translation>{name} 是已损坏的 PDF（某一页无法读取）</translation>
    </message>
    <message>
        <source>{name} has no text layer (a scanned image?); ask for the Word or text version</source>
        <translation>{name} 没有文本层（是扫描图像吗？）；请索取 Word 版或文本版</translation>
    </message>
    <message>
        <source>{name} is refused: its compressed streams would expand past {limit} MB, which only a compression bomb does</source>
        <translation>已拒绝 {name}：其压缩流解压后将超过 {limit} MB，只有压缩炸弹才会如此</translation>
    </message>
    <message>
        <source>the text of page(s) {pages} does not read as words (a font that maps its characters wrongly?): compare those pages with the printed document</source>
        <translation>第 {pages} 页的文本无法读成词语（字体的字符映射有误？）：请将这些页面与印刷版文件核对</translation>
    </message>
    <message>
        <source>no text on page(s) {pages}, only images (a scan, a map or a chart?): what they show is not imported</source>
        <translation>第 {pages} 页没有文本，只有图像（扫描件、地图或图表？）：其内容未导入</translation>
    </message>
    <message>
        <source>large pictures in the Word file ({n}, the first {where}): a scan, a map or a chart? What they show is not imported</source>
        <translation>Word 文件中有大图像（{n} 个，第一个{where}）：扫描件、地图或图表？其内容未导入</translation>
    </message>
    <message>
        <source>hidden text in the Word file ({chars} characters, the first {excerpt!q}): Word does not show it, so it is not imported</source>
        <translation>Word 文件中的隐藏文字（{chars} 个字符，第一处 {excerpt!q}）：Word 不显示这些文字，因此不导入</translation>
    </message>
    <message>
        <source>{n} {n|comment|comments} in the margin of the {kind} file (the first {excerpt!q}): comments are not imported; read them in the file</source>
        <translation>{kind} 文件页边有 {n} 条批注（第一条 {excerpt!q}）：批注不会导入；请在文件中阅读</translation>
    </message>
    <message>
        <source>text struck through in {n} {n|paragraph|paragraphs} of the Word file (the first {excerpt!q}): a deletion proposed by formatting, not a tracked change? It is kept in the items as if it stood: read them against the document</source>
        <translation>Word 文件中有 {n} 个段落含有删除线文字（第一处 {excerpt!q}）：这是否是以格式而非修订方式提出的删除？这些文字仍作为有效文字保留在条目中：请对照原文件阅读</translation>
    </message>
    <message>
        <source>{n} tracked {n|change|changes} in the {kind} file, read as proposed (changes accepted): text proposed for deletion is left out. Import its Word (.docx) version to see each change</source>
        <translation>{kind} 文件中有 {n} 处修订，已按提议内容读取（接受修订）：提议删除的文字未导入。请导入其 Word (.docx) 版本以查看每处修订</translation>
    </message>
    <message>
        <source>read as the cover page, before the first paragraph or heading ({chars} characters): {excerpt!q}</source>
        <translation>在第一个段落或标题之前，作为封面读取（{chars} 个字符）：{excerpt!q}</translation>
    </message>
    <message>
        <source>the text is printed again from {excerpt!q} on, in another language: that copy ({chars} {chars|character|characters}) was not imported</source>
        <translation>自 {excerpt!q} 起以另一种语言再次印出全文：该副本（{chars} {chars|个字符}）未导入</translation>
    </message>
    <message>
        <source>after {excerpt!q}</source>
        <translation>位于 {excerpt!q} 之后</translation>
    </message>
    <message>
        <source>at the start of the document</source>
        <translation>位于文档开头</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items}</source>
        <translation>已导入 {document}：{n} {n|个条目}</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items} (new version of {symbol})</source>
        <translation>已导入 {document}：{n} {n|个条目}（{symbol} 的新版本）</translation>
    </message>
    <message>
        <source>the numbering jumps from {first} to {next}: a paragraph may be missing</source>
        <translation>编号从 {first} 跳到 {next}：可能缺少一个段落</translation>
    </message>
    <message>
        <source>no paragraph carries a printed number: {n} {n|paragraph is|paragraphs are} numbered in reading order</source>
        <translation>没有段落带有印刷编号：{n} 个段落按阅读顺序编号</translation>
    </message>
    <message>
        <source>{n} {n|item is|items are} numbered as a Markdown viewer shows them: the text repeats the same list number before each</source>
        <translation>{n} 个条目按 Markdown 查看器显示的方式编号：文本在每一项前重复同一个列表编号</translation>
    </message>
    <message>
        <source>read as a meeting record: {n} {n|statement|statements} by {speakers} {speakers|speaker|speakers}, numbered in reading order</source>
        <translation>按会议记录读取：{speakers} 位发言者的 {n} 次发言，按阅读顺序编号</translation>
    </message>
    <message>
        <source>{name} is already in the workspace (document {document_id})</source>
        <translation>{name} 已在工作区中（文档 {document_id}）</translation>
    </message>
    <message>
        <source>added {document} to the library of precedent: {n} {n|paragraph|paragraphs}</source>
        <translation>已将 {document} 加入先例库：{n} {n|个段落}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>under {heading!q}</source>
        <translation>在 {heading!q} 下</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>在第一个标题之前</translation>
    </message>
    <message>
        <source>{missing} missing between {before} and {after} ({where})</source>
        <translation>{before} 与 {after} 之间缺少 {missing}（{where}）</translation>
    </message>
    <message>
        <source>{missing} missing before {first} ({where})</source>
        <translation>{first} 之前缺少 {missing}（{where}）</translation>
    </message>
    <message>
        <source>{number} appears twice ({where})</source>
        <translation>{number} 出现了两次（{where}）</translation>
    </message>
    <message>
        <source>{number} comes after {previous}, out of order ({where})</source>
        <translation>{number} 排在 {previous} 之后，顺序错乱（{where}）</translation>
    </message>
    <message>
        <source>text in no item or heading ({where}, {chars} {chars|character|characters}): {excerpt!q}</source>
        <translation>不属于任何条目或标题的文本（{where}，{chars} {chars|个字符}）：{excerpt!q}</translation>
    </message>
    <message>
        <source>{share}% of the body text is in no item or heading</source>
        <translation>{share}% 的正文不属于任何条目或标题</translation>
    </message>
    <message>
        <source>{share}% of the body text in items or headings; tables {tables} {tables|character|characters}, footnotes {footnotes} {footnotes|character|characters}</source>
        <translation>{share}% 的正文在条目或标题中；表格 {tables} {tables|个字符}，脚注 {footnotes} {footnotes|个字符}</translation>
    </message>
    <message>
        <source>{n} {n|item carries|items carry} tracked changes; imported as {view}</source>
        <translation>{n} {n|个条目}含有修订；导入的版本：{view}</translation>
    </message>
    <message>
        <source>proposed (changes accepted)</source>
        <translation>提议版本（接受修订）</translation>
    </message>
    <message>
        <source>original (changes rejected)</source>
        <translation>原始版本（拒绝修订）</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): its numbering has {n} {n|gap|gaps}; nothing was imported</source>
        <translation>已拒绝 {name}（--strict）：其编号有 {n} {n|处缺号}；未导入任何内容</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): {share}% of its body text is in no item or heading (the limit is {limit}%); nothing was imported</source>
        <translation>已拒绝 {name}（--strict）：其正文有 {share}% 不属于任何条目或标题（上限为 {limit}%）；未导入任何内容</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) CyberTrack can read</source>
        <translation>{name} 不是 CyberTrack 可读取的 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）：{reason}</translation>
    </message>
    <message>
        <source>{name} has no column {column!q}; export a stance sheet to see the layout</source>
        <translation>{name} 中没有 {column!q} 列；请导出一份立场表以查看其格式</translation>
    </message>
    <message>
        <source>{name}: the stance sheet is an Excel file; name it .xlsx</source>
        <translation>{name}：立场表是 Excel 文件；请使用 .xlsx 扩展名</translation>
    </message>
    <message>
        <source>row {row}: no item id (the first column must keep the exported id)</source>
        <translation>第 {row} 行：没有条目 ID（第一列必须保留导出的 ID）</translation>
    </message>
    <message>
        <source>row {row}: no item with id {item_id} in this workspace</source>
        <translation>第 {row} 行：此工作区中没有 ID 为 {item_id} 的条目</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} is {label} here, not {sheet_label}</source>
        <translation>第 {row} 行：条目 {item_id} 在此处为 {label}，而非 {sheet_label}</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} appears twice; only its first row is used</source>
        <translation>第 {row} 行：条目 {item_id} 出现了两次；仅使用其第一行</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} 是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>there is no workspace at {path}: check the path (--db or $CYBERTRACK_DB); an import makes a new one</source>
        <translation>{path} 处没有工作区：请检查路径（--db 或 $CYBERTRACK_DB）；导入文件会新建一个工作区</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: the disk is full, failing or gone ({reason}); the file was not changed</source>
        <translation>无法打开 {path}：磁盘已满、出现故障或已断开（{reason}）；文件未被更改</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment</source>
        <translation>{path} 正被其他程序占用；请稍后重试</translation>
    </message>
    <message>
        <source>cannot open {path}: the file or its folder cannot be used</source>
        <translation>无法打开 {path}：该文件或其所在文件夹无法使用</translation>
    </message>
    <message>
        <source>{path} is damaged or not a CyberTrack workspace ({reason})</source>
        <translation>{path} 已损坏或不是 CyberTrack 工作区（{reason}）</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} 已损坏（{reason}）</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but its backup {backup} could not be written ({reason}); the file was not changed</source>
        <translation>{path} 需要升级，但无法写入其备份 {backup}（{reason}）；文件未被更改</translation>
    </message>
    <message>
        <source>{path} was written by a newer CyberTrack (schema {version}; this version reads up to {supported}). Update CyberTrack to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的 CyberTrack 写入（架构版本 {version}；此版本最高支持 {supported}）。请更新 CyberTrack 后再打开；文件未被更改。</translation>
    </message>
    <message>
        <source>{path} could not be prepared: {reason}</source>
        <translation>无法准备 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: it does not exist</source>
        <translation>无法打开 {path}：该文件不存在</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by a newer CyberTrack; update CyberTrack to open it</source>
        <translation>{path} 为只读文件，且由更新版本的 CyberTrack 写入；请更新 CyberTrack 后再打开</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older CyberTrack; copy it to a writable folder to upgrade it</source>
        <translation>{path} 为只读文件，且由旧版本的 CyberTrack 写入；请将其复制到可写入的文件夹中进行升级</translation>
    </message>
    <message>
        <source>{path} is not a readable CyberTrack workspace ({reason})</source>
        <translation>{path} 不是可读取的 CyberTrack 工作区（{reason}）</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>{name} 以只读方式打开（无法写入该文件或其所在文件夹）；未作任何更改</translation>
    </message>
    <message>
        <source>the workspace file {path} is no longer there (was its disk removed?); nothing was changed — reconnect it and reopen CyberTrack; everything saved before is in that file</source>
        <translation>工作区文件 {path} 已不存在（其所在磁盘是否已移除？）；未作任何更改——请重新连接该磁盘并重新打开 CyberTrack；之前保存的所有内容都在该文件中</translation>
    </message>
    <message>
        <source>the workspace is busy in another CyberTrack window or command; try again</source>
        <translation>工作区正被另一个 CyberTrack 窗口或命令占用；请重试</translation>
    </message>
    <message>
        <source>the workspace file is read-only; nothing was changed</source>
        <translation>工作区文件为只读；未作任何更改</translation>
    </message>
    <message>
        <source>the workspace could not be written ({reason}); your earlier work is safe</source>
        <translation>无法写入工作区（{reason}）；您之前的工作安然无恙</translation>
    </message>
    <message>
        <source>the workspace could not be written: {reason}</source>
        <translation>无法写入工作区：{reason}</translation>
    </message>
    <message>
        <source>the change was refused ({reason}); nothing was saved</source>
        <translation>更改被拒绝（{reason}）；未保存任何内容</translation>
    </message>
    <message>
        <source>the workspace file is damaged ({reason}); nothing was changed — restore a backup (File &gt; Restore from backup…, or cybertrack restore)</source>
        <translation>工作区文件已损坏（{reason}）；未作任何更改——请恢复备份（“文件 &gt; 从备份恢复…”，或 cybertrack restore）</translation>
    </message>
    <message>
        <source>{path} is the open workspace; choose another file</source>
        <translation>{path} 是当前打开的工作区；请选择其他文件</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>no backup could be written: {reason}</source>
        <translation>无法写入备份：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); choose another backup</source>
        <translation>{name} 已损坏（{reason}）；请选择其他备份</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack workspace ({reason})</source>
        <translation>{name} 不是 CyberTrack 工作区（{reason}）</translation>
    </message>
    <message>
        <source>{name} was written by a newer CyberTrack</source>
        <translation>{name} 由更新版本的 CyberTrack 写入</translation>
    </message>
    <message>
        <source>the backup could not be restored: {reason}</source>
        <translation>无法恢复备份：{reason}</translation>
    </message>
    <message>
        <source>there is no backup number {number} (see cybertrack backups)</source>
        <translation>没有编号为 {number} 的备份（参见 cybertrack backups）</translation>
    </message>
    <message>
        <source>restored {name}; the previous state is saved as {safety}</source>
        <translation>已恢复 {name}；之前的状态已保存为 {safety}</translation>
    </message>
    <message>
        <source>{problem}. There is no good backup of it; the file was not changed</source>
        <translation>{problem}。没有完好的备份；文件未被更改</translation>
    </message>
    <message>
        <source>{problem}. Nothing was changed</source>
        <translation>{problem}。未作任何更改</translation>
    </message>
    <message>
        <source>the damaged workspace could not be moved aside ({reason}); nothing was changed</source>
        <translation>无法将损坏的工作区移到一旁（{reason}）；未作任何更改</translation>
    </message>
    <message>
        <source>the backup could not be put in place ({reason}); the damaged file is at {damaged}</source>
        <translation>无法将备份放回原位（{reason}）；损坏的文件位于 {damaged}</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>没有 ID 为 {document_id} 的文档</translation>
    </message>
    <message>
        <source>no item with id {item_id}</source>
        <translation>没有 ID 为 {item_id} 的条目</translation>
    </message>
    <message>
        <source>document {document_id} has no item numbered {number}</source>
        <translation>文档 {document_id} 中没有编号为 {number} 的条目</translation>
    </message>
    <message>
        <source>a number given is too large to name an item, a document or a count</source>
        <translation>给出的数字过大，不能表示条目、文件或数量</translation>
    </message>
    <message>
        <source>document {document_id} has more than one item numbered {number} (items {ids}): name the item by its id, as `cybertrack items` lists it</source>
        <translation>文件 {document_id} 中有不止一个编号为 {number} 的条目（条目 {ids}）：请按 `cybertrack items` 列出的编号指定条目</translation>
    </message>
    <message>
        <source>{reference!q} is neither an item id nor DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} 既不是条目 ID，也不是 DOCUMENT_ID:NUMBER 格式</translation>
    </message>
    <message>
        <source>{reference!q} is not DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} 不是 DOCUMENT_ID:NUMBER 格式</translation>
    </message>
    <message>
        <source>no delegation with id {delegation_id}</source>
        <translation>没有 ID 为 {delegation_id} 的代表团</translation>
    </message>
    <message>
        <source>no delegation named {name!q} (see: cybertrack delegations)</source>
        <translation>没有名为 {name!q} 的代表团（参见：cybertrack delegations）</translation>
    </message>
    <message>
        <source>unknown {what} {value!q} (choose {choices})</source>
        <translation>未知的{what} {value!q}（请选择：{choices}）</translation>
    </message>
    <message>
        <source>Import {document}</source>
        <translation>导入 {document}</translation>
    </message>
    <message>
        <source>Import (already present)</source>
        <translation>导入（已存在）</translation>
    </message>
    <message>
        <source>Set {n} {n|item|items} to {stance}</source>
        <translation>将 {n} {n|个条目}的立场设为“{stance}”</translation>
    </message>
    <message>
        <source>Set {item} to {stance}</source>
        <translation>将 {item} 设为{stance}</translation>
    </message>
    <message>
        <source>Edit the {field} of {item}</source>
        <translation>编辑 {item} 的{field}</translation>
    </message>
    <message>
        <source>Mark {n} {n|item|items} as checked</source>
        <translation>将 {n} 个条目标记为已核对</translation>
    </message>
    <message>
        <source>Set priority of {n} {n|item|items} to {priority}</source>
        <translation>将 {n} {n|个条目}的优先级设为“{priority}”</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>编辑“{field}”</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>设置 {key}</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>{key} = (unset)</source>
        <translation>{key} = (未设置)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Link documents {old} and {new}</source>
        <translation>关联文档 {old} 和 {new}</translation>
    </message>
    <message>
        <source>{n} new candidate {n|link|links}</source>
        <translation>{n} {n|个新的候选关联}</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>确认关联</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>拒绝关联</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>更改关联</translation>
    </message>
    <message>
        <source>Carry {n} {n|position|positions} to the new version</source>
        <translation>将 {n} {n|项立场}沿用到新版本</translation>
    </message>
    <message>
        <source>carried {n} {n|position|positions} to {document}; {recheck} marked to recheck because their text changed</source>
        <translation>已将 {n} 项立场结转到 {document}；其中 {recheck} 项因文本改动而标记为待复核</translation>
    </message>
    <message>
        <source>Add {n} {n|delegation|delegations}</source>
        <translation>添加 {n} {n|个代表团}</translation>
    </message>
    <message>
        <source>{n} {n|delegation|delegations} added</source>
        <translation>已添加 {n} {n|个代表团}</translation>
    </message>
    <message>
        <source>Record a delegation&apos;s stance</source>
        <translation>记录一个代表团的立场</translation>
    </message>
    <message>
        <source>Record delegations&apos; stances</source>
        <translation>记录各代表团的立场</translation>
    </message>
    <message>
        <source>Confirm the links of unchanged items</source>
        <translation>确认未更改条目的关联</translation>
    </message>
    <message>
        <source>Carry positions to the new version</source>
        <translation>将立场沿用到新版本</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Cite {n} {n|paragraph|paragraphs} as agreed language</source>
        <translation>引用 {n} {n|个段落}作为商定措辞</translation>
    </message>
    <message>
        <source>Clear the citations of agreed language</source>
        <translation>清除商定措辞的引用</translation>
    </message>
    <message>
        <source>a precedent search needs a wording of at least two words</source>
        <translation>查找先例至少需要两个词的措辞</translation>
    </message>
    <message>
        <source>item {item_id} cannot cite itself as precedent</source>
        <translation>条目 {item_id} 不能把自身引为先例</translation>
    </message>
    <message>
        <source>Set the room status of {n} {n|item|items} to {status}</source>
        <translation>将 {n} {n|个条目}的会场状态设为“{status}”</translation>
    </message>
    <message>
        <source>Set capital&apos;s instruction on {n} {n|item|items} to {instruction}</source>
        <translation>将 {n} {n|个条目}的首都指示设为“{instruction}”</translation>
    </message>
    <message>
        <source>Record {by}&apos;s proposal on {label}</source>
        <translation>记录 {by} 对 {label} 的提案</translation>
    </message>
    <message>
        <source>Edit {by}&apos;s proposal on {label}</source>
        <translation>编辑 {by} 对 {label} 的提案</translation>
    </message>
    <message>
        <source>Withdraw {by}&apos;s proposal on {label}</source>
        <translation>撤回 {by} 对 {label} 的提案</translation>
    </message>
    <message>
        <source>Reinstate {by}&apos;s proposal on {label}</source>
        <translation>恢复 {by} 对 {label} 的提案</translation>
    </message>
    <message>
        <source>no stance</source>
        <translation>无立场</translation>
    </message>
    <message>
        <source>support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>修正案</translation>
    </message>
    <message>
        <source>public rationale</source>
        <translation>公开理由</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>public reason</source>
        <translation>公开理由</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>proposed wording</source>
        <translation>拟议措辞</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>no instruction</source>
        <translation>无指示</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>灵活</translation>
    </message>
    <message>
        <source>fallback wording</source>
        <translation>备选措辞</translation>
    </message>
    <message>
        <source>note on the instruction</source>
        <translation>指示备注</translation>
    </message>
    <message>
        <source>room status</source>
        <translation>会场状态</translation>
    </message>
    <message>
        <source>no room status</source>
        <translation>无会场状态</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>agreed ad ref</source>
        <translation>待请示商定</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>in informals</source>
        <translation>非正式磋商中</translation>
    </message>
    <message>
        <source>bracketed</source>
        <translation>加方括号</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>choose two different documents to compare</source>
        <translation>请选择两份不同的文档进行比较</translation>
    </message>
    <message>
        <source>a link joins items of two different documents</source>
        <translation>关联用于连接两份不同文档中的条目</translation>
    </message>
    <message>
        <source>carry one old item&apos;s position onto each new item, not several</source>
        <translation>每个新条目只能沿用一个旧条目的立场，不能沿用多个</translation>
    </message>
    <message>
        <source>a delegation needs a name</source>
        <translation>代表团必须有名称</translation>
    </message>
    <message>
        <source>{name}: name the comparison .docx (Word) or .xlsx (Excel)</source>
        <translation>{name}：请将比较结果命名为 .docx（Word）或 .xlsx（Excel）</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as 2026-11-30T17:30 or &apos;2026-11-30 17:30&apos;</source>
        <translation>{value!q} 不是时间；请写成 2026-11-30T17:30 或 &apos;2026-11-30 17:30&apos;</translation>
    </message>
    <message>
        <source>{value!q} is not a date; write it as 2026-11-30</source>
        <translation>{value!q} 不是日期；请写成 2026-11-30</translation>
    </message>
    <message>
        <source>{time} is in the future (it is now {now}); the room is known only up to now</source>
        <translation>{time} 是将来的时间（现在是 {now}）；会场状态只能知道到现在为止</translation>
    </message>
    <message>
        <source>no proposal with id {proposal_id}</source>
        <translation>没有编号为 {proposal_id} 的提案</translation>
    </message>
    <message>
        <source>a proposal needs its text</source>
        <translation>提案需要文本</translation>
    </message>
    <message>
        <source>a proposal needs the delegation that made it</source>
        <translation>提案需要注明提出的代表团</translation>
    </message>
    <message>
        <source>{name} cannot both support and oppose the same proposal</source>
        <translation>{name} 不能同时支持和反对同一提案</translation>
    </message>
    <message>
        <source>{name} made the proposal and cannot oppose it</source>
        <translation>{name} 提出了该提案，不能反对它</translation>
    </message>
    <message>
        <source>the report to capital is internal only: it carries instructions and deviations, so it has no shareable profile</source>
        <translation>向首都的报告仅供内部使用：其中包含指示和偏离，因此没有可分享的版本</translation>
    </message>
    <message>
        <source>{name}: the export is a Word file; name it .docx</source>
        <translation>{name}：导出文件为 Word 文件；请使用 .docx 扩展名</translation>
    </message>
    <message>
        <source>template {path} does not exist</source>
        <translation>模板 {path} 不存在</translation>
    </message>
    <message>
        <source>{name} is not a usable Word template (.docx or .dotx)</source>
        <translation>{name} 不是可用的 Word 模板（.docx 或 .dotx）</translation>
    </message>
    <message>
        <source>the dossier is internal only: it holds internal notes and the stance history; export a position paper or a briefing note to share</source>
        <translation>内部卷宗仅供内部使用：其中含有内部说明和立场变更记录；如需分发，请导出立场文件或情况简报</translation>
    </message>
    <message>
        <source>{document} {label}: the proposed wording is the same as the text, so the paper shows no proposed wording for it</source>
        <translation>{document} {label}：拟议措辞与案文相同，因此文件中不列出拟议措辞</translation>
    </message>
    <message>
        <source>nothing in {document} has a position yet, and a shareable paper lists only what has one unless undecided paragraphs are included</source>
        <translation>{document} 中尚无任何立场，而可分发的文件只列出已确定立场的内容，除非选择列入尚无立场的段落</translation>
    </message>
    <message>
        <source>the workspace has no documents to export</source>
        <translation>工作区中没有可导出的文档</translation>
    </message>
    <message>
        <source>ordering by priority needs the internal profile: a shareable paper shows no red lines</source>
        <translation>按优先级排序需要使用“内部”分发范围：可分享的文件不显示红线</translation>
    </message>
    <message>
        <source>the template has no style {style!q}; CyberTrack&apos;s default is used for it</source>
        <translation>模板中没有样式 {style!q}；将改用 CyberTrack 的默认样式</translation>
    </message>
    <message>
        <source>your author name is not set; set it first (settings --author NAME)</source>
        <translation>尚未设置您的作者姓名；请先设置（settings --author 姓名）</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as ISO 8601 (2026-11-28 or 2026-11-28T09:30)</source>
        <translation>{value!q} 不是有效时间；请按 ISO 8601 格式书写（2026-11-28 或 2026-11-28T09:30）</translation>
    </message>
    <message>
        <source>{row!q} names no paragraph that waits for a link (pack unresolved lists them)</source>
        <translation>{row!q} 并非任何等待链接的段落（pack unresolved 会列出这些段落）</translation>
    </message>
    <message>
        <source>the colleagues&apos; rows on {where} now show on item {item}</source>
        <translation>同事关于 {where} 的行现已显示在条目 {item} 上</translation>
    </message>
    <message>
        <source>item {item} is no longer offered for {where}</source>
        <translation>条目 {item} 不再作为 {where} 的候选</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack position pack</source>
        <translation>{name} 不是 CyberTrack 立场包</translation>
    </message>
    <message>
        <source>{name} was made by a newer CyberTrack (pack format {version}; this version reads up to {supported}); update CyberTrack to read it</source>
        <translation>{name} 由更新版本的 CyberTrack 创建（立场包格式 {version}；此版本最高支持 {supported}）；请更新 CyberTrack 后再读取</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; nothing was changed</source>
        <translation>{name} 已损坏或不完整；未做任何更改</translation>
    </message>
    <message>
        <source>{name} is sealed with a passphrase; give the passphrase to open it</source>
        <translation>{name} 已用口令加密；请提供口令以打开</translation>
    </message>
    <message>
        <source>{name} cannot be opened: wrong passphrase, or the pack is damaged; nothing was changed</source>
        <translation>无法打开 {name}：口令错误或立场包已损坏；未做任何更改</translation>
    </message>
    <message>
        <source>a row holds a value that cannot be read ({value})</source>
        <translation>某一行包含无法读取的值（{value}）</translation>
    </message>
    <message>
        <source>a row is of a kind this version does not know ({kind})</source>
        <translation>某一行的类型此版本无法识别（{kind}）</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {path}: {reason}</source>
        <translation>无法从 {path} 读取口令：{reason}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>口令文件 {path} 为空</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>合并 {name}</translation>
    </message>
    <message>
        <source>{n} {n|change|changes} merged, {disagreements} {disagreements|disagreement|disagreements}, {unresolved} unresolved</source>
        <translation>已合并 {n} {n|项更改}，{disagreements} {disagreements|处分歧}，{unresolved} 项未找到对应段落</translation>
    </message>
    <message>
        <source>Link a colleague&apos;s paragraph to an item</source>
        <translation>将同事的段落关联到某项</translation>
    </message>
    <message>
        <source>Reject a paragraph link</source>
        <translation>拒绝段落关联</translation>
    </message>
    <message>
        <source>{url!q} is not a hub address (postgresql://user@host:port/database)</source>
        <translation>{url!q} 不是共享服务器地址（postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>cannot reach the hub {hub}: {reason}</source>
        <translation>无法连接共享服务器 {hub}：{reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the request: {reason}; nothing was changed</source>
        <translation>共享服务器 {hub} 拒绝了请求：{reason}；未做任何更改</translation>
    </message>
    <message>
        <source>the hub {hub} holds a newer format ({version}; this version reads up to {supported}); update CyberTrack</source>
        <translation>共享服务器 {hub} 使用更新的格式（{version}；此版本最高支持 {supported}）；请更新 CyberTrack</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Library of precedent</source>
        <translation>先例库</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1，已决定 %2/%3 个条目</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Meetings, documents and sections</source>
        <translation>会议、文件和章节</translation>
    </message>
    <message>
        <source>Choose a document or a section to list its items</source>
        <translation>选择文件或章节以列出其条目</translation>
    </message>
    <message>
        <source>No documents yet.

Import one with Ctrl+I (File ▸ Import…) or drop a Word, PDF or text file here.</source>
        <translation>尚无文件。

用 Ctrl+I（文件 ▸ 导入…）导入，或将 Word、PDF 或文本文件拖放到此处。</translation>
    </message>
</context>
<context>
    <name>NegotiationDesk</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>会场、首都与提案</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>No delegation is known yet. Add them in View &gt; Delegations… (Ctrl+Shift+D), then record their proposals.</source>
        <translation>尚无已知代表团。请在“视图 &gt; 代表团…”（Ctrl+Shift+D）中添加，然后再记录其提案。</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>会场、首都与提案</translation>
    </message>
    <message>
        <source>Room status</source>
        <translation>会场状态</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <source>Record the room&apos;s status at a time (Ctrl+R)</source>
        <translation>记录某一时刻的会场状态（Ctrl+R）</translation>
    </message>
    <message>
        <source>Record the room&apos;s status</source>
        <translation>记录会场状态</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>首都指示</translation>
    </message>
    <message>
        <source>Support, oppose, amend or flexible; internal, never in a shareable paper</source>
        <translation>支持、反对、修改或灵活；内部信息，绝不出现在可分享文件中</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording (internal)</source>
        <translation>首都的备选措辞（内部）</translation>
    </message>
    <message>
        <source>Fallback wording</source>
        <translation>备选措辞</translation>
    </message>
    <message>
        <source>The wording capital accepts if our line does not carry; internal</source>
        <translation>若我方立场未获通过，首都可接受的措辞；内部</translation>
    </message>
    <message>
        <source>Capital&apos;s note (internal)</source>
        <translation>首都备注（内部）</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>首都备注</translation>
    </message>
    <message>
        <source>What capital said with its instruction; internal</source>
        <translation>首都随指示说明的内容；内部</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>指示(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fallback</source>
        <translation>备选措辞(&amp;F)</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;note</source>
        <translation>首都备注(&amp;N)</translation>
    </message>
    <message>
        <source>Room and capital</source>
        <translation>会场与首都</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Other delegations&apos; proposals on this paragraph; F2 edits, Delete withdraws</source>
        <translation>其他代表团对本段的提案；F2 编辑，Delete 撤回</translation>
    </message>
    <message>
        <source>Proposal redline</source>
        <translation>提案修订标记</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Record another delegation&apos;s proposal (Ctrl+Shift+P)</source>
        <translation>记录其他代表团的提案（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Record a proposal</source>
        <translation>记录提案</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the proposal (F2)</source>
        <translation>编辑提案（F2）</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>编辑提案</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw the proposal, or reinstate it (Delete)</source>
        <translation>撤回提案或将其恢复（Delete）</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>撤回或恢复提案</translation>
    </message>
    <message>
        <source>History of the paragraph</source>
        <translation>本段历史</translation>
    </message>
    <message>
        <source>Our stance, the room, capital&apos;s instruction and the proposals, newest first</source>
        <translation>我方立场、会场、首都指示和提案，最新的在前</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>（已于 %1 撤销）</translation>
    </message>
    <message>
        <source>Room: not yet discussed</source>
        <translation>会场：尚未讨论</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>会场：</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1; our stance is %2.</source>
        <translation>偏离：首都指示“%1”；我方立场为“%2”。</translation>
    </message>
    <message>
        <source>No proposal recorded.</source>
        <translation>尚无提案。</translation>
    </message>
    <message>
        <source>Supported by %1</source>
        <translation>支持方：%1</translation>
    </message>
    <message>
        <source>Opposed by %1</source>
        <translation>反对方：%1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a proposal to see its changes.</source>
        <translation>选择一个提案以查看其修改。</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Merge position pack: %1</source>
        <translation>合并立场包：%1</translation>
    </message>
    <message>
        <source>Merge position pack</source>
        <translation>合并立场包</translation>
    </message>
    <message>
        <source>Changes: %1 · authors: %2 · disagreements: %3 · rows found nowhere here: %4</source>
        <translation>更改：%1 · 作者：%2 · 分歧：%3 · 此处无对应段落的行：%4</translation>
    </message>
    <message>
        <source>This pack changes nothing here: you already have all of it.</source>
        <translation>此立场包在这里不会带来任何更改：您已拥有其全部内容。</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>From the pack</source>
        <translation>立场包中</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>none yet: import the document, then link it in Team (Ctrl+Alt+T)</source>
        <translation>暂无：请导入该文件，然后在“团队”中关联（Ctrl+Alt+T）</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选段落</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>没有对应段落的行</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>更改（%1）</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>分歧（%1）</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>此处未找到（%1）</translation>
    </message>
    <message>
        <source>&amp;Merge (Ctrl+Return)</source>
        <translation>合并(&amp;M)（Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>PrecedentPanel</name>
    <message>
        <source>Pre&amp;cedent</source>
        <translation>先例(&amp;C)</translation>
    </message>
    <message>
        <source>No precedent to use: choose an item with precedent first.</source>
        <translation>没有可用的先例：请先选择一个有先例的条目。</translation>
    </message>
    <message>
        <source>Precedent</source>
        <translation>先例</translation>
    </message>
    <message>
        <source>Precedent for the amendment</source>
        <translation>修正案的先例</translation>
    </message>
    <message>
        <source>The closest paragraphs of the library and the other documents, best first</source>
        <translation>先例库和其他文件中最接近的段落，最佳者在前</translation>
    </message>
    <message>
        <source>Chosen precedent</source>
        <translation>所选先例</translation>
    </message>
    <message>
        <source>Agreed language</source>
        <translation>商定措辞</translation>
    </message>
    <message>
        <source>Cited as agreed language</source>
        <translation>已引用的商定措辞</translation>
    </message>
    <message>
        <source>Choose an item to see precedent for it.</source>
        <translation>请选择一个条目以查看其先例。</translation>
    </message>
    <message>
        <source>Type at least two words to find precedent.</source>
        <translation>请至少输入两个词以查找先例。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>agreed language</source>
        <translation>商定措辞</translation>
    </message>
    <message>
        <source>adopted, not in the library</source>
        <translation>已通过，不在先例库中</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>under negotiation</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>%1% match</source>
        <translation>匹配度 %1%</translation>
    </message>
    <message>
        <source>No precedent: no paragraph shares three words in a row.</source>
        <translation>无先例：没有段落与之共有连续三个词。</translation>
    </message>
    <message>
        <source>Precedent for this paragraph (no wording yet).</source>
        <translation>本段落的先例（尚无措辞）。</translation>
    </message>
    <message>
        <source>Agreed language: %1 of %2 words of the wording (marked).</source>
        <translation>商定措辞：措辞的 %2 个词中有 %1 个（已标记）。</translation>
    </message>
    <message>
        <source>Cited: none yet.</source>
        <translation>已引用：暂无。</translation>
    </message>
    <message>
        <source>Cited as agreed language: %1</source>
        <translation>已引用为商定措辞：%1</translation>
    </message>
    <message>
        <source>Agreed language from %1</source>
        <translation>商定措辞出自 %1</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>第 {n} 段</translation>
    </message>
    <message>
        <source>art. {n}</source>
        <translation>第 {n} 条</translation>
    </message>
    <message>
        <source>action {n}</source>
        <translation>行动{n}</translation>
    </message>
    <message>
        <source>conclusion {n}</source>
        <translation>结论{n}</translation>
    </message>
    <message>
        <source>guideline {n}</source>
        <translation>准则{n}</translation>
    </message>
    <message>
        <source>principle {n}</source>
        <translation>原则{n}</translation>
    </message>
    <message>
        <source>target {n}</source>
        <translation>具体目标{n}</translation>
    </message>
    <message>
        <source>regulation {n}</source>
        <translation>条例{n}</translation>
    </message>
    <message>
        <source>rule {n}</source>
        <translation>第{n}条规则</translation>
    </message>
    <message>
        <source>preambular para. {n}</source>
        <translation>序言部分第 {n} 段</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK.</source>
        <translation>按下“确定”后，窗口会立即切换语言。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal on %1</source>
        <translation>关于 %1 的提案</translation>
    </message>
    <message>
        <source>Edit the proposal on %1</source>
        <translation>编辑关于 %1 的提案</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>A new paragraph after this one (bis)</source>
        <translation>在本段之后新增一段（之二）</translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation>在本段之后新增一段</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>提议文本</translation>
    </message>
    <message>
        <source>Changes to the paragraph</source>
        <translation>对本段的修改</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>支持方</translation>
    </message>
    <message>
        <source>Opposed by</source>
        <translation>反对方</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>提出方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Supported by:</source>
        <translation>支持方(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Opposed by:</source>
        <translation>反对方(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>是否恢复最近一次完好的备份（创建于 %1）？损坏的文件将保留在其旁边。</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>备份已恢复。损坏的工作区已保留为 %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>请选择要回到的状态。系统会先备份工作区的当前状态，因此您可以通过恢复该备份回到此状态。撤销历史记录将被清除。
备份保存在 %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>此工作区尚无备份。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 个条目</translation>
    </message>
    <message>
        <source>%2 items</source>
        <translation>%2 个条目</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Items found (untick those that are not items; amber rows were left out):</source>
        <translation>找到的条目（取消勾选非条目内容；琥珀色行为遗漏的文本）(&amp;I):</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>找到的条目</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>检查结果(&amp;F):</translation>
    </message>
    <message>
        <source>Findings of the import</source>
        <translation>导入检查结果</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>拆分…(&amp;P)</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>拆分条目</translation>
    </message>
    <message>
        <source>&amp;Merge into item above</source>
        <translation>并入上一条目(&amp;M)</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>并入上一条目</translation>
    </message>
    <message>
        <source>Make it an it&amp;em…</source>
        <translation>设为条目…(&amp;E)</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>将遗漏的文本设为条目</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>重新编号…(&amp;R)</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>重新编号条目</translation>
    </message>
    <message>
        <source>Ne&amp;xt left-out text</source>
        <translation>下一处遗漏的文本(&amp;X)</translation>
    </message>
    <message>
        <source>Go to the next left-out text</source>
        <translation>转到下一处遗漏的文本</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick all items</source>
        <translation>勾选所有条目</translation>
    </message>
    <message>
        <source>Untick all (&amp;N)</source>
        <translation>全部取消勾选(&amp;N)</translation>
    </message>
    <message>
        <source>Untick all items</source>
        <translation>取消勾选所有条目</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>要导入的条目</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N):</translation>
    </message>
    <message>
        <source>%1 of %2 items will be imported</source>
        <translation>将导入 %1/%2 个条目</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>%1 as of %2</source>
        <translation>截至 %2：%1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>会场：%1</translation>
    </message>
    <message>
        <source>Capital: %1</source>
        <translation>首都：%1</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1, our stance is %2</source>
        <translation>偏离：首都指示“%1”，我方立场为“%2”</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>待请示商定</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Informals</source>
        <translation>非正式磋商</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>加方括号</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>尚未讨论</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>灵活</translation>
    </message>
    <message>
        <source>No instruction</source>
        <translation>无指示</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Filter by room status</source>
        <translation>按会场状态筛选</translation>
    </message>
    <message>
        <source>Show only the paragraphs where the room stands so, or still open</source>
        <translation>只显示处于该会场状态或仍未结束的段落</translation>
    </message>
    <message>
        <source>Any room status</source>
        <translation>任何会场状态</translation>
    </message>
    <message>
        <source>Still open in the room</source>
        <translation>会场中仍未结束</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>Only deviations from capital&apos;s instructions</source>
        <translation>仅显示偏离首都指示之处</translation>
    </message>
    <message>
        <source>Only paragraphs where our stance departs from capital&apos;s instruction</source>
        <translation>仅显示我方立场偏离首都指示的段落</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>会场状态时间</translation>
    </message>
    <message>
        <source>Show the room as of an earlier time</source>
        <translation>显示较早时刻的会场状态</translation>
    </message>
    <message>
        <source>The room&apos;s status as it stood at that time (Ctrl+Shift+A)</source>
        <translation>该时刻的会场状态（Ctrl+T）</translation>
    </message>
    <message>
        <source>The time to show the room at; arrow keys move the hour or the day</source>
        <translation>显示会场状态的时间；方向键可调整小时或日期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Show the room as it is now</source>
        <translation>显示当前的会场状态</translation>
    </message>
    <message>
        <source>Back to the room as it is now</source>
        <translation>返回当前的会场状态</translation>
    </message>
</context>
<context>
    <name>RoomStatusDialog</name>
    <message>
        <source>Room status</source>
        <translation>会场状态</translation>
    </message>
    <message>
        <source>No status (clear it)</source>
        <translation>无状态（清除）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>e.g. Chair&apos;s text, EU reserves (internal)</source>
        <translation>例如：主席案文，欧盟保留立场（内部）</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>会场备注</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Other version: %1</source>
        <translation>另一版本：%1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>under “%1”</source>
        <translation>在“%1”下</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>在第一个标题之前</translation>
    </message>
    <message>
        <source>Left out (%1): %2</source>
        <translation>遗漏（%1）：%2</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[已修改] </translation>
    </message>
    <message>
        <source>[proposed insertion] </source>
        <translation>[提议插入] </translation>
    </message>
    <message>
        <source>[proposed deletion] </source>
        <translation>[提议删除] </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import stance sheet: %1</source>
        <translation>导入立场表：%1</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>导入立场表</translation>
    </message>
    <message>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>%2 个条目有 %1 处更改；%3 行不匹配，将被跳过。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>From the sheet</source>
        <translation>表中的值</translation>
    </message>
    <message>
        <source>Rows that do not match</source>
        <translation>不匹配的行</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>应用更改(&amp;A)</translation>
    </message>
    <message>
        <source>Rows that do not match:</source>
        <translation>不匹配的行：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>快捷键列表</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split item</source>
        <translation>拆分条目</translation>
    </message>
    <message>
        <source>Put the cursor where the second item begins.</source>
        <translation>将光标放在第二个条目开始的位置。</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>条目文本</translation>
    </message>
    <message>
        <source>&amp;Number of the second item:</source>
        <translation>第二个条目的编号(&amp;N):</translation>
    </message>
    <message>
        <source>Number of the second item</source>
        <translation>第二个条目的编号</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Cancel the split</source>
        <translation>取消拆分</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>已决定 %1/%2 · 支持 %3 · 反对 %4 · 修改 %5</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>建议措辞</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>公开理由</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>首都指示</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback</source>
        <translation>首都的备选措辞</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>首都备注</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>您在团队中的姓名</translation>
    </message>
    <message>
        <source>Packs and the hub say whose positions they carry. Your name:</source>
        <translation>立场包和共享服务器会注明其中立场属于谁。您的姓名：</translation>
    </message>
    <message>
        <source>Export position pack</source>
        <translation>导出立场包</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack)</source>
        <translation>立场包 (*.ctpack)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 KB.</source>
        <translation>已写入 %1：%2 行，%3 KB。</translation>
    </message>
    <message>
        <source>Import position pack</source>
        <translation>导入立场包</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack);;All files (*)</source>
        <translation>立场包 (*.ctpack);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sealed pack</source>
        <translation>已加密的立场包</translation>
    </message>
    <message>
        <source>%1 is sealed. Its passphrase:</source>
        <translation>%1 已加密。其口令：</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>You are %1 in the team.</source>
        <translation>您在团队中的姓名是 %1。</translation>
    </message>
    <message>
        <source>Set your name first: File ▸ Export position pack asks for it.</source>
        <translation>请先设置您的姓名：“文件 ▸ 导出立场包”会提示输入。</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选段落</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>没有对应段落的行</translation>
    </message>
    <message>
        <source>Since the last merge</source>
        <translation>自上次合并以来</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>分歧（%1）</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>此处未找到（%1）</translation>
    </message>
    <message>
        <source>none: import the document it is in</source>
        <translation>无：请导入包含该段落的文件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Changes in the last merge</source>
        <translation>上次合并中的更改</translation>
    </message>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Items where the team disagrees</source>
        <translation>团队有分歧的项</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <source>Tips</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>提示：按 1、2 或 3 对所选条目表示支持、反对或修改，按 J 和 K 移动，按 Enter 编写备注。所有内容均自动保存。</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Dismiss tips</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Hide these tips for good</source>
        <translation>不再显示这些提示</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>最近的工作区(&amp;R)</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>尚无其他工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>保存工作区副本</translation>
    </message>
    <message>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>CyberTrack 工作区 (*.cybertrack);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 已存在；请改为打开它。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
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
        <translation>恢复失败</translation>
    </message>
</context>
</TS>
