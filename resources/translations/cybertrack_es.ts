<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export stance &amp;sheet…</source>
        <translation>Exportar &amp;hoja de posiciones…</translation>
    </message>
    <message>
        <source>Import stance s&amp;heet…</source>
        <translation>Importar ho&amp;ja de posiciones…</translation>
    </message>
    <message>
        <source>Report to c&amp;apital…</source>
        <translation>Informe a la c&amp;apital…</translation>
    </message>
    <message>
        <source>Status &amp;table…</source>
        <translation>&amp;Tabla de situación…</translation>
    </message>
    <message>
        <source>Export position &amp;pack…</source>
        <translation>Exportar un &amp;paquete de posiciones…</translation>
    </message>
    <message>
        <source>Import position pac&amp;k…</source>
        <translation>Importar un pa&amp;quete de posiciones…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search &amp;in: text, notes and wording</source>
        <translation>Buscar &amp;en: texto, notas y redacción</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Amend from the original</source>
        <translation>&amp;Enmendar a partir del original</translation>
    </message>
    <message>
        <source>Amend starting &amp;empty</source>
        <translation>Enmendar partiendo de un campo &amp;vacío</translation>
    </message>
    <message>
        <source>Go to the precedent &amp;list</source>
        <translation>Ir a la &amp;lista de precedentes</translation>
    </message>
    <message>
        <source>In&amp;sert the precedent&apos;s wording</source>
        <translation>&amp;Insertar la redacción del precedente</translation>
    </message>
    <message>
        <source>Ci&amp;te the precedent as agreed language</source>
        <translation>Ci&amp;tar el precedente como lenguaje convenido</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Apoyar</translation>
    </message>
    <message>
        <source>&amp;Oppose</source>
        <translation>&amp;Oponerse</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Modificar</translation>
    </message>
    <message>
        <source>&amp;Clear stance</source>
        <translation>&amp;Borrar la posición</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>Marcar como &amp;revisado</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>&amp;Acordado</translation>
    </message>
    <message>
        <source>Agreed ad &amp;ref</source>
        <translation>Acordado ad &amp;referéndum</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Pendiente</translation>
    </message>
    <message>
        <source>In&amp;formals</source>
        <translation>Consultas &amp;oficiosas</translation>
    </message>
    <message>
        <source>&amp;Bracketed</source>
        <translation>Entre &amp;corchetes</translation>
    </message>
    <message>
        <source>&amp;Deleted</source>
        <translation>Su&amp;primido</translation>
    </message>
    <message>
        <source>&amp;No room status</source>
        <translation>Sin estado en la s&amp;ala</translation>
    </message>
    <message>
        <source>Record room status at a &amp;time…</source>
        <translation>Registrar el estado a una &amp;hora…</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;instruction</source>
        <translation>&amp;Instrucción de la capital</translation>
    </message>
    <message>
        <source>New pr&amp;oposal…</source>
        <translation>Nueva pr&amp;opuesta…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Punto &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Punto &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;undecided item</source>
        <translation>Siguiente &amp;punto sin decidir</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Volver a la &amp;lista</translation>
    </message>
    <message>
        <source>Item &amp;text (select and copy)</source>
        <translation>&amp;Texto del punto (seleccionar y copiar)</translation>
    </message>
    <message>
        <source>&amp;Documents and sections</source>
        <translation>&amp;Documentos y secciones</translation>
    </message>
    <message>
        <source>Only &amp;undecided items</source>
        <translation>Solo puntos sin &amp;decidir</translation>
    </message>
    <message>
        <source>Only d&amp;eviations</source>
        <translation>Solo las d&amp;esviaciones</translation>
    </message>
    <message>
        <source>Room &amp;as of…</source>
        <translation>Sala &amp;al…</translation>
    </message>
    <message>
        <source>&amp;Room, capital and proposals</source>
        <translation>S&amp;ala, capital y propuestas</translation>
    </message>
    <message>
        <source>&amp;Compare documents…</source>
        <translation>&amp;Comparar documentos…</translation>
    </message>
    <message>
        <source>&amp;Links between versions…</source>
        <translation>&amp;Vínculos entre versiones…</translation>
    </message>
    <message>
        <source>Carry positions to the &amp;new version…</source>
        <translation>Trasladar posiciones a la &amp;nueva versión…</translation>
    </message>
    <message>
        <source>&amp;Delegations…</source>
        <translation>D&amp;elegaciones…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>E&amp;quipo…</translation>
    </message>
    <message>
        <source>Only team disa&amp;greements</source>
        <translation>Solo los desacuerdos del equipo (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About CyberTrack</source>
        <translation>Acerca &amp;de CyberTrack</translation>
    </message>
    <message>
        <source>Import the document</source>
        <translation>Importar el documento</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>Dividir el punto</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>Unir al punto anterior</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>Convertir el texto omitido en un punto</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>Renumerar el punto</translation>
    </message>
    <message>
        <source>Next left-out text</source>
        <translation>Siguiente texto omitido</translation>
    </message>
    <message>
        <source>Confirm the link</source>
        <translation>Confirmar el vínculo</translation>
    </message>
    <message>
        <source>Reject the link</source>
        <translation>Rechazar el vínculo</translation>
    </message>
    <message>
        <source>Re-point the link</source>
        <translation>Redirigir el vínculo</translation>
    </message>
    <message>
        <source>Find candidate links</source>
        <translation>Buscar vínculos posibles</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>Vínculo siguiente</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>Vínculo anterior</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>Trasladar las posiciones marcadas</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <source>Back to the comparison list</source>
        <translation>Volver a la lista de comparación</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>Editar la propuesta</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>Retirar o restablecer la propuesta</translation>
    </message>
    <message>
        <source>Merge the pack</source>
        <translation>Fusionar el paquete</translation>
    </message>
    <message>
        <source>Link to the candidate</source>
        <translation>Vincular con el candidato</translation>
    </message>
    <message>
        <source>Not this paragraph</source>
        <translation>No es este párrafo</translation>
    </message>
    <message>
        <source>They support</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <source>They oppose</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <source>They want it amended</source>
        <translation>Pide una enmienda</translation>
    </message>
    <message>
        <source>Clear their stance</source>
        <translation>Borrar su posición</translation>
    </message>
    <message>
        <source>Add the participants</source>
        <translation>Añadir los participantes</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>Añadir una delegación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>&amp;Posición</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>S&amp;ala</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Links between versions</source>
        <translation>Vínculos entre versiones</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Position pack</source>
        <translation>Paquete de posiciones</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The workspace file is damaged (%1). Use File &gt; Restore from backup… to go back to a good backup; the current state is backed up first.</source>
        <translation>El archivo del espacio de trabajo está dañado (%1). Use Archivo &gt; Restaurar copia de seguridad… para volver a una copia de seguridad válida; antes se hace una copia de seguridad del estado actual.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Error en la copia de seguridad automática: %1</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry positions to the new version</source>
        <translation>Trasladar las posiciones a la nueva versión</translation>
    </message>
    <message>
        <source>Positions that can be carried</source>
        <translation>Posiciones que se pueden trasladar</translation>
    </message>
    <message>
        <source>Nothing to carry: no item with a position in the earlier version is linked to this one. Check the links between the versions (Ctrl+L).</source>
        <translation>Nada que trasladar: ningún punto con posición en la versión anterior está vinculado a esta. Revise los vínculos entre las versiones (Ctrl+L).</translation>
    </message>
    <message>
        <source>What changed in the text since you decided</source>
        <translation>Qué cambió en el texto desde su decisión</translation>
    </message>
    <message>
        <source>Dropped items</source>
        <translation>Puntos suprimidos</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Puntos nuevos</translation>
    </message>
    <message>
        <source>No item was dropped.</source>
        <translation>No se suprimió ningún punto.</translation>
    </message>
    <message>
        <source>No item is new.</source>
        <translation>Ningún punto es nuevo.</translation>
    </message>
    <message>
        <source>Dropped from the new version:</source>
        <translation>Suprimidos en la nueva versión:</translation>
    </message>
    <message>
        <source>New in this version (no position yet):</source>
        <translation>Nuevos en esta versión (aún sin posición):</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 positions to review, %4 with changed text.</source>
        <translation>De %1 a %2: %3 posiciones por revisar, %4 con texto modificado.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a row · Ctrl+Enter carries the ticked rows</source>
        <translation>Space: marcar o desmarcar una fila · Ctrl+Enter: trasladar las filas marcadas</translation>
    </message>
    <message>
        <source>&amp;Carry ticked positions</source>
        <translation>&amp;Trasladar las posiciones marcadas</translation>
    </message>
    <message>
        <source>Carry the ticked positions</source>
        <translation>Trasladar las posiciones marcadas</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Traslado</translation>
    </message>
</context>
<context>
    <name>CarryPrompt</name>
    <message>
        <source>Carry-over</source>
        <translation>Traslado de posiciones</translation>
    </message>
    <message>
        <source>Carry-over message</source>
        <translation>Mensaje sobre el traslado</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>View ▸ Carry positions (Ctrl+Shift+V) opens the review later</source>
        <translation>Ver ▸ Trasladar posiciones (Ctrl+Mayús+V) abre la revisión más tarde</translation>
    </message>
    <message>
        <source>%1 looks like a new version of %2. %3 of your positions there can be carried over; %4 of them onto a text that has changed.</source>
        <translation>%1 parece una nueva versión de %2. Se pueden trasladar %3 de sus posiciones; %4 de ellas a un texto que ha cambiado.</translation>
    </message>
    <message>
        <source>&amp;Review carrying %1 positions… (Ctrl+Shift+V)</source>
        <translation>&amp;Revisar el traslado de %1 posiciones… (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Review the carry-over</source>
        <translation>Revisar el traslado</translation>
    </message>
    <message>
        <source>Opens the list of positions to carry, each ticked or not</source>
        <translation>Abre la lista de posiciones que trasladar, cada una marcada o no</translation>
    </message>
    <message>
        <source>&amp;Show the %1 to recheck</source>
        <translation>&amp;Mostrar las %1 que revisar de nuevo</translation>
    </message>
    <message>
        <source>Show the positions to recheck</source>
        <translation>Mostrar las posiciones que revisar de nuevo</translation>
    </message>
    <message>
        <source>Filters the list to the carried positions whose text changed</source>
        <translation>Filtra la lista a las posiciones trasladadas cuyo texto cambió</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CarryTableModel</name>
    <message>
        <source>Carry</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Our position</source>
        <translation>Nuestra posición</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>text changed since you decided</source>
        <translation>el texto cambió desde su decisión</translation>
    </message>
    <message>
        <source>merged with another decided item: choose one</source>
        <translation>fusionado con otro punto decidido: elija uno</translation>
    </message>
    <message>
        <source>already decided in the new version</source>
        <translation>ya decidido en la nueva versión</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>mismo texto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare documents</source>
        <translation>Comparar documentos</translation>
    </message>
    <message>
        <source>Linked items across documents</source>
        <translation>Puntos vinculados entre documentos</translation>
    </message>
    <message>
        <source>No item to compare with these filters. Clear a filter (Alt+1…4), or link the versions first (View ▸ Links between versions, Ctrl+L).</source>
        <translation>Ningún punto que comparar con estos filtros. Quite un filtro (Alt+1…4) o vincule primero las versiones (Ver ▸ Vínculos entre versiones, Ctrl+L).</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Mostrar solo:</translation>
    </message>
    <message>
        <source>&amp;1 Stance changed</source>
        <translation>&amp;1 Posición cambiada</translation>
    </message>
    <message>
        <source>&amp;2 Text changed</source>
        <translation>&amp;2 Texto cambiado</translation>
    </message>
    <message>
        <source>&amp;3 New</source>
        <translation>&amp;3 Nuevos</translation>
    </message>
    <message>
        <source>&amp;4 Dropped</source>
        <translation>&amp;4 Suprimidos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export as Word or Excel (Ctrl+E)</source>
        <translation>Exportar como Word o Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>Texto en %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <source>Not in this version.</source>
        <translation>No figura en esta versión.</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Documento de Word (*.docx);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>— dropped</source>
        <translation>— suprimido</translation>
    </message>
    <message>
        <source>— not in this version</source>
        <translation>— no figura en esta versión</translation>
    </message>
    <message>
        <source>stance changed</source>
        <translation>posición cambiada</translation>
    </message>
    <message>
        <source>text changed</source>
        <translation>texto cambiado</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <source>Reports of the negotiation day</source>
        <translation>Documentos de la jornada de negociación</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Report to capital (internal)</source>
        <translation>Informe a la capital (interno)</translation>
    </message>
    <message>
        <source>Status table</source>
        <translation>Tabla de situación</translation>
    </message>
    <message>
        <source>Day reported</source>
        <translation>Día del informe</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>Sala al</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>The document shown</source>
        <translation>El documento mostrado</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Shareable (no room notes)</source>
        <translation>Compartible (sin notas de sala)</translation>
    </message>
    <message>
        <source>Internal (with room notes)</source>
        <translation>Interno (con notas de sala)</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Word file to write</source>
        <translation>Archivo Word que se escribirá</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the Word file to write</source>
        <translation>Elegir el archivo Word que se escribirá</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Room &amp;as of:</source>
        <translation>Sala &amp;al:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>D&amp;ocumentos:</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;erfil:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Write the Word file</source>
        <translation>Escribir el archivo Word</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 paragraphs).</source>
        <translation>Escrito: %1 (%2 párrafos).</translation>
    </message>
</context>
<context>
    <name>DelegationMatrixModel</name>
    <message>
        <source>With us / against</source>
        <translation>Con nosotros / en contra</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegations — %1</source>
        <translation>Delegaciones — %1</translation>
    </message>
    <message>
        <source>e.g. statement of 28 July, informals</source>
        <translation>p. ej., declaración del 28 de julio, consultas oficiosas</translation>
    </message>
    <message>
        <source>Source of the stances you record</source>
        <translation>Fuente de las posiciones que registra</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Stances of delegations on each item</source>
        <translation>Posiciones de las delegaciones sobre cada punto</translation>
    </message>
    <message>
        <source>No other delegation yet. Add this document&apos;s participants (Ctrl+P) or a delegation by name (Ctrl+N), then record what each said with 1, 2, 3 or 0.</source>
        <translation>Aún no hay otras delegaciones. Añada los participantes de este documento (Ctrl+P) o una delegación por su nombre (Ctrl+N) y anote lo que dijo cada una con 1, 2, 3 o 0.</translation>
    </message>
    <message>
        <source>Who is with us and who is against on this item</source>
        <translation>Quién está con nosotros y quién en contra en este punto</translation>
    </message>
    <message>
        <source>1 support · 2 oppose · 3 amend · 0 clear, for the selected cells · green: with us, red: against, amber: partly</source>
        <translation>1 apoyar · 2 oponerse · 3 modificar · 0 borrar, en las celdas seleccionadas · verde: con nosotros, rojo: en contra, ámbar: en parte</translation>
    </message>
    <message>
        <source>Add the &amp;participants</source>
        <translation>Añadir los &amp;participantes</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants (Ctrl+P)</source>
        <translation>Añadir los participantes de este documento (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Add delegation…</source>
        <translation>Añadir &amp;delegación…</translation>
    </message>
    <message>
        <source>Add a delegation or group by name (Ctrl+N)</source>
        <translation>Añadir una delegación o un grupo por su nombre (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add this document&apos;s participants</source>
        <translation>Añadir los participantes de este documento</translation>
    </message>
    <message>
        <source>Add a delegation</source>
        <translation>Añadir una delegación</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>This document lists no participants. Add delegations by name with Add delegation (Ctrl+N).</source>
        <translation>Este documento no enumera participantes. Añada delegaciones por su nombre con Añadir delegación (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 delegations added from the participants; %2 were already listed.</source>
        <translation>%1 delegaciones añadidas a partir de los participantes; %2 ya figuraban en la lista.</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Añadir delegación</translation>
    </message>
    <message>
        <source>Delegation or group (e.g. European Union):</source>
        <translation>Delegación o grupo (p. ej., Unión Europea):</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Item details</source>
        <translation>Detalles del punto</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto del punto</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear stance</source>
        <translation>Borrar la posición</translation>
    </message>
    <message>
        <source>Internal: never in a shareable paper</source>
        <translation>Interna: nunca en un documento para compartir</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Your delegation&apos;s rationale; never in a shareable paper</source>
        <translation>Justificación de su delegación; nunca en un documento para compartir</translation>
    </message>
    <message>
        <source>Proposed amendment</source>
        <translation>Enmienda propuesta</translation>
    </message>
    <message>
        <source>The wording you propose; the changes are shown below</source>
        <translation>La redacción que propone; los cambios se muestran abajo</translation>
    </message>
    <message>
        <source>Public: printed in position papers</source>
        <translation>Pública: se imprime en los documentos de posición</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Justificación pública</translation>
    </message>
    <message>
        <source>The reason a shareable position paper gives</source>
        <translation>La justificación que figura en un documento de posición para compartir</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Selected items</source>
        <translation>Puntos seleccionados</translation>
    </message>
    <message>
        <source>Carried position</source>
        <translation>Posición trasladada</translation>
    </message>
    <message>
        <source>Mark as &amp;checked</source>
        <translation>Marcar como &amp;revisado</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>The changed text has been looked at (Ctrl+K)</source>
        <translation>Se ha examinado el texto modificado (Ctrl+K)</translation>
    </message>
    <message>
        <source>Read-only; select with Shift and the arrow keys, copy with Ctrl+C</source>
        <translation>Solo lectura; seleccione con Mayús y las flechas, copie con Ctrl+C</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Línea roja</translation>
    </message>
    <message>
        <source>Normal, priority or red line</source>
        <translation>Normal, prioridad o línea roja</translation>
    </message>
    <message>
        <source>Ctrl+M amends from the original wording</source>
        <translation>Ctrl+M: enmendar a partir de la redacción original</translation>
    </message>
    <message>
        <source>Amendment redline</source>
        <translation>Enmienda con control de cambios</translation>
    </message>
    <message>
        <source>Colleagues&apos; positions</source>
        <translation>Posiciones de los colegas</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioridad</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <source>Public &amp;reason</source>
        <translation>&amp;Justificación pública</translation>
    </message>
    <message>
        <source>&amp;Amendment</source>
        <translation>En&amp;mienda</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>No colleague has a position here.</source>
        <translation>Ningún colega tiene una posición aquí.</translation>
    </message>
    <message>
        <source>The team disagrees on this item.</source>
        <translation>El equipo no está de acuerdo en este punto.</translation>
    </message>
    <message>
        <source>capital: %1</source>
        <translation>capital: %1</translation>
    </message>
    <message>
        <source>room: %1</source>
        <translation>sala: %1</translation>
    </message>
    <message>
        <source>proposals by %1</source>
        <translation>propuestas de %1</translation>
    </message>
    <message>
        <source>No change from the original yet.</source>
        <translation>Aún no hay cambios respecto del original.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 items selected: %2. A stance key sets all of them.</source>
        <translation>%1 puntos seleccionados: %2. Una tecla de posición los fija todos.</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Ningún punto seleccionado</translation>
    </message>
    <message>
        <source>Carried from %1; the text has changed since: recheck it.</source>
        <translation>Trasladada desde %1; el texto ha cambiado desde entonces: revísela de nuevo.</translation>
    </message>
    <message>
        <source>Carried from an earlier version; the text has changed: recheck it.</source>
        <translation>Trasladada desde una versión anterior; el texto ha cambiado: revísela de nuevo.</translation>
    </message>
    <message>
        <source>Carried from %1.</source>
        <translation>Trasladada desde %1.</translation>
    </message>
    <message>
        <source>Choose an item in the list to read it and set a stance.</source>
        <translation>Elija un punto de la lista para leerlo y fijar una posición.</translation>
    </message>
</context>
<context>
    <name>DocumentVersionList</name>
    <message>
        <source>Documents to export</source>
        <translation>Documentos que exportar</translation>
    </message>
    <message>
        <source>Tick the documents whose items the paper covers; the latest version of each text is ticked</source>
        <translation>Marque los documentos cuyos párrafos abarca el documento; la última versión de cada texto está marcada</translation>
    </message>
    <message>
        <source>latest of %1 versions</source>
        <translation>la última de %1 versiones</translation>
    </message>
    <message>
        <source>earlier version (the latest is [%1] %2)</source>
        <translation>versión anterior (la última es [%1] %2)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Draft report</source>
        <translation>Proyecto de informe</translation>
    </message>
    <message>
        <source>Draft resolution</source>
        <translation>Proyecto de resolución</translation>
    </message>
    <message>
        <source>Draft decision</source>
        <translation>Proyecto de decisión</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adición</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note by the Secretariat</source>
        <translation>Nota de la Secretaría</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Tratado</translation>
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
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Position paper</source>
        <translation>Documento de posición</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Nota informativa</translation>
    </message>
    <message>
        <source>Internal dossier</source>
        <translation>Expediente interno</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Shareable — for other delegations</source>
        <translation>Para compartir — con otras delegaciones</translation>
    </message>
    <message>
        <source>Internal — our delegation only</source>
        <translation>Interno — solo nuestra delegación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Como en el documento</translation>
    </message>
    <message>
        <source>Grouped by stance</source>
        <translation>Agrupados por posición</translation>
    </message>
    <message>
        <source>Red lines and priorities first</source>
        <translation>Primero líneas rojas y prioridades</translation>
    </message>
    <message>
        <source>List undecided paragraphs as under &amp;consideration</source>
        <translation>Incluir los párrafos sin posición como en e&amp;xamen</translation>
    </message>
    <message>
        <source>List undecided paragraphs</source>
        <translation>Incluir los párrafos sin posición</translation>
    </message>
    <message>
        <source>A shareable paper leaves out paragraphs without a position; tick to name them as under consideration</source>
        <translation>Un documento para distribución omite los párrafos sin posición; marque la casilla para mencionarlos como en examen</translation>
    </message>
    <message>
        <source>Show amendments as Word &amp;tracked changes</source>
        <translation>Mostrar las enmiendas como control de &amp;cambios de Word</translation>
    </message>
    <message>
        <source>Amendments as tracked changes</source>
        <translation>Enmiendas como control de cambios</translation>
    </message>
    <message>
        <source>Proposed wording appears as Word revisions the reader can accept or reject</source>
        <translation>La redacción propuesta aparece como revisiones de Word que el lector puede aceptar o rechazar</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>The delegation named as the author of the paper</source>
        <translation>La delegación que figura como autora del documento</translation>
    </message>
    <message>
        <source>CyberTrack&apos;s default template</source>
        <translation>Plantilla predeterminada de CyberTrack</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>A .docx or .dotx whose styles the paper uses; empty for the default</source>
        <translation>Un archivo .docx o .dotx cuyos estilos usa el documento; vacío para el predeterminado</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>Where the Word file is written</source>
        <translation>Dónde se guarda el archivo de Word</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Abrir el archivo al terminar</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Abrir al terminar</translation>
    </message>
    <message>
        <source>Open the written file in the word processor</source>
        <translation>Abrir el archivo guardado en el procesador de textos</translation>
    </message>
    <message>
        <source>What will be included</source>
        <translation>Qué se incluirá</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Write the Word file now</source>
        <translation>Guardar ahora el archivo de Word</translation>
    </message>
    <message>
        <source>Close this dialog without exporting</source>
        <translation>Cerrar este cuadro de diálogo sin exportar</translation>
    </message>
    <message>
        <source>Choose the %1 of the paper</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Opens a file chooser</source>
        <translation>Abre un selector de archivos</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <source>P&amp;rofile</source>
        <translation>Pe&amp;rfil</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Or&amp;der</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegación</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umentos</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Pla&amp;ntilla</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Elegir una plantilla</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <source>item texts</source>
        <translation>textos de los puntos</translation>
    </message>
    <message>
        <source>stances</source>
        <translation>posiciones</translation>
    </message>
    <message>
        <source>public reasons</source>
        <translation>justificaciones públicas</translation>
    </message>
    <message>
        <source>proposed wording as tracked changes</source>
        <translation>redacción propuesta como control de cambios</translation>
    </message>
    <message>
        <source>proposed wording as clean text</source>
        <translation>redacción propuesta como texto limpio</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>notas internas</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>prioridades</translation>
    </message>
    <message>
        <source>author initials</source>
        <translation>iniciales del autor</translation>
    </message>
    <message>
        <source>undecided paragraphs</source>
        <translation>párrafos sin posición</translation>
    </message>
    <message>
        <source>undecided paragraphs, as under consideration</source>
        <translation>párrafos sin posición, como en examen</translation>
    </message>
    <message>
        <source>stance history</source>
        <translation>historial de posiciones</translation>
    </message>
    <message>
        <source>Included: %1.</source>
        <translation>Se incluye: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Se excluye: %1.</translation>
    </message>
    <message>
        <source>The file&apos;s author is the delegation, not you.</source>
        <translation>El autor del archivo es la delegación, no usted.</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Elegir una plantilla de Word</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documentos y plantillas de Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>choose at least one document</source>
        <translation>elija al menos un documento</translation>
    </message>
    <message>
        <source>Writing %1 items to %2…</source>
        <translation>Escribiendo %1 puntos en %2…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>Se guardó %1 (%2 puntos).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Export position pack</source>
        <translation>Exportar un paquete de posiciones</translation>
    </message>
    <message>
        <source>My positions (%1)</source>
        <translation>Mis posiciones (%1)</translation>
    </message>
    <message>
        <source>The whole team&apos;s positions</source>
        <translation>Las posiciones de todo el equipo</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>Solo los cambios desde</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>Optional: seal the pack for email</source>
        <translation>Opcional: sellar el paquete para enviarlo por correo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña (otra vez)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in items (Ctrl+F)</source>
        <translation>Buscar en los puntos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in items</source>
        <translation>Buscar en los puntos</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>Search the item text, your own notes and wording, or both (Ctrl+Shift+F)</source>
        <translation>Buscar en el texto de los puntos, en sus notas y redacción, o en ambos (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Search in (Ctrl+Shift+F changes it)</source>
        <translation>Buscar en (Ctrl+Mayús+F lo cambia)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todo</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto de los puntos</translation>
    </message>
    <message>
        <source>My notes and wording</source>
        <translation>Mis notas y redacción</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>Filtrar por posición</translation>
    </message>
    <message>
        <source>Show only items with this stance, or undecided</source>
        <translation>Mostrar solo los puntos con esta posición o sin decidir</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Cualquier posición</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>Filtrar por sección</translation>
    </message>
    <message>
        <source>Show only the items of one section</source>
        <translation>Mostrar solo los puntos de una sección</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Only items with an amendment</source>
        <translation>Solo puntos con enmienda</translation>
    </message>
    <message>
        <source>Only items with proposed amendment wording</source>
        <translation>Solo puntos con redacción de enmienda propuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Only items with a note</source>
        <translation>Solo puntos con nota</translation>
    </message>
    <message>
        <source>Only items with an internal note</source>
        <translation>Solo puntos con nota interna</translation>
    </message>
    <message>
        <source>Recheck</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Only items to recheck</source>
        <translation>Solo los puntos que revisar de nuevo</translation>
    </message>
    <message>
        <source>Only positions carried onto a text that changed, not yet looked at again</source>
        <translation>Solo las posiciones trasladadas a un texto modificado, aún no revisadas de nuevo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Only items where the team disagrees</source>
        <translation>Solo los puntos en los que el equipo no está de acuerdo</translation>
    </message>
    <message>
        <source>Only items where colleagues hold different stances</source>
        <translation>Solo los puntos en los que los colegas tienen posiciones distintas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every item again (Ctrl+Shift+L)</source>
        <translation>Volver a mostrar todos los puntos (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>CyberTrack user guide</source>
        <translation>Guía del usuario de CyberTrack</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Our stance: %1 → %2</source>
        <translation>Nuestra posición: %1 → %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Room: %1 → %2</source>
        <translation>Sala: %1 → %2</translation>
    </message>
    <message>
        <source>Capital: %1 → %2</source>
        <translation>Capital: %1 → %2</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording edited</source>
        <translation>Redacción alternativa de la capital modificada</translation>
    </message>
    <message>
        <source>Capital&apos;s note edited</source>
        <translation>Nota de la capital modificada</translation>
    </message>
    <message>
        <source>Proposal by %1 recorded</source>
        <translation>Propuesta de %1 registrada</translation>
    </message>
    <message>
        <source>Proposal by %1 edited</source>
        <translation>Propuesta de %1 editada</translation>
    </message>
    <message>
        <source>Proposal by %1 withdrawn</source>
        <translation>Propuesta de %1 retirada</translation>
    </message>
    <message>
        <source>Proposal by %1 reinstated</source>
        <translation>Propuesta de %1 restablecida</translation>
    </message>
    <message>
        <source>Proposal by %1 removed</source>
        <translation>Propuesta de %1 eliminada</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Stance history</source>
        <translation>Historial de posiciones</translation>
    </message>
    <message>
        <source>Every change of stance on this item, with its time</source>
        <translation>Cada cambio de posición en este punto, con su hora</translation>
    </message>
    <message>
        <source>carried from %1</source>
        <translation>trasladada desde %1</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(deshecha el %1)</translation>
    </message>
    <message>
        <source>No stance set yet: press 1, 2 or 3 to decide.</source>
        <translation>Aún no hay posición: pulse 1, 2 o 3 para decidir.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecha: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>e.g. A/80/604/Add.3</source>
        <translation>p. ej., A/80/604/Add.3</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Detalles del documento</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Etiqueta de versión</translation>
    </message>
    <message>
        <source>e.g. Rev.1, or the date of this text</source>
        <translation>p. ej. Rev.1, o la fecha de este texto</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Another document has this name</source>
        <translation>Otro documento tiene este nombre</translation>
    </message>
    <message>
        <source>Version to import</source>
        <translation>Versión que se importa</translation>
    </message>
    <message>
        <source>As proposed (tracked changes accepted)</source>
        <translation>Tal como se propone (cambios controlados aceptados)</translation>
    </message>
    <message>
        <source>Original (tracked changes rejected)</source>
        <translation>Original (cambios controlados rechazados)</translation>
    </message>
    <message>
        <source>Trac&amp;ked changes:</source>
        <translation>Cambios &amp;controlados:</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Advertencias de la importación</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <source>Keep in the &amp;library of precedent (a reference, not a text to negotiate)</source>
        <translation>Guardar en la &amp;biblioteca de precedentes (una referencia, no un texto por negociar)</translation>
    </message>
    <message>
        <source>Library of precedent</source>
        <translation>Biblioteca de precedentes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the ticked items</source>
        <translation>Importar los puntos marcados</translation>
    </message>
    <message>
        <source>Import (Ctrl+Return)</source>
        <translation>Importar (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Found %1 items in %2 (%3). Check them, then import.</source>
        <translation>Se encontraron %1 puntos en %2 (%3). Revíselos y luego impórtelos.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Statements by</source>
        <translation>Intervenciones de</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <source>Already in the workspace: %1. Give this version a label that tells it apart.</source>
        <translation>Ya en el espacio de trabajo: %1. Dé a esta versión una etiqueta que la distinga.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>Importing %1 items…</source>
        <translation>Importando %1 puntos…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The room as of %1</source>
        <translation>La sala al %1</translation>
    </message>
    <message>
        <source>Room (as of)</source>
        <translation>Sala (al)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>tiene nota</translation>
    </message>
    <message>
        <source>has an amendment</source>
        <translation>tiene enmienda</translation>
    </message>
    <message>
        <source>carried onto a changed text: recheck</source>
        <translation>trasladada a un texto modificado: revisar de nuevo</translation>
    </message>
    <message>
        <source>the team disagrees</source>
        <translation>el equipo no está de acuerdo</translation>
    </message>
</context>
<context>
    <name>ItemTableView</name>
    <message>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Numbered items with their stance; 1, 2, 3 or 0 sets it</source>
        <translation>Puntos numerados con su posición; 1, 2, 3 o 0 la fija</translation>
    </message>
    <message>
        <source>Item columns: click to sort</source>
        <translation>Columnas de puntos: haga clic para ordenar</translation>
    </message>
</context>
<context>
    <name>ItemsPane</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>%1 selected ·</source>
        <translation>%1 seleccionados ·</translation>
    </message>
    <message>
        <source>Import a document or drop it here (Ctrl+I) to start deciding.</source>
        <translation>Importe un documento o suéltelo aquí (Ctrl+I) para empezar a decidir.</translation>
    </message>
    <message>
        <source>No item matches these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>Ningún punto coincide con estos filtros.
Quítelos con Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 ·</source>
        <translation>Se muestran %1 de %2 ·</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Links from %1 to %2</source>
        <translation>Vínculos de %1 a %2</translation>
    </message>
    <message>
        <source>Candidate links</source>
        <translation>Vínculos candidatos</translation>
    </message>
    <message>
        <source>No links between these versions yet. Press F to find candidate links.</source>
        <translation>Aún no hay vínculos entre estas versiones. Pulse F para buscar vínculos posibles.</translation>
    </message>
    <message>
        <source>The two texts, differences marked</source>
        <translation>Los dos textos, con las diferencias marcadas</translation>
    </message>
    <message>
        <source>C confirm · R reject · P re-point to another item · F find candidate links · J/K next/previous</source>
        <translation>C confirmar · R rechazar · P reasignar a otro punto · F buscar vínculos candidatos · J/K siguiente/anterior</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>Reasignar vínculo</translation>
    </message>
    <message>
        <source>The old item is the same as:</source>
        <translation>El punto anterior equivale a:</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>por verificar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last time, in %1 %2: %3</source>
        <translation>La última vez, en %1 %2: %3</translation>
    </message>
    <message>
        <source>text changed since</source>
        <translation>el texto cambió desde entonces</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Import a second version of a text first (File ▸ Import, Ctrl+I).</source>
        <translation>Importe primero una segunda versión de un texto (Archivo ▸ Importar, Ctrl+I).</translation>
    </message>
    <message>
        <source>Linking the two versions…</source>
        <translation>Vinculando las dos versiones…</translation>
    </message>
    <message>
        <source>Export stance sheet</source>
        <translation>Exportar hoja de posiciones</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items).</source>
        <translation>Se guardó %1 (%2 puntos).</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>Importar hoja de posiciones</translation>
    </message>
    <message>
        <source>About CyberTrack</source>
        <translation>Acerca de CyberTrack</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;Your delegation&apos;s stance on every item of a negotiation text, offline.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CyberTrack %1&lt;/h3&gt;&lt;p&gt;La posición de su delegación sobre cada punto de un texto de negociación, sin conexión.&lt;/p&gt;&lt;p&gt;Licencia: MIT. Creado con Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>Puntos mostrados</translation>
    </message>
    <message>
        <source>Documents (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;All files (*)</source>
        <translation>Documentos (*.docx *.pdf *.odt *.rtf *.html *.htm *.doc *.eml *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>The toolbar&apos;s buttons that do not fit</source>
        <translation>Los botones de la barra de herramientas que no caben</translation>
    </message>
    <message>
        <source>Items selected</source>
        <translation>Puntos seleccionados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every item shown has a stance.</source>
        <translation>Todos los puntos mostrados tienen posición.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>CyberTrack — %1</source>
        <translation>CyberTrack — %1</translation>
    </message>
    <message>
        <source>Import a document to begin</source>
        <translation>Importe un documento para empezar</translation>
    </message>
    <message>
        <source>Writing the change…</source>
        <translation>Guardando el cambio…</translation>
    </message>
    <message>
        <source>Read-only: this workspace file cannot be written (a read-only file, folder or disk). You can read and export; changes are refused.</source>
        <translation>Solo lectura: no se puede escribir en este archivo del espacio de trabajo (archivo, carpeta o disco de solo lectura). Puede consultar y exportar; no se admiten cambios.</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Espacio de trabajo de solo lectura</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} contains no numbered paragraphs or recommendations</source>
        <translation>{name} no contiene párrafos numerados ni recomendaciones</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not a document</source>
        <translation>{path} es una carpeta, no un documento</translation>
    </message>
    <message>
        <source>{name} is too large to be a meeting document ({size} MB)</source>
        <translation>{name} es demasiado grande para ser un documento de sesión ({size} MB)</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in text form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} es demasiado grande para un documento de sesión en formato de texto ({size} MB; el límite es de {limit} MB)</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>no se puede leer {path} (permiso denegado)</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a real {kind} file (its content is of another kind)</source>
        <translation>{name} no es realmente un archivo {kind} (su contenido es de otro tipo)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file; save it as .docx in Word</source>
        <translation>{name} es un archivo binario antiguo de Word (.doc); guárdelo como .docx en Word</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, a presentation or another kind of archive, not a Word (.docx) or OpenDocument (.odt) text</source>
        <translation>{name} es una hoja de cálculo, una presentación u otro tipo de archivo comprimido, no un texto de Word (.docx) ni OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>{name} is an e-mail whose text is empty; the documents attached to it ({files}) are not read from it: save them and import each</source>
        <translation>{name} es un correo electrónico cuyo texto está vacío; los documentos adjuntos ({files}) no se leen desde él: guárdelos e importe cada uno</translation>
    </message>
    <message>
        <source>the e-mail&apos;s text is imported; the documents attached to it ({files}) are not: save them and import each</source>
        <translation>se importa el texto del correo electrónico; los documentos adjuntos ({files}) no: guárdelos e importe cada uno</translation>
    </message>
    <message>
        <source>the text of {name} holds no numbered paragraphs: the document attached to it, {file}, is imported</source>
        <translation>el texto de {name} no contiene párrafos numerados: se importa el documento adjunto, {file}</translation>
    </message>
    <message>
        <source>{name} is an Outlook message, not a document: save the document it carries (or its text) and import that</source>
        <translation>{name} es un mensaje de Outlook, no un documento: guarde el documento que contiene (o su texto) e impórtelo</translation>
    </message>
    <message>
        <source>{name} is an Excel or PowerPoint file (or another old Office file), not a Word document</source>
        <translation>{name} es un archivo de Excel o PowerPoint (u otro archivo antiguo de Office), no un documento de Word</translation>
    </message>
    <message>
        <source>{name} is not a document CyberTrack can read (binary content)</source>
        <translation>{name} no es un documento que CyberTrack pueda leer (contenido binario)</translation>
    </message>
    <message>
        <source>{name} is not valid text (unknown character encoding)</source>
        <translation>{name} no es un texto válido (codificación de caracteres desconocida)</translation>
    </message>
    <message>
        <source>{name} is not in Unicode: it was read as {encoding}; check that its letters look right</source>
        <translation>{name} no está en Unicode: se leyó como {encoding}; compruebe que sus letras se ven bien</translation>
    </message>
    <message>
        <source>{name}: {kind} files are not supported</source>
        <translation>{name}: no se admiten archivos {kind}</translation>
    </message>
    <message>
        <source>{name} could not be read as {kind} ({reason})</source>
        <translation>no se pudo leer {name} como archivo {kind} ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (damaged or not .docx)</source>
        <translation>{name} no es un archivo de Word legible (está dañado o no es .docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document ({reason})</source>
        <translation>{name} no es un documento de Word ({reason})</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (its XML cannot be read)</source>
        <translation>{name} es un archivo de Word dañado (no se puede leer su XML)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file: its part {part} is missing</source>
        <translation>{name} es un archivo de Word dañado: falta su parte {part}</translation>
    </message>
    <message>
        <source>{name} is password-protected; remove the password in Word and import it again</source>
        <translation>{name} está protegido con contraseña; quite la contraseña en Word y vuelva a importarlo</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its zip container is damaged)</source>
        <translation>{name} no es un archivo de Word legible (su contenedor zip está dañado)</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (a part cannot be unpacked)</source>
        <translation>{name} es un archivo de Word dañado (no se puede descomprimir una de sus partes)</translation>
    </message>
    <message>
        <source>{name} is refused: it holds {count} parts, far more than any document</source>
        <translation>{name} se rechaza: contiene {count} partes, muchas más que cualquier documento</translation>
    </message>
    <message>
        <source>{name} is refused: it would unpack to {size} MB, which only a zip bomb does</source>
        <translation>{name} se rechaza: al descomprimirse ocuparía {size} MB, algo propio de una bomba zip</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} expands {ratio} times, which only a zip bomb does</source>
        <translation>{name} se rechaza: su parte {part} se expande {ratio} veces al descomprimirse, algo propio de una bomba zip</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} declares XML entities (DOCTYPE/ENTITY), which Word never writes and attacks use</source>
        <translation>{name} se rechaza: su parte {part} declara entidades XML (DOCTYPE/ENTITY), que Word nunca escribe y que se usan en ataques</translation>
    </message>
    <message>
        <source>{name} is not a readable OpenDocument text (.odt) file (damaged)</source>
        <translation>{name} no es un archivo de texto OpenDocument (.odt) legible (está dañado)</translation>
    </message>
    <message>
        <source>{name} is a damaged OpenDocument text file: its part {part} is missing</source>
        <translation>{name} es un archivo de texto OpenDocument dañado: falta su parte {part}</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy in LibreOffice</source>
        <translation>{name} está protegido con contraseña; guarde una copia sin protección en LibreOffice</translation>
    </message>
    <message>
        <source>{name} is not a readable RTF file ({reason})</source>
        <translation>{name} no es un archivo RTF legible ({reason})</translation>
    </message>
    <message>
        <source>{name} is refused: it declares entities (&lt;!ENTITY&gt;), which web pages never need</source>
        <translation>{name} se rechaza: declara entidades (&lt;!ENTITY&gt;), que una página web nunca necesita</translation>
    </message>
    <message>
        <source>{name} is too large for a meeting document in {kind} form ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} es demasiado grande para un documento de sesión en formato {kind} ({size} MB; el límite es de {limit} MB)</translation>
    </message>
    <message>
        <source>{name} is an old binary Word (.doc) file and LibreOffice could not convert it ({reason}); save it as .docx in Word</source>
        <translation>{name} es un archivo binario antiguo de Word (.doc) que LibreOffice no pudo convertir ({reason}); guárdelo como .docx en Word</translation>
    </message>
    <message>
        <source>{name} is password-protected; save an unprotected copy</source>
        <translation>{name} está protegido con contraseña; guarde una copia sin protección</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or truncated)</source>
        <translation>{name} no es un PDF legible (está dañado o truncado)</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (a page cannot be read)</source>
        <translation>{name} es un PDF dañado (no se puede leer una página)</translation>
    </message>
    <message>
        <source>{name} has no text layer (a scanned image?); ask for the Word or text version</source>
        <translation>{name} no tiene capa de texto (¿una imagen escaneada?); solicite la versión en Word o en texto</translation>
    </message>
    <message>
        <source>{name} is refused: its compressed streams would expand past {limit} MB, which only a compression bomb does</source>
        <translation>{name} se rechaza: sus flujos comprimidos ocuparían más de {limit} MB al descomprimirse, algo que solo hace una bomba de descompresión</translation>
    </message>
    <message>
        <source>the text of page(s) {pages} does not read as words (a font that maps its characters wrongly?): compare those pages with the printed document</source>
        <translation>el texto de la(s) página(s) {pages} no se lee como palabras (¿una fuente que asigna mal sus caracteres?): compare esas páginas con el documento impreso</translation>
    </message>
    <message>
        <source>no text on page(s) {pages}, only images (a scan, a map or a chart?): what they show is not imported</source>
        <translation>ningún texto en la(s) página(s) {pages}, solo imágenes (¿un escaneo, un mapa o un gráfico?): lo que muestran no se importa</translation>
    </message>
    <message>
        <source>large pictures in the Word file ({n}, the first {where}): a scan, a map or a chart? What they show is not imported</source>
        <translation>imágenes grandes en el archivo Word ({n}, la primera {where}): ¿un escaneo, un mapa o un gráfico? Lo que muestran no se importa</translation>
    </message>
    <message>
        <source>hidden text in the Word file ({chars} characters, the first {excerpt!q}): Word does not show it, so it is not imported</source>
        <translation>texto oculto en el archivo de Word ({chars} caracteres, el primero {excerpt!q}): Word no lo muestra, por lo que no se importa</translation>
    </message>
    <message>
        <source>{n} {n|comment|comments} in the margin of the {kind} file (the first {excerpt!q}): comments are not imported; read them in the file</source>
        <translation>{n} {n|comentario|comentarios} en el margen del archivo {kind} (el primero {excerpt!q}): los comentarios no se importan; léalos en el archivo</translation>
    </message>
    <message>
        <source>text struck through in {n} {n|paragraph|paragraphs} of the Word file (the first {excerpt!q}): a deletion proposed by formatting, not a tracked change? It is kept in the items as if it stood: read them against the document</source>
        <translation>texto tachado en {n} {n|párrafo|párrafos} del archivo de Word (el primero {excerpt!q}): ¿una supresión propuesta mediante el formato y no un control de cambios? Se mantiene en los elementos como si siguiera vigente: léalos cotejándolos con el documento</translation>
    </message>
    <message>
        <source>{n} tracked {n|change|changes} in the {kind} file, read as proposed (changes accepted): text proposed for deletion is left out. Import its Word (.docx) version to see each change</source>
        <translation>{n} {n|cambio controlado|cambios controlados} en el archivo {kind}, leído tal como se propone (cambios aceptados): se omite el texto cuya supresión se propone. Importe su versión de Word (.docx) para ver cada cambio</translation>
    </message>
    <message>
        <source>read as the cover page, before the first paragraph or heading ({chars} characters): {excerpt!q}</source>
        <translation>leído como la portada, antes del primer párrafo o título ({chars} caracteres): {excerpt!q}</translation>
    </message>
    <message>
        <source>the text is printed again from {excerpt!q} on, in another language: that copy ({chars} {chars|character|characters}) was not imported</source>
        <translation>el texto se imprime de nuevo a partir de {excerpt!q}, en otro idioma: esa copia ({chars} {chars|carácter|caracteres}) no se importó</translation>
    </message>
    <message>
        <source>after {excerpt!q}</source>
        <translation>después de {excerpt!q}</translation>
    </message>
    <message>
        <source>at the start of the document</source>
        <translation>al principio del documento</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items}</source>
        <translation>se importó {document}: {n} {n|punto|puntos}</translation>
    </message>
    <message>
        <source>imported {document}: {n} {n|item|items} (new version of {symbol})</source>
        <translation>se importó {document}: {n} {n|punto|puntos} (nueva versión de {symbol})</translation>
    </message>
    <message>
        <source>the numbering jumps from {first} to {next}: a paragraph may be missing</source>
        <translation>la numeración salta de {first} a {next}: puede faltar un párrafo</translation>
    </message>
    <message>
        <source>no paragraph carries a printed number: {n} {n|paragraph is|paragraphs are} numbered in reading order</source>
        <translation>ningún párrafo lleva un número impreso: {n} {n|párrafo se numera|párrafos se numeran} en el orden de lectura</translation>
    </message>
    <message>
        <source>{n} {n|item is|items are} numbered as a Markdown viewer shows them: the text repeats the same list number before each</source>
        <translation>{n} {n|elemento está numerado|elementos están numerados} como los muestra un visor de Markdown: el texto repite el mismo número de lista delante de cada uno</translation>
    </message>
    <message>
        <source>read as a meeting record: {n} {n|statement|statements} by {speakers} {speakers|speaker|speakers}, numbered in reading order</source>
        <translation>leído como acta de sesión: {n} {n|intervención|intervenciones} de {speakers} {speakers|orador|oradores}, numeradas en el orden de lectura</translation>
    </message>
    <message>
        <source>{name} is already in the workspace (document {document_id})</source>
        <translation>{name} ya está en el espacio de trabajo (documento {document_id})</translation>
    </message>
    <message>
        <source>added {document} to the library of precedent: {n} {n|paragraph|paragraphs}</source>
        <translation>{document} se añadió a la biblioteca de precedentes: {n} {n|párrafo|párrafos}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <source>under {heading!q}</source>
        <translation>bajo {heading!q}</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>antes del primer título</translation>
    </message>
    <message>
        <source>{missing} missing between {before} and {after} ({where})</source>
        <translation>falta {missing} entre {before} y {after} ({where})</translation>
    </message>
    <message>
        <source>{missing} missing before {first} ({where})</source>
        <translation>falta {missing} antes de {first} ({where})</translation>
    </message>
    <message>
        <source>{number} appears twice ({where})</source>
        <translation>{number} aparece dos veces ({where})</translation>
    </message>
    <message>
        <source>{number} comes after {previous}, out of order ({where})</source>
        <translation>{number} viene después de {previous}, fuera de orden ({where})</translation>
    </message>
    <message>
        <source>text in no item or heading ({where}, {chars} {chars|character|characters}): {excerpt!q}</source>
        <translation>texto que no está en ningún punto ni título ({where}, {chars} {chars|carácter|caracteres}): {excerpt!q}</translation>
    </message>
    <message>
        <source>{share}% of the body text is in no item or heading</source>
        <translation>el {share} % del texto principal no está en ningún punto ni título</translation>
    </message>
    <message>
        <source>{share}% of the body text in items or headings; tables {tables} {tables|character|characters}, footnotes {footnotes} {footnotes|character|characters}</source>
        <translation>el {share} % del texto principal está en puntos o títulos; tablas: {tables} {tables|carácter|caracteres}; notas: {footnotes} {footnotes|carácter|caracteres}</translation>
    </message>
    <message>
        <source>{n} {n|item carries|items carry} tracked changes; imported as {view}</source>
        <translation>{n} {n|punto tiene|puntos tienen} cambios controlados; se importa la versión {view}</translation>
    </message>
    <message>
        <source>proposed (changes accepted)</source>
        <translation>propuesta (cambios aceptados)</translation>
    </message>
    <message>
        <source>original (changes rejected)</source>
        <translation>original (cambios rechazados)</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): its numbering has {n} {n|gap|gaps}; nothing was imported</source>
        <translation>{name} se rechaza (--strict): su numeración tiene {n} {n|salto|saltos}; no se importó nada</translation>
    </message>
    <message>
        <source>{name} is refused (--strict): {share}% of its body text is in no item or heading (the limit is {limit}%); nothing was imported</source>
        <translation>{name} se rechaza (--strict): el {share} % de su texto principal no está en ningún punto ni título (el límite es {limit} %); no se importó nada</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) CyberTrack can read</source>
        <translation>{name} no es un libro de Excel (.xlsx) que CyberTrack pueda leer</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{name} no es un libro de Excel (.xlsx): {reason}</translation>
    </message>
    <message>
        <source>{name} has no column {column!q}; export a stance sheet to see the layout</source>
        <translation>{name} no tiene la columna {column!q}; exporte una hoja de posiciones para ver la estructura</translation>
    </message>
    <message>
        <source>{name}: the stance sheet is an Excel file; name it .xlsx</source>
        <translation>{name}: la hoja de posiciones es un archivo de Excel; use la extensión .xlsx</translation>
    </message>
    <message>
        <source>row {row}: no item id (the first column must keep the exported id)</source>
        <translation>fila {row}: no hay identificador de punto (la primera columna debe conservar el identificador exportado)</translation>
    </message>
    <message>
        <source>row {row}: no item with id {item_id} in this workspace</source>
        <translation>fila {row}: no hay ningún punto con el identificador {item_id} en este espacio de trabajo</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} is {label} here, not {sheet_label}</source>
        <translation>fila {row}: aquí el punto {item_id} es el {label}, no el {sheet_label}</translation>
    </message>
    <message>
        <source>row {row}: item {item_id} appears twice; only its first row is used</source>
        <translation>fila {row}: el punto {item_id} aparece dos veces; solo se usa su primera fila</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>fila {row}: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} es una carpeta, no un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>there is no workspace at {path}: check the path (--db or $CYBERTRACK_DB); an import makes a new one</source>
        <translation>no hay ningún espacio de trabajo en {path}: compruebe la ruta (--db o $CYBERTRACK_DB); una importación crea uno nuevo</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: the disk is full, failing or gone ({reason}); the file was not changed</source>
        <translation>no se puede abrir {path}: el disco está lleno, falla o se ha desconectado ({reason}); el archivo no se modificó</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment</source>
        <translation>{path} está en uso por otro programa; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>cannot open {path}: the file or its folder cannot be used</source>
        <translation>no se puede abrir {path}: no se puede usar el archivo o su carpeta</translation>
    </message>
    <message>
        <source>{path} is damaged or not a CyberTrack workspace ({reason})</source>
        <translation>{path} está dañado o no es un espacio de trabajo de CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} está dañado ({reason})</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but its backup {backup} could not be written ({reason}); the file was not changed</source>
        <translation>{path} necesita una actualización, pero no se pudo escribir su copia de seguridad {backup} ({reason}); el archivo no se modificó</translation>
    </message>
    <message>
        <source>{path} was written by a newer CyberTrack (schema {version}; this version reads up to {supported}). Update CyberTrack to open it; the file was not changed.</source>
        <translation>{path} fue escrito por una versión más reciente de CyberTrack (esquema {version}; esta versión lee hasta el esquema {supported}). Actualice CyberTrack para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>{path} could not be prepared: {reason}</source>
        <translation>no se pudo preparar {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: it does not exist</source>
        <translation>no se puede abrir {path}: no existe</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by a newer CyberTrack; update CyberTrack to open it</source>
        <translation>{path} es de solo lectura y fue escrito por una versión más reciente de CyberTrack; actualice CyberTrack para abrirlo</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older CyberTrack; copy it to a writable folder to upgrade it</source>
        <translation>{path} es de solo lectura y fue escrito por una versión anterior de CyberTrack; cópielo en una carpeta con permiso de escritura para actualizarlo</translation>
    </message>
    <message>
        <source>{path} is not a readable CyberTrack workspace ({reason})</source>
        <translation>{path} no es un espacio de trabajo de CyberTrack legible ({reason})</translation>
    </message>
    <message>
        <source>{name} is open read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>{name} está abierto en modo de solo lectura (no se puede escribir en el archivo ni en su carpeta); no se ha modificado nada</translation>
    </message>
    <message>
        <source>the workspace file {path} is no longer there (was its disk removed?); nothing was changed — reconnect it and reopen CyberTrack; everything saved before is in that file</source>
        <translation>el archivo del espacio de trabajo {path} ya no está disponible (¿se ha retirado su disco?); no se ha modificado nada — vuelva a conectar el disco y abra de nuevo CyberTrack; todo lo guardado antes está en ese archivo</translation>
    </message>
    <message>
        <source>the workspace is busy in another CyberTrack window or command; try again</source>
        <translation>el espacio de trabajo está en uso en otra ventana o comando de CyberTrack; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the workspace file is read-only; nothing was changed</source>
        <translation>el archivo del espacio de trabajo es de solo lectura; no se ha modificado nada</translation>
    </message>
    <message>
        <source>the workspace could not be written ({reason}); your earlier work is safe</source>
        <translation>no se pudo escribir en el espacio de trabajo ({reason}); su trabajo anterior está a salvo</translation>
    </message>
    <message>
        <source>the workspace could not be written: {reason}</source>
        <translation>no se pudo escribir en el espacio de trabajo: {reason}</translation>
    </message>
    <message>
        <source>the change was refused ({reason}); nothing was saved</source>
        <translation>se rechazó el cambio ({reason}); no se guardó nada</translation>
    </message>
    <message>
        <source>the workspace file is damaged ({reason}); nothing was changed — restore a backup (File &gt; Restore from backup…, or cybertrack restore)</source>
        <translation>el archivo del espacio de trabajo está dañado ({reason}); no se ha modificado nada — restaure una copia de seguridad (Archivo &gt; Restaurar copia de seguridad…, o cybertrack restore)</translation>
    </message>
    <message>
        <source>{path} is the open workspace; choose another file</source>
        <translation>{path} es el espacio de trabajo abierto; elija otro archivo</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>no backup could be written: {reason}</source>
        <translation>no se pudo escribir ninguna copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); choose another backup</source>
        <translation>{name} está dañado ({reason}); elija otra copia de seguridad</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack workspace ({reason})</source>
        <translation>{name} no es un espacio de trabajo de CyberTrack ({reason})</translation>
    </message>
    <message>
        <source>{name} was written by a newer CyberTrack</source>
        <translation>{name} fue escrito por una versión más reciente de CyberTrack</translation>
    </message>
    <message>
        <source>the backup could not be restored: {reason}</source>
        <translation>no se pudo restaurar la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>there is no backup number {number} (see cybertrack backups)</source>
        <translation>no existe la copia de seguridad número {number} (véase cybertrack backups)</translation>
    </message>
    <message>
        <source>restored {name}; the previous state is saved as {safety}</source>
        <translation>se restauró {name}; el estado anterior se guardó como {safety}</translation>
    </message>
    <message>
        <source>{problem}. There is no good backup of it; the file was not changed</source>
        <translation>{problem}. No hay ninguna copia de seguridad válida; el archivo no se modificó</translation>
    </message>
    <message>
        <source>{problem}. Nothing was changed</source>
        <translation>{problem}. No se ha modificado nada</translation>
    </message>
    <message>
        <source>the damaged workspace could not be moved aside ({reason}); nothing was changed</source>
        <translation>no se pudo apartar el espacio de trabajo dañado ({reason}); no se ha modificado nada</translation>
    </message>
    <message>
        <source>the backup could not be put in place ({reason}); the damaged file is at {damaged}</source>
        <translation>no se pudo colocar la copia de seguridad en su lugar ({reason}); el archivo dañado está en {damaged}</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>no hay ningún documento con el identificador {document_id}</translation>
    </message>
    <message>
        <source>no item with id {item_id}</source>
        <translation>no hay ningún punto con el identificador {item_id}</translation>
    </message>
    <message>
        <source>document {document_id} has no item numbered {number}</source>
        <translation>el documento {document_id} no tiene ningún punto con el número {number}</translation>
    </message>
    <message>
        <source>a number given is too large to name an item, a document or a count</source>
        <translation>un número indicado es demasiado grande para designar un punto, un documento o una cantidad</translation>
    </message>
    <message>
        <source>document {document_id} has more than one item numbered {number} (items {ids}): name the item by its id, as `cybertrack items` lists it</source>
        <translation>el documento {document_id} tiene más de un punto con el número {number} (puntos {ids}): indique el punto por su identificador, como lo muestra `cybertrack items`</translation>
    </message>
    <message>
        <source>{reference!q} is neither an item id nor DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} no es ni un identificador de punto ni una referencia DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>{reference!q} is not DOCUMENT_ID:NUMBER</source>
        <translation>{reference!q} no tiene la forma DOCUMENT_ID:NUMBER</translation>
    </message>
    <message>
        <source>no delegation with id {delegation_id}</source>
        <translation>no hay ninguna delegación con el identificador {delegation_id}</translation>
    </message>
    <message>
        <source>no delegation named {name!q} (see: cybertrack delegations)</source>
        <translation>no hay ninguna delegación llamada {name!q} (véase: cybertrack delegations)</translation>
    </message>
    <message>
        <source>unknown {what} {value!q} (choose {choices})</source>
        <translation>{what}: valor {value!q} desconocido (elija entre: {choices})</translation>
    </message>
    <message>
        <source>Import {document}</source>
        <translation>Importar {document}</translation>
    </message>
    <message>
        <source>Import (already present)</source>
        <translation>Importar (ya presente)</translation>
    </message>
    <message>
        <source>Set {n} {n|item|items} to {stance}</source>
        <translation>Fijar la posición de {n} {n|punto|puntos}: {stance}</translation>
    </message>
    <message>
        <source>Set {item} to {stance}</source>
        <translation>Fijar {item} en {stance}</translation>
    </message>
    <message>
        <source>Edit the {field} of {item}</source>
        <translation>Editar el campo {field} de {item}</translation>
    </message>
    <message>
        <source>Mark {n} {n|item|items} as checked</source>
        <translation>Marcar {n} {n|punto|puntos} como {n|revisado|revisados}</translation>
    </message>
    <message>
        <source>Set priority of {n} {n|item|items} to {priority}</source>
        <translation>Fijar la prioridad de {n} {n|punto|puntos}: {priority}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Editar el campo «{field}»</translation>
    </message>
    <message>
        <source>Set {key}</source>
        <translation>Establecer el ajuste {key}</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>{key} = (unset)</source>
        <translation>{key} = (sin definir)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ningún cambio</translation>
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
        <translation>Restaurar {name}</translation>
    </message>
    <message>
        <source>Link documents {old} and {new}</source>
        <translation>Vincular los documentos {old} y {new}</translation>
    </message>
    <message>
        <source>{n} new candidate {n|link|links}</source>
        <translation>{n} {n|nuevo vínculo candidato|nuevos vínculos candidatos}</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>Confirmar el vínculo</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>Rechazar el vínculo</translation>
    </message>
    <message>
        <source>Re-point link</source>
        <translation>Reasignar el vínculo</translation>
    </message>
    <message>
        <source>Carry {n} {n|position|positions} to the new version</source>
        <translation>Trasladar {n} {n|posición|posiciones} a la nueva versión</translation>
    </message>
    <message>
        <source>carried {n} {n|position|positions} to {document}; {recheck} marked to recheck because their text changed</source>
        <translation>{n} {n|posición trasladada|posiciones trasladadas} a {document}; {recheck} marcadas para revisar porque su texto cambió</translation>
    </message>
    <message>
        <source>Add {n} {n|delegation|delegations}</source>
        <translation>Añadir {n} {n|delegación|delegaciones}</translation>
    </message>
    <message>
        <source>{n} {n|delegation|delegations} added</source>
        <translation>{n} {n|delegación añadida|delegaciones añadidas}</translation>
    </message>
    <message>
        <source>Record a delegation&apos;s stance</source>
        <translation>Registrar la posición de una delegación</translation>
    </message>
    <message>
        <source>Record delegations&apos; stances</source>
        <translation>Registrar las posiciones de las delegaciones</translation>
    </message>
    <message>
        <source>Confirm the links of unchanged items</source>
        <translation>Confirmar los vínculos de los puntos sin cambios</translation>
    </message>
    <message>
        <source>Carry positions to the new version</source>
        <translation>Trasladar las posiciones a la nueva versión</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>Cite {n} {n|paragraph|paragraphs} as agreed language</source>
        <translation>Citar {n} {n|párrafo|párrafos} como lenguaje convenido</translation>
    </message>
    <message>
        <source>Clear the citations of agreed language</source>
        <translation>Borrar las citas de lenguaje convenido</translation>
    </message>
    <message>
        <source>a precedent search needs a wording of at least two words</source>
        <translation>una búsqueda de precedentes necesita un texto de al menos dos palabras</translation>
    </message>
    <message>
        <source>item {item_id} cannot cite itself as precedent</source>
        <translation>el punto {item_id} no puede citarse a sí mismo como precedente</translation>
    </message>
    <message>
        <source>Set the room status of {n} {n|item|items} to {status}</source>
        <translation>Fijar el estado en la sala de {n} {n|punto|puntos}: {status}</translation>
    </message>
    <message>
        <source>Set capital&apos;s instruction on {n} {n|item|items} to {instruction}</source>
        <translation>Fijar la instrucción de la capital sobre {n} {n|punto|puntos}: {instruction}</translation>
    </message>
    <message>
        <source>Record {by}&apos;s proposal on {label}</source>
        <translation>Registrar la propuesta de {by} sobre {label}</translation>
    </message>
    <message>
        <source>Edit {by}&apos;s proposal on {label}</source>
        <translation>Editar la propuesta de {by} sobre {label}</translation>
    </message>
    <message>
        <source>Withdraw {by}&apos;s proposal on {label}</source>
        <translation>Retirar la propuesta de {by} sobre {label}</translation>
    </message>
    <message>
        <source>Reinstate {by}&apos;s proposal on {label}</source>
        <translation>Restablecer la propuesta de {by} sobre {label}</translation>
    </message>
    <message>
        <source>no stance</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>support</source>
        <translation>apoyar</translation>
    </message>
    <message>
        <source>oppose</source>
        <translation>oponerse</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>modificar</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>línea roja</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>enmienda</translation>
    </message>
    <message>
        <source>public rationale</source>
        <translation>justificación pública</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>public reason</source>
        <translation>justificación pública</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <source>proposed wording</source>
        <translation>redacción propuesta</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>instrucción</translation>
    </message>
    <message>
        <source>no instruction</source>
        <translation>sin instrucción</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>flexibilidad</translation>
    </message>
    <message>
        <source>fallback wording</source>
        <translation>redacción alternativa</translation>
    </message>
    <message>
        <source>note on the instruction</source>
        <translation>nota sobre la instrucción</translation>
    </message>
    <message>
        <source>room status</source>
        <translation>estado en la sala</translation>
    </message>
    <message>
        <source>no room status</source>
        <translation>sin estado en la sala</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <source>agreed ad ref</source>
        <translation>acordado ad referéndum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>in informals</source>
        <translation>en consultas oficiosas</translation>
    </message>
    <message>
        <source>bracketed</source>
        <translation>entre corchetes</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>choose two different documents to compare</source>
        <translation>elija dos documentos distintos para comparar</translation>
    </message>
    <message>
        <source>a link joins items of two different documents</source>
        <translation>un vínculo une puntos de dos documentos distintos</translation>
    </message>
    <message>
        <source>carry one old item&apos;s position onto each new item, not several</source>
        <translation>traslade a cada punto nuevo la posición de un solo punto antiguo, no de varios</translation>
    </message>
    <message>
        <source>a delegation needs a name</source>
        <translation>una delegación necesita un nombre</translation>
    </message>
    <message>
        <source>{name}: name the comparison .docx (Word) or .xlsx (Excel)</source>
        <translation>{name}: use la extensión .docx (Word) o .xlsx (Excel) para la comparación</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as 2026-11-30T17:30 or &apos;2026-11-30 17:30&apos;</source>
        <translation>{value!q} no es una hora; escríbala como 2026-11-30T17:30 o &apos;2026-11-30 17:30&apos;</translation>
    </message>
    <message>
        <source>{value!q} is not a date; write it as 2026-11-30</source>
        <translation>{value!q} no es una fecha; escríbala como 2026-11-30</translation>
    </message>
    <message>
        <source>{time} is in the future (it is now {now}); the room is known only up to now</source>
        <translation>{time} está en el futuro (ahora son las {now}); la sala solo se conoce hasta ahora</translation>
    </message>
    <message>
        <source>no proposal with id {proposal_id}</source>
        <translation>no hay ninguna propuesta con el identificador {proposal_id}</translation>
    </message>
    <message>
        <source>a proposal needs its text</source>
        <translation>una propuesta necesita su texto</translation>
    </message>
    <message>
        <source>a proposal needs the delegation that made it</source>
        <translation>una propuesta necesita la delegación que la presentó</translation>
    </message>
    <message>
        <source>{name} cannot both support and oppose the same proposal</source>
        <translation>{name} no puede apoyar y rechazar a la vez la misma propuesta</translation>
    </message>
    <message>
        <source>{name} made the proposal and cannot oppose it</source>
        <translation>{name} presentó la propuesta y no puede rechazarla</translation>
    </message>
    <message>
        <source>the report to capital is internal only: it carries instructions and deviations, so it has no shareable profile</source>
        <translation>el informe a la capital es solo interno: contiene instrucciones y desviaciones, por lo que no tiene perfil compartible</translation>
    </message>
    <message>
        <source>{name}: the export is a Word file; name it .docx</source>
        <translation>{name}: la exportación es un archivo de Word; use la extensión .docx</translation>
    </message>
    <message>
        <source>template {path} does not exist</source>
        <translation>la plantilla {path} no existe</translation>
    </message>
    <message>
        <source>{name} is not a usable Word template (.docx or .dotx)</source>
        <translation>{name} no es una plantilla de Word utilizable (.docx o .dotx)</translation>
    </message>
    <message>
        <source>the dossier is internal only: it holds internal notes and the stance history; export a position paper or a briefing note to share</source>
        <translation>el expediente es solo para uso interno: contiene las notas internas y el historial de posiciones; exporte un documento de posición o una nota informativa para compartir</translation>
    </message>
    <message>
        <source>{document} {label}: the proposed wording is the same as the text, so the paper shows no proposed wording for it</source>
        <translation>{document} {label}: la redacción propuesta es idéntica al texto, por lo que el documento no muestra redacción propuesta para él</translation>
    </message>
    <message>
        <source>nothing in {document} has a position yet, and a shareable paper lists only what has one unless undecided paragraphs are included</source>
        <translation>ningún párrafo de {document} tiene todavía posición, y un documento para distribución solo incluye los que la tienen, salvo que se incluyan los párrafos sin posición</translation>
    </message>
    <message>
        <source>the workspace has no documents to export</source>
        <translation>el espacio de trabajo no contiene documentos que exportar</translation>
    </message>
    <message>
        <source>ordering by priority needs the internal profile: a shareable paper shows no red lines</source>
        <translation>ordenar por prioridad requiere el perfil interno: un documento para compartir no muestra líneas rojas</translation>
    </message>
    <message>
        <source>the template has no style {style!q}; CyberTrack&apos;s default is used for it</source>
        <translation>la plantilla no tiene el estilo {style!q}; se usa en su lugar el estilo predeterminado de CyberTrack</translation>
    </message>
    <message>
        <source>your author name is not set; set it first (settings --author NAME)</source>
        <translation>su nombre de autor no está definido; defínalo primero (settings --author NOMBRE)</translation>
    </message>
    <message>
        <source>{value!q} is not a time; write it as ISO 8601 (2026-11-28 or 2026-11-28T09:30)</source>
        <translation>{value!q} no es una fecha; escríbala en formato ISO 8601 (2026-11-28 o 2026-11-28T09:30)</translation>
    </message>
    <message>
        <source>{row!q} names no paragraph that waits for a link (pack unresolved lists them)</source>
        <translation>{row!q} no designa ningún párrafo pendiente de vincular (pack unresolved los enumera)</translation>
    </message>
    <message>
        <source>the colleagues&apos; rows on {where} now show on item {item}</source>
        <translation>las filas de los colegas sobre {where} aparecen ahora en el elemento {item}</translation>
    </message>
    <message>
        <source>item {item} is no longer offered for {where}</source>
        <translation>el elemento {item} ya no se propone para {where}</translation>
    </message>
    <message>
        <source>{name} is not a CyberTrack position pack</source>
        <translation>{name} no es un paquete de posiciones de CyberTrack</translation>
    </message>
    <message>
        <source>{name} was made by a newer CyberTrack (pack format {version}; this version reads up to {supported}); update CyberTrack to read it</source>
        <translation>{name} fue creado por una versión más reciente de CyberTrack (formato de paquete {version}; esta versión lee hasta el {supported}); actualice CyberTrack para leerlo</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; nothing was changed</source>
        <translation>{name} está dañado o incompleto; no se cambió nada</translation>
    </message>
    <message>
        <source>{name} is sealed with a passphrase; give the passphrase to open it</source>
        <translation>{name} está sellado con una frase de contraseña; indíquela para abrirlo</translation>
    </message>
    <message>
        <source>{name} cannot be opened: wrong passphrase, or the pack is damaged; nothing was changed</source>
        <translation>No se puede abrir {name}: frase de contraseña incorrecta o paquete dañado; no se cambió nada</translation>
    </message>
    <message>
        <source>a row holds a value that cannot be read ({value})</source>
        <translation>una fila contiene un valor ilegible ({value})</translation>
    </message>
    <message>
        <source>a row is of a kind this version does not know ({kind})</source>
        <translation>una fila es de un tipo que esta versión no conoce ({kind})</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {path}: {reason}</source>
        <translation>no se puede leer la frase de contraseña de {path}: {reason}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>el archivo de frase de contraseña {path} está vacío</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Fusionar {name}</translation>
    </message>
    <message>
        <source>{n} {n|change|changes} merged, {disagreements} {disagreements|disagreement|disagreements}, {unresolved} unresolved</source>
        <translation>{n} {n|cambio fusionado|cambios fusionados}, {disagreements} {disagreements|desacuerdo|desacuerdos}, {unresolved} sin párrafo encontrado</translation>
    </message>
    <message>
        <source>Link a colleague&apos;s paragraph to an item</source>
        <translation>Vincular el párrafo de un colega con un punto</translation>
    </message>
    <message>
        <source>Reject a paragraph link</source>
        <translation>Rechazar un vínculo de párrafo</translation>
    </message>
    <message>
        <source>{url!q} is not a hub address (postgresql://user@host:port/database)</source>
        <translation>{url!q} no es una dirección de servidor compartido (postgresql://usuario@host:puerto/base)</translation>
    </message>
    <message>
        <source>cannot reach the hub {hub}: {reason}</source>
        <translation>no se puede acceder al servidor compartido {hub}: {reason}</translation>
    </message>
    <message>
        <source>the hub {hub} refused the request: {reason}; nothing was changed</source>
        <translation>el servidor compartido {hub} rechazó la solicitud: {reason}; no se cambió nada</translation>
    </message>
    <message>
        <source>the hub {hub} holds a newer format ({version}; this version reads up to {supported}); update CyberTrack</source>
        <translation>el servidor compartido {hub} usa un formato más reciente ({version}; esta versión lee hasta el {supported}); actualice CyberTrack</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Library of precedent</source>
        <translation>Biblioteca de precedentes</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Otros documentos</translation>
    </message>
    <message>
        <source>%1, %2 of %3 items decided</source>
        <translation>%1, %2 de %3 puntos decididos</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Meetings, documents and sections</source>
        <translation>Reuniones, documentos y secciones</translation>
    </message>
    <message>
        <source>Choose a document or a section to list its items</source>
        <translation>Elija un documento o una sección para ver sus puntos</translation>
    </message>
    <message>
        <source>No documents yet.

Import one with Ctrl+I (File ▸ Import…) or drop a Word, PDF or text file here.</source>
        <translation>Aún no hay documentos.

Importe uno con Ctrl+I (Archivo ▸ Importar…) o suelte aquí un archivo Word, PDF o de texto.</translation>
    </message>
</context>
<context>
    <name>NegotiationDesk</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>Sala, capital y propuestas</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>No delegation is known yet. Add them in View &gt; Delegations… (Ctrl+Shift+D), then record their proposals.</source>
        <translation>Aún no se conoce ninguna delegación. Añádalas en Ver &gt; Delegaciones… (Ctrl+Shift+D) y luego registre sus propuestas.</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <source>Room, capital and proposals</source>
        <translation>Sala, capital y propuestas</translation>
    </message>
    <message>
        <source>Room status</source>
        <translation>Estado en la sala</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>Record the room&apos;s status at a time (Ctrl+R)</source>
        <translation>Registrar el estado en la sala a una hora (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the room&apos;s status</source>
        <translation>Registrar el estado en la sala</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>Instrucción de la capital</translation>
    </message>
    <message>
        <source>Support, oppose, amend or flexible; internal, never in a shareable paper</source>
        <translation>Apoyar, oponerse, modificar o flexibilidad; interno, nunca en un documento compartible</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback wording (internal)</source>
        <translation>Redacción alternativa de la capital (interna)</translation>
    </message>
    <message>
        <source>Fallback wording</source>
        <translation>Redacción alternativa</translation>
    </message>
    <message>
        <source>The wording capital accepts if our line does not carry; internal</source>
        <translation>La redacción que la capital acepta si nuestra línea no prospera; interna</translation>
    </message>
    <message>
        <source>Capital&apos;s note (internal)</source>
        <translation>Nota de la capital (interna)</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>Nota de la capital</translation>
    </message>
    <message>
        <source>What capital said with its instruction; internal</source>
        <translation>Lo que la capital dijo con su instrucción; interna</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>&amp;Instrucción</translation>
    </message>
    <message>
        <source>&amp;Fallback</source>
        <translation>Redacción &amp;alternativa</translation>
    </message>
    <message>
        <source>Capital&apos;s &amp;note</source>
        <translation>&amp;Nota de la capital</translation>
    </message>
    <message>
        <source>Room and capital</source>
        <translation>Sala y capital</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Other delegations&apos; proposals on this paragraph; F2 edits, Delete withdraws</source>
        <translation>Propuestas de otras delegaciones sobre este párrafo; F2 edita, Supr retira</translation>
    </message>
    <message>
        <source>Proposal redline</source>
        <translation>Cambios de la propuesta</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Record another delegation&apos;s proposal (Ctrl+Shift+P)</source>
        <translation>Registrar la propuesta de otra delegación (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Record a proposal</source>
        <translation>Registrar una propuesta</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the proposal (F2)</source>
        <translation>Editar la propuesta (F2)</translation>
    </message>
    <message>
        <source>Edit the proposal</source>
        <translation>Editar la propuesta</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw the proposal, or reinstate it (Delete)</source>
        <translation>Retirar la propuesta o restablecerla (Supr)</translation>
    </message>
    <message>
        <source>Withdraw or reinstate the proposal</source>
        <translation>Retirar o restablecer la propuesta</translation>
    </message>
    <message>
        <source>History of the paragraph</source>
        <translation>Historial del párrafo</translation>
    </message>
    <message>
        <source>Our stance, the room, capital&apos;s instruction and the proposals, newest first</source>
        <translation>Nuestra posición, la sala, la instrucción de la capital y las propuestas, de lo más reciente a lo más antiguo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>(undone %1)</source>
        <translation>(deshecha el %1)</translation>
    </message>
    <message>
        <source>Room: not yet discussed</source>
        <translation>Sala: aún no examinado</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>al %1</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1; our stance is %2.</source>
        <translation>Desviación: la capital indica «%1»; nuestra posición es «%2».</translation>
    </message>
    <message>
        <source>No proposal recorded.</source>
        <translation>No hay propuestas registradas.</translation>
    </message>
    <message>
        <source>Supported by %1</source>
        <translation>Apoyada por %1</translation>
    </message>
    <message>
        <source>Opposed by %1</source>
        <translation>Rechazada por %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Retirada el %1</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Choose a proposal to see its changes.</source>
        <translation>Elija una propuesta para ver sus cambios.</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Merge position pack: %1</source>
        <translation>Fusionar el paquete de posiciones: %1</translation>
    </message>
    <message>
        <source>Merge position pack</source>
        <translation>Fusionar un paquete de posiciones</translation>
    </message>
    <message>
        <source>Changes: %1 · authors: %2 · disagreements: %3 · rows found nowhere here: %4</source>
        <translation>Cambios: %1 · autores: %2 · desacuerdos: %3 · filas sin párrafo aquí: %4</translation>
    </message>
    <message>
        <source>This pack changes nothing here: you already have all of it.</source>
        <translation>Este paquete no cambia nada aquí: ya tiene todo su contenido.</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>no encontrado: %1</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>From the pack</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>none yet: import the document, then link it in Team (Ctrl+Alt+T)</source>
        <translation>ninguno aún: importe el documento y luego vincúlelo en Equipo (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>Filas sin párrafo correspondiente</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>Desacuerdos (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>No encontrados aquí (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge (Ctrl+Return)</source>
        <translation>&amp;Fusionar (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>PrecedentPanel</name>
    <message>
        <source>Pre&amp;cedent</source>
        <translation>Pre&amp;cedentes</translation>
    </message>
    <message>
        <source>No precedent to use: choose an item with precedent first.</source>
        <translation>Ningún precedente que usar: elija primero un punto con precedentes.</translation>
    </message>
    <message>
        <source>Precedent</source>
        <translation>Precedentes</translation>
    </message>
    <message>
        <source>Precedent for the amendment</source>
        <translation>Precedentes para la enmienda</translation>
    </message>
    <message>
        <source>The closest paragraphs of the library and the other documents, best first</source>
        <translation>Los párrafos más próximos de la biblioteca y de los demás documentos, los mejores primero</translation>
    </message>
    <message>
        <source>Chosen precedent</source>
        <translation>Precedente elegido</translation>
    </message>
    <message>
        <source>Agreed language</source>
        <translation>Lenguaje convenido</translation>
    </message>
    <message>
        <source>Cited as agreed language</source>
        <translation>Citado como lenguaje convenido</translation>
    </message>
    <message>
        <source>Choose an item to see precedent for it.</source>
        <translation>Elija un punto para ver sus precedentes.</translation>
    </message>
    <message>
        <source>Type at least two words to find precedent.</source>
        <translation>Escriba al menos dos palabras para encontrar precedentes.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>agreed language</source>
        <translation>lenguaje convenido</translation>
    </message>
    <message>
        <source>adopted, not in the library</source>
        <translation>aprobado, fuera de la biblioteca</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>under negotiation</source>
        <translation>en negociación</translation>
    </message>
    <message>
        <source>%1% match</source>
        <translation>coincidencia del %1&#xa0;%</translation>
    </message>
    <message>
        <source>No precedent: no paragraph shares three words in a row.</source>
        <translation>Sin precedentes: ningún párrafo comparte tres palabras seguidas.</translation>
    </message>
    <message>
        <source>Precedent for this paragraph (no wording yet).</source>
        <translation>Precedentes para este párrafo (aún sin redacción).</translation>
    </message>
    <message>
        <source>Agreed language: %1 of %2 words of the wording (marked).</source>
        <translation>Lenguaje convenido: %1 de %2 palabras de la redacción (marcadas).</translation>
    </message>
    <message>
        <source>Cited: none yet.</source>
        <translation>Citado: ninguno todavía.</translation>
    </message>
    <message>
        <source>Cited as agreed language: %1</source>
        <translation>Citado como lenguaje convenido: %1</translation>
    </message>
    <message>
        <source>Agreed language from %1</source>
        <translation>Lenguaje convenido tomado de %1</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>párr. {n}</translation>
    </message>
    <message>
        <source>art. {n}</source>
        <translation>art. {n}</translation>
    </message>
    <message>
        <source>action {n}</source>
        <translation>medida {n}</translation>
    </message>
    <message>
        <source>conclusion {n}</source>
        <translation>conclusión {n}</translation>
    </message>
    <message>
        <source>guideline {n}</source>
        <translation>directriz {n}</translation>
    </message>
    <message>
        <source>principle {n}</source>
        <translation>principio {n}</translation>
    </message>
    <message>
        <source>target {n}</source>
        <translation>meta {n}</translation>
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
        <translation>párr. {n} del preámbulo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>The window changes language as soon as you press OK.</source>
        <translation>La ventana cambia de idioma en cuanto pulse Aceptar.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Proposal on %1</source>
        <translation>Propuesta sobre %1</translation>
    </message>
    <message>
        <source>Edit the proposal on %1</source>
        <translation>Editar la propuesta sobre %1</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <source>A new paragraph after this one (bis)</source>
        <translation>Un nuevo párrafo después de este (bis)</translation>
    </message>
    <message>
        <source>A new paragraph after this one</source>
        <translation>Un nuevo párrafo después de este</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Texto propuesto</translation>
    </message>
    <message>
        <source>Changes to the paragraph</source>
        <translation>Cambios en el párrafo</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Apoyada por</translation>
    </message>
    <message>
        <source>Opposed by</source>
        <translation>Rechazada por</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Propuesta por:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Supported by:</source>
        <translation>&amp;Apoyada por:</translation>
    </message>
    <message>
        <source>&amp;Opposed by:</source>
        <translation>&amp;Rechazada por:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore the latest good backup, taken %1? The damaged file is kept beside it.</source>
        <translation>¿Restaurar la última copia de seguridad válida, realizada el %1? El archivo dañado se conserva junto a ella.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged workspace was kept as %1</source>
        <translation>Se restauró la copia de seguridad. El espacio de trabajo dañado se conservó como %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The workspace as it is now is backed up first, so you can return to it by restoring that backup. Undo history is cleared.
Backups are kept in %1</source>
        <translation>Elija el estado al que desea volver. Antes se hace una copia de seguridad del espacio de trabajo tal como está ahora, para que pueda volver a él restaurando esa copia. Se borra el historial de deshacer.
Las copias de seguridad se guardan en %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Aún no hay copias de seguridad de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documentos</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%2 items</source>
        <translation>%2 puntos</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Items found (untick those that are not items; amber rows were left out):</source>
        <translation>&amp;Puntos encontrados (desmarque los que no lo sean; las filas ámbar quedaron fuera):</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Puntos encontrados</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Hallazgos:</translation>
    </message>
    <message>
        <source>Findings of the import</source>
        <translation>Hallazgos de la importación</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Dividir…</translation>
    </message>
    <message>
        <source>Split the item</source>
        <translation>Dividir el punto</translation>
    </message>
    <message>
        <source>&amp;Merge into item above</source>
        <translation>&amp;Unir al punto anterior</translation>
    </message>
    <message>
        <source>Merge into the item above</source>
        <translation>Unir al punto anterior</translation>
    </message>
    <message>
        <source>Make it an it&amp;em…</source>
        <translation>Hacer&amp;lo un punto…</translation>
    </message>
    <message>
        <source>Make the left-out text an item</source>
        <translation>Convertir el texto omitido en un punto</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>&amp;Renumerar…</translation>
    </message>
    <message>
        <source>Renumber the item</source>
        <translation>Renumerar el punto</translation>
    </message>
    <message>
        <source>Ne&amp;xt left-out text</source>
        <translation>Siguiente te&amp;xto omitido</translation>
    </message>
    <message>
        <source>Go to the next left-out text</source>
        <translation>Ir al siguiente texto omitido</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Marcar todos</translation>
    </message>
    <message>
        <source>Tick all items</source>
        <translation>Marcar todos los puntos</translation>
    </message>
    <message>
        <source>Untick all (&amp;N)</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Untick all items</source>
        <translation>Desmarcar todos los puntos</translation>
    </message>
    <message>
        <source>Items to import</source>
        <translation>Puntos que importar</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>%1 of %2 items will be imported</source>
        <translation>Se importarán %1 de %2 puntos</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Capital: %1</source>
        <translation>Capital: %1</translation>
    </message>
    <message>
        <source>Deviation: capital instructs %1, our stance is %2</source>
        <translation>Desviación: la capital indica «%1», nuestra posición es «%2»</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>Acordado ad ref.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Informals</source>
        <translation>Oficiosas</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>Entre corchetes</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>Not yet discussed</source>
        <translation>Aún no examinado</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyar</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Oponerse</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Flexibilidad</translation>
    </message>
    <message>
        <source>No instruction</source>
        <translation>Sin instrucción</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Filter by room status</source>
        <translation>Filtrar por estado en la sala</translation>
    </message>
    <message>
        <source>Show only the paragraphs where the room stands so, or still open</source>
        <translation>Mostrar solo los párrafos con ese estado en la sala, o aún pendientes</translation>
    </message>
    <message>
        <source>Any room status</source>
        <translation>Cualquier estado en la sala</translation>
    </message>
    <message>
        <source>Still open in the room</source>
        <translation>Aún pendientes en la sala</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Desviaciones</translation>
    </message>
    <message>
        <source>Only deviations from capital&apos;s instructions</source>
        <translation>Solo las desviaciones de las instrucciones de la capital</translation>
    </message>
    <message>
        <source>Only paragraphs where our stance departs from capital&apos;s instruction</source>
        <translation>Solo los párrafos en que nuestra posición se aparta de la instrucción de la capital</translation>
    </message>
    <message>
        <source>Room as of</source>
        <translation>Sala al</translation>
    </message>
    <message>
        <source>Show the room as of an earlier time</source>
        <translation>Mostrar la sala en un momento anterior</translation>
    </message>
    <message>
        <source>The room&apos;s status as it stood at that time (Ctrl+Shift+A)</source>
        <translation>El estado en la sala tal como estaba a esa hora (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The time to show the room at; arrow keys move the hour or the day</source>
        <translation>La hora a la que mostrar la sala; las flechas cambian la hora o el día</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Show the room as it is now</source>
        <translation>Mostrar la sala tal como está ahora</translation>
    </message>
    <message>
        <source>Back to the room as it is now</source>
        <translation>Volver a la sala tal como está ahora</translation>
    </message>
</context>
<context>
    <name>RoomStatusDialog</name>
    <message>
        <source>Room status</source>
        <translation>Estado en la sala</translation>
    </message>
    <message>
        <source>No status (clear it)</source>
        <translation>Sin estado (borrarlo)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>e.g. Chair&apos;s text, EU reserves (internal)</source>
        <translation>p. ej. texto del Presidente, la UE se reserva (interno)</translation>
    </message>
    <message>
        <source>Room note</source>
        <translation>Nota de sala</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Párrafos:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Other version: %1</source>
        <translation>Otra versión: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>under “%1”</source>
        <translation>bajo «%1»</translation>
    </message>
    <message>
        <source>before the first heading</source>
        <translation>antes del primer título</translation>
    </message>
    <message>
        <source>Left out (%1): %2</source>
        <translation>Omitido (%1): %2</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[modificado] </translation>
    </message>
    <message>
        <source>[proposed insertion] </source>
        <translation>[inserción propuesta] </translation>
    </message>
    <message>
        <source>[proposed deletion] </source>
        <translation>[supresión propuesta] </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import stance sheet: %1</source>
        <translation>Importar hoja de posiciones: %1</translation>
    </message>
    <message>
        <source>Import stance sheet</source>
        <translation>Importar hoja de posiciones</translation>
    </message>
    <message>
        <source>%1 changes to %2 items; %3 rows do not match and will be skipped.</source>
        <translation>%1 cambios en %2 puntos; %3 filas no coinciden y se omitirán.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>From the sheet</source>
        <translation>Según la hoja</translation>
    </message>
    <message>
        <source>Rows that do not match</source>
        <translation>Filas sin coincidencia</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Aplicar los cambios</translation>
    </message>
    <message>
        <source>Rows that do not match:</source>
        <translation>Filas sin coincidencia:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Lista de atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split item</source>
        <translation>Dividir el punto</translation>
    </message>
    <message>
        <source>Put the cursor where the second item begins.</source>
        <translation>Coloque el cursor donde empieza el segundo punto.</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto del punto</translation>
    </message>
    <message>
        <source>&amp;Number of the second item:</source>
        <translation>&amp;Número del segundo punto:</translation>
    </message>
    <message>
        <source>Number of the second item</source>
        <translation>Número del segundo punto</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Cancel the split</source>
        <translation>Cancelar la división</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Support</source>
        <translation>Apoyar</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>Oponerse</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>%1 of %2 decided · %3 support · %4 oppose · %5 amend</source>
        <translation>%1 de %2 decididos · Apoyar: %3 · Oponerse: %4 · Modificar: %5</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Proposed wording</source>
        <translation>Redacción propuesta</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Motivo público</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Capital&apos;s instruction</source>
        <translation>Instrucción de la capital</translation>
    </message>
    <message>
        <source>Capital&apos;s fallback</source>
        <translation>Posición de repliegue de la capital</translation>
    </message>
    <message>
        <source>Capital&apos;s note</source>
        <translation>Nota de la capital</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>CyberTrack</source>
        <translation>CyberTrack</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>Su nombre en el equipo</translation>
    </message>
    <message>
        <source>Packs and the hub say whose positions they carry. Your name:</source>
        <translation>Los paquetes y el servidor compartido indican de quién son las posiciones que contienen. Su nombre:</translation>
    </message>
    <message>
        <source>Export position pack</source>
        <translation>Exportar un paquete de posiciones</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack)</source>
        <translation>Paquetes de posiciones (*.ctpack)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 KB.</source>
        <translation>Se escribió %1: %2 filas, %3 KB.</translation>
    </message>
    <message>
        <source>Import position pack</source>
        <translation>Importar un paquete de posiciones</translation>
    </message>
    <message>
        <source>Position packs (*.ctpack);;All files (*)</source>
        <translation>Paquetes de posiciones (*.ctpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sealed pack</source>
        <translation>Paquete sellado</translation>
    </message>
    <message>
        <source>%1 is sealed. Its passphrase:</source>
        <translation>%1 está sellado. Su frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>You are %1 in the team.</source>
        <translation>Usted es %1 en el equipo.</translation>
    </message>
    <message>
        <source>Set your name first: File ▸ Export position pack asks for it.</source>
        <translation>Defina primero su nombre: Archivo ▸ Exportar un paquete de posiciones se lo pide.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Rows that match no paragraph</source>
        <translation>Filas sin párrafo correspondiente</translation>
    </message>
    <message>
        <source>Since the last merge</source>
        <translation>Desde la última fusión</translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>Desacuerdos (%1)</translation>
    </message>
    <message>
        <source>Not found here (%1)</source>
        <translation>No encontrados aquí (%1)</translation>
    </message>
    <message>
        <source>none: import the document it is in</source>
        <translation>ninguno: importe el documento que lo contiene</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changes in the last merge</source>
        <translation>Cambios de la última fusión</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Items where the team disagrees</source>
        <translation>Puntos en los que el equipo no está de acuerdo</translation>
    </message>
</context>
<context>
    <name>TipsBanner</name>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Tip: press 1, 2 or 3 to support, oppose or amend the selected items, J and K to move, Enter to write a note. Everything is saved as you work.</source>
        <translation>Consejo: pulse 1, 2 o 3 para apoyar, oponerse o modificar los puntos seleccionados, J y K para desplazarse, Enter para escribir una nota. Todo se guarda mientras trabaja.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Dismiss tips</source>
        <translation>Ocultar consejos</translation>
    </message>
    <message>
        <source>Hide these tips for good</source>
        <translation>Ocultar estos consejos definitivamente</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>Aún no hay otros espacios de trabajo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Guardar una copia del espacio de trabajo</translation>
    </message>
    <message>
        <source>CyberTrack workspaces (*.cybertrack);;All files (*)</source>
        <translation>Espacios de trabajo de CyberTrack (*.cybertrack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 ya existe; ábralo en su lugar.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Se guardó una copia en %1</translation>
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
        <translation>Error al restaurar</translation>
    </message>
</context>
</TS>
