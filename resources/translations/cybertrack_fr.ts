<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackgroundCheck</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="127"/>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>Le fichier de l&apos;espace de travail est endommagé (%1). Utilisez Fichier &gt; Restaurer une sauvegarde… pour revenir à une sauvegarde saine ; l&apos;état actuel est d&apos;abord sauvegardé.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="96"/>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="141"/>
        <source>Carry positions to the new version</source>
        <translation>Reporter les positions sur la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="147"/>
        <source>Positions that can be carried</source>
        <translation>Positions pouvant être reportées</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="157"/>
        <source>What changed in the text since you decided</source>
        <translation>Modifications du texte depuis votre décision</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="163"/>
        <source>Dropped items</source>
        <translation>Points supprimés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="172"/>
        <source>New items</source>
        <translation>Nouveaux points</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="183"/>
        <source>Dropped from the new version:</source>
        <translation>Supprimés dans la nouvelle version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="185"/>
        <source>New in this version (no position yet):</source>
        <translation>Nouveaux dans cette version (sans position)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="198"/>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>De %1 à %2&#xa0;: %3 positions à examiner, dont %4 avec un texte modifié.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="205"/>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space&#xa0;: cocher ou décocher une ligne · Ctrl+Enter&#xa0;: reporter les lignes cochées</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="210"/>
        <source>&amp;Carry ticked positions</source>
        <translation>&amp;Reporter les positions cochées</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="214"/>
        <source>Carry the ticked positions</source>
        <translation>Reporter les positions cochées</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="256"/>
        <source>Carry positions to new version</source>
        <translation>Reporter les positions sur la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="259"/>
        <source>Carry-over</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="62"/>
        <source>Carry</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="63"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="64"/>
        <source>Now</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="65"/>
        <source>Our position</source>
        <translation>Notre position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="66"/>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="72"/>
        <source>text changed since you decided</source>
        <translation>texte modifié depuis votre décision</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="74"/>
        <source>merged with another decided item: choose one</source>
        <translation>fusionné avec un autre point décidé&#xa0;: choisissez-en un</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="76"/>
        <source>already decided in the new version</source>
        <translation>déjà décidé dans la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="77"/>
        <source>same text</source>
        <translation>texte identique</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="52"/>
        <source>Compare documents</source>
        <translation>Comparer des documents</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="60"/>
        <source>Linked items across documents</source>
        <translation>Points liés entre les documents</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="68"/>
        <source>Show only:</source>
        <translation>Afficher uniquement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="71"/>
        <source>&amp;1 Stance changed</source>
        <translation>&amp;1 Position modifiée</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="72"/>
        <source>&amp;2 Text changed</source>
        <translation>&amp;2 Texte modifié</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="73"/>
        <source>&amp;3 New</source>
        <translation>&amp;3 Nouveaux</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="74"/>
        <source>&amp;4 Dropped</source>
        <translation>&amp;4 Supprimés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="98"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="101"/>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>Exporter au format Word ou Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="102"/>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="177"/>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="131"/>
        <source>Text in %1</source>
        <translation>Texte dans %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="140"/>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="157"/>
        <source>Not in this version.</source>
        <translation>Absent de cette version.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="179"/>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Document Word (*.docx);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="186"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— dropped</source>
        <translation>— supprimé</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— not in this version</source>
        <translation>— absent de cette version</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="78"/>
        <source>stance changed</source>
        <translation>position modifiée</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="80"/>
        <source>text changed</source>
        <translation>texte modifié</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="81"/>
        <source>With us / against</source>
        <translation>Avec nous / contre</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="122"/>
        <source>not recorded</source>
        <translation>non consignée</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="145"/>
        <source>Delegations — %1</source>
        <translation>Délégations — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="150"/>
        <source>e.g. statement of 28 July, informals</source>
        <translation>p. ex. déclaration du 28 juillet, consultations officieuses</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="151"/>
        <source>Source of the stances you record</source>
        <translation>Source des positions que vous consignez</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="152"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="161"/>
        <source>Stances of delegations on each item</source>
        <translation>Positions des délégations sur chaque point</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="167"/>
        <source>Who is with us and who is against on this item</source>
        <translation>Qui est avec nous et qui est contre sur ce point</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="175"/>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>1 appuyer · 2 s&apos;opposer · 3 modifier · 0 effacer, pour les cellules sélectionnées · vert&#xa0;: avec nous, rouge&#xa0;: contre, orange&#xa0;: en partie</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="182"/>
        <source>Add the &amp;participants</source>
        <translation>Ajouter les &amp;participants</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="184"/>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>Ajouter les participants de ce document (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="185"/>
        <source>&amp;Add delegation…</source>
        <translation>&amp;Ajouter une délégation…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="186"/>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>Ajouter une délégation ou un groupe par son nom (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="187"/>
        <source>Add this document&apos;s participants</source>
        <translation>Ajouter les participants de ce document</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="188"/>
        <source>Add a delegation</source>
        <translation>Ajouter une délégation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="262"/>
        <source>Record delegations&apos; stances</source>
        <translation>Consigner les positions des délégations</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Add delegation</source>
        <translation>Ajouter une délégation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>Délégation ou groupe (p. ex. Union européenne)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="280"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="56"/>
        <source>Item details</source>
        <translation>Détails du point</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="69"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="75"/>
        <source>Item text</source>
        <translation>Texte du point</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="82"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="87"/>
        <source>Clear stance</source>
        <translation>Effacer la position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="94"/>
        <source>Internal: never in a shareable paper</source>
        <translation>Interne&#xa0;: jamais dans un document partageable</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="95"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="97"/>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>Justification de votre délégation&#xa0;; jamais dans un document partageable</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="101"/>
        <source>Proposed wording for this item</source>
        <translation>Libellé proposé pour ce point</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="102"/>
        <source>Proposed amendment</source>
        <translation>Amendement proposé</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="104"/>
        <source>The wording you propose; the changes are shown below</source>
        <translation>Le libellé que vous proposez&#xa0;; les modifications s&apos;affichent ci-dessous</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="108"/>
        <source>Public: printed in position papers</source>
        <translation>Publique&#xa0;: figure dans les documents de position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="109"/>
        <source>Public reason</source>
        <translation>Justification publique</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="111"/>
        <source>The reason a shareable position paper gives</source>
        <translation>La justification donnée dans un document de position partageable</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="118"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Red line</source>
        <translation>Ligne rouge</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="119"/>
        <source>Normal, priority or red line</source>
        <translation>Normale, priorité ou ligne rouge</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="122"/>
        <source>Amendment redline</source>
        <translation>Amendement avec marques de révision</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="145"/>
        <source>&amp;Priority</source>
        <translation>Pri&amp;orité</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="146"/>
        <source>Internal &amp;note</source>
        <translation>Note &amp;interne</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="147"/>
        <source>Public &amp;reason</source>
        <translation>&amp;Justification publique</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="148"/>
        <source>&amp;Amendment</source>
        <translation>A&amp;mendement</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="149"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="150"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="232"/>
        <source>No item selected</source>
        <translation>Aucun point sélectionné</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="256"/>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>Choisissez un point dans la liste pour le lire et définir une position.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="263"/>
        <source>Changes appear here as you type.</source>
        <translation>Les modifications s&apos;affichent ici au fur et à mesure de la saisie.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="81"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="82"/>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="85"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="87"/>
        <source>Position paper</source>
        <translation>Document de position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="88"/>
        <source>Briefing note</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="89"/>
        <source>Internal dossier</source>
        <translation>Dossier interne</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="93"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="95"/>
        <source>Shareable — for other delegations</source>
        <translation>Partageable — pour les autres délégations</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="96"/>
        <source>Internal — our delegation only</source>
        <translation>Interne — notre délégation uniquement</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="103"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="105"/>
        <source>As in the document</source>
        <translation>Comme dans le document</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="106"/>
        <source>Grouped by stance</source>
        <translation>Groupés par position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="107"/>
        <source>Red lines and priorities first</source>
        <translation>Lignes rouges et priorités d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="110"/>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>Afficher les amendements en suivi des modifica&amp;tions Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="112"/>
        <source>Amendments as tracked changes</source>
        <translation>Amendements en suivi des modifications</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="114"/>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>Le libellé proposé apparaît sous forme de révisions Word que le lecteur peut accepter ou refuser</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="117"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="119"/>
        <source>The delegation named as the author of the paper</source>
        <translation>La délégation désignée comme auteur du document</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="123"/>
        <source>Documents to export</source>
        <translation>Documents à exporter</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="125"/>
        <source>Tick the documents whose items the paper covers</source>
        <translation>Cochez les documents dont les points doivent être traités</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="137"/>
        <source>CyberTrack&apos;s default template</source>
        <translation>Modèle par défaut de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="138"/>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="140"/>
        <source>A .docx whose styles the paper uses; empty for the default</source>
        <translation>Un fichier .docx dont le document reprend les styles&#xa0;; vide pour le modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="143"/>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="144"/>
        <source>Where the Word file is written</source>
        <translation>Emplacement où le fichier Word est enregistré</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="145"/>
        <source>&amp;Open the file when done</source>
        <translation>Ouvrir le &amp;fichier à la fin</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="146"/>
        <source>Open when done</source>
        <translation>Ouvrir à la fin</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="148"/>
        <source>Open the written file in the word processor</source>
        <translation>Ouvrir le fichier enregistré dans le traitement de texte</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="154"/>
        <source>What will be included</source>
        <translation>Contenu de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="157"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="164"/>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="168"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="171"/>
        <source>Write the Word file now</source>
        <translation>Enregistrer maintenant le fichier Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="175"/>
        <source>Close this dialog without exporting</source>
        <translation>Fermer cette boîte de dialogue sans exporter</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="188"/>
        <source>Choose the %1 of the paper</source>
        <translation>Choisir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="194"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="196"/>
        <source>Opens a file chooser</source>
        <translation>Ouvre un sélecteur de fichiers</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="207"/>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="208"/>
        <source>P&amp;rofile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="209"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="210"/>
        <source>Or&amp;der</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="211"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Délégation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="212"/>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="218"/>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="222"/>
        <source>Choose a template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as</source>
        <translation>Enregistrer &amp;sous</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="228"/>
        <source>Choose the output file</source>
        <translation>Choisir le fichier de sortie</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>item texts</source>
        <translation>textes des points</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>stances</source>
        <translation>positions</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>public reasons</source>
        <translation>justifications publiques</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="287"/>
        <source>proposed wording as tracked changes</source>
        <translation>libellé proposé en suivi des modifications</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="289"/>
        <source>proposed wording as clean text</source>
        <translation>libellé proposé en texte propre</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>internal notes</source>
        <translation>notes internes</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>priorities</source>
        <translation>priorités</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>author initials</source>
        <translation>initiales de l&apos;auteur</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="298"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="300"/>
        <source>stance history</source>
        <translation>historique des positions</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="301"/>
        <source>Included: %1.</source>
        <translation>Inclus&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="303"/>
        <source>Left out: %1.</source>
        <translation>Exclus&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="305"/>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>L&apos;auteur du fichier est la délégation, et non vous.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Choose a Word template</source>
        <translation>Choisir un modèle Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Save the export as</source>
        <translation>Enregistrer l&apos;exportation sous</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="326"/>
        <source>choose at least one document</source>
        <translation>choisissez au moins un document</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="346"/>
        <source>Writing %1 items to %2…</source>
        <translation>Écriture de %1 points dans %2…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="358"/>
        <source>Wrote %1 (%2 items).</source>
        <translation>%1 enregistré (%2 points).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="363"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="373"/>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="51"/>
        <source>Find in items (Ctrl+F)</source>
        <translation>Rechercher dans les points (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="52"/>
        <source>Find in items</source>
        <translation>Rechercher dans les points</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="57"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="61"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="71"/>
        <source>Filter by stance</source>
        <translation>Filtrer par position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="73"/>
        <source>Show only items with this stance, or undecided</source>
        <translation>Afficher uniquement les points ayant cette position, ou non décidés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="77"/>
        <source>Any stance</source>
        <translation>Toute position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="82"/>
        <source>Filter by section</source>
        <translation>Filtrer par section</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="83"/>
        <source>Show only the items of one section</source>
        <translation>Afficher uniquement les points d&apos;une section</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="88"/>
        <source>Wording</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="89"/>
        <source>Only items with an amendment</source>
        <translation>Uniquement les points avec un amendement</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="90"/>
        <source>Only items with proposed amendment wording</source>
        <translation>Uniquement les points avec un libellé d&apos;amendement proposé</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="91"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="92"/>
        <source>Only items with a note</source>
        <translation>Uniquement les points avec une note</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="93"/>
        <source>Only items with an internal note</source>
        <translation>Uniquement les points avec une note interne</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="96"/>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="98"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="99"/>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>Afficher de nouveau tous les points (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="140"/>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="81"/>
        <source>CyberTrack user guide</source>
        <translation>Guide de l&apos;utilisateur de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="83"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="27"/>
        <source>Stance history</source>
        <translation>Historique des positions</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="28"/>
        <source>Every change of stance on this item, with its time</source>
        <translation>Chaque changement de position sur ce point, avec l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="37"/>
        <source>No stance set yet.</source>
        <translation>Aucune position définie.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="77"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="78"/>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="89"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="90"/>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="94"/>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="100"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="102"/>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="103"/>
        <source>e.g. A/80/604/Add.3</source>
        <translation>p. ex. A/80/604/Add.3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="105"/>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="108"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="110"/>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Cote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="114"/>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="117"/>
        <source>&amp;Items found (untick those that are not items):</source>
        <translation>&amp;Points trouvés (décochez ceux qui n&apos;en sont pas)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="119"/>
        <source>Items found</source>
        <translation>Points trouvés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="129"/>
        <source>Tick &amp;all</source>
        <translation>Tout c&amp;ocher</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="130"/>
        <source>Tick all items</source>
        <translation>Cocher tous les points</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="132"/>
        <source>Untick all (&amp;N)</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="133"/>
        <source>Untick all items</source>
        <translation>Décocher tous les points</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="136"/>
        <source>Items to import</source>
        <translation>Points à importer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="145"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="147"/>
        <source>Import the ticked items</source>
        <translation>Importer les points cochés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="148"/>
        <source>Import (Ctrl+Return)</source>
        <translation>Importer (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="150"/>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="174"/>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>%1 points trouvés dans %2 (%3). Vérifiez-les, puis importez-les.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="203"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="204"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="205"/>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="206"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="207"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="208"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="209"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="210"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="211"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="217"/>
        <source>Cannot import: %1</source>
        <translation>Importation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="237"/>
        <source>%1 of %2 items will be imported</source>
        <translation>%1 points sur %2 seront importés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="263"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="128"/>
        <source>has a note</source>
        <translation>a une note</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="130"/>
        <source>has an amendment</source>
        <translation>a un amendement</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="29"/>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="31"/>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>Points numérotés avec leur position&#xa0;; 1, 2, 3 ou 0 la définit</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="48"/>
        <source>Item columns: click to sort</source>
        <translation>Colonnes des points&#xa0;: cliquez pour trier</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="36"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="78"/>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>Importez un document ou déposez-le ici (Ctrl+I) pour commencer à prendre position.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="82"/>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>Aucun point ne correspond à ces filtres.
Effacez-les avec Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="87"/>
        <source>Showing %1 of %2 ·</source>
        <translation>%1 affichés sur %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="109"/>
        <source>Links between versions</source>
        <translation>Liens entre versions</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="115"/>
        <source>Candidate links</source>
        <translation>Liens candidats</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="122"/>
        <source>The two texts, differences marked</source>
        <translation>Les deux textes, différences marquées</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="130"/>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C confirmer · R rejeter · P rediriger vers un autre point · F chercher des liens candidats · J/K suivant/précédent</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="191"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="214"/>
        <source>Re-point link</source>
        <translation>Rediriger le lien</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="215"/>
        <source>The old item is the same as:</source>
        <translation>L&apos;ancien point correspond à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="60"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="61"/>
        <source>Now</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="62"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="63"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="64"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="69"/>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="70"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="71"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="25"/>
        <source>&amp;Compare documents…</source>
        <translation>&amp;Comparer des documents…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="33"/>
        <source>&amp;Links between versions…</source>
        <translation>&amp;Liens entre versions…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="41"/>
        <source>Carry positions to the &amp;new version…</source>
        <translation>Reporter les positions sur la nouvelle &amp;version…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="49"/>
        <source>&amp;Delegations…</source>
        <translation>&amp;Délégations…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="69"/>
        <source>Last time, in %1 %2: %3</source>
        <translation>La dernière fois, dans %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="74"/>
        <source>text changed since</source>
        <translation>texte modifié depuis</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="95"/>
        <source>This looks like a new version of %1: View ▸ Carry positions (Ctrl+Shift+V) to review what to carry over.</source>
        <translation>Il semble s&apos;agir d&apos;une nouvelle version de %1&#xa0;: Affichage ▸ Reporter les positions (Ctrl+Shift+V) pour examiner ce qu&apos;il faut reporter.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="118"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="119"/>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>Importez d&apos;abord une deuxième version d&apos;un texte (Fichier ▸ Importer, Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="93"/>
        <source>Export stance sheet</source>
        <translation>Exporter le tableau des positions</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="95"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="139"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
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
        <translation>%1 enregistré (%2 points).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="137"/>
        <source>Import stance sheet</source>
        <translation>Importer un tableau des positions</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="100"/>
        <source>About CyberTrack</source>
        <translation>À propos de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="101"/>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;La position de votre délégation sur chaque point d&apos;un texte de négociation, hors ligne.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: MIT. Réalisé avec Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="146"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="150"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="158"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="166"/>
        <source>&amp;About CyberTrack</source>
        <translation>À &amp;propos de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="114"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="115"/>
        <source>Items shown</source>
        <translation>Points affichés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="135"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="136"/>
        <source>&amp;Stance</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="137"/>
        <source>&amp;Go</source>
        <translation>&amp;Naviguer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="145"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="156"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="172"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="176"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="179"/>
        <source>Edit &amp;note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="181"/>
        <source>Edit &amp;amendment</source>
        <translation>Modifier l&apos;a&amp;mendement</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="187"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="196"/>
        <source>&amp;Support</source>
        <translation>&amp;Appuyer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="197"/>
        <source>&amp;Oppose</source>
        <translation>&amp;S&apos;opposer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="198"/>
        <source>&amp;Amend</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="199"/>
        <source>&amp;Clear stance</source>
        <translation>&amp;Effacer la position</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="207"/>
        <source>&amp;Next item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="208"/>
        <source>&amp;Previous item</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="210"/>
        <source>Next &amp;undecided item</source>
        <translation>Prochain point &amp;non décidé</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="214"/>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="216"/>
        <source>&amp;Documents and sections</source>
        <translation>&amp;Documents et sections</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="223"/>
        <source>Only &amp;undecided items</source>
        <translation>Uniquement les points &amp;non décidés</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="230"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="273"/>
        <source>Every item shown has a stance.</source>
        <translation>Tous les points affichés ont une position.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="298"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="300"/>
        <source>Documents (*.txt *.md *.docx *.pdf);;All files (*)</source>
        <translation>Documents (*.txt *.md *.docx *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="336"/>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="418"/>
        <source>Import a document to begin</source>
        <translation>Importez un document pour commencer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="24"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="32"/>
        <source>Export stance &amp;sheet…</source>
        <translation>Exporter le &amp;tableau des positions…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="40"/>
        <source>Import stance s&amp;heet…</source>
        <translation>Importer un tab&amp;leau des positions…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="136"/>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>Lecture seule : impossible d&apos;écrire dans ce fichier d&apos;espace de travail (fichier, dossier ou disque en lecture seule). Vous pouvez consulter et exporter ; les modifications sont refusées.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="143"/>
        <source>Read-only workspace</source>
        <translation>Espace de travail en lecture seule</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="159"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="169"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="43"/>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="89"/>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1, %2 points décidés sur %3</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="36"/>
        <source>Meetings, documents and sections</source>
        <translation>Réunions, documents et sections</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="37"/>
        <source>Choose a document or a section to list its items</source>
        <translation>Choisissez un document ou une section pour en afficher les points</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="34"/>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="39"/>
        <source>A new language takes effect the next time CyberTrack starts.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de CyberTrack.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="32"/>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>Restaurer la dernière sauvegarde saine, effectuée le %1 ? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="49"/>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>La sauvegarde a été restaurée. L&apos;espace de travail endommagé a été conservé sous %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="35"/>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="36"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="42"/>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>Choisissez l&apos;état auquel revenir. L&apos;espace de travail dans son état actuel est d&apos;abord sauvegardé : vous pourrez y revenir en restaurant cette sauvegarde. L&apos;historique des annulations est effacé.
Les sauvegardes sont conservées dans %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="63"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="64"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="65"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="86"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>Cet espace de travail n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="94"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="96"/>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="111"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>1 item</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>%2 items</source>
        <translation>%2 points</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="37"/>
        <source>Import stance sheet: %1</source>
        <translation>Importer un tableau des positions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="38"/>
        <source>Import stance sheet</source>
        <translation>Importer un tableau des positions</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="41"/>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>%1 modifications sur %2 points&#xa0;; %3 lignes ne correspondent pas et seront ignorées.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="49"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>From the sheet</source>
        <translation>Selon le tableau</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="67"/>
        <source>Rows that do not match</source>
        <translation>Lignes sans correspondance</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="73"/>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="84"/>
        <source>Rows that do not match:</source>
        <translation>Lignes sans correspondance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="53"/>
        <location filename="../../cybertrack/gui/help.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="57"/>
        <source>Shortcut list</source>
        <translation>Liste des raccourcis</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="20"/>
        <source>Support</source>
        <translation>Appuyer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="21"/>
        <source>Oppose</source>
        <translation>S&apos;opposer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="22"/>
        <source>Amend</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="23"/>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="39"/>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>%1 sur %2 décidés · Appuyer&#xa0;: %3 · S&apos;opposer&#xa0;: %4 · Modifier&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="121"/>
        <source>Tips</source>
        <translation>Astuces</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="124"/>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>Astuce&#xa0;: tapez 1, 2 ou 3 pour appuyer, vous opposer ou modifier les points sélectionnés, J et K pour vous déplacer, Enter pour écrire une note. Tout est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="129"/>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="130"/>
        <source>Dismiss tips</source>
        <translation>Masquer les astuces</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="131"/>
        <source>Hide these tips for good</source>
        <translation>Masquer définitivement ces astuces</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="43"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="44"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="45"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="46"/>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="56"/>
        <source>No other workspace yet</source>
        <translation>Aucun autre espace de travail</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="74"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="81"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="88"/>
        <source>Save a copy of the workspace</source>
        <translation>Enregistrer une copie de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="94"/>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>Espaces de travail CyberTrack (*.cybertrack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="105"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 existe déjà&#xa0;; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="108"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="123"/>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
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
        <translation>Échec de la restauration</translation>
    </message>
</context>
</TS>
