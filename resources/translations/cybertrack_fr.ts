<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export stance &amp;sheet…</source>
        <translation>Exporter le &amp;tableau des positions…</translation>
    </message>
    <message>
        <source>Import stance s&amp;heet…</source>
        <translation>Importer un tab&amp;leau des positions…</translation>
    </message>
    <message>
        <source>Report to c&amp;apital…</source>
        <translation>Rapport à la c&amp;apitale…</translation>
    </message>
    <message>
        <source>Status &amp;table…</source>
        <translation>&amp;Tableau de situation…</translation>
    </message>
    <message>
        <source>Export position &amp;pack…</source>
        <translation>Exporter un &amp;paquet de positions…</translation>
    </message>
    <message>
        <source>Import position pac&amp;k…</source>
        <translation>Importer un paquet de positions (&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search &amp;in: text, notes and wording</source>
        <translation>Rechercher &amp;dans : texte, notes et libellés</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>&amp;Amend from the original</source>
        <translation>&amp;Modifier à partir de l’original</translation>
    </message>
    <message>
        <source>Amend starting &amp;empty</source>
        <translation>Modifier en partant d’un champ &amp;vide</translation>
    </message>
    <message>
        <source>Go to the precedent &amp;list</source>
        <translation>Aller à la &amp;liste des précédents</translation>
    </message>
    <message>
        <source>In&amp;sert the precedent&apos;s wording</source>
        <translation>&amp;Insérer le libellé du précédent</translation>
    </message>
    <message>
        <source>Ci&amp;te the precedent as agreed language</source>
        <translation>Ci&amp;ter le précédent comme libellé convenu</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Appuyer</translation>
    </message>
    <message>
        <source>&amp;Oppose</source>
        <translation>&amp;S&apos;opposer</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>A&amp;mender</translation>
    </message>
    <message>
        <source>&amp;Clear stance</source>
        <translation>&amp;Effacer la position</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>&amp;Adopté</translation>
    </message>
    <message>
        <source>Agreed ad &amp;ref</source>
        <translation>Adopté ad &amp;referendum</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>En &amp;suspens</translation>
    </message>
    <message>
        <source>In&amp;formals</source>
        <translation>Consultations &amp;officieuses</translation>
    </message>
    <message>
        <source>&amp;Bracketed</source>
        <translation>Entre &amp;crochets</translation>
    </message>
    <message>
        <source>&amp;Deleted</source>
        <translation>Su&amp;pprimé</translation>
    </message>
    <message>
        <source>&amp;No room status</source>
        <translation>Aucun statut en sa&amp;lle</translation>
    </message>
    <message>
        <source>Record room status at a &amp;time…</source>
        <translation>Enregistrer le statut à une &amp;heure donnée…</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;instruction</source>
        <translation>&amp;Instruction de la capitale</translation>
    </message>
    <message>
        <source>New pr&amp;oposal…</source>
        <translation>Nouvelle pr&amp;oposition…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;undecided item</source>
        <translation>Prochain point &amp;non décidé</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <source>Item &amp;text (select and copy)</source>
        <translation>&amp;Texte du point (sélectionner et copier)</translation>
    </message>
    <message>
        <source>&amp;Documents and sections</source>
        <translation>&amp;Documents et sections</translation>
    </message>
    <message>
        <source>Only &amp;undecided items</source>
        <translation>Uniquement les points &amp;non décidés</translation>
    </message>
    <message>
        <source>Only d&amp;eviations</source>
        <translation>Uniquement les é&amp;carts</translation>
    </message>
    <message>
        <source>Room &amp;as of…</source>
        <translation>Salle &amp;au…</translation>
    </message>
    <message>
        <source>&amp;Room, capital and proposals</source>
        <translation>&amp;Salle, capitale et propositions</translation>
    </message>
    <message>
        <source>&amp;Compare documents…</source>
        <translation>&amp;Comparer des documents…</translation>
    </message>
    <message>
        <source>&amp;Links between versions…</source>
        <translation>&amp;Liens entre versions…</translation>
    </message>
    <message>
        <source>Carry positions to the &amp;new version…</source>
        <translation>Reporter les positions sur la nouvelle &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Delegations…</source>
        <translation>&amp;Délégations…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Équipe…</translation>
    </message>
    <message>
        <source>Only team disa&amp;greements</source>
        <translation>Seulement les désaccords de l’é&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About CyberTrack</source>
        <translation>À &amp;propos de CyberTrack</translation>
    </message>
    <message>
        <source>Import the document</source>
        <translation>Importer le document</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>Scinder le point</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>Fusionner avec le point au-dessus</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>Faire du texte laissé de côté un point</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>Renuméroter le point</translation>
    </message>
    <message>
        <source>Next left-out text</source>
        <translation>Texte laissé de côté suivant</translation>
    </message>
    <message>
        <source>Confirm the link</source>
        <translation>Confirmer le lien</translation>
    </message>
    <message>
        <source>Reject the link</source>
        <translation>Rejeter le lien</translation>
    </message>
    <message>
        <source>Re-point the link</source>
        <translation>Réorienter le lien</translation>
    </message>
    <message>
        <source>Find candidate links</source>
        <translation>Chercher des liens possibles</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>Lien suivant</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>Lien précédent</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>Reporter les positions cochées</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Back to the comparison list</source>
        <translation>Retour à la liste de comparaison</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>Modifier la proposition</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>Retirer ou rétablir la proposition</translation>
    </message>
    <message>
        <source>Merge the pack</source>
        <translation>Fusionner le paquet</translation>
    </message>
    <message>
        <source>Link to the candidate</source>
        <translation>Lier au candidat</translation>
    </message>
    <message>
        <source>Not this paragraph</source>
        <translation>Pas ce paragraphe</translation>
    </message>
    <message>
        <source>They support</source>
        <translation>Appuie</translation>
    </message>
    <message>
        <source>They oppose</source>
        <translation>S’oppose</translation>
    </message>
    <message>
        <source>They want it amended</source>
        <translation>Demande une modification</translation>
    </message>
    <message>
        <source>Clear their stance</source>
        <translation>Effacer sa position</translation>
    </message>
    <message>
        <source>Add the participants</source>
        <translation>Ajouter les participants</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>Ajouter une délégation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>S&amp;alle</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Naviguer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>Links between versions</source>
        <translation>Liens entre versions</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Position pack</source>
        <translation>Paquet de positions</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>Le fichier de l&apos;espace de travail est endommagé (%1). Utilisez Fichier &gt; Restaurer une sauvegarde… pour revenir à une sauvegarde saine ; l&apos;état actuel est d&apos;abord sauvegardé.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry positions to the new version</source>
        <translation>Reporter les positions sur la nouvelle version</translation>
    </message>
    <message>
        <source>Positions that can be carried</source>
        <translation>Positions pouvant être reportées</translation>
    </message>
    <message>
        <source>Nothing to carry: no item with a position in the earlier version is linked to this one. Check the links between the versions (Ctrl+L).</source>
        <translation>Rien à reporter : aucun point ayant une position dans la version antérieure n’est lié à celle-ci. Vérifiez les liens entre les versions (Ctrl+L).</translation>
    </message>
    <message>
        <source>What changed in the text since you decided</source>
        <translation>Modifications du texte depuis votre décision</translation>
    </message>
    <message>
        <source>Dropped items</source>
        <translation>Points supprimés</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Nouveaux points</translation>
    </message>
    <message>
        <source>No item was dropped.</source>
        <translation>Aucun point n’a été supprimé.</translation>
    </message>
    <message>
        <source>No item is new.</source>
        <translation>Aucun point n’est nouveau.</translation>
    </message>
    <message>
        <source>Dropped from the new version:</source>
        <translation>Supprimés dans la nouvelle version&#xa0;:</translation>
    </message>
    <message>
        <source>New in this version (no position yet):</source>
        <translation>Nouveaux dans cette version (sans position)&#xa0;:</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>De %1 à %2&#xa0;: %3 positions à examiner, dont %4 avec un texte modifié.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space&#xa0;: cocher ou décocher une ligne · Ctrl+Enter&#xa0;: reporter les lignes cochées</translation>
    </message>
    <message>
        <source>&amp;Carry ticked positions</source>
        <translation>&amp;Reporter les positions cochées</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>Reporter les positions cochées</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>CarryPrompt</name>
    <message>
        <source>Carry-over</source>
        <translation>Report des positions</translation>
    </message>
    <message>
        <source>Carry-over message</source>
        <translation>Message sur le report</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>View ▸ Carry positions (Ctrl+Shift+V) opens the review later</source>
        <translation>Affichage ▸ Reporter les positions (Ctrl+Maj+V) ouvre l’examen plus tard</translation>
    </message>
    <message>
        <source>%1 looks like a new version of %2. %3 of your positions there can be carried over; %4 of them onto a text that has changed.</source>
        <translation>%1 semble être une nouvelle version de %2. %3 de vos positions peuvent y être reportées, dont %4 sur un texte qui a changé.</translation>
    </message>
    <message>
        <source>&amp;Review carrying %1 positions… (Ctrl+Shift+V)</source>
        <translation>&amp;Examiner le report de %1 positions… (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Review the carry-over</source>
        <translation>Examiner le report</translation>
    </message>
    <message>
        <source>Opens the list of positions to carry, each ticked or not</source>
        <translation>Ouvre la liste des positions à reporter, chacune cochée ou non</translation>
    </message>
    <message>
        <source>&amp;Show the %1 to recheck</source>
        <translation>&amp;Afficher les %1 à revérifier</translation>
    </message>
    <message>
        <source>Show the positions to recheck</source>
        <translation>Afficher les positions à revérifier</translation>
    </message>
    <message>
        <source>Filters the list to the carried positions whose text changed</source>
        <translation>Limite la liste aux positions reportées dont le texte a changé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <source>Carry</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>Notre position</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>text changed since you decided</source>
        <translation>texte modifié depuis votre décision</translation>
    </message>
    <message>
        <source>merged with another decided item: choose one</source>
        <translation>fusionné avec un autre point décidé&#xa0;: choisissez-en un</translation>
    </message>
    <message>
        <source>already decided in the new version</source>
        <translation>déjà décidé dans la nouvelle version</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>texte identique</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare documents</source>
        <translation>Comparer des documents</translation>
    </message>
    <message>
        <source>Linked items across documents</source>
        <translation>Points liés entre les documents</translation>
    </message>
    <message>
        <source>No item to compare with these filters. Clear a filter (Alt+1…4), or link the versions first (View ▸ Links between versions, Ctrl+L).</source>
        <translation>Aucun point à comparer avec ces filtres. Retirez un filtre (Alt+1…4) ou liez d’abord les versions (Affichage ▸ Liens entre versions, Ctrl+L).</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Afficher uniquement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;1 Stance changed</source>
        <translation>&amp;1 Position modifiée</translation>
    </message>
    <message>
        <source>&amp;2 Text changed</source>
        <translation>&amp;2 Texte modifié</translation>
    </message>
    <message>
        <source>&amp;3 New</source>
        <translation>&amp;3 Nouveaux</translation>
    </message>
    <message>
        <source>&amp;4 Dropped</source>
        <translation>&amp;4 Supprimés</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>Exporter au format Word ou Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>Texte dans %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Not in this version.</source>
        <translation>Absent de cette version.</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Document Word (*.docx);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>— dropped</source>
        <translation>— supprimé</translation>
    </message>
    <message>
        <source>— not in this version</source>
        <translation>— absent de cette version</translation>
    </message>
    <message>
        <source>stance changed</source>
        <translation>position modifiée</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>texte modifié</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <source>Reports of the negotiation day</source>
        <translation>Documents de la journée de négociation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Report to capital (internal)</source>
        <translation>Rapport à la capitale (interne)</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Tableau de situation</translation>
    </message>
    <message>
        <source>Day reported</source>
        <translation>Journée rapportée</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>Salle au</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The document shown</source>
        <translation>Le document affiché</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Shareable (no room notes)</source>
        <translation>Partageable (sans notes de séance)</translation>
    </message>
    <message>
        <source>Internal (with room notes)</source>
        <translation>Interne (avec notes de séance)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Word file to write</source>
        <translation>Fichier Word à écrire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the Word file to write</source>
        <translation>Choisir le fichier Word à écrire</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Room &amp;as of:</source>
        <translation>Salle &amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>D&amp;ocuments&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Write the Word file</source>
        <translation>Écrire le fichier Word</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 paragraphs).</source>
        <translation>Écrit&#xa0;: %1 (%2 paragraphes).</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <source>With us / against</source>
        <translation>Avec nous / contre</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consignée</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegations — %1</source>
        <translation>Délégations — %1</translation>
    </message>
    <message>
        <source>e.g. statement of 28 July, informals</source>
        <translation>p. ex. déclaration du 28 juillet, consultations officieuses</translation>
    </message>
    <message>
        <source>Source of the stances you record</source>
        <translation>Source des positions que vous consignez</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Stances of delegations on each item</source>
        <translation>Positions des délégations sur chaque point</translation>
    </message>
    <message>
        <source>No other delegation yet. Add this document&apos;s participants (Ctrl+P) or a delegation by name (Ctrl+N), then record what each said with 1, 2, 3 or 0.</source>
        <translation>Aucune autre délégation pour l’instant. Ajoutez les participants de ce document (Ctrl+P) ou une délégation par son nom (Ctrl+N), puis notez ce que chacune a dit avec 1, 2, 3 ou 0.</translation>
    </message>
    <message>
        <source>Who is with us and who is against on this item</source>
        <translation>Qui est avec nous et qui est contre sur ce point</translation>
    </message>
    <message>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>1 appuyer · 2 s&apos;opposer · 3 modifier · 0 effacer, pour les cellules sélectionnées · vert&#xa0;: avec nous, rouge&#xa0;: contre, orange&#xa0;: en partie</translation>
    </message>
    <message>
        <source>Add the &amp;participants</source>
        <translation>Ajouter les &amp;participants</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>Ajouter les participants de ce document (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Add delegation…</source>
        <translation>&amp;Ajouter une délégation…</translation>
    </message>
    <message>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>Ajouter une délégation ou un groupe par son nom (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants</source>
        <translation>Ajouter les participants de ce document</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>Ajouter une délégation</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>This document lists no participants. Add delegations by name with Add delegation (Ctrl+N).</source>
        <translation>Ce document ne cite aucun participant. Ajoutez des délégations par leur nom avec Ajouter une délégation (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 delegations added from the participants; %2 were already listed.</source>
        <translation>%1 délégations ajoutées à partir des participants ; %2 figuraient déjà dans la liste.</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Ajouter une délégation</translation>
    </message>
    <message>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>Délégation ou groupe (p. ex. Union européenne)&#xa0;:</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Item details</source>
        <translation>Détails du point</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texte du point</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear stance</source>
        <translation>Effacer la position</translation>
    </message>
    <message>
        <source>Internal: never in a shareable paper</source>
        <translation>Interne&#xa0;: jamais dans un document partageable</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>Justification de votre délégation&#xa0;; jamais dans un document partageable</translation>
    </message>
    <message>
        <source>Proposed amendment</source>
        <translation>Amendement proposé</translation>
    </message>
    <message>
        <source>The wording you propose; the changes are shown below</source>
        <translation>Le libellé que vous proposez&#xa0;; les modifications s&apos;affichent ci-dessous</translation>
    </message>
    <message>
        <source>Public: printed in position papers</source>
        <translation>Publique&#xa0;: figure dans les documents de position</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Justification publique</translation>
    </message>
    <message>
        <source>The reason a shareable position paper gives</source>
        <translation>La justification donnée dans un document de position partageable</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Selected items</source>
        <translation>Points sélectionnés</translation>
    </message>
    <message>
        <source>Carried position</source>
        <translation>Position reportée</translation>
    </message>
    <message>
        <source>Mark as &amp;checked</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>The changed text has been looked at (Ctrl+K)</source>
        <translation>Le texte modifié a été examiné (Ctrl+K)</translation>
    </message>
    <message>
        <source>Read-only; select with Shift and the arrow keys, copy with Ctrl+C</source>
        <translation>Lecture seule ; sélectionnez avec Maj et les flèches, copiez avec Ctrl+C</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Ligne rouge</translation>
    </message>
    <message>
        <source>Normal, priority or red line</source>
        <translation>Normale, priorité ou ligne rouge</translation>
    </message>
    <message>
        <source>Ctrl+M amends from the original wording</source>
        <translation>Ctrl+M : modifier à partir du libellé original</translation>
    </message>
    <message>
        <source>Amendment redline</source>
        <translation>Amendement avec marques de révision</translation>
    </message>
    <message>
        <source>Colleagues&apos; positions</source>
        <translation>Positions des collègues</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Pri&amp;orité</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Note &amp;interne</translation>
    </message>
    <message>
        <source>Public &amp;reason</source>
        <translation>&amp;Justification publique</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>A&amp;mendement</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>No colleague has a position here.</source>
        <translation>Aucun collègue n’a de position ici.</translation>
    </message>
    <message>
        <source>The team disagrees on this item.</source>
        <translation>L’équipe est en désaccord sur ce point.</translation>
    </message>
    <message>
        <source>capital: %1</source>
        <translation>capitale&#xa0;: %1</translation>
    </message>
    <message>
        <source>room: %1</source>
        <translation>salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>proposals by %1</source>
        <translation>propositions de %1</translation>
    </message>
    <message>
        <source>No change from the original yet.</source>
        <translation>Aucune modification de l’original pour l’instant.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 items selected: %2. A stance key sets all of them.</source>
        <translation>%1 points sélectionnés : %2. Une touche de position les règle tous.</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Aucun point sélectionné</translation>
    </message>
    <message>
        <source>Carried from %1; the text has changed since: recheck it.</source>
        <translation>Reportée depuis %1 ; le texte a changé depuis : à revérifier.</translation>
    </message>
    <message>
        <source>Carried from an earlier version; the text has changed: recheck it.</source>
        <translation>Reportée depuis une version antérieure ; le texte a changé : à revérifier.</translation>
    </message>
    <message>
        <source>Carried from %1.</source>
        <translation>Reportée depuis %1.</translation>
    </message>
    <message>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>Choisissez un point dans la liste pour le lire et définir une position.</translation>
    </message>
</context>
<context>
    <name>DocumentVersionList</name>
    <message>
        <source>Documents to export</source>
        <translation>Documents à exporter</translation>
    </message>
    <message>
        <source>Tick the documents whose items the paper covers; the latest version of each text is ticked</source>
        <translation>Cochez les documents dont le document traite les paragraphes&#xa0;; la dernière version de chaque texte est cochée</translation>
    </message>
    <message>
        <source>latest of %1 versions</source>
        <translation>dernière des %1 versions</translation>
    </message>
    <message>
        <source>earlier version (the latest is [%1] %2)</source>
        <translation>version antérieure (la dernière est [%1] %2)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Draft report</source>
        <translation>Projet de rapport</translation>
    </message>
    <message>
        <source>Draft resolution</source>
        <translation>Projet de résolution</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>Projet de décision</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendements</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Additif</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note by the Secretariat</source>
        <translation>Note du Secrétariat</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Position paper</source>
        <translation>Document de position</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <translation>Dossier interne</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Shareable — for other delegations</source>
        <translation>Partageable — pour les autres délégations</translation>
    </message>
    <message>
        <source>Internal — our delegation only</source>
        <translation>Interne — notre délégation uniquement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Comme dans le document</translation>
    </message>
    <message>
        <source>Grouped by stance</source>
        <translation>Groupés par position</translation>
    </message>
    <message>
        <source>Red lines and priorities first</source>
        <translation>Lignes rouges et priorités d&apos;abord</translation>
    </message>
    <message>
        <source>List undecided paragraphs as under &amp;consideration</source>
        <translation>Mentionner les paragraphes sans position comme à l&apos;e&amp;xamen</translation>
    </message>
    <message>
        <source>List undecided paragraphs</source>
        <translation>Mentionner les paragraphes sans position</translation>
    </message>
    <message>
        <source>A shareable paper leaves out paragraphs without a position; tick to name them as under consideration</source>
        <translation>Un document communicable omet les paragraphes sans position&#xa0;; cochez pour les mentionner comme à l&apos;examen</translation>
    </message>
    <message>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>Afficher les amendements en suivi des modifica&amp;tions Word</translation>
    </message>
    <message>
        <source>Amendments as tracked changes</source>
        <translation>Amendements en suivi des modifications</translation>
    </message>
    <message>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>Le libellé proposé apparaît sous forme de révisions Word que le lecteur peut accepter ou refuser</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>The delegation named as the author of the paper</source>
        <translation>La délégation désignée comme auteur du document</translation>
    </message>
    <message>
        <source>CyberTrack&apos;s default template</source>
        <translation>Modèle par défaut de CyberTrack</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>A .docx or .dotx whose styles the paper uses; empty for the default</source>
        <translation>Un fichier .docx ou .dotx dont le document reprend les styles&#xa0;; vide pour le modèle par défaut</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>Where the Word file is written</source>
        <translation>Emplacement où le fichier Word est enregistré</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>Ouvrir le &amp;fichier à la fin</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Ouvrir à la fin</translation>
    </message>
    <message>
        <source>Open the written file in the word processor</source>
        <translation>Ouvrir le fichier enregistré dans le traitement de texte</translation>
    </message>
    <message>
        <source>What will be included</source>
        <translation>Contenu de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Write the Word file now</source>
        <translation>Enregistrer maintenant le fichier Word</translation>
    </message>
    <message>
        <source>Close this dialog without exporting</source>
        <translation>Fermer cette boîte de dialogue sans exporter</translation>
    </message>
    <message>
        <source>Choose the %1 of the paper</source>
        <translation>Choisir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Opens a file chooser</source>
        <translation>Ouvre un sélecteur de fichiers</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <source>P&amp;rofile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Délégation</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>Enregistrer &amp;sous</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Choisir le fichier de sortie</translation>
    </message>
    <message>
        <source>item texts</source>
        <translation>textes des points</translation>
    </message>
    <message>
        <source>stances</source>
        <translation>positions</translation>
    </message>
    <message>
        <source>public reasons</source>
        <translation>justifications publiques</translation>
    </message>
    <message>
        <source>proposed wording as tracked changes</source>
        <translation>libellé proposé en suivi des modifications</translation>
    </message>
    <message>
        <source>proposed wording as clean text</source>
        <translation>libellé proposé en texte propre</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>notes internes</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>priorités</translation>
    </message>
    <message>
        <source>author initials</source>
        <translation>initiales de l&apos;auteur</translation>
    </message>
    <message>
        <source>undecided paragraphs</source>
        <translation>paragraphes sans position</translation>
    </message>
    <message>
        <source>undecided paragraphs, as under consideration</source>
        <translation>paragraphes sans position, comme à l&apos;examen</translation>
    </message>
    <message>
        <source>stance history</source>
        <translation>historique des positions</translation>
    </message>
    <message>
        <source>Included: %1.</source>
        <translation>Inclus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Exclus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>L&apos;auteur du fichier est la délégation, et non vous.</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Choisir un modèle Word</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Enregistrer l&apos;exportation sous</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>choose at least one document</source>
        <translation>choisissez au moins un document</translation>
    </message>
    <message>
        <source>Writing %1 items to %2…</source>
        <translation>Écriture de %1 points dans %2…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>%1 enregistré (%2 points).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Export position pack</source>
        <translation>Exporter un paquet de positions</translation>
    </message>
    <message>
        <source>My positions (%1)</source>
        <translation>Mes positions (%1)</translation>
    </message>
    <message>
        <source>The whole team&apos;s positions</source>
        <translation>Les positions de toute l’équipe</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>Seulement les changements depuis</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Changements depuis</translation>
    </message>
    <message>
        <source>Optional: seal the pack for email</source>
        <translation>Facultatif&#xa0;: sceller le paquet pour l’envoi par courriel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in items (Ctrl+F)</source>
        <translation>Rechercher dans les points (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in items</source>
        <translation>Rechercher dans les points</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Search the item text, your own notes and wording, or both (Ctrl+Shift+F)</source>
        <translation>Rechercher dans le texte des points, dans vos notes et libellés, ou les deux (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Search in (Ctrl+Shift+F changes it)</source>
        <translation>Rechercher dans (Ctrl+Maj+F pour changer)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texte des points</translation>
    </message>
    <message>
        <source>My notes and wording</source>
        <translation>Mes notes et libellés</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>Filtrer par position</translation>
    </message>
    <message>
        <source>Show only items with this stance, or undecided</source>
        <translation>Afficher uniquement les points ayant cette position, ou non décidés</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Toute position</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>Filtrer par section</translation>
    </message>
    <message>
        <source>Show only the items of one section</source>
        <translation>Afficher uniquement les points d&apos;une section</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Only items with an amendment</source>
        <translation>Uniquement les points avec un amendement</translation>
    </message>
    <message>
        <source>Only items with proposed amendment wording</source>
        <translation>Uniquement les points avec un libellé d&apos;amendement proposé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Only items with a note</source>
        <translation>Uniquement les points avec une note</translation>
    </message>
    <message>
        <source>Only items with an internal note</source>
        <translation>Uniquement les points avec une note interne</translation>
    </message>
    <message>
        <source>Recheck</source>
        <translation>À revérifier</translation>
    </message>
    <message>
        <source>Only items to recheck</source>
        <translation>Seulement les points à revérifier</translation>
    </message>
    <message>
        <source>Only positions carried onto a text that changed, not yet looked at again</source>
        <translation>Seulement les positions reportées sur un texte modifié, pas encore réexaminées</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Only items where the team disagrees</source>
        <translation>Seulement les points où l’équipe est en désaccord</translation>
    </message>
    <message>
        <source>Only items where colleagues hold different stances</source>
        <translation>Seulement les points où les collègues ont des positions différentes</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>Afficher de nouveau tous les points (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>CyberTrack user guide</source>
        <translation>Guide de l&apos;utilisateur de CyberTrack</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Our stance: %1 → %2</source>
        <translation>Notre position&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Room: %1 → %2</source>
        <translation>Salle&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Capital: %1 → %2</source>
        <translation>Capitale&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording edited</source>
        <translation>Libellé de repli de la capitale modifié</translation>
    </message>
    <message>
        <source>Capital&apos;s note edited</source>
        <translation>Note de la capitale modifiée</translation>
    </message>
    <message>
        <source>Proposal by %1 recorded</source>
        <translation>Proposition de %1 enregistrée</translation>
    </message>
    <message>
        <source>Proposal by %1 edited</source>
        <translation>Proposition de %1 modifiée</translation>
    </message>
    <message>
        <source>Proposal by %1 withdrawn</source>
        <translation>Proposition de %1 retirée</translation>
    </message>
    <message>
        <source>Proposal by %1 reinstated</source>
        <translation>Proposition de %1 rétablie</translation>
    </message>
    <message>
        <source>Proposal by %1 removed</source>
        <translation>Proposition de %1 supprimée</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Stance history</source>
        <translation>Historique des positions</translation>
    </message>
    <message>
        <source>Every change of stance on this item, with its time</source>
        <translation>Chaque changement de position sur ce point, avec l&apos;heure</translation>
    </message>
    <message>
        <source>carried from %1</source>
        <translation>reportée depuis %1</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(annulée le %1)</translation>
    </message>
    <message>
        <source>No stance set yet: press 1, 2 or 3 to decide.</source>
        <translation>Aucune position pour l’instant : appuyez sur 1, 2 ou 3 pour décider.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulée : %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>e.g. A/80/604/Add.3</source>
        <translation>p. ex. A/80/604/Add.3</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Cote&#xa0;:</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Libellé de version</translation>
    </message>
    <message>
        <source>e.g. Rev.1, or the date of this text</source>
        <translation>p. ex. Rev.1, ou la date de ce texte</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Another document has this name</source>
        <translation>Un autre document porte ce nom</translation>
    </message>
    <message>
        <source>Version to import</source>
        <translation>Version à importer</translation>
    </message>
    <message>
        <source>As proposed (tracked changes accepted)</source>
        <translation>Telle que proposée (modifications suivies acceptées)</translation>
    </message>
    <message>
        <source>Original (tracked changes rejected)</source>
        <translation>Originale (modifications suivies refusées)</translation>
    </message>
    <message>
        <source>Trac&amp;ked changes:</source>
        <translation>Modifications sui&amp;vies&#xa0;:</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements de l’importation</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <source>Keep in the &amp;library of precedent (a reference, not a text to negotiate)</source>
        <translation>Garder dans la &amp;bibliothèque de précédents (une référence, pas un texte à négocier)</translation>
    </message>
    <message>
        <source>Library of precedent</source>
        <translation>Bibliothèque de précédents</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the ticked items</source>
        <translation>Importer les points cochés</translation>
    </message>
    <message>
        <source>Import (Ctrl+Return)</source>
        <translation>Importer (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>%1 points trouvés dans %2 (%3). Vérifiez-les, puis importez-les.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Statements by</source>
        <translation>Déclarations de</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Coauteurs</translation>
    </message>
    <message>
        <source>Already in the workspace: %1. Give this version a label that tells it apart.</source>
        <translation>Déjà dans l’espace de travail : %1. Donnez à cette version un libellé qui la distingue.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Importation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing %1 items…</source>
        <translation>Importation de %1 points…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The room as of %1</source>
        <translation>La salle au %1</translation>
    </message>
    <message>
        <source>Room (as of)</source>
        <translation>Salle (au)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capitale</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>a une note</translation>
    </message>
    <message>
        <source>has an amendment</source>
        <translation>a un amendement</translation>
    </message>
    <message>
        <source>carried onto a changed text: recheck</source>
        <translation>reportée sur un texte modifié : à revérifier</translation>
    </message>
    <message>
        <source>the team disagrees</source>
        <translation>l’équipe est en désaccord</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>Points numérotés avec leur position&#xa0;; 1, 2, 3 ou 0 la définit</translation>
    </message>
    <message>
        <source>Item columns: click to sort</source>
        <translation>Colonnes des points&#xa0;: cliquez pour trier</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <source>%1 selected ·</source>
        <translation>%1 sélectionnés ·</translation>
    </message>
    <message>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>Importez un document ou déposez-le ici (Ctrl+I) pour commencer à prendre position.</translation>
    </message>
    <message>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>Aucun point ne correspond à ces filtres.
Effacez-les avec Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 ·</source>
        <translation>%1 affichés sur %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Links from %1 to %2</source>
        <translation>Liens de %1 à %2</translation>
    </message>
    <message>
        <source>Candidate links</source>
        <translation>Liens candidats</translation>
    </message>
    <message>
        <source>No links between these versions yet. Press F to find candidate links.</source>
        <translation>Aucun lien entre ces versions pour l’instant. Appuyez sur F pour trouver des liens possibles.</translation>
    </message>
    <message>
        <source>The two texts, differences marked</source>
        <translation>Les deux textes, différences marquées</translation>
    </message>
    <message>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C confirmer · R rejeter · P rediriger vers un autre point · F chercher des liens candidats · J/K suivant/précédent</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>Rediriger le lien</translation>
    </message>
    <message>
        <source>The old item is the same as:</source>
        <translation>L&apos;ancien point correspond à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last time, in %1 %2: %3</source>
        <translation>La dernière fois, dans %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>text changed since</source>
        <translation>texte modifié depuis</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>Importez d&apos;abord une deuxième version d&apos;un texte (Fichier ▸ Importer, Ctrl+I).</translation>
    </message>
    <message>
        <source>Linking the two versions…</source>
        <translation>Mise en correspondance des deux versions…</translation>
    </message>
    <message>
        <source>Export stance sheet</source>
        <translation>Exporter le tableau des positions</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>%1 enregistré (%2 points).</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>Importer un tableau des positions</translation>
    </message>
    <message>
        <source>About CyberTrack</source>
        <translation>À propos de CyberTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;La position de votre délégation sur chaque point d&apos;un texte de négociation, hors ligne.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: MIT. Réalisé avec Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>Points affichés</translation>
    </message>
    <message>
        <source>Documents (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;All files (*)</source>
        <translation>Documents (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
    <message>
        <source>The toolbar&apos;s buttons that do not fit</source>
        <translation>Les boutons de la barre d’outils qui n’y tiennent pas</translation>
    </message>
    <message>
        <source>Items selected</source>
        <translation>Points sélectionnés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Every item shown has a stance.</source>
        <translation>Tous les points affichés ont une position.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <source>Import a document to begin</source>
        <translation>Importez un document pour commencer</translation>
    </message>
    <message>
        <source>Writing the change…</source>
        <translation>Enregistrement de la modification…</translation>
    </message>
    <message>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>Lecture seule : impossible d&apos;écrire dans ce fichier d&apos;espace de travail (fichier, dossier ou disque en lecture seule). Vous pouvez consulter et exporter ; les modifications sont refusées.</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Espace de travail en lecture seule</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} contains no numbered paragraphs or recommendations</source>
        <translation>{name} ne contient aucun paragraphe numéroté ni aucune recommandation</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document</source>
        <translation>{path} est un dossier, pas un document</translation>
    </message>
    <message>
        <source>{name} is too large to be a meeting document ({size} MB)</source>
        <translation>{name} est trop volumineux pour être un document de séance ({size} Mo)</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in text form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} est trop volumineux pour un document de séance au format texte ({size} Mo&#xa0;; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>impossible de lire {path} (accès refusé)</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a real {kind} file (its content is of another kind)</source>
        <translation>{name} n&apos;est pas un véritable fichier {kind} (son contenu est d&apos;un autre type)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file; save it as .docx in Word</source>
        <translation>{name} est un ancien fichier Word binaire (.doc)&#xa0;; enregistrez-le au format .docx dans Word</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, a presentation or another kind of archive, not a Word (.docx) or OpenDocument (.odt) text</source>
        <translation>{name} est un classeur, une présentation ou une autre sorte d&apos;archive, pas un texte Word (.docx) ni OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>{name} is an e-mail whose text is empty; the documents attached to it ({files}) are not read from it: save them and import each</source>
        <translation>{name} est un courriel dont le texte est vide&#xa0;; les documents qui y sont joints ({files}) n&apos;en sont pas lus&#xa0;: enregistrez-les et importez chacun d&apos;eux</translation>
    </message>
    <message>
        <source>the e-mail&apos;s text is imported; the documents attached to it ({files}) are not: save them and import each</source>
        <translation>le texte du courriel est importé&#xa0;; les documents qui y sont joints ({files}) ne le sont pas&#xa0;: enregistrez-les et importez chacun d&apos;eux</translation>
    </message>
    <message>
        <source>the text of {name} holds no numbered paragraphs: the document attached to it, {file}, is imported</source>
        <translation>le texte de {name} ne contient aucun paragraphe numéroté&#xa0;: le document qui y est joint, {file}, est importé</translation>
    </message>
    <message>
        <source>{name} is an Outlook message, not a document: save the document it carries (or its text) and import that</source>
        <translation>{name} est un message Outlook, pas un document&#xa0;: enregistrez le document qu&apos;il contient (ou son texte) et importez-le</translation>
    </message>
    <message>
        <source>{name} is an Excel or PowerPoint file (or another old Office file), not a Word document</source>
        <translation>{name} est un fichier Excel ou PowerPoint (ou un autre ancien fichier Office), pas un document Word</translation>
    </message>
    <message>
        <source>{name} is not a document CyberTrack can read (binary content)</source>
        <translation>{name} n&apos;est pas un document lisible par CyberTrack (contenu binaire)</translation>
    </message>
    <message>
        <source>{name} is not valid text (unknown character encoding)</source>
        <translation>{name} n&apos;est pas un texte valide (codage de caractères inconnu)</translation>
    </message>
    <message>
        <source>{name} is not in Unicode: it was read as {encoding}; check that its letters look right</source>
        <translation>{name} n&apos;est pas en Unicode&#xa0;: il a été lu en {encoding}&#xa0;; vérifiez que ses lettres s&apos;affichent correctement</translation>
    </message>
    <message>
        <source>{name}: {kind} files are not supported</source>
        <translation>{name}&#xa0;: les fichiers {kind} ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>{name} could not be read as {kind} ({reason})</source>
        <translation>{name} n&apos;a pas pu être lu comme fichier {kind} ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (damaged or not .docx)</source>
        <translation>{name} n&apos;est pas un fichier Word lisible (endommagé ou pas au format .docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document ({reason})</source>
        <translation>{name} n&apos;est pas un document Word ({reason})</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (its XML cannot be read)</source>
        <translation>{name} est un fichier Word endommagé (son XML est illisible)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file: its part {part} is missing</source>
        <translation>{name} est un fichier Word endommagé&#xa0;: sa partie {part} est manquante</translation>
    </message>
    <message>
        <source>{name} is password-protected; remove the password in Word and import it again</source>
        <translation>{name} est protégé par un mot de passe&#xa0;; supprimez le mot de passe dans Word, puis importez-le à nouveau</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its zip container is damaged)</source>
        <translation>{name} n&apos;est pas un fichier Word lisible (son conteneur zip est endommagé)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (a part cannot be unpacked)</source>
        <translation>{name} est un fichier Word endommagé (une partie ne peut pas être décompressée)</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count} parts, far more than any document</source>
        <translation>{name} est refusé&#xa0;: il contient {count} parties, bien plus que n&apos;importe quel document</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size} MB, which only a zip bomb does</source>
        <translation>{name} est refusé&#xa0;: une fois décompressé, il occuperait {size} Mo, ce qui est le propre d&apos;une bombe zip</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} expands {ratio} times, which only a zip bomb does</source>
        <translation>{name} est refusé&#xa0;: sa partie {part} est {ratio} fois plus volumineuse une fois décompressée, ce qui est le propre d&apos;une bombe zip</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} declares XML entities (DOCTYPE/ENTITY), which Word never writes and attacks use</source>
        <translation>{name} est refusé&#xa0;: sa partie {part} déclare des entités XML (DOCTYPE/ENTITY), que Word n&apos;écrit jamais et qu&apos;utilisent les attaques</translation>
    </message>
    <message>
        <source>{name} is not a readable OpenDocument text (.odt) file (damaged)</source>
        <translation>{name} n&apos;est pas un fichier texte OpenDocument (.odt) lisible (endommagé)</translation>
    </message>
    <message>
        <source>{name} is a damaged OpenDocument text file: its part {part} is missing</source>
        <translation>{name} est un fichier texte OpenDocument endommagé&#xa0;: sa partie {part} est absente</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy in LibreOffice</source>
        <translation>{name} est protégé par un mot de passe&#xa0;; enregistrez-en une copie non protégée dans LibreOffice</translation>
    </message>
    <message>
        <source>{name} is not a readable RTF file ({reason})</source>
        <translation>{name} n&apos;est pas un fichier RTF lisible ({reason})</translation>
    </message>
    <message>
        <source>{name} is refused: it declares entities (&lt;!ENTITY&gt;), which web pages never need</source>
        <translation>{name} est refusé&#xa0;: il déclare des entités (&lt;!ENTITY&gt;), dont une page web n&apos;a jamais besoin</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in {kind} form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} est trop volumineux pour un document de séance au format {kind} ({size} Mo&#xa0;; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file and LibreOffice could not convert it ({reason}); save it as .docx in Word</source>
        <translation>{name} est un ancien fichier Word binaire (.doc) que LibreOffice n&apos;a pas pu convertir ({reason})&#xa0;; enregistrez-le au format .docx dans Word</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy</source>
        <translation>{name} est protégé par un mot de passe&#xa0;; enregistrez-en une copie non protégée</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or truncated)</source>
        <translation>{name} n&apos;est pas un PDF lisible (endommagé ou tronqué)</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (a page cannot be read)</source>
        <translation>{name} est un PDF endommagé (une page est illisible)</translation>
    </message>
    <message>
        <source>{name} has no text layer (a scanned image?); ask for the Word or text version</source>
        <translation>{name} n&apos;a pas de couche de texte (image numérisée&#xa0;?)&#xa0;; demandez la version Word ou texte</translation>
    </message>
    <message>
        <source>{name} is refused: its compressed streams would expand past {limit} MB, which only a compression bomb does</source>
        <translation>{name} est refusé&#xa0;: ses flux compressés dépasseraient {limit} Mo une fois décompressés, ce que seule une bombe de décompression fait</translation>
    </message>
    <message>
        <source>the text of page(s) {pages} does not read as words (a font that maps its characters wrongly?): compare those pages with the printed document</source>
        <translation>le texte de la ou des pages {pages} ne se lit pas comme des mots (une police qui associe mal ses caractères&#xa0;?)&#xa0;: comparez ces pages avec le document imprimé</translation>
    </message>
    <message>
        <source>no text on page(s) {pages}, only images (a scan, a map or a chart?): what they show is not imported</source>
        <translation>aucun texte à la ou aux pages {pages}, seulement des images (un scan, une carte ou un graphique&#xa0;?)&#xa0;: ce qu&apos;elles montrent n&apos;est pas importé</translation>
    </message>
    <message>
        <source>large pictures in the Word file ({n}, the first {where}): a scan, a map or a chart? What they show is not imported</source>
        <translation>grandes images dans le fichier Word ({n}, la première {where})&#xa0;: un scan, une carte ou un graphique&#xa0;? Ce qu&apos;elles montrent n&apos;est pas importé</translation>
    </message>
    <message>
        <source>hidden text in the Word file ({chars} characters, the first {excerpt!q}): Word does not show it, so it is not imported</source>
        <translation>texte masqué dans le fichier Word ({chars} caractères, le premier {excerpt!q})&#xa0;: Word ne l&apos;affiche pas, il n&apos;est donc pas importé</translation>
    </message>
    <message>
        <source>{n} {n|comment|comments} in the margin of the {kind} file (the first {excerpt!q}): comments are not imported; read them in the file</source>
        <translation>{n} {n|commentaire|commentaires} dans la marge du fichier {kind} (le premier {excerpt!q})&#xa0;: les commentaires ne sont pas importés&#xa0;; lisez-les dans le fichier</translation>
    </message>
    <message>
        <source>text struck through in {n} {n|paragraph|paragraphs} of the Word file (the first {excerpt!q}): a deletion proposed by formatting, not a tracked change? It is kept in the items as if it stood: read them against the document</source>
        <translation>texte barré dans {n} {n|paragraphe|paragraphes} du fichier Word (le premier {excerpt!q})&#xa0;: une suppression proposée par la mise en forme, et non une modification suivie&#xa0;? Il est conservé dans les éléments comme s&apos;il subsistait&#xa0;: relisez-les au regard du document</translation>
    </message>
    <message>
        <source>{n} tracked {n|change|changes} in the {kind} file, read as proposed (changes accepted): text proposed for deletion is left out. Import its Word (.docx) version to see each change</source>
        <translation>{n} {n|modification suivie|modifications suivies} dans le fichier {kind}, lu tel que proposé (modifications acceptées)&#xa0;: le texte dont la suppression est proposée est omis. Importez sa version Word (.docx) pour voir chaque modification</translation>
    </message>
    <message>
        <source>read as the cover page, before the first paragraph or heading ({chars} characters): {excerpt!q}</source>
        <translation>lu comme la page de couverture, avant le premier paragraphe ou titre ({chars} caractères)&#xa0;: {excerpt!q}</translation>
    </message>
    <message>
        <source>the text is printed again from {excerpt!q} on, in another language: that copy ({chars} {chars|character|characters}) was not imported</source>
        <translation>le texte est imprimé une seconde fois à partir de {excerpt!q}, dans une autre langue&#xa0;: cette copie ({chars} {chars|caractère|caractères}) n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>after {excerpt!q}</source>
        <translation>après {excerpt!q}</translation>
    </message>
    <message>
        <source>at the start of the document</source>
        <translation>au début du document</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items}</source>
        <translation>{document} importé&#xa0;: {n} {n|point|points}</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items} (new version of {symbol})</source>
        <translation>{document} importé&#xa0;: {n} {n|point|points} (nouvelle version de {symbol})</translation>
    </message>
    <message>
        <source>the numbering jumps from {first} to {next}: a paragraph may be missing</source>
        <translation>la numérotation passe de {first} à {next} : un paragraphe manque peut-être</translation>
    </message>
    <message>
        <source>no paragraph carries a printed number: {n} {n|paragraph is|paragraphs are} numbered in reading order</source>
        <translation>aucun paragraphe ne porte de numéro imprimé : {n} {n|paragraphe est numéroté|paragraphes sont numérotés} dans l&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>{n} {n|item is|items are} numbered as a Markdown viewer shows them: the text repeats the same list number before each</source>
        <translation>{n} {n|élément est numéroté|éléments sont numérotés} comme les affiche un lecteur Markdown : le texte répète le même numéro de liste devant chacun</translation>
    </message>
    <message>
        <source>read as a meeting record: {n} {n|statement|statements} by {speakers} {speakers|speaker|speakers}, numbered in reading order</source>
        <translation>lu comme un compte rendu de séance : {n} {n|déclaration|déclarations} de {speakers} {speakers|orateur|orateurs}, numérotées dans l&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>{name} is already in the workspace (document {document_id})</source>
        <translation>{name} figure déjà dans l&apos;espace de travail (document {document_id})</translation>
    </message>
    <message>
        <source>added {document} to the library of precedent: {n} {n|paragraph|paragraphs}</source>
        <translation>{document} ajouté à la bibliothèque de précédents&#xa0;: {n} {n|paragraphe|paragraphes}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>under {heading!q}</source>
        <translation>sous {heading!q}</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>avant le premier titre</translation>
    </message>
    <message>
        <source>{missing} missing between {before} and {after} ({where})</source>
        <translation>{missing} manque entre {before} et {after} ({where})</translation>
    </message>
    <message>
        <source>{missing} missing before {first} ({where})</source>
        <translation>{missing} manque avant {first} ({where})</translation>
    </message>
    <message>
        <source>{number} appears twice ({where})</source>
        <translation>{number} figure deux fois ({where})</translation>
    </message>
    <message>
        <source>{number} comes after {previous}, out of order ({where})</source>
        <translation>{number} vient après {previous}, hors de l&apos;ordre ({where})</translation>
    </message>
    <message>
        <source>text in no item or heading ({where}, {chars} {chars|character|characters}): {excerpt!q}</source>
        <translation>texte hors de tout point et de tout titre ({where}, {chars} {chars|caractère|caractères})&#xa0;: {excerpt!q}</translation>
    </message>
    <message>
        <source>{share}% of the body text is in no item or heading</source>
        <translation>{share}&#xa0;% du texte principal n&apos;est dans aucun point ni titre</translation>
    </message>
    <message>
        <source>{share}% of the body text in items or headings; tables {tables} {tables|character|characters}, footnotes {footnotes} {footnotes|character|characters}</source>
        <translation>{share}&#xa0;% du texte principal dans les points ou les titres&#xa0;; tableaux&#xa0;: {tables} {tables|caractère|caractères}, notes&#xa0;: {footnotes} {footnotes|caractère|caractères}</translation>
    </message>
    <message>
        <source>{n} {n|item carries|items carry} tracked changes; imported as {view}</source>
        <translation>{n} {n|point comporte|points comportent} des modifications suivies&#xa0;; version importée&#xa0;: {view}</translation>
    </message>
    <message>
        <source>proposed (changes accepted)</source>
        <translation>proposée (modifications acceptées)</translation>
    </message>
    <message>
        <source>original (changes rejected)</source>
        <translation>originale (modifications refusées)</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): its numbering has {n} {n|gap|gaps}; nothing was imported</source>
        <translation>{name} est refusé (--strict)&#xa0;: sa numérotation présente {n} {n|lacune|lacunes}&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): {share}% of its body text is in no item or heading (the limit is {limit}%); nothing was imported</source>
        <translation>{name} est refusé (--strict)&#xa0;: {share}&#xa0;% de son texte principal n&apos;est dans aucun point ni titre (la limite est de {limit}&#xa0;%)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) CyberTrack can read</source>
        <translation>{name} n&apos;est pas un classeur Excel (.xlsx) lisible par CyberTrack</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{name} n&apos;est pas un classeur Excel (.xlsx)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} has no column {column!q}; export a stance sheet to see the layout</source>
        <translation>{name} n&apos;a pas de colonne {column!q}&#xa0;; exportez un tableau des positions pour en voir la structure</translation>
    </message>
    <message>
        <source>{name}: the stance sheet is an Excel file; name it .xlsx</source>
        <translation>{name}&#xa0;: le tableau des positions est un fichier Excel&#xa0;; donnez-lui l&apos;extension .xlsx</translation>
    </message>
    <message>
        <source>row {row}: no item id (the first column must keep the exported id)</source>
        <translation>ligne {row}&#xa0;: aucun identifiant de point (la première colonne doit conserver l&apos;identifiant exporté)</translation>
    </message>
    <message>
        <source>row {row}: no item with id {item_id} in this workspace</source>
        <translation>ligne {row}&#xa0;: aucun point ne porte l&apos;identifiant {item_id} dans cet espace de travail</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} is {label} here, not {sheet_label}</source>
        <translation>ligne {row}&#xa0;: le point {item_id} porte ici le numéro {label}, et non {sheet_label}</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} appears twice; only its first row is used</source>
        <translation>ligne {row}&#xa0;: le point {item_id} figure deux fois&#xa0;; seule sa première ligne est prise en compte</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} est un dossier, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>there is no workspace at {path}: check the path (--db or $CYBERTRACK_DB); an import makes a new one</source>
        <translation>il n’y a pas d’espace de travail à {path}&#xa0;: vérifiez le chemin (--db ou $CYBERTRACK_DB)&#xa0;; une importation en crée un nouveau</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>impossible d&apos;ouvrir {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: the disk is full, failing or gone ({reason}); the file was not changed</source>
        <translation>impossible d&apos;ouvrir {path}&#xa0;: le disque est plein, défaillant ou déconnecté ({reason})&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment</source>
        <translation>{path} est utilisé par un autre programme&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>cannot open {path}: the file or its folder cannot be used</source>
        <translation>impossible d&apos;ouvrir {path}&#xa0;: le fichier ou son dossier est inutilisable</translation>
    </message>
    <message>
        <source>{path} is damaged or not a CyberTrack workspace ({reason})</source>
        <translation>{path} est endommagé ou n&apos;est pas un espace de travail CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} est endommagé ({reason})</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but its backup {backup} could not be written ({reason}); the file was not changed</source>
        <translation>{path} doit être mis à niveau, mais sa sauvegarde {backup} n&apos;a pas pu être écrite ({reason})&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>{path} was written by a newer CyberTrack (schema {version}; this version reads up to {supported}). Update CyberTrack to open it; the file was not changed.</source>
        <translation>{path} a été écrit par une version plus récente de CyberTrack (schéma {version}&#xa0;; cette version lit jusqu&apos;au schéma {supported}). Mettez CyberTrack à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} could not be prepared: {reason}</source>
        <translation>{path} n&apos;a pas pu être préparé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: it does not exist</source>
        <translation>impossible d&apos;ouvrir {path}&#xa0;: ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by a newer CyberTrack; update CyberTrack to open it</source>
        <translation>{path} est en lecture seule et a été écrit par une version plus récente de CyberTrack&#xa0;; mettez CyberTrack à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older CyberTrack; copy it to a writable folder to upgrade it</source>
        <translation>{path} est en lecture seule et a été écrit par une version antérieure de CyberTrack&#xa0;; copiez-le dans un dossier accessible en écriture pour le mettre à niveau</translation>
    </message>
    <message>
        <source>{path} is not a readable CyberTrack workspace ({reason})</source>
        <translation>{path} n&apos;est pas un espace de travail CyberTrack lisible ({reason})</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>{name} est ouvert en lecture seule (impossible d&apos;écrire dans le fichier ou dans son dossier)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the workspace file {path} is no longer there (was its disk removed?); nothing was changed — reconnect it and reopen CyberTrack; everything saved before is in that file</source>
        <translation>le fichier de l&apos;espace de travail {path} n&apos;est plus accessible (son disque a-t-il été retiré&#xa0;?)&#xa0;; rien n&apos;a été modifié — reconnectez le disque et rouvrez CyberTrack&#xa0;; tout ce qui a été enregistré auparavant se trouve dans ce fichier</translation>
    </message>
    <message>
        <source>the workspace is busy in another CyberTrack window or command; try again</source>
        <translation>l&apos;espace de travail est utilisé par une autre fenêtre ou commande CyberTrack&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the workspace file is read-only; nothing was changed</source>
        <translation>le fichier de l&apos;espace de travail est en lecture seule&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the workspace could not be written ({reason}); your earlier work is safe</source>
        <translation>impossible d&apos;écrire dans l&apos;espace de travail ({reason})&#xa0;; votre travail antérieur est intact</translation>
    </message>
    <message>
        <source>the workspace could not be written: {reason}</source>
        <translation>impossible d&apos;écrire dans l&apos;espace de travail&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the change was refused ({reason}); nothing was saved</source>
        <translation>la modification a été refusée ({reason})&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the workspace file is damaged ({reason}); nothing was changed — restore a backup (File &gt; Restore from backup…, or cybertrack restore)</source>
        <translation>le fichier de l&apos;espace de travail est endommagé ({reason})&#xa0;; rien n&apos;a été modifié — restaurez une sauvegarde (Fichier &gt; Restaurer une sauvegarde…, ou cybertrack restore)</translation>
    </message>
    <message>
        <source>{path} is the open workspace; choose another file</source>
        <translation>{path} est l&apos;espace de travail ouvert&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>no backup could be written: {reason}</source>
        <translation>aucune sauvegarde n&apos;a pu être écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); choose another backup</source>
        <translation>{name} est endommagé ({reason})&#xa0;; choisissez une autre sauvegarde</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack workspace ({reason})</source>
        <translation>{name} n&apos;est pas un espace de travail CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{name} was written by a newer CyberTrack</source>
        <translation>{name} a été écrit par une version plus récente de CyberTrack</translation>
    </message>
    <message>
        <source>the backup could not be restored: {reason}</source>
        <translation>la sauvegarde n&apos;a pas pu être restaurée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>there is no backup number {number} (see cybertrack backups)</source>
        <translation>il n&apos;existe pas de sauvegarde numéro {number} (voir cybertrack backups)</translation>
    </message>
    <message>
        <source>restored {name}; the previous state is saved as {safety}</source>
        <translation>{name} restauré&#xa0;; l&apos;état précédent est enregistré sous {safety}</translation>
    </message>
    <message>
        <source>{problem}. There is no good backup of it; the file was not changed</source>
        <translation>{problem}. Il n&apos;en existe aucune sauvegarde saine&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>{problem}. Nothing was changed</source>
        <translation>{problem}. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the damaged workspace could not be moved aside ({reason}); nothing was changed</source>
        <translation>l&apos;espace de travail endommagé n&apos;a pas pu être mis de côté ({reason})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the backup could not be put in place ({reason}); the damaged file is at {damaged}</source>
        <translation>la sauvegarde n&apos;a pas pu être remise en place ({reason})&#xa0;; le fichier endommagé se trouve ici&#xa0;: {damaged}</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>aucun document ne porte l&apos;identifiant {document_id}</translation>
    </message>
    <message>
        <source>no item with id {item_id}</source>
        <translation>aucun point ne porte l&apos;identifiant {item_id}</translation>
    </message>
    <message>
        <source>document {document_id} has no item numbered {number}</source>
        <translation>le document {document_id} n&apos;a pas de point numéro {number}</translation>
    </message>
    <message>
        <source>a number given is too large to name an item, a document or a count</source>
        <translation>un nombre donné est trop grand pour désigner un point, un document ou une quantité</translation>
    </message>
    <message>
        <source>document {document_id} has more than one item numbered {number} (items {ids}): name the item by its id, as `cybertrack items` lists it</source>
        <translation>le document {document_id} a plus d&apos;un point numéro {number} (points {ids})&#xa0;: désignez le point par son identifiant, tel que `cybertrack items` l&apos;affiche</translation>
    </message>
    <message>
        <source>{reference!q} is neither an item id nor DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} n&apos;est ni un identifiant de point ni une référence DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>{reference!q} is not DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} n&apos;est pas de la forme DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>no delegation with id {delegation_id}</source>
        <translation>aucune délégation ne porte l&apos;identifiant {delegation_id}</translation>
    </message>
    <message>
        <source>no delegation named {name!q} (see: cybertrack delegations)</source>
        <translation>aucune délégation ne s&apos;appelle {name!q} (voir&#xa0;: cybertrack delegations)</translation>
    </message>
    <message>
        <source>unknown {what} {value!q} (choose {choices})</source>
        <translation>{what}&#xa0;: valeur {value!q} inconnue (choisissez parmi&#xa0;: {choices})</translation>
    </message>
    <message>
        <source>Import {document}</source>
        <translation>Importer {document}</translation>
    </message>
    <message>
        <source>Import (already present)</source>
        <translation>Importer (déjà présent)</translation>
    </message>
    <message>
        <source>Set {n} {n|item|items} to {stance}</source>
        <translation>Définir la position de {n} {n|point|points}&#xa0;: {stance}</translation>
    </message>
    <message>
        <source>Set {item} to {stance}</source>
        <translation>Régler {item} sur {stance}</translation>
    </message>
    <message>
        <source>Edit the {field} of {item}</source>
        <translation>Modifier le champ {field} de {item}</translation>
    </message>
    <message>
        <source>Mark {n} {n|item|items} as checked</source>
        <translation>Marquer {n} {n|point|points} comme {n|vérifié|vérifiés}</translation>
    </message>
    <message>
        <source>Set priority of {n} {n|item|items} to {priority}</source>
        <translation>Définir la priorité de {n} {n|point|points}&#xa0;: {priority}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier le champ «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>Définir le paramètre {key}</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>{key} = (unset)</source>
        <translation>{key} = (non défini)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}&#xa0;; {rest}</translation>
    </message>
    <message>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurer {name}</translation>
    </message>
    <message>
        <source>Link documents {old} and {new}</source>
        <translation>Lier les documents {old} et {new}</translation>
    </message>
    <message>
        <source>{n} new candidate {n|link|links}</source>
        <translation>{n} {n|nouveau lien candidat|nouveaux liens candidats}</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>Confirmer le lien</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>Rejeter le lien</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>Rediriger le lien</translation>
    </message>
    <message>
        <source>Carry {n} {n|position|positions} to the new version</source>
        <translation>Reporter {n} {n|position|positions} sur la nouvelle version</translation>
    </message>
    <message>
        <source>carried {n} {n|position|positions} to {document}; {recheck} marked to recheck because their text changed</source>
        <translation>{n} {n|position reportée|positions reportées} vers {document} ; {recheck} à revérifier car leur texte a changé</translation>
    </message>
    <message>
        <source>Add {n} {n|delegation|delegations}</source>
        <translation>Ajouter {n} {n|délégation|délégations}</translation>
    </message>
    <message>
        <source>{n} {n|delegation|delegations} added</source>
        <translation>{n} {n|délégation ajoutée|délégations ajoutées}</translation>
    </message>
    <message>
        <source>Record a delegation&apos;s stance</source>
        <translation>Consigner la position d&apos;une délégation</translation>
    </message>
    <message>
        <source>Record delegations&apos; stances</source>
        <translation>Consigner les positions des délégations</translation>
    </message>
    <message>
        <source>Confirm the links of unchanged items</source>
        <translation>Confirmer les liens des points inchangés</translation>
    </message>
    <message>
        <source>Carry positions to the new version</source>
        <translation>Reporter les positions sur la nouvelle version</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Cite {n} {n|paragraph|paragraphs} as agreed language</source>
        <translation>Citer {n} {n|paragraphe|paragraphes} comme libellé convenu</translation>
    </message>
    <message>
        <source>Clear the citations of agreed language</source>
        <translation>Effacer les citations de libellé convenu</translation>
    </message>
    <message>
        <source>a precedent search needs a wording of at least two words</source>
        <translation>une recherche de précédents demande un libellé d&apos;au moins deux mots</translation>
    </message>
    <message>
        <source>item {item_id} cannot cite itself as precedent</source>
        <translation>le point {item_id} ne peut pas se citer lui-même comme précédent</translation>
    </message>
    <message>
        <source>Set the room status of {n} {n|item|items} to {status}</source>
        <translation>Définir le statut en salle de {n} {n|point|points}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Set capital&apos;s instruction on {n} {n|item|items} to {instruction}</source>
        <translation>Définir l’instruction de la capitale sur {n} {n|point|points}&#xa0;: {instruction}</translation>
    </message>
    <message>
        <source>Record {by}&apos;s proposal on {label}</source>
        <translation>Enregistrer la proposition de {by} sur {label}</translation>
    </message>
    <message>
        <source>Edit {by}&apos;s proposal on {label}</source>
        <translation>Modifier la proposition de {by} sur {label}</translation>
    </message>
    <message>
        <source>Withdraw {by}&apos;s proposal on {label}</source>
        <translation>Retirer la proposition de {by} sur {label}</translation>
    </message>
    <message>
        <source>Reinstate {by}&apos;s proposal on {label}</source>
        <translation>Rétablir la proposition de {by} sur {label}</translation>
    </message>
    <message>
        <source>no stance</source>
        <translation>aucune position</translation>
    </message>
    <message>
        <source>support</source>
        <translation>appuyer</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>s&apos;opposer</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>ligne rouge</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendement</translation>
    </message>
    <message>
        <source>public rationale</source>
        <translation>justification publique</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>public reason</source>
        <translation>justification publique</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>note interne</translation>
    </message>
    <message>
        <source>proposed wording</source>
        <translation>libellé proposé</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>instruction</translation>
    </message>
    <message>
        <source>no instruction</source>
        <translation>aucune instruction</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>flexibilité</translation>
    </message>
    <message>
        <source>fallback wording</source>
        <translation>libellé de repli</translation>
    </message>
    <message>
        <source>note on the instruction</source>
        <translation>note sur l&apos;instruction</translation>
    </message>
    <message>
        <source>room status</source>
        <translation>statut en salle</translation>
    </message>
    <message>
        <source>no room status</source>
        <translation>aucun statut en salle</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>adopté</translation>
    </message>
    <message>
        <source>agreed ad ref</source>
        <translation>adopté ad referendum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en suspens</translation>
    </message>
    <message>
        <source>in informals</source>
        <translation>en consultations officieuses</translation>
    </message>
    <message>
        <source>bracketed</source>
        <translation>entre crochets</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>choose two different documents to compare</source>
        <translation>choisissez deux documents différents à comparer</translation>
    </message>
    <message>
        <source>a link joins items of two different documents</source>
        <translation>un lien relie des points de deux documents différents</translation>
    </message>
    <message>
        <source>carry one old item&apos;s position onto each new item, not several</source>
        <translation>reportez sur chaque nouveau point la position d&apos;un seul ancien point, et non de plusieurs</translation>
    </message>
    <message>
        <source>a delegation needs a name</source>
        <translation>une délégation doit avoir un nom</translation>
    </message>
    <message>
        <source>{name}: name the comparison .docx (Word) or .xlsx (Excel)</source>
        <translation>{name}&#xa0;: donnez à la comparaison l&apos;extension .docx (Word) ou .xlsx (Excel)</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as 2026-11-30T17:30 or &apos;2026-11-30 17:30&apos;</source>
        <translation>{value!q} n&apos;est pas une heure&#xa0;; écrivez-la 2026-11-30T17:30 ou &apos;2026-11-30 17:30&apos;</translation>
    </message>
    <message>
        <source>{value!q} is not a date; write it as 2026-11-30</source>
        <translation>{value!q} n&apos;est pas une date&#xa0;; écrivez-la 2026-11-30</translation>
    </message>
    <message>
        <source>{time} is in the future (it is now {now}); the room is known only up to now</source>
        <translation>{time} est dans le futur (il est {now})&#xa0;; la salle n’est connue que jusqu’à maintenant</translation>
    </message>
    <message>
        <source>no proposal with id {proposal_id}</source>
        <translation>aucune proposition n&apos;a l&apos;identifiant {proposal_id}</translation>
    </message>
    <message>
        <source>a proposal needs its text</source>
        <translation>une proposition doit avoir un texte</translation>
    </message>
    <message>
        <source>a proposal needs the delegation that made it</source>
        <translation>une proposition doit indiquer la délégation qui l’a faite</translation>
    </message>
    <message>
        <source>{name} cannot both support and oppose the same proposal</source>
        <translation>{name} ne peut pas à la fois appuyer et contester la même proposition</translation>
    </message>
    <message>
        <source>{name} made the proposal and cannot oppose it</source>
        <translation>{name} a fait la proposition et ne peut pas la contester</translation>
    </message>
    <message>
        <source>the report to capital is internal only: it carries instructions and deviations, so it has no shareable profile</source>
        <translation>le rapport à la capitale est strictement interne&#xa0;: il contient les instructions et les écarts, il n’a donc pas de profil partageable</translation>
    </message>
    <message>
        <source>{name}: the export is a Word file; name it .docx</source>
        <translation>{name}&#xa0;: l&apos;exportation est un fichier Word&#xa0;; donnez-lui l&apos;extension .docx</translation>
    </message>
    <message>
        <source>template {path} does not exist</source>
        <translation>le modèle {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{name} is not a usable Word template (.docx or .dotx)</source>
        <translation>{name} n&apos;est pas un modèle Word utilisable (.docx ou .dotx)</translation>
    </message>
    <message>
        <source>the dossier is internal only: it holds internal notes and the stance history; export a position paper or a briefing note to share</source>
        <translation>le dossier est strictement interne&#xa0;: il contient les notes internes et l&apos;historique des positions&#xa0;; exportez un document de position ou une note d&apos;information à communiquer</translation>
    </message>
    <message>
        <source>{document} {label}: the proposed wording is the same as the text, so the paper shows no proposed wording for it</source>
        <translation>{document} {label}&#xa0;: le libellé proposé est identique au texte&#xa0;; le document n&apos;affiche donc aucun libellé proposé pour ce paragraphe</translation>
    </message>
    <message>
        <source>nothing in {document} has a position yet, and a shareable paper lists only what has one unless undecided paragraphs are included</source>
        <translation>aucun paragraphe de {document} n&apos;a encore de position, et un document communicable ne mentionne que ceux qui en ont une, sauf si les paragraphes sans position sont inclus</translation>
    </message>
    <message>
        <source>the workspace has no documents to export</source>
        <translation>l&apos;espace de travail ne contient aucun document à exporter</translation>
    </message>
    <message>
        <source>ordering by priority needs the internal profile: a shareable paper shows no red lines</source>
        <translation>le tri par priorité nécessite le profil interne&#xa0;: un document partageable ne montre aucune ligne rouge</translation>
    </message>
    <message>
        <source>the template has no style {style!q}; CyberTrack&apos;s default is used for it</source>
        <translation>le modèle n&apos;a pas de style {style!q}&#xa0;; le style par défaut de CyberTrack est utilisé à la place</translation>
    </message>
    <message>
        <source>your author name is not set; set it first (settings --author NAME)</source>
        <translation>votre nom d’auteur n’est pas défini&#xa0;; définissez-le d’abord (settings --author NOM)</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as ISO 8601 (2026-11-28 or 2026-11-28T09:30)</source>
        <translation>{value!q} n’est pas une date&#xa0;; écrivez-la au format ISO 8601 (2026-11-28 ou 2026-11-28T09:30)</translation>
    </message>
    <message>
        <source>{row!q} names no paragraph that waits for a link (pack unresolved lists them)</source>
        <translation>{row!q} ne désigne aucun paragraphe en attente d’un lien (pack unresolved les liste)</translation>
    </message>
    <message>
        <source>the colleagues&apos; rows on {where} now show on item {item}</source>
        <translation>les lignes des collègues sur {where} figurent désormais sur l’élément {item}</translation>
    </message>
    <message>
        <source>item {item} is no longer offered for {where}</source>
        <translation>l’élément {item} n’est plus proposé pour {where}</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack position pack</source>
        <translation>{name} n’est pas un paquet de positions CyberTrack</translation>
    </message>
    <message>
        <source>{name} was made by a newer CyberTrack (pack format {version}; this version reads up to {supported}); update CyberTrack to read it</source>
        <translation>{name} a été créé par une version plus récente de CyberTrack (format de paquet {version}&#xa0;; cette version lit jusqu’au format {supported})&#xa0;; mettez CyberTrack à jour pour le lire</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; nothing was changed</source>
        <translation>{name} est endommagé ou incomplet&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{name} is sealed with a passphrase; give the passphrase to open it</source>
        <translation>{name} est scellé par une phrase secrète&#xa0;; indiquez-la pour l’ouvrir</translation>
    </message>
    <message>
        <source>{name} cannot be opened: wrong passphrase, or the pack is damaged; nothing was changed</source>
        <translation>{name} ne peut pas être ouvert&#xa0;: phrase secrète erronée ou paquet endommagé&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>a row holds a value that cannot be read ({value})</source>
        <translation>une ligne contient une valeur illisible ({value})</translation>
    </message>
    <message>
        <source>a row is of a kind this version does not know ({kind})</source>
        <translation>une ligne est d’un type que cette version ne connaît pas ({kind})</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {path}: {reason}</source>
        <translation>impossible de lire la phrase secrète dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>le fichier de phrase secrète {path} est vide</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Fusionner {name}</translation>
    </message>
    <message>
        <source>{n} {n|change|changes} merged, {disagreements} {disagreements|disagreement|disagreements}, {unresolved} unresolved</source>
        <translation>{n} {n|modification fusionnée|modifications fusionnées}, {disagreements} {disagreements|désaccord|désaccords}, {unresolved} sans paragraphe trouvé</translation>
    </message>
    <message>
        <source>Link a colleague&apos;s paragraph to an item</source>
        <translation>Lier le paragraphe d’un collègue à un point</translation>
    </message>
    <message>
        <source>Reject a paragraph link</source>
        <translation>Refuser un lien de paragraphe</translation>
    </message>
    <message>
        <source>{url!q} is not a hub address (postgresql://user@host:port/database)</source>
        <translation>{url!q} n’est pas une adresse de serveur partagé (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>cannot reach the hub {hub}: {reason}</source>
        <translation>impossible de joindre le serveur partagé {hub}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the request: {reason}; nothing was changed</source>
        <translation>le serveur partagé {hub} a refusé la demande&#xa0;: {reason}&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the hub {hub} holds a newer format ({version}; this version reads up to {supported}); update CyberTrack</source>
        <translation>le serveur partagé {hub} utilise un format plus récent ({version}&#xa0;; cette version lit jusqu’au {supported})&#xa0;; mettez CyberTrack à jour</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Library of precedent</source>
        <translation>Bibliothèque de précédents</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1, %2 points décidés sur %3</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Meetings, documents and sections</source>
        <translation>Réunions, documents et sections</translation>
    </message>
    <message>
        <source>Choose a document or a section to list its items</source>
        <translation>Choisissez un document ou une section pour en afficher les points</translation>
    </message>
    <message>
        <source>No documents yet.

Import one with Ctrl+I (File ▸ Import…) or drop a Word, PDF or text file here.</source>
        <translation>Aucun document pour l’instant.

Importez-en un avec Ctrl+I (Fichier ▸ Importer…) ou déposez ici un fichier Word, PDF ou texte.</translation>
    </message>
</context>
<context>
    <name>NegotiationDesk</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>Salle, capitale et propositions</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>No delegation is known yet. Add them in View &gt; Delegations… (Ctrl+Shift+D), then record their proposals.</source>
        <translation>Aucune délégation n’est encore connue. Ajoutez-les dans Affichage &gt; Délégations… (Ctrl+Shift+D), puis enregistrez leurs propositions.</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>Salle, capitale et propositions</translation>
    </message>
    <message>
        <source>Room status</source>
        <translation>Statut en salle</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Record the room&apos;s status at a time (Ctrl+R)</source>
        <translation>Enregistrer le statut en salle à une heure donnée (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the room&apos;s status</source>
        <translation>Enregistrer le statut en salle</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>Instruction de la capitale</translation>
    </message>
    <message>
        <source>Support, oppose, amend or flexible; internal, never in a shareable paper</source>
        <translation>Appuyer, s’opposer, modifier ou flexibilité&#xa0;; interne, jamais dans un document partageable</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording (internal)</source>
        <translation>Libellé de repli de la capitale (interne)</translation>
    </message>
    <message>
        <source>Fallback wording</source>
        <translation>Libellé de repli</translation>
    </message>
    <message>
        <source>The wording capital accepts if our line does not carry; internal</source>
        <translation>Le libellé que la capitale accepte si notre ligne ne passe pas&#xa0;; interne</translation>
    </message>
    <message>
        <source>Capital&apos;s note (internal)</source>
        <translation>Note de la capitale (interne)</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>Note de la capitale</translation>
    </message>
    <message>
        <source>What capital said with its instruction; internal</source>
        <translation>Ce que la capitale a dit avec son instruction&#xa0;; interne</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>&amp;Instruction</translation>
    </message>
    <message>
        <source>&amp;Fallback</source>
        <translation>Libellé de &amp;repli</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;note</source>
        <translation>&amp;Note de la capitale</translation>
    </message>
    <message>
        <source>Room and capital</source>
        <translation>Salle et capitale</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Other delegations&apos; proposals on this paragraph; F2 edits, Delete withdraws</source>
        <translation>Propositions des autres délégations sur ce paragraphe&#xa0;; F2 modifie, Suppr retire</translation>
    </message>
    <message>
        <source>Proposal redline</source>
        <translation>Modifications proposées</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Record another delegation&apos;s proposal (Ctrl+Shift+P)</source>
        <translation>Enregistrer la proposition d’une autre délégation (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Record a proposal</source>
        <translation>Enregistrer une proposition</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the proposal (F2)</source>
        <translation>Modifier la proposition (F2)</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>Modifier la proposition</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Withdraw the proposal, or reinstate it (Delete)</source>
        <translation>Retirer la proposition, ou la rétablir (Suppr)</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>Retirer ou rétablir la proposition</translation>
    </message>
    <message>
        <source>History of the paragraph</source>
        <translation>Historique du paragraphe</translation>
    </message>
    <message>
        <source>Our stance, the room, capital&apos;s instruction and the proposals, newest first</source>
        <translation>Notre position, la salle, l’instruction de la capitale et les propositions, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(annulée le %1)</translation>
    </message>
    <message>
        <source>Room: not yet discussed</source>
        <translation>Salle&#xa0;: pas encore examiné</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle&#xa0;:</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1; our stance is %2.</source>
        <translation>Écart&#xa0;: la capitale demande «&#xa0;%1&#xa0;»&#xa0;; notre position est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No proposal recorded.</source>
        <translation>Aucune proposition enregistrée.</translation>
    </message>
    <message>
        <source>Supported by %1</source>
        <translation>Appuyée par %1</translation>
    </message>
    <message>
        <source>Opposed by %1</source>
        <translation>Contestée par %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Retirée le %1</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Choose a proposal to see its changes.</source>
        <translation>Choisissez une proposition pour voir ses modifications.</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Merge position pack: %1</source>
        <translation>Fusionner le paquet de positions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merge position pack</source>
        <translation>Fusionner un paquet de positions</translation>
    </message>
    <message>
        <source>Changes: %1 · authors: %2 · disagreements: %3 · rows found nowhere here: %4</source>
        <translation>Modifications&#xa0;: %1 · auteurs&#xa0;: %2 · désaccords&#xa0;: %3 · lignes sans paragraphe ici&#xa0;: %4</translation>
    </message>
    <message>
        <source>This pack changes nothing here: you already have all of it.</source>
        <translation>Ce paquet ne change rien ici&#xa0;: vous avez déjà tout son contenu.</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>From the pack</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>none yet: import the document, then link it in Team (Ctrl+Alt+T)</source>
        <translation>aucun pour l’instant&#xa0;: importez le document, puis liez-le dans Équipe (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>Lignes sans paragraphe correspondant</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>Désaccords (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>Introuvables ici (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge (Ctrl+Return)</source>
        <translation>&amp;Fusionner (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>PrecedentPanel</name>
    <message>
        <source>Pre&amp;cedent</source>
        <translation>Pré&amp;cédents</translation>
    </message>
    <message>
        <source>No precedent to use: choose an item with precedent first.</source>
        <translation>Aucun précédent à utiliser&#xa0;: choisissez d&apos;abord un point qui en a.</translation>
    </message>
    <message>
        <source>Precedent</source>
        <translation>Précédents</translation>
    </message>
    <message>
        <source>Precedent for the amendment</source>
        <translation>Précédents pour l&apos;amendement</translation>
    </message>
    <message>
        <source>The closest paragraphs of the library and the other documents, best first</source>
        <translation>Les paragraphes les plus proches de la bibliothèque et des autres documents, les meilleurs d&apos;abord</translation>
    </message>
    <message>
        <source>Chosen precedent</source>
        <translation>Précédent choisi</translation>
    </message>
    <message>
        <source>Agreed language</source>
        <translation>Libellé convenu</translation>
    </message>
    <message>
        <source>Cited as agreed language</source>
        <translation>Cité comme libellé convenu</translation>
    </message>
    <message>
        <source>Choose an item to see precedent for it.</source>
        <translation>Choisissez un point pour en voir les précédents.</translation>
    </message>
    <message>
        <source>Type at least two words to find precedent.</source>
        <translation>Tapez au moins deux mots pour trouver des précédents.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>agreed language</source>
        <translation>libellé convenu</translation>
    </message>
    <message>
        <source>adopted, not in the library</source>
        <translation>adopté, hors bibliothèque</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>under negotiation</source>
        <translation>en négociation</translation>
    </message>
    <message>
        <source>%1% match</source>
        <translation>correspondance à %1&#xa0;%</translation>
    </message>
    <message>
        <source>No precedent: no paragraph shares three words in a row.</source>
        <translation>Aucun précédent&#xa0;: aucun paragraphe ne partage trois mots consécutifs.</translation>
    </message>
    <message>
        <source>Precedent for this paragraph (no wording yet).</source>
        <translation>Précédents pour ce paragraphe (pas encore de libellé).</translation>
    </message>
    <message>
        <source>Agreed language: %1 of %2 words of the wording (marked).</source>
        <translation>Libellé convenu&#xa0;: %1 mots sur %2 du libellé (marqués).</translation>
    </message>
    <message>
        <source>Cited: none yet.</source>
        <translation>Cité&#xa0;: aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cited as agreed language: %1</source>
        <translation>Cité comme libellé convenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreed language from %1</source>
        <translation>Libellé convenu tiré de %1</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>par. {n}</translation>
    </message>
    <message>
        <source>art. {n}</source>
        <translation>art. {n}</translation>
    </message>
    <message>
        <source>action {n}</source>
        <translation>mesure {n}</translation>
    </message>
    <message>
        <source>conclusion {n}</source>
        <translation>conclusion {n}</translation>
    </message>
    <message>
        <source>guideline {n}</source>
        <translation>directive {n}</translation>
    </message>
    <message>
        <source>principle {n}</source>
        <translation>principe {n}</translation>
    </message>
    <message>
        <source>target {n}</source>
        <translation>cible {n}</translation>
    </message>
    <message>
        <source>regulation {n}</source>
        <translation>art. {n}</translation>
    </message>
    <message>
        <source>rule {n}</source>
        <translation>art. {n}</translation>
    </message>
    <message>
        <source>preambular para. {n}</source>
        <translation>alinéa {n} du préambule</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK.</source>
        <translation>La fenêtre change de langue dès que vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal on %1</source>
        <translation>Proposition sur %1</translation>
    </message>
    <message>
        <source>Edit the proposal on %1</source>
        <translation>Modifier la proposition sur %1</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>A new paragraph after this one (bis)</source>
        <translation>Un nouveau paragraphe après celui-ci (bis)</translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation>Un nouveau paragraphe après celui-ci</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <source>Changes to the paragraph</source>
        <translation>Modifications du paragraphe</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Appuyée par</translation>
    </message>
    <message>
        <source>Opposed by</source>
        <translation>Contestée par</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Proposée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Supported by:</source>
        <translation>&amp;Appuyée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opposed by:</source>
        <translation>&amp;Contestée par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>Restaurer la dernière sauvegarde saine, effectuée le %1 ? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>La sauvegarde a été restaurée. L&apos;espace de travail endommagé a été conservé sous %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>Choisissez l&apos;état auquel revenir. L&apos;espace de travail dans son état actuel est d&apos;abord sauvegardé : vous pourrez y revenir en restaurant cette sauvegarde. L&apos;historique des annulations est effacé.
Les sauvegardes sont conservées dans %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Cet espace de travail n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%2 items</source>
        <translation>%2 points</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Items found (untick those that are not items; amber rows were left out):</source>
        <translation>&amp;Points trouvés (décochez ceux qui n&apos;en sont pas&#xa0;; les lignes orangées ont été laissées de côté)&#xa0;:</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Points trouvés</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Constats&#xa0;:</translation>
    </message>
    <message>
        <source>Findings of the import</source>
        <translation>Constats de l&apos;importation</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Scinder…</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>Scinder le point</translation>
    </message>
    <message>
        <source>&amp;Merge into item above</source>
        <translation>&amp;Fusionner avec le point au-dessus</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>Fusionner avec le point au-dessus</translation>
    </message>
    <message>
        <source>Make it an it&amp;em…</source>
        <translation>En faire un p&amp;oint…</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>Faire du texte laissé de côté un point</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>&amp;Renuméroter…</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>Renuméroter le point</translation>
    </message>
    <message>
        <source>Ne&amp;xt left-out text</source>
        <translation>Te&amp;xte laissé de côté suivant</translation>
    </message>
    <message>
        <source>Go to the next left-out text</source>
        <translation>Aller au texte laissé de côté suivant</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tout c&amp;ocher</translation>
    </message>
    <message>
        <source>Tick all items</source>
        <translation>Cocher tous les points</translation>
    </message>
    <message>
        <source>Untick all (&amp;N)</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>Untick all items</source>
        <translation>Décocher tous les points</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>Points à importer</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of %2 items will be imported</source>
        <translation>%1 points sur %2 seront importés</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capital: %1</source>
        <translation>Capitale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1, our stance is %2</source>
        <translation>Écart&#xa0;: la capitale demande «&#xa0;%1&#xa0;», notre position est «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>Adopté ad ref.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Informals</source>
        <translation>Officieuses</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>Entre crochets</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Pas encore examiné</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Appuyer</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>S&apos;opposer</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amender</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibilité</translation>
    </message>
    <message>
        <source>No instruction</source>
        <translation>Sans instruction</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Filter by room status</source>
        <translation>Filtrer par statut en salle</translation>
    </message>
    <message>
        <source>Show only the paragraphs where the room stands so, or still open</source>
        <translation>N’afficher que les paragraphes dans ce statut en salle, ou encore en suspens</translation>
    </message>
    <message>
        <source>Any room status</source>
        <translation>Tout statut en salle</translation>
    </message>
    <message>
        <source>Still open in the room</source>
        <translation>Encore en suspens en salle</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Only deviations from capital&apos;s instructions</source>
        <translation>Uniquement les écarts par rapport aux instructions de la capitale</translation>
    </message>
    <message>
        <source>Only paragraphs where our stance departs from capital&apos;s instruction</source>
        <translation>Uniquement les paragraphes où notre position s’écarte de l’instruction de la capitale</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>Salle au</translation>
    </message>
    <message>
        <source>Show the room as of an earlier time</source>
        <translation>Afficher la salle à une heure antérieure</translation>
    </message>
    <message>
        <source>The room&apos;s status as it stood at that time (Ctrl+Shift+A)</source>
        <translation>Le statut en salle tel qu’il était à cette heure (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The time to show the room at; arrow keys move the hour or the day</source>
        <translation>L’heure à laquelle afficher la salle&#xa0;; les flèches changent l’heure ou le jour</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Show the room as it is now</source>
        <translation>Afficher la salle telle qu’elle est maintenant</translation>
    </message>
    <message>
        <source>Back to the room as it is now</source>
        <translation>Revenir à la salle telle qu’elle est maintenant</translation>
    </message>
</context>
<context>
    <name>RoomStatusDialog</name>
    <message>
        <source>Room status</source>
        <translation>Statut en salle</translation>
    </message>
    <message>
        <source>No status (clear it)</source>
        <translation>Aucun statut (l’effacer)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>e.g. Chair&apos;s text, EU reserves (internal)</source>
        <translation>p. ex. texte du Président, l’UE réserve sa position (interne)</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>Note de séance</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Paragraphes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Other version: %1</source>
        <translation>Autre version&#xa0;: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>under “%1”</source>
        <translation>sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>avant le premier titre</translation>
    </message>
    <message>
        <source>Left out (%1): %2</source>
        <translation>Laissé de côté (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[modifié] </translation>
    </message>
    <message>
        <source>[proposed insertion] </source>
        <translation>[insertion proposée] </translation>
    </message>
    <message>
        <source>[proposed deletion] </source>
        <translation>[suppression proposée] </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import stance sheet: %1</source>
        <translation>Importer un tableau des positions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>Importer un tableau des positions</translation>
    </message>
    <message>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>%1 modifications sur %2 points&#xa0;; %3 lignes ne correspondent pas et seront ignorées.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>From the sheet</source>
        <translation>Selon le tableau</translation>
    </message>
    <message>
        <source>Rows that do not match</source>
        <translation>Lignes sans correspondance</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>Rows that do not match:</source>
        <translation>Lignes sans correspondance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Liste des raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split item</source>
        <translation>Scinder le point</translation>
    </message>
    <message>
        <source>Put the cursor where the second item begins.</source>
        <translation>Placez le curseur là où commence le second point.</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texte du point</translation>
    </message>
    <message>
        <source>&amp;Number of the second item:</source>
        <translation>&amp;Numéro du second point&#xa0;:</translation>
    </message>
    <message>
        <source>Number of the second item</source>
        <translation>Numéro du second point</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>Cancel the split</source>
        <translation>Annuler la scission</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation>Appuyer</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>S&apos;opposer</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amender</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>%1 sur %2 décidés · Appuyer&#xa0;: %3 · S&apos;opposer&#xa0;: %4 · Modifier&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Libellé proposé</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Motif public</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>Instruction de la capitale</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback</source>
        <translation>Position de repli de la capitale</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>Note de la capitale</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Votre nom dans l’équipe</translation>
    </message>
    <message>
        <source>Packs and the hub say whose positions they carry. Your name:</source>
        <translation>Les paquets et le serveur partagé indiquent à qui sont les positions qu’ils contiennent. Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Export position pack</source>
        <translation>Exporter un paquet de positions</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack)</source>
        <translation>Paquets de positions (*.ctpack)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 KB.</source>
        <translation>%1 écrit&#xa0;: %2 lignes, %3 Ko.</translation>
    </message>
    <message>
        <source>Import position pack</source>
        <translation>Importer un paquet de positions</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack);;All files (*)</source>
        <translation>Paquets de positions (*.ctpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sealed pack</source>
        <translation>Paquet scellé</translation>
    </message>
    <message>
        <source>%1 is sealed. Its passphrase:</source>
        <translation>%1 est scellé. Sa phrase secrète&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>You are %1 in the team.</source>
        <translation>Vous êtes %1 dans l’équipe.</translation>
    </message>
    <message>
        <source>Set your name first: File ▸ Export position pack asks for it.</source>
        <translation>Définissez d’abord votre nom&#xa0;: Fichier ▸ Exporter un paquet de positions vous le demande.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>Lignes sans paragraphe correspondant</translation>
    </message>
    <message>
        <source>Since the last merge</source>
        <translation>Depuis la dernière fusion</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>Désaccords (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>Introuvables ici (%1)</translation>
    </message>
    <message>
        <source>none: import the document it is in</source>
        <translation>aucun&#xa0;: importez le document qui le contient</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Changes in the last merge</source>
        <translation>Modifications de la dernière fusion</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Items where the team disagrees</source>
        <translation>Points où l’équipe est en désaccord</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <source>Tips</source>
        <translation>Astuces</translation>
    </message>
    <message>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>Astuce&#xa0;: tapez 1, 2 ou 3 pour appuyer, vous opposer ou modifier les points sélectionnés, J et K pour vous déplacer, Enter pour écrire une note. Tout est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Dismiss tips</source>
        <translation>Masquer les astuces</translation>
    </message>
    <message>
        <source>Hide these tips for good</source>
        <translation>Masquer définitivement ces astuces</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>Aucun autre espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Enregistrer une copie de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>Espaces de travail CyberTrack (*.cybertrack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 existe déjà&#xa0;; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
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
        <translation>Échec de la restauration</translation>
    </message>
</context>
</TS>
