<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="141"/>
        <source>Carry positions to the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="147"/>
        <source>Positions that can be carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="157"/>
        <source>What changed in the text since you decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="163"/>
        <source>Dropped items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="172"/>
        <source>New items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="183"/>
        <source>Dropped from the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="185"/>
        <source>New in this version (no position yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="198"/>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="205"/>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="210"/>
        <source>&amp;Carry ticked positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="214"/>
        <source>Carry the ticked positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="256"/>
        <source>Carry positions to new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="259"/>
        <source>Carry-over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="62"/>
        <source>Carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="63"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="64"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="65"/>
        <source>Our position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="66"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="72"/>
        <source>text changed since you decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="74"/>
        <source>merged with another decided item: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="76"/>
        <source>already decided in the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="77"/>
        <source>same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="52"/>
        <source>Compare documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="60"/>
        <source>Linked items across documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="68"/>
        <source>Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="71"/>
        <source>&amp;1 Stance changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="72"/>
        <source>&amp;2 Text changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="73"/>
        <source>&amp;3 New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="74"/>
        <source>&amp;4 Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="98"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="101"/>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="102"/>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="177"/>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="131"/>
        <source>Text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="140"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="157"/>
        <source>Not in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="179"/>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="186"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— not in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="78"/>
        <source>stance changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="80"/>
        <source>text changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="81"/>
        <source>With us / against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="122"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="145"/>
        <source>Delegations — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="150"/>
        <source>e.g. statement of 28 July, informals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="151"/>
        <source>Source of the stances you record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="152"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="161"/>
        <source>Stances of delegations on each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="167"/>
        <source>Who is with us and who is against on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="175"/>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="182"/>
        <source>Add the &amp;participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="184"/>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="185"/>
        <source>&amp;Add delegation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="186"/>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="187"/>
        <source>Add this document&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="188"/>
        <source>Add a delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="262"/>
        <source>Record delegations&apos; stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Add delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Delegation or group (e.g. European Union):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="280"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="56"/>
        <source>Item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="69"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="75"/>
        <source>Item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="82"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="87"/>
        <source>Clear stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="94"/>
        <source>Internal: never in a shareable paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="95"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="98"/>
        <source>Proposed wording for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="99"/>
        <source>Proposed amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="102"/>
        <source>Public: printed in position papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="103"/>
        <source>Public reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="108"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="108"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="109"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="108"/>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="112"/>
        <source>Amendment redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="135"/>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="136"/>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="137"/>
        <source>Public &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="138"/>
        <source>&amp;Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="139"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="140"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="222"/>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="246"/>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="253"/>
        <source>Changes appear here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="81"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="82"/>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="85"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="87"/>
        <source>Position paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="88"/>
        <source>Briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="89"/>
        <source>Internal dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="93"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="95"/>
        <source>Shareable — for other delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="96"/>
        <source>Internal — our delegation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="100"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="103"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="105"/>
        <source>As in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="106"/>
        <source>Grouped by stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="107"/>
        <source>Red lines and priorities first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="110"/>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="112"/>
        <source>Amendments as tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="114"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="117"/>
        <source>Documents to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="128"/>
        <source>CyberTrack&apos;s default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="129"/>
        <source>Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="131"/>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="132"/>
        <source>&amp;Open the file when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="133"/>
        <source>Open when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="138"/>
        <source>What will be included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="141"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="148"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="152"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="174"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="186"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="187"/>
        <source>P&amp;rofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="188"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="189"/>
        <source>Or&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="190"/>
        <source>&amp;Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="191"/>
        <source>Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="197"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="201"/>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="203"/>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="207"/>
        <source>Choose the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="263"/>
        <source>item texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="263"/>
        <source>stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="263"/>
        <source>public reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="266"/>
        <source>proposed wording as tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="268"/>
        <source>proposed wording as clean text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="271"/>
        <source>internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="271"/>
        <source>priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="271"/>
        <source>author initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="277"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="279"/>
        <source>stance history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="280"/>
        <source>Included: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="282"/>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="289"/>
        <source>Choose a Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="289"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="296"/>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="296"/>
        <source>Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="305"/>
        <source>choose at least one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="325"/>
        <source>Writing %1 items to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="337"/>
        <source>Wrote %1 (%2 items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="342"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="352"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="51"/>
        <source>Find in items (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="52"/>
        <source>Find in items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="57"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="61"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="71"/>
        <source>Filter by stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="74"/>
        <source>Any stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="79"/>
        <source>Filter by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="84"/>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="85"/>
        <source>Only items with an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="86"/>
        <source>Only items with proposed amendment wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="87"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="88"/>
        <source>Only items with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="89"/>
        <source>Only items with an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="92"/>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="94"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="95"/>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="138"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="81"/>
        <source>CyberTrack user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="83"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="26"/>
        <source>Stance history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="35"/>
        <source>No stance set yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="77"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="78"/>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="89"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="90"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="94"/>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="100"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="102"/>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="103"/>
        <source>e.g. A/80/604/Add.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="105"/>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="108"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="110"/>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="114"/>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="117"/>
        <source>&amp;Items found (untick those that are not items):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="119"/>
        <source>Items found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="129"/>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="130"/>
        <source>Tick all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="132"/>
        <source>Untick all (&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="133"/>
        <source>Untick all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="136"/>
        <source>Items to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="145"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="147"/>
        <source>Import the ticked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="148"/>
        <source>Import (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="150"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="174"/>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="203"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="204"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="205"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="206"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="207"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="208"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="209"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="210"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="211"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="217"/>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="237"/>
        <source>%1 of %2 items will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="263"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="128"/>
        <source>has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="130"/>
        <source>has an amendment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="28"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="44"/>
        <source>Item columns: click to sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="36"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="78"/>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="82"/>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="87"/>
        <source>Showing %1 of %2 ·</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="109"/>
        <source>Links between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="115"/>
        <source>Candidate links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="122"/>
        <source>The two texts, differences marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="130"/>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="191"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="214"/>
        <source>Re-point link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="215"/>
        <source>The old item is the same as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="60"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="61"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="62"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="63"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="64"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="69"/>
        <source>to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="70"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="71"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="25"/>
        <source>&amp;Compare documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="33"/>
        <source>&amp;Links between versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="41"/>
        <source>Carry positions to the &amp;new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="49"/>
        <source>&amp;Delegations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="69"/>
        <source>Last time, in %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="74"/>
        <source>text changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="95"/>
        <source>This looks like a new version of %1: View ▸ Carry positions (Ctrl+Shift+V) to review what to carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="118"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="119"/>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="93"/>
        <source>Export stance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="95"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="139"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="103"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="108"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="123"/>
        <location filename="../../cybertrack/gui/main_window.py" line="245"/>
        <source>CyberTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="109"/>
        <source>Wrote %1 (%2 items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="137"/>
        <source>Import stance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="100"/>
        <source>About CyberTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="101"/>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="149"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="157"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="165"/>
        <source>&amp;About CyberTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="113"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="114"/>
        <source>Items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="130"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="131"/>
        <source>&amp;Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="132"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="140"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="150"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="153"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="166"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="170"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="173"/>
        <source>Edit &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="175"/>
        <source>Edit &amp;amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="181"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="190"/>
        <source>&amp;Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="191"/>
        <source>&amp;Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="192"/>
        <source>&amp;Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="193"/>
        <source>&amp;Clear stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="201"/>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="202"/>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="204"/>
        <source>Next &amp;undecided item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="208"/>
        <source>Back to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="210"/>
        <source>&amp;Documents and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="217"/>
        <source>Only &amp;undecided items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="224"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="267"/>
        <source>Every item shown has a stance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="292"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="294"/>
        <source>Documents (*.txt *.md *.docx *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="330"/>
        <source>CyberTrack — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="412"/>
        <source>Import a document to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="24"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="32"/>
        <source>Export stance &amp;sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="40"/>
        <source>Import stance s&amp;heet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="42"/>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="88"/>
        <source>%1, %2 of %3 items decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="36"/>
        <source>Meetings, documents and sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="34"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="39"/>
        <source>A new language takes effect the next time CyberTrack starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="37"/>
        <source>Import stance sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="38"/>
        <source>Import stance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="41"/>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="49"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>From the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="67"/>
        <source>Rows that do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="73"/>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="84"/>
        <source>Rows that do not match:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="53"/>
        <location filename="../../cybertrack/gui/help.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="57"/>
        <source>Shortcut list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="20"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="21"/>
        <source>Oppose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="22"/>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="23"/>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="39"/>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="121"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="124"/>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="129"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="130"/>
        <source>Dismiss tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="43"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="44"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="45"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="46"/>
        <source>&amp;Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="56"/>
        <source>No other workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="74"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="81"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="88"/>
        <source>Save a copy of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="94"/>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="105"/>
        <source>%1 already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="108"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="123"/>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="127"/>
        <source>CyberTrack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
