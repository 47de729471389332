<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BackgroundCheck</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="127"/>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>El archivo del espacio de trabajo está dañado (%1). Use Archivo &gt; Restaurar copia de seguridad… para volver a una copia de seguridad válida; antes se hace una copia de seguridad del estado actual.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="96"/>
        <source>Automatic backup failed: %1</source>
        <translation>Error en la copia de seguridad automática: %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="141"/>
        <source>Carry positions to the new version</source>
        <translation>Trasladar las posiciones a la nueva versión</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="147"/>
        <source>Positions that can be carried</source>
        <translation>Posiciones que se pueden trasladar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="157"/>
        <source>What changed in the text since you decided</source>
        <translation>Qué cambió en el texto desde su decisión</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="163"/>
        <source>Dropped items</source>
        <translation>Puntos suprimidos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="172"/>
        <source>New items</source>
        <translation>Puntos nuevos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="183"/>
        <source>Dropped from the new version:</source>
        <translation>Suprimidos en la nueva versión:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="185"/>
        <source>New in this version (no position yet):</source>
        <translation>Nuevos en esta versión (aún sin posición):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="198"/>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>De %1 a %2: %3 posiciones por revisar, %4 con texto modificado.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="205"/>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space: marcar o desmarcar una fila · Ctrl+Enter: trasladar las filas marcadas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="210"/>
        <source>&amp;Carry ticked positions</source>
        <translation>&amp;Trasladar las posiciones marcadas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="214"/>
        <source>Carry the ticked positions</source>
        <translation>Trasladar las posiciones marcadas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="256"/>
        <source>Carry positions to new version</source>
        <translation>Trasladar las posiciones a la nueva versión</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="259"/>
        <source>Carry-over</source>
        <translation>Traslado</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="62"/>
        <source>Carry</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="63"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="64"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="65"/>
        <source>Our position</source>
        <translation>Nuestra posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="66"/>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="72"/>
        <source>text changed since you decided</source>
        <translation>el texto cambió desde su decisión</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="74"/>
        <source>merged with another decided item: choose one</source>
        <translation>fusionado con otro punto decidido: elija uno</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="76"/>
        <source>already decided in the new version</source>
        <translation>ya decidido en la nueva versión</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="77"/>
        <source>same text</source>
        <translation>mismo texto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/carry_dialog.py" line="96"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="52"/>
        <source>Compare documents</source>
        <translation>Comparar documentos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="60"/>
        <source>Linked items across documents</source>
        <translation>Puntos vinculados entre documentos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="68"/>
        <source>Show only:</source>
        <translation>Mostrar solo:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="71"/>
        <source>&amp;1 Stance changed</source>
        <translation>&amp;1 Posición cambiada</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="72"/>
        <source>&amp;2 Text changed</source>
        <translation>&amp;2 Texto cambiado</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="73"/>
        <source>&amp;3 New</source>
        <translation>&amp;3 Nuevos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="74"/>
        <source>&amp;4 Dropped</source>
        <translation>&amp;4 Suprimidos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="98"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="101"/>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>Exportar como Word o Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="102"/>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="177"/>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="131"/>
        <source>Text in %1</source>
        <translation>Texto en %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="140"/>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="157"/>
        <source>Not in this version.</source>
        <translation>No figura en esta versión.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="179"/>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Documento de Word (*.docx);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/comparison_view.py" line="186"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— dropped</source>
        <translation>— suprimido</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="75"/>
        <source>— not in this version</source>
        <translation>— no figura en esta versión</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="78"/>
        <source>stance changed</source>
        <translation>posición cambiada</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/comparison_model.py" line="80"/>
        <source>text changed</source>
        <translation>texto cambiado</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="81"/>
        <source>With us / against</source>
        <translation>Con nosotros / en contra</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="122"/>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="145"/>
        <source>Delegations — %1</source>
        <translation>Delegaciones — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="150"/>
        <source>e.g. statement of 28 July, informals</source>
        <translation>p. ej., declaración del 28 de julio, consultas oficiosas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="151"/>
        <source>Source of the stances you record</source>
        <translation>Fuente de las posiciones que registra</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="152"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="161"/>
        <source>Stances of delegations on each item</source>
        <translation>Posiciones de las delegaciones sobre cada punto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="167"/>
        <source>Who is with us and who is against on this item</source>
        <translation>Quién está con nosotros y quién en contra en este punto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="175"/>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>1 apoyar · 2 oponerse · 3 modificar · 0 borrar, en las celdas seleccionadas · verde: con nosotros, rojo: en contra, ámbar: en parte</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="182"/>
        <source>Add the &amp;participants</source>
        <translation>Añadir los &amp;participantes</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="184"/>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>Añadir los participantes de este documento (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="185"/>
        <source>&amp;Add delegation…</source>
        <translation>Añadir &amp;delegación…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="186"/>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>Añadir una delegación o un grupo por su nombre (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="187"/>
        <source>Add this document&apos;s participants</source>
        <translation>Añadir los participantes de este documento</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="188"/>
        <source>Add a delegation</source>
        <translation>Añadir una delegación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="262"/>
        <source>Record delegations&apos; stances</source>
        <translation>Registrar las posiciones de las delegaciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Add delegation</source>
        <translation>Añadir delegación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="270"/>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>Delegación o grupo (p. ej., Unión Europea):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/delegations_view.py" line="280"/>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="56"/>
        <source>Item details</source>
        <translation>Detalles del punto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="69"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="75"/>
        <source>Item text</source>
        <translation>Texto del punto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="82"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="87"/>
        <source>Clear stance</source>
        <translation>Borrar la posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="94"/>
        <source>Internal: never in a shareable paper</source>
        <translation>Interna: nunca en un documento para compartir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="95"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="97"/>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>Justificación de su delegación; nunca en un documento para compartir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="101"/>
        <source>Proposed wording for this item</source>
        <translation>Redacción propuesta para este punto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="102"/>
        <source>Proposed amendment</source>
        <translation>Enmienda propuesta</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="104"/>
        <source>The wording you propose; the changes are shown below</source>
        <translation>La redacción que propone; los cambios se muestran abajo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="108"/>
        <source>Public: printed in position papers</source>
        <translation>Pública: se imprime en los documentos de posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="109"/>
        <source>Public reason</source>
        <translation>Justificación pública</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="111"/>
        <source>The reason a shareable position paper gives</source>
        <translation>La justificación que figura en un documento de posición para compartir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="118"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="117"/>
        <source>Red line</source>
        <translation>Línea roja</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="119"/>
        <source>Normal, priority or red line</source>
        <translation>Normal, prioridad o línea roja</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="122"/>
        <source>Amendment redline</source>
        <translation>Enmienda con control de cambios</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="145"/>
        <source>&amp;Priority</source>
        <translation>P&amp;rioridad</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="146"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="147"/>
        <source>Public &amp;reason</source>
        <translation>&amp;Justificación pública</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="148"/>
        <source>&amp;Amendment</source>
        <translation>En&amp;mienda</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="149"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="150"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="232"/>
        <source>No item selected</source>
        <translation>Ningún punto seleccionado</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="256"/>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>Elija un punto de la lista para leerlo y fijar una posición.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/detail_panel.py" line="263"/>
        <source>Changes appear here as you type.</source>
        <translation>Los cambios aparecen aquí mientras escribe.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="81"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="82"/>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="85"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="87"/>
        <source>Position paper</source>
        <translation>Documento de posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="88"/>
        <source>Briefing note</source>
        <translation>Nota informativa</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="89"/>
        <source>Internal dossier</source>
        <translation>Expediente interno</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="93"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="95"/>
        <source>Shareable — for other delegations</source>
        <translation>Para compartir — con otras delegaciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="96"/>
        <source>Internal — our delegation only</source>
        <translation>Interno — solo nuestra delegación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="103"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="105"/>
        <source>As in the document</source>
        <translation>Como en el documento</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="106"/>
        <source>Grouped by stance</source>
        <translation>Agrupados por posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="107"/>
        <source>Red lines and priorities first</source>
        <translation>Primero líneas rojas y prioridades</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="110"/>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>Mostrar las enmiendas como control de &amp;cambios de Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="112"/>
        <source>Amendments as tracked changes</source>
        <translation>Enmiendas como control de cambios</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="114"/>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>La redacción propuesta aparece como revisiones de Word que el lector puede aceptar o rechazar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="117"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="119"/>
        <source>The delegation named as the author of the paper</source>
        <translation>La delegación que figura como autora del documento</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="123"/>
        <source>Documents to export</source>
        <translation>Documentos que exportar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="125"/>
        <source>Tick the documents whose items the paper covers</source>
        <translation>Marque los documentos cuyos puntos se incluirán</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="137"/>
        <source>CyberTrack&apos;s default template</source>
        <translation>Plantilla predeterminada de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="138"/>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="140"/>
        <source>A .docx whose styles the paper uses; empty for the default</source>
        <translation>Un archivo .docx cuyos estilos usa el documento; vacío para la plantilla predeterminada</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="143"/>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="144"/>
        <source>Where the Word file is written</source>
        <translation>Dónde se guarda el archivo de Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="145"/>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Abrir el archivo al terminar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="146"/>
        <source>Open when done</source>
        <translation>Abrir al terminar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="148"/>
        <source>Open the written file in the word processor</source>
        <translation>Abrir el archivo guardado en el procesador de textos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="154"/>
        <source>What will be included</source>
        <translation>Qué se incluirá</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="157"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="164"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="168"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="171"/>
        <source>Write the Word file now</source>
        <translation>Guardar ahora el archivo de Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="175"/>
        <source>Close this dialog without exporting</source>
        <translation>Cerrar este cuadro de diálogo sin exportar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="188"/>
        <source>Choose the %1 of the paper</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="194"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="196"/>
        <source>Opens a file chooser</source>
        <translation>Abre un selector de archivos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="207"/>
        <source>&amp;Product</source>
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="208"/>
        <source>P&amp;rofile</source>
        <translation>Pe&amp;rfil</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="209"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="210"/>
        <source>Or&amp;der</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="211"/>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="212"/>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umentos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="218"/>
        <source>&amp;Template</source>
        <translation>Pla&amp;ntilla</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="222"/>
        <source>Choose a template</source>
        <translation>Elegir una plantilla</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="228"/>
        <source>Choose the output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>item texts</source>
        <translation>textos de los puntos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>stances</source>
        <translation>posiciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="284"/>
        <source>public reasons</source>
        <translation>justificaciones públicas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="287"/>
        <source>proposed wording as tracked changes</source>
        <translation>redacción propuesta como control de cambios</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="289"/>
        <source>proposed wording as clean text</source>
        <translation>redacción propuesta como texto limpio</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>internal notes</source>
        <translation>notas internas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>priorities</source>
        <translation>prioridades</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="292"/>
        <source>author initials</source>
        <translation>iniciales del autor</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="298"/>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="300"/>
        <source>stance history</source>
        <translation>historial de posiciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="301"/>
        <source>Included: %1.</source>
        <translation>Se incluye: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="303"/>
        <source>Left out: %1.</source>
        <translation>Se excluye: %1.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="305"/>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>El autor del archivo es la delegación, no usted.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Choose a Word template</source>
        <translation>Elegir una plantilla de Word</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="310"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="317"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="326"/>
        <source>choose at least one document</source>
        <translation>elija al menos un documento</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="346"/>
        <source>Writing %1 items to %2…</source>
        <translation>Escribiendo %1 puntos en %2…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="358"/>
        <source>Wrote %1 (%2 items).</source>
        <translation>Se guardó %1 (%2 puntos).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="363"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/export_dialog.py" line="373"/>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="51"/>
        <source>Find in items (Ctrl+F)</source>
        <translation>Buscar en los puntos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="52"/>
        <source>Find in items</source>
        <translation>Buscar en los puntos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="57"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="61"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="71"/>
        <source>Filter by stance</source>
        <translation>Filtrar por posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="73"/>
        <source>Show only items with this stance, or undecided</source>
        <translation>Mostrar solo los puntos con esta posición o sin decidir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="77"/>
        <source>Any stance</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="82"/>
        <source>Filter by section</source>
        <translation>Filtrar por sección</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="83"/>
        <source>Show only the items of one section</source>
        <translation>Mostrar solo los puntos de una sección</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="88"/>
        <source>Wording</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="89"/>
        <source>Only items with an amendment</source>
        <translation>Solo puntos con enmienda</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="90"/>
        <source>Only items with proposed amendment wording</source>
        <translation>Solo puntos con redacción de enmienda propuesta</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="91"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="92"/>
        <source>Only items with a note</source>
        <translation>Solo puntos con nota</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="93"/>
        <source>Only items with an internal note</source>
        <translation>Solo puntos con nota interna</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="96"/>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="98"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="99"/>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>Volver a mostrar todos los puntos (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/filter_bar.py" line="140"/>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="81"/>
        <source>CyberTrack user guide</source>
        <translation>Guía del usuario de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="83"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="27"/>
        <source>Stance history</source>
        <translation>Historial de posiciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="28"/>
        <source>Every change of stance on this item, with its time</source>
        <translation>Cada cambio de posición en este punto, con su hora</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/history_list.py" line="37"/>
        <source>No stance set yet.</source>
        <translation>Aún no se ha fijado ninguna posición.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="77"/>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="78"/>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="89"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="90"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="94"/>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="100"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="102"/>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="103"/>
        <source>e.g. A/80/604/Add.3</source>
        <translation>p. ej., A/80/604/Add.3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="105"/>
        <source>Document details</source>
        <translation>Detalles del documento</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="108"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="110"/>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="114"/>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="117"/>
        <source>&amp;Items found (untick those that are not items):</source>
        <translation>&amp;Puntos encontrados (desmarque los que no lo sean):</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="119"/>
        <source>Items found</source>
        <translation>Puntos encontrados</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="129"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Marcar todos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="130"/>
        <source>Tick all items</source>
        <translation>Marcar todos los puntos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="132"/>
        <source>Untick all (&amp;N)</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="133"/>
        <source>Untick all items</source>
        <translation>Desmarcar todos los puntos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="136"/>
        <source>Items to import</source>
        <translation>Puntos que importar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="145"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="147"/>
        <source>Import the ticked items</source>
        <translation>Importar los puntos marcados</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="148"/>
        <source>Import (Ctrl+Return)</source>
        <translation>Importar (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="150"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="174"/>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>Se encontraron %1 puntos en %2 (%3). Revíselos y luego impórtelos.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="203"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="204"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="205"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="206"/>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="207"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="208"/>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="209"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="210"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="211"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="217"/>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="237"/>
        <source>%1 of %2 items will be imported</source>
        <translation>Se importarán %1 de %2 puntos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/import_preview.py" line="263"/>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="85"/>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="128"/>
        <source>has a note</source>
        <translation>tiene nota</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/item_table_model.py" line="130"/>
        <source>has an amendment</source>
        <translation>tiene enmienda</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="29"/>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="31"/>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>Puntos numerados con su posición; 1, 2, 3 o 0 la fija</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/item_table.py" line="48"/>
        <source>Item columns: click to sort</source>
        <translation>Columnas de puntos: haga clic para ordenar</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="36"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="78"/>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>Importe un documento o suéltelo aquí (Ctrl+I) para empezar a decidir.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="82"/>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>Ningún punto coincide con estos filtros.
Quítelos con Ctrl+Shift+L.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/items_pane.py" line="87"/>
        <source>Showing %1 of %2 ·</source>
        <translation>Se muestran %1 de %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="109"/>
        <source>Links between versions</source>
        <translation>Vínculos entre versiones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="115"/>
        <source>Candidate links</source>
        <translation>Vínculos candidatos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="122"/>
        <source>The two texts, differences marked</source>
        <translation>Los dos textos, con las diferencias marcadas</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="130"/>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C confirmar · R rechazar · P reasignar a otro punto · F buscar vínculos candidatos · J/K siguiente/anterior</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="191"/>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="214"/>
        <source>Re-point link</source>
        <translation>Reasignar vínculo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="215"/>
        <source>The old item is the same as:</source>
        <translation>El punto anterior equivale a:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="60"/>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="61"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="62"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="63"/>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="64"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="69"/>
        <source>to check</source>
        <translation>por verificar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="70"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="71"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/link_dialog.py" line="89"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="25"/>
        <source>&amp;Compare documents…</source>
        <translation>&amp;Comparar documentos…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="33"/>
        <source>&amp;Links between versions…</source>
        <translation>&amp;Vínculos entre versiones…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="41"/>
        <source>Carry positions to the &amp;new version…</source>
        <translation>Trasladar posiciones a la &amp;nueva versión…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="49"/>
        <source>&amp;Delegations…</source>
        <translation>D&amp;elegaciones…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="69"/>
        <source>Last time, in %1 %2: %3</source>
        <translation>La última vez, en %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="74"/>
        <source>text changed since</source>
        <translation>el texto cambió desde entonces</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="95"/>
        <source>This looks like a new version of %1: View ▸ Carry positions (Ctrl+Shift+V) to review what to carry over.</source>
        <translation>Parece una nueva versión de %1: Ver ▸ Trasladar posiciones (Ctrl+Shift+V) para revisar qué trasladar.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="118"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/comparison_menu.py" line="119"/>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>Importe primero una segunda versión de un texto (Archivo ▸ Importar, Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="93"/>
        <source>Export stance sheet</source>
        <translation>Exportar hoja de posiciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="95"/>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="139"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
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
        <translation>Se guardó %1 (%2 puntos).</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="137"/>
        <source>Import stance sheet</source>
        <translation>Importar hoja de posiciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="100"/>
        <source>About CyberTrack</source>
        <translation>Acerca de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="101"/>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;La posición de su delegación sobre cada punto de un texto de negociación, sin conexión.&lt;/p&gt;&lt;p&gt;Licencia: MIT. Creado con Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="146"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="150"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="158"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="166"/>
        <source>&amp;About CyberTrack</source>
        <translation>Acerca &amp;de CyberTrack</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="114"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="115"/>
        <source>Items shown</source>
        <translation>Puntos mostrados</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="135"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="136"/>
        <source>&amp;Stance</source>
        <translation>&amp;Posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="137"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="145"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="156"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="172"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="176"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="179"/>
        <source>Edit &amp;note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="181"/>
        <source>Edit &amp;amendment</source>
        <translation>Editar &amp;enmienda</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="187"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="196"/>
        <source>&amp;Support</source>
        <translation>&amp;Apoyar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="197"/>
        <source>&amp;Oppose</source>
        <translation>&amp;Oponerse</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="198"/>
        <source>&amp;Amend</source>
        <translation>&amp;Modificar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="199"/>
        <source>&amp;Clear stance</source>
        <translation>&amp;Borrar la posición</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="207"/>
        <source>&amp;Next item</source>
        <translation>Punto &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="208"/>
        <source>&amp;Previous item</source>
        <translation>Punto &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="210"/>
        <source>Next &amp;undecided item</source>
        <translation>Siguiente &amp;punto sin decidir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="214"/>
        <source>Back to the &amp;list</source>
        <translation>Volver a la &amp;lista</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="216"/>
        <source>&amp;Documents and sections</source>
        <translation>&amp;Documentos y secciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="223"/>
        <source>Only &amp;undecided items</source>
        <translation>Solo puntos sin &amp;decidir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="230"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="273"/>
        <source>Every item shown has a stance.</source>
        <translation>Todos los puntos mostrados tienen posición.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="298"/>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="300"/>
        <source>Documents (*.txt *.md *.docx *.pdf);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.docx *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="336"/>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/main_window.py" line="418"/>
        <source>Import a document to begin</source>
        <translation>Importe un documento para empezar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="24"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="32"/>
        <source>Export stance &amp;sheet…</source>
        <translation>Exportar &amp;hoja de posiciones…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/transfer_actions.py" line="40"/>
        <source>Import stance s&amp;heet…</source>
        <translation>Importar ho&amp;ja de posiciones…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="136"/>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>Solo lectura: no se puede escribir en este archivo del espacio de trabajo (archivo, carpeta o disco de solo lectura). Puede consultar y exportar; no se admiten cambios.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="143"/>
        <source>Read-only workspace</source>
        <translation>Espacio de trabajo de solo lectura</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="159"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="169"/>
        <source>Restore from &amp;backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="43"/>
        <source>Other documents</source>
        <translation>Otros documentos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/models/navigator_model.py" line="89"/>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1, %2 de %3 puntos decididos</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="36"/>
        <source>Meetings, documents and sections</source>
        <translation>Reuniones, documentos y secciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/views/navigator_view.py" line="37"/>
        <source>Choose a document or a section to list its items</source>
        <translation>Elija un documento o una sección para ver sus puntos</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="34"/>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="39"/>
        <source>A new language takes effect the next time CyberTrack starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie CyberTrack.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/preferences_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="32"/>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>¿Restaurar la última copia de seguridad válida, realizada el %1? El archivo dañado se conserva junto a ella.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/trust.py" line="49"/>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>Se restauró la copia de seguridad. El espacio de trabajo dañado se conservó como %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="35"/>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="36"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="42"/>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>Elija el estado al que desea volver. Antes se hace una copia de seguridad del espacio de trabajo tal como está ahora, para que pueda volver a él restaurando esa copia. Se borra el historial de deshacer.
Las copias de seguridad se guardan en %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="53"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="63"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="64"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="65"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="86"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>Aún no hay copias de seguridad de este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="94"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="96"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="111"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="115"/>
        <source>%1 documents</source>
        <translation>%1 documentos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>1 item</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/restore_dialog.py" line="117"/>
        <source>%2 items</source>
        <translation>%2 puntos</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="37"/>
        <source>Import stance sheet: %1</source>
        <translation>Importar hoja de posiciones: %1</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="38"/>
        <source>Import stance sheet</source>
        <translation>Importar hoja de posiciones</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="41"/>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>%1 cambios en %2 puntos; %3 filas no coinciden y se omitirán.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="49"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="51"/>
        <source>From the sheet</source>
        <translation>Según la hoja</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="67"/>
        <source>Rows that do not match</source>
        <translation>Filas sin coincidencia</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="73"/>
        <source>&amp;Apply changes</source>
        <translation>&amp;Aplicar los cambios</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/dialogs/sheet_import_dialog.py" line="84"/>
        <source>Rows that do not match:</source>
        <translation>Filas sin coincidencia:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="53"/>
        <location filename="../../cybertrack/gui/help.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="57"/>
        <source>Shortcut list</source>
        <translation>Lista de atajos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="58"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="20"/>
        <source>Support</source>
        <translation>Apoyar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="21"/>
        <source>Oppose</source>
        <translation>Oponerse</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="22"/>
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="23"/>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/stances.py" line="39"/>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>%1 de %2 decididos · Apoyar: %3 · Oponerse: %4 · Modificar: %5</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="121"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="124"/>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>Consejo: pulse 1, 2 o 3 para apoyar, oponerse o modificar los puntos seleccionados, J y K para desplazarse, Enter para escribir una nota. Todo se guarda mientras trabaja.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="129"/>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="130"/>
        <source>Dismiss tips</source>
        <translation>Ocultar consejos</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/help.py" line="131"/>
        <source>Hide these tips for good</source>
        <translation>Ocultar estos consejos definitivamente</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="43"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="44"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="45"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="46"/>
        <source>&amp;Recent workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="56"/>
        <source>No other workspace yet</source>
        <translation>Aún no hay otros espacios de trabajo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="74"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="81"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="88"/>
        <source>Save a copy of the workspace</source>
        <translation>Guardar una copia del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="94"/>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>Espacios de trabajo de CyberTrack (*.cybertrack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="105"/>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 ya existe; ábralo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="108"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../../cybertrack/gui/workspace_files.py" line="123"/>
        <source>Saved a copy to %1</source>
        <translation>Se guardó una copia en %1</translation>
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
        <translation>Error al restaurar</translation>
    </message>
</context>
</TS>
