<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>CartONG</name>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="100" />
      <source> dpi</source>
      <translation> ppp</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="202" />
      <source> m</source>
      <translation> m</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="200" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="242" />
      <source> submissions</source>
      <translation> envíos</translation>
    </message>
    <message>
      <source> within its {group}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="59" />
      <source>"{column}" holds the labels of the answers to "{question}", chosen from a list of {what}.</source>
      <translation>La columna «{column}» contiene las etiquetas de las respuestas a «{question}», elegidas de una lista de {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="55" />
      <source>"{column}" is calculated from the location question "{question}": it holds {what}.</source>
      <translation>La columna «{column}» se calcula a partir de la pregunta de ubicación «{question}»: contiene {what}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="244" />
      <source>%n GPS points of the layer lie away from the coordinates answered in {latitude}/{longitude} (first: {uuid}): they were moved after the import, and the GPS checks used the points, not the columns.</source>
      <translation>
        <numerusform>%n punto GPS de la capa está lejos de las coordenadas respondidas en {latitude}/{longitude} (primero: {uuid}): se movió después de la importación, y las verificaciones GPS usaron el punto, no las columnas.</numerusform>
        <numerusform>%n puntos GPS de la capa están lejos de las coordenadas respondidas en {latitude}/{longitude} (primero: {uuid}): se movieron después de la importación, y las verificaciones GPS usaron los puntos, no las columnas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="263" />
      <source>%n _uuids shared by several rows of {table} had rows added or deleted, in a package prepared by version 0.2.0 that cannot tell them apart: their field changes were not merged.</source>
      <translation>
        <numerusform>%n _uuid compartido por varias filas de {table} tuvo filas añadidas o eliminadas, en un paquete preparado con la versión 0.2.0 que no puede distinguirlas: sus cambios de campo no se fusionaron.</numerusform>
        <numerusform>%n _uuid compartidos por varias filas de {table} tuvieron filas añadidas o eliminadas, en un paquete preparado con la versión 0.2.0 que no puede distinguirlas: sus cambios de campo no se fusionaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="105" />
      <source>%n answers of {field} are not numbers and were left out of the summary per area: {listed}. Correct them in the survey if they are numbers.</source>
      <translation>
        <numerusform>%n respuesta de {field} no es un número y se dejó fuera del resumen por unidad: {listed}. Corríjala en la encuesta si es un número.</numerusform>
        <numerusform>%n respuestas de {field} no son números y se dejaron fuera del resumen por unidad: {listed}. Corríjalas en la encuesta si son números.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="115" />
      <source>%n answers of {field} are written with a decimal comma and were counted as numbers, as the import reads them: {listed}. If the comma separates thousands, correct them in the survey.</source>
      <translation>
        <numerusform>%n respuesta de {field} está escrita con coma decimal y se contó como número, tal como la lee la importación: {listed}. Si la coma separa los miles, corríjala en la encuesta.</numerusform>
        <numerusform>%n respuestas de {field} están escritas con coma decimal y se contaron como números, tal como las lee la importación: {listed}. Si la coma separa los miles, corríjalas en la encuesta.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="252" />
      <source>%n areas</source>
      <translation>
        <numerusform>%n unidad</numerusform>
        <numerusform>%n unidades</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="118" />
      <source>%n areas of {layer} have no P-code ({areas}): each is counted on its own, none merged. Give them their P-codes.</source>
      <translation>
        <numerusform>%n zona de {layer} no tiene P-code ({areas}): se cuenta por separado. Asígnele su P-code.</numerusform>
        <numerusform>%n zonas de {layer} no tienen P-code ({areas}): cada una se cuenta por separado, ninguna se fusiona. Asígneles sus P-codes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="105" />
      <source>%n areas of {layer} have no boundary (their geometry is empty): {areas}. No submission can be placed in them by location: their submissions are counted outside every area. Give them their boundaries, or count by the P-code of the submissions.</source>
      <translation>
        <numerusform>%n unidad de {layer} no tiene límite (su geometría está vacía): {areas}. Ningún envío puede situarse en ella por su posición: sus envíos se cuentan fuera de todas las unidades. Asígnele su límite, o cuente por el P-code de los envíos.</numerusform>
        <numerusform>%n unidades de {layer} no tienen límite (su geometría está vacía): {areas}. Ningún envío puede situarse en ellas por su posición: sus envíos se cuentan fuera de todas las unidades. Asígneles sus límites, o cuente por el P-code de los envíos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/export_map.py" line="276" />
      <source>%n areas of {layer} show a value made from fewer than {n} submissions: the map hides them as insufficient data, but the layer still holds their values; do not share the layer as it is.</source>
      <translation>
        <numerusform>%n unidad de {layer} muestra un valor hecho con menos de {n} envíos: el mapa la oculta como datos insuficientes, pero la capa aún guarda el valor; no comparta la capa tal cual.</numerusform>
        <numerusform>%n unidades de {layer} muestran un valor hecho con menos de {n} envíos: el mapa las oculta como datos insuficientes, pero la capa aún guarda sus valores; no comparta la capa tal cual.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="263" />
      <source>%n attachments</source>
      <translation>
        <numerusform>%n archivo adjunto</numerusform>
        <numerusform>%n archivos adjuntos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachments.py" line="33" />
      <source>%n attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation>
        <numerusform>%n archivo adjunto no se pudo descargar y se omitió: {files}. Todos los envíos están en el GeoPackage; para obtener el archivo más tarde, vuelva a ejecutar la descarga en este GeoPackage con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas.</numerusform>
        <numerusform>%n archivos adjuntos no se pudieron descargar y se omitieron: {files}. Todos los envíos están en el GeoPackage; para obtener los archivos más tarde, vuelva a ejecutar la descarga en este GeoPackage con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="128" />
      <source>%n attachments had the names of different files already in {folder}: they were copied under new names and their rows link to those names: {files}.</source>
      <translation>
        <numerusform>%n archivo adjunto tenía el nombre de otro archivo ya presente en {folder}: se copió con un nombre nuevo y su fila enlaza a ese nombre: {files}.</numerusform>
        <numerusform>%n archivos adjuntos tenían los nombres de otros archivos ya presentes en {folder}: se copiaron con nombres nuevos y sus filas enlazan a esos nombres: {files}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="120" />
      <source>%n attachments of the merged rows were copied into {folder}.</source>
      <translation>
        <numerusform>%n archivo adjunto de las filas fusionadas se copió en {folder}.</numerusform>
        <numerusform>%n archivos adjuntos de las filas fusionadas se copiaron en {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="246" />
      <source>%n attachments of {file} are missing and not in the package: {files}</source>
      <translation>
        <numerusform>Falta %n adjunto de {file} y no está en el paquete: {files}</numerusform>
        <numerusform>Faltan %n adjuntos de {file} y no están en el paquete: {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="53" />
      <source>%n attachments were missing after earlier downloads: {recovered} fetched now, {still} still missing.</source>
      <translation>
        <numerusform>Faltaba %n archivo adjunto tras las descargas anteriores: recuperados ahora, {recovered}; aún en falta, {still}.</numerusform>
        <numerusform>Faltaban %n archivos adjuntos tras las descargas anteriores: recuperados ahora, {recovered}; aún en falta, {still}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="425" />
      <source>%n change_response rows of the cleaning log {file} have no new value (rows {rows}): their answers were emptied, as blank_response does. If that was not meant, write the new values (a check that suggests none leaves them to you) or choose no_action.</source>
      <translation>
        <numerusform>%n fila change_response del registro de limpieza {file} no tiene valor nuevo (fila {rows}): su respuesta se vació, como hace blank_response. Si no era lo que se pretendía, escriba el valor nuevo (una verificación que no sugiere ninguno se lo deja a usted) o elija no_action.</numerusform>
        <numerusform>%n filas change_response del registro de limpieza {file} no tienen valor nuevo (filas {rows}): sus respuestas se vaciaron, como hace blank_response. Si no era lo que se pretendía, escriba los valores nuevos (una verificación que no sugiere ninguno se los deja a usted) o elija no_action.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="128" />
      <source>%n changes made in the field were not merged (see the warnings above).</source>
      <translation>
        <numerusform>%n cambio hecho en el campo no se fusionó (vea las advertencias anteriores).</numerusform>
        <numerusform>%n cambios hechos en el campo no se fusionaron (vea las advertencias anteriores).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="74" />
      <source>%n changes of the cleaning log name an old value the survey does not have (first: row {row}, {column}: '{old}' in the log, '{found}' in the survey). Was the log made for this survey?</source>
      <translation>
        <numerusform>%n cambio del registro de limpieza da un valor anterior que la encuesta no tiene (primero: fila {row}, {column}: '{old}' en el registro, '{found}' en la encuesta). ¿Se hizo el registro para esta encuesta?</numerusform>
        <numerusform>%n cambios del registro de limpieza dan un valor anterior que la encuesta no tiene (primero: fila {row}, {column}: '{old}' en el registro, '{found}' en la encuesta). ¿Se hizo el registro para esta encuesta?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="81" />
      <source>%n choices (lists: {lists})</source>
      <translation>
        <numerusform>%n opción (lista: {lists})</numerusform>
        <numerusform>%n opciones (listas: {lists})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="95" />
      <source>%n cleaning decisions</source>
      <translation>
        <numerusform>%n decisión de limpieza</numerusform>
        <numerusform>%n decisiones de limpieza</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="124" />
      <source>%n cleaning decisions about those columns were left out too.</source>
      <translation>
        <numerusform>También se dejó fuera %n decisión de limpieza sobre esas columnas.</numerusform>
        <numerusform>También se dejaron fuera %n decisiones de limpieza sobre esas columnas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="95" />
      <source>%n columns at high risk ({columns})</source>
      <translation>
        <numerusform>%n columna de riesgo alto ({columns})</numerusform>
        <numerusform>%n columnas de riesgo alto ({columns})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="285" />
      <source>%n columns likely hold personal data ({high} at high risk). Protect them before sharing the file.</source>
      <translation>
        <numerusform>%n columna contiene probablemente datos personales ({high} con riesgo alto). Protéjala antes de compartir el archivo.</numerusform>
        <numerusform>%n columnas contienen probablemente datos personales ({high} con riesgo alto). Protéjalas antes de compartir el archivo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="84" />
      <source>%n columns of the layer keep their questions' group path (first: '{column}'): they were checked as their questions ('{question}'...), the names the cleaning log uses.</source>
      <translation>
        <numerusform>%n columna de la capa conserva la ruta de grupo de su pregunta (primera: '{column}'): se verificó como su pregunta '{question}', el nombre que usa el registro de limpieza.</numerusform>
        <numerusform>%n columnas de la capa conservan la ruta de grupo de sus preguntas (primera: '{column}'): se verificaron como sus preguntas ('{question}'...), los nombres que usa el registro de limpieza.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="85" />
      <source>%n columns, separated by {separator}.</source>
      <translation>
        <numerusform>%n columna, separada por {separator}.</numerusform>
        <numerusform>%n columnas, separadas por {separator}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="131" />
      <source>%n conflicts are between two copies of this package (one package copied onto several laptops?): another copy merged before had changed the values otherwise; the values merged first were kept.</source>
      <translation>
        <numerusform>%n conflicto se da entre dos copias de este paquete (¿un mismo paquete copiado en varios portátiles?): otra copia fusionada antes había cambiado el valor de otra forma; se conservó el valor fusionado primero.</numerusform>
        <numerusform>%n conflictos se dan entre dos copias de este paquete (¿un mismo paquete copiado en varios portátiles?): otra copia fusionada antes había cambiado los valores de otra forma; se conservaron los valores fusionados primero.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="116" />
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept.</source>
      <translation>
        <numerusform>%n conflicto: se cambió un valor tanto en la oficina como en el campo. Se conservó el valor de la oficina.</numerusform>
        <numerusform>%n conflictos: se cambiaron valores tanto en la oficina como en el campo. Se conservaron los valores de la oficina.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept; see the table {table} and {csv}.</source>
      <translation type="vanished">
        <numerusform>%n conflicto: se cambió un valor tanto en la oficina como en el campo. Se conservó el valor de la oficina; vea la tabla {table} y {csv}.</numerusform>
        <numerusform>%n conflictos: se cambiaron valores tanto en la oficina como en el campo. Se conservaron los valores de la oficina; vea la tabla {table} y {csv}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone ({columns}) were read as the time of the field laptops ({zone}, recorded when the package was prepared) and stored in UTC, as the office stores them.</source>
      <translation type="vanished">
        <numerusform>%n fecha y hora escrita en el campo sin zona horaria ({columns}) se leyó como la hora de los portátiles de campo ({zone}, registrada al preparar el paquete) y se guardó en UTC, como las guarda la oficina.</numerusform>
        <numerusform>%n fechas y horas escritas en el campo sin zona horaria ({columns}) se leyeron como la hora de los portátiles de campo ({zone}, registrada al preparar el paquete) y se guardaron en UTC, como las guarda la oficina.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="264" />
      <source>%n date-times written in the field without a time zone ({columns}) were read in the time zone chosen for the field laptops when the package was prepared ({zone}) and stored in UTC, as the office stores them.</source>
      <translation>
        <numerusform>%n fecha y hora escrita en el campo sin zona horaria ({columns}) se leyó en la zona horaria elegida para los portátiles de campo al preparar el paquete ({zone}) y se guardó en UTC, como las guarda la oficina.</numerusform>
        <numerusform>%n fechas y horas escritas en el campo sin zona horaria ({columns}) se leyeron en la zona horaria elegida para los portátiles de campo al preparar el paquete ({zone}) y se guardaron en UTC, como las guarda la oficina.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="304" />
      <source>%n date-times written in the field without a time zone are in the hour the clocks repeat when they go back in the field laptops' time zone ({zone}) (the first: {value}, fid {row} of {table}, column {column}): they were read as the later of the two possible times; check them.</source>
      <translation>
        <numerusform>%n fecha y hora escrita en el campo sin zona horaria está en la hora que los relojes repiten al atrasarse en la zona horaria de los portátiles de campo ({zone}) ({value}, fid {row} de {table}, columna {column}): se leyó como la más tardía de las dos horas posibles; verifíquela.</numerusform>
        <numerusform>%n fechas y horas escritas en el campo sin zona horaria están en la hora que los relojes repiten al atrasarse en la zona horaria de los portátiles de campo ({zone}) (la primera: {value}, fid {row} de {table}, columna {column}): se leyeron como la más tardía de las dos horas posibles; verifíquelas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone are the office's in UTC's clock, as QGIS 3.22 writes untouched values it saves again, but other times in the field laptops' time zone ({zone}): they were taken as unchanged (the first: fid {row} of {table}, column {column}); if some were corrections made on a laptop, make them again in the office file.</source>
      <translation type="vanished">
        <numerusform>%n fecha y hora escrita en el campo sin zona horaria es la de la oficina en la hora UTC, como QGIS 3.22 escribe un valor sin cambios que vuelve a guardar, pero otra hora en la zona horaria de los portátiles de campo ({zone}): se tomó como sin cambios (fid {row} de {table}, columna {column}); si era una corrección hecha en un portátil, hágala de nuevo en el archivo de la oficina.</numerusform>
        <numerusform>%n fechas y horas escritas en el campo sin zona horaria son las de la oficina en la hora UTC, como QGIS 3.22 escribe los valores sin cambios que vuelve a guardar, pero otras horas en la zona horaria de los portátiles de campo ({zone}): se tomaron como sin cambios (la primera: fid {row} de {table}, columna {column}); si algunas eran correcciones hechas en un portátil, hágalas de nuevo en el archivo de la oficina.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="283" />
      <source>%n date-times written in the field without a time zone do not exist in the field laptops' time zone ({zone}), in the hour the clocks skip when they go forward (the first: {value}, fid {row} of {table}, column {column}): they were not merged and are listed in the table {conflicts}; write in the office file the times they really were.</source>
      <translation>
        <numerusform>%n fecha y hora escrita en el campo sin zona horaria no existe en la zona horaria de los portátiles de campo ({zone}), en la hora que los relojes saltan al adelantarse ({value}, fid {row} de {table}, columna {column}): no se fusionó y figura en la tabla {conflicts}; escriba en el archivo de la oficina la hora que era realmente.</numerusform>
        <numerusform>%n fechas y horas escritas en el campo sin zona horaria no existen en la zona horaria de los portátiles de campo ({zone}), en la hora que los relojes saltan al adelantarse (la primera: {value}, fid {row} de {table}, columna {column}): no se fusionaron y figuran en la tabla {conflicts}; escriba en el archivo de la oficina las horas que eran realmente.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="88" />
      <source>%n dates of {column} are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year without doubt (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Export the data again from the server, or write the dates YYYY-MM-DD.</source>
      <translation>
        <numerusform>%n fecha de {column} no es una fecha ISO (AAAA-MM-DD) y no se pudo leer sin ambigüedad como día/mes/año (primera: {uuid}, '{value}'): su entrevista no se verificó en cuanto a duración, período de recolección ni series de entrevistas seguidas. Vuelva a exportar los datos desde el servidor, o escriba las fechas como AAAA-MM-DD.</numerusform>
        <numerusform>%n fechas de {column} no son fechas ISO (AAAA-MM-DD) y no se pudieron leer sin ambigüedad como día/mes/año (primera: {uuid}, '{value}'): sus entrevistas no se verificaron en cuanto a duración, período de recolección ni series de entrevistas seguidas. Vuelva a exportar los datos desde el servidor, o escriba las fechas como AAAA-MM-DD.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="115" />
      <source>%n decisions are still pending: they change nothing.</source>
      <translation>
        <numerusform>%n decisión sigue pendiente: no cambia nada.</numerusform>
        <numerusform>%n decisiones siguen pendientes: no cambian nada.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="206" />
      <source>%n decisions of the saved log are kept.</source>
      <translation>
        <numerusform>Se conserva %n decisión del registro guardado.</numerusform>
        <numerusform>Se conservan %n decisiones del registro guardado.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="190" />
      <source>%n decisions saved in the replaced schema {schema} by {who} were dropped.</source>
      <translation>
        <numerusform>Se descartó %n decisión guardada por {who} en el esquema reemplazado {schema}.</numerusform>
        <numerusform>Se descartaron %n decisiones guardadas por {who} en el esquema reemplazado {schema}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/review_sheet.py" line="112" />
      <source>%n decisions saved.</source>
      <translation>
        <numerusform>%n decisión guardada.</numerusform>
        <numerusform>%n decisiones guardadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="384" />
      <source>%n decisions were not saved because someone else decided on the same rows first:
{rows}</source>
      <translation>
        <numerusform>%n decisión no se guardó porque otra persona decidió antes sobre las mismas filas:
{rows}</numerusform>
        <numerusform>%n decisiones no se guardaron porque otra persona decidió antes sobre las mismas filas:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="367" />
      <source>%n decisions were not saved: their log rows now hold another submission, question or old value:
{rows}</source>
      <translation>
        <numerusform>%n decisión no se guardó: su fila del registro contiene ahora otro envío, otra pregunta u otro valor anterior:
{rows}</numerusform>
        <numerusform>%n decisiones no se guardaron: sus filas del registro contienen ahora otro envío, otra pregunta u otro valor anterior:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="379" />
      <source>%n decisions were not saved: their rows are no longer in the cleaning log:
{rows}</source>
      <translation>
        <numerusform>%n decisión no se guardó: su fila ya no está en el registro de limpieza:
{rows}</numerusform>
        <numerusform>%n decisiones no se guardaron: sus filas ya no están en el registro de limpieza:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="138" />
      <source>%n files linked from the merged rows are not in the returned package and were not copied: {files}. Copy them from the field laptop (the package's data folder) into the folder of {office}.</source>
      <translation>
        <numerusform>%n archivo referenciado por las filas fusionadas no está en el paquete devuelto y no se copió: {files}. Cópielo desde el portátil de campo (la carpeta de datos del paquete) a la carpeta de {office}.</numerusform>
        <numerusform>%n archivos referenciados por las filas fusionadas no están en el paquete devuelto y no se copiaron: {files}. Cópielos desde el portátil de campo (la carpeta de datos del paquete) a la carpeta de {office}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="254" />
      <source>%n files of the attachments folder of {file} belong to no remaining submission (deleted since?) and were not packaged: {files}</source>
      <translation>
        <numerusform>%n archivo de la carpeta de adjuntos de {file} no pertenece a ningún envío restante (¿eliminado desde entonces?) y no se empaquetó: {files}</numerusform>
        <numerusform>%n archivos de la carpeta de adjuntos de {file} no pertenecen a ningún envío restante (¿eliminado desde entonces?) y no se empaquetaron: {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="157" />
      <source>%n forms. Select one, then Next.</source>
      <translation>
        <numerusform>%n formulario. Selecciónelo y luego haga clic en Siguiente.</numerusform>
        <numerusform>%n formularios. Seleccione uno y luego haga clic en Siguiente.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="145" />
      <source>%n interviews have no {column} time: they were not checked for duration, collection period or bursts.</source>
      <translation>
        <numerusform>%n entrevista no tiene hora de {column}: no se verificó en cuanto a duración, período de recolección ni series de entrevistas seguidas.</numerusform>
        <numerusform>%n entrevistas no tienen hora de {column}: no se verificaron en cuanto a duración, período de recolección ni series de entrevistas seguidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="233" />
      <source>%n items of the repeat {repeat} (not submissions) imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>%n elemento de la repetición {repeat} (no un envío) importado en {file}; {missing} sin posición. Tablas: {tables}. Idioma: {language}.</numerusform>
        <numerusform>%n elementos de la repetición {repeat} (no envíos) importados en {file}; {missing} sin posición. Tablas: {tables}. Idioma: {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="95" />
      <source>%n items of the repeat {repeat} imported ({missing} without location) into {file} in {seconds:.1f} s; they are not submissions.</source>
      <translation>
        <numerusform>%n elemento de la repetición {repeat} importado ({missing} sin posición) en {file} en {seconds:.1f} s; no es un envío.</numerusform>
        <numerusform>%n elementos de la repetición {repeat} importados ({missing} sin posición) en {file} en {seconds:.1f} s; no son envíos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="226" />
      <source>%n kept as they are</source>
      <translation>
        <numerusform>%n se deja tal cual</numerusform>
        <numerusform>%n se dejan tal cual</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="65" />
      <source>%n labels were updated to match their changed answers.</source>
      <translation>
        <numerusform>%n etiqueta se actualizó para seguir su respuesta modificada.</numerusform>
        <numerusform>%n etiquetas se actualizaron para seguir sus respuestas modificadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="148" />
      <source>%n links of the merged rows point out of the package's attachment folders ({folders}) and were not followed: {files}. No file was copied for them.</source>
      <translation>
        <numerusform>%n enlace de las filas fusionadas apunta fuera de las carpetas de adjuntos del paquete ({folders}) y no se siguió: {files}. No se copió ningún archivo para él.</numerusform>
        <numerusform>%n enlaces de las filas fusionadas apuntan fuera de las carpetas de adjuntos del paquete ({folders}) y no se siguieron: {files}. No se copió ningún archivo para ellos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/apply_log.py" line="255" />
      <source>%n log rows pending</source>
      <translation>
        <numerusform>%n fila del registro pendiente</numerusform>
        <numerusform>%n filas del registro pendientes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="225" />
      <source>%n log rows still pending</source>
      <translation>
        <numerusform>%n fila del registro aún pendiente</numerusform>
        <numerusform>%n filas del registro aún pendientes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_json.py" line="171" />
      <source>%n more submissions from {host} held such characters, replaced the same way.</source>
      <translation>
        <numerusform>%n envío más de {host} contenía tales caracteres, reemplazados de la misma manera.</numerusform>
        <numerusform>%n envíos más de {host} contenían tales caracteres, reemplazados de la misma manera.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="260" />
      <source>%n new submissions</source>
      <translation>
        <numerusform>%n envío nuevo</numerusform>
        <numerusform>%n envíos nuevos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="153" />
      <source>%n new submissions came from the field without a _uuid: they were added with new ones ({uuids}).</source>
      <translation>
        <numerusform>%n envío nuevo llegó del terreno sin _uuid: se añadió con uno nuevo ({uuids}).</numerusform>
        <numerusform>%n envíos nuevos llegaron del terreno sin _uuid: se añadieron con otros nuevos ({uuids}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="168" />
      <source>%n new submissions downloaded into {file}.</source>
      <translation>
        <numerusform>%n envío nuevo descargado en {file}.</numerusform>
        <numerusform>%n envíos nuevos descargados en {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="91" />
      <source>%n of the {total} rows of {table} the package left with differ in the returned copy (most in the columns {columns}): a layer re-saved or converted by another program, or replaced by another one, looks like this; its changes were merged where the office had not changed the value, so check those columns in {office} before relying on them.</source>
      <translation>
        <numerusform>%n de las {total} filas de {table} con las que salió el paquete difiere en la copia devuelta (sobre todo en las columnas {columns}): así se ve una capa guardada de nuevo o convertida por otro programa, o sustituida por otra; sus cambios se fusionaron donde la oficina no había cambiado el valor, así que verifique esas columnas en {office} antes de fiarse de ellas.</numerusform>
        <numerusform>%n de las {total} filas de {table} con las que salió el paquete difieren en la copia devuelta (sobre todo en las columnas {columns}): así se ve una capa guardada de nuevo o convertida por otro programa, o sustituida por otra; sus cambios se fusionaron donde la oficina no había cambiado el valor, así que verifique esas columnas en {office} antes de fiarse de ellas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="315" />
      <source>%n of {total} tiles could not be downloaded (a server error, no answer or an invalid image): the basemap has holes at zoom {zooms}.</source>
      <translation>
        <numerusform>%n de las {total} teselas no se pudo descargar (un error del servidor, sin respuesta o una imagen no válida): el mapa base tiene huecos en el zoom {zooms}.</numerusform>
        <numerusform>%n de las {total} teselas no se pudieron descargar (un error del servidor, sin respuesta o una imagen no válida): el mapa base tiene huecos en el zoom {zooms}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="262" />
      <source>%n pages</source>
      <translation>
        <numerusform>%n página</numerusform>
        <numerusform>%n páginas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="196" />
      <source>%n pending</source>
      <translation>
        <numerusform>%n pendiente</numerusform>
        <numerusform>%n pendientes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="133" />
      <source>%n photos or files linked from those columns were left out too.</source>
      <translation>
        <numerusform>También se dejó fuera %n foto o archivo enlazado desde esas columnas.</numerusform>
        <numerusform>También se dejaron fuera %n fotos o archivos enlazados desde esas columnas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="379" />
      <source>%n photos or files of the submissions were missing: they are listed in manifest.json.</source>
      <translation>
        <numerusform>Faltaba %n foto o archivo de los envíos: figura en manifest.json.</numerusform>
        <numerusform>Faltaban %n fotos o archivos de los envíos: figuran en manifest.json.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="76" />
      <source>%n questions</source>
      <translation>
        <numerusform>%n pregunta</numerusform>
        <numerusform>%n preguntas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="94" />
      <source>%n repeat rows added</source>
      <translation>
        <numerusform>%n fila de repetición añadida</numerusform>
        <numerusform>%n filas de repetición añadidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="180" />
      <source>%n repeat rows of form {id} on {host} belong to no submission that was downloaded ({parents}), so they are not in the GeoPackage. A submission sent during the download comes with the next update.</source>
      <translation>
        <numerusform>%n fila de repetición del formulario {id} en {host} no pertenece a ningún envío descargado ({parents}), así que no está en el GeoPackage. Un envío hecho durante la descarga llega con la próxima actualización.</numerusform>
        <numerusform>%n filas de repetición del formulario {id} en {host} no pertenecen a ningún envío descargado ({parents}), así que no están en el GeoPackage. Un envío hecho durante la descarga llega con la próxima actualización.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="69" />
      <source>%n rows added in the field came without an _index, or with one the office holds: they were given the office's next ones ({indexes}), which the rows added under them name as their _parent_index.</source>
      <translation>
        <numerusform>%n fila añadida en el terreno llegó sin _index, o con uno que la oficina ya usa: recibió el siguiente de la oficina ({indexes}), que las filas añadidas bajo ella indican como su _parent_index.</numerusform>
        <numerusform>%n filas añadidas en el terreno llegaron sin _index, o con uno que la oficina ya usa: recibieron los siguientes de la oficina ({indexes}), que las filas añadidas bajo ellas indican como su _parent_index.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="109" />
      <source>%n rows are kept as they are</source>
      <translation>
        <numerusform>%n fila se conserva tal como está</numerusform>
        <numerusform>%n filas se conservan tal como están</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="180" />
      <source>%n rows belong to submissions that refused consent ({column} in the table {table}): they were left out of the shared file.</source>
      <translation>
        <numerusform>%n fila pertenece a un envío que rechazó el consentimiento ({column} en la tabla {table}): se excluyó del archivo compartido.</numerusform>
        <numerusform>%n filas pertenecen a envíos que rechazaron el consentimiento ({column} en la tabla {table}): se excluyeron del archivo compartido.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="120" />
      <source>%n rows copied into {schema} of {target} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n fila copiada en {schema} de {target} en {seconds:.1f} s.</numerusform>
        <numerusform>%n filas copiadas en {schema} de {target} en {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="282" />
      <source>%n rows imported from {file}. Save them to keep them.</source>
      <translation>
        <numerusform>%n fila importada desde {file}. Guárdela para conservarla.</numerusform>
        <numerusform>%n filas importadas desde {file}. Guárdelas para conservarlas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="413" />
      <source>%n rows of the cleaning log {file} are decided otherwise in the survey's own cleaning log {own}, which is not applied when a log file is chosen: {rows}. Bring the decisions together in one log and apply it again.</source>
      <translation>
        <numerusform>%n fila del registro de limpieza {file} tiene otra decisión en el propio registro de limpieza de la encuesta, {own}, que no se aplica cuando se elige un archivo de registro: {rows}. Reúna las decisiones en un solo registro y vuelva a aplicarlo.</numerusform>
        <numerusform>%n filas del registro de limpieza {file} tienen otra decisión en el propio registro de limpieza de la encuesta, {own}, que no se aplica cuando se elige un archivo de registro: {rows}. Reúna las decisiones en un solo registro y vuelva a aplicarlo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="454" />
      <source>%n rows of the cleaning log {file} name submissions that are not in the data (was the log made on another survey, or on submissions removed since?); they were skipped. Rows and uuids: {rows}</source>
      <translation>
        <numerusform>%n fila del registro de limpieza {file} nombra un envío que no está en los datos (¿se hizo el registro sobre otra encuesta, o sobre envíos eliminados desde entonces?); se omitió. Fila y uuid: {rows}</numerusform>
        <numerusform>%n filas del registro de limpieza {file} nombran envíos que no están en los datos (¿se hizo el registro sobre otra encuesta, o sobre envíos eliminados desde entonces?); se omitieron. Filas y uuid: {rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="71" />
      <source>%n rows of the cleaning log {file} were already applied to this layer by an earlier run (rows {rows}, recorded in its table {table}): they were skipped, so that nothing is changed or removed twice.</source>
      <translation>
        <numerusform>%n fila del registro de limpieza {file} ya se aplicó a esta capa en una ejecución anterior (fila {rows}, registrada en su tabla {table}): se omitió, para que nada se cambie ni se elimine dos veces.</numerusform>
        <numerusform>%n filas del registro de limpieza {file} ya se aplicaron a esta capa en una ejecución anterior (filas {rows}, registradas en su tabla {table}): se omitieron, para que nada se cambie ni se elimine dos veces.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="267" />
      <source>%n rows of the survey's repeat tables belong to submissions the cleaning log removed ({counts}), and the cleaned layer {output} is written without its repeat tables: the survey's tables still hold them. Write the cleaned layer to a new GeoPackage to get its repeat tables without such rows.</source>
      <translation>
        <numerusform>%n fila de las tablas de repetición de la encuesta pertenece a un envío que el registro de limpieza eliminó ({counts}), y la capa limpia {output} se escribe sin sus tablas de repetición: las tablas de la encuesta aún la contienen. Escriba la capa limpia en un GeoPackage nuevo para obtener sus tablas de repetición sin esas filas.</numerusform>
        <numerusform>%n filas de las tablas de repetición de la encuesta pertenecen a envíos que el registro de limpieza eliminó ({counts}), y la capa limpia {output} se escribe sin sus tablas de repetición: las tablas de la encuesta aún las contienen. Escriba la capa limpia en un GeoPackage nuevo para obtener sus tablas de repetición sin esas filas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="256" />
      <source>%n rows of {table} added in the field belong to no submission merged (their PARENT_KEY is empty or is not the KEY of a submission of this package): they were not merged.</source>
      <translation>
        <numerusform>%n fila de {table} añadida en el terreno no pertenece a ningún envío fusionado (su PARENT_KEY está vacío o no es la KEY de un envío de este paquete): no se fusionó.</numerusform>
        <numerusform>%n filas de {table} añadidas en el terreno no pertenecen a ningún envío fusionado (su PARENT_KEY está vacío o no es la KEY de un envío de este paquete): no se fusionaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="248" />
      <source>%n rows of {table} added in the field belong to no submission merged (their _submission__uuid is empty or another package's): they were not merged.</source>
      <translation>
        <numerusform>%n fila de {table} añadida en el terreno no pertenece a ningún envío fusionado (su _submission__uuid está vacío o es de otro paquete): no se fusionó.</numerusform>
        <numerusform>%n filas de {table} añadidas en el terreno no pertenecen a ningún envío fusionado (su _submission__uuid está vacío o es de otro paquete): no se fusionaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="208" />
      <source>%n rows of {table} added in the field have the _uuid of submissions the office holds: they were not merged.</source>
      <translation>
        <numerusform>%n fila de {table} añadida en el campo tiene el _uuid de un envío presente en la oficina: no se fusionó.</numerusform>
        <numerusform>%n filas de {table} añadidas en el campo tienen el _uuid de envíos presentes en la oficina: no se fusionaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="215" />
      <source>%n rows of {table} added in the field, without a _uuid, have the same answers and point as submissions another copy of this package brought: they were not added (if they are other households, add them by hand).</source>
      <translation>
        <numerusform>%n fila de {table} añadida en el campo, sin _uuid, tiene las mismas respuestas y el mismo punto que un envío que trajo otra copia de este paquete: no se añadió (si es otro hogar, añádala a mano).</numerusform>
        <numerusform>%n filas de {table} añadidas en el campo, sin _uuid, tienen las mismas respuestas y el mismo punto que envíos que trajo otra copia de este paquete: no se añadieron (si son otros hogares, añádalas a mano).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="200" />
      <source>%n rows of {table} changed or added in the field belong to submissions removed in the office: they were not merged.</source>
      <translation>
        <numerusform>%n fila de {table} cambiada o añadida en el campo pertenece a un envío eliminado en la oficina: no se fusionó.</numerusform>
        <numerusform>%n filas de {table} cambiadas o añadidas en el campo pertenecen a envíos eliminados en la oficina: no se fusionaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="194" />
      <source>%n rows of {table} deleted in the field were kept in the office: deletions are not merged.</source>
      <translation>
        <numerusform>%n fila de {table} eliminada en el campo se conservó en la oficina: las eliminaciones no se fusionan.</numerusform>
        <numerusform>%n filas de {table} eliminadas en el campo se conservaron en la oficina: las eliminaciones no se fusionan.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="232" />
      <source>%n rows of {table} have dates written in the field that are not dates (e.g. 12/03/2024 instead of 2024-03-12): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>%n fila de {table} tiene una fecha escrita en el terreno que no es una fecha (p. ej. 12/03/2024 en lugar de 2024-03-12): se conservó el valor de la oficina (cada una se lista con su texto).</numerusform>
        <numerusform>%n filas de {table} tienen fechas escritas en el terreno que no son fechas (p. ej. 12/03/2024 en lugar de 2024-03-12): se conservaron los valores de la oficina (cada una se lista con su texto).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="240" />
      <source>%n rows of {table} have numbers written in the field that their columns cannot hold (e.g. '30 500,5' or 'six'): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>%n fila de {table} tiene un número escrito en el terreno que su columna no puede contener (p. ej. '30 500,5' o 'six'): se conservó el valor de la oficina (cada uno se lista con su texto).</numerusform>
        <numerusform>%n filas de {table} tienen números escritos en el terreno que sus columnas no pueden contener (p. ej. '30 500,5' o 'six'): se conservaron los valores de la oficina (cada uno se lista con su texto).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="224" />
      <source>%n rows of {table} have values entered in the field in columns the office file does not have: they were not merged (each is listed with its column and value).</source>
      <translation>
        <numerusform>%n fila de {table} tiene valores introducidos en el terreno en columnas que el archivo de la oficina no tiene: no se fusionaron (cada uno se lista con su columna y su valor).</numerusform>
        <numerusform>%n filas de {table} tienen valores introducidos en el terreno en columnas que el archivo de la oficina no tiene: no se fusionaron (cada uno se lista con su columna y su valor).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_repeats.py" line="62" />
      <source>%n rows shared belong to {submissions} submissions missing from the table {table} of the same GeoPackage (removed in cleaning?): they are shared all the same. To share only the rows of kept submissions, share a copy of the table without them.</source>
      <translation>
        <numerusform>%n fila compartida pertenece a {submissions} envío ausente de la tabla {table} del mismo GeoPackage (¿quitado en la limpieza?): se comparte de todos modos. Para compartir solo las filas de los envíos conservados, comparta una copia de la tabla sin ella.</numerusform>
        <numerusform>%n filas compartidas pertenecen a {submissions} envíos ausentes de la tabla {table} del mismo GeoPackage (¿quitados en la limpieza?): se comparten de todos modos. Para compartir solo las filas de los envíos conservados, comparta una copia de la tabla sin ellas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="43" />
      <source>%n rows written to {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n fila escrita en {file} en {seconds:.1f} s.</numerusform>
        <numerusform>%n filas escritas en {file} en {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="459" />
      <source>%n rows written to {file}.</source>
      <translation>
        <numerusform>%n fila escrita en {file}.</numerusform>
        <numerusform>%n filas escritas en {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="141" />
      <source>%n select answers changed in the field are not choices of the form ({values}): they were merged as written, with themselves as their labels; check them in the table {table}.</source>
      <translation>
        <numerusform>%n respuesta de selección cambiada en el terreno no es una opción del formulario ({values}): se fusionó tal como se escribió, con ella misma como etiqueta; verifíquela en la tabla {table}.</numerusform>
        <numerusform>%n respuestas de selección cambiadas en el terreno no son opciones del formulario ({values}): se fusionaron tal como se escribieron, con ellas mismas como etiquetas; verifíquelas en la tabla {table}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/resume.py" line="71" />
      <source>%n submissions already downloaded are kept beside {file}: the next download of this form into it continues from there.</source>
      <translation>
        <numerusform>%n envío ya descargado se conserva junto a {file}: la próxima descarga de este formulario en él continuará desde ahí.</numerusform>
        <numerusform>%n envíos ya descargados se conservan junto a {file}: la próxima descarga de este formulario en él continuará desde ahí.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="253" />
      <source>%n submissions are outside every area or have an unknown P-code.</source>
      <translation>
        <numerusform>%n envío está fuera de todas las unidades o tiene un P-code desconocido.</numerusform>
        <numerusform>%n envíos están fuera de todas las unidades o tienen un P-code desconocido.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="173" />
      <source>%n submissions gave no answer to {question} (skipped or refused): each share is of the submissions that answered, and the threshold counts them only.</source>
      <translation>
        <numerusform>%n envío no respondió a {question} (pregunta saltada o rechazada): cada proporción es de los envíos que respondieron, y el umbral solo cuenta esos.</numerusform>
        <numerusform>%n envíos no respondieron a {question} (pregunta saltada o rechazada): cada proporción es de los envíos que respondieron, y el umbral solo cuenta esos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="265" />
      <source>%n submissions give answers to {field} written like “{code}” but which the form names as another choice (its name or its label): {listed}. They were not counted as “{code}”: check them.</source>
      <translation>
        <numerusform>%n envío da a {field} una respuesta escrita como «{code}» pero que el formulario designa como otra opción (por su nombre o su etiqueta): {listed}. No se contó como «{code}»: verifíquelo.</numerusform>
        <numerusform>%n envíos dan a {field} respuestas escritas como «{code}» pero que el formulario designa como otra opción (por su nombre o su etiqueta): {listed}. No se contaron como «{code}»: verifíquelos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="255" />
      <source>%n submissions give “{code}” to {field} written otherwise: {listed}. They were counted as “{code}”, the same answer. Correct the survey to write it one way.</source>
      <translation>
        <numerusform>%n envío da a {field} la respuesta «{code}» escrita de otra forma: {listed}. Se contó como «{code}», la misma respuesta. Corrija la encuesta para que la escriba de una sola forma.</numerusform>
        <numerusform>%n envíos dan a {field} la respuesta «{code}» escrita de otra forma: {listed}. Se contaron como «{code}», la misma respuesta. Corrija la encuesta para que la escriba de una sola forma.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="89" />
      <source>%n submissions have a P-code that matches no area of {layer} and are not counted: {listed}. Correct these P-codes in the survey, or choose the admin layer of their level, and count again.</source>
      <translation>
        <numerusform>%n envío tiene un P-code que no corresponde a ningún área de {layer} y no se cuenta: {listed}. Corrija el P-code en la encuesta, o elija la capa administrativa de su nivel, y vuelva a contar.</numerusform>
        <numerusform>%n envíos tienen un P-code que no corresponde a ningún área de {layer} y no se cuentan: {listed}. Corrija estos P-codes en la encuesta, o elija la capa administrativa de su nivel, y vuelva a contar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="154" />
      <source>%n submissions have a location outside the earth (first: feature {fid}: {x}, {y}) and are not counted. Correct their GPS locations (latitude and longitude swapped or mistyped?).</source>
      <translation>
        <numerusform>%n envío tiene una ubicación fuera de la Tierra (entidad {fid}: {x}, {y}) y no se cuenta. Corrija su ubicación GPS (¿latitud y longitud invertidas o mal escritas?).</numerusform>
        <numerusform>%n envíos tienen una ubicación fuera de la Tierra (primero: entidad {fid}: {x}, {y}) y no se cuentan. Corrija sus ubicaciones GPS (¿latitud y longitud invertidas o mal escritas?).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="258" />
      <source>%n submissions have no location or P-code.</source>
      <translation>
        <numerusform>%n envío no tiene ubicación ni P-code.</numerusform>
        <numerusform>%n envíos no tienen ubicación ni P-code.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="67" />
      <source>%n submissions have the uuid {uuid} ({ids}) and {matched} of them the old value '{old}': the row cannot tell which one it means. Give the old value that only the submission to change has</source>
      <translation>
        <numerusform>%n envío tiene el uuid {uuid} ({ids}), {matched} de ellos con el valor anterior «{old}»: la fila no permite saber a cuál se refiere. Indique el valor anterior que solo tiene el envío que se debe cambiar</numerusform>
        <numerusform>%n envíos tienen el uuid {uuid} ({ids}), {matched} de ellos con el valor anterior «{old}»: la fila no permite saber a cuál se refiere. Indique el valor anterior que solo tiene el envío que se debe cambiar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="75" />
      <source>%n submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove. Give in old_value the value of its question that only the submission to remove has, or write the question _uuid to remove every copy but the first</source>
      <translation>
        <numerusform>%n envío tiene el uuid {uuid} ({ids}): la fila no permite saber cuál eliminar. Indique en old_value el valor de su pregunta que solo tiene el envío que se debe eliminar, o escriba la pregunta _uuid para eliminar todas las copias salvo la primera</numerusform>
        <numerusform>%n envíos tienen el uuid {uuid} ({ids}): la fila no permite saber cuál eliminar. Indique en old_value el valor de su pregunta que solo tiene el envío que se debe eliminar, o escriba la pregunta _uuid para eliminar todas las copias salvo la primera</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="103" />
      <source>%n submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n envío importado ({missing} sin posición) en {file} en {seconds:.1f} s.</numerusform>
        <numerusform>%n envíos importados ({missing} sin posición) en {file} en {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="241" />
      <source>%n submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>%n envío importado en {file}; {missing} sin posición. Tablas: {tables}. Idioma: {language}.</numerusform>
        <numerusform>%n envíos importados en {file}; {missing} sin posición. Tablas: {tables}. Idioma: {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="261" />
      <source>%n submissions in all</source>
      <translation>
        <numerusform>%n envío en total</numerusform>
        <numerusform>%n envíos en total</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="236" />
      <source>%n submissions in {file} were deleted on {host} since they were downloaded: {uuids}. They are still in the GeoPackage and in every export made from it (an update removes nothing). To remove them, add a row with the change type remove_survey and their uuid to the cleaning log and apply it, or download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>%n envío de {file} se eliminó en {host} desde que se descargó: {uuids}. Sigue en el GeoPackage y en cada exportación hecha a partir de él (una actualización no elimina nada). Para quitarlo, añada al registro de limpieza una fila con el tipo de cambio remove_survey y su uuid, y aplique el registro, o descargue el formulario en un GeoPackage nuevo.</numerusform>
        <numerusform>%n envíos de {file} se eliminaron en {host} desde que se descargaron: {uuids}. Siguen en el GeoPackage y en cada exportación hecha a partir de él (una actualización no elimina nada). Para quitarlos, añada al registro de limpieza una fila por envío con el tipo de cambio remove_survey y su uuid, y aplique el registro, o descargue el formulario en un GeoPackage nuevo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="250" />
      <source>%n submissions in {file} were edited or reviewed again on {host} since they were downloaded: {uuids}. The GeoPackage keeps their answers and review state as first downloaded; to get the edited versions, download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>%n envío de {file} se editó o se volvió a revisar en {host} desde que se descargó: {uuids}. El GeoPackage conserva sus respuestas y su estado de revisión tal como se descargaron la primera vez; para obtener la versión editada, descargue el formulario en un GeoPackage nuevo.</numerusform>
        <numerusform>%n envíos de {file} se editaron o se volvieron a revisar en {host} desde que se descargaron: {uuids}. El GeoPackage conserva sus respuestas y su estado de revisión tal como se descargaron la primera vez; para obtener las versiones editadas, descargue el formulario en un GeoPackage nuevo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="128" />
      <source>%n submissions lie in several overlapping areas of {layer} ({listed}); each was counted once, in the first area listed (in the order of the layer). Check the boundaries: areas of one level do not overlap.</source>
      <translation>
        <numerusform>%n envío está en varias zonas superpuestas de {layer} ({listed}); se contó una sola vez, en la primera zona de la lista (en el orden de la capa). Verifique los límites: las zonas de un mismo nivel no se superponen.</numerusform>
        <numerusform>%n envíos están en varias zonas superpuestas de {layer} ({listed}); cada uno se contó una sola vez, en la primera zona de la lista (en el orden de la capa). Verifique los límites: las zonas de un mismo nivel no se superponen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="141" />
      <source>%n submissions lie right on a border shared by areas of {layer} ({listed}); each was counted once, in the area whose P-code comes first (the first listed). A shared border is no overlap: the boundaries need no correction.</source>
      <translation>
        <numerusform>%n envío está justo sobre un límite compartido por unidades de {layer} ({listed}); se contó una sola vez, en la unidad cuyo P-code va primero (la primera de la lista). Un límite compartido no es una superposición: los límites no necesitan corrección.</numerusform>
        <numerusform>%n envíos están justo sobre un límite compartido por unidades de {layer} ({listed}); cada uno se contó una sola vez, en la unidad cuyo P-code va primero (la primera de la lista). Un límite compartido no es una superposición: los límites no necesitan corrección.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="221" />
      <source>%n submissions of form {id} are on {host} but not in the GeoPackage, and could not be downloaded on their own: {uuids}. Download the form into a new GeoPackage to get them.</source>
      <translation>
        <numerusform>%n envío del formulario {id} está en {host} pero no en el GeoPackage, y no se pudo descargar por separado: {uuids}. Descargue el formulario en un GeoPackage nuevo para obtenerlo.</numerusform>
        <numerusform>%n envíos del formulario {id} están en {host} pero no en el GeoPackage, y no se pudieron descargar por separado: {uuids}. Descargue el formulario en un GeoPackage nuevo para obtenerlos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="111" />
      <source>%n submissions of form {id} on {host} are encrypted and could not be read, so they were not imported: download the form's submissions from ODK Central with the encryption passphrase (or decrypt them with ODK Briefcase) and import that export; every update asks for them again.</source>
      <translation>
        <numerusform>%n envío del formulario {id} en {host} está cifrado y no se pudo leer, así que no se importó: descargue los envíos del formulario desde ODK Central con la frase de contraseña de cifrado (o descífrelos con ODK Briefcase) e importe esa exportación; cada actualización vuelve a pedirlos.</numerusform>
        <numerusform>%n envíos del formulario {id} en {host} están cifrados y no se pudieron leer, así que no se importaron: descargue los envíos del formulario desde ODK Central con la frase de contraseña de cifrado (o descífrelos con ODK Briefcase) e importe esa exportación; cada actualización vuelve a pedirlos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="208" />
      <source>%n submissions of form {id} on {host} were not in the GeoPackage although they are older than the newest one held (restored on the server, sent late, or missing from the file first imported): they were downloaded and added.</source>
      <translation>
        <numerusform>%n envío del formulario {id} en {host} no estaba en el GeoPackage aunque es más antiguo que el más reciente que contiene (restaurado en el servidor, enviado tarde o ausente del archivo importado al principio): se descargó y se añadió.</numerusform>
        <numerusform>%n envíos del formulario {id} en {host} no estaban en el GeoPackage aunque son más antiguos que el más reciente que contiene (restaurados en el servidor, enviados tarde o ausentes del archivo importado al principio): se descargaron y se añadieron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="99" />
      <source>%n submissions of form {id} that the pages missed could not be downloaded on their own from {host} (deleted meanwhile, or the server would not send them alone): {uuids}. If they are still on the server, download the form again.</source>
      <translation>
        <numerusform>%n envío del formulario {id} que las páginas omitieron no se pudo descargar aparte desde {host} (borrado entretanto, o el servidor no lo envía solo): {uuids}. Si sigue en el servidor, descargue de nuevo el formulario.</numerusform>
        <numerusform>%n envíos del formulario {id} que las páginas omitieron no se pudieron descargar aparte desde {host} (borrados entretanto, o el servidor no los envía solos): {uuids}. Si siguen en el servidor, descargue de nuevo el formulario.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="214" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before their repeats ({repeats}) could be read: {uuids}. They are kept as they were read, without them.</source>
      <translation>
        <numerusform>%n envío del formulario {id} se eliminó en {host} durante la descarga, antes de que pudieran leerse sus repeticiones ({repeats}): {uuids}. Se conserva tal como se leyó, sin ellas.</numerusform>
        <numerusform>%n envíos del formulario {id} se eliminaron en {host} durante la descarga, antes de que pudieran leerse sus repeticiones ({repeats}): {uuids}. Se conservan tal como se leyeron, sin ellas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="172" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before they could be downloaded: {uuids}. They are no longer on the server.</source>
      <translation>
        <numerusform>%n envío del formulario {id} se eliminó en {host} durante la descarga, antes de que pudiera descargarse: {uuids}. Ya no está en el servidor.</numerusform>
        <numerusform>%n envíos del formulario {id} se eliminaron en {host} durante la descarga, antes de que pudieran descargarse: {uuids}. Ya no están en el servidor.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="187" />
      <source>%n submissions of form {id} were not in the pages sent by {host} (submissions were sent, deleted or restored on the server during the download); they were downloaded on their own.</source>
      <translation>
        <numerusform>%n envío del formulario {id} no estaba en las páginas enviadas por {host} (se enviaron, borraron o restauraron envíos en el servidor durante la descarga); se descargó aparte.</numerusform>
        <numerusform>%n envíos del formulario {id} no estaban en las páginas enviadas por {host} (se enviaron, borraron o restauraron envíos en el servidor durante la descarga); se descargaron aparte.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/kobo.py" line="256" />
      <source>%n submissions of form {uid} on {host} came without an _id or _uuid and were perhaps sent again: they may have been written twice. Check for duplicates.</source>
      <translation>
        <numerusform>%n envío del formulario {uid} en {host} llegó sin _id ni _uuid y quizá se envió de nuevo: puede que se haya escrito dos veces. Verifique si hay duplicados.</numerusform>
        <numerusform>%n envíos del formulario {uid} en {host} llegaron sin _id ni _uuid y quizá se enviaron de nuevo: puede que se hayan escrito dos veces. Verifique si hay duplicados.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="57" />
      <source>%n submissions of {points} lie outside every area of {admin} and are not counted. If they were made in these areas, their latitude and longitude may be swapped, or {points} may have the wrong coordinate reference system ({crs}).</source>
      <translation>
        <numerusform>%n envío de {points} está fuera de todas las unidades de {admin} y no se cuenta. Si se hizo en estas unidades, puede que su latitud y longitud estén invertidas, o que {points} tenga un sistema de referencia de coordenadas incorrecto ({crs}).</numerusform>
        <numerusform>%n envíos de {points} están fuera de todas las unidades de {admin} y no se cuentan. Si se hicieron en estas unidades, puede que su latitud y longitud estén invertidas, o que {points} tenga un sistema de referencia de coordenadas incorrecto ({crs}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refusals.py" line="49" />
      <source>%n submissions refused consent ({column}): they were left out of the shared file.</source>
      <translation>
        <numerusform>%n envío rechazó el consentimiento ({column}): se excluyó del archivo compartido.</numerusform>
        <numerusform>%n envíos rechazaron el consentimiento ({column}): se excluyeron del archivo compartido.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="224" />
      <source>%n submissions removed</source>
      <translation>
        <numerusform>%n envío eliminado</numerusform>
        <numerusform>%n envíos eliminados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation type="vanished">
        <numerusform>%n envío se contó en un área cuyo P-code escribe de otra forma (espacios, guiones, caracteres de ancho completo o un '.0' añadido por Excel): {listed}. Verifique que se trata de la misma área y corrija el P-code en la encuesta.</numerusform>
        <numerusform>%n envíos se contaron en un área cuyo P-code escriben de otra forma (espacios, guiones, caracteres de ancho completo o un '.0' añadido por Excel): {listed}. Verifique que se trata de las mismas áreas y corrija los P-codes en la encuesta.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="108" />
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, invisible characters, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation>
        <numerusform>%n envío se contó en un área cuyo P-code escribe de otra forma (espacios, guiones, caracteres invisibles, caracteres de ancho completo o un '.0' añadido por Excel): {listed}. Verifique que se trata de la misma área y corrija el P-code en la encuesta.</numerusform>
        <numerusform>%n envíos se contaron en un área cuyo P-code escriben de otra forma (espacios, guiones, caracteres invisibles, caracteres de ancho completo o un '.0' añadido por Excel): {listed}. Verifique que se trata de las mismas áreas y corrija los P-codes en la encuesta.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="250" />
      <source>%n submissions were counted in {areas}.</source>
      <translation>
        <numerusform>%n envío se contó en {areas}.</numerusform>
        <numerusform>%n envíos se contaron en {areas}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="108" />
      <source>%n submissions will be removed</source>
      <translation>
        <numerusform>%n envío se eliminará</numerusform>
        <numerusform>%n envíos se eliminarán</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="270" />
      <source>%n temporary layers are held in memory only: they are lost, saved or not.</source>
      <translation>
        <numerusform>%n capa temporal solo está en memoria: se pierde, se guarde o no.</numerusform>
        <numerusform>%n capas temporales solo están en memoria: se pierden, se guarde o no.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="53" />
      <source>%n tiles (about {size} MB, {minutes} min over a field connection).</source>
      <translation>
        <numerusform>%n tesela (unos {size} MB, {minutes} min con una conexión de campo).</numerusform>
        <numerusform>%n teselas (unos {size} MB, {minutes} min con una conexión de campo).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="331" />
      <source>%n tiles written to {file}.</source>
      <translation>
        <numerusform>%n tesela escrita en {file}.</numerusform>
        <numerusform>%n teselas escritas en {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="75" />
      <source>%n times of {column} have no time zone while the others have several (first: {uuid}, '{value}'): they were read as UTC; check their durations.</source>
      <translation>
        <numerusform>%n hora de {column} no tiene zona horaria mientras que las demás tienen varias (primera: {uuid}, '{value}'): se leyó como UTC; verifique su duración.</numerusform>
        <numerusform>%n horas de {column} no tienen zona horaria mientras que las demás tienen varias (primera: {uuid}, '{value}'): se leyeron como UTC; verifique sus duraciones.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="64" />
      <source>%n times of {column} have no time zone while the others have {offset} (first: {uuid}, '{value}'): they were read in {offset}.</source>
      <translation>
        <numerusform>%n hora de {column} no tiene zona horaria mientras que las demás tienen {offset} (primera: {uuid}, '{value}'): se leyó en {offset}.</numerusform>
        <numerusform>%n horas de {column} no tienen zona horaria mientras que las demás tienen {offset} (primera: {uuid}, '{value}'): se leyeron en {offset}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="197" />
      <source>%n to change</source>
      <translation>
        <numerusform>%n por cambiar</numerusform>
        <numerusform>%n por cambiar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="198" />
      <source>%n to remove</source>
      <translation>
        <numerusform>%n por eliminar</numerusform>
        <numerusform>%n por eliminar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="223" />
      <source>%n values changed</source>
      <translation>
        <numerusform>%n valor cambiado</numerusform>
        <numerusform>%n valores cambiados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="93" />
      <source>%n values edited</source>
      <translation>
        <numerusform>%n valor editado</numerusform>
        <numerusform>%n valores editados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="72" />
      <source>%n values of {column} are dates without a time (first: {uuid}, '{value}'): their interviews were checked for the collection period only.</source>
      <translation>
        <numerusform>%n valor de {column} es una fecha sin hora (primero: {uuid}, '{value}'): su entrevista solo se verificó en cuanto al período de recolección.</numerusform>
        <numerusform>%n valores de {column} son fechas sin hora (primero: {uuid}, '{value}'): sus entrevistas solo se verificaron en cuanto al período de recolección.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="104" />
      <source>%n values of {column} could not be read as dates (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Write them YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.</source>
      <translation>
        <numerusform>%n valor de {column} no se pudo leer como fecha (primero: {uuid}, '{value}'): su entrevista no se verificó en cuanto a duración, período de recolección ni series de entrevistas seguidas. Escríbalo como AAAA-MM-DD o AAAA-MM-DDThh:mm:ss, como Kobo y ODK exportan las fechas.</numerusform>
        <numerusform>%n valores de {column} no se pudieron leer como fechas (primero: {uuid}, '{value}'): sus entrevistas no se verificaron en cuanto a duración, período de recolección ni series de entrevistas seguidas. Escríbalos como AAAA-MM-DD o AAAA-MM-DDThh:mm:ss, como Kobo y ODK exportan las fechas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="103" />
      <source>%n values will be changed</source>
      <translation>
        <numerusform>%n valor se cambiará</numerusform>
        <numerusform>%n valores se cambiarán</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="130" />
      <source>&amp;Finish</source>
      <translation>&amp;Finalizar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="132" />
      <source>&amp;Help</source>
      <translation>&amp;Ayuda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="129" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="72" />
      <source>&amp;Reviewer</source>
      <translation>&amp;Revisado por</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="24" />
      <source>'Other (specify)' answers</source>
      <translation>Respuestas «Otro (especificar)»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="439" />
      <source>'{name}' (columns {columns}, imported as {names})</source>
      <translation>'{name}' (columnas {columns}, importadas como {names})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="93" />
      <source>'{path}' ('{flat}')</source>
      <translation>'{path}' ('{flat}')</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="60" />
      <source>'{schema}' is not a usable schema name: use lower case letters, digits and _ (for example {suggestion}).</source>
      <translation>'{schema}' no es un nombre de esquema utilizable: use letras minúsculas, cifras y _ (por ejemplo {suggestion}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="123" />
      <source>'{table}' is a table the survey {schema} came with: the cleaned layer never replaces it. Choose another table name, such as {suggestion}.</source>
      <translation>«{table}» es una tabla con la que llegó la encuesta {schema}: la capa limpia nunca la reemplaza. Elija otro nombre de tabla, como {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="52" />
      <source>'{text}' cannot name a PostgreSQL schema: use letters, digits and _.</source>
      <translation>'{text}' no puede nombrar un esquema PostgreSQL: use letras, cifras y _.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="384" />
      <source>'{value}' (choices are separated by spaces)</source>
      <translation>'{value}' (las opciones se separan con espacios)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="382" />
      <source>'{value}' (the label of {code})</source>
      <translation>'{value}' (la etiqueta de {code})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="312" />
      <source>'{value}' has a coordinate that is not a finite number.</source>
      <translation>'{value}' tiene una coordenada que no es un número finito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="308" />
      <source>'{value}' is an empty geometry (a coordinate is missing or not a number).</source>
      <translation>'{value}' es una geometría vacía (falta una coordenada o no es un número).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="44" />
      <source>'{value}' is not a finite number ({what}).</source>
      <translation>«{value}» no es un número finito ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="305" />
      <source>'{value}' is not a geometry.</source>
      <translation>«{value}» no es una geometría.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="62" />
      <source>'{value}' is not a geopoint: expected 'latitude longitude altitude accuracy'.</source>
      <translation>«{value}» no es un geopoint: formato esperado «latitud longitud altitud precisión».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="79" />
      <source>'{value}' is not a line: it needs at least 2 points.</source>
      <translation>«{value}» no es una línea: necesita al menos 2 puntos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="351" />
      <source>'{value}' is not a location</source>
      <translation>«{value}» no es una posición</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="42" />
      <source>'{value}' is not a number ({what}).</source>
      <translation>«{value}» no es un número ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="91" />
      <source>'{value}' is not a polygon: it needs at least 3 distinct points.</source>
      <translation>«{value}» no es un polígono: necesita al menos 3 puntos distintos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="270" />
      <source>'{value}' is not one of {allowed}</source>
      <translation>«{value}» no es uno de los valores admitidos ({allowed})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="315" />
      <source>'{value}' is outside -180..180 / -90..90: is the file in another coordinate system than WGS 84 (longitude, latitude)?</source>
      <translation>'{value}' está fuera de -180..180 / -90..90: ¿está el archivo en otro sistema de coordenadas distinto de WGS 84 (longitud, latitud)?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="448" />
      <source>(its list of attachments)</source>
      <translation>(su lista de archivos adjuntos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/i18n.py" line="80" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="326" />
      <source>... and {count} more.</source>
      <translation>... y {count} más.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="269" />
      <source>... started within</source>
      <translation>... iniciadas en menos de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="200" />
      <source>... started within (minutes)</source>
      <translation>... iniciadas en menos de (minutos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="43" />
      <source>1. Import survey data…</source>
      <translation>1. Importar datos de encuesta…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="50" />
      <source>2. Check and clean…</source>
      <translation>2. Verificar y limpiar…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="57" />
      <source>3. Make a map…</source>
      <translation>3. Crear un mapa…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="64" />
      <source>4. Export the map…</source>
      <translation>4. Exportar el mapa…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="23" />
      <source>7 cascading selects: answers whose choice belongs to another answer of the question their choice_filter names (needs the XLSForm).</source>
      <translation>7 selecciones en cascada: respuestas cuya opción pertenece a otra respuesta de la pregunta que nombra su choice_filter (necesita el XLSForm).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="128" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="37" />
      <source>A .xlsx or .csv file; cells starting like a formula are prefixed with an apostrophe.</source>
      <translation>Un archivo .xlsx o .csv; a las celdas que empiezan como una fórmula se les antepone un apóstrofo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="94" />
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept) and each field change not merged (a row deleted in the field, a change to a row the office removed), with its reason, e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation>Un archivo CSV que enumera cada valor cambiado a la vez en la oficina y por el equipo de campo (se conserva el valor de la oficina) y cada cambio de campo no fusionado (una fila eliminada en el campo, un cambio en una fila que la oficina eliminó), con su motivo, p. ej., conflicts.csv. La misma lista está en la tabla field_conflicts.</translation>
    </message>
    <message>
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept), e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation type="vanished">Un archivo CSV que enumera cada valor cambiado a la vez en la oficina y por el equipo de campo (se conserva el valor de la oficina), p. ej., conflicts.csv. La misma lista está en la tabla field_conflicts.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="56" />
      <source>A GPS point is often a home. Move, snap or count the points by admin area before sharing them.</source>
      <translation>Un punto GPS suele ser un domicilio. Desplace los puntos, ajústelos a una cuadrícula o cuéntelos por unidad administrativa antes de compartirlos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="52" />
      <source>A GeoPackage of admin boundaries to take along, e.g. admin_boundaries.gpkg.</source>
      <translation>Un GeoPackage de límites administrativos que llevar, p. ej., admin_boundaries.gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="32" />
      <source>A GeoPackage of admin boundaries, e.g. admin_boundaries.gpkg, drawn in the vector background written when no tile can be downloaded.</source>
      <translation>Un GeoPackage de límites administrativos, p. ej., admin_boundaries.gpkg, dibujados en el fondo vectorial que se escribe cuando no se puede descargar ninguna tesela.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="38" />
      <source>A GeoPackage of this run is being written by another program (QGIS editing it, a database browser, a synchronisation tool): it is locked. Save or close the edits there, then run again.</source>
      <translation>Otro programa está escribiendo en un GeoPackage de esta ejecución (QGIS al editarlo, un explorador de bases de datos, una herramienta de sincronización): está bloqueado. Guarde o cierre las ediciones en ese programa y ejecute de nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="168" />
      <source>A GeoPackage, shapefile or GeoJSON of admin areas with their P-codes (e.g. an OCHA COD-AB).</source>
      <translation>Un GeoPackage, shapefile o GeoJSON de unidades administrativas con sus P-codes (p. ej., un COD-AB de OCHA).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="22" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey or dbname=surveys host=db.example.org sslmode=require. Passwords come from the connection's authentication configuration, never from this parameter.</source>
      <translation>Una conexión PostgreSQL de QGIS (Navegador &gt; PostgreSQL), o una cadena de conexión como service=survey o dbname=surveys host=db.example.org sslmode=require. Las contraseñas vienen de la configuración de autenticación de la conexión, nunca de este parámetro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="60" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey. When chosen, the survey GeoPackage is copied into a new schema of that database in one transaction: if the connection drops, nothing is left there. Passwords come from the connection's authentication configuration.</source>
      <translation>Una conexión PostgreSQL de QGIS (Explorador &gt; PostgreSQL), o una cadena de conexión como service=survey. Si se elige, el GeoPackage de la encuesta se copia en un esquema nuevo de esa base en una sola transacción: si la conexión se corta, no queda nada allí. Las contraseñas vienen de la configuración de autenticación de la conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="201" />
      <source>A Shapefile cuts field names to 10 characters ({fields}): the map export finds them under their cut names, but other tools may not, and the file cannot record the threshold and the sources of the counts. A GeoPackage (.gpkg) keeps all of them.</source>
      <translation>Un Shapefile corta los nombres de campo a 10 caracteres ({fields}): la exportación del mapa los encuentra con sus nombres cortados, pero otras herramientas quizá no, y el archivo no puede guardar el umbral ni las fuentes de los recuentos. Un GeoPackage (.gpkg) lo guarda todo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="52" />
      <source>A circle at the centre of each area, its surface proportional to the number of submissions.</source>
      <translation>Un círculo en el centro de cada unidad, con superficie proporcional al número de envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="127" />
      <source>A field laptop can be lost or stolen: by default, the personal data at high risk and the raw tables stay at the office. Include them only for an encrypted laptop, and delete the package from it after the merge. The points of the submissions are in the package either way.</source>
      <translation>Un portátil de campo puede perderse o ser robado: por defecto, los datos personales de riesgo alto y las tablas brutas se quedan en la oficina. Inclúyalos solo para un portátil cifrado, y elimine de él el paquete después de la fusión. Los puntos de los envíos están en el paquete en cualquier caso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="23" />
      <source>A field of the submissions that holds the P-code of the area answered, e.g. admin2 holding CF7112. Chosen: submissions are counted by this code, those without GPS included. Empty: each submission is placed by its location.</source>
      <translation>Un campo de los envíos que contiene el P-code de la unidad administrativa respondida, p. ej., admin2 con CF7112. Elegido: los envíos se cuentan por este código, incluidos los que no tienen GPS. Vacío: cada envío se sitúa por su ubicación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="325" />
      <source>A heatmap needs the survey points (POINTS).</source>
      <translation>Un mapa de calor necesita los puntos de la encuesta (POINTS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="212" />
      <source>A key file I keep…</source>
      <translation>Un archivo de clave que conservo…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="83" />
      <source>A line under the title: area, period, population, e.g. Submissions per sous-préfecture, 2-20 March 2026.</source>
      <translation>Una línea bajo el título: zona, período, población, p. ej., Envíos por subprefectura, 2-20 de marzo de 2026.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="206" />
      <source>A new key for this file only (pseudonyms cannot be linked to other exports)</source>
      <translation>Una clave nueva solo para este archivo (seudónimos imposibles de vincular con otras exportaciones)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="241" />
      <source>A new key is written to the file you name (it must not exist yet). Keep it safe and apart from the shared data: whoever has it can check a guessed name against its pseudonym.</source>
      <translation>Se escribe una clave nueva en el archivo que indique (no debe existir todavía). Guárdela en un lugar seguro y separada de los datos compartidos: quien la tenga puede verificar un nombre adivinado comparándolo con su seudónimo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="112" />
      <source>A new table each time: the layout then still works when the project is saved and reopened.</source>
      <translation>Una tabla nueva cada vez: así el diseño sigue funcionando cuando el proyecto se guarda y se vuelve a abrir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="233" />
      <source>A number is expected here.</source>
      <translation>Aquí se espera un número.</translation>
    </message>
    <message>
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency).</source>
      <translation type="vanished">Una pregunta numérica para una media o una mediana, p. ej., hh_size (personas) o income_month (en la moneda de la pregunta).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="42" />
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency). Answers that are not numbers are left out and named.</source>
      <translation>Una pregunta numérica para una media o una mediana, p. ej., hh_size (personas) o income_month (en la moneda de la pregunta). Las respuestas que no son números se dejan fuera y se nombran.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="34" />
      <source>A point less than 50 m from the area answered counts as in it (a point on a border, within the error of a phone's GPS), whatever the units of the boundaries. The P-code answered is compared without case or spaces (cf11 is CF11); one of no area is flagged as such.</source>
      <translation>Un punto a menos de 50 m de la unidad respondida cuenta como dentro de ella (un punto en un límite, dentro del error del GPS de un teléfono), sean cuales sean las unidades de los límites. El P-code respondido se compara sin mayúsculas ni espacios (cf11 es CF11); uno de ninguna unidad se señala como tal.</translation>
    </message>
    <message>
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number and the share (%) of submissions giving that answer.</source>
      <translation type="vanished">Una pregunta cuyas respuestas contar, p. ej., water_source. Con la respuesta de abajo, cada unidad administrativa obtiene también el número y la proporción (%) de envíos que dan esa respuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="28" />
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number of submissions answering the question (value_count), and the number and the share (%) of them giving that answer: submissions that skipped or refused it are left out.</source>
      <translation>Una pregunta cuyas respuestas contar, p. ej., water_source. Con la respuesta de abajo, cada unidad administrativa obtiene también el número de envíos que responden a la pregunta (value_count), y el número y la proporción (%) de ellos que dan esa respuesta: los envíos que la saltaron o la rechazaron quedan fuera.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="232" />
      <source>A request to {host} could not be sent ({error}).</source>
      <translation>No se pudo enviar una solicitud a {host} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="42" />
      <source>A survey GeoPackage written by Import survey data or a download (it is not changed).</source>
      <translation>Un GeoPackage de encuesta escrito por Importar datos de encuesta o por una descarga (no se modifica).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="17" />
      <source>A table with one row per column likely holding personal data: column, risk (high, medium, low), category, reason, suggested_action and explanation. E.g. personal_data.csv, or a temporary layer.</source>
      <translation>Una tabla con una fila por columna que probablemente contiene datos personales: column, risk (high, medium, low), category, reason, suggested_action y explanation. P. ej., personal_data.csv, o una capa temporal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="31" />
      <source>A temporary layer cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a copy shared from a temporary layer would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>Una capa temporal no puede contener la encuesta limpia: solo un GeoPackage conserva tal como están el formulario de la encuesta, sus tablas de repetición y sus fechas y horas (una copia compartida desde una capa temporal perdería las protecciones que los leen); elija un archivo GeoPackage (.gpkg) para la encuesta limpia y haga la exportación para compartir a partir de ese archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="78" />
      <source>A value holds a NUL character, which PostgreSQL cannot store: {value}</source>
      <translation>Un valor contiene un carácter NUL, que PostgreSQL no puede almacenar: {value}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="107" />
      <source>API token</source>
      <translation>Token de API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>About the same number of areas in each class.</source>
      <translation>Aproximadamente el mismo número de unidades en cada clase.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="283" />
      <source>Add the layers to the project</source>
      <translation>Añadir las capas al proyecto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="57" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="154" />
      <source>Admin area column (P-codes) for counts</source>
      <translation>Columna de unidad administrativa (P-codes) para los recuentos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="88" />
      <source>Admin area polygons, e.g. the layer admin2 of admin_boundaries.gpkg: the areas the counts are given for, or the areas moved points must stay in.</source>
      <translation>Polígonos de las unidades administrativas, p. ej., la capa admin2 de admin_boundaries.gpkg: las unidades para las que se dan los recuentos, o aquellas en las que deben quedarse los puntos desplazados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="135" />
      <source>Admin areas</source>
      <translation>Unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="105" />
      <source>Admin areas (for counts, or to keep moved points in their area)</source>
      <translation>Unidades administrativas (para los recuentos, o para mantener los puntos desplazados en su unidad)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="348" />
      <source>Admin areas (optional, shown in grey)</source>
      <translation>Unidades administrativas (opcional, mostradas en gris)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="48" />
      <source>Admin areas (polygons with P-codes)</source>
      <translation>Unidades administrativas (polígonos con P-codes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="55" />
      <source>Admin areas with a count</source>
      <translation>Unidades administrativas con un recuento</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="170" />
      <source>Admin areas: for the counts, or to keep moved points in their area (optional)</source>
      <translation>Unidades administrativas: para los recuentos, o para mantener los puntos desplazados en su unidad (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="150" />
      <source>Admin boundaries</source>
      <translation>Límites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="102" />
      <source>Admin boundaries (*.gpkg *.shp *.geojson *.json)</source>
      <translation>Límites administrativos (*.gpkg *.shp *.geojson *.json)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="53" />
      <source>Admin boundaries (GeoPackage, optional)</source>
      <translation>Límites administrativos (GeoPackage, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="108" />
      <source>Admin boundaries (area of interest, P-codes, gazetteer)</source>
      <translation>Límites administrativos (zona de interés, P-codes, nomenclátor)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="73" />
      <source>Admin boundaries (optional)</source>
      <translation>Límites administrativos (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="87" />
      <source>Admin boundaries for the vector background (optional)</source>
      <translation>Límites administrativos para el fondo vectorial (opcional)</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="93" />
      <source>All %n decisions of the log are still pending: the cleaned layer would be identical to the raw data, yet maps would pick it as cleaned. Decide the rows first (Back).</source>
      <translation>
        <numerusform>La %n decisión del registro sigue pendiente: la capa limpia sería idéntica a los datos brutos, y sin embargo los mapas la tomarían como limpia. Decida primero las filas (Atrás).</numerusform>
        <numerusform>Las %n decisiones del registro siguen pendientes: la capa limpia sería idéntica a los datos brutos, y sin embargo los mapas la tomarían como limpia. Decida primero las filas (Atrás).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="82" />
      <source>All checks</source>
      <translation>Todas las verificaciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="87" />
      <source>All decisions</source>
      <translation>Todas las decisiones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="185" />
      <source>Also counts the submissions without GPS, and the ones whose GPS point is wrong.</source>
      <translation>Cuenta también los envíos sin GPS y aquellos cuyo punto GPS es erróneo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="217" />
      <source>Also export the log for field teams (CSV or XLSX, optional)</source>
      <translation>Exportar también el registro para los equipos de campo (CSV o XLSX, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="88" />
      <source>Also in the shared database as {schema}: give colleagues the role {reviewer} to review it, {viewer} to read it.</source>
      <translation>También en la base de datos compartida como {schema}: dé a los colegas el rol {reviewer} para revisarla y {viewer} para leerla.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="25" />
      <source>Also put the survey in a shared database (PostgreSQL), where colleagues can review it</source>
      <translation>Poner también la encuesta en una base de datos compartida (PostgreSQL), donde los colegas pueden revisarla</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="57" />
      <source>Also share it in a PostgreSQL database (optional)</source>
      <translation>Compartirla también en una base de datos PostgreSQL (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="124" />
      <source>Also show each submission as a point</source>
      <translation>Mostrar también cada envío como un punto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="115" />
      <source>Also write the log as an Excel workbook (.xlsx) or a CSV file, e.g. cleaning_log.xlsx, for field teams to fill in new_value and change_type; bring it back with 'Apply the cleaning log'.</source>
      <translation>Escribir también el registro como libro de Excel (.xlsx) o archivo CSV, p. ej., cleaning_log.xlsx, para que los equipos de campo rellenen new_value y change_type; tráigalo de vuelta con «Aplicar el registro de limpieza».</translation>
    </message>
    <message>
      <source>An A4 landscape map made with this toolkit</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="84" />
      <source>An answer is unusual when it lies further than this many interquartile ranges beyond the quartiles (below Q1 - k x IQR or above Q3 + k x IQR). Default 3, far out; 1.5 flags many more. A value is flagged only when the robust z-score agrees.</source>
      <translation>Una respuesta es inusual cuando se sitúa más allá de este número de rangos intercuartílicos fuera de los cuartiles (por debajo de Q1 - k x IQR o por encima de Q3 + k x IQR). Predeterminado: 3, muy alejado; 1,5 señala muchos más. Un valor solo se señala como valor atípico cuando la puntuación z robusta coincide.</translation>
    </message>
    <message>
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more.</source>
      <translation type="vanished">Una respuesta es inusual cuando su puntuación z robusta (0,6745 x su distancia a la mediana, en desviaciones absolutas medianas) supera este valor. Predeterminado: 3,5; más bajo señala más.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="95" />
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more. Where more than half the answers are equal (median absolute deviation 0), its distance to the median in mean absolute deviations (x 1.2533) stands in for it.</source>
      <translation>Una respuesta es inusual cuando su puntuación z robusta (0,6745 x su distancia a la mediana, en desviaciones absolutas medianas) supera este valor. Predeterminado: 3,5; más bajo señala más. Cuando más de la mitad de las respuestas son iguales (desviación absoluta mediana 0), su distancia a la mediana en desviaciones absolutas medias (x 1,2533) la sustituye.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="327" />
      <source>An atlas is made of choropleth pages: choose MAP_TYPE choropleth for it.</source>
      <translation>Un atlas se compone de páginas de coropletas: elija MAP_TYPE choropleth.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="77" />
      <source>An empty or new folder where the package folder and its zip are written, e.g. /home/me/packages/team_a.</source>
      <translation>Una carpeta vacía o nueva donde se escriben la carpeta del paquete y su zip, p. ej., /home/me/packages/team_a.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="48" />
      <source>An unexpected error stopped the run ({error}). The details are in the log (View &gt; Panels &gt; Log Messages, CartONG tab).</source>
      <translation>Un error inesperado detuvo la ejecución ({error}). Los detalles están en el registro (Ver &gt; Paneles &gt; Mensajes del registro, pestaña CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="78" />
      <source>Analysis</source>
      <translation>Análisis</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="182" />
      <source>Another server (type its address)</source>
      <translation>Otro servidor (escriba su dirección)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="72" />
      <source>Answer to 'other' of {question}: recode into an existing or a new choice.</source>
      <translation>Respuesta «otro» a {question}: recodificar a una opción existente o a una nueva opción.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="68" />
      <source>Answer to 'other' of {question}; close to the existing choice '{code}' (score {score}).</source>
      <translation>Respuesta «otro» a {question}; cercana a la opción existente «{code}» (puntuación {score}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="204" />
      <source>Answer to count</source>
      <translation>Respuesta que contar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="77" />
      <source>Answer to count (choice name)</source>
      <translation>Respuesta que contar (nombre de la opción)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="62" />
      <source>Answers to “{question}”</source>
      <translation>Respuestas a «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="195" />
      <source>App-user token</source>
      <translation>Token de usuario móvil (app user)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="127" />
      <source>Apply the cleaning log</source>
      <translation>Aplicar el registro de limpieza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="188" />
      <source>Applying the cleaning log to {layer}</source>
      <translation>Aplicando el registro de limpieza a {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="80" />
      <source>Archiving</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="83" />
      <source>Area of interest</source>
      <translation>Zona de interés</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="134" />
      <source>Area of interest when there are no admin boundaries (optional)</source>
      <translation>Zona de interés cuando no hay límites administrativos (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="276" />
      <source>Area of interest, without an admin layer (GPS points outside are flagged)</source>
      <translation>Zona de interés, sin capa administrativa (se señalan los puntos GPS que quedan fuera)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="62" />
      <source>Area of the basemap (empty: the surveys and boundaries)</source>
      <translation>Área del mapa base (vacío: las encuestas y los límites)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="202" />
      <source>Area of this page</source>
      <translation>Unidad administrativa de esta página</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="46" />
      <source>Areas where fewer submissions than this answered the question get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation>Las unidades administrativas donde menos envíos que este número respondieron a la pregunta no obtienen recuento de la respuesta, porcentaje, media ni mediana, solo el estado 'insufficient', para que 1 respuesta de 2 no se muestre como 50 %. Predeterminado: 5 envíos; auméntelo para las preguntas sensibles.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">Las unidades administrativas con menos envíos (o respuestas) que este número no obtienen recuento de la respuesta, porcentaje, media ni mediana, solo el estado 'insufficient', para que 1 respuesta de 2 no se muestre como 50 %. Predeterminado: 5 envíos; auméntelo para las preguntas sensibles.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">Las unidades administrativas con menos envíos (o respuestas) que este número no obtienen porcentaje, media ni mediana, solo el estado 'insufficient', para que 1 respuesta de 2 no se muestre como 50 %. Predeterminado: 5 envíos; auméntelo para las preguntas sensibles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="239" />
      <source>Areas with fewer submissions show 'insufficient data', not a percentage or a mean.</source>
      <translation>Las unidades con menos envíos muestran «datos insuficientes», no un porcentaje ni una media.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions show 'insufficient data', not a percentage.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="140" />
      <source>At the merge, the office keeps its values of what was left out.</source>
      <translation>En la fusión, la oficina conserva sus valores de lo que se dejó fuera.</translation>
    </message>
    <message>
      <source>Atlas as one PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder named after the map file</source>
      <translation type="vanished">Atlas como un PDF por unidad, llamado &lt;P-code&gt;_&lt;name&gt;.pdf, en una carpeta con el nombre del archivo del mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="154" />
      <source>Atlas as one PDF per area, named by its P-code and name (CF111_Bimbo.pdf), in a folder named after the map file</source>
      <translation>Atlas como un PDF por unidad, llamado según su P-code y su nombre (CF111_Bimbo.pdf), en una carpeta con el nombre del archivo del mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="388" />
      <source>Atlas of {pages} pages written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>Atlas de {pages} páginas escrito en {file}. El diseño «{layout}» está en el proyecto (Proyecto &gt; Diseños) para retoques manuales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="149" />
      <source>Atlas: one page per admin area with data (PDF only)</source>
      <translation>Atlas: una página por unidad administrativa con datos (solo PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="116" />
      <source>Atlas: one page per admin area with data, zoomed on it (PDF)</source>
      <translation>Atlas: una página por unidad administrativa con datos, centrada en ella (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="67" />
      <source>Attachment columns removed: {columns}.</source>
      <translation>Columnas de archivos adjuntos eliminadas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="389" />
      <source>Attachment {name} of submission {uuid} was skipped: {reason}</source>
      <translation>Se omitió el adjunto {name} del envío {uuid}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="50" />
      <source>Attachments downloaded</source>
      <translation>Adjuntos descargados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="92" />
      <source>Attachments missing</source>
      <translation>Adjuntos que faltan</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="276" />
      <source>Attachments: {folder}</source>
      <translation>Archivos adjuntos: {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="42" />
      <source>Authentication configuration (email and password, or app-user token)</source>
      <translation>Configuración de autenticación (correo electrónico y contraseña, o token de usuario móvil)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="40" />
      <source>Authentication configuration holding the API token</source>
      <translation>Configuración de autenticación que contiene el token de API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="74" />
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="311" />
      <source>Automatic ({column})</source>
      <translation>Automático ({column})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="388" />
      <source>Back at the office, merge the returned package with the algorithm "Merge a returned field package".</source>
      <translation>De vuelta en la oficina, fusione el paquete devuelto con el algoritmo «Fusionar un paquete de campo devuelto».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="197" />
      <source>Background map</source>
      <translation>Mapa de fondo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="183" />
      <source>Background map for offline work</source>
      <translation>Mapa de fondo para el trabajo sin conexión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="374" />
      <source>Background map: countries and admin boundaries only. {reason}</source>
      <translation>Mapa de fondo: solo países y límites administrativos. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="371" />
      <source>Background map: {tiles} tiles stored for offline work.</source>
      <translation>Mapa de fondo: {tiles} teselas guardadas para el trabajo sin conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="178" />
      <source>Background: offline (bundled Natural Earth countries) or osm (OpenStreetMap, credited on the map, when a connection exists)</source>
      <translation>Fondo de mapa: offline (países de Natural Earth incluidos en el complemento) u osm (OpenStreetMap, acreditado en el mapa, si hay conexión)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="133" />
      <source>Basemap</source>
      <translation>Mapa base</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="27" />
      <source>Basemap source (XYZ address with {z}/{x}/{y}, or a WMS/XYZ layer source)</source>
      <translation>Fuente del mapa base (dirección XYZ con {z}/{x}/{y}, o una fuente de capa WMS/XYZ)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="115" />
      <source>Blank rare combinations of: {columns} (k = {k}).</source>
      <translation>Borrar las combinaciones raras de: {columns} (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="54" />
      <source>Blank the value</source>
      <translation>Vaciar el valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="107" />
      <source>Boundary of the upper admin level</source>
      <translation>Límite del nivel administrativo superior</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="17" />
      <source>Bring a shared survey back to a GeoPackage</source>
      <translation>Devolver una encuesta compartida a un GeoPackage</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">Devuelve el trabajo de un equipo de campo al GeoPackage de encuesta de la oficina: los envíos nuevos (por _uuid, con sus filas brutas y sus filas de repetición tal como se recibieron), los valores editados en el campo (en la encuesta y en sus tablas de repetición), las filas de repetición añadidas a un envío y las decisiones de limpieza tomadas allí (con quién y cuándo). Las filas se emparejan por la identidad que el paquete registró al prepararse, de modo que una fila eliminada en un lado nunca traslada una edición a otra. Un valor cambiado tanto en la oficina como en el campo es un conflicto: se conserva el valor de la oficina. Una fila eliminada en el campo no se elimina en la oficina (para quitar un envío, registre una decisión remove_survey en el registro de limpieza); se lista como no fusionada, igual que un cambio en una fila que la oficina eliminó. Los conflictos y lo que no se fusionó se listan, con el motivo, en la tabla field_conflicts y en el CSV. Las filas brutas ya presentes en la oficina nunca cambian. Indique el zip del paquete, su manifest.json o su GeoPackage de encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="25" />
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Photos and other files taken in the field are copied beside the office GeoPackage, into a folder named after it (survey_attachments for survey.gpkg) with one folder per submission, never over a different file. Copies of one package used on several laptops each bring their own new submissions; an answer changed differently on two copies is a conflict. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation>Devuelve el trabajo de un equipo de campo al GeoPackage de encuesta de la oficina: los envíos nuevos (por _uuid, con sus filas brutas y sus filas de repetición tal como se recibieron), los valores editados en el campo (en la encuesta y en sus tablas de repetición), las filas de repetición añadidas a un envío y las decisiones de limpieza tomadas allí (con quién y cuándo). Las filas se emparejan por la identidad que el paquete registró al prepararse, de modo que una fila eliminada en un lado nunca traslada una edición a otra. Un valor cambiado tanto en la oficina como en el campo es un conflicto: se conserva el valor de la oficina. Una fila eliminada en el campo no se elimina en la oficina (para quitar un envío, registre una decisión remove_survey en el registro de limpieza); se lista como no fusionada, igual que un cambio en una fila que la oficina eliminó. Los conflictos y lo que no se fusionó se listan, con el motivo, en la tabla field_conflicts y en el CSV. Las filas brutas ya presentes en la oficina nunca cambian. Las fotos y otros archivos tomados en el campo se copian junto al GeoPackage de la oficina, en una carpeta con su nombre (survey_attachments para survey.gpkg) con una carpeta por envío, nunca sobre un archivo distinto. Las copias de un mismo paquete usadas en varios portátiles aportan cada una sus propios envíos nuevos; una respuesta cambiada de forma distinta en dos copias es un conflicto. Indique el zip del paquete, su manifest.json o su GeoPackage de encuesta.</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field, and the cleaning decisions taken there (with who and when). A value changed both in the office and in the field is a conflict: the office value is kept and the conflict is listed in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">Devuelve el trabajo de un equipo de campo al GeoPackage de encuesta de la oficina: los envíos nuevos (por _uuid, con sus filas brutas y sus filas de repetición tal como se recibieron), los valores editados en el campo y las decisiones de limpieza tomadas allí (con quién y cuándo). Un valor cambiado tanto en la oficina como en el campo es un conflicto: se conserva el valor de la oficina y el conflicto se lista en la tabla field_conflicts y en el CSV. Las filas brutas ya presentes en la oficina nunca cambian. Indique el zip del paquete, su manifest.json o su GeoPackage de encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="174" />
      <source>Build it anyway</source>
      <translation>Crearla de todos modos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="136" />
      <source>Build the cleaned layer</source>
      <translation>Crear la capa limpia</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="198" />
      <source>Building the cleaned layer…</source>
      <translation>Construyendo la capa limpia…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="342" />
      <source>Building the layout…</source>
      <translation>Construyendo el diseño…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="354" />
      <source>Building the {page} layout…</source>
      <translation>Construyendo el diseño {page}…</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">Construye la capa limpia a partir de la capa de la encuesta y del registro de limpieza, de la misma manera cada vez: las filas change_response fijan el nuevo valor, las filas blank_response lo vacían, las filas remove_survey quitan el envío (para un uuid duplicado solo las copias posteriores), las filas no_action y pendientes no cambian nada. El registro es la tabla 'cleaning_log' del GeoPackage de la encuesta salvo que elija un registro CSV/XLSX editado, como uno rellenado para cleaningtools en R. Las filas sobre un envío que no está en la capa se omiten y se listan; un registro cuyas preguntas o valores no encajan con la capa se rechaza con la lista de sus filas erróneas. La capa de entrada no se modifica. Cuando se aplica una latitud/longitud intercambiada o corregida, el punto también se desplaza.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file).</source>
      <translation type="vanished">Construye la capa limpia a partir de la capa de encuesta y del registro de limpieza, de la misma forma cada vez: las filas change_response aplican el nuevo valor, las filas remove_survey eliminan el envío (para un uuid duplicado, solo las copias posteriores), las filas no_action y pending no cambian nada. El registro es la tabla «cleaning_log» del GeoPackage de la encuesta, salvo que elija un registro CSV/XLSX modificado; un registro cuyos uuid o preguntas no corresponden a la capa se rechaza, con la lista de sus filas erróneas. La capa de entrada no se modifica. Cuando se aplica una latitud/longitud invertida o corregida, el punto también se desplaza. Una capa de encuesta de un esquema compartido en PostgreSQL usa las decisiones que los revisores guardaron en el registro de limpieza de ese esquema, y una salida temporal se convierte en una tabla del mismo esquema con el nombre de la capa (survey_cleaned), reemplazada en una sola transacción (requiere los derechos del propietario del esquema; los demás eligen un archivo).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="27" />
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file). Otherwise the cleaned survey is a GeoPackage: a temporary output is one in QGIS's temporary folder, deleted when QGIS closes.</source>
      <translation>Construye la capa limpia a partir de la capa de encuesta y del registro de limpieza, de la misma forma cada vez: las filas change_response aplican el nuevo valor, las filas blank_response lo vacían, las filas remove_survey eliminan el envío (para un uuid duplicado, solo las copias posteriores), las filas no_action y pending no cambian nada. El registro es la tabla «cleaning_log» del GeoPackage de la encuesta, salvo que elija un registro CSV/XLSX modificado, como uno rellenado para cleaningtools en R. Las filas sobre un envío que no está en la capa se omiten y se listan; un registro cuyas preguntas o valores no corresponden a la capa se rechaza, con la lista de sus filas erróneas. La capa de entrada no se modifica. Cuando se aplica una latitud/longitud invertida o corregida, el punto también se desplaza. Una capa de encuesta de un esquema compartido en PostgreSQL usa las decisiones que los revisores guardaron en el registro de limpieza de ese esquema, y una salida temporal se convierte en una tabla del mismo esquema con el nombre de la capa (survey_cleaned), reemplazada en una sola transacción (requiere los derechos del propietario del esquema; los demás eligen un archivo). De lo contrario, la encuesta limpia es un GeoPackage: una salida temporal es uno en la carpeta temporal de QGIS, que se elimina al cerrar QGIS.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log; a log whose uuids or questions do not match the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">Construye la capa limpia a partir de la capa de encuesta y del registro de limpieza, de la misma forma cada vez: las filas change_response aplican el nuevo valor, las filas remove_survey eliminan el envío (para un uuid duplicado, solo las copias posteriores), las filas no_action y pending no cambian nada. El registro es la tabla «cleaning_log» del GeoPackage de la encuesta, salvo que elija un registro CSV/XLSX modificado; un registro cuyos uuid o preguntas no corresponden a la capa se rechaza, con la lista de sus filas erróneas. La capa de entrada no se modifica. Cuando se aplica una latitud/longitud invertida o corregida, el punto también se desplaza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="59" />
      <source>CSV (*.csv *.CSV)</source>
      <translation>CSV (*.csv *.CSV)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="126" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="275" />
      <source>Cancel the build</source>
      <translation>Cancelar la preparación del paquete</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="366" />
      <source>Cancel the export</source>
      <translation>Cancelar la exportación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="105" />
      <source>Cancel the import</source>
      <translation>Cancelar la importación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="65" />
      <source>Cancelled while {what}: nothing was written.</source>
      <translation>Cancelado mientras {what}: no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="213" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="287" />
      <source>Cancelled: no cleaned layer was written.</source>
      <translation>Cancelado: no se escribió ninguna capa limpia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="153" />
      <source>Cancelled: no field package was written.</source>
      <translation>Cancelado: no se escribió ningún paquete de campo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="425" />
      <source>Cancelled: no map was written.</source>
      <translation>Cancelado: no se escribió ningún mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="276" />
      <source>Cancelled: no offline basemap was written.</source>
      <translation>Cancelado: no se escribió ningún mapa base sin conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="344" />
      <source>Cancelled: nothing was left in the folder.</source>
      <translation>Cancelado: no quedó nada en la carpeta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="309" />
      <source>Cancelled: the atlas was not written.</source>
      <translation>Cancelado: no se escribió el atlas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="196" />
      <source>Cancelled: the cleaned layer was not changed.</source>
      <translation>Cancelado: la capa limpia no se modificó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="239" />
      <source>Cancelled: the counts were not written.</source>
      <translation>Cancelado: no se escribieron los recuentos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="187" />
      <source>Cancelled: the office GeoPackage was not changed.</source>
      <translation>Cancelado: el GeoPackage de la oficina no se modificó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="138" />
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="145" />
      <source>Cannot connect to the PostgreSQL database {target}: {detail}. Check the host, port and database of the connection and that the server is running.</source>
      <translation>No se puede conectar a la base de datos PostgreSQL {target}: {detail}. Verifique el host, el puerto y la base de datos de la conexión y que el servidor está en marcha.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="204" />
      <source>Cannot export the atlas to {file}: use a file ending in .pdf.</source>
      <translation>No se puede exportar el atlas a {file}: use un archivo que termine en .pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="134" />
      <source>Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.</source>
      <translation>No se puede exportar el registro de limpieza a {file}: elija un archivo .csv o .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="66" />
      <source>Cannot export the map to {file}: use a file ending in {formats}.</source>
      <translation>No se puede exportar el mapa a {file}: use un archivo que termine en {formats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="103" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}).</source>
      <translation>No se puede acceder a {host}: este ordenador parece no tener conexión, o el servidor está caído ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="108" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}). Check the connection and try again; the last downloaded copy is still available.</source>
      <translation>No se puede acceder a {host}: este ordenador parece no tener conexión, o el servidor está caído ({reason}). Verifique la conexión y vuelva a intentarlo; la última copia descargada sigue disponible.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="342" />
      <source>Cannot read a cleaning log from {file}: choose a .csv or .xlsx file.</source>
      <translation>No se puede leer un registro de limpieza desde {file}: elija un archivo .csv o .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="77" />
      <source>Cannot read the layout template {file}: {error}</source>
      <translation>No se puede leer la plantilla de diseño {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="81" />
      <source>Cannot write the atlas pages into the folder {folder}: {file} is a file, not a folder. Rename or move that file, or choose another map file name.</source>
      <translation>No se pueden escribir las páginas del atlas en la carpeta {folder}: {file} es un archivo, no una carpeta. Cambie el nombre de ese archivo o muévalo, o elija otro nombre de archivo para el mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="60" />
      <source>Cannot write {file}: {error}. Choose another folder or file name.</source>
      <translation>No se puede escribir {file}: {error}. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="218" />
      <source>CartONG</source>
      <translation>CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="141" />
      <source>CartONG Toolkit</source>
      <translation>Caja de herramientas CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/provider.py" line="50" />
      <source>CartONG Toolkit: survey data import, cleaning and maps</source>
      <translation>Caja de herramientas CartONG: importación, limpieza y cartografía de datos de encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="51" />
      <source>CartONG Toolkit…</source>
      <translation>Caja de herramientas CartONG…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="68" />
      <source>CartONG help</source>
      <translation>Ayuda de CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="64" />
      <source>CartONG help catalogue</source>
      <translation>Catálogo de ayuda de CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="67" />
      <source>CartONG training</source>
      <translation>Formación CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="77" />
      <source>CartONG: {name}</source>
      <translation>CartONG: {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="26" />
      <source>Cascading selects</source>
      <translation>Selecciones en cascada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="53" />
      <source>Change the value</source>
      <translation>Cambiar el valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="38" />
      <source>Check</source>
      <translation>Verificación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="35" />
      <source>Check and clean survey data</source>
      <translation>Verificar y limpiar los datos de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="211" />
      <source>Check the data collection period</source>
      <translation>Verificar el período de recolección de datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="100" />
      <source>Check: {check}</source>
      <translation>Verificación: {check}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="172" />
      <source>Checking %n submissions…</source>
      <translation>
        <numerusform>Verificando %n envío…</numerusform>
        <numerusform>Verificando %n envíos…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="216" />
      <source>Checking the connection…</source>
      <translation>Verificando la conexión…</translation>
    </message>
    <message>
      <source>Checking {count} submissions…</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="168" />
      <source>Checking {layer}</source>
      <translation>Verificando {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="67" />
      <source>Checks a survey layer (or table) for duplicated submissions, missing required answers, values out of range or unusual, GPS problems (missing, at 0,0, swapped, outside the admin areas, poor precision, in another area than answered), interview durations, collection dates and bursts, 'other (specify)' answers to recode, and typed admin names to match to P-codes. With the XLSForm the checks know required questions, skip logic and constraints. Each flagged value becomes a row of the cleaning log (uuid, question, old_value, new_value, issue, check_id, change_type...), written as the table 'cleaning_log' of the survey's GeoPackage (or of the GeoPackage you choose). Decisions already taken in an existing log are kept. The raw data is not changed.</source>
      <translation>Verifica una capa (o tabla) de encuesta: envíos duplicados, respuestas obligatorias que faltan, valores fuera de rango o inusuales, problemas de GPS (punto que falta, en 0,0, coordenadas invertidas, fuera de las unidades administrativas, precisión insuficiente, en otra unidad que la indicada), duraciones de las entrevistas, fechas de recolección y series de entrevistas seguidas, respuestas «otro (especificar)» que recodificar, y nombres de unidades administrativas escritos que asociar a P-codes. Con el XLSForm, las verificaciones conocen las preguntas obligatorias, la lógica de salto y las restricciones. Cada valor señalado se convierte en una fila del registro de limpieza (uuid, question, old_value, new_value, issue, check_id, change_type…), escrito en la tabla «cleaning_log» del GeoPackage de la encuesta (o del GeoPackage que elija). Se conservan las decisiones ya tomadas en un registro existente. Los datos brutos no se modifican.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="164" />
      <source>Checks and thresholds</source>
      <translation>Verificaciones y umbrales</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="220" />
      <source>Checks cancelled: no cleaning log was written. Click Back, then Next to run them again.</source>
      <translation>Verificaciones canceladas: no se escribió ningún registro de limpieza. Haga clic en Atrás y luego en Siguiente para ejecutarlas de nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="180" />
      <source>Checks to run</source>
      <translation>Verificaciones que ejecutar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="71" />
      <source>Choice labels and choice columns blanked with their question in {rows} rows: {columns}.</source>
      <translation>Etiquetas de opciones y columnas de opciones vaciadas con su pregunta en {rows} filas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="69" />
      <source>Choice labels and choice columns removed with their question: {columns}.</source>
      <translation>Etiquetas de opciones y columnas de opciones eliminadas con su pregunta: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="275" />
      <source>Choice labels are written in the chosen language beside the codes; the codes are always kept.</source>
      <translation>Las etiquetas de las opciones se escriben en el idioma elegido junto a los códigos; los códigos siempre se conservan.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="368" />
      <source>Choose a .gpkg file for the survey GeoPackage, not {file}.</source>
      <translation>Elija un archivo .gpkg para el GeoPackage de encuesta, no {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="72" />
      <source>Choose a PostgreSQL connection: the name of a QGIS connection (Browser &gt; PostgreSQL) or a connection string such as service=survey.</source>
      <translation>Elija una conexión PostgreSQL: el nombre de una conexión de QGIS (Navegador &gt; PostgreSQL) o una cadena de conexión como service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="353" />
      <source>Choose an empty folder for the training session</source>
      <translation>Elija una carpeta vacía para la sesión de formación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="243" />
      <source>Choose an empty or new folder: the package folder and its zip go inside it. Copy the zip to the field laptop and open the project inside.</source>
      <translation>Elija una carpeta vacía o nueva: la carpeta del paquete y su zip se escriben dentro. Copie el zip al portátil de campo y abra el proyecto que contiene.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="323" />
      <source>Choose another file: the shared copy cannot replace the survey itself.</source>
      <translation>Elija otro archivo: la copia que compartir no puede reemplazar la propia encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="94" />
      <source>Choose at least one survey GeoPackage for the field package.</source>
      <translation>Elija al menos un GeoPackage de encuesta para el paquete de campo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="58" />
      <source>Choose the P-code and name fields of the admin layer {layer}.</source>
      <translation>Elija los campos P-code y nombre de la capa administrativa {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="216" />
      <source>Choose the P-code field of the admin area layer.</source>
      <translation>Elija el campo P-code de la capa de unidades administrativas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="394" />
      <source>Choose the P-code field of the admin boundaries.</source>
      <translation>Elija el campo P-code de los límites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="214" />
      <source>Choose the admin area column to count by.</source>
      <translation>Elija la columna de unidad administrativa por la que contar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="59" />
      <source>Choose the admin boundaries and their P-code field.</source>
      <translation>Elija los límites administrativos y su campo P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="173" />
      <source>Choose the answer to count for the question {field}.</source>
      <translation>Elija la respuesta que se contará para la pregunta {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="60" />
      <source>Choose the authentication configuration that holds your KoboToolbox API token.</source>
      <translation>Elija la configuración de autenticación que contiene su token de API de KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="83" />
      <source>Choose the authentication configuration that holds your ODK Central login.</source>
      <translation>Elija la configuración de autenticación que contiene sus credenciales de ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="101" />
      <source>Choose the export downloaded from KoboToolbox, ODK Central or ONA (CSV, XLSX or zip) and, if you have it, the XLSForm it was collected with.</source>
      <translation>Elija la exportación descargada desde KoboToolbox, ODK Central u ONA (CSV, XLSX o zip) y, si lo tiene, el XLSForm con el que se recolectaron los datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="51" />
      <source>Choose the form whose submissions to download.</source>
      <translation>Elija el formulario cuyos envíos quiere descargar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="42" />
      <source>Choose the imported survey layer, the XLSForm it was collected with (required questions, constraints and skip logic are then checked) and, if you have them, the admin boundaries of the area surveyed.</source>
      <translation>Elija la capa de encuesta importada, su XLSForm (se verifican entonces las preguntas obligatorias, las restricciones y la lógica de salto) y, si los tiene, los límites administrativos de la zona encuestada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="275" />
      <source>Choose the key file.</source>
      <translation>Elija el archivo de clave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="76" />
      <source>Choose the map that answers your question. Every map comes in a print-ready layout with title, legend, scale bar, north arrow, sources and disclaimer.</source>
      <translation>Elija el mapa que responde a su pregunta. Cada mapa viene en un diseño listo para imprimir, con título, leyenda, barra de escala, flecha del norte, fuentes y descargo de responsabilidad.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="388" />
      <source>Choose the numeric question whose mean is mapped.</source>
      <translation>Elija la pregunta numérica cuya media se cartografía.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="390" />
      <source>Choose the numeric question whose median is mapped.</source>
      <translation>Elija la pregunta numérica cuya mediana se cartografía.</translation>
    </message>
    <message>
      <source>Choose the numeric question whose {statistic} is mapped.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="393" />
      <source>Choose the question and the answer whose share is mapped.</source>
      <translation>Elija la pregunta y la respuesta cuya proporción se cartografía.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="373" />
      <source>Choose the question to map.</source>
      <translation>Elija la pregunta que cartografiar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="396" />
      <source>Choose the question whose answers are the P-codes.</source>
      <translation>Elija la pregunta cuyas respuestas son los P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="60" />
      <source>Choose the server and how to log in. Tokens and passwords are kept only in the QGIS authentication manager, never in the project or the settings.</source>
      <translation>Elija el servidor y cómo iniciar sesión. Los tokens y las contraseñas solo se guardan en el gestor de autenticación de QGIS, nunca en el proyecto ni en la configuración.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="109" />
      <source>Choose the survey layer to share and, if you have it, the XLSForm it was collected with: the form tells which questions hold names, GPS points or photos.</source>
      <translation>Elija la capa de encuesta que compartir y, si lo tiene, el XLSForm con el que se recolectaron los datos: el formulario indica qué preguntas contienen nombres, puntos GPS o fotos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="56" />
      <source>Choose the survey layer.</source>
      <translation>Elija la capa de encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="110" />
      <source>Choose the survey, the admin boundaries with their P-codes, and how each submission finds its area.</source>
      <translation>Elija la encuesta, los límites administrativos con sus P-codes, y cómo cada envío se asigna a su unidad.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="43" />
      <source>Choropleth: mean or median of a number per admin area</source>
      <translation>Coropletas: media o mediana de un número por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="35" />
      <source>Choropleth: share of an answer per admin area (%)</source>
      <translation>Coropletas: proporción de una respuesta por unidad administrativa (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="30" />
      <source>Choropleth: submissions per admin area</source>
      <translation>Coropletas: envíos por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="396" />
      <source>Circle area proportional to the value</source>
      <translation>Superficie de los círculos proporcional al valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="252" />
      <source>Class limits</source>
      <translation>Límites de clase</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="124" />
      <source>Class limits of your own, e.g. 10, 20, 50 (replace the METHOD; with ';' between limits, a comma is a decimal comma)</source>
      <translation>Sus propios límites de clase, p. ej. 10, 20, 50 (reemplazan METHOD; con «;» entre los límites, la coma es separador decimal)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="115" />
      <source>Class limits of your own, increasing, e.g. 10, 20, 50: classes from the smallest value to 10, 10 to 20, 20 to 50 and 50 to the largest. With a decimal comma, put ';' between limits: 2,5; 5; 7,5. Replaces the method and the number of classes.</source>
      <translation>Límites de clase propios, crecientes, p. ej., 10, 20, 50: clases del valor más pequeño a 10, de 10 a 20, de 20 a 50 y de 50 al más grande. Con coma decimal, ponga ';' entre los límites: 2,5; 5; 7,5. Sustituye al método y al número de clases.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Class limits where the values jump.</source>
      <translation>Límites de clase donde los valores dan un salto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="221" />
      <source>Classes</source>
      <translation>Clases</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Classes of the same width.</source>
      <translation>Clases de la misma amplitud.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="117" />
      <source>Classes: quantile (equal count), jenks (natural breaks), equal (intervals) or pretty</source>
      <translation>Clases: quantile (recuentos iguales), jenks (cortes naturales), equal (intervalos iguales) o pretty (cortes redondeados)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="59" />
      <source>Cleaned survey</source>
      <translation>Encuesta limpia</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="210" />
      <source>Cleaning</source>
      <translation>Limpieza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="66" />
      <source>Cleaning decisions merged</source>
      <translation>Decisiones de limpieza fusionadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="224" />
      <source>Cleaning log</source>
      <translation>Registro de limpieza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="52" />
      <source>Cleaning log (CSV, XLSX or GeoPackage; empty: the survey's GeoPackage)</source>
      <translation>Registro de limpieza (CSV, XLSX o GeoPackage; vacío: el GeoPackage de la encuesta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="264" />
      <source>Cleaning log exported to {file}.</source>
      <translation>Registro de limpieza exportado a {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="427" />
      <source>Cleaning log of {schema} in {target}: {kept} rows kept with their decisions, {new} new, {gone} no longer raised removed.</source>
      <translation>Registro de limpieza de {schema} en {target}: {kept} filas conservadas con sus decisiones, {new} nuevas, {gone} que ya no se señalan eliminadas.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="247" />
      <source>Cleaning log saved in {file} (%n rows).</source>
      <translation>
        <numerusform>Registro de limpieza guardado en {file} (%n fila).</numerusform>
        <numerusform>Registro de limpieza guardado en {file} (%n filas).</numerusform>
      </translation>
    </message>
    <message>
      <source>Cleaning log saved in {file} ({rows} rows).</source>
      <translation type="vanished" />
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="389" />
      <source>Cleaning log {file}, column {column}: %n new answers are not in the choice list '{list}' (rows {rows}: {values}); they are applied as written, each code as its own label.</source>
      <translation>
        <numerusform>Registro de limpieza {file}, columna {column}: %n respuesta nueva no está en la lista de opciones «{list}» (fila {rows}: {values}); se aplica tal como está escrita, cada código como su propia etiqueta.</numerusform>
        <numerusform>Registro de limpieza {file}, columna {column}: %n respuestas nuevas no están en la lista de opciones «{list}» (filas {rows}: {values}); se aplican tal como están escritas, cada código como su propia etiqueta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="54" />
      <source>Cleaning logs (*.xlsx *.csv *.gpkg)</source>
      <translation>Registros de limpieza (*.xlsx *.csv *.gpkg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Cleaning logs (*.xlsx *.csv)</source>
      <translation>Registros de limpieza (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="266" />
      <source>Click a row to read why the column was flagged.</source>
      <translation>Haga clic en una fila para leer por qué se señaló la columna.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="166" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="174" />
      <source>Closest gazetteer name: {place}, score {score}.</source>
      <translation>Nombre más cercano en el nomenclátor: {place}, puntuación {score}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closing</source>
      <translation>Cerrándose</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="271" />
      <source>Collection period</source>
      <translation>Período de recolección</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Column</source>
      <translation>Columna</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="47" />
      <source>Column “{column}” of the exported cleaning log</source>
      <translation>Columna “{column}” del registro de limpieza exportado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="146" />
      <source>Columns an outsider could know</source>
      <translation>Columnas que una persona externa podría conocer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="136" />
      <source>Columns an outsider could know (area, sex, age, household size…): combinations shared by fewer than k rows are blanked.</source>
      <translation>Columnas que una persona externa podría conocer (zona, sexo, edad, tamaño del hogar…): se borran las combinaciones compartidas por menos de k filas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="91" />
      <source>Columns an outsider could know (rare combinations are blanked)</source>
      <translation>Columnas que una persona externa podría conocer (las combinaciones raras se borran)</translation>
    </message>
    <message>
      <source>Columns at high risk (names, phone numbers...) to keep in the copy anyway, e.g. village when the partner needs it. Not recommended: each one is named in the README. Any other column at high risk is removed unless it is pseudonymised.</source>
      <translation type="vanished">Columnas de riesgo alto (nombres, números de teléfono...) que conservar de todos modos en la copia, p. ej., village cuando el socio la necesita. No recomendado: cada una se nombra en el README. Cualquier otra columna de riesgo alto se elimina salvo que se le aplique seudonimización.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="197" />
      <source>Columns at high risk kept by your choice (comma-separated)</source>
      <translation>Columnas de riesgo alto conservadas por su elección (separadas por comas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="192" />
      <source>Columns at high risk removed by default (comma-separated)</source>
      <translation>Columnas de riesgo alto eliminadas por defecto (separadas por comas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="61" />
      <source>Columns at high risk removed by default: {columns}.</source>
      <translation>Columnas de riesgo alto eliminadas por defecto: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="81" />
      <source>Columns at high risk to keep anyway (not recommended; written in the README)</source>
      <translation>Columnas de riesgo alto que conservar de todos modos (no recomendado; se anota en el README)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="32" />
      <source>Columns flagged as personal data to keep in the copy as they are, e.g. village when the partner needs it. Not recommended: a column at high risk kept is named in the README. Without a choice, any other column at high risk is removed, and columns identifying staff, devices, accounts or documents are pseudonymised (removed when no key can be opened), as the wizard starts them.</source>
      <translation>Columnas señaladas como datos personales que conservar tal como están en la copia, p. ej., village cuando el socio la necesita. No recomendado: una columna de riesgo alto conservada se nombra en el README. Si no se elige ninguna opción, cualquier otra columna de riesgo alto se elimina, y las columnas que identifican al personal, dispositivos, cuentas o documentos se seudonimizan (se eliminan cuando no se puede abrir ninguna clave), como en el estado inicial del asistente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="78" />
      <source>Columns likely holding personal data at high risk</source>
      <translation>Columnas que probablemente contienen datos personales con riesgo alto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="292" />
      <source>Columns likely holding personal data at high risk were kept as you chose: {columns}. The README says so; share the file only under a data sharing agreement.</source>
      <translation>Las columnas que probablemente contienen datos personales de riesgo alto se conservaron según su elección: {columns}. El README lo indica; comparta el archivo solo en el marco de un acuerdo de intercambio de datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="284" />
      <source>Columns likely holding personal data at high risk were removed by default: {columns}. To share them, pseudonymise them (PSEUDONYMISE_FIELDS) or keep them (KEEP_FIELDS).</source>
      <translation>Las columnas que probablemente contienen datos personales de riesgo alto se eliminaron por defecto: {columns}. Para compartirlas, aplíqueles la seudonimización (PSEUDONYMISE_FIELDS) o consérvelas (KEEP_FIELDS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="95" />
      <source>Columns of personal data at high risk (left out or carried)</source>
      <translation>Columnas de datos personales de riesgo alto (dejadas fuera o incluidas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="168" />
      <source>Columns of the field copy that the office survey does not have were not merged: {columns}</source>
      <translation>Las columnas de la copia de campo que la encuesta de la oficina no tiene no se fusionaron: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="28" />
      <source>Columns removed from the copy, e.g. respondent_name and phone. Run 'Detect personal data' first: its list names the candidates.</source>
      <translation>Columnas eliminadas de la copia, p. ej., respondent_name y phone. Ejecute antes «Detectar los datos personales»: su lista nombra las candidatas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="59" />
      <source>Columns removed: {columns}.</source>
      <translation>Columnas eliminadas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="109" />
      <source>Columns repeating the exact location are removed too.</source>
      <translation>También se eliminan las columnas que repiten la posición exacta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="65" />
      <source>Columns repeating the exact location removed: {columns}.</source>
      <translation>Columnas que repiten la posición exacta eliminadas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="79" />
      <source>Columns replaced by pseudonyms (key {key}, in the key file {file}): {columns}.</source>
      <translation>Columnas sustituidas por seudónimos (clave {key}, en el archivo de clave {file}): {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="83" />
      <source>Columns replaced by pseudonyms (key {key}, kept in your QGIS authentication database): {columns}.</source>
      <translation>Columnas reemplazadas por seudónimos (clave {key}, guardada en su base de datos de autenticación de QGIS): {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="43" />
      <source>Columns someone outside could know about a person, e.g. admin2, head_gender, head_age, hh_size. Values are blanked wherever their combination is shared by fewer than k rows.</source>
      <translation>Columnas que alguien de fuera podría conocer sobre una persona, p. ej., admin2, head_gender, head_age, hh_size. Los valores se vacían allí donde su combinación la comparten menos de k filas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="164" />
      <source>Columns that likely hold personal data, found from the form, the column names and the values. Choose what to do with each before sharing; read the reason when unsure.</source>
      <translation>Columnas que probablemente contienen datos personales, detectadas gracias al formulario, los nombres de las columnas y los valores. Elija qué hacer con cada una antes de compartir; lea el motivo en caso de duda.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="65" />
      <source>Columns to remove</source>
      <translation>Columnas que eliminar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="71" />
      <source>Columns to replace by pseudonyms</source>
      <translation>Columnas que reemplazar por seudónimos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="38" />
      <source>Columns whose values are replaced by pseudonyms, e.g. household_id: the same value always gets the same pseudonym with the same key, so rows can still be linked, but the value cannot be read back without the key.</source>
      <translation>Columnas cuyos valores se sustituyen por seudónimos, p. ej., household_id: el mismo valor siempre recibe el mismo seudónimo con la misma clave, así que las filas aún pueden vincularse, pero el valor no puede recuperarse sin la clave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="59" />
      <source>Compare numbers within each value of this field, e.g. admin1, when areas differ (incomes in the capital and in villages). Groups of fewer than 20 submissions get no statistical check.</source>
      <translation>Comparar los números dentro de cada valor de este campo, p. ej., admin1, cuando las zonas difieren (ingresos en la capital y en las aldeas). Los grupos de menos de 20 envíos no reciben verificación estadística.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="246" />
      <source>Compare numbers within groups of</source>
      <translation>Comparar los números dentro de los grupos de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="150" />
      <source>Compare numbers within groups of this field (optional)</source>
      <translation>Comparar los números dentro de los grupos de este campo (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="242" />
      <source>Compare numbers within groups of this question (e.g. admin1); empty: the whole survey</source>
      <translation>Comparar los números dentro de los grupos de esta pregunta (p. ej. admin1); vacío: toda la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="271" />
      <source>Comparing {file} with the list of submissions on {host}…</source>
      <translation>Comparando {file} con la lista de envíos en {host}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="59" />
      <source>Conflicts (CSV)</source>
      <translation>Conflictos (CSV)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="67" />
      <source>Conflicts (office value kept)</source>
      <translation>Conflictos (se conserva el valor de la oficina)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="415" />
      <source>Connected to {url}: {count} forms, {deployed} deployed.</source>
      <translation>Conectado a {url}: {count} formularios, {deployed} de ellos desplegados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="383" />
      <source>Connecting to {url}</source>
      <translation>Conexión con {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="381" />
      <source>Connecting to {url}…</source>
      <translation>Conectando con {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="385" />
      <source>Connection cancelled.</source>
      <translation>Conexión cancelada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="376" />
      <source>Continue</source>
      <translation>Continuar</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/resume.py" line="95" />
      <source>Continuing the interrupted download of {file}: %n submissions were already downloaded.</source>
      <translation>
        <numerusform>Reanudando la descarga interrumpida de {file}: %n envío ya se había descargado.</numerusform>
        <numerusform>Reanudando la descarga interrumpida de {file}: %n envíos ya se habían descargado.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="245" />
      <source>Coordinate system: {crs}</source>
      <translation>Sistema de coordenadas: {crs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="29" />
      <source>Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in one transaction: if anything fails or the connection drops, nothing is left in the database. Two roles are created for the schema, named after it (for a schema household_2026: household_2026_reviewer, who may record cleaning decisions, and household_2026_viewer, who may only read); the administrator grants them to people. Raw tables refuse any change. The GeoPackage is only read.</source>
      <translation>Copia todas las tablas de un GeoPackage de encuesta (las tablas brutas tal como se recibieron, la capa de encuesta tipada con sus puntos, las tablas de repetición, el registro de limpieza, las tablas de metadatos y del formulario) en un nuevo esquema de una base de datos PostgreSQL con PostGIS, con los mismos nombres y valores, en una sola transacción: si algo falla o se corta la conexión, no queda nada en la base de datos. Se crean dos roles para el esquema, con su nombre (para un esquema household_2026: household_2026_reviewer, que puede registrar decisiones de limpieza, y household_2026_viewer, que solo puede leer); el administrador los otorga a las personas. Las tablas brutas rechazan cualquier cambio. El GeoPackage solo se lee.</translation>
    </message>
    <message>
      <source>Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in one transaction: if anything fails or the connection drops, nothing is left in the database. Two roles are created for the schema: &lt;schema&gt;_reviewer (may record cleaning decisions) and &lt;schema&gt;_viewer (may only read); the administrator grants them to people. Raw tables refuse any change. The GeoPackage is only read.</source>
      <translation type="vanished">Copia todas las tablas de un GeoPackage de encuesta (las tablas brutas tal como se recibieron, la capa de encuesta tipada con sus puntos, las tablas de repetición, el registro de limpieza, las tablas de metadatos y del formulario) en un nuevo esquema de una base de datos PostgreSQL con PostGIS, con los mismos nombres y valores, en una sola transacción: si algo falla o se corta la conexión, no queda nada en la base de datos. Se crean dos roles para el esquema: &lt;schema&gt;_reviewer (puede registrar decisiones de limpieza) y &lt;schema&gt;_viewer (solo puede leer); el administrador los otorga a las personas. Las tablas brutas rechazan cualquier cambio. El GeoPackage solo se lee.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="92" />
      <source>Copy it only to an encrypted laptop, and delete it from the laptop after the merge.</source>
      <translation>Cópielo solo en un portátil cifrado y elimínelo del portátil después de la fusión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="307" />
      <source>Copying the data and building the project…</source>
      <translation>Copiando los datos y construyendo el proyecto…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="70" />
      <source>Count by admin area</source>
      <translation>Contar por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="122" />
      <source>Count by admin area (small counts hidden)</source>
      <translation>Contar por unidad administrativa (recuentos pequeños ocultos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="26" />
      <source>Count submissions by admin area</source>
      <translation>Contar los envíos por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="58" />
      <source>Count submissions by admin area and lay out a print-ready map.</source>
      <translation>Contar los envíos por unidad administrativa y maquetar un mapa listo para imprimir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="270" />
      <source>Counting submissions per admin area</source>
      <translation>Recuento de los envíos por unidad administrativa</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="281" />
      <source>Counting the %n submissions of {layer} per area…</source>
      <translation>
        <numerusform>Contando %n envío de {layer} por unidad…</numerusform>
        <numerusform>Contando los %n envíos de {layer} por unidad…</numerusform>
      </translation>
    </message>
    <message>
      <source>Counting the {count} submissions of {layer} per area…</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="157" />
      <source>Countries</source>
      <translation>Países</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="32" />
      <source>Countries (offline background)</source>
      <translation>Países (fondo sin conexión)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="131" />
      <source>Counts below k are hidden; rare combinations are blanked until k rows share them.</source>
      <translation>Los recuentos inferiores a k se ocultan; las combinaciones raras se borran hasta que al menos k filas las compartan.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="121" />
      <source>Counts by {columns} for {rows} areas; {small} small counts and {other} other counts hidden (k = {k}).</source>
      <translation>Recuentos por {columns} para {rows} unidades; {small} recuentos pequeños y {other} otros recuentos ocultados (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="29" />
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent of those answering it; areas where fewer submissions than the threshold answered get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation>Cuenta los puntos de encuesta en cada unidad administrativa (envíos de campo). Los puntos se ubican según su posición, o según un campo P-code si se elige uno (los puntos sin GPS también se cuentan entonces). Opcionalmente, cuenta los envíos que dan una respuesta a una pregunta y su proporción en porcentaje entre los que la respondieron; las unidades donde menos envíos que el umbral la respondieron no tienen ni el recuento de esa respuesta ni su porcentaje, solo el estado «insufficient», para que los números pequeños no induzcan a error ni revelen lo que respondieron unos pocos hogares. STATISTIC mean o median con una pregunta numérica da su media (campo value_mean) o su mediana (value_median) por unidad, con la misma regla: las unidades con menos respuestas que el umbral no tienen valor sino el estado «insufficient».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">Cuenta los puntos de encuesta en cada unidad administrativa (envíos de campo). Los puntos se ubican según su posición, o según un campo P-code si se elige uno (los puntos sin GPS también se cuentan entonces). Opcionalmente, cuenta los envíos que dan una respuesta a una pregunta y su proporción en porcentaje; las unidades con menos envíos que el umbral no tienen ni el recuento de esa respuesta ni su porcentaje, solo el estado «insufficient», para que los números pequeños no induzcan a error ni revelen lo que respondieron unos pocos hogares. STATISTIC mean o median con una pregunta numérica da su media (campo value_mean) o su mediana (value_median) por unidad, con la misma regla: las unidades con menos respuestas que el umbral no tienen valor sino el estado «insufficient».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">Cuenta los puntos de encuesta en cada unidad administrativa (envíos de campo). Los puntos se ubican según su posición, o según un campo P-code si se elige uno (los puntos sin GPS también se cuentan entonces). Opcionalmente, cuenta los envíos que dan una respuesta a una pregunta y su proporción en porcentaje; las unidades con menos envíos que el umbral no tienen porcentaje sino el estado «insufficient», para que los números pequeños no induzcan a error. STATISTIC mean o median con una pregunta numérica da su media (campo value_mean) o su mediana (value_median) por unidad, con la misma regla: las unidades con menos respuestas que el umbral no tienen valor sino el estado «insufficient».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="80" />
      <source>Counts: a question whose answers are counted by area too, e.g. water_source. Empty: only the number of submissions.</source>
      <translation>Recuentos: una pregunta cuyas respuestas también se cuentan por unidad administrativa, p. ej., water_source. Vacío: solo el número de envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="77" />
      <source>Counts: the column of the survey that holds the P-code of each submission's area, e.g. admin2 (default).</source>
      <translation>Recuentos: la columna de la encuesta que contiene el P-code de la unidad administrativa de cada envío, p. ej., admin2 (predeterminado).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="135" />
      <source>Create the map</source>
      <translation>Crear el mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="108" />
      <source>Data and admin areas</source>
      <translation>Datos y unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="77" />
      <source>Data cleaning</source>
      <translation>Limpieza de datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="76" />
      <source>Data collection</source>
      <translation>Recolección de datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="104" />
      <source>Data collection ran from {first} to {last}.</source>
      <translation>La recolección de datos tuvo lugar del {first} al {last}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="81" />
      <source>Data protection</source>
      <translation>Protección de datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="34" />
      <source>Data protection: export for sharing</source>
      <translation>Protección de datos: exportación para compartir</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="57" />
      <source>Data protection: export for sharing…</source>
      <translation>Protección de datos: exportación para compartir…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="193" />
      <source>Data protection…</source>
      <translation>Protección de datos…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="86" />
      <source>Data sources</source>
      <translation>Fuentes de los datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="108" />
      <source>Data to share</source>
      <translation>Datos que compartir</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="51" />
      <source>Database connection</source>
      <translation>Conexión a la base de datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="61" />
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="227" />
      <source>Date: {date}</source>
      <translation>Fecha: {date}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="236" />
      <source>Decide each row: change the value (type the new value), remove the submission, keep it as it is, or leave it to decide. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation>Decida cada fila: cambiar el valor (escriba el valor nuevo), eliminar el envío, conservarlo tal como está o dejarlo por decidir. Haga doble clic en una fila para ver el envío en el mapa. Los equipos de campo pueden editar una copia exportada; impórtela de nuevo cuando hayan terminado.</translation>
    </message>
    <message>
      <source>Decide each row: change_response (set new_value), remove_survey, no_action or pending. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation type="vanished">Decida cada fila: change_response (rellenar new_value), remove_survey, no_action o pending. Doble clic: ver el envío en el mapa. Los equipos de campo pueden modificar una copia exportada, que se vuelve a importar después.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="42" />
      <source>Decided on</source>
      <translation>Decidido el</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="39" />
      <source>Decision</source>
      <translation>Decisión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="95" />
      <source>Decisions refused (someone decided first)</source>
      <translation>Decisiones rechazadas (otra persona decidió antes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="98" />
      <source>Decisions refused (the log row is another one now)</source>
      <translation>Decisiones rechazadas (la fila del registro ahora es otra)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="94" />
      <source>Decisions saved</source>
      <translation>Decisiones guardadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="189" />
      <source>Delete everything done in {folder} and start again from the sample data?</source>
      <translation>¿Eliminar todo lo hecho en {folder} y empezar de nuevo a partir de los datos de ejemplo?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="436" />
      <source>Density of submissions</source>
      <translation>Densidad de envíos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Deployed</source>
      <translation>Desplegado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="225" />
      <source>Detect personal data</source>
      <translation>Detectar los datos personales</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="62" />
      <source>Device or account ID</source>
      <translation>ID de dispositivo o de cuenta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="44" />
      <source>Device or resource busy</source>
      <translation>Dispositivo o recurso ocupado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="46" />
      <source>Displacement needs a minimum distance above 0 and a maximum distance above the minimum (got {min} m and {max} m).</source>
      <translation>El desplazamiento exige una distancia mínima mayor que 0 y una distancia máxima mayor que la mínima (valores recibidos: {min} m y {max} m).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Done</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Done at</source>
      <translation>Terminado el</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="332" />
      <source>Done.</source>
      <translation>Hecho.</translation>
    </message>
    <message>
      <source>Done: {action} {columns}</source>
      <translation type="vanished">Hecho: {action} {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="46" />
      <source>Download</source>
      <translation>Descarga</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="36" />
      <source>Download attachments (photos) beside the GeoPackage</source>
      <translation>Descargar los archivos adjuntos (fotos) junto al GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="298" />
      <source>Download attachments (photos) into the folder {folder} beside the GeoPackage</source>
      <translation>Descargar los archivos adjuntos (fotos) en la carpeta {folder} junto al GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="195" />
      <source>Download cancelled: no GeoPackage was written.</source>
      <translation>Descarga cancelada: no se escribió ningún GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="193" />
      <source>Download cancelled: {file} was left as it was.</source>
      <translation>Descarga cancelada: {file} quedó como estaba.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="166" />
      <source>Download finished.</source>
      <translation>Descarga terminada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/wizard.py" line="38" />
      <source>Download from KoboToolbox / ODK Central</source>
      <translation>Descargar desde KoboToolbox / ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="187" />
      <source>Download from a server…</source>
      <translation>Descargar desde un servidor…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="16" />
      <source>Download survey from KoboToolbox</source>
      <translation>Descargar una encuesta desde KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="23" />
      <source>Download survey from ODK Central</source>
      <translation>Descargar una encuesta desde ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="122" />
      <source>Downloading every submission of {form} into {file}…</source>
      <translation>Descargando todos los envíos de {form} en {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="120" />
      <source>Downloading the new submissions of {form} into {file}…</source>
      <translation>Descargando los envíos nuevos de {form} en {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="104" />
      <source>Downloading {form}</source>
      <translation>Descargando {form}</translation>
    </message>
    <message>
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', only submissions newer than the last sync are downloaded and appended. If the download fails, the previous GeoPackage is left untouched.</source>
      <translation type="vanished">Descarga todos los envíos de un formulario de KoboToolbox desplegado (API v2) en un GeoPackage de encuesta: tablas brutas exactamente como se reciben, la capa de puntos tipada «survey» y un registro de cada sincronización. El token de API se lee de la configuración de autenticación de QGIS; nunca se guarda en otro lugar. Con «Actualizar», solo se descargan y añaden los envíos más recientes que la última sincronización. Si la descarga falla, el GeoPackage anterior queda intacto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="19" />
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). If the download fails, the previous GeoPackage is left untouched.</source>
      <translation>Descarga todos los envíos de un formulario de KoboToolbox desplegado (API v2) en un GeoPackage de encuesta: tablas brutas exactamente como se reciben, la capa de puntos tipada «survey» y un registro de cada sincronización. El token de API se lee de la configuración de autenticación de QGIS; nunca se guarda en otro lugar. Con «Actualizar», se descargan y añaden los envíos más recientes que la última sincronización, y el GeoPackage se compara con la lista del servidor: los envíos más antiguos que le faltan también se añaden; los envíos eliminados, editados o revisados de nuevo en el servidor se nombran en una advertencia, pero se conservan tal como se descargaron la primera vez (para obtener la versión actual del servidor, descargue en un GeoPackage nuevo). Si la descarga falla, el GeoPackage anterior queda intacto.</translation>
    </message>
    <message>
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', only submissions newer than the last sync are downloaded and appended; a failed download leaves the previous GeoPackage untouched.</source>
      <translation type="vanished">Descarga todos los envíos de un formulario de ODK Central (OData, repeticiones incluidas) en un GeoPackage de encuesta. La configuración de autenticación contiene su correo electrónico y su contraseña (Basic), o un token de usuario móvil (app user). Las etiquetas y las opciones se leen del formulario en el servidor; proporcione también el XLSForm para conservar sus restricciones y sus preguntas obligatorias. Con «Actualizar», solo se descargan y añaden los envíos más recientes que la última sincronización; una descarga fallida deja intacto el GeoPackage anterior.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="26" />
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). A failed download leaves the previous GeoPackage untouched.</source>
      <translation>Descarga todos los envíos de un formulario de ODK Central (OData, repeticiones incluidas) en un GeoPackage de encuesta. La configuración de autenticación contiene su correo electrónico y su contraseña (Basic), o un token de usuario móvil (app user). Las etiquetas y las opciones se leen del formulario en el servidor; proporcione también el XLSForm para conservar sus restricciones y sus preguntas obligatorias. Con «Actualizar», se descargan y añaden los envíos más recientes que la última sincronización, y el GeoPackage se compara con la lista del servidor: los envíos más antiguos que le faltan también se añaden; los envíos eliminados, editados o revisados de nuevo en el servidor se nombran en una advertencia, pero se conservan tal como se descargaron la primera vez (para obtener la versión actual del servidor, descargue en un GeoPackage nuevo). Una descarga fallida deja intacto el GeoPackage anterior.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="71" />
      <source>Downloads the tiles of an XYZ or WMS basemap over an area, at the chosen zoom levels, into one MBTiles file that QGIS and QField open without network (QGIS's own 'Generate XYZ tiles' algorithm draws them). The number of tiles, the size and the time are logged before it starts; above the maximum number of tiles nothing is downloaded. When no tile can be made (no network, a server error, only empty tiles), a vector background of the countries (and of the admin boundaries, when given) is written instead, as a GeoPackage beside the chosen file, and the log says so.</source>
      <translation>Descarga las teselas de un mapa base XYZ o WMS sobre un área, en los niveles de zoom elegidos, en un único archivo MBTiles que QGIS y QField abren sin red (las dibuja el propio algoritmo 'Generate XYZ tiles' de QGIS). El número de teselas, el tamaño y el tiempo se registran antes de empezar; por encima del número máximo de teselas no se descarga nada. Cuando no se puede crear ninguna tesela (sin red, un error del servidor, solo teselas vacías), se escribe en su lugar un fondo vectorial de los países (y de los límites administrativos, si se indican), como un GeoPackage junto al archivo elegido, y el registro lo indica.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="33" />
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails), when it holds the same survey (form id) and no decision this GeoPackage lacks; otherwise nothing is written. The members of its roles keep them and read the new survey.</source>
      <translation>Eliminar un esquema existente con ese nombre en la misma transacción (se mantiene si la copia falla), cuando contiene la misma encuesta (ID del formulario) y ninguna decisión que falte en este GeoPackage; de lo contrario, no se escribe nada. Los miembros de sus roles los conservan y leen la nueva encuesta.</translation>
    </message>
    <message>
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails). Its decisions are lost: bring them back to a GeoPackage first.</source>
      <translation type="vanished">Eliminar un esquema existente con ese nombre en la misma transacción (se mantiene si la copia falla). Sus decisiones se pierden: devuélvalas primero a un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="19" />
      <source>Duplicates</source>
      <translation>Duplicados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="56" />
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="31" />
      <source>Each area coloured by its number of submissions, in colour-blind-safe classes.</source>
      <translation>Cada unidad coloreada según su número de envíos, en clases aptas para daltónicos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="44" />
      <source>Each area coloured by the mean or median answer to a numeric question (household size, income…); too few answers show 'insufficient data', not a misleading mean.</source>
      <translation>Cada unidad coloreada según la media o la mediana de las respuestas a una pregunta numérica (tamaño del hogar, ingresos…); con muy pocas respuestas se muestra «datos insuficientes», no una media engañosa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="36" />
      <source>Each area coloured by the share of submissions giving one answer. Areas with too few submissions show 'insufficient data' instead of a misleading percentage.</source>
      <translation>Cada unidad coloreada según la proporción de envíos que dan una respuesta. Las unidades con demasiado pocos envíos muestran «datos insuficientes» en lugar de un porcentaje engañoso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="179" />
      <source>Each submission counts in the area…</source>
      <translation>Cada envío cuenta en la unidad…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="277" />
      <source>Email</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="194" />
      <source>Email and password</source>
      <translation>Correo electrónico y contraseña</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="258" />
      <source>Encoding {encoding}; delimiter {delimiter}</source>
      <translation>Codificación {encoding}; delimitador {delimiter}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Equal intervals</source>
      <translation>Intervalos iguales</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="141" />
      <source>Every answer is the same as in submission {uuid}; remove_survey drops this one.</source>
      <translation>Todas las respuestas son idénticas a las del envío {uuid}; remove_survey elimina este.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="20" />
      <source>Every area is in the output, with 0 where no submission falls.</source>
      <translation>Cada unidad administrativa figura en el resultado, con 0 donde no cae ningún envío.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="119" />
      <source>Every page keeps the classes of the whole country, so pages compare; the title names the area and its P-code.</source>
      <translation>Cada página mantiene las clases de todo el país, para que las páginas sean comparables; el título indica la unidad y su P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Example value</source>
      <translation>Valor de ejemplo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="101" />
      <source>Example with the sample survey, in the language of the map. Your map shows your data and your texts.</source>
      <translation>Ejemplo con la encuesta de ejemplo, en el idioma del mapa. Su mapa muestra sus datos y sus textos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="321" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="85" />
      <source>Exercises file {file} could not be read: {error}</source>
      <translation>No se pudo leer el archivo de ejercicios {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="89" />
      <source>Exercises file {file}, exercise "{id}"</source>
      <translation>Archivo de ejercicios {file}, ejercicio "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="40" />
      <source>Explanation</source>
      <translation>Explicación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="77" />
      <source>Export</source>
      <translation>Exportación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="35" />
      <source>Export a print-ready map (PDF)</source>
      <translation>Exportar un mapa listo para imprimir (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="21" />
      <source>Export a review sheet of the shared cleaning log</source>
      <translation>Exportar una hoja de revisión del registro de limpieza compartido</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="431" />
      <source>Export cancelled: nothing was written.</source>
      <translation>Exportación cancelada: no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="423" />
      <source>Export finished.</source>
      <translation>Exportación terminada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="36" />
      <source>Export for sharing</source>
      <translation>Exportar para compartir</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_options.py" line="99" />
      <source>Export for sharing cancelled; nothing was written.</source>
      <translation>Exportación para compartir cancelada; no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="139" />
      <source>Export for sharing writes a GeoPackage (.gpkg) or a CSV (.csv), not {file}.</source>
      <translation>La exportación para compartir escribe un GeoPackage (.gpkg) o un CSV (.csv), no {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="390" />
      <source>Export for sharing: {file}</source>
      <translation>Exportación para compartir: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="84" />
      <source>Export summary…</source>
      <translation>Exportar el resumen…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="319" />
      <source>Export the cleaning log</source>
      <translation>Exportar el registro de limpieza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="223" />
      <source>Export the session summary</source>
      <translation>Exportar el resumen de la sesión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="231" />
      <source>Exported cleaning log</source>
      <translation>Registro de limpieza exportado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="362" />
      <source>Exporting {file}…</source>
      <translation>Exportando {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="395" />
      <source>Exporting… QGIS stays usable meanwhile.</source>
      <translation>Exportando… QGIS sigue siendo utilizable mientras tanto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="134" />
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Few submissions</source>
      <translation>Pocos envíos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="142" />
      <source>Fewest people in a group</source>
      <translation>Menor número de personas en un grupo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="103" />
      <source>Fewest submissions for a percentage</source>
      <translation>Número mínimo de envíos para un porcentaje</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="68" />
      <source>Field changes not merged (listed with the conflicts)</source>
      <translation>Cambios de campo no fusionados (listados con los conflictos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="111" />
      <source>Field laptops' time zone: {zone} (UTC{offset} today).</source>
      <translation>Zona horaria de los portátiles de campo: {zone} (UTC{offset} hoy).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="122" />
      <source>Field package written: %n files, {size} MB, in {seconds} s: {zip}</source>
      <translation>
        <numerusform>Paquete de campo escrito: %n archivo, {size} MB, en {seconds} s: {zip}</numerusform>
        <numerusform>Paquete de campo escrito: %n archivos, {size} MB, en {seconds} s: {zip}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="49" />
      <source>Field packages (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</source>
      <translation>Paquetes de campo (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="53" />
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name (typed in qgis_process as village,respondent_name): submissions with the same values are flagged. A name that is not a field of the layer is refused. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation>Campos que juntos identifican un hogar o una persona, p. ej., household_id, o village y respondent_name (escritos en qgis_process como village,respondent_name): los envíos con los mismos valores se señalan. Se rechaza un nombre que no sea un campo de la capa. Vacío: solo se señalan los _uuid repetidos y las respuestas idénticas (duplicados).</translation>
    </message>
    <message>
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name: submissions with the same values are flagged. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation type="vanished">Campos que juntos identifican un hogar o una persona, p. ej., household_id, o village y respondent_name: los envíos con los mismos valores se señalan. Vacío: solo se señalan los _uuid repetidos y las respuestas idénticas (duplicados).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="107" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="41" />
      <source>File exists</source>
      <translation>El archivo ya existe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="45" />
      <source>File name too long</source>
      <translation>Nombre de archivo demasiado largo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="56" />
      <source>File names of the attachments skipped</source>
      <translation>Nombres de archivo de los adjuntos omitidos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="89" />
      <source>Files in the package</source>
      <translation>Archivos del paquete</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="51" />
      <source>Find duplicates, GPS errors, outliers and short interviews; keep a cleaning log.</source>
      <translation>Detectar duplicados, errores GPS, valores atípicos y entrevistas demasiado cortas; llevar un registro de limpieza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="169" />
      <source>First day of data collection (YYYY-MM-DD, optional)</source>
      <translation>Primer día de la recolección de datos (AAAA-MM-DD, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="255" />
      <source>Folder</source>
      <translation>Carpeta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="65" />
      <source>Folder: {folder}</source>
      <translation>Carpeta: {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="121" />
      <source>For a share, a mean or a median: areas where fewer submissions than this answered are hatched and labelled 'insufficient data' instead of a misleading value; counts made with a higher threshold keep theirs. Default 5 submissions.</source>
      <translation>Para una proporción, una media o una mediana: las unidades administrativas donde menos envíos que este número respondieron se sombrean con tramas y se etiquetan 'insufficient data' en lugar de mostrar un valor engañoso; los recuentos hechos con un umbral más alto conservan el suyo. Predeterminado: 5 envíos.</translation>
    </message>
    <message>
      <source>For a share, a mean or a median: areas with fewer submissions than this are hatched and labelled 'insufficient data' instead of a misleading value. Default 5 submissions.</source>
      <translation type="vanished">Para una proporción, una media o una mediana: las unidades administrativas con menos envíos que este número se sombrean con tramas y se etiquetan 'insufficient data' en lugar de mostrar un valor engañoso. Predeterminado: 5 envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="30" />
      <source>For example https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the source of a WMS or XYZ layer as shown in its properties. Respect the tile provider's terms of use.</source>
      <translation>Por ejemplo https://tile.openstreetmap.org/{z}/{x}/{y}.png, o la fuente de una capa WMS o XYZ tal como aparece en sus propiedades. Respete las condiciones de uso del proveedor de teselas.</translation>
    </message>
    <message>
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen.</source>
      <translation type="vanished">Para ejecuciones sin la ventana de QGIS: dónde está la clave, env:CARTONG_KEY (una variable de entorno) o file:/home/me/cartong_key.txt (un archivo que contiene 64 caracteres hexadecimales). Se usa cuando no se elige ninguna configuración de autenticación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="53" />
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen. Without it such a run cannot open your default key, so the columns pseudonymised by default are removed instead.</source>
      <translation>Para ejecuciones sin la ventana de QGIS: dónde está la clave, env:CARTONG_KEY (una variable de entorno) o file:/home/me/cartong_key.txt (un archivo que contiene 64 caracteres hexadecimales). Se usa cuando no se elige ninguna configuración de autenticación. Sin este parámetro, esa ejecución no puede abrir su clave predeterminada, así que las columnas seudonimizadas por defecto se eliminan en su lugar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Form ID</source>
      <translation>ID del formulario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="43" />
      <source>Form ID (asset uid)</source>
      <translation>ID del formulario (asset uid)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="50" />
      <source>Form ID (xmlFormId)</source>
      <translation>ID del formulario (xmlFormId)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>Form languages: {languages}.</source>
      <translation>Idiomas del formulario: {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="60" />
      <source>Form {uid}: {added} new submissions arrived during the download; they are included.</source>
      <translation>Formulario {uid}: llegaron {added} envíos nuevos durante la descarga; están incluidos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="74" />
      <source>Form {uid}: {deleted} submissions were deleted on the server during the download.</source>
      <translation>Formulario {uid}: se eliminaron {deleted} envíos en el servidor durante la descarga.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="272" />
      <source>Form: {name} ({count} submissions on the server)</source>
      <translation>Formulario: {name} ({count} envíos en el servidor)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="106" />
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="63" />
      <source>Free text</source>
      <translation>Texto libre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="144" />
      <source>From collected data to a print-ready map, one step at a time.</source>
      <translation>De los datos recolectados al mapa listo para imprimir, paso a paso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="203" />
      <source>From zoom level (whole country)</source>
      <translation>Desde el nivel de zoom (todo el país)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="56" />
      <source>GPS check not run: the layer has no {latitude}/{longitude} columns, no geopoint answer and no point geometry. Run the checks on the survey layer that holds the GPS points.</source>
      <translation>Verificación GPS no ejecutada: la capa no tiene columnas {latitude}/{longitude}, ni respuesta geopoint, ni geometría de punto. Ejecute las verificaciones en la capa de encuesta que contiene los puntos GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="46" />
      <source>GPS line</source>
      <translation>línea GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="58" />
      <source>GPS location</source>
      <translation>Posición GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="45" />
      <source>GPS point</source>
      <translation>punto GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="88" />
      <source>GPS point at (0, 0)</source>
      <translation>punto GPS en (0, 0)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="218" />
      <source>GPS point in another admin area</source>
      <translation>punto GPS en otra unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="78" />
      <source>GPS point missing</source>
      <translation>falta el punto GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="272" />
      <source>GPS point moved: coordinates out of date</source>
      <translation>Punto GPS movido: coordenadas desactualizadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="132" />
      <source>GPS point outside the area of interest</source>
      <translation>punto GPS fuera de la zona de interés</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="22" />
      <source>GPS points</source>
      <translation>Puntos GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="79" />
      <source>GPS points whose precision (the accuracy radius the phone recorded, e.g. _location_precision) is worse than this many metres are flagged. Default 50 m; 20 m in a dense camp.</source>
      <translation>Los puntos GPS cuya precisión (el radio de precisión que registró el teléfono, p. ej., _location_precision) es peor que este número de metros se señalan. Predeterminado: 50 m; 20 m en un campamento denso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="47" />
      <source>GPS polygon</source>
      <translation>polígono GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="236" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="73" />
      <source>GeoPackage (*.gpkg *.GPKG)</source>
      <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="234" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="156" />
      <source>GeoPackage (*.gpkg);;CSV (*.csv)</source>
      <translation>GeoPackage (*.gpkg);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="208" />
      <source>GeoPackage for the cleaning log (empty: the survey's GeoPackage)</source>
      <translation>GeoPackage para el registro de limpieza (vacío: el GeoPackage de la encuesta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="274" />
      <source>GeoPackage: {file}</source>
      <translation>GeoPackage: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="127" />
      <source>Grant the roles to people: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;</source>
      <translation>Otorgue los roles a las personas: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="149" />
      <source>Grid cell size (m)</source>
      <translation>Tamaño de celda de la cuadrícula (m)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="225" />
      <source>HTML (*.html);;Markdown (*.md)</source>
      <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="61" />
      <source>Heatmap of the submissions</source>
      <translation>Mapa de calor de los envíos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="199" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="328" />
      <source>Help catalogue {file} could not be read ({error}).</source>
      <translation>No se pudo leer el catálogo de ayuda {file} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="333" />
      <source>Help catalogue {file} is not valid JSON: line {line}, column {column}: {error}. The bundled catalogue is used meanwhile.</source>
      <translation>El catálogo de ayuda {file} no es un JSON válido: línea {line}, columna {column}: {error}. Mientras tanto se usa el catálogo incluido en el complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="325" />
      <source>Help catalogue {file} was not found; check the path in the CartONG settings.</source>
      <translation>No se encontró el catálogo de ayuda {file}; verifique la ruta en la configuración de CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="302" />
      <source>Help catalogue {file}, entry {n}</source>
      <translation>Catálogo de ayuda {file}, entrada {n}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="340" />
      <source>Help catalogue {file}: "format" must be "{expected}".</source>
      <translation>Catálogo de ayuda {file}: "format" debe ser "{expected}".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="298" />
      <source>Help catalogue {file}: expected {{"resources": [ … ]}} at the top of the file.</source>
      <translation>Catálogo de ayuda {file}: se esperaba {{"resources": [ … ]}} al principio del archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>High</source>
      <translation>Alto</translation>
    </message>
    <message>
      <source>Household locations are personal data: share a map showing them only if that was decided.</source>
      <translation type="vanished">Las ubicaciones de los hogares son datos personales: comparta un mapa que las muestre solo si así se decidió.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="59" />
      <source>How exact locations are protected: 0 move points at random between the smallest and largest displacement (default), 1 snap them to a grid, 2 counts by admin area with small counts hidden, 3 remove locations, 4 keep them (only for a team allowed to see where households live).</source>
      <translation>Cómo se protegen las ubicaciones exactas: 0 desplazar los puntos al azar entre el desplazamiento mínimo y el máximo (predeterminado), 1 ajustarlos a una cuadrícula, 2 recuentos por unidad administrativa con los recuentos pequeños ocultos, 3 eliminar las ubicaciones, 4 conservarlas (solo para un equipo autorizado a ver dónde viven los hogares).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="262" />
      <source>How far from the usual answers a number is flagged</source>
      <translation>A qué distancia de las respuestas habituales se señala un número</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="110" />
      <source>How the class limits are chosen: quantile (the same number of areas in each class, default), jenks (natural breaks), equal (intervals of equal width) or pretty (round numbers). Not used when class limits are given.</source>
      <translation>Cómo se eligen los límites de clase: quantile (el mismo número de unidades administrativas en cada clase, predeterminado), jenks (cortes naturales), equal (intervalos de igual amplitud) o pretty (números redondos). No se usa cuando se indican límites de clase.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="264" />
      <source>How unusual a number must be to be flagged</source>
      <translation>Cuán inusual debe ser un número para ser señalado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="53" />
      <source>Humanitarian server (kobo.humanitarianresponse.info)</source>
      <translation>Servidor humanitario (kobo.humanitarianresponse.info)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="55" />
      <source>ID number</source>
      <translation>Número de identidad</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="77" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="100" />
      <source>Import</source>
      <translation>Importación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Import an edited cleaning log</source>
      <translation>Importar un registro de limpieza modificado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/import_report.py" line="55" />
      <source>Import cancelled: nothing was written.</source>
      <translation>Importación cancelada: no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="137" />
      <source>Import edited log…</source>
      <translation>Importar un registro modificado…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="168" />
      <source>Import finished.</source>
      <translation>Importación terminada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/wizard.py" line="24" />
      <source>Import survey data</source>
      <translation>Importar datos de encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="32" />
      <source>Import survey data (KoboToolbox, ODK, ONA)</source>
      <translation>Importar datos de encuesta (KoboToolbox, ODK, ONA)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="43" />
      <source>Importing {file}</source>
      <translation>Importando {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="144" />
      <source>Importing… QGIS stays usable meanwhile.</source>
      <translation>Importando… QGIS sigue siendo utilizable mientras tanto.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="45" />
      <source>In %n submissions the location text and its latitude/longitude columns were kept in agreement with the log's changes.</source>
      <translation>
        <numerusform>En %n envío, el texto de la ubicación y sus columnas de latitud/longitud se mantuvieron de acuerdo con el cambio del registro.</numerusform>
        <numerusform>En %n envíos, el texto de la ubicación y sus columnas de latitud/longitud se mantuvieron de acuerdo con los cambios del registro.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="55" />
      <source>In %n submissions the log changes both the location text and its latitude/longitude columns, and they disagree (first: feature {fid}); the points follow the latitude/longitude.</source>
      <translation>
        <numerusform>En %n envío, el registro cambia a la vez el texto de la ubicación y sus columnas de latitud/longitud, y no coinciden (el primero: entidad {fid}); el punto sigue la latitud/longitud.</numerusform>
        <numerusform>En %n envíos, el registro cambia a la vez el texto de la ubicación y sus columnas de latitud/longitud, y no coinciden (el primero: entidad {fid}); los puntos siguen la latitud/longitud.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="279" />
      <source>In KoboToolbox: Account settings &gt; Security &gt; API key.</source>
      <translation>En KoboToolbox: Configuración de la cuenta &gt; Seguridad &gt; Clave API.</translation>
    </message>
    <message>
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="284" />
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link. App users can send submissions but not read them: to download data, use a web account with the Project Viewer role.</source>
      <translation>En ODK Central: Proyecto &gt; Usuarios móviles; el token es la última parte del enlace del usuario móvil. Los usuarios móviles pueden enviar envíos pero no leerlos: para descargar los datos, use una cuenta web con el rol Observador del proyecto (Project Viewer).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="122" />
      <source>In the field</source>
      <translation>En el campo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="119" />
      <source>Include the personal data (names, phones, GPS coordinates, photos)</source>
      <translation>Incluir los datos personales (nombres, teléfonos, coordenadas GPS, fotos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="81" />
      <source>Include the personal data at high risk and the raw tables (encrypted laptop only)</source>
      <translation>Incluir los datos personales de riesgo alto y las tablas brutas (solo portátil cifrado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="172" />
      <source>Insufficient data</source>
      <translation>Datos insuficientes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="435" />
      <source>Insufficient data (fewer than {n} submissions answering)</source>
      <translation>Datos insuficientes (menos de {n} envíos que responden)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="436" />
      <source>Insufficient data (fewer than {n} submissions)</source>
      <translation>Datos insuficientes (menos de {n} envíos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="23" />
      <source>Interview durations and dates</source>
      <translation>Duraciones y fechas de las entrevistas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="68" />
      <source>Interviews longer than this, in minutes, are flagged (default 120): often a form left open and finished later.</source>
      <translation>Las entrevistas más largas que esto, en minutos, se señalan (120 por defecto): a menudo un formulario que quedó abierto y se terminó más tarde.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="64" />
      <source>Interviews shorter than this, in minutes, are flagged (default 10; refusals are not). Take the shortest real interview of the pilot.</source>
      <translation>Las entrevistas más cortas que esto, en minutos, se señalan (10 por defecto; los rechazos no). Tome la entrevista real más corta del piloto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="42" />
      <source>Is a directory</source>
      <translation>Es un directorio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="37" />
      <source>Issue</source>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="93" />
      <source>It is not in the shared database: {reason}</source>
      <translation>No está en la base de datos compartida: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="438" />
      <source>It was tried {attempts} times over {seconds} seconds in all.</source>
      <translation>Se intentó {attempts} veces en {seconds} segundos en total.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="311" />
      <source>JSON text</source>
      <translation>texto JSON</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Keep</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="87" />
      <source>Keep although flagged: {columns}</source>
      <translation>Conservar pese a la señal: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="56" />
      <source>Keep as it is</source>
      <translation>Conservar tal como está</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="115" />
      <source>Keep each moved point inside its admin area</source>
      <translation>Mantener cada punto desplazado dentro de su unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="104" />
      <source>Keep each moved point inside its admin area ({layer}).</source>
      <translation>Mantener cada punto desplazado dentro de su unidad administrativa ({layer}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="124" />
      <source>Keep exact locations (not recommended)</source>
      <translation>Conservar las posiciones exactas (no recomendado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="109" />
      <source>Keep the counts per area in the survey's GeoPackage</source>
      <translation>Conservar los recuentos por unidad en el GeoPackage de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="203" />
      <source>Keep the decisions of the existing cleaning log</source>
      <translation>Conservar las decisiones del registro de limpieza existente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="72" />
      <source>Keep the exact locations (not recommended)</source>
      <translation>Conservar las posiciones exactas (no recomendado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="99" />
      <source>Keep the exact locations (not recommended).</source>
      <translation>Conservar las posiciones exactas (no recomendado).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="140" />
      <source>Key fields that identify a household (optional)</source>
      <translation>Campos clave que identifican un hogar (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="173" />
      <source>Key file</source>
      <translation>Archivo de clave</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="172" />
      <source>Key files (*.key *.txt);;All files (*)</source>
      <translation>Archivos de clave (*.key *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="245" />
      <source>Key questions for duplicates</source>
      <translation>Preguntas clave para los duplicados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="91" />
      <source>Kind of basemap (mbtiles or vector)</source>
      <translation>Tipo de mapa base (mbtiles o vector)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="96" />
      <source>Kind of basemap written (mbtiles or vector)</source>
      <translation>Tipo de mapa base escrito (mbtiles o vector)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="74" />
      <source>Kind of map</source>
      <translation>Tipo de mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="77" />
      <source>KoboToolbox</source>
      <translation>KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="52" />
      <source>KoboToolbox European Union server (eu.kobotoolbox.org)</source>
      <translation>Servidor de KoboToolbox de la Unión Europea (eu.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="51" />
      <source>KoboToolbox global server (kf.kobotoolbox.org)</source>
      <translation>Servidor mundial de KoboToolbox (kf.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="91" />
      <source>KoboToolbox's CSV export never includes repeat groups: import its XLSX export (one sheet per repeat group) or download the data from the server instead.</source>
      <translation>La exportación CSV de KoboToolbox nunca incluye los grupos de repetición: importe en su lugar su exportación XLSX (una hoja por grupo de repetición) o descargue los datos desde el servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="290" />
      <source>Label language</source>
      <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="23" />
      <source>Label language (e.g. English (en), fr; empty: the form's default)</source>
      <translation>Idioma de las etiquetas (p. ej. English (en), fr; vacío: el del formulario por defecto)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="283" />
      <source>Labels: {language}.</source>
      <translation>Etiquetas: {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="52" />
      <source>Landscape</source>
      <translation>Horizontal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="83" />
      <source>Language of the map</source>
      <translation>Idioma del mapa</translation>
    </message>
    <message>
      <source>Language of the map texts: en (English) or fr (French)</source>
      <translation type="vanished">Idioma de los textos del mapa: en (inglés) o fr (francés)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="92" />
      <source>Language of the map texts: en (English), fr (French), es (Spanish), pt (Portuguese) or ar (Arabic, laid out right to left)</source>
      <translation>Idioma de los textos del mapa: en (inglés), fr (francés), es (español), pt (portugués) o ar (árabe, diseño de derecha a izquierda)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="112" />
      <source>Language of the offline help</source>
      <translation>Idioma de la ayuda sin conexión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="67" />
      <source>Language of the offline help (en, fr…; empty: QGIS's)</source>
      <translation>Idioma de la ayuda sin conexión (en, fr…; vacío: el de QGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="141" />
      <source>Largest displacement (m)</source>
      <translation>Desplazamiento máximo (m)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="174" />
      <source>Last day of data collection (YYYY-MM-DD, optional)</source>
      <translation>Último día de la recolección de datos (AAAA-MM-DD, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Last submission</source>
      <translation>Último envío</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="90" />
      <source>Latitude and longitude are both 0: the GPS had no fix.</source>
      <translation>La latitud y la longitud valen ambas 0: el GPS no tenía posición.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="115" />
      <source>Latitude and longitude seem swapped: swapped, the point falls in the area of interest.</source>
      <translation>La latitud y la longitud parecen invertidas: al intercambiarlas, el punto cae en la zona de interés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="50" />
      <source>Latitude {value} is outside -90..90.</source>
      <translation>La latitud {value} está fuera de -90..90.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="118" />
      <source>Layer</source>
      <translation>Capa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="279" />
      <source>Layers in the project: {layers}.</source>
      <translation>Capas en el proyecto: {layers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="36" />
      <source>Layout and texts</source>
      <translation>Diseño y textos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="74" />
      <source>Learn</source>
      <translation>Aprender</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="328" />
      <source>Learn more: {link}</source>
      <translation>Más información: {link}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="232" />
      <source>Learn more: {title}, {url}</source>
      <translation>Más información: {title}, {url}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="109" />
      <source>Left out of the package to protect personal data: %n columns at high risk ({columns}).</source>
      <translation>
        <numerusform>Se dejó fuera del paquete para proteger los datos personales: %n columna de riesgo alto ({columns}).</numerusform>
        <numerusform>Se dejaron fuera del paquete para proteger los datos personales: %n columnas de riesgo alto ({columns}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="117" />
      <source>Left out too: the tables {tables}, which the field work and the merge do not need.</source>
      <translation>También se dejaron fuera: las tablas {tables}, que ni el trabajo de campo ni la fusión necesitan.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="294" />
      <source>Legend</source>
      <translation>Leyenda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="88" />
      <source>Legend title</source>
      <translation>Título de la leyenda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="47" />
      <source>Limits of my own</source>
      <translation>Mis propios límites</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="96" />
      <source>Links and attachment names removed from {rows} values.</source>
      <translation>Enlaces y nombres de archivos adjuntos eliminados de {rows} valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="122" />
      <source>Links and small groups</source>
      <translation>Enlaces y grupos pequeños</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="111" />
      <source>Listing cancelled.</source>
      <translation>Listado cancelado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="109" />
      <source>Listing the forms of {url}</source>
      <translation>Lista de formularios de {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="112" />
      <source>Listing the forms of {url}…</source>
      <translation>Obteniendo la lista de formularios de {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="30" />
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names and labels in English, French, Spanish, Portuguese and Arabic (an editable keyword list) and by the pattern of their values (phone numbers in any digits). Read the list before sharing: it helps, it does not guarantee.</source>
      <translation>Enumera las columnas de una capa de encuesta que probablemente contienen datos personales (nombres, números de teléfono, números de identidad, posiciones GPS precisas, texto libre, fotos y enlaces a archivos adjuntos), con un nivel de riesgo (alto, medio, bajo), el motivo y una protección sugerida. Las columnas se detectan por su tipo XLSForm (si se proporciona el formulario), por las palabras de su nombre y de su etiqueta en inglés, francés, español, portugués y árabe (una lista de palabras clave modificable) y por la forma de sus valores (números de teléfono en cualquier sistema de cifras). Lea la lista antes de compartir: ayuda, no garantiza nada.</translation>
    </message>
    <message>
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names in English and French (an editable keyword list) and by the pattern of their values. Read the list before sharing: it helps, it does not guarantee.</source>
      <translation type="vanished">Enumera las columnas de una capa de encuesta que probablemente contienen datos personales (nombres, números de teléfono, números de identidad, posiciones GPS precisas, texto libre, fotos y enlaces a archivos adjuntos), con un nivel de riesgo (alto, medio, bajo), el motivo y una protección sugerida. Las columnas se detectan por su tipo XLSForm (si se proporciona el formulario), por las palabras de su nombre en inglés y en francés (una lista de palabras clave modificable) y por la forma de sus valores. Lea la lista antes de compartir: ayuda, no garantiza nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="165" />
      <source>Load my boundaries…</source>
      <translation>Cargar mis límites…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="160" />
      <source>Load the sample's boundaries</source>
      <translation>Cargar los límites del ejemplo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="291" />
      <source>Location column</source>
      <translation>Columna de posición</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>Location: {location}.</source>
      <translation>Ubicación: {location}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="60" />
      <source>Locations</source>
      <translation>Posiciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="55" />
      <source>Locations and small groups</source>
      <translation>Posiciones y grupos pequeños</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="117" />
      <source>Locations removed: the file holds no points.</source>
      <translation>Posiciones eliminadas: el archivo no contiene ningún punto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="115" />
      <source>Log in with</source>
      <translation>Iniciar sesión con</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="39" />
      <source>Log rows</source>
      <translation>Filas del registro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="65" />
      <source>Log rows kept as they are</source>
      <translation>Filas del registro que se dejan tal cual</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="64" />
      <source>Log rows still pending</source>
      <translation>Filas del registro aún pendientes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="93" />
      <source>Login</source>
      <translation>Inicio de sesión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="89" />
      <source>Logo (optional)</source>
      <translation>Logotipo (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="87" />
      <source>Longer than {limit} minutes.</source>
      <translation>Más de {limit} minutos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="267" />
      <source>Longest plausible interview</source>
      <translation>Entrevista plausible más larga</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="164" />
      <source>Longest plausible interview (minutes)</source>
      <translation>Entrevista plausible más larga (minutos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="52" />
      <source>Longitude {value} is outside -180..180.</source>
      <translation>La longitud {value} está fuera de -180..180.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Low</source>
      <translation>Bajo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="69" />
      <source>Lower case letters, digits and _. Empty: made from the survey's name.</source>
      <translation>Letras minúsculas, cifras y _. Vacío: tomado del nombre de la encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="94" />
      <source>MBTiles (*.mbtiles *.MBTILES)</source>
      <translation>MBTiles (*.mbtiles *.MBTILES)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="37" />
      <source>Make a map</source>
      <translation>Crear un mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="68" />
      <source>Make an offline basemap (MBTiles)</source>
      <translation>Crear un mapa base sin conexión (MBTiles)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="328" />
      <source>Make it again when the source answers, before going to the field.</source>
      <translation>Vuelva a crear el mapa base cuando la fuente responda, antes de ir al terreno.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="88" />
      <source>Manifest</source>
      <translation>Manifiesto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="139" />
      <source>Manual classes need their limits, e.g. 10, 20, 50.</source>
      <translation>Las clases manuales necesitan sus límites, p. ej. 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="122" />
      <source>Many areas share the same few values: quantile classes holding a single value ({values}) were merged, so the map has fewer classes than asked.</source>
      <translation>Muchas unidades administrativas comparten los mismos pocos valores: se fusionaron las clases de cuantiles que contenían un único valor ({values}), por lo que el mapa tiene menos clases de las pedidas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Many submissions</source>
      <translation>Muchos envíos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="440" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="87" />
      <source>Map author</source>
      <translation>Autor del mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>Map file</source>
      <translation>Archivo del mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="246" />
      <source>Map reference: {reference}</source>
      <translation>Referencia del mapa: {reference}</translation>
    </message>
    <message>
      <source>Map type: choropleth (areas in colour classes) or circles (proportional symbols)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="107" />
      <source>Map type: choropleth (areas in colour classes), circles (proportional symbols) or heatmap (density of the survey points, admin areas as outlines)</source>
      <translation>Tipo de mapa: choropleth (unidades en clases de color), circles (símbolos proporcionales) o heatmap (densidad de los puntos de la encuesta, unidades administrativas como contornos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="404" />
      <source>Map written to {file}.</source>
      <translation>Mapa escrito en {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="395" />
      <source>Map written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>Mapa escrito en {file}. El diseño «{layout}» está en el proyecto (Proyecto &gt; Diseños) para retoques manuales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="229" />
      <source>Map: {author}</source>
      <translation>Mapa: {author}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="120" />
      <source>Maps</source>
      <translation>Mapas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="38" />
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. Class limits can be given by hand (BREAKS, e.g. 10, 20, 50). A heatmap shows where the survey points concentrate instead. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation>Cartografía un recuento (o una proporción) por unidad administrativa en clases aptas para daltónicos, con los puntos de la encuesta encima, en un diseño de impresión con título, leyenda, barra de escala, flecha del norte, mapa de situación, fuentes, fecha, descargo de responsabilidad y sistema de coordenadas, y lo exporta a 300 ppp. Los límites de clase pueden escribirse a mano (BREAKS, p. ej. 10, 20, 50). Un mapa de calor muestra en cambio dónde se concentran los puntos de la encuesta. El tipo de archivo sigue la extensión: .pdf (vectorial), .png o .svg. Los textos siguen el idioma elegido.</translation>
    </message>
    <message>
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="48" />
      <source>Maximum number of tiles (0: no limit)</source>
      <translation>Número máximo de teselas (0: sin límite)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="43" />
      <source>Maximum zoom</source>
      <translation>Zoom máximo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="210" />
      <source>Mean</source>
      <translation>Media</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="189" />
      <source>Mean of “{question}”</source>
      <translation>Media de «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="50" />
      <source>Mean of “{question}” per admin area</source>
      <translation>Media de «{question}» por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="52" />
      <source>Mean per admin area</source>
      <translation>Media por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Mean per area</source>
      <translation>Media por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="363" />
      <source>Means from</source>
      <translation>Medias a partir de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="211" />
      <source>Median (less swayed by a few extreme answers)</source>
      <translation>Mediana (menos influida por unas pocas respuestas extremas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="187" />
      <source>Median of “{question}”</source>
      <translation>Mediana de «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="56" />
      <source>Median of “{question}” per admin area</source>
      <translation>Mediana de «{question}» por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="58" />
      <source>Median per admin area</source>
      <translation>Mediana por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Median per area</source>
      <translation>Mediana por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Medium</source>
      <translation>Medio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="22" />
      <source>Merge a returned field package</source>
      <translation>Fusionar un paquete de campo devuelto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="88" />
      <source>Merged into {file}: {counts}.</source>
      <translation>Fusionado en {file}: {counts}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="253" />
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="38" />
      <source>Minimum zoom</source>
      <translation>Zoom mínimo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="61" />
      <source>Minutes since start</source>
      <translation>Minutos desde el inicio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="61" />
      <source>Minutes since the last reset</source>
      <translation>Minutos desde el último reinicio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="20" />
      <source>Missing required answers</source>
      <translation>Respuestas obligatorias que faltan</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="68" />
      <source>Move each point at random</source>
      <translation>Desplazar cada punto al azar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="120" />
      <source>Move points at random (displace)</source>
      <translation>Desplazar los puntos al azar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="94" />
      <source>Move points by {min:.0f} to {max:.0f} m at random.</source>
      <translation>Desplazar los puntos al azar de {min:.0f} a {max:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="69" />
      <source>Moving points: the largest distance a point is moved, in metres (default 2000). More protects more but may move a point into another area: give the admin areas to keep points in their own.</source>
      <translation>Desplazamiento de puntos: la distancia máxima que se desplaza un punto, en metros (2000 por defecto). Más protege más, pero puede llevar un punto a otra unidad administrativa: indique las unidades administrativas para mantener los puntos en la suya.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="65" />
      <source>Moving points: the smallest distance a point is moved, in metres (default 250). In a town 250 m hides a household among many; in scattered villages use more.</source>
      <translation>Desplazamiento de puntos: la distancia mínima que se desplaza un punto, en metros (250 por defecto). En una ciudad, 250 m ocultan un hogar entre muchos; en aldeas dispersas use más.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="204" />
      <source>My usual key (pseudonyms match my other exports)</source>
      <translation>Mi clave habitual (seudónimos idénticos a los de mis otras exportaciones)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="75" />
      <source>Name field</source>
      <translation>Campo del nombre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="59" />
      <source>Name field of the admin areas</source>
      <translation>Campo del nombre de las unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="169" />
      <source>Name field of the admin areas (labels, atlas pages)</source>
      <translation>Campo del nombre de las unidades administrativas (etiquetas, páginas del atlas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="120" />
      <source>Name field of the admin boundaries</source>
      <translation>Campo del nombre de los límites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="52" />
      <source>Name of the survey in the database</source>
      <translation>Nombre de la encuesta en la base de datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Natural breaks (Jenks)</source>
      <translation>Cortes naturales (Jenks)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="120" />
      <source>Natural breaks (Jenks) or limits of your own would suit these values better.</source>
      <translation>Los cortes naturales (Jenks) o límites de clase propios se adaptarían mejor a estos valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="75" />
      <source>Needs definition</source>
      <translation>Definición de necesidades</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="205" />
      <source>New connection</source>
      <translation>Nueva conexión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="48" />
      <source>New submissions</source>
      <translation>Envíos nuevos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="36" />
      <source>New value</source>
      <translation>Valor nuevo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="45" />
      <source>Next &gt;</source>
      <translation>Siguiente &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="245" />
      <source>Next page</source>
      <translation>Página siguiente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="93" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="40" />
      <source>No PostgreSQL connection is saved in QGIS yet: ask your database administrator for one and add it in the Browser (PostgreSQL &gt; New Connection).</source>
      <translation>Todavía no hay ninguna conexión PostgreSQL guardada en QGIS: pida una al administrador de su base de datos y añádala en el Explorador (PostgreSQL &gt; Nueva conexión).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="261" />
      <source>No XLSForm was given: column types were inferred from the values and choices have no labels.</source>
      <translation>No se proporcionó ningún XLSForm: los tipos de columna se dedujeron de los valores y las opciones no tienen etiquetas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="389" />
      <source>No admin boundaries in the project: this map counts the submissions per area. Load the sample's boundaries or your own.</source>
      <translation>No hay límites administrativos en el proyecto: este mapa cuenta los envíos por unidad administrativa. Cargue los límites del ejemplo o los suyos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="224" />
      <source>No answer</source>
      <translation>Sin respuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="94" />
      <source>No answer of {field} is a number ({listed}): a mean or median needs a numeric question. Choose the question holding the numbers.</source>
      <translation>Ninguna respuesta de {field} es un número ({listed}): una media o una mediana necesita una pregunta numérica. Elija la pregunta que contiene los números.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="440" />
      <source>No area of {layer} has a value in {field}: no submission was counted in any of its areas, so the map shows every area without data. If the survey was made there, check the submissions' coordinates (latitude and longitude swapped, or the wrong coordinate reference system) and count them again (Count submissions by admin area).</source>
      <translation>Ninguna unidad de {layer} tiene un valor en {field}: no se contó ningún envío en ninguna de sus unidades, así que el mapa muestra todas las unidades sin datos. Si la encuesta se hizo allí, verifique las coordenadas de los envíos (latitud y longitud invertidas, o un sistema de referencia de coordenadas incorrecto) y vuelva a contarlos (Contar los envíos por unidad administrativa).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="366" />
      <source>No basemap source was given.</source>
      <translation>No se indicó ninguna fuente de mapa base.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="217" />
      <source>No column is pseudonymised.</source>
      <translation>No se seudonimiza ninguna columna.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="292" />
      <source>No column looks like personal data. The check helps; it does not guarantee.</source>
      <translation>Ninguna columna parece contener datos personales. La verificación ayuda; no garantiza nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="220" />
      <source>No connection: the page above has the essentials.</source>
      <translation>Sin conexión: la página de arriba contiene lo esencial.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="84" />
      <source>No copy of this form has been downloaded on this computer yet.</source>
      <translation>Todavía no se ha descargado ninguna copia de este formulario en este ordenador.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No data</source>
      <translation>Sin datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="280" />
      <source>No file exists at the path typed in {label}: choose the file that holds the key, not the key.</source>
      <translation>No existe ningún archivo en la ruta escrita en {label}: elija el archivo que contiene la clave, no la clave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="189" />
      <source>No gazetteer name is close enough (best score {score}: {places}).</source>
      <translation>Ningún nombre del nomenclátor es lo bastante cercano (mejor puntuación {score}: {places}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="212" />
      <source>No image at {file}.</source>
      <translation>No hay ninguna imagen en {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="424" />
      <source>No offline world map in {path}: install QGIS 3.18 or later, or give a basemap that can be reached.</source>
      <translation>No hay mapa mundial sin conexión en {path}: instale QGIS 3.18 o posterior, o indique un mapa base accesible.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="150" />
      <source>No offline world map in {path}: the map has no background.</source>
      <translation>No hay mapa del mundo sin conexión en {path}: el mapa no tiene fondo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="214" />
      <source>No online resource is listed for this step.</source>
      <translation>No hay ningún recurso en línea para este paso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="242" />
      <source>No output GeoPackage was given.</source>
      <translation>No se indicó ningún GeoPackage de salida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="102" />
      <source>No personal data at high risk was found in the surveys.</source>
      <translation>No se encontraron datos personales de riesgo alto en las encuestas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="48" />
      <source>No place was named for {what}: write env:VARIABLE or file:PATH.</source>
      <translation>No se indicó ningún lugar para {what}: escriba env:VARIABLE o file:RUTA.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="55" />
      <source>No pseudonymisation key: create or choose one first.</source>
      <translation>No hay clave de seudonimización: cree o elija una primero.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="450" />
      <source>No server address was given.</source>
      <translation>No se indicó ninguna dirección de servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="39" />
      <source>No space left on device</source>
      <translation>No queda espacio en el dispositivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="213" />
      <source>No submission answers {field}: the share of “{given}” is 0 % in every area with enough submissions.</source>
      <translation>Ningún envío responde a {field}: la proporción de «{given}» es 0 % en todas las unidades con suficientes envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="313" />
      <source>No submission falls in an area of {layer}: check the join (location or P-code) and the admin layer.</source>
      <translation>Ningún envío cae en una unidad de {layer}: verifique la unión (posición o P-code) y la capa administrativa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="191" />
      <source>No submission gives the answer “{given}” to {field}, but {count} give “{code}”, the same written otherwise: “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>Ningún envío da la respuesta «{given}» a {field}, pero {count} dan «{code}», la misma respuesta escrita de otra forma: se contó «{code}». Indique ANSWER_VALUE={code} para contarla sin esta advertencia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="215" />
      <source>No submission gives the answer “{given}” to {field}: its share is 0 % in every area with enough submissions. The answers given are: {answers}. Check ANSWER_VALUE: it is the choice name the survey stores, not its label.</source>
      <translation>Ningún envío da la respuesta «{given}» a {field}: su proporción es 0 % en todas las unidades con suficientes envíos. Las respuestas dadas son: {answers}. Verifique ANSWER_VALUE: es el nombre de opción que guarda la encuesta, no su etiqueta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="207" />
      <source>No submission gives the answer “{given}” to {field}; it may be any of {codes} (written otherwise, or the same label). Give ANSWER_VALUE the one to count.</source>
      <translation>Ningún envío da la respuesta «{given}» a {field}; puede ser cualquiera de estas: {codes} (escritas de otra forma, o con la misma etiqueta). Indique en ANSWER_VALUE la que hay que contar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="256" />
      <source>No submission has a value in {field}: nothing to aggregate.</source>
      <translation>Ningún envío tiene un valor en {field}: nada que agregar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="223" />
      <source>No submission has the uuid {uuid} in {layer}.</source>
      <translation>Ningún envío tiene el uuid {uuid} en {layer}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="46" />
      <source>No submission of {points} lies in any area of {admin}: all %n submissions are outside every area, so every area counts 0 and a map of these counts is empty. If the survey was made in these areas, its latitude and longitude are most likely swapped, or {points} has the wrong coordinate reference system ({crs}): look at both layers on a map, fix the coordinates, and count again.</source>
      <translation>
        <numerusform>Ningún envío de {points} está en ninguna unidad de {admin}: %n envío está fuera de todas las unidades, así que cada unidad cuenta 0 y un mapa de estos recuentos está vacío. Si la encuesta se hizo en estas unidades, lo más probable es que su latitud y longitud estén invertidas, o que {points} tenga un sistema de referencia de coordenadas incorrecto ({crs}): mire ambas capas en un mapa, corrija las coordenadas y vuelva a contar.</numerusform>
        <numerusform>Ningún envío de {points} está en ninguna unidad de {admin}: los %n envíos están fuera de todas las unidades, así que cada unidad cuenta 0 y un mapa de estos recuentos está vacío. Si la encuesta se hizo en estas unidades, lo más probable es que su latitud y longitud estén invertidas, o que {points} tenga un sistema de referencia de coordenadas incorrecto ({crs}): mire ambas capas en un mapa, corrija las coordenadas y vuelva a contar.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No submissions</source>
      <translation>Ningún envío</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="36" />
      <source>No such file or directory</source>
      <translation>No existe el archivo o el directorio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="140" />
      <source>No survey layer in the project: import a survey first (step 1), or add the 'survey' layer of its GeoPackage.</source>
      <translation>No hay ninguna capa de encuesta en el proyecto: importe primero una encuesta (paso 1), o añada la capa «survey» de su GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="371" />
      <source>No survey layer with points in the project: import a survey first (step 1).</source>
      <translation>No hay ninguna capa de encuesta con puntos en el proyecto: importe primero una encuesta (paso 1).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="291" />
      <source>No tile could be made from {source} (no network, a server error, or only empty tiles).</source>
      <translation>No se pudo crear ninguna tesela a partir de {source} (sin red, un error del servidor o solo teselas vacías).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="194" />
      <source>No tiles: countries and admin boundaries only</source>
      <translation>Sin teselas: solo países y límites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="180" />
      <source>No translation file {file}: the map texts stay in English.</source>
      <translation>No hay archivo de traducción {file}: los textos del mapa quedan en inglés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="262" />
      <source>No warnings.</source>
      <translation>Ninguna advertencia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="229" />
      <source>None</source>
      <translation>Ninguna</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="43" />
      <source>Not a directory</source>
      <translation>No es un directorio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="316" />
      <source>Not run: choose the admin boundaries on the first page (Back) to check typed admin names. Without them, GPS points are checked against the area of interest below only when you tick it.</source>
      <translation>No ejecutado: elija los límites administrativos en la primera página (Atrás) para verificar los nombres de unidades administrativas escritos. Sin ellos, los puntos GPS se verifican con la zona de interés de abajo solo si la marca.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="204" />
      <source>Not saved yet.</source>
      <translation>Aún no guardado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="126" />
      <source>Nothing is changed in this layer: a protected copy is written at the end.</source>
      <translation>No se modifica nada en esta capa: al final se escribe una copia protegida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="218" />
      <source>Nothing was written.</source>
      <translation>No se escribió nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="255" />
      <source>Number of classes</source>
      <translation>Número de clases</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="213" />
      <source>Numeric question</source>
      <translation>Pregunta numérica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="93" />
      <source>Numeric question for a mean or median (optional)</source>
      <translation>Pregunta numérica para una media o una mediana (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="78" />
      <source>ODK Central</source>
      <translation>ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="81" />
      <source>ODK Central keeps each repeat group apart: import its zip export, which holds one CSV per repeat group, or the submissions downloaded through OData with $expand=*.</source>
      <translation>ODK Central guarda cada grupo de repetición por separado: importe su exportación zip, que contiene un CSV por grupo de repetición, o los envíos descargados mediante OData con $expand=*.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="125" />
      <source>ODK Central needs an email and password, or an app-user token.</source>
      <translation>ODK Central necesita un correo electrónico y una contraseña, o un token de usuario móvil (app user).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="39" />
      <source>ODK Central server address</source>
      <translation>Dirección del servidor ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="70" />
      <source>Off (default): the columns found to hold personal data at high risk (names, phone numbers, GPS coordinates written out, photo links), the cleaning decisions and photos of those columns and the raw tables stay at the office; the merge keeps the office values of what was left out. On: the package carries them, for a field team that needs them, on an encrypted laptop only; delete the package from the laptop after the merge. Either way the points of the submissions stay exact.</source>
      <translation>Desmarcada (predeterminado): las columnas en las que se detectaron datos personales de riesgo alto (nombres, números de teléfono, coordenadas GPS escritas en una columna, enlaces a fotos), las decisiones de limpieza y las fotos de esas columnas y las tablas brutas se quedan en la oficina; la fusión conserva los valores de la oficina de lo que se dejó fuera. Marcada: el paquete los lleva, para un equipo de campo que los necesite, solo en un portátil cifrado; elimine el paquete del portátil después de la fusión. En cualquier caso, los puntos de los envíos siguen siendo exactos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="54" />
      <source>Office survey GeoPackage</source>
      <translation>GeoPackage de encuesta de la oficina</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="31" />
      <source>Offline basemap</source>
      <translation>Mapa base sin conexión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="254" />
      <source>Offline basemap, zoom {low} to {high}: {estimate}</source>
      <translation>Mapa base sin conexión, zoom {low} a {high}: {estimate}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="49" />
      <source>Offline help…</source>
      <translation>Ayuda sin conexión…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="125" />
      <source>One PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder beside the file</source>
      <translation>Un PDF por unidad, llamado &lt;P-code&gt;_&lt;name&gt;.pdf, en una carpeta junto al archivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="90" />
      <source>Online resources of CartONG's resource centre for this step</source>
      <translation>Recursos en línea del centro de recursos de CartONG para este paso</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="218" />
      <source>Online: the guide opens in your browser.</source>
      <translation>En línea: la guía se abre en su navegador.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="98" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the API token is, env:KOBO_TOKEN (an environment variable) or file:/home/me/kobo_token.txt (a file holding the token). Give the place, never the token itself: parameter values are kept in the Processing history and in models.</source>
      <translation>Solo para ejecuciones sin la ventana de QGIS (qgis_process, tareas programadas), donde no se puede pedir la contraseña maestra: dónde está el token de API, env:KOBO_TOKEN (una variable de entorno) o file:/home/me/kobo_token.txt (un archivo que contiene el token). Indique el lugar, nunca el token mismo: los valores de los parámetros se guardan en el historial de Processing y en los modelos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="128" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the password or app-user token is, env:ODK_PASSWORD (an environment variable) or file:/home/me/odk_password.txt (a file holding it). Give the place, never the secret itself: parameter values are kept in the Processing history and in models.</source>
      <translation>Solo para ejecuciones sin la ventana de QGIS (qgis_process, tareas programadas), donde no se puede pedir la contraseña maestra: dónde está la contraseña o el token de usuario móvil, env:ODK_PASSWORD (una variable de entorno) o file:/home/me/odk_password.txt (un archivo que la contiene). Indique el lugar, nunca el secreto mismo: los valores de los parámetros se guardan en el historial de Processing y en los modelos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="134" />
      <source>Only with the place of a password above: the email of the ODK Central account the password belongs to, e.g. data.manager@example.org. Leave it empty when the place holds an app-user token.</source>
      <translation>Solo con el lugar de una contraseña arriba: el correo electrónico de la cuenta de ODK Central a la que pertenece la contraseña, p. ej., data.manager@example.org. Déjelo vacío cuando el lugar contiene un token de usuario móvil.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="215" />
      <source>Open the Data protection wizard on the imported survey layer.</source>
      <translation>Abrir el asistente Protección de datos en la capa de encuesta importada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="467" />
      <source>Open the README note</source>
      <translation>Abrir la nota README</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="240" />
      <source>Open the folder</source>
      <translation>Abrir la carpeta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="65" />
      <source>Open the last downloaded copy</source>
      <translation>Abrir la última copia descargada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="140" />
      <source>Open the layout…</source>
      <translation>Abrir el diseño…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="103" />
      <source>Open the map when it is written</source>
      <translation>Abrir el mapa una vez escrito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="97" />
      <source>Open the online guide</source>
      <translation>Abrir la guía en línea</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="90" />
      <source>OpenStreetMap background when online (credited on the map)</source>
      <translation>Fondo OpenStreetMap si hay conexión (acreditado en el mapa)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="94" />
      <source>OpenStreetMap cannot be reached: the map uses the offline background.</source>
      <translation>No se puede acceder a OpenStreetMap: el mapa usa el fondo sin conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="38" />
      <source>Operation not permitted</source>
      <translation>Operación no permitida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="91" />
      <source>Optional: one count per answer of this question.</source>
      <translation>Opcional: un recuento por respuesta a esta pregunta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="274" />
      <source>Options</source>
      <translation>Opciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="107" />
      <source>Or a key kept outside QGIS: env:VARIABLE or file:PATH holding 64 hexadecimal characters (runs without a desktop; no master password asked)</source>
      <translation>O una clave guardada fuera de QGIS: env:VARIABLE o file:RUTA que contenga 64 caracteres hexadecimales (funciona sin escritorio; no se pide la contraseña maestra)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="103" />
      <source>Or another file</source>
      <translation>O bien otro archivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="109" />
      <source>Other users of this computer can read {file}: restrict it (chmod 600).</source>
      <translation>Otros usuarios de este equipo pueden leer {file}: restrinja el acceso (chmod 600).</translation>
    </message>
    <message>
      <source>Outlier fences (interquartile ranges)</source>
      <translation type="vanished">Límites de los valores atípicos (rangos intercuartílicos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="249" />
      <source>Outlier fences, in interquartile ranges: a number is flagged when it lies this many times the spread of the middle half of the answers below the first quartile or above the third. 1.5 is usual; 3 flags only extremes.</source>
      <translation>Límites de valores atípicos, en rangos intercuartílicos: un número se señala cuando se sitúa a esta cantidad de veces la dispersión de la mitad central de las respuestas por debajo del primer cuartil o por encima del tercero. 1,5 es lo habitual; 3 solo señala los extremos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="184" />
      <source>Outlier fences: interquartile ranges beyond the quartiles</source>
      <translation>Límites de los valores atípicos: rangos intercuartílicos más allá de los cuartiles</translation>
    </message>
    <message>
      <source>Outlier threshold (robust z-score)</source>
      <translation type="vanished">Umbral de los valores atípicos (puntuación z robusta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="188" />
      <source>Outlier threshold: robust z-score</source>
      <translation>Umbral de los valores atípicos: puntuación z robusta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="21" />
      <source>Outliers</source>
      <translation>Valores atípicos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="123" />
      <source>Output GeoPackage</source>
      <translation>GeoPackage de salida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="177" />
      <source>Output file</source>
      <translation>Archivo de salida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="85" />
      <source>Output folder (empty or new)</source>
      <translation>Carpeta de salida (vacía o nueva)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="52" />
      <source>Outside the form's constraint '{constraint}'.</source>
      <translation>Fuera de la restricción del formulario «{constraint}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="455" />
      <source>P-code</source>
      <translation>P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="74" />
      <source>P-code field</source>
      <translation>Campo P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="163" />
      <source>P-code field naming the atlas pages</source>
      <translation>Campo P-code que da nombre a las páginas del atlas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="54" />
      <source>P-code field of the admin areas</source>
      <translation>Campo P-code de las unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="115" />
      <source>P-code field of the admin boundaries</source>
      <translation>Campo P-code de los límites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="65" />
      <source>P-code field of the submissions (empty: join by location)</source>
      <translation>Campo P-code de los envíos (vacío: unión por posición)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="159" />
      <source>P-code of each submission</source>
      <translation>P-code de cada envío</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="227" />
      <source>P-code of no admin area</source>
      <translation>P-code de ninguna unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;Imagen PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="89" />
      <source>PDF (vector, for print)</source>
      <translation>PDF (vectorial, para imprimir)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="79" />
      <source>PDF keeps texts sharp and searchable for print; PNG is an image for reports and messages; SVG is for designers. The layout also stays in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>El PDF mantiene los textos nítidos y buscables para la impresión; el PNG es una imagen para informes y mensajes; el SVG es para diseñadores gráficos. El diseño también queda en el proyecto (Proyecto &gt; Diseños) para retoques manuales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="90" />
      <source>PNG image</source>
      <translation>Imagen PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PNG image (*.png)</source>
      <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="86" />
      <source>Package folder</source>
      <translation>Carpeta del paquete</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="259" />
      <source>Package name</source>
      <translation>Nombre del paquete</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="87" />
      <source>Package zip</source>
      <translation>Zip del paquete</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="79" />
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="241" />
      <source>Page {page}: {records} of {total} submissions downloaded.</source>
      <translation>Página {page}: {records} de {total} envíos descargados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="38" />
      <source>Page, language and the texts around the map. The date, scale bar, north arrow, coordinate system and disclaimer are added for you.</source>
      <translation>Página, idioma y textos alrededor del mapa. La fecha, la barra de escala, la flecha del norte, el sistema de coordenadas y el descargo de responsabilidad se añaden automáticamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="101" />
      <source>Page: a4_landscape, a4_portrait, a3_landscape or a3_portrait</source>
      <translation>Página: a4_landscape (A4 horizontal), a4_portrait (A4 vertical), a3_landscape (A3 horizontal) o a3_portrait (A3 vertical)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="101" />
      <source>Paper size and orientation: a4_landscape (default), a4_portrait, a3_landscape or a3_portrait. A3 suits wall maps.</source>
      <translation>Tamaño y orientación del papel: a4_landscape (predeterminado), a4_portrait, a3_landscape o a3_portrait. El A3 conviene para mapas murales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="76" />
      <source>Parent P-code field</source>
      <translation>Campo P-code superior</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="126" />
      <source>Parent P-code field of the admin boundaries</source>
      <translation>Campo P-code superior de los límites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="106" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="234" />
      <source>Pending rows change nothing. Decide them (Back), or send the exported log to the field team, then apply again: the cleaned layer is rebuilt from the imported data each time.</source>
      <translation>Las filas pendientes no cambian nada. Decídalas (Atrás), o envíe el registro exportado al equipo de campo y vuelva a aplicarlo: la capa limpia se reconstruye cada vez a partir de los datos importados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="241" />
      <source>Percentages from</source>
      <translation>Porcentajes a partir de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="37" />
      <source>Permission denied</source>
      <translation>Permiso denegado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="53" />
      <source>Person name</source>
      <translation>Nombre de persona</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="145" />
      <source>Personal data at high risk in the survey layer: {columns}. Protect these columns (Data protection, or cartong:exportforsharing) before sharing the file.</source>
      <translation>Datos personales con riesgo alto en la capa de encuesta: {columns}. Proteja estas columnas (Protección de datos, o cartong:exportforsharing) antes de compartir el archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="281" />
      <source>Personal data could not be looked for: {error}</source>
      <translation>No se pudo buscar datos personales: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="163" />
      <source>Personal data found</source>
      <translation>Datos personales encontrados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="54" />
      <source>Phone number</source>
      <translation>Número de teléfono</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="59" />
      <source>Photo or attachment</source>
      <translation>Foto o archivo adjunto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="65" />
      <source>Place of residence</source>
      <translation>Lugar de residencia</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="86" />
      <source>Platform</source>
      <translation>Plataforma</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="71" />
      <source>Point: latitude {lat}, longitude {lon}.</source>
      <translation>Punto: latitud {lat}, longitud {lon}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="56" />
      <source>Points coloured by the answer to a question</source>
      <translation>Puntos coloreados según la respuesta a una pregunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="109" />
      <source>Points kept in their admin area; {rows} could not be and may lie in a neighbouring area.</source>
      <translation>Puntos mantenidos en su unidad administrativa; {rows} no pudieron mantenerse y pueden estar en una unidad vecina.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="29" />
      <source>Points outside every area, or in another area than the one answered, are flagged, and typed admin names are matched to their P-codes.</source>
      <translation>Los puntos fuera de toda unidad administrativa, o en otra unidad distinta de la respondida, se señalan, y los nombres administrativos escritos se asocian a sus P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="53" />
      <source>Portrait</source>
      <translation>Vertical</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="154" />
      <source>Possible personal data ({risk} risk): {column}. {reason}</source>
      <translation>Posibles datos personales (riesgo: {risk}): {column}. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="20" />
      <source>PostgreSQL connection</source>
      <translation>Conexión PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="129" />
      <source>PostgreSQL did not accept the login for {target}: {detail}. Store the user name and password in an authentication configuration of the connection (Browser &gt; PostgreSQL &gt; Edit connection &gt; Authentication), then try again.</source>
      <translation>PostgreSQL no aceptó el inicio de sesión para {target}: {detail}. Guarde el nombre de usuario y la contraseña en una configuración de autenticación de la conexión (Navegador &gt; PostgreSQL &gt; Editar conexión &gt; Autenticación) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="211" />
      <source>PostgreSQL refused row {row} of the table {table}, column {column}: {detail}.</source>
      <translation>PostgreSQL rechazó la fila {row} de la tabla {table}, columna {column}: {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="215" />
      <source>PostgreSQL refused row {row} of the table {table}: {detail}.</source>
      <translation>PostgreSQL rechazó la fila {row} de la tabla {table}: {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="162" />
      <source>PostgreSQL refused {doing} in {target}: {detail}</source>
      <translation>PostgreSQL rechazó {doing} en {target}: {detail}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="152" />
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role, named after its schema: for a schema household_2026, household_2026_viewer to read it, household_2026_reviewer to record cleaning decisions (GRANT household_2026_reviewer TO your_login).</source>
      <translation>PostgreSQL rechazó {doing} en {target}: {detail}. Pida al administrador de la base de datos el rol de la encuesta, que lleva el nombre de su esquema: para un esquema household_2026, household_2026_viewer para leerla, household_2026_reviewer para registrar decisiones de limpieza (GRANT household_2026_reviewer TO your_login).</translation>
    </message>
    <message>
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role: &lt;schema&gt;_viewer to read it, &lt;schema&gt;_reviewer to record cleaning decisions (GRANT &lt;role&gt; TO &lt;you&gt;).</source>
      <translation type="vanished">PostgreSQL rechazó {doing} en {target}: {detail}. Pida al administrador de la base de datos el rol de la encuesta: &lt;schema&gt;_viewer para leerla, &lt;schema&gt;_reviewer para registrar decisiones de limpieza (GRANT &lt;role&gt; TO &lt;you&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="161" />
      <source>Precision worse than {limit} m.</source>
      <translation>Precisión peor que {limit} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="31" />
      <source>Prepare a field package (offline)</source>
      <translation>Preparar un paquete de campo (sin conexión)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="397" />
      <source>Prepare for the field</source>
      <translation>Preparar para el campo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="197" />
      <source>Prepare for the field…</source>
      <translation>Preparar para el campo…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="310" />
      <source>Preparing the field package</source>
      <translation>Preparando el paquete de campo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="267" />
      <source>Preparing the package</source>
      <translation>Preparando el paquete</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="198" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="56" />
      <source>Problems in the help catalogue…</source>
      <translation>Problemas en el catálogo de ayuda…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="47" />
      <source>Project ID</source>
      <translation>ID del proyecto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="51" />
      <source>Proportional circles: submissions per admin area</source>
      <translation>Círculos proporcionales: envíos por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="213" />
      <source>Protect personal data…</source>
      <translation>Proteger los datos personales…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="118" />
      <source>Protection of locations</source>
      <translation>Protección de las posiciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="178" />
      <source>Pseudonymisation key</source>
      <translation>Clave de seudonimización</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="100" />
      <source>Pseudonymisation key (empty: your default key, created if needed)</source>
      <translation>Clave de seudonimización (vacío: su clave por defecto, creada si es necesario)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Pseudonymise</source>
      <translation>Seudonimizar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="86" />
      <source>Pseudonymise: {columns}</source>
      <translation>Seudonimizar: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="82" />
      <source>Put the training folder back as it was at the start</source>
      <translation>Devolver la carpeta de formación a su estado inicial</translation>
    </message>
    <message>
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. Bring the package back with 'Merge a returned field package'.</source>
      <translation type="vanished">Reúne en una carpeta y un zip todo lo que un equipo de campo necesita para trabajar sin red: el proyecto de QGIS (rutas relativas), los GeoPackages de encuesta con sus adjuntos, los límites administrativos, los estilos, los diseños de impresión, un mapa base sin conexión del área (o un fondo vectorial cuando no se puede crear ninguna tesela), la ayuda sin conexión en el idioma elegido y el catálogo de aprendizaje. manifest.json lista el tamaño y el sha256 de cada archivo. La carpeta de salida debe estar vacía o ser nueva. Los adjuntos que faltan se listan en el registro y en el manifiesto. Traiga el paquete de vuelta con 'Fusionar un paquete de campo devuelto'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="34" />
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. The personal data at high risk (names, phone numbers, GPS coordinates written out, photo links) and the raw tables stay at the office unless you include them; the manifest says what was left out. Bring the package back with 'Merge a returned field package'.</source>
      <translation>Reúne en una carpeta y un zip todo lo que un equipo de campo necesita para trabajar sin red: el proyecto de QGIS (rutas relativas), los GeoPackages de encuesta con sus adjuntos, los límites administrativos, los estilos, los diseños de impresión, un mapa base sin conexión del área (o un fondo vectorial cuando no se puede crear ninguna tesela), la ayuda sin conexión en el idioma elegido y el catálogo de aprendizaje. manifest.json lista el tamaño y el sha256 de cada archivo. La carpeta de salida debe estar vacía o ser nueva. Los adjuntos que faltan se listan en el registro y en el manifiesto. Los datos personales de riesgo alto (nombres, números de teléfono, coordenadas GPS escritas en una columna, enlaces a fotos) y las tablas brutas se quedan en la oficina salvo que los incluya; el manifiesto indica lo que se dejó fuera. Traiga el paquete de vuelta con 'Fusionar un paquete de campo devuelto'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="312" />
      <source>QGIS could not export the map to {file} ({error}): check that the folder is writable and the disk not full.</source>
      <translation>QGIS no pudo exportar el mapa a {file} ({error}): verifique que la carpeta admite escritura y que el disco no está lleno.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="85" />
      <source>QGIS could not load the layout template {file}.</source>
      <translation>QGIS no pudo cargar la plantilla de diseño {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="256" />
      <source>QGIS did not write every page of the atlas into {folder}; nothing was kept.</source>
      <translation>QGIS no escribió todas las páginas del atlas en {folder}; no se conservó nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="96" />
      <source>QGIS has no PostgreSQL connection named '{name}'. Known connections: {names}. Add it in the Browser (PostgreSQL &gt; New Connection) or give a connection string such as service=survey.</source>
      <translation>QGIS no tiene ninguna conexión PostgreSQL llamada '{name}'. Conexiones conocidas: {names}. Añádala en el Navegador (PostgreSQL &gt; Nueva conexión) o indique una cadena de conexión como service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="48" />
      <source>QGIS stays usable during the download. If it fails or is cancelled, the GeoPackage is left as it was.</source>
      <translation>QGIS sigue siendo utilizable durante la descarga. Si falla o se cancela, el GeoPackage queda como estaba.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="118" />
      <source>QGIS stays usable while the checks run. Nothing is written until you save the log on the next page.</source>
      <translation>QGIS sigue siendo utilizable mientras se ejecutan las verificaciones. No se escribe nada hasta que guarde el registro en la página siguiente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="171" />
      <source>QGIS's 'Generate XYZ tiles (MBTiles)' algorithm is not available: enable the Processing plugin and try again.</source>
      <translation>El algoritmo de QGIS 'Generate XYZ tiles (MBTiles)' no está disponible: active el complemento Processing y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="218" />
      <source>QGIS's tile algorithm failed on this area (the details are in the log, CartONG tab).</source>
      <translation>El algoritmo de teselas de QGIS falló en esta zona (los detalles están en el registro de mensajes, pestaña CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="197" />
      <source>QGIS's tile algorithm stopped.</source>
      <translation>El algoritmo de teselas de QGIS se detuvo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>Quantiles</source>
      <translation>Cuantiles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="34" />
      <source>Question</source>
      <translation>Pregunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="73" />
      <source>Question for a share of answers (optional)</source>
      <translation>Pregunta para una proporción de respuestas (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="159" />
      <source>Question to count answers of (optional)</source>
      <translation>Pregunta cuyas respuestas contar (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="232" />
      <source>Questions that together identify a household, e.g. household id and date: two submissions with the same values are flagged</source>
      <translation>Preguntas que, juntas, identifican un hogar, p. ej. identificador del hogar y fecha: se señalan dos envíos con los mismos valores</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="188" />
      <source>README beside the shared file</source>
      <translation>README junto al archivo compartido</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="250" />
      <source>Rare combinations of {columns} were blanked, but the file keeps its points: a point can show the area or place a blanked value stood for, so the count of {k} rows does not hold for the file. To share rare areas, count by admin area or remove the locations.</source>
      <translation>Se borraron las combinaciones raras de {columns}, pero el archivo conserva sus puntos: un punto puede mostrar la zona o el lugar que indicaba un valor borrado, así que la regla de {k} filas no se cumple para el archivo. Para compartir zonas raras, cuente por unidad administrativa o elimine las ubicaciones.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="87" />
      <source>Rare combinations of {columns}: {values} values blanked in {rows} rows (k = {k}).</source>
      <translation>Combinaciones raras de {columns}: {values} valores borrados en {rows} filas (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="44" />
      <source>Read a KoboToolbox, ODK or ONA export with its XLSForm into a GeoPackage.</source>
      <translation>Leer una exportación de KoboToolbox, ODK u ONA con su XLSForm en un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Read the note before sending the file: it travels with it.</source>
      <translation>Lea la nota antes de enviar el archivo: viaja con él.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="40" />
      <source>Read-only file system</source>
      <translation>Sistema de archivos de solo lectura</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="221" />
      <source>Reading the file was cancelled. Click Back, then Next to read it again.</source>
      <translation>Se canceló la lectura del archivo. Haga clic en Atrás y luego en Siguiente para leerlo de nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="182" />
      <source>Reading the file…</source>
      <translation>Leyendo el archivo…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="238" />
      <source>Reading {file}</source>
      <translation>Leyendo {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="316" />
      <source>Reading {layer}...</source>
      <translation>Leyendo {layer}...</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="35" />
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, KoboToolbox or ODK Central submissions saved as JSON, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group (also for repeats flattened into columns such as kids[1]/name), a metadata table and the columns as received (cartong_columns: names, HXL hashtags). Rows without a location are kept without geometry and counted; HXL hashtag rows and empty rows at the end are not submissions. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation>Lee una exportación de encuesta (CSV con separadores ; o ,, XLSX con hojas de repetición, un zip de ODK Central, envíos de KoboToolbox u ODK Central guardados como JSON, o un archivo GeoJSON) y, si se indica, el XLSForm con el que se recopiló. Escribe un GeoPackage que contiene la tabla bruta exactamente tal como se recibió, una capa tipada 'survey' (números, fechas, etiquetas de las opciones en el idioma elegido junto a los códigos, puntos en EPSG:4326), una tabla por grupo de repetición (también para las repeticiones aplanadas en columnas como kids[1]/name), una tabla de metadatos y las columnas tal como se recibieron (cartong_columns: nombres, etiquetas HXL). Las filas sin ubicación se conservan sin geometría y se cuentan; las filas de etiquetas HXL y las filas vacías al final no son envíos. Sin formulario, los tipos de columna se deducen de los valores. Un XLSX se lee desde su primera hoja visible (las hojas ocultas se omiten) salvo que SHEET indique otra.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values.</source>
      <translation type="vanished">Lee una exportación de encuesta (CSV separado por punto y coma o por comas, XLSX con hojas de repetición, zip de ODK Central o archivo GeoJSON) y, si se proporciona, el XLSForm con el que se recolectó. Escribe un GeoPackage que contiene la tabla bruta tal como se recibió, una capa tipada «survey» (números, fechas, etiquetas de las opciones en el idioma elegido junto a los códigos, puntos en EPSG:4326), una tabla por grupo de repetición y una tabla de metadatos. Las filas sin posición se conservan sin geometría y se cuentan. Sin formulario, los tipos de columna se deducen de los valores.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation type="vanished">Lee una exportación de encuesta (CSV con separadores ; o ,, XLSX con hojas de repetición, un zip de ODK Central o un archivo GeoJSON) y, si se indica, el XLSForm con el que se recogió. Escribe un GeoPackage que contiene la tabla bruta tal como se recibió, una capa tipada 'survey' (números, fechas, etiquetas de las opciones en el idioma elegido junto a los códigos, puntos en EPSG:4326), una tabla por grupo de repetición y una tabla de metadatos. Las filas sin ubicación se conservan sin geometría y se cuentan. Sin formulario, los tipos de columna se deducen de los valores. Un XLSX se lee desde su primera hoja visible (las hojas ocultas se omiten) salvo que SHEET indique otra.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="60" />
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Remove</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="124" />
      <source>Remove links and attachment file names</source>
      <translation>Eliminar los enlaces y los nombres de archivos adjuntos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="111" />
      <source>Remove links and attachment file names.</source>
      <translation>Eliminar los enlaces y los nombres de archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="184" />
      <source>Remove links and attachment names</source>
      <translation>Eliminar los enlaces y los nombres de archivos adjuntos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="123" />
      <source>Remove locations</source>
      <translation>Eliminar las posiciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="71" />
      <source>Remove the locations</source>
      <translation>Eliminar las posiciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="98" />
      <source>Remove the locations.</source>
      <translation>Eliminar las posiciones.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="55" />
      <source>Remove the submission</source>
      <translation>Eliminar el envío</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="85" />
      <source>Remove: {columns}</source>
      <translation>Eliminar: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="90" />
      <source>Repeat groups (tables of their own): {repeats}.</source>
      <translation>Grupos de repetición (tablas propias): {repeats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="65" />
      <source>Repeat rows added to submissions</source>
      <translation>Filas de repetición añadidas a los envíos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="250" />
      <source>Replace (download every submission again)</source>
      <translation>Reemplazar (descargar de nuevo todos los envíos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="41" />
      <source>Replace it even when it holds another survey or decisions</source>
      <translation>Reemplazarlo incluso si contiene otra encuesta o decisiones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="63" />
      <source>Replace the existing file?</source>
      <translation>¿Reemplazar el archivo existente?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="71" />
      <source>Replace the schema if it exists</source>
      <translation>Reemplazar el esquema si existe</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="159" />
      <source>Replacing {schema} would lose %n decisions saved there by {who} that {file} does not hold. Nothing was written. Bring the survey back to a GeoPackage first (Bring a shared survey back to a GeoPackage) and run the checks there, or run the checks on the survey layer of the database, which keeps the decisions; to drop them, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>
        <numerusform>Reemplazar {schema} haría perder %n decisión guardada allí por {who} que {file} no contiene. No se escribió nada. Devuelva primero la encuesta a un GeoPackage (Devolver una encuesta compartida a un GeoPackage) y ejecute allí las verificaciones, o ejecute las verificaciones en la capa de encuesta de la base de datos, que conserva las decisiones; para descartarla, elija también 'Reemplazarlo incluso si contiene otra encuesta o decisiones'.</numerusform>
        <numerusform>Reemplazar {schema} haría perder %n decisiones guardadas allí por {who} que {file} no contiene. No se escribió nada. Devuelva primero la encuesta a un GeoPackage (Devolver una encuesta compartida a un GeoPackage) y ejecute allí las verificaciones, o ejecute las verificaciones en la capa de encuesta de la base de datos, que conserva las decisiones; para descartarlas, elija también 'Reemplazarlo incluso si contiene otra encuesta o decisiones'.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="81" />
      <source>Reset</source>
      <translation>Reiniciar</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="257" />
      <source>Reset opens the training project again: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>Reiniciar vuelve a abrir el proyecto de formación: {project}, con su capa (%n), se cerrará. ¿Guardarlo antes?</numerusform>
        <numerusform>Reiniciar vuelve a abrir el proyecto de formación: {project}, con sus %n capas, se cerrará. ¿Guardarlo antes?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Reset the training</source>
      <translation>Reiniciar la formación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="281" />
      <source>Reset without saving</source>
      <translation>Reiniciar sin guardar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="93" />
      <source>Resets: {times}</source>
      <translation>Reinicios: {times}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="108" />
      <source>Resolution</source>
      <translation>Resolución</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="188" />
      <source>Resolution (dpi)</source>
      <translation>Resolución (ppp)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="146" />
      <source>Resolution of the export in dots per inch: 300 (default) for print, 150 for screens and e-mail, up to 1200. Higher is sharper and heavier: an A3 page in PNG at 600 dpi is about 7000 x 9900 pixels.</source>
      <translation>Resolución de la exportación en puntos por pulgada: 300 (predeterminado) para imprimir, 150 para pantallas y correo electrónico, hasta 1200. Más alta es más nítida y más pesada: una página A3 en PNG a 600 ppp mide unos 7000 x 9900 píxeles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="47" />
      <source>Returned field package (zip, manifest.json or GeoPackage)</source>
      <translation>Paquete de campo devuelto (zip, manifest.json o GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Review sheet</source>
      <translation>Hoja de revisión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheet (CSV or XLSX)</source>
      <translation>Hoja de revisión (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheets (*.xlsx *.csv)</source>
      <translation>Hojas de revisión (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="235" />
      <source>Review the cleaning log</source>
      <translation>Revisar el registro de limpieza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="41" />
      <source>Reviewer</source>
      <translation>Revisor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="57" />
      <source>Reviewer role</source>
      <translation>Rol de revisor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="256" />
      <source>Robust z-score: how many typical deviations (median absolute deviation) a number lies from the median. 3.5 is usual.</source>
      <translation>Puntuación z robusta: a cuántas desviaciones típicas (desviación absoluta mediana) se sitúa un número de la mediana. 3,5 es lo habitual.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Round numbers as class limits.</source>
      <translation>Números redondos como límites de clase.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Rounded breaks</source>
      <translation>Cortes redondeados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="44" />
      <source>Row {row} of the cleaning log</source>
      <translation>Fila {row} del registro de limpieza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="42" />
      <source>Row {row} of the cleaning log {file}</source>
      <translation>Fila {row} del registro de limpieza {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="47" />
      <source>Row {row} of the cleaning log {file} changes {column}, the label the import derives from {answer}: it was applied to {answer} (new value '{code}'), and the label follows.</source>
      <translation>La fila {row} del registro de limpieza {file} cambia {column}, la etiqueta que la importación deriva de {answer}: se aplicó a {answer} (nuevo valor '{code}'), y la etiqueta lo sigue.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="52" />
      <source>Row {row} of the cleaning log {file} empties {column}, the label the import derives from {answer}: {answer} was emptied, and the label follows.</source>
      <translation>La fila {row} del registro de limpieza {file} vacía {column}, la etiqueta que la importación deriva de {answer}: se vació {answer}, y la etiqueta lo sigue.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="151" />
      <source>Row {row} of the cleaning log {file} has {count} cells for {columns} columns: a value holds the separator (a decimal comma in a comma-separated file?). Put that value in quotes, or save the log with semicolons.</source>
      <translation>La fila {row} del registro de limpieza {file} tiene {count} celdas para {columns} columnas: un valor contiene el separador (¿una coma decimal en un archivo separado por comas?). Ponga ese valor entre comillas o guarde el registro con punto y coma.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="35" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}) and each has {column} '{old}': each was removed.</source>
      <translation>
        <numerusform>Fila {row} del registro de limpieza {file}: %n envío tiene el uuid {uuid} ({ids}) y tiene {column} «{old}»: se eliminó.</numerusform>
        <numerusform>Fila {row} del registro de limpieza {file}: %n envíos tienen el uuid {uuid} ({ids}) y cada uno tiene {column} «{old}»: se eliminaron todos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="113" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}); {column} was changed in each of them.</source>
      <translation>
        <numerusform>Fila {row} del registro de limpieza {file}: %n envío tiene el uuid {uuid} ({ids}); {column} se cambió en cada uno de ellos.</numerusform>
        <numerusform>Fila {row} del registro de limpieza {file}: %n envíos tienen el uuid {uuid} ({ids}); {column} se cambió en cada uno de ellos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_times.py" line="87" />
      <source>Row {row} of the cleaning log {file}: '{value}' has no UTC offset, and {column} is kept in UTC while the survey gives no offset for that submission. Write it with its offset, e.g. 2021-07-05T10:40:00+03:00 (Z for UTC).</source>
      <translation>Fila {row} del registro de limpieza {file}: «{value}» no tiene desfase UTC, y {column} se guarda en UTC mientras que la encuesta no da ningún desfase para ese envío. Escriba el valor con su desfase, p. ej., 2021-07-05T10:40:00+03:00 (Z para UTC).</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log {file}: '{value}' is not a valid value for the field {field}.</source>
      <translation type="vanished">Fila {row} del registro de limpieza {file}: «{value}» no es un valor válido para el campo {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="325" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is already removed by row {first}.</source>
      <translation>Fila {row} del registro de limpieza {file}: el envío {uuid} ya fue eliminado por la fila {first}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="317" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is no longer duplicated in this layer (the row was already applied, or its other copies are gone): it was kept.</source>
      <translation>Fila {row} del registro de limpieza {file}: el envío {uuid} ya no está duplicado en esta capa (la fila ya se aplicó, o sus otras copias ya no están): se conservó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="45" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was changed.</source>
      <translation>Fila {row} del registro de limpieza {file}: {count} envíos tienen el uuid {uuid} ({ids}); solo se cambió el envío {id}, cuyo {column} es «{old}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="50" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was removed.</source>
      <translation>Fila {row} del registro de limpieza {file}: {count} envíos tienen el uuid {uuid} ({ids}); solo se eliminó el envío {id}, cuyo {column} es «{old}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="443" />
      <source>Row {row} of the cleaning log {file}: {problem}; the row was skipped.</source>
      <translation>Fila {row} del registro de limpieza {file}: {problem}; se omitió la fila.</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log: '{value}' is not a valid value for {column}.</source>
      <translation type="vanished">Fila {row} del registro de limpieza: «{value}» no es un valor válido para {column}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="54" />
      <source>Row {row} of the export file {file}: {problem}. Its decision cannot be read: the file was not replaced.</source>
      <translation>Fila {row} del archivo de exportación {file}: {problem}. Su decisión no se puede leer: no se reemplazó el archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="354" />
      <source>Row {row} of the review sheet {file}: {problem}; its decision was not saved.</source>
      <translation>Fila {row} de la hoja de revisión {file}: {problem}; su decisión no se guardó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="158" />
      <source>Row {row} of the sheet {sheet} of {file}: {problem}; the cell was read as empty.</source>
      <translation>Fila {row} de la hoja {sheet} de {file}: {problem}; la celda se leyó como vacía.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="318" />
      <source>Row {row} of the survey sheet of {file}: '{name}' has no type; ignored.</source>
      <translation>Fila {row} de la hoja survey de {file}: «{name}» no tiene tipo; se ignora.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="349" />
      <source>Row {row} of the survey sheet of {file}: '{type}' names no choice list.</source>
      <translation>Fila {row} de la hoja survey de {file}: «{type}» no indica ninguna lista de opciones.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="340" />
      <source>Row {row} of the survey sheet of {file}: '{type}' without a matching begin.</source>
      <translation>Fila {row} de la hoja survey de {file}: «{type}» sin el «begin» correspondiente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="472" />
      <source>Row {row} of the survey sheet of {file}: the loop '{name}' runs over the list '{list}', which has no choices; its questions are ignored.</source>
      <translation>Fila {row} de la hoja survey de {file}: el bucle '{name}' recorre la lista '{list}', que no tiene opciones; se ignoran sus preguntas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="412" />
      <source>Row {row} of the survey sheet of {file}: the name '{name}' is used twice.</source>
      <translation>Fila {row} de la hoja survey de {file}: el nombre «{name}» se usa dos veces.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="184" />
      <source>Row {row} of the table {table}, column {column}: the text is not valid UTF-8 (another program wrote it), and PostgreSQL cannot store it. Nothing was written. Correct that value in the GeoPackage, or import the survey again from its export.</source>
      <translation>Fila {row} de la tabla {table}, columna {column}: el texto no es UTF-8 válido (lo escribió otro programa), y PostgreSQL no puede almacenarlo. No se escribió nada. Corrija ese valor en el GeoPackage, o vuelva a importar la encuesta desde su exportación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="128" />
      <source>Row {row} of {file}, column change_type: '{value}' is not one of {allowed}.</source>
      <translation>Fila {row} de {file}, columna change_type: '{value}' no es uno de {allowed}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="140" />
      <source>Row {row} of {file}, column {column}: '{value}' is not a number; keep the log_id and version columns as exported.</source>
      <translation>Fila {row} de {file}, columna {column}: '{value}' no es un número; conserve las columnas log_id y version tal como se exportaron.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="322" />
      <source>Row {row}, column {column}: {message}</source>
      <translation>Fila {row}, columna {column}: {message}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="33" />
      <source>Rows copied</source>
      <translation>Filas copiadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="226" />
      <source>Rows in the cleaning log</source>
      <translation>Filas del registro de limpieza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="132" />
      <source>Rows in the log</source>
      <translation>Filas en el registro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="230" />
      <source>Rows raised by the check: {check}</source>
      <translation>Filas señaladas por la verificación: {check}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="96" />
      <source>Rows unchanged</source>
      <translation>Filas sin cambios</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="228" />
      <source>Rows waiting for a decision</source>
      <translation>Filas en espera de decisión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="189" />
      <source>Rows written</source>
      <translation>Filas escritas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="296" />
      <source>Rows {first} and {row} of the cleaning log {file} give {column} of {uuid} different values ('{value}', then '{new}'): the last one is applied.</source>
      <translation>Las filas {first} y {row} del registro de limpieza {file} dan a {column} de {uuid} valores distintos ('{value}' y luego '{new}'): se aplica la última.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="63" />
      <source>Run data-quality checks</source>
      <translation>Ejecutar las verificaciones de calidad de los datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="117" />
      <source>Run the checks</source>
      <translation>Ejecutar las verificaciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>SVG (*.svg)</source>
      <translation>SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="91" />
      <source>SVG (for designers)</source>
      <translation>SVG (para diseñadores)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="95" />
      <source>Same {keys} as submission {uuid}.</source>
      <translation>Mismos valores de {keys} que el envío {uuid}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="213" />
      <source>Save a new key to a file…</source>
      <translation>Guardar una clave nueva en un archivo…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="95" />
      <source>Save each repeat group's own CSV beside this file, named {stem}-&lt;repeat&gt;.csv, and import it again.</source>
      <translation>Guarde el CSV propio de cada grupo de repetición junto a este archivo, con el nombre {stem}-&lt;repeat&gt;.csv, y vuelva a importar este archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="68" />
      <source>Save review decisions in the shared cleaning log</source>
      <translation>Guardar las decisiones de revisión en el registro de limpieza compartido</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="121" />
      <source>Save this connection in the QGIS authentication manager as</source>
      <translation>Guardar esta conexión en el gestor de autenticación de QGIS con el nombre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="139" />
      <source>Save to the GeoPackage</source>
      <translation>Guardar en el GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="280" />
      <source>Save, then reset</source>
      <translation>Guardar y luego reiniciar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="283" />
      <source>Save, then start</source>
      <translation>Guardar y luego iniciar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="467" />
      <source>Saved as '{name}' in the QGIS authentication manager.</source>
      <translation>Guardada como «{name}» en el gestor de autenticación de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="87" />
      <source>Saved connection</source>
      <translation>Conexión guardada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="71" />
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. A decision held in a formula whose result the sheet never saved (a sheet written by a program, not opened and saved in a spreadsheet) is skipped and named. Needs the survey's reviewer role.</source>
      <translation>Guarda las decisiones de una hoja de revisión (de 'Exportar una hoja de revisión') en el registro de limpieza compartido en PostgreSQL. La base de datos registra quién guardó cada decisión y cuándo. Una decisión sobre una fila que otra persona decidió desde que se exportó la hoja se rechaza, y se listan ambas decisiones: exporte una hoja nueva para ver la suya. Una decisión cuya fila del registro contiene ahora otro envío, otra pregunta u otro valor anterior se rechaza, y una hoja exportada del registro de otra encuesta se rechaza entera. Las filas sin cambios no se escriben. Una decisión contenida en una fórmula cuyo resultado la hoja nunca guardó (una hoja escrita por un programa, no abierta y guardada en una hoja de cálculo) se omite y se indica. Necesita el rol de revisor de la encuesta.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">Guarda las decisiones de una hoja de revisión (de 'Exportar una hoja de revisión') en el registro de limpieza compartido en PostgreSQL. La base de datos registra quién guardó cada decisión y cuándo. Una decisión sobre una fila que otra persona decidió desde que se exportó la hoja se rechaza, y se listan ambas decisiones: exporte una hoja nueva para ver la suya. Una decisión cuya fila del registro contiene ahora otro envío, otra pregunta u otro valor anterior se rechaza, y una hoja exportada del registro de otra encuesta se rechaza entera. Las filas sin cambios no se escriben. Necesita el rol de revisor de la encuesta.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">Guarda las decisiones de una hoja de revisión (de 'Exportar una hoja de revisión') en el registro de limpieza compartido en PostgreSQL. La base de datos registra quién guardó cada decisión y cuándo. Una decisión sobre una fila que otra persona decidió desde que se exportó la hoja se rechaza, y se listan ambas decisiones: exporte una hoja nueva para ver la suya. Las filas sin cambios no se escriben. Necesita el rol de revisor de la encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="68" />
      <source>Schema for the survey in PostgreSQL</source>
      <translation>Esquema de la encuesta en PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="58" />
      <source>Search by name or form ID</source>
      <translation>Buscar por nombre o ID de formulario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="93" />
      <source>Search uuid, question, values, issue…</source>
      <translation>Buscar uuid, pregunta, valores, problema…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="111" />
      <source>See the table {table} and {csv}.</source>
      <translation>Vea la tabla {table} y {csv}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="113" />
      <source>See the table {table} in {file}.</source>
      <translation>Vea la tabla {table} en {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="60" />
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="88" />
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="90" />
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="34" />
      <source>Server address (kf.kobotoolbox.org, eu.kobotoolbox.org, your own server)</source>
      <translation>Dirección del servidor (kf.kobotoolbox.org, eu.kobotoolbox.org, su propio servidor)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="58" />
      <source>Server and login</source>
      <translation>Servidor e inicio de sesión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="183" />
      <source>Several gazetteer names fit equally well (score {score}): {places}. Choose one.</source>
      <translation>Varios nombres del nomenclátor encajan igual de bien (puntuación {score}): {places}. Elija uno.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="161" />
      <source>Several new submissions of the field copy have the same _uuid ({uuids}): they were all added; check whether they are the same household and remove the copies by a remove_survey decision.</source>
      <translation>Varios envíos nuevos de la copia de campo tienen el mismo _uuid ({uuids}): se añadieron todos; verifique si son el mismo hogar y elimine las copias con una decisión remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="26" />
      <source>Share a survey in PostgreSQL (PostGIS)</source>
      <translation>Compartir una encuesta en PostgreSQL (PostGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="94" />
      <source>Share of submissions (%)</source>
      <translation>Proporción de envíos (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="44" />
      <source>Share of submissions answering “{answer}”</source>
      <translation>Proporción de envíos que responden «{answer}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="46" />
      <source>Share of submissions giving the chosen answer, by admin area</source>
      <translation>Proporción de envíos con la respuesta elegida, por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="145" />
      <source>Shared file</source>
      <translation>Archivo que compartir</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="69" />
      <source>Sheet holding the submissions (XLSX; empty: the first visible sheet)</source>
      <translation>Hoja que contiene los envíos (XLSX; vacío: la primera hoja visible)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="77" />
      <source>Shorter than {limit} minutes.</source>
      <translation>Menos de {limit} minutos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="266" />
      <source>Shortest plausible interview</source>
      <translation>Entrevista plausible más corta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="159" />
      <source>Shortest plausible interview (minutes)</source>
      <translation>Entrevista plausible más corta (minutos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="286" />
      <source>Show choice labels instead of codes in forms and tables</source>
      <translation>Mostrar las etiquetas de las opciones en lugar de los códigos en los formularios y las tablas</translation>
    </message>
    <message>
      <source>Show the submissions as points on the map</source>
      <translation type="vanished">Mostrar los envíos como puntos en el mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="90" />
      <source>Size of the package (bytes)</source>
      <translation>Tamaño del paquete (bytes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="164" />
      <source>Smallest count shown (k)</source>
      <translation>Recuento más pequeño mostrado (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="132" />
      <source>Smallest displacement (m)</source>
      <translation>Desplazamiento mínimo (m)</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation type="vanished">Grupo más pequeño (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="69" />
      <source>Snap points to a grid</source>
      <translation>Ajustar los puntos a una cuadrícula</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="97" />
      <source>Snap points to a {size:.0f} m grid.</source>
      <translation>Ajustar los puntos a una cuadrícula de {size:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="74" />
      <source>Snapping: the size of the grid cells in metres (default 1000); each point goes to the centre of its cell.</source>
      <translation>Ajuste: el tamaño de las celdas de la cuadrícula en metros (1000 por defecto); cada punto va al centro de su celda.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="225" />
      <source>Sources: {sources}</source>
      <translation>Fuentes: {sources}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation>Hoja de cálculo (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="64" />
      <source>Staff name</source>
      <translation>Nombre de un miembro del personal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Start a training session</source>
      <translation>Iniciar una sesión de formación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="51" />
      <source>Start training session…</source>
      <translation>Iniciar una sesión de formación…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="284" />
      <source>Start without saving</source>
      <translation>Iniciar sin guardar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="66" />
      <source>Started: {time}</source>
      <translation>Inicio: {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="214" />
      <source>Statistic</source>
      <translation>Estadística</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="83" />
      <source>Statistic: count, share (of the answer), mean or median (of the numeric question); empty: share when a question is given, else count</source>
      <translation>Estadística: count (recuento), share (proporción de la respuesta), mean (media) o median (mediana) de la pregunta numérica; vacío: share si se indica una pregunta, si no count</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="177" />
      <source>Step done: {steps}</source>
      <translation>Paso(s) terminado(s): {steps}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="68" />
      <source>Steps done: {done} of {total}</source>
      <translation>Pasos terminados: {done} de {total}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="74" />
      <source>Steps tick themselves when their result appears. Double-click a step for its help page.</source>
      <translation>Los pasos se marcan solos cuando aparece su resultado. Haga doble clic en un paso para abrir su página de ayuda.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="209" />
      <source>Stop above this number of tiles</source>
      <translation>Detenerse por encima de este número de teselas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="33" />
      <source>Submission</source>
      <translation>Envío</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="113" />
      <source>Submission (GPS location)</source>
      <translation>Envío (posición GPS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="55" />
      <source>Submission uuid {uuid} appears more than once; this copy (_index {row}) repeats an earlier one. Choose remove_survey to drop the later copies (the first one is kept).</source>
      <translation>El uuid de envío {uuid} aparece más de una vez; esta copia (_index {row}) repite un envío anterior. Elija remove_survey para eliminar las copias posteriores (se conserva la primera).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="164" />
      <source>Submission {id} from {host}: the answer to {fields} held a character that is not valid text (half of an emoji, or text not in UTF-8); it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>Envío {id} de {host}: la respuesta a {fields} contenía un carácter que no es texto válido (la mitad de un emoji, o texto que no está en UTF-8); se reemplazó por {mark}, el resto se conserva tal como se envió.</translation>
    </message>
    <message>
      <source>Submission {uuid} was removed in the office and kept in the field: it was not added back.</source>
      <translation type="vanished">El envío {uuid} se eliminó en la oficina y se conservó en el campo: no se volvió a añadir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Submissions</source>
      <translation>Envíos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="83" />
      <source>Submissions answering the numeric question</source>
      <translation>Envíos que responden a la pregunta numérica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="82" />
      <source>Submissions answering {question}</source>
      <translation>Envíos que responden a {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="78" />
      <source>Submissions answering {question} = {answer}</source>
      <translation>Envíos con {question} = {answer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="183" />
      <source>Submissions answering “{answer}” (%)</source>
      <translation>Envíos que responden «{answer}» (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="227" />
      <source>Submissions flagged</source>
      <translation>Envíos señalados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="79" />
      <source>Submissions giving the chosen answer</source>
      <translation>Envíos que dan la respuesta elegida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="75" />
      <source>Submissions imported</source>
      <translation>Envíos importados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="49" />
      <source>Submissions in the GeoPackage</source>
      <translation>Envíos en el GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="51" />
      <source>Submissions kept from an interrupted download, not downloaded again</source>
      <translation>Envíos conservados de una descarga interrumpida, no descargados de nuevo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="203" />
      <source>Submissions of form {id} were deleted on {host} while the download read their repeats: some submissions downloaded may lack their repeat rows. Download again.</source>
      <translation>Se eliminaron envíos del formulario {id} en {host} mientras la descarga leía sus repeticiones: puede que a algunos envíos descargados les falten sus filas de repetición. Vuelva a descargar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="111" />
      <source>Submissions per admin area</source>
      <translation>Envíos por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="367" />
      <source>Submissions per area</source>
      <translation>Envíos por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="63" />
      <source>Submissions removed</source>
      <translation>Envíos eliminados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="76" />
      <source>Submissions without location</source>
      <translation>Envíos sin posición</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="85" />
      <source>Subtitle</source>
      <translation>Subtítulo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="231" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="232" />
      <source>Summary written to {file}</source>
      <translation>Resumen guardado en {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="67" />
      <source>Summary written: {time}</source>
      <translation>Resumen generado: {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="50" />
      <source>Survey</source>
      <translation>Encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="220" />
      <source>Survey GeoPackage</source>
      <translation>GeoPackage de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="90" />
      <source>Survey GeoPackages</source>
      <translation>GeoPackages de encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="117" />
      <source>Survey data workflow</source>
      <translation>Cadena de procesamiento de datos de encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>Survey export</source>
      <translation>Exportación de encuesta</translation>
    </message>
    <message>
      <source>Survey export (CSV, XLSX or zip)</source>
      <translation type="vanished">Exportación de encuesta (CSV, XLSX o zip)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="52" />
      <source>Survey export (CSV, XLSX, zip or JSON)</source>
      <translation>Exportación de encuesta (CSV, XLSX, zip o JSON)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="100" />
      <source>Survey export and its form</source>
      <translation>Exportación de encuesta y su formulario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="54" />
      <source>Survey exports (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;All files (*)</source>
      <translation>Exportaciones de encuesta (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="110" />
      <source>Survey exports (*.csv *.xlsx *.zip *.geojson *.json);;All files (*)</source>
      <translation>Exportaciones de encuesta (*.csv *.xlsx *.zip *.geojson *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="71" />
      <source>Survey layer</source>
      <translation>Capa de encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="41" />
      <source>Survey layer and form</source>
      <translation>Capa de encuesta y formulario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="46" />
      <source>Survey layer or table</source>
      <translation>Capa o tabla de encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="71" />
      <source>Survey points (optional)</source>
      <translation>Puntos de la encuesta (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="56" />
      <source>Survey schema</source>
      <translation>Esquema de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="77" />
      <source>Survey schema in PostgreSQL</source>
      <translation>Esquema de la encuesta en PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="44" />
      <source>Survey submissions</source>
      <translation>Envíos de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="70" />
      <source>Survey submissions by admin area</source>
      <translation>Envíos de la encuesta por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachments.py" line="230" />
      <source>Survey: attachments open from the form</source>
      <translation>Encuesta: archivos adjuntos abiertos desde el formulario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="268" />
      <source>Suspicious interviews by one device</source>
      <translation>Entrevistas sospechosas por un mismo dispositivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="193" />
      <source>Suspicious number of interviews by one device ...</source>
      <translation>Número sospechoso de entrevistas por un mismo dispositivo ...</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="123" />
      <source>Teams (PostgreSQL)</source>
      <translation>Equipos (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="131" />
      <source>Test the connection</source>
      <translation>Probar la conexión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="88" />
      <source>Text: {encoding}.</source>
      <translation>Texto: {encoding}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="238" />
      <source>The 'survey' sheet of {file} needs the columns 'type' and 'name'.</source>
      <translation>La hoja «survey» de {file} necesita las columnas «type» y «name».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="38" />
      <source>The CartONG Processing provider is already registered.</source>
      <translation>El proveedor de procesamiento de CartONG ya está registrado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="69" />
      <source>The GeoPackage is not the survey shared in {schema}: row {row} of {table} differs. Nothing was written. Share it under another schema, or replace that schema.</source>
      <translation>El GeoPackage no es la encuesta compartida en {schema}: la fila {row} de {table} es distinta. No se escribió nada. Compártalo con otro esquema o reemplace ese esquema.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="111" />
      <source>The GeoPackage to write the table 'cleaning_log' into, e.g. cleaning.gpkg. Empty: the survey's own GeoPackage, beside the data it is about; the survey tables are not changed.</source>
      <translation>El GeoPackage en el que escribir la tabla de limpieza 'cleaning_log', p. ej., cleaning.gpkg. Vacío: el propio GeoPackage de la encuesta, junto a los datos a los que se refiere; las tablas de la encuesta no se modifican.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="31" />
      <source>The GeoPackage to write; an existing file is replaced only when the new one is complete.</source>
      <translation>El GeoPackage que escribir; un archivo existente solo se reemplaza cuando el nuevo está completo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="58" />
      <source>The GeoPackage {file} cannot be created: {reason}</source>
      <translation>No se puede crear el GeoPackage {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="93" />
      <source>The GeoPackage {file} cannot be opened for writing: {error}</source>
      <translation>El GeoPackage {file} no se puede abrir en escritura: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="324" />
      <source>The GeoPackage {file} cannot be written: {reason}. Choose another folder or close the program using it.</source>
      <translation>No se puede escribir el GeoPackage {file}: {reason}. Elija otra carpeta o cierre el programa que lo usa.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/outputs.py" line="192" />
      <source>The GeoPackage {file} holds %n cleaning decisions: writing the survey in its place would lose them. Choose a new GeoPackage, or export the cleaning log first (cleaning wizard, Export) and then delete the file.</source>
      <translation>
        <numerusform>El GeoPackage {file} contiene %n decisión de limpieza: escribir la encuesta en su lugar la perdería. Elija un GeoPackage nuevo, o exporte primero el registro de limpieza (asistente de limpieza, Exportar…) y luego elimine el archivo.</numerusform>
        <numerusform>El GeoPackage {file} contiene %n decisiones de limpieza: escribir la encuesta en su lugar las perdería. Elija un GeoPackage nuevo, o exporte primero el registro de limpieza (asistente de limpieza, Exportar…) y luego elimine el archivo.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/damaged_files.py" line="45" />
      <source>The GeoPackage {file} is damaged: SQLite cannot read all of it (a copy cut short, a failing disk or USB stick). Take it from a backup, or import the survey again into a new GeoPackage, then run again.</source>
      <translation>El GeoPackage {file} está dañado: SQLite no puede leerlo entero (una copia interrumpida, un disco o una memoria USB que falla). Recupérelo de una copia de seguridad, o vuelva a importar la encuesta en un nuevo GeoPackage, y ejecute de nuevo.</translation>
    </message>
    <message>
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When no tile can be made, a vector background GeoPackage is written beside it.</source>
      <translation type="vanished">El archivo MBTiles que escribir, p. ej., bangui_basemap.mbtiles; QGIS y QField lo abren sin red. Cuando no se puede crear ninguna tesela, se escribe al lado un GeoPackage de fondo vectorial.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="36" />
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When tiles could not be downloaded, the run says how many and at which zooms, and an existing file is kept: the incomplete basemap goes beside it (name_partial.mbtiles). When no tile can be made, a vector background is written beside it (name_background.gpkg), never over another file.</source>
      <translation>El archivo MBTiles que escribir, p. ej., bangui_basemap.mbtiles; QGIS y QField lo abren sin red. Cuando no se pudieron descargar teselas, la ejecución indica cuántas y en qué niveles de zoom, y se conserva el archivo existente: el mapa base incompleto se escribe a su lado (name_partial.mbtiles). Cuando no se puede crear ninguna tesela, se escribe al lado un fondo vectorial (name_background.gpkg), nunca encima de otro archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="92" />
      <source>The P-code field of the admin areas, matched to the survey's area column, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>El campo P-code de las unidades administrativas, asociado a la columna de unidad de la encuesta, p. ej., adm2_pcode. Predeterminado: adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="31" />
      <source>The PostgreSQL connections saved in QGIS (Browser &gt; PostgreSQL). The password stays in the connection's authentication configuration.</source>
      <translation>Las conexiones PostgreSQL guardadas en QGIS (Explorador &gt; PostgreSQL). La contraseña queda en la configuración de autenticación de la conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="49" />
      <source>The PostgreSQL layer names no schema: open the survey layer from its schema in the Browser (PostgreSQL &gt; connection &gt; schema &gt; survey).</source>
      <translation>La capa PostgreSQL no indica ningún esquema: abra la capa de la encuesta desde su esquema en el Explorador (PostgreSQL &gt; conexión &gt; esquema &gt; survey).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="124" />
      <source>The PostgreSQL password cannot be read: {reason}</source>
      <translation>No se puede leer la contraseña de PostgreSQL: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="31" />
      <source>The PostgreSQL schema holding the survey: lower case letters, digits and _.</source>
      <translation>El esquema de PostgreSQL que contiene la encuesta: letras minúsculas, cifras y _.</translation>
    </message>
    <message>
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms from one export to the next.</source>
      <translation type="vanished">La configuración de autenticación de QGIS que contiene la clave de seudonimización. Vacío: su clave predeterminada, creada en el primer uso y guardada en la base de datos de autenticación. La misma clave da los mismos seudónimos de una exportación a la siguiente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="48" />
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms, and the same moved points, from one export to the next.</source>
      <translation>La configuración de autenticación de QGIS que contiene la clave de seudonimización. Vacío: su clave predeterminada, creada en el primer uso y guardada en la base de datos de autenticación. La misma clave da los mismos seudónimos, y los mismos puntos desplazados, de una exportación a la siguiente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="84" />
      <source>The QGIS authentication configuration that holds your KoboToolbox API token (in Kobo: Account settings &gt; Security &gt; API key). The token stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>La configuración de autenticación de QGIS que contiene su token de API de KoboToolbox (en Kobo: Account settings &gt; Security &gt; API key). El token permanece en la base de datos de autenticación de QGIS, protegido por su contraseña maestra; solo se guarda el id de la configuración.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="110" />
      <source>The QGIS authentication configuration that holds your ODK Central login: Basic with your email and password, or an app-user token. The secret stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>La configuración de autenticación de QGIS que contiene su inicio de sesión de ODK Central: Basic con su correo electrónico y contraseña, o un token de usuario móvil. El secreto permanece en la base de datos de autenticación de QGIS, protegido por su contraseña maestra; solo se guarda el id de la configuración.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="56" />
      <source>The QGIS authentication database is locked: enter its master password when QGIS asks for it, then try again.</source>
      <translation>La base de datos de autenticación de QGIS está bloqueada: introduzca su contraseña maestra cuando QGIS la pida y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="49" />
      <source>The QGIS authentication system is not available, so the password or token cannot be kept safely. Check Settings &gt; Options &gt; Authentication.</source>
      <translation>El sistema de autenticación de QGIS no está disponible, por lo que la contraseña o el token no pueden guardarse de forma segura. Verifique Configuración &gt; Opciones &gt; Autenticación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="117" />
      <source>The QGIS authentication system is not available, so the pseudonymisation key cannot be kept safely.</source>
      <translation>El sistema de autenticación de QGIS no está disponible, por lo que la clave de seudonimización no puede guardarse de forma segura.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="122" />
      <source>The QGIS master password is needed to keep the pseudonymisation key: set it in Settings &gt; Options &gt; Authentication and try again.</source>
      <translation>Se necesita la contraseña maestra de QGIS para guardar la clave de seudonimización: defínala en Configuración &gt; Opciones &gt; Autenticación y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="170" />
      <source>The XForm of form {id} on {host} could not be read ({reason}), so the download has no labels and no choice lists: question and choice names are shown instead, and select questions have no label column.</source>
      <translation>No se pudo leer el XForm del formulario {id} en {host} ({reason}), así que la descarga no tiene etiquetas ni lista de opciones: en su lugar se muestran los nombres de las preguntas y de las opciones, y las preguntas de selección no tienen columna de etiquetas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="14" />
      <source>The XLSForm the survey was collected with (.xlsx or .xls, as downloaded from the form's page on the server), e.g. household_survey_form.xlsx. With it, questions keep their types, labels, choices, required flags, skip logic and constraints; without it, they are guessed from the values.</source>
      <translation>El XLSForm con el que se recopiló la encuesta (.xlsx o .xls, tal como se descarga desde la página del formulario en el servidor), p. ej., household_survey_form.xlsx. Con él, las preguntas conservan sus tipos, etiquetas, opciones, marcas de obligatorio, lógica de salto y restricciones; sin él, se deducen de los valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="79" />
      <source>The address of the KoboToolbox server: https://kf.kobotoolbox.org (global server), https://eu.kobotoolbox.org (European server) or your organisation's own server. The address only, without /api/v2.</source>
      <translation>La dirección del servidor KoboToolbox: https://kf.kobotoolbox.org (servidor global), https://eu.kobotoolbox.org (servidor europeo) o el servidor propio de su organización. Solo la dirección, sin /api/v2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="109" />
      <source>The address of your ODK Central server, e.g. https://central.example.org, without /v1.</source>
      <translation>La dirección de su servidor ODK Central, p. ej., https://central.example.org, sin /v1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="110" />
      <source>The admin area column {column} is not in the layer {layer}.</source>
      <translation>La columna de unidad administrativa {column} no está en la capa {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="37" />
      <source>The admin area polygons with their P-codes, e.g. the layer admin2 of admin_boundaries.gpkg (OCHA COD-AB boundaries).</source>
      <translation>Los polígonos de las unidades administrativas con sus P-codes, p. ej., la capa admin2 de admin_boundaries.gpkg (límites COD-AB de OCHA).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="163" />
      <source>The admin areas of the sample survey (Central African Republic), admin1 and admin2.</source>
      <translation>Las unidades administrativas de la encuesta de ejemplo (República Centroafricana), admin1 y admin2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="61" />
      <source>The admin areas with the value to map, usually the output of 'Count submissions by admin area', e.g. counts.gpkg.</source>
      <translation>Las unidades administrativas con el valor que cartografiar, normalmente el resultado de «Contar los envíos por unidad administrativa», p. ej., counts.gpkg.</translation>
    </message>
    <message>
      <source>The admin areas with their counts: submissions, and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg, or a temporary layer.</source>
      <translation type="vanished">Las unidades administrativas con sus recuentos: submissions (envíos), y answer_count y answer_pct para una proporción, value_mean o value_median para una media o una mediana, con data_status. P. ej., counts.gpkg, o una capa temporal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="51" />
      <source>The admin areas with their counts: submissions, value_count (submissions answering the question), and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg (a Shapefile cuts the field names), or a temporary layer.</source>
      <translation>Las unidades administrativas con sus recuentos: submissions (envíos), value_count (envíos que responden a la pregunta), y answer_count y answer_pct para una proporción, value_mean o value_median para una media o una mediana, con data_status. P. ej., counts.gpkg (un Shapefile corta los nombres de los campos), o una capa temporal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="456" />
      <source>The admin boundaries {file} cannot be read.</source>
      <translation>No se pueden leer los límites administrativos {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="112" />
      <source>The admin boundaries {file} do not exist.</source>
      <translation>Los límites administrativos {file} no existen.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="210" />
      <source>The admin layer {layer} has no areas: choose the layer holding the boundaries.</source>
      <translation>La capa administrativa {layer} no tiene ninguna área: elija la capa que contiene los límites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="34" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. Each submission is counted once: the areas of one P-code are one area (one feature) in the result. Check the boundaries: a P-code names one area.</source>
      <translation>La capa administrativa {layer} tiene {count} P-code(s) compartidos por varias áreas: {codes}. Cada envío se cuenta una vez: las áreas de un P-code son un área (una entidad) en el resultado. Verifique los límites: un P-code designa una sola área.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="445" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. The P-code checks cannot tell these areas apart; check the boundaries.</source>
      <translation>La capa administrativa {layer} tiene {count} P-code(s) compartidos por varias áreas: {codes}. Las verificaciones de P-code no pueden distinguir estas áreas; verifique los límites.</translation>
    </message>
    <message>
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole.</source>
      <translation type="vanished">La respuesta que contar, escrita como el nombre de su opción en el formulario (no su etiqueta), p. ej., borehole.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="33" />
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole. When no submission gives it, the run says which answers they give.</source>
      <translation>La respuesta que contar, escrita como el nombre de su opción en el formulario (no su etiqueta), p. ej., borehole. Cuando ningún envío la da, la ejecución indica qué respuestas dan los envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="178" />
      <source>The answered P-code is {code}.</source>
      <translation>El P-code indicado en la respuesta es {code}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="63" />
      <source>The answers to "{column}" are chosen from a list of {what} (their labels in "{labels}").</source>
      <translation>Las respuestas a «{column}» se eligen de una lista de {what} (sus etiquetas en «{labels}»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="55" />
      <source>The area of the basemap, e.g. 18.4,18.7,4.3,4.5 [EPSG:4326]. Empty: the extent of the surveys and the boundaries.</source>
      <translation>La zona del mapa de fondo, p. ej., 18.4,18.7,4.3,4.5 [EPSG:4326]. Vacío: la extensión de las encuestas y de los límites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="359" />
      <source>The area of the offline basemap is empty: choose an area, a layer or the survey's boundaries.</source>
      <translation>El área del mapa base sin conexión está vacía: elija un área, una capa o los límites de la encuesta.</translation>
    </message>
    <message>
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax).</source>
      <translation type="vanished">La zona que cubrir, p. ej., la extensión de la capa de límites administrativos, o 18.4,18.7,4.3,4.5 [EPSG:4326] para Bangui (xmin, xmax, ymin, ymax).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="27" />
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax). An area across the 180th meridian is refused: make one basemap on each side.</source>
      <translation>La zona que cubrir, p. ej., la extensión de la capa de límites administrativos, o 18.4,18.7,4.3,4.5 [EPSG:4326] para Bangui (xmin, xmax, ymin, ymax). Se rechaza una zona que cruce el meridiano 180: cree un mapa base a cada lado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="373" />
      <source>The area {extent} crosses the antimeridian (longitude 180: west edge {west}, east edge {east}); one offline basemap cannot go across it. Make two basemaps, one on each side of longitude 180, with longitudes between -180 and 180 and the west edge first.</source>
      <translation>La zona {extent} cruza el antimeridiano (longitud 180: borde oeste {west}, borde este {east}); un mapa base sin conexión no puede atravesarlo. Cree dos mapas base, uno a cada lado de la longitud 180, con longitudes entre -180 y 180 y el borde oeste primero.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="163" />
      <source>The authentication configuration {authcfg} does not hold a CartONG pseudonymisation key.</source>
      <translation>La configuración de autenticación {authcfg} no contiene una clave de seudonimización de CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="66" />
      <source>The authentication configuration {authcfg} holds no token.</source>
      <translation>La configuración de autenticación {authcfg} no contiene ningún token.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="152" />
      <source>The authentication configuration {authcfg} was not found: choose another pseudonymisation key or create a new one.</source>
      <translation>No se encontró la configuración de autenticación {authcfg}: elija otra clave de seudonimización o cree una nueva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="54" />
      <source>The basemap is not started when it would need more tiles: raise it on purpose, knowing the size and time given in the log.</source>
      <translation>El mapa base no se inicia cuando necesitaría más teselas: auméntelo a propósito, conociendo el tamaño y el tiempo indicados en el registro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="127" />
      <source>The basemap source '{source}' is neither an XYZ address with {{z}}, {{x}} and {{y}} nor a WMS/XYZ layer source (url=…): copy it from the layer's properties, Information tab.</source>
      <translation>La fuente del mapa base '{source}' no es ni una dirección XYZ con {{z}}, {{x}} y {{y}} ni una fuente de capa WMS/XYZ (url=…): cópiela de las propiedades de la capa, pestaña Información.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="138" />
      <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by CartONG or its partners.</source>
      <translation>Los límites y los nombres mostrados y las denominaciones empleadas en este mapa no implican reconocimiento ni aceptación oficial por parte de CartONG o de sus socios.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="75" />
      <source>The boundaries of the level above, e.g. the layer admin1 of admin_boundaries.gpkg, drawn as thicker outlines.</source>
      <translation>Los límites del nivel superior, p. ej., la capa admin1 de admin_boundaries.gpkg, dibujados como contornos más gruesos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="52" />
      <source>The class limit {value} is not a number: write limits like 10, 20, 50.</source>
      <translation>El límite de clase {value} no es un número: escriba los límites así: 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="56" />
      <source>The class limits {limits} must increase: write them like 10, 20, 50.</source>
      <translation>Los límites de clase {limits} deben ser crecientes: escríbalos así: 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="124" />
      <source>The cleaned GeoPackage could not record which rows of the cleaning log it was built with ({reason}). Nothing was written under its name.</source>
      <translation>El GeoPackage limpio no pudo registrar con qué filas del registro de limpieza se construyó ({reason}). No se escribió nada con su nombre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="132" />
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer is written as the table survey_cleaned of its schema (or into a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation>La copia limpia de la encuesta, p. ej., household_survey_clean.gpkg o una capa nueva del GeoPackage de la encuesta. Para una encuesta compartida en PostgreSQL, una capa temporal se escribe como la tabla survey_cleaned de su esquema (o en una tabla de ese esquema elegida con Guardar en tabla de base de datos). La capa de entrada y la tabla bruta no se modifican.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer means the table survey_cleaned of its schema (or a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation type="vanished">La copia limpia de la encuesta, p. ej., household_survey_clean.gpkg o una capa nueva del GeoPackage de la encuesta. Para una encuesta compartida en PostgreSQL, una capa temporal significa la tabla survey_cleaned de su esquema (o una tabla de ese esquema elegida con Guardar en tabla de base de datos). La capa de entrada y la tabla bruta no se modifican.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. The input layer and the raw table are not changed.</source>
      <translation type="vanished">La copia limpia de la encuesta, p. ej., household_survey_clean.gpkg o una capa nueva del GeoPackage de la encuesta. La capa de entrada y la tabla bruta no se modifican.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="216" />
      <source>The cleaned layer 'survey_cleaned' is in {file} and in the project.</source>
      <translation>La capa limpia «survey_cleaned» está en {file} y en el proyecto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="59" />
      <source>The cleaned layer could not be written into {file}.</source>
      <translation>No se pudo escribir la capa limpia en {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="293" />
      <source>The cleaned layer is the table {table} of {schema} in {target} ({rows} rows).</source>
      <translation>La capa limpia es la tabla {table} de {schema} en {target} ({rows} filas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="346" />
      <source>The cleaned layer {file} could not get the survey's exact values back (date-times with their milliseconds and time zone, rows without a location) ({reason}). Nothing was written under that name, as its values would differ from the survey's.</source>
      <translation>La capa limpia {file} no pudo recuperar los valores exactos de la encuesta (fechas y horas con sus milisegundos y su zona horaria, filas sin ubicación) ({reason}). No se escribió nada con ese nombre, ya que sus valores serían distintos de los de la encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="80" />
      <source>The cleaned survey was written to a temporary GeoPackage ({file}) that QGIS deletes when it closes. To keep it, run again with a GeoPackage file for the cleaned survey (the decisions stay in the cleaning log), or export it for sharing before closing QGIS.</source>
      <translation>La encuesta limpia se escribió en un GeoPackage temporal ({file}) que QGIS elimina al cerrarse. Para conservarla, vuelva a ejecutar con un archivo GeoPackage para la encuesta limpia (las decisiones permanecen en el registro de limpieza), o haga una exportación para compartir antes de cerrar QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="66" />
      <source>The cleaning log cannot be written into {file}: the file or its folder is read-only. Choose another GeoPackage for the cleaning log, in a folder you can write to.</source>
      <translation>El registro de limpieza no se puede escribir en {file}: el archivo o su carpeta son de solo lectura. Elija otro GeoPackage para el registro de limpieza, en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="122" />
      <source>The cleaning log cannot be written into {file}: {error}</source>
      <translation>El registro de limpieza no se puede escribir en {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="168" />
      <source>The cleaning log could not be saved; nothing was applied.</source>
      <translation>No se pudo guardar el registro de limpieza; no se aplicó nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="54" />
      <source>The cleaning log goes into a GeoPackage: choose a file ending in .gpkg, not {file}.</source>
      <translation>El registro de limpieza va en un GeoPackage: elija un archivo que termine en .gpkg, no {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="91" />
      <source>The cleaning log is empty: the cleaned layer will be a copy of the survey.</source>
      <translation>El registro de limpieza está vacío: la capa limpia será una copia de la encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="147" />
      <source>The cleaning log is kept in {file}; the raw data is never changed.</source>
      <translation>El registro de limpieza se guarda en {file}; los datos brutos nunca se modifican.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="261" />
      <source>The cleaning log was not exported</source>
      <translation>El registro de limpieza no se exportó</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="242" />
      <source>The cleaning log was not saved</source>
      <translation>El registro de limpieza no se guardó</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="126" />
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage, or of its schema for a survey shared in PostgreSQL. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation>El registro de limpieza con las decisiones. Vacío: la tabla 'cleaning_log' del GeoPackage de la encuesta, o de su esquema para una encuesta compartida en PostgreSQL. O un archivo editado, p. ej., cleaning_log.xlsx, con las columnas IMPACT/REACH uuid, question (pregunta), old_value, new_value y change_type.</translation>
    </message>
    <message>
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation type="vanished">El registro de limpieza con las decisiones. Vacío: la tabla 'cleaning_log' del GeoPackage de la encuesta. O un archivo editado, p. ej., cleaning_log.xlsx, con las columnas IMPACT/REACH uuid, question (pregunta), old_value, new_value y change_type.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="35" />
      <source>The cleaning log {file} cannot be read: {error}</source>
      <translation>No se puede leer el registro de limpieza {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="321" />
      <source>The cleaning log {file} does not exist.</source>
      <translation>El registro de limpieza {file} no existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="327" />
      <source>The cleaning log {file} does not match the data; fix these rows and import it again:
{rows}</source>
      <translation>El registro de limpieza {file} no corresponde a los datos; corrija estas filas e impórtelo de nuevo:
{rows}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="69" />
      <source>The cleaning log {file} has %n values that do not fit their fields; fix these rows and apply it again:
{rows}</source>
      <translation>
        <numerusform>El registro de limpieza {file} tiene %n valor que no se ajusta a su campo; corrija estas filas y vuelva a aplicarlo:
{rows}</numerusform>
        <numerusform>El registro de limpieza {file} tiene %n valores que no se ajustan a sus campos; corrija estas filas y vuelva a aplicarlo:
{rows}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="197" />
      <source>The cleaning log {file} has no column {columns}; it needs at least uuid and question (and usually old_value, new_value, issue, change_type).</source>
      <translation>El registro de limpieza {file} no tiene la columna {columns}; necesita al menos las columnas uuid y question (pregunta) (y normalmente old_value, new_value, issue, change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="329" />
      <source>The cleaning log {file} has no sheet.</source>
      <translation>El registro de limpieza {file} no tiene ninguna hoja.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="229" />
      <source>The cleaning log {file} has rows of change_response but no column new_value (its columns: {columns}). Name the column that holds the new values new_value.</source>
      <translation>El registro de limpieza {file} tiene filas change_response pero ninguna columna new_value (sus columnas: {columns}). Llame new_value a la columna que contiene los nuevos valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="169" />
      <source>The cleaning log {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>El registro de limpieza {file} tiene la columna {column} más de una vez (columnas {letters}): no se puede saber cuál leer. Conserve una sola columna {column} (elimine o cambie el nombre de las demás) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="83" />
      <source>The cleaning log {file} is neither UTF-8, UTF-16 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>El registro de limpieza {file} no es texto UTF-8, UTF-16 ni Windows-1252. Guárdelo de nuevo como 'CSV UTF-8' y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="17" />
      <source>The closest zoom level to download, from 0 to 19. Default 12: towns, villages and main roads. Each level more needs about 4 times as many tiles: 15 shows streets but may need hours.</source>
      <translation>El nivel de zoom más cercano que descargar, de 0 a 19. Predeterminado: 12, ciudades, aldeas y carreteras principales. Cada nivel más necesita unas 4 veces más teselas: 15 muestra las calles pero puede requerir horas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="87" />
      <source>The code column {column} is not in the layer {layer}.</source>
      <translation>La columna de códigos {column} no está en la capa {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="85" />
      <source>The column {column} cannot be created in {table}: {reason}</source>
      <translation>No se puede crear la columna {column} en {table}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="59" />
      <source>The column {column} has {count} different answers (more than {limit}): counted by area, each would become a column name of the shared file. Choose a question with a short list of answers, or count submissions only (no answers column).</source>
      <translation>La columna {column} tiene {count} respuestas distintas (más de {limit}): al contar por zona, cada una se convertiría en un nombre de columna del archivo compartido. Elija una pregunta con una lista corta de respuestas, o cuente solo los envíos (sin columna de respuestas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="50" />
      <source>The column {column} holds free text: counted by area, each typed answer would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>La columna {column} contiene texto libre: al contar por zona, cada respuesta escrita se convertiría en un nombre de columna del archivo compartido. Elija una pregunta con una lista corta de respuestas (como water_source), o cuente solo los envíos (sin columna de respuestas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="84" />
      <source>The column {column} is not in the layer {layer}.</source>
      <translation>La columna {column} no está en la capa {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="42" />
      <source>The column {column} likely holds personal data at high risk: counted by area, each of its answers would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>La columna {column} probablemente contiene datos personales de riesgo alto: al contar por zona, cada una de sus respuestas se convertiría en un nombre de columna del archivo compartido. Elija una pregunta con una lista corta de respuestas (como water_source), o cuente solo los envíos (sin columna de respuestas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="301" />
      <source>The columns {columns} identify staff, devices, accounts or documents and are pseudonymised by default, but no pseudonymisation key could be opened ({reason}): they were removed instead. To share them as pseudonyms, name a key with KEY_SOURCE (file:... or env:...) or KEY_AUTHCFG; to keep them as they are, list them in KEEP_FIELDS.</source>
      <translation>Las columnas {columns} identifican al personal, dispositivos, cuentas o documentos y se seudonimizan por defecto, pero no se pudo abrir ninguna clave de seudonimización ({reason}): se eliminaron en su lugar. Para compartirlas como seudónimos, indique una clave con KEY_SOURCE (file:... o env:...) o KEY_AUTHCFG; para conservarlas tal como están, inclúyalas en KEEP_FIELDS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="132" />
      <source>The conflicts file {file} is a folder: give a file name, e.g. conflicts.csv.</source>
      <translation>El archivo de conflictos {file} es una carpeta: indique un nombre de archivo, p. ej., conflicts.csv.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="45" />
      <source>The connection string {connection} holds a password: QGIS would write it in clear in the Processing history and logs. Put the password in an authentication configuration (authcfg=...), a QGIS connection, a pg_service.conf service or a .pgpass file, and give that instead.</source>
      <translation>La cadena de conexión {connection} contiene una contraseña: QGIS la escribiría en claro en el historial de Processing y en los registros. Ponga la contraseña en una configuración de autenticación (authcfg=...), una conexión de QGIS, un servicio de pg_service.conf o un archivo .pgpass, e indique eso en su lugar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="137" />
      <source>The connection to the PostgreSQL database {target} was lost while {doing}: PostgreSQL undid the unfinished work, nothing was written. Try again when the connection is back.</source>
      <translation>Se perdió la conexión con la base de datos PostgreSQL {target} mientras {doing}: PostgreSQL deshizo el trabajo sin terminar, no se escribió nada. Vuelva a intentarlo cuando vuelva la conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="396" />
      <source>The connection to {host} was cut in the middle of an answer. Try again; what was already downloaded is kept.</source>
      <translation>La conexión con {host} se cortó en medio de una respuesta. Vuelva a intentarlo; lo ya descargado se conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="461" />
      <source>The connection was not saved: {reason}</source>
      <translation>La conexión no se guardó: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="100" />
      <source>The copy to share, .gpkg or .csv, e.g. household_survey_shared.gpkg. A README in English and French beside it says what was done.</source>
      <translation>La copia que compartir, .gpkg o .csv, p. ej., household_survey_shared.gpkg. Un README en inglés y francés junto a ella indica lo que se hizo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="182" />
      <source>The counts cannot be protected by suppression; aggregate to a larger area or drop the answer breakdown.</source>
      <translation>Los recuentos no pueden protegerse por supresión; agregue a una unidad más grande o renuncie al desglose por respuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/jobs.py" line="99" />
      <source>The counts could not be written into {file}: {error}</source>
      <translation>No se pudieron escribir los recuentos en {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="92" />
      <source>The credentials for {name} could not be saved in the QGIS authentication database.</source>
      <translation>No se pudieron guardar las credenciales de {name} en la base de datos de autenticación de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="86" />
      <source>The credits printed on the map, data and boundaries with their licence, e.g. CartONG survey 2026; boundaries OCHA COD-AB (CC BY-IGO).</source>
      <translation>Los créditos impresos en el mapa, datos y límites con su licencia, p. ej., encuesta CartONG 2026; límites OCHA COD-AB (CC BY-IGO).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="139" />
      <source>The data collection period ends ({end}, PERIOD_END) before it starts ({start}, PERIOD_START): swap the two dates.</source>
      <translation>El período de recolección de datos termina ({end}, PERIOD_END) antes de empezar ({start}, PERIOD_START): intercambie las dos fechas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="85" />
      <source>The database already holds a schema '{schema}' that is not a survey shared by the toolkit: it is never replaced. Choose another schema name.</source>
      <translation>La base de datos ya contiene un esquema '{schema}' que no es una encuesta compartida por la caja de herramientas: nunca se reemplaza. Elija otro nombre de esquema.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="92" />
      <source>The database already holds a survey schema '{schema}'. Choose another schema name, or replace it.</source>
      <translation>La base de datos ya contiene un esquema de encuesta '{schema}'. Elija otro nombre de esquema, o reemplácelo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="301" />
      <source>The database {target} has no PostGIS, which the survey points need. Ask the database administrator to run: CREATE EXTENSION postgis;</source>
      <translation>La base de datos {target} no tiene PostGIS, que necesitan los puntos de la encuesta. Pida al administrador de la base de datos que ejecute: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="90" />
      <source>The database {target} holds no survey schema '{schema}'.</source>
      <translation>La base de datos {target} no contiene ningún esquema de encuesta «{schema}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="352" />
      <source>The database {target} holds no survey schema '{schema}'. Survey schemas there: {known}.</source>
      <translation>La base de datos {target} no contiene ningún esquema de encuesta '{schema}'. Esquemas de encuesta presentes: {known}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="124" />
      <source>The dates of {column} are written day/month/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>Las fechas de {column} están escritas como día/mes/año (primera: '{value}'), no como AAAA-MM-DD: se leyeron así.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="132" />
      <source>The dates of {column} are written month/day/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>Las fechas de {column} están escritas como mes/día/año (primera: '{value}'), no como AAAA-MM-DD: se leyeron así.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="67" />
      <source>The decisions in the cleaning log are not saved. Close the wizard and lose them?</source>
      <translation>Las decisiones del registro de limpieza no están guardadas. ¿Cerrar el asistente y perderlas?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="165" />
      <source>The defaults suit a household survey. Each flagged value becomes a row of the cleaning log that you review on the next pages.</source>
      <translation>Los valores por defecto convienen a una encuesta de hogares. Cada valor señalado se convierte en una fila del registro de limpieza, que revisará en las páginas siguientes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="43" />
      <source>The disk is full: free some space (or choose another folder), then run again.</source>
      <translation>El disco está lleno: libere espacio (o elija otra carpeta) y ejecute de nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="225" />
      <source>The disk is full: nothing was written. Free some space or choose another folder.</source>
      <translation>El disco está lleno: no se escribió nada. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="169" />
      <source>The download from {host} was cancelled.</source>
      <translation>Se canceló la descarga desde {host}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="275" />
      <source>The edited log was not imported</source>
      <translation>El registro modificado no se importó</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="283" />
      <source>The email and password of your ODK Central web account.</source>
      <translation>El correo electrónico y la contraseña de su cuenta web de ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="67" />
      <source>The end time is earlier than the start time.</source>
      <translation>La hora de fin es anterior a la hora de inicio.</translation>
    </message>
    <message>
      <source>The environment variable {name}, named for {what}, is not set or is empty.</source>
      <translation type="vanished">La variable de entorno {name}, indicada para {what}, no está definida o está vacía.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="65" />
      <source>The export file {file} holds %n decisions of the field teams (first: row {row}) and the option to keep the decisions is off: the file was not replaced. Keep the decisions, or export to another file.</source>
      <translation>
        <numerusform>El archivo de exportación {file} contiene %n decisión de los equipos de campo (primera: fila {row}) y la opción de conservar las decisiones está desactivada: el archivo no se reemplazó. Conserve las decisiones o exporte a otro archivo.</numerusform>
        <numerusform>El archivo de exportación {file} contiene %n decisiones de los equipos de campo (primera: fila {row}) y la opción de conservar las decisiones está desactivada: el archivo no se reemplazó. Conserve las decisiones o exporte a otro archivo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="398" />
      <source>The export file {file} holds %n decisions that differ from the cleaning log of {gpkg} (first: row {row}, {uuid}, {question}: '{decision}' in the file, '{logged}' in the log). Nothing was written: make them agree, or export to another file.</source>
      <translation>
        <numerusform>El archivo de exportación {file} contiene %n decisión que difiere del registro de limpieza de {gpkg} (primera: fila {row}, {uuid}, {question}: '{decision}' en el archivo, '{logged}' en el registro). No se escribió nada: haga que coincidan o exporte a otro archivo.</numerusform>
        <numerusform>El archivo de exportación {file} contiene %n decisiones que difieren del registro de limpieza de {gpkg} (primera: fila {row}, {uuid}, {question}: '{decision}' en el archivo, '{logged}' en el registro). No se escribió nada: haga que coincidan o exporte a otro archivo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="382" />
      <source>The export file {file} holds %n decisions that the new cleaning log does not (first: row {row}): the file was not replaced. Bring its decisions into the log, or export to another file.</source>
      <translation>
        <numerusform>El archivo de exportación {file} contiene %n decisión que el nuevo registro de limpieza no tiene (primera: fila {row}): el archivo no se reemplazó. Lleve sus decisiones al registro o exporte a otro archivo.</numerusform>
        <numerusform>El archivo de exportación {file} contiene %n decisiones que el nuevo registro de limpieza no tiene (primera: fila {row}): el archivo no se reemplazó. Lleve sus decisiones al registro o exporte a otro archivo.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="45" />
      <source>The export file {file} is not a cleaning log exported by the toolkit (its columns: {columns}): it was not replaced. Choose another export file, or move this one away.</source>
      <translation>El archivo de exportación {file} no es un registro de limpieza exportado por el complemento (sus columnas: {columns}): no se reemplazó. Elija otro archivo de exportación o mueva este a otro lugar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="102" />
      <source>The export file {file} is the survey's own export or form: it was not replaced by the cleaning log. Choose another export file.</source>
      <translation>El archivo de exportación {file} es la propia exportación o el propio formulario de la encuesta: no se reemplazó por el registro de limpieza. Elija otro archivo de exportación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="138" />
      <source>The field holding the names of the areas, for the labels and the titles of atlas pages, e.g. adm2_name. Default adm2_name.</source>
      <translation>El campo que contiene los nombres de las unidades administrativas, para las etiquetas y los títulos de las páginas del atlas, p. ej., adm2_name. Predeterminado: adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="44" />
      <source>The field of the admin areas that holds their P-code, the code that joins survey answers to areas, e.g. adm2_pcode holding CF7112. Default adm2_pcode.</source>
      <translation>El campo de las unidades administrativas que contiene su P-code, el código que une las respuestas de la encuesta a las unidades, p. ej., adm2_pcode con CF7112. Predeterminado: adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="51" />
      <source>The field of the admin areas that holds their name, e.g. adm2_name. Default adm2_name.</source>
      <translation>El campo de las unidades administrativas que contiene su nombre, p. ej., adm2_name. Predeterminado: adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="40" />
      <source>The field of the admin boundaries that holds the names typed answers are matched to, e.g. adm2_name. Default adm2_name.</source>
      <translation>El campo de los límites administrativos que contiene los nombres con los que se asocian las respuestas escritas, p. ej., adm2_name. Predeterminado: adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="122" />
      <source>The field package cannot be written into {folder}: the folder cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>El paquete de campo no se puede escribir en {folder}: no se puede escribir en esa carpeta ({reason}). Elija una carpeta donde pueda escribir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="44" />
      <source>The field that holds the P-code of the level above, e.g. adm1_pcode: when two areas of different provinces have the same name, the province answered settles which one is meant.</source>
      <translation>El campo que contiene el P-code del nivel superior, p. ej., adm1_pcode: cuando dos unidades administrativas de provincias distintas tienen el mismo nombre, la provincia respondida decide cuál es la buena.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="406" />
      <source>The field {field} of {layer} has negative values ({value} for example): circles cannot show them. Choose a choropleth map for this field.</source>
      <translation>El campo {field} de {layer} tiene valores negativos ({value}, por ejemplo): los círculos no pueden mostrarlos. Elija un mapa de coropletas para este campo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="141" />
      <source>The field {field} of {layer} is not numeric: it cannot be mapped in classes.</source>
      <translation>El campo {field} de {layer} no es numérico: no se puede cartografiar en clases.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="51" />
      <source>The file exported from the server: a KoboToolbox or ONA CSV (';' or ',' separated) or XLSX export, an ODK Central zip of CSV files, or a GeoJSON file, e.g. household_survey_kobo.csv. The file is only read, never changed.</source>
      <translation>El archivo exportado desde el servidor: una exportación CSV (separada por ';' o ',') o XLSX de KoboToolbox u ONA, un zip de archivos CSV de ODK Central, o un archivo GeoJSON, p. ej., household_survey_kobo.csv. El archivo solo se lee, nunca se modifica.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="227" />
      <source>The file {file} cannot be read: {reason}. Is it open in another program?</source>
      <translation>No se puede leer el archivo {file}: {reason}. ¿Está abierto en otro programa?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="87" />
      <source>The file {file} does not exist (moved or deleted?).</source>
      <translation>El archivo {file} no existe (¿se movió o eliminó?).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="95" />
      <source>The file {file}, named for {what}, could not be read as text: {error}</source>
      <translation>El archivo {file}, indicado para {what}, no se pudo leer como texto: {error}</translation>
    </message>
    <message>
      <source>The file {file}, named for {what}, does not exist.</source>
      <translation type="vanished">El archivo {file}, indicado para {what}, no existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="103" />
      <source>The file {file}, named for {what}, holds several lines: it must hold the secret alone.</source>
      <translation>El archivo {file}, indicado para {what}, contiene varias líneas: debe contener solo el secreto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="100" />
      <source>The file {file}, named for {what}, is empty.</source>
      <translation>El archivo {file}, indicado para {what}, está vacío.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="87" />
      <source>The file {file}, named for {what}, is too big to hold a secret: is it the right file?</source>
      <translation>El archivo {file}, indicado para {what}, es demasiado grande para contener un secreto: ¿es el archivo correcto?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="66" />
      <source>The file {file}, named in {parameter} for {what}, does not exist.</source>
      <translation>El archivo {file}, indicado en {parameter} para {what}, no existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="126" />
      <source>The first day of data collection (PERIOD_START) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-02.</source>
      <translation>El primer día de la recolección de datos (PERIOD_START) '{value}' no es una fecha: escríbalo como AAAA-MM-DD, por ejemplo 2026-03-02.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="72" />
      <source>The first day of data collection, as YYYY-MM-DD, e.g. 2026-03-02: submissions started earlier (tests, training) are flagged.</source>
      <translation>El primer día de la recolección de datos, como AAAA-MM-DD, p. ej., 2026-03-02: los envíos iniciados antes (pruebas, formación) se señalan.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="199" />
      <source>The first rows as read, and what was detected. Check that the columns are split correctly before importing.</source>
      <translation>Las primeras filas tal como se leyeron, y lo que se detectó. Verifique que las columnas estén bien separadas antes de importar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="294" />
      <source>The folder {folder} does not exist.</source>
      <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="102" />
      <source>The font file {file} could not be loaded: Arabic map texts use an installed font.</source>
      <translation>No se pudo cargar el archivo de fuente {file}: los textos de los mapas en árabe usan una fuente instalada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="99" />
      <source>The form accepts only answers above {low}.</source>
      <translation>El formulario solo acepta respuestas superiores a {low}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="104" />
      <source>The form accepts only answers below {high}.</source>
      <translation>El formulario solo acepta respuestas inferiores a {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="92" />
      <source>The form accepts only answers between {low} and {high}.</source>
      <translation>El formulario solo acepta respuestas entre {low} y {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="89" />
      <source>The form accepts only answers from {low} to {high}.</source>
      <translation>El formulario solo acepta respuestas de {low} a {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="102" />
      <source>The form accepts only answers of {high} or less.</source>
      <translation>El formulario solo acepta respuestas de {high} o menos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="97" />
      <source>The form accepts only answers of {low} or more.</source>
      <translation>El formulario solo acepta respuestas de {low} o más.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="30" />
      <source>The form defines "{column}" as a {type} question: it holds {what}.</source>
      <translation>El formulario define «{column}» como una pregunta de tipo {type}: contiene {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="228" />
      <source>The form file {file} does not exist.</source>
      <translation>El archivo de formulario {file} no existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="90" />
      <source>The form has no label in {language} for {missing}: they show their label in {used} instead (e.g. {examples}), so a label column may mix languages. Add the missing translations to the form to have every label in {language}.</source>
      <translation>El formulario no tiene etiqueta en {language} para {missing}: en su lugar se muestra su etiqueta en {used} (p. ej., {examples}), así que una columna de etiquetas puede mezclar idiomas. Añada al formulario las traducciones que faltan para tener todas las etiquetas en {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="44" />
      <source>The form has no labels in '{language}': labels are in {used} (the form has {languages}).</source>
      <translation>El formulario no tiene etiquetas en «{language}»: las etiquetas están en {used} (el formulario contiene {languages}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="39" />
      <source>The form has no language named '{language}': the labels are those of its 'label' columns without a language name (called 'default'), the form's default. Its languages are {languages}: choose one of them to get another.</source>
      <translation>El formulario no tiene ningún idioma llamado «{language}»: las etiquetas son las de sus columnas «label» sin nombre de idioma (llamadas «default»), el idioma predeterminado del formulario. Sus idiomas son {languages}: elija uno de ellos para obtener otro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="98" />
      <source>The form names several questions '{name}' and the layer does not record which export column each of its columns ({columns}) came from: they were taken in the form's order. If the export had them in another order, check these columns by hand.</source>
      <translation>El formulario llama '{name}' a varias preguntas y la capa no indica de qué columna de la exportación viene cada una de sus columnas ({columns}): se tomaron en el orden del formulario. Si la exportación las tenía en otro orden, verifique estas columnas a mano.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="116" />
      <source>The form names several questions '{name}'; {path} has no column {column} in the layer (the name the import gives it): it was not checked.</source>
      <translation>El formulario llama '{name}' a varias preguntas; {path} no tiene columna {column} en la capa (el nombre que le da la importación): no se verificó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="97" />
      <source>The form {file} could not be read as an Excel XLSForm (.xlsx). Save it as .xlsx from KoboToolbox or Excel and try again.</source>
      <translation>No se pudo leer el formulario {file} como un XLSForm de Excel (.xlsx). Guárdelo en .xlsx desde KoboToolbox o Excel y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="119" />
      <source>The form's ID (xmlFormId): the form_id of the XLSForm's settings sheet, also in the form's address on Central, e.g. household_survey.</source>
      <translation>El ID del formulario (xmlFormId): el form_id de la hoja settings del XLSForm, también en la dirección del formulario en Central, p. ej., household_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="89" />
      <source>The form's ID on KoboToolbox (asset uid): the code of letters and digits in the form's address, e.g. aBcD1234eFgH5678iJkL9m in https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</source>
      <translation>El ID del formulario en KoboToolbox (asset uid): el código de letras y cifras de la dirección del formulario, p. ej., aBcD1234eFgH5678iJkL9m en https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="180" />
      <source>The grid cell size must be above 0 m (got {size} m).</source>
      <translation>El tamaño de celda de la cuadrícula debe ser mayor que 0 m (valor recibido: {size} m).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="120" />
      <source>The household refused consent: it gave no other answer, but the submission keeps its location, area, time and enumerator, which it did not agree to share. Choose remove_survey to leave it out of the cleaned data, or no_action to keep it.</source>
      <translation>El hogar rechazó el consentimiento: no dio ninguna otra respuesta, pero el envío conserva su posición, zona, hora y encuestador, que no aceptó compartir. Elija remove_survey para excluirlo de los datos limpios, o no_action para conservarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="144" />
      <source>The k of k-anonymity: every count or combination shared describes at least k people.</source>
      <translation>La k del k-anonimato: cada recuento o combinación compartida describe al menos a k personas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="249" />
      <source>The key is kept in QGIS's password store: after Export, QGIS may ask for its master password (or to create one). For a one-off export without it, choose a key file.</source>
      <translation>La clave se guarda en el almacén de contraseñas de QGIS: tras Exportar, QGIS puede pedir su contraseña maestra (o crear una). Para una exportación puntual sin ella, elija un archivo de clave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="234" />
      <source>The key is read from your file; QGIS's password store is not used. Use the same file next time to get the same pseudonyms.</source>
      <translation>La clave se lee de su archivo; no se usa el almacén de contraseñas de QGIS. Use el mismo archivo la próxima vez para obtener los mismos seudónimos.</translation>
    </message>
    <message>
      <source>The labels of form {id} could not be read from its XForm ({reason}); question and choice names are shown instead.</source>
      <translation type="vanished">No se pudieron leer las etiquetas del formulario {id} desde su XForm ({reason}); en su lugar se muestran los nombres de las preguntas y de las opciones.</translation>
    </message>
    <message>
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation type="vanished">El idioma de las etiquetas del formulario escritas junto a los códigos, tal como lo nombran las columnas de etiquetas del formulario: English (en), Français (fr), o simplemente fr. Vacío: el idioma predeterminado del formulario. Sin formulario no cambia nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="62" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation>El idioma de las etiquetas del formulario escritas junto a los códigos, tal como lo nombran las columnas de etiquetas del formulario: English (en), Français (fr), o solo fr; default para las etiquetas de las columnas 'label' simples del formulario, que no nombran ningún idioma. Vacío: el idioma predeterminado del formulario. Sin formulario no cambia nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="40" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language; with Update, the language the GeoPackage was made with. An update asking another language is refused: its old and new rows would be labelled in two languages.</source>
      <translation>El idioma de las etiquetas del formulario escritas junto a los códigos, tal como lo nombran las columnas de etiquetas del formulario: English (en), Français (fr), o solo fr; default para las etiquetas de las columnas 'label' simples del formulario, que no nombran ningún idioma. Vacío: el idioma predeterminado del formulario; con Actualización, el idioma con el que se creó el GeoPackage. Se rechaza una actualización que pida otro idioma: sus filas antiguas y nuevas quedarían etiquetadas en dos idiomas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="59" />
      <source>The language of the offline help in the package, as a two-letter code, e.g. fr. Empty: the language of QGIS.</source>
      <translation>El idioma de la ayuda sin conexión del paquete, como código de dos letras, p. ej., fr. Vacío: el idioma de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="97" />
      <source>The language of the texts the toolkit writes on the map (legend, disclaimer, date, scale), as a two-letter code, e.g. fr. Your own title, subtitle and sources are printed as given.</source>
      <translation>El idioma de los textos que el complemento escribe en el mapa (leyenda, descargo de responsabilidad, fecha, escala), como código de dos letras, p. ej., fr. Su propio título, subtítulo y fuentes se imprimen tal como se indican.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="131" />
      <source>The last day of data collection (PERIOD_END) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-20.</source>
      <translation>El último día de la recolección de datos (PERIOD_END) '{value}' no es una fecha: escríbalo como AAAA-MM-DD, por ejemplo 2026-03-20.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="76" />
      <source>The last day of data collection, as YYYY-MM-DD, e.g. 2026-03-20: submissions started later are flagged.</source>
      <translation>El último día de la recolección de datos, como AAAA-MM-DD, p. ej., 2026-03-20: los envíos iniciados después se señalan.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="85" />
      <source>The last downloaded copy is still available: {file} ({records} submissions, synced {when}).</source>
      <translation>La última copia descargada sigue disponible: {file} ({records} envíos, sincronizada el {when}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="487" />
      <source>The last downloaded copy {file} is in the project ({layers}).</source>
      <translation>La última copia descargada {file} está en el proyecto ({layers}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="212" />
      <source>The last downloaded copy {file} is in the project.</source>
      <translation>La última copia descargada {file} está en el proyecto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="271" />
      <source>The layer to share is missing or cannot be read.</source>
      <translation>La capa que se va a compartir falta o no se puede leer.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="86" />
      <source>The layer {layer} cannot be read from {source}.</source>
      <translation>No se puede leer la capa {layer} desde {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="135" />
      <source>The layer {layer} could not be reopened from {source}.</source>
      <translation>No se pudo volver a abrir la capa {layer} desde {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="100" />
      <source>The layer {layer} does not hold single points: choose "Remove locations" or "Count by admin area" to share it.</source>
      <translation>La capa {layer} no contiene puntos simples: elija «Eliminar las posiciones» o «Contar por unidad administrativa» para compartirla.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="115" />
      <source>The layer {layer} has a filter ({filter}): only the {shown} of its %n submissions that it shows are shared, and every count (by area, small counts hidden, rare combinations) is made on them, not on the whole survey; the README says so. To share the whole survey, clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel).</source>
      <translation>
        <numerusform>La capa {layer} tiene un filtro ({filter}): solo se comparten los envíos que muestra, {shown} de %n, y todos los recuentos (por unidad administrativa, recuentos pequeños ocultos, combinaciones raras) se hacen sobre ellos, no sobre toda la encuesta; el README lo indica. Para compartir toda la encuesta, quite el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas, o el icono de filtro en el panel Capas).</numerusform>
        <numerusform>La capa {layer} tiene un filtro ({filter}): solo se comparten los envíos que muestra, {shown} de %n, y todos los recuentos (por unidad administrativa, recuentos pequeños ocultos, combinaciones raras) se hacen sobre ellos, no sobre toda la encuesta; el README lo indica. Para compartir toda la encuesta, quite el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas, o el icono de filtro en el panel Capas).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="86" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The checks compare each submission with the whole survey (duplicates, outliers, interviews in bursts) and write its cleaning log, which would lose the pending rows of the hidden submissions, so nothing was checked: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>La capa {layer} tiene un filtro ({filter}): {shown} de %n envío mostrado. Las verificaciones comparan cada envío con toda la encuesta (duplicados, valores atípicos, series de entrevistas seguidas) y escriben su registro de limpieza, que perdería las filas pendientes de los envíos ocultos, así que no se verificó nada: quite el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas, o el icono de filtro en el panel Capas) y ejecute de nuevo.</numerusform>
        <numerusform>La capa {layer} tiene un filtro ({filter}): {shown} de %n envíos mostrados. Las verificaciones comparan cada envío con toda la encuesta (duplicados, valores atípicos, series de entrevistas seguidas) y escriben su registro de limpieza, que perdería las filas pendientes de los envíos ocultos, así que no se verificó nada: quite el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas, o el icono de filtro en el panel Capas) y ejecute de nuevo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="101" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The cleaned survey is the whole survey minus the submissions the cleaning log removes, so nothing was written: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>La capa {layer} tiene un filtro ({filter}): {shown} de %n envío mostrado. La encuesta limpia es toda la encuesta menos los envíos que el registro de limpieza elimina, así que no se escribió nada: quite el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas, o el icono de filtro en el panel Capas) y ejecute de nuevo.</numerusform>
        <numerusform>La capa {layer} tiene un filtro ({filter}): {shown} de %n envíos mostrados. La encuesta limpia es toda la encuesta menos los envíos que el registro de limpieza elimina, así que no se escribió nada: quite el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas, o el icono de filtro en el panel Capas) y ejecute de nuevo.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="77" />
      <source>The layer {layer} has no _uuid column: submissions cannot be matched.</source>
      <translation>La capa {layer} no tiene columna _uuid: no se pueden emparejar los envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="448" />
      <source>The layer {layer} has no field {field} ({what}).</source>
      <translation>La capa {layer} no tiene el campo {field} ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="104" />
      <source>The layer {layer} has no field {field} ({what}). Available fields: {fields}.</source>
      <translation>La capa {layer} no tiene el campo {field} ({what}). Campos disponibles: {fields}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="137" />
      <source>The layer {layer} has no field {field} to label the areas.</source>
      <translation>La capa {layer} no tiene el campo {field} para etiquetar las unidades administrativas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="273" />
      <source>The layer {layer} has no field {field} to map.</source>
      <translation>La capa {layer} no tiene el campo {field} que cartografiar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="176" />
      <source>The layer {layer} has no field {field} to name the atlas pages.</source>
      <translation>La capa {layer} no tiene el campo {field} para nombrar las páginas del atlas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="401" />
      <source>The layer {layer} has no field {field}.</source>
      <translation>La capa {layer} no tiene el campo {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="91" />
      <source>The layer {layer} has no field {field}: it is needed to name each submission in the cleaning log.</source>
      <translation>La capa {layer} no tiene el campo {field}: es necesario para identificar cada envío en el registro de limpieza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="430" />
      <source>The layer {layer} has no field {field}: the cleaning log names each submission by it.</source>
      <translation>La capa {layer} no tiene el campo {field}: el registro de limpieza identifica cada envío por él.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="177" />
      <source>The layer {layer} has no submission id column ({columns}): each point's offset follows its row number (fid). A copy made from a re-imported or re-ordered file moves the points another way: do not give both copies to the same partner.</source>
      <translation>La capa {layer} no tiene columna de identificador de envío ({columns}): el desplazamiento de cada punto sigue su número de fila (fid). Una copia hecha a partir de un archivo reimportado o reordenado desplaza los puntos de otra manera: no dé las dos copias al mismo socio.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="163" />
      <source>The layer {layer} holds no points ({kind}): choose the survey's point layer, or the field of the submissions that holds their P-code.</source>
      <translation>La capa {layer} no contiene puntos ({kind}): elija la capa de puntos de la encuesta, o el campo de los envíos que contiene su P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="156" />
      <source>The layer {layer} is not a polygon layer.</source>
      <translation>La capa {layer} no es una capa de polígonos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="266" />
      <source>The layer {layer} is not in a GeoPackage: choose a GeoPackage for the cleaning log.</source>
      <translation>La capa {layer} no está en un GeoPackage: elija un GeoPackage para el registro de limpieza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="101" />
      <source>The layer {layer} is not in a GeoPackage: choose the cleaning log file.</source>
      <translation>La capa {layer} no está en un GeoPackage: elija el archivo del registro de limpieza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="88" />
      <source>The layer {layer} of the field package cannot be read: {file}</source>
      <translation>No se puede leer la capa {layer} del paquete de campo: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="260" />
      <source>The layer's point lies {distance} m from these coordinates, at latitude {lat}, longitude {lon}: it was moved after the import, and the GPS checks used it. The new value brings the column to it.</source>
      <translation>El punto de la capa está a {distance} m de estas coordenadas, en la latitud {lat}, longitud {lon}: se movió después de la importación, y las verificaciones GPS lo usaron. El nuevo valor lleva la columna hasta él.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="490" />
      <source>The layer's points are where interviews took place, often people's homes: displace, snap or aggregate them before sharing.</source>
      <translation>Los puntos de la capa son los lugares de las entrevistas, a menudo el domicilio de las personas: desplácelos, ajústelos a una cuadrícula o agréguelos antes de compartirlos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="93" />
      <source>The layout template has no {kind} item with the id {id}.</source>
      <translation>La plantilla de diseño no tiene ningún elemento {kind} con el identificador {id}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="80" />
      <source>The layout template {file} is not valid XML.</source>
      <translation>La plantilla de diseño {file} no es un XML válido.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="217" />
      <source>The legend is too long for its box: some entries are cut.</source>
      <translation>La leyenda es demasiado larga para su marco: algunas entradas quedan cortadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="367" />
      <source>The location column {column} is not in {file}.</source>
      <translation>La columna de posición {column} no está en {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="227" />
      <source>The login of '{name}' is read from the QGIS authentication manager (configuration {authcfg}).</source>
      <translation>Las credenciales de «{name}» se leen del gestor de autenticación de QGIS (configuración {authcfg}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="151" />
      <source>The map file; its extension sets the format: .pdf (vector, best for print), .png (image) or .svg (to edit in a drawing program), e.g. household_survey_map.pdf.</source>
      <translation>El archivo del mapa; su extensión fija el formato: .pdf (vectorial, mejor para imprimir), .png (imagen) o .svg (para editar en un programa de dibujo), p. ej., household_survey_map.pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="79" />
      <source>The map title, e.g. Household WASH survey, Central African Republic. Empty: a title in the map's language saying what is mapped.</source>
      <translation>El título del mapa, p. ej., Encuesta WASH de hogares, República Centroafricana. Vacío: un título en el idioma del mapa que indica lo que se cartografía.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="133" />
      <source>The minimum count k must be 2 or more (got {k}).</source>
      <translation>El recuento mínimo k debe ser 2 o más (valor recibido: {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="102" />
      <source>The minimum zoom {low} is above the maximum zoom {high}: choose a minimum zoom at or below the maximum.</source>
      <translation>El zoom mínimo {low} es mayor que el zoom máximo {high}: elija un zoom mínimo igual o inferior al máximo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="71" />
      <source>The name "{column}" contains "{keyword}": it likely holds {what}.</source>
      <translation>El nombre «{column}» contiene «{keyword}»: la columna probablemente contiene {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="63" />
      <source>The name of the package, given to its folder and its zip, e.g. team_a_bangui. Default field_package.</source>
      <translation>El nombre del paquete, dado a su carpeta y a su zip, p. ej., team_a_bangui. Predeterminado: field_package.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="46" />
      <source>The new schema: lower case letters, digits and _. Empty: made from the GeoPackage's file name.</source>
      <translation>El nuevo esquema: letras minúsculas, cifras y _. Vacío: se forma a partir del nombre de archivo del GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="120" />
      <source>The number of colour classes, from 2 to 7 (default 5). Fewer classes read better on paper.</source>
      <translation>El número de clases de color, de 2 a 7 (5 por defecto). Menos clases se leen mejor en papel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="66" />
      <source>The number of submissions of form {uid} went down from {before} to {after} during the download (submissions were deleted on the server), so some could have been missed. Nothing was changed; download again.</source>
      <translation>El número de envíos del formulario {uid} bajó de {before} a {after} durante la descarga (se eliminaron envíos en el servidor), así que algunos podrían haberse perdido. No se modificó nada; vuelva a descargar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="115" />
      <source>The number of the project on ODK Central, as in its address: https://central.example.org/#/projects/3 is project 3. Default 1.</source>
      <translation>El número del proyecto en ODK Central, como en su dirección: https://central.example.org/#/projects/3 es el proyecto 3. Predeterminado: 1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="65" />
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in % of the submissions answering), value_mean or value_median.</source>
      <translation>El campo numérico por el que se colorean las unidades administrativas: submissions (el recuento de envíos, predeterminado), answer_pct (una proporción en % de los envíos que responden), value_mean o value_median.</translation>
    </message>
    <message>
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in %), value_mean or value_median.</source>
      <translation type="vanished">El campo numérico por el que se colorean las unidades administrativas: submissions (el recuento de envíos, predeterminado), answer_pct (una proporción en %), value_mean o value_median.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="253" />
      <source>The office GeoPackage or the returned one has no 'survey' layer: import the survey first.</source>
      <translation>El GeoPackage de la oficina o el devuelto no tiene capa 'survey': importe primero la encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="210" />
      <source>The office GeoPackage was merged, but the conflicts file {file} could not be written ({reason}): the same list is in its table {table}. Close the program that has the file open if any.</source>
      <translation>El GeoPackage de la oficina se fusionó, pero no se pudo escribir el archivo de conflictos {file} ({reason}): la misma lista está en la tabla {table} del GeoPackage. Cierre el programa que tenga el archivo abierto, si lo hay.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="127" />
      <source>The office GeoPackage {file} does not exist.</source>
      <translation>El GeoPackage de la oficina {file} no existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="89" />
      <source>The office survey GeoPackage the package was prepared from, e.g. household_survey.gpkg. New submissions, values edited by the field team and cleaning decisions are merged into it; raw rows already there never change.</source>
      <translation>El GeoPackage de encuesta de la oficina a partir del cual se preparó el paquete, p. ej., household_survey.gpkg. Los envíos nuevos, los valores editados por el equipo de campo y las decisiones de limpieza se fusionan en él; las filas brutas ya presentes nunca cambian.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="299" />
      <source>The offline background is a vector map instead: {file} (countries and admin boundaries).</source>
      <translation>El fondo sin conexión es en su lugar un mapa vectorial: {file} (países y límites administrativos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="368" />
      <source>The offline background is a vector map of the countries and admin boundaries.</source>
      <translation>El fondo sin conexión es un mapa vectorial de los países y los límites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="260" />
      <source>The offline basemap would need {estimate} This is more than the cap of {cap} tiles: choose a smaller area or fewer zoom levels, or raise the maximum number of tiles if you have the time and the connection. Nothing was downloaded.</source>
      <translation>El mapa base sin conexión necesitaría {estimate} Es más que el límite de {cap} teselas: elija un área más pequeña o menos niveles de zoom, o aumente el número máximo de teselas si tiene el tiempo y la conexión. No se descargó nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="249" />
      <source>The offline basemap {file} must be an .mbtiles file.</source>
      <translation>El mapa base sin conexión {file} debe ser un archivo .mbtiles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="86" />
      <source>The output folder {folder} is not empty: choose an empty or new folder, so that nothing already there is replaced.</source>
      <translation>La carpeta de salida {folder} no está vacía: elija una carpeta vacía o nueva, para que no se reemplace nada de lo que ya contiene.</translation>
    </message>
    <message>
      <source>The output must not overwrite the input file {file}.</source>
      <translation type="vanished">La salida no debe sobrescribir el archivo de entrada {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="100" />
      <source>The output refused the feature {fid} (uuid {uuid}){error}: no cleaned layer was written, as it would miss that submission.</source>
      <translation>La salida rechazó la entidad {fid} (uuid {uuid}){error}: no se escribió ninguna capa limpia, porque le faltaría ese envío.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="145" />
      <source>The output {output} is the file {file} that the input "{input}" is read from: writing it would delete every layer and table that file holds (survey, raw data, cleaning log). Nothing was written; choose another file name.</source>
      <translation>La salida {output} es el archivo {file} del que se lee la entrada «{input}»: escribirla borraría todas las capas y tablas de ese archivo (encuesta, datos brutos, registro de limpieza). No se escribió nada; elija otro nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="137" />
      <source>The output {output} would replace the table {table} of {file}, which the input "{input}" reads or which holds collected data or the toolkit's records. Nothing was written; choose another table name.</source>
      <translation>La salida {output} reemplazaría la tabla {table} de {file}, que la entrada «{input}» lee o que contiene datos recogidos o los registros del complemento. No se escribió nada; elija otro nombre de tabla.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="151" />
      <source>The output {path} would be written outside the chosen folder {folder}; nothing was written.</source>
      <translation>La salida {path} se escribiría fuera de la carpeta elegida {folder}; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="224" />
      <source>The package did not carry %n columns of personal data ({columns}): they were not merged, the office values stay as they are.</source>
      <translation>
        <numerusform>El paquete no llevaba %n columna de datos personales ({columns}): no se fusionó, los valores de la oficina se quedan como están.</numerusform>
        <numerusform>El paquete no llevaba %n columnas de datos personales ({columns}): no se fusionaron, los valores de la oficina se quedan como están.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="353" />
      <source>The package is ready</source>
      <translation>El paquete está listo</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="253" />
      <source>The package records no time zone (prepared by an earlier version): %n date-times written in the field without a time zone ({columns}) were read in this computer's time zone ({zone}) and stored in UTC; check them if the field laptops were set to another time zone.</source>
      <translation>
        <numerusform>El paquete no registra ninguna zona horaria (preparado por una versión anterior): %n fecha y hora escrita en el campo sin zona horaria ({columns}) se leyó en la zona horaria de este ordenador ({zone}) y se guardó en UTC; verifíquela si los portátiles de campo estaban configurados en otra zona horaria.</numerusform>
        <numerusform>El paquete no registra ninguna zona horaria (preparado por una versión anterior): %n fechas y horas escritas en el campo sin zona horaria ({columns}) se leyeron en la zona horaria de este ordenador ({zone}) y se guardaron en UTC; verifíquelas si los portátiles de campo estaban configurados en otra zona horaria.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="144" />
      <source>The package still holds the exact location of each submission (the points of the map).</source>
      <translation>El paquete sigue conteniendo la posición exacta de cada envío (los puntos del mapa).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="85" />
      <source>The package the team brought back: its zip, its manifest.json or its survey GeoPackage, e.g. field_package.zip.</source>
      <translation>El paquete que trajo el equipo: su zip, su manifest.json o su GeoPackage de encuesta, p. ej., field_package.zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="260" />
      <source>The package {package} was not prepared from {office}: none of its {count} submissions are there (another survey?). Nothing was merged; merge it into the survey file it was made from.</source>
      <translation>El paquete {package} no se preparó a partir de {office}: ninguno de sus {count} envíos está allí (¿otra encuesta?). No se fusionó nada; fusiónelo en el archivo de encuesta a partir del cual se preparó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="184" />
      <source>The personal-data keyword file {file} cannot be used ({error}). Fix it or clear the setting {setting} to use the bundled list.</source>
      <translation>El archivo de palabras clave de datos personales {file} no se puede usar ({error}). Corríjalo o vacíe el parámetro {setting} para usar la lista incluida en el complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="200" />
      <source>The point lies in {found}, the answer is {answered}, and the other answers agree with {answered} ({answers}): the GPS point is more likely wrong than the answer. Check the location; give {found} as the new value only if the household really is there.</source>
      <translation>El punto se encuentra en {found}, la respuesta indica {answered}, y las demás respuestas coinciden con {answered} ({answers}): es más probable que esté mal el punto GPS que la respuesta. Verifique la ubicación; indique {found} como nuevo valor solo si el hogar está realmente allí.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="205" />
      <source>The point lies in {found}, the answer is {answered}.</source>
      <translation>El punto se encuentra en {found}, la respuesta indica {answered}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/map_points.py" line="73" />
      <source>The points of {layer} are not a protected copy: household locations are personal data, so this map is not georeferenced; share it only if that was decided, or give the points of a copy made by “Export for sharing” instead.</source>
      <translation>Los puntos de {layer} no son una copia protegida: las ubicaciones de los hogares son datos personales, por lo que este mapa no está georreferenciado; compártalo solo si así se decidió, o indique en su lugar los puntos de una copia hecha con «Exportar para compartir».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="115" />
      <source>The project {file} could not be written: {error}</source>
      <translation>No se pudo escribir el proyecto {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="97" />
      <source>The project's polygon layers with a P-code field. The package takes the whole file they come from.</source>
      <translation>Las capas de polígonos del proyecto con un campo P-code. El paquete toma todo el archivo del que vienen.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="72" />
      <source>The proxy set in QGIS (Settings &gt; Options &gt; Network) does not answer or refused the connection to {host} ({reason}). Check the proxy settings with your IT team.</source>
      <translation>El proxy definido en QGIS (Configuración &gt; Opciones &gt; Red) no responde o rechazó la conexión con {host} ({reason}). Verifique la configuración del proxy con su equipo informático.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="140" />
      <source>The pseudonymisation key could not be saved in the QGIS authentication database.</source>
      <translation>No se pudo guardar la clave de seudonimización en la base de datos de autenticación de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="77" />
      <source>The pseudonymisation key in {source} must be at least 32 hexadecimal characters (64 recommended), on one line.</source>
      <translation>La clave de seudonimización de {source} debe tener al menos 32 caracteres hexadecimales (se recomiendan 64), en una sola línea.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="68" />
      <source>The question "{column}" is labelled "{label}", which contains "{keyword}": it likely holds {what}.</source>
      <translation>La etiqueta de la pregunta «{column}» es «{label}», que contiene «{keyword}»: la columna probablemente contiene {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="375" />
      <source>The question has no answer to count: choose another question.</source>
      <translation>La pregunta no tiene ninguna respuesta que contar: elija otra pregunta.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="224" />
      <source>The questions of %n repeat tables ({repeats}) were not checked: the cleaning log names submissions, not repeat rows.</source>
      <translation>
        <numerusform>Las preguntas de %n tabla de repetición ({repeats}) no se verificaron: el registro de limpieza designa envíos, no filas de repetición.</numerusform>
        <numerusform>Las preguntas de %n tablas de repetición ({repeats}) no se verificaron: el registro de limpieza designa envíos, no filas de repetición.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="183" />
      <source>The repeat tables ({tables}) could not be written beside the cleaned layer ({reason}). Nothing was written under its name.</source>
      <translation>Las tablas de repetición ({tables}) no se pudieron escribir junto a la capa limpia ({reason}). No se escribió nada con su nombre.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="260" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer, without the %n rows that belong to removed submissions ({counts}).</source>
      <translation>
        <numerusform>Las tablas de repetición ({tables}) se escribieron junto a la capa limpia, sin %n fila perteneciente a un envío eliminado ({counts}).</numerusform>
        <numerusform>Las tablas de repetición ({tables}) se escribieron junto a la capa limpia, sin las %n filas pertenecientes a envíos eliminados ({counts}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="253" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer; none of their rows belongs to a removed submission.</source>
      <translation>Las tablas de repetición ({tables}) se escribieron junto a la capa limpia; ninguna de sus filas pertenece a un envío eliminado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="183" />
      <source>The request to {host} for {what} could not be sent: the token, the password or the server address holds a character that cannot be sent (a line break, or a character copied by mistake). Copy the token or password again, check the server address, then try again.</source>
      <translation>No se pudo enviar la solicitud a {host} para {what}: el token, la contraseña o la dirección del servidor contiene un carácter que no se puede enviar (un salto de línea, o un carácter copiado por error). Vuelva a copiar el token o la contraseña, verifique la dirección del servidor y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="106" />
      <source>The returned package brings nothing new (merged already?): {file} was left as it was.</source>
      <translation>El paquete devuelto no trae nada nuevo (¿ya fusionado?): {file} quedó como estaba.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="89" />
      <source>The returned package {file} holds no survey GeoPackage named {name} (found: {found}).</source>
      <translation>El paquete devuelto {file} no contiene ningún GeoPackage de encuesta llamado {name} (encontrados: {found}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="77" />
      <source>The returned package {file} is neither a field package folder, its zip, nor a GeoPackage.</source>
      <translation>El paquete devuelto {file} no es ni una carpeta de paquete de campo, ni su zip, ni un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="85" />
      <source>The review sheet {file} cannot be read: {error}</source>
      <translation>No se puede leer la hoja de revisión {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="72" />
      <source>The review sheet {file} does not exist.</source>
      <translation>La hoja de revisión {file} no existe.</translation>
    </message>
    <message>
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version and change_type).</source>
      <translation type="vanished">La hoja de revisión {file} no tiene la columna {columns}: vuelva a exportarla desde el registro compartido (necesita log_id, version y change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="111" />
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version, uuid, question and change_type).</source>
      <translation>La hoja de revisión {file} no tiene la columna {columns}: vuelva a exportarla desde el registro compartido (necesita log_id, version, uuid, question (pregunta) y change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="181" />
      <source>The review sheet {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>La hoja de revisión {file} tiene la columna {column} más de una vez (columnas {letters}): no se puede saber cuál leer. Conserve una sola columna {column} (elimine o cambie el nombre de las demás) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="251" />
      <source>The review sheet {file} is not from the cleaning log of {schema}: {count} of its {total} rows name another submission or question than the log row of the same log_id (row {row}: {uuid}, {question} in the sheet; {db_uuid}, {db_question} in the log). Nothing was saved. Choose the schema the sheet was exported from, or export a new review sheet from {schema} and decide on it.</source>
      <translation>La hoja de revisión {file} no procede del registro de limpieza de {schema}: {count} de sus {total} filas indican otro envío u otra pregunta que la fila del registro con el mismo log_id (fila {row}: {uuid}, {question} en la hoja; {db_uuid}, {db_question} en el registro). No se guardó nada. Elija el esquema desde el que se exportó la hoja, o exporte una hoja de revisión nueva desde {schema} y decida sobre ella.</translation>
    </message>
    <message>
      <source>The reviewed log is saved, then applied: the cleaned copy is the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation type="vanished">El registro revisado se guarda y luego se aplica: la copia limpia es la capa «survey_cleaned» del mismo GeoPackage. Los datos brutos quedan sin cambios.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="128" />
      <source>The reviewed log is saved; applying it writes the cleaned copy, the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation>El registro revisado está guardado; aplicarlo escribe la copia limpia, la capa 'survey_cleaned' del mismo GeoPackage. Los datos brutos quedan como estaban.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="138" />
      <source>The role {role} already exists and is not the one the toolkit made for the survey {schema}: its members would be able to read the survey. Nothing was written. Choose another schema name.</source>
      <translation>El rol {role} ya existe y no es el que la caja de herramientas creó para la encuesta {schema}: sus miembros podrían leer la encuesta. No se escribió nada. Elija otro nombre de esquema.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="118" />
      <source>The role {role} does not exist and you may not create roles. Ask the database administrator to run: CREATE ROLE {role} NOLOGIN; (or to give you CREATEROLE).</source>
      <translation>El rol {role} no existe y usted no puede crear roles. Pida al administrador de la base de datos que ejecute: CREATE ROLE {role} NOLOGIN; (o que le dé CREATEROLE).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="199" />
      <source>The roles {reviewer} and {viewer} were kept with their members ({members}): they now read the new survey of {schema}. Revoke a role from anyone who should not (REVOKE &lt;role&gt; FROM &lt;person&gt;).</source>
      <translation>Los roles {reviewer} y {viewer} se conservaron con sus miembros ({members}): ahora estos leen la nueva encuesta de {schema}. Retire el rol a quien no deba leerla (REVOKE &lt;role&gt; FROM &lt;person&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="75" />
      <source>The same identifiers under another name replaced by pseudonyms with the same key: {columns}.</source>
      <translation>Los mismos identificadores con otro nombre, sustituidos por seudónimos con la misma clave: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="117" />
      <source>The sample dataset was not found in {folder}; reinstall the plugin.</source>
      <translation>No se encontró el conjunto de datos de ejemplo en {folder}; reinstale el complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="398" />
      <source>The saved connection '{name}' holds an old token or password: choose 'New connection', enter the new one and save it under the same name.</source>
      <translation>La conexión guardada «{name}» contiene un token o una contraseña antiguos: elija «Nueva conexión», introduzca el nuevo y guárdelo con el mismo nombre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="108" />
      <source>The saved credentials '{authcfg}' were not found in the QGIS authentication database. Enter the token or password again.</source>
      <translation>No se encontraron las credenciales guardadas «{authcfg}» en la base de datos de autenticación de QGIS. Introduzca de nuevo el token o la contraseña.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="130" />
      <source>The schema {schema} already holds a table '{table}' that is not a cleaned layer: it is left as it is. Choose another table name, such as {suggestion}.</source>
      <translation>El esquema {schema} ya contiene una tabla «{table}» que no es una capa limpia: se deja tal como está. Elija otro nombre de tabla, como {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="142" />
      <source>The schema {schema} holds another survey (form '{stored_form}', from {stored_source}) than {file} (form '{form}'): it is not replaced. Nothing was written. Check the schema name; to replace that survey and everything saved in it by this one, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>El esquema {schema} contiene otra encuesta (formulario '{stored_form}', de {stored_source}) distinta de {file} (formulario '{form}'): no se reemplaza. No se escribió nada. Verifique el nombre del esquema; para reemplazar esa encuesta, y todo lo guardado en ella, por esta, elija también 'Reemplazarlo incluso si contiene otra encuesta o decisiones'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="103" />
      <source>The secret named by {source} ({what})</source>
      <translation>El secreto indicado por {source} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="84" />
      <source>The secret of the authentication configuration {authcfg} ({what})</source>
      <translation>El secreto de la configuración de autenticación {authcfg} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="336" />
      <source>The secret of the saved connection {name}</source>
      <translation>El secreto de la conexión guardada {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="240" />
      <source>The secure connection (HTTPS/TLS) to {host} failed: {reason}. Check the server address (https:// or http://) and the computer's date and time; if your organisation inspects traffic, ask your IT team for its certificate.</source>
      <translation>La conexión segura (HTTPS/TLS) con {host} falló: {reason}. Verifique la dirección del servidor (https:// o http://) y la fecha y hora del ordenador; si su organización inspecciona el tráfico, pida su certificado a su equipo informático.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="458" />
      <source>The server address cannot be read: write it the way https://kf.kobotoolbox.org is written.</source>
      <translation>La dirección del servidor no se puede leer: escríbala como se escribe https://kf.kobotoolbox.org.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="470" />
      <source>The server address must be the address alone, such as {address}: a user name, password or token written in it (before @, after ? or #) would be saved with the data, so give them in the authentication configuration or SECRET instead.</source>
      <translation>La dirección del servidor debe ser solo la dirección, como {address}: un nombre de usuario, una contraseña o un token escritos en ella (antes de @, después de ? o #) se guardarían con los datos, así que indíquelos en su lugar en la configuración de autenticación o en SECRET.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="146" />
      <source>The server did not send the date of the last submission.</source>
      <translation>El servidor no envió la fecha del último envío.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="96" />
      <source>The server name {host} could not be found (DNS). Check the address for typing mistakes and check that this computer is connected to the internet.</source>
      <translation>No se encontró el nombre de servidor {host} (DNS). Verifique que la dirección no tenga errores de escritura y que este ordenador esté conectado a Internet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="393" />
      <source>The server or the login changed during the check: check again.</source>
      <translation>El servidor o las credenciales cambiaron durante la verificación: vuelva a verificar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="151" />
      <source>The session on {host} could not be closed; it ends by itself within 24 hours.</source>
      <translation>No se pudo cerrar la sesión en {host}; termina por sí sola en un plazo de 24 horas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="199" />
      <source>The shared GeoPackage could not be reopened to record its protection.</source>
      <translation>No se pudo volver a abrir el GeoPackage para compartir para registrar su protección.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="163" />
      <source>The shared GeoPackage could not be written: {error}</source>
      <translation>No se pudo escribir el GeoPackage para compartir: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="135" />
      <source>The shared file needs a name before {suffix}: {file} has none.</source>
      <translation>El archivo compartido necesita un nombre antes de {suffix}: {file} no tiene ninguno.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="57" />
      <source>The sheet of an XLSX export that holds the submissions, by its name, e.g. household_survey. Empty: the first visible sheet (hidden sheets are skipped). Not used for CSV, zip or GeoJSON files.</source>
      <translation>La hoja de una exportación XLSX que contiene los envíos, por su nombre, p. ej., household_survey. Vacío: la primera hoja visible (las hojas ocultas se omiten). No se usa para archivos CSV, zip o GeoJSON.</translation>
    </message>
    <message>
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id and version columns as they are.</source>
      <translation type="vanished">La hoja escrita por 'Exportar una hoja de revisión', con sus decisiones; conserve sus columnas log_id y version tal como están.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="88" />
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id, version, uuid, question, old_value and as_exported columns as they are.</source>
      <translation>La hoja escrita por 'Exportar una hoja de revisión', con sus decisiones; conserve sus columnas log_id, version, uuid, question (pregunta), old_value y as_exported tal como están.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="147" />
      <source>The shortest plausible interview ({shortest} minutes, MIN_DURATION) is longer than the longest ({longest} minutes, MAX_DURATION): every interview would be flagged. Swap the two values.</source>
      <translation>La entrevista más corta plausible ({shortest} minutos, MIN_DURATION) es más larga que la más larga ({longest} minutos, MAX_DURATION): se marcarían todas las entrevistas. Intercambie los dos valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="84" />
      <source>The smallest count shown, and the fewest rows that may share a combination of the columns an outsider could know. Default 5; 10 or more for sensitive data (protection, health).</source>
      <translation>El recuento más pequeño que se muestra, y el menor número de filas que pueden compartir una combinación de las columnas que alguien de fuera podría conocer. Predeterminado: 5; 10 o más para datos sensibles (protección, salud).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="220" />
      <source>The start state of {folder} is missing; start a new session in an empty folder.</source>
      <translation>Falta el estado inicial de {folder}; inicie una nueva sesión en una carpeta vacía.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="80" />
      <source>The submission has no GPS point.</source>
      <translation>El envío no tiene punto GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="227" />
      <source>The submission {uuid} has no location.</source>
      <translation>El envío {uuid} no tiene posición.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="139" />
      <source>The submission's id, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid and the ODK download writes it: it stays the same when the submission is edited on the server (the raw table keeps {column} as received).</source>
      <translation>El identificador del envío, tomado de la columna {column} sin su prefijo 'uuid:', como Kobo escribe _uuid y como lo escribe la descarga de ODK: no cambia cuando el envío se edita en el servidor (la tabla bruta conserva {column} tal como se recibió).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="144" />
      <source>The submission's instanceID, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid (the raw table keeps {column} as received).</source>
      <translation>El instanceID del envío, tomado de la columna {column} sin su prefijo 'uuid:', como Kobo escribe _uuid (la tabla bruta conserva {column} tal como se recibió).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="222" />
      <source>The submissions go into a GeoPackage: raw tables as received, the 'survey' point layer and a log of each download.</source>
      <translation>Los envíos se escriben en un GeoPackage: tablas brutas tal como se reciben, la capa de puntos «survey» y un registro de cada descarga.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="187" />
      <source>The submissions were counted by their P-code, but the result cannot be mapped until it is set.</source>
      <translation>Los envíos se contaron por su P-code, pero el resultado no se puede cartografiar mientras no se defina el sistema de referencia de coordenadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="15" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: raw tables exactly as received, the typed layer 'survey' and one table per repeat group. With Update, the existing file is extended. It is written to a temporary file first: a failed download leaves the previous file as it was.</source>
      <translation>El GeoPackage de encuesta que escribir, p. ej., household_survey.gpkg: las tablas brutas exactamente tal como se recibieron, la capa tipada 'survey' y una tabla por grupo de repetición. Con Actualización, se amplía el archivo existente. Se escribe primero en un archivo temporal: una descarga fallida deja el archivo anterior como estaba.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="68" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: the raw table exactly as received, the typed layer 'survey' (points in EPSG:4326), one table per repeat group and a metadata table. It is written to a temporary file and renamed when complete: a failed import leaves no half-written file.</source>
      <translation>El GeoPackage de encuesta que escribir, p. ej., household_survey.gpkg: la tabla bruta exactamente tal como se recibió, la capa tipada 'survey' (puntos en EPSG:4326), una tabla por grupo de repetición y una tabla de metadatos. Se escribe en un archivo temporal y se renombra cuando está completo: una importación fallida no deja ningún archivo a medio escribir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="99" />
      <source>The survey GeoPackage {file} does not exist or is not a .gpkg file.</source>
      <translation>El GeoPackage de encuesta {file} no existe o no es un archivo .gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="73" />
      <source>The survey GeoPackage {file} does not exist.</source>
      <translation>El GeoPackage de encuesta {file} no existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="114" />
      <source>The survey GeoPackage {file} was written, but it could not be shared in PostgreSQL: {reason}</source>
      <translation>El GeoPackage de la encuesta {file} se escribió, pero no se pudo compartir en PostgreSQL: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="78" />
      <source>The survey GeoPackages and the admin boundaries go into the package with a project that opens without the internet, and the offline help.</source>
      <translation>Los GeoPackages de encuesta y los límites administrativos van al paquete con un proyecto que se abre sin internet, y la ayuda sin conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="48" />
      <source>The survey GeoPackages the field team takes along (written by the import or a download), e.g. household_survey.gpkg; their attachment folders come along.</source>
      <translation>Los GeoPackages de encuesta que lleva el equipo de campo (escritos por la importación o una descarga), p. ej., household_survey.gpkg; sus carpetas de archivos adjuntos van con ellos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="377" />
      <source>The survey has no numeric question: choose another kind of map.</source>
      <translation>La encuesta no tiene ninguna pregunta numérica: elija otro tipo de mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="233" />
      <source>The survey is in the project. Next step: check and clean it (CartONG &gt; 2. Check and clean…).</source>
      <translation>La encuesta está en el proyecto. Paso siguiente: verificarla y limpiarla (CartONG &gt; 2. Verificar y limpiar…).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="22" />
      <source>The survey layer to read: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. It is only read, never changed.</source>
      <translation>La capa de encuesta que leer: normalmente la capa 'survey' del GeoPackage escrito por la importación o una descarga, p. ej., household_survey.gpkg|layername=survey. Solo se lee, nunca se modifica.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="29" />
      <source>The survey layer: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. Another layer or table works when it has the _uuid column that names each submission. It is only read, never changed.</source>
      <translation>La capa de encuesta: normalmente la capa 'survey' del GeoPackage escrito por la importación o una descarga, p. ej., household_survey.gpkg|layername=survey. Otra capa o tabla sirve si tiene la columna _uuid que identifica cada envío. Solo se lee, nunca se modifica.</translation>
    </message>
    <message>
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing).</source>
      <translation type="vanished">Los puntos de la encuesta dibujados encima, p. ej., household_survey.gpkg|layername=survey; un mapa de calor los necesita. Muestran dónde se entrevistó a los hogares: para un mapa compartido fuera del equipo, omítalos o indique una copia protegida (Exportar para compartir).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="69" />
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing). Points that are not a protected copy are warned of, and the PDF is then not georeferenced.</source>
      <translation>Los puntos de la encuesta dibujados encima, p. ej., household_survey.gpkg|layername=survey; un mapa de calor los necesita. Muestran dónde se entrevistó a los hogares: para un mapa compartido fuera del equipo, omítalos o indique una copia protegida (Exportar para compartir). Los puntos que no son una copia protegida generan un aviso, y entonces el PDF no se georreferencia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="116" />
      <source>The survey schema {schema} has no cleaning log in {target}: run the checks and copy the survey again.</source>
      <translation>El esquema de encuesta {schema} no tiene registro de limpieza en {target}: ejecute las verificaciones y copie de nuevo la encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="393" />
      <source>The survey sheet of {file} names two questions '{name}' in the same group (rows {first} and {second}): each question needs its own name. Rename one of them, or import the data without the form.</source>
      <translation>La hoja survey de {file} da el mismo nombre '{name}' a dos preguntas del mismo grupo (filas {first} y {second}): cada pregunta necesita su propio nombre. Cambie el nombre de una de ellas, o importe los datos sin el formulario.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="270" />
      <source>The survey sheet of {file}: group '{name}' is never closed.</source>
      <translation>Hoja survey de {file}: el grupo «{name}» nunca se cierra.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="15" />
      <source>The survey submissions to count: the layer 'survey' of the imported GeoPackage (e.g. household_survey.gpkg|layername=survey) or its cleaned copy. Submissions without a location are counted only by a P-code field (JOIN_FIELD).</source>
      <translation>Los envíos de la encuesta que contar: la capa 'survey' del GeoPackage importado (p. ej., household_survey.gpkg|layername=survey) o su copia limpia. Los envíos sin ubicación solo se cuentan mediante un campo P-code (JOIN_FIELD).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="342" />
      <source>The surveys and boundaries have no location to take the area from: give the area of the offline basemap.</source>
      <translation>Las encuestas y los límites no tienen ninguna ubicación de la que tomar el área: indique el área del mapa base sin conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="77" />
      <source>The table {table} cannot be created in {file}: {reason}</source>
      <translation>No se puede crear la tabla {table} en {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="297" />
      <source>The table {table} could not be written into {file} ({reason}). {file} is unchanged: its other tables and a previous {table} are as they were.</source>
      <translation>No se pudo escribir la tabla {table} en {file} ({reason}). {file} no ha cambiado: sus otras tablas y la tabla {table} anterior, si existía, siguen como estaban.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="174" />
      <source>The table {table} of {file} has the column {column} more than once ({names}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>La tabla {table} de {file} tiene la columna {column} más de una vez ({names}): no se puede saber cuál leer. Conserve una sola columna {column} (elimine o cambie el nombre de las demás) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="180" />
      <source>The table {table} of {file} is damaged (row {row}): the package cannot be merged safely.</source>
      <translation>La tabla {table} de {file} está dañada (fila {row}): el paquete no se puede fusionar con seguridad.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="89" />
      <source>The task failed.</source>
      <translation>La tarea falló.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="193" />
      <source>The tiles could not be written to {file}: {error}</source>
      <translation>No se pudieron escribir las teselas en {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="105" />
      <source>The time window of the burst check, in minutes (default 30).</source>
      <translation>La ventana de tiempo de la verificación de ráfagas, en minutos (30 por defecto).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="66" />
      <source>The time zone the field laptops are set to, by its IANA name, e.g. Africa/Bangui. The merge reads the date-times QGIS 3.22 writes without a time zone in it. Empty: the time zone of this computer.</source>
      <translation>La zona horaria configurada en los portátiles de campo, por su nombre IANA, p. ej. Africa/Bangui. La fusión lee en ella las fechas y horas que QGIS 3.22 escribe sin zona horaria. Vacío: la zona horaria de este equipo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="77" />
      <source>The time zone {zone} is UTC{offset} (the tz database reverses the sign of the Etc/GMT zones): give the place the field laptops are set to instead, such as Africa/Bangui.</source>
      <translation>La zona horaria {zone} es UTC{offset} (la base de datos tz invierte el signo de las zonas Etc/GMT): indique en su lugar el lugar configurado en los portátiles de campo, como Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="84" />
      <source>The time zone {zone} is not known: give the time zone the field laptops are set to by its IANA name, such as Africa/Bangui, or leave it empty for this computer's.</source>
      <translation>La zona horaria {zone} no se conoce: indique la zona horaria de los portátiles de campo por su nombre IANA, como Africa/Bangui, o déjelo vacío para la de este equipo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="47" />
      <source>The times of {column} have no time zone while those of {other} have {offset}: they were read in {offset}.</source>
      <translation>Las horas de {column} no tienen zona horaria mientras que las de {other} tienen {offset}: se leyeron en {offset}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="94" />
      <source>The title of the legend, e.g. Households interviewed. Empty: the name of the value mapped.</source>
      <translation>El título de la leyenda, p. ej., Hogares entrevistados. Vacío: el nombre del valor cartografiado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="338" />
      <source>The token or password typed</source>
      <translation>El token o la contraseña introducidos</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="263" />
      <source>The training opens its own project: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>La formación abre su propio proyecto: {project}, con su %n capa, se cerrará. ¿Guardarlo antes?</numerusform>
        <numerusform>La formación abre su propio proyecto: {project}, con sus %n capas, se cerrará. ¿Guardarlo antes?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="330" />
      <source>The training project {file} could not be opened.</source>
      <translation>No se pudo abrir el proyecto de formación {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="83" />
      <source>The training project {file} could not be written.</source>
      <translation>No se pudo escribir el proyecto de formación {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="370" />
      <source>The training session could not be written in {folder} ({reason}): nothing was left there. Choose a folder you can write to.</source>
      <translation>No se pudo escribir la sesión de formación en {folder} ({reason}): no se dejó nada allí. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="247" />
      <source>The upper limit of each class but the last, increasing. The first class starts at the smallest value, the last ends at the largest.</source>
      <translation>El límite superior de cada clase salvo la última, en orden creciente. La primera clase empieza en el valor más pequeño y la última termina en el más grande.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="13" />
      <source>The widest zoom level to download, from 0 (the whole world) to 19 (a house). Default 5: a country.</source>
      <translation>El nivel de zoom más amplio que descargar, de 0 (el mundo entero) a 19 (una casa). Predeterminado: 5, un país.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="86" />
      <source>The workbook has no sheet for them: import KoboToolbox's XLSX export with all its sheets (one per repeat group; hidden sheets are not read).</source>
      <translation>El libro no tiene ninguna hoja para ellos: importe la exportación XLSX de KoboToolbox con todas sus hojas (una por grupo de repetición; las hojas ocultas no se leen).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="320" />
      <source>Their explanation: '{theirs}'. Yours: '{mine}'.</source>
      <translation>La explicación de la otra persona: '{theirs}'. La suya: '{mine}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="92" />
      <source>There is no field {field} in {layer} ({parameter}), nor one close to it. Write the name as the layer has it; its fields are: {fields}</source>
      <translation>No hay ningún campo {field} en {layer} ({parameter}), ni ninguno con un nombre parecido. Escriba el nombre tal como figura en la capa; sus campos son: {fields}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="87" />
      <source>There is no field {field} in {layer} ({parameter}); the closest field names are: {close}. Write the name as the layer has it.</source>
      <translation>No hay ningún campo {field} en {layer} ({parameter}); los nombres de campo más parecidos son: {close}. Escriba el nombre tal como figura en la capa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="131" />
      <source>There is no layer to put on the map.</source>
      <translation>No hay ninguna capa que poner en el mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="121" />
      <source>There is no offline help for this step yet. Use the online guide below when you are connected.</source>
      <translation>Todavía no hay ayuda sin conexión para este paso. Use la guía en línea de abajo cuando tenga conexión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="307" />
      <source>There is not enough space in {folder} for the training session: it needs about {needed} MB and {free} MB are free. Nothing was written. Free some space on that disk or choose a folder on another disk.</source>
      <translation>No hay espacio suficiente en {folder} para la sesión de formación: necesita unos {needed} MB y hay {free} MB libres. No se escribió nada. Libere espacio en ese disco o elija una carpeta en otro disco.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="70" />
      <source>There is not enough space in {folder} to write {file}: nothing was written and any previous {file} was kept. Free some space on that disk or choose another folder.</source>
      <translation>No hay espacio suficiente en {folder} para escribir {file}: no se escribió nada y se conservó el {file} anterior, si existía. Libere espacio en ese disco o elija otra carpeta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="245" />
      <source>This GeoPackage already exists</source>
      <translation>Este GeoPackage ya existe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="74" />
      <source>This QGIS has no '{method}' authentication method to keep the credentials.</source>
      <translation>Este QGIS no tiene el método de autenticación «{method}» para guardar las credenciales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="154" />
      <source>This account has no forms on this server, or none shared with it.</source>
      <translation>Esta cuenta no tiene formularios en este servidor, o ninguno compartido con ella.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="66" />
      <source>This computer's time zone ({zone}) is not a time zone QGIS knows by name: give the time zone the field laptops are set to (TIME_ZONE) by its IANA name, such as Africa/Bangui.</source>
      <translation>La zona horaria de este equipo ({zone}) no es una zona horaria que QGIS conozca por su nombre: indique la zona horaria de los portátiles de campo (TIME_ZONE) por su nombre IANA, como Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="149" />
      <source>This form is not deployed and has no submissions to download.</source>
      <translation>Este formulario no está desplegado y no tiene envíos que descargar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="190" />
      <source>This layout has no atlas to export.</source>
      <translation>Este diseño no tiene atlas que exportar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="101" />
      <source>This many interviews (default 4) started by one device or enumerator within the minutes below are flagged: too fast to be real interviews.</source>
      <translation>Este número de entrevistas (4 por defecto) iniciadas por un mismo dispositivo o encuestador en los minutos indicados abajo se señalan: demasiado rápidas para ser entrevistas reales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="104" />
      <source>This package carries personal data: {what}.</source>
      <translation>Este paquete contiene datos personales: {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="174" />
      <source>This package was prepared by version 0.2.0: changes made in the field to the rows of repeat tables of existing submissions cannot be told and were not merged; compare them by hand.</source>
      <translation>Este paquete se preparó con la versión 0.2.0: los cambios hechos en el campo en las filas de las tablas de repetición de envíos existentes no se pueden identificar y no se fusionaron; compárelos a mano.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="324" />
      <source>This text is too long for its place on the map, even in small letters, and was shortened to end in “…”: “{text}”. Choose a shorter text to print it whole.</source>
      <translation>Este texto es demasiado largo para su lugar en el mapa, incluso en letra pequeña, y se acortó para que termine en «…»: «{text}». Elija un texto más corto para imprimirlo entero.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="99" />
      <source>This update could not check for submissions deleted, edited or missing on {host} since the last download of form {id}, because the comparison with the server's list failed: {reason} The new submissions were written all the same. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>Esta actualización no pudo verificar los envíos eliminados, editados o que faltan en {host} desde la última descarga del formulario {id}, porque falló la comparación con la lista del servidor: {reason} Los envíos nuevos se escribieron de todos modos. Para asegurarse de tener la versión actual del servidor, descargue el formulario en un GeoPackage nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="197" />
      <source>Thresholds</source>
      <translation>Umbrales</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="96" />
      <source>Ticked (default): links to the server and names of attachments (photos, signatures) are removed, since a photo can show a face. Untick only for a copy that stays in the team.</source>
      <translation>Marcada (predeterminado): se eliminan los enlaces al servidor y los nombres de los archivos adjuntos (fotos, firmas), ya que una foto puede mostrar una cara. Desmárquela solo para una copia que se queda en el equipo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="106" />
      <source>Ticked (default): the decisions already taken in the existing cleaning log (new values, no_action, remove_survey, with who and when) are kept and new findings added. Not ticked: the log is written afresh and earlier decisions are lost.</source>
      <translation>Marcada (predeterminado): las decisiones ya tomadas en el registro de limpieza existente (valores nuevos, no_action, remove_survey, con quién y cuándo) se conservan y se añaden los nuevos hallazgos. Sin marcar: el registro se escribe de nuevo y las decisiones anteriores se pierden.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="127" />
      <source>Ticked: one page per admin area with data, zoomed on it, all in one PDF (the map file must end in .pdf).</source>
      <translation>Marcada: una página por unidad administrativa con datos, ampliada sobre ella, todas en un solo PDF (el archivo del mapa debe terminar en .pdf).</translation>
    </message>
    <message>
      <source>Ticked: only the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation type="vanished">Marcada: solo se descargan y añaden los envíos más recientes que la última sincronización registrada en el GeoPackage. Sin marcar: se descargan en el GeoPackage todos los envíos del formulario.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="32" />
      <source>Ticked: photos, signatures and other files attached to the submissions are downloaded into a folder beside the GeoPackage, named after it (household_survey_attachments). It can take long and much space over a slow connection.</source>
      <translation>Marcada: las fotos, firmas y otros archivos adjuntos a los envíos se descargan en una carpeta junto al GeoPackage, con su nombre (household_survey_attachments). Puede llevar mucho tiempo y espacio con una conexión lenta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="126" />
      <source>Ticked: the names of the areas (the name field below) are written on the map where they fit.</source>
      <translation>Marcada: los nombres de las unidades administrativas (el campo de nombre de abajo) se escriben en el mapa donde caben.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="23" />
      <source>Ticked: the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended, with any older one the GeoPackage lacks; submissions deleted, edited or reviewed again on the server since are named in a warning, not changed in the GeoPackage. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation>Marcada: se descargan y añaden los envíos más recientes que la última sincronización registrada en el GeoPackage, junto con cualquier envío más antiguo que falte en el GeoPackage; los envíos eliminados, editados o revisados de nuevo en el servidor desde entonces se nombran en una advertencia, sin cambiarse en el GeoPackage. Sin marcar: se descargan en el GeoPackage todos los envíos del formulario.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="98" />
      <source>Tiles estimated</source>
      <translation>Teselas estimadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="184" />
      <source>Tiles of a background map you have in QGIS (while you are online) are stored in the package. Without one, a simple background of countries and admin boundaries is used.</source>
      <translation>Las teselas de un mapa de fondo que tenga en QGIS (mientras esté en línea) se guardan en el paquete. Sin él, se usa un fondo simple de países y límites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="99" />
      <source>Tiles that could not be downloaded</source>
      <translation>Teselas que no se pudieron descargar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="97" />
      <source>Tiles written</source>
      <translation>Teselas escritas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="114" />
      <source>Time zone of the field laptops (e.g. Africa/Bangui; empty: this computer's)</source>
      <translation>Zona horaria de los portátiles de campo (p. ej. Africa/Bangui; vacío: la de este equipo)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="84" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="57" />
      <source>To decide</source>
      <translation>Por decidir</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="204" />
      <source>To zoom level (streets)</source>
      <translation>Hasta el nivel de zoom (calles)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="329" />
      <source>Training</source>
      <translation>Formación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="70" />
      <source>Training session summary</source>
      <translation>Resumen de la sesión de formación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="198" />
      <source>Training session…</source>
      <translation>Sesión de formación…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="104" />
      <source>Two survey GeoPackages are named {file}: rename one, the package keeps one folder of data.</source>
      <translation>Dos GeoPackages de encuesta se llaman {file}: cambie el nombre de uno, el paquete guarda una carpeta de datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="385" />
      <source>Type the class limits, e.g. 10, 20, 50.</source>
      <translation>Escriba los límites de clase, p. ej., 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="48" />
      <source>Type the class limits, e.g. 10, 20, 50: maps of several rounds or surveys then compare.</source>
      <translation>Escriba los límites de clase, p. ej. 10, 20, 50: así se pueden comparar los mapas de varias rondas o encuestas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="25" />
      <source>Typed admin names</source>
      <translation>Nombres de unidades administrativas escritos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="307" />
      <source>UTF-16 text without its byte-order mark</source>
      <translation>texto UTF-16 sin su marca de orden de bytes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="70" />
      <source>Unexpected error during the import: {error}. Details are in the log.</source>
      <translation>Error inesperado durante la importación: {error}. Los detalles están en el registro de mensajes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="64" />
      <source>Unexpected error: {error}. Details are in the message log.</source>
      <translation>Error inesperado: {error}. Los detalles están en el registro de mensajes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="70" />
      <source>Unicode (UTF-8), with a few lines in {encoding}: check their accents</source>
      <translation>Unicode (UTF-8), con algunas líneas en {encoding}: verifique sus acentos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="74" />
      <source>Unicode (UTF-8): accents and every script read correctly</source>
      <translation>Unicode (UTF-8): los acentos y todas las escrituras se leen correctamente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="87" />
      <source>Unknown background {name}; choose one of {names}.</source>
      <translation>Fondo de mapa desconocido {name}; elija uno de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="27" />
      <source>Unknown classification {name}; choose one of {names}.</source>
      <translation>Clasificación desconocida {name}; elija una de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="88" />
      <source>Unknown location protection "{mode}"; use one of {modes}.</source>
      <translation>Protección de posiciones desconocida «{mode}»; use una de {modes}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="170" />
      <source>Unknown map language {language}; choose one of {languages}.</source>
      <translation>Idioma de mapa desconocido {language}; elija uno de {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="65" />
      <source>Unknown page {page}; choose one of {pages}.</source>
      <translation>Página desconocida {page}; elija una de {pages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="61" />
      <source>Unknown palette {name}; choose one of {names}.</source>
      <translation>Paleta desconocida {name}; elija una de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="125" />
      <source>Unknown server kind '{kind}': use KoboToolbox or ODK Central.</source>
      <translation>Tipo de servidor desconocido «{kind}»: use KoboToolbox u ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="128" />
      <source>Unknown statistic {name}; choose one of {names}.</source>
      <translation>Estadística desconocida {name}; elija una de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="66" />
      <source>Unsaved cleaning log</source>
      <translation>Registro de limpieza sin guardar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="284" />
      <source>Unusual value within its {group}: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>Valor inusual dentro de su grupo {group}: más de la mitad de las respuestas son iguales, así que su puntuación z se calcula a partir de la desviación absoluta media: {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="293" />
      <source>Unusual value within its {group}: robust z-score {z}.</source>
      <translation>Valor inusual dentro de su grupo {group}: puntuación z robusta {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="273" />
      <source>Unusual value within its {group}: the middle half of the answers there are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>Valor inusual dentro de su grupo {group}: la mitad central de las respuestas allí es un mismo valor, así que su distancia a ese valor se compara con las distancias de las demás respuestas a él: puntuación z robusta {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="288" />
      <source>Unusual value: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>Valor inusual: más de la mitad de las respuestas son iguales, así que su puntuación z se calcula a partir de la desviación absoluta media: {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="296" />
      <source>Unusual value: robust z-score {z}.</source>
      <translation>Valor inusual: puntuación z robusta {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="278" />
      <source>Unusual value: the middle half of the answers are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>Valor inusual: la mitad central de las respuestas es un mismo valor, así que su distancia a ese valor se compara con las distancias de las demás respuestas a él: puntuación z robusta {z}.</translation>
    </message>
    <message>
      <source>Unusual value{scope}: robust z-score {z}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="253" />
      <source>Update</source>
      <translation>Actualización</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="248" />
      <source>Update (only new submissions)</source>
      <translation>Actualizar (solo los envíos nuevos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="32" />
      <source>Update: download new submissions and append them</source>
      <translation>Actualizar: descargar los envíos nuevos y añadirlos</translation>
    </message>
    <message>
      <source>Update: download only new submissions and append them</source>
      <translation type="vanished">Actualizar: descargar solo los envíos nuevos y añadirlos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="52" />
      <source>Update: older submissions that were missing from the GeoPackage, added</source>
      <translation>Actualización: envíos más antiguos que faltaban en el GeoPackage, añadidos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="59" />
      <source>Update: uuids of the submissions deleted on the server (kept in the GeoPackage)</source>
      <translation>Actualización: uuid de los envíos eliminados en el servidor (conservados en el GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="63" />
      <source>Update: uuids of the submissions edited or reviewed again on the server (kept as downloaded)</source>
      <translation>Actualización: uuid de los envíos editados o revisados de nuevo en el servidor (conservados tal como se descargaron)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="77" />
      <source>Upper admin level boundaries (optional)</source>
      <translation>Límites del nivel administrativo superior (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="153" />
      <source>Upper level (optional)</source>
      <translation>Nivel superior (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="105" />
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="191" />
      <source>Username and password (the token is fetched once; the password is not kept)</source>
      <translation>Nombre de usuario y contraseña (el token se obtiene una vez; la contraseña no se guarda)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="35" />
      <source>Value found</source>
      <translation>Valor encontrado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="62" />
      <source>Value to map</source>
      <translation>Valor que cartografiar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="62" />
      <source>Values changed</source>
      <translation>Valores cambiados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="64" />
      <source>Values edited</source>
      <translation>Valores editados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="424" />
      <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
      <translation>Archivos vectoriales (*.gpkg *.shp *.geojson *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="58" />
      <source>Viewer role</source>
      <translation>Rol de lector</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="79" />
      <source>Visualisation and maps</source>
      <translation>Visualización y mapas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="63" />
      <source>WARNING: columns at high risk kept by your choice: {columns}.</source>
      <translation>ADVERTENCIA: columnas de riesgo alto conservadas por su elección: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="119" />
      <source>WARNING: exact locations kept. Share only under a data sharing agreement.</source>
      <translation>ATENCIÓN: posiciones exactas conservadas. Comparta solo en el marco de un acuerdo de intercambio de datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="102" />
      <source>WARNING: no submission id column; offsets follow the row number, so a copy of a re-imported file moves the points another way.</source>
      <translation>ADVERTENCIA: no hay columna de identificador de envío; los desplazamientos siguen el número de fila, así que una copia de un archivo reimportado desplaza los puntos de otra manera.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="131" />
      <source>WARNING: the file holds {shown} of the %n submissions of the layer (its filter chose them): its counts are not the survey's totals.</source>
      <translation>
        <numerusform>ATENCIÓN: el archivo contiene {shown} de %n envío de la capa (elegido por su filtro): sus recuentos no son los totales de la encuesta.</numerusform>
        <numerusform>ATENCIÓN: el archivo contiene {shown} de %n envíos de la capa (elegidos por su filtro): sus recuentos no son los totales de la encuesta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="91" />
      <source>WARNING: the points are kept and can show the area a blanked value of {columns} stood for: count by admin area or remove the locations to share rare areas.</source>
      <translation>ADVERTENCIA: los puntos se conservan y pueden mostrar la zona que indicaba un valor borrado de {columns}: cuente por unidad administrativa o elimine las ubicaciones para compartir zonas raras.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="94" />
      <source>Warning: anyone with this file can find the homes of the people surveyed. Share it only under a data sharing agreement.</source>
      <translation>Atención: cualquier persona que tenga este archivo puede encontrar el domicilio de las personas encuestadas. Compártalo solo en el marco de un acuerdo de intercambio de datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="297" />
      <source>Warning: columns at high risk are kept: {columns}. Share the file only with partners bound by a data sharing agreement.</source>
      <translation>Atención: se conservan columnas con riesgo alto: {columns}. Comparta el archivo solo con socios vinculados por un acuerdo de intercambio de datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="76" />
      <source>Western European ({encoding}): check that accents read correctly</source>
      <translation>Europa occidental ({encoding}): verifique que los acentos se leen correctamente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="225" />
      <source>What comes out: {outputs}</source>
      <translation>Qué sale: {outputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="37" />
      <source>What each area gets: count (submissions), share (% giving the answer above), mean or median (of the numeric question below), e.g. median. Empty: share when a question is given, else count.</source>
      <translation>Lo que obtiene cada unidad administrativa: count (envíos), share (% que da la respuesta de arriba), mean o median (media o mediana de la pregunta numérica de abajo), p. ej., median. Vacío: share si se indica una pregunta; si no, count.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="224" />
      <source>What goes in: {inputs}</source>
      <translation>Qué entra: {inputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="77" />
      <source>What to take to the field</source>
      <translation>Qué llevar al campo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="181" />
      <source>What will be done</source>
      <translation>Lo que se hará</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="90" />
      <source>Where the middle half of the answers is one value (IQR 0, e.g. 1 pump in 120 of 124 households), the median distance of the other answers to it stands in for the IQR and for the median absolute deviation.</source>
      <translation>Donde la mitad central de las respuestas es un solo valor (IQR 0, p. ej. 1 bomba en 120 de 124 hogares), la distancia mediana de las demás respuestas a él sustituye al IQR y a la desviación absoluta mediana.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="246" />
      <source>Where the points go is chosen on the next page.</source>
      <translation>Dónde van los puntos se elige en la página siguiente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="62" />
      <source>Where the submissions concentrate: light yellow (few) to dark red (many).</source>
      <translation>Dónde se concentran los envíos: del amarillo claro (pocos) al rojo oscuro (muchos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="67" />
      <source>Where the submissions were collected</source>
      <translation>Lugares de recolección de los envíos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="57" />
      <source>Where the submissions were collected, one colour per answer (labels from the form).</source>
      <translation>Lugares de recolección de los envíos, un color por respuesta (etiquetas del formulario).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="242" />
      <source>Where to write the package</source>
      <translation>Dónde escribir el paquete</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="146" />
      <source>Where to write the protected copy. A note explaining what was done is written beside it (same name followed by .README.txt), in English and French.</source>
      <translation>Dónde escribir la copia protegida. Junto a ella se escribe una nota que explica lo que se hizo (mismo nombre seguido de .README.txt), en inglés y en francés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="17" />
      <source>Which families of checks to run (all by default). In qgis_process, their numbers separated by commas: 0 duplicates, 1 missing required answers, 2 outliers, 3 GPS points, 4 durations and dates, 5 'other (specify)' answers, 6 typed admin names; e.g. CHECKS=0,1,3.</source>
      <translation>Qué familias de verificaciones ejecutar (todas por defecto). En qgis_process, sus números separados por comas: 0 duplicados, 1 respuestas obligatorias que faltan, 2 valores atípicos, 3 puntos GPS, 4 duraciones y fechas, 5 respuestas 'otro (especifique)', 6 nombres administrativos escritos; p. ej., CHECKS=0,1,3.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="90" />
      <source>Who made the map, printed with the date and written in the PDF's properties, e.g. your organisation. Default CartONG.</source>
      <translation>Quién hizo el mapa, impreso con la fecha y escrito en las propiedades del PDF, p. ej., su organización. Predeterminado: CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="79" />
      <source>With the XLSForm, answers of cascading selects outside their cascade are flagged too: an admin2 whose choice row names another admin1 than the one answered (the choice_filter admin1=${admin1}).</source>
      <translation>Con el XLSForm, también se señalan las respuestas de selecciones en cascada fuera de su cascada: un admin2 cuya fila de opciones nombra otro admin1 que el respondido (el choice_filter admin1=${admin1}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="130" />
      <source>With the atlas: one PDF per area instead of one file, each named after the P-code and the name of its area, in a folder named after the map file (map.pdf gives the folder map).</source>
      <translation>Con el atlas: un PDF por unidad administrativa en lugar de un solo archivo, cada uno con el nombre del P-code y el nombre de su unidad, en una carpeta con el nombre del archivo del mapa (map.pdf da la carpeta map).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="134" />
      <source>With the atlas: the field holding the P-codes that name and order its pages, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>Con el atlas: el campo que contiene los P-codes que nombran y ordenan sus páginas, p. ej., adm2_pcode. Predeterminado: adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="45" />
      <source>With the replacement: replace the schema even when it holds another survey (another form id) or decisions saved there that this GeoPackage does not hold. They are lost: bring them back to a GeoPackage first.</source>
      <translation>Con el reemplazo: reemplazar el esquema incluso si contiene otra encuesta (otro ID de formulario) o decisiones guardadas allí que este GeoPackage no contiene. Se pierden: devuélvalas primero a un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="92" />
      <source>Without a connection the map keeps the light offline background (Natural Earth).</source>
      <translation>Sin conexión, el mapa mantiene el fondo ligero sin conexión (Natural Earth).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="71" />
      <source>Without a desktop: the email the password above belongs to (empty: it is an app-user token)</source>
      <translation>Sin escritorio: el correo electrónico al que pertenece la contraseña anterior (vacío: es un token de usuario móvil)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="46" />
      <source>Without a desktop: where the API token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>Sin escritorio: dónde está el token de la API, env:VARIABLE o file:RUTA (se usa cuando no se elige ninguna configuración de autenticación)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="61" />
      <source>Without a desktop: where the password or app-user token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>Sin escritorio: dónde está la contraseña o el token de usuario móvil, env:VARIABLE o file:RUTA (se usa cuando no se elige ninguna configuración de autenticación)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="49" />
      <source>Without admin boundaries: a rectangle the points must be in, e.g. the country, 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Points outside are flagged.</source>
      <translation>Sin límites administrativos: un rectángulo en el que deben estar los puntos, p. ej., el país, 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Los puntos fuera de él se señalan.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="226" />
      <source>Without the QGIS window: {command}</source>
      <translation>Sin la ventana de QGIS: {command}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="265" />
      <source>Worst acceptable GPS precision</source>
      <translation>Peor precisión GPS aceptable</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="179" />
      <source>Worst acceptable GPS precision (metres)</source>
      <translation>Peor precisión GPS aceptable (metros)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="78" />
      <source>Write only counts by {column}, hiding counts below {k} (and other counts that would reveal them); no individual record is shared.</source>
      <translation>Escribir solo recuentos por {column}, ocultando los recuentos inferiores a {k} (y los demás recuentos que permitirían deducirlos); no se comparte ningún registro individual.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="146" />
      <source>Write the admin names (field below) where they fit</source>
      <translation>Escribir los nombres de las unidades administrativas (campo de abajo) donde quepan</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="148" />
      <source>Write the area names where they fit</source>
      <translation>Escribir los nombres de las unidades donde quepan</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="136" />
      <source>Write the log to XLSX or CSV for field teams</source>
      <translation>Escribir el registro en XLSX o CSV para los equipos de campo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="65" />
      <source>Write the map as a PDF ready to print or share.</source>
      <translation>Guardar el mapa en PDF, listo para imprimir o compartir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="39" />
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. Submissions whose consent was refused are left out, and so are the rows of repeat tables that belong to them. A KoboToolbox validation status keeps the status, not who validated. A layer with a filter shares only the submissions it shows, and says so. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation>Escribe una copia de una capa de encuesta más segura para compartir (GeoPackage o CSV). Las columnas elegidas se eliminan o se sustituyen por seudónimos (un hash con clave; la clave permanece en el gestor de autenticación de QGIS). Las columnas que probablemente contienen datos personales de riesgo alto (nombres, números de teléfono...) se eliminan salvo que elija seudonimizarlas o conservarlas (KEEP_FIELDS, anotado en el README). Como en el asistente, las columnas que identifican al personal, dispositivos, cuentas o documentos se seudonimizan salvo que elija otra cosa; cuando no se puede abrir ninguna clave (una ejecución sin la ventana de QGIS y sin KEY_SOURCE), se eliminan en su lugar. Se eliminan los enlaces y los nombres de los adjuntos. Los puntos se desplazan al azar entre una distancia mínima y una máxima, se ajustan a una cuadrícula, se eliminan, o se sustituyen por recuentos por unidad administrativa en los que se ocultan los recuentos inferiores a k, junto con otros recuentos ocultos para que ninguno pueda deducirse de los totales. Las columnas que repiten la ubicación exacta se eliminan siempre que se protegen los puntos. Las combinaciones raras de las columnas que un tercero podría conocer (zona, sexo, edad, tamaño del hogar...) se vacían hasta que cada una la comparten k filas. Los envíos cuyo consentimiento se rechazó se excluyen, así como las filas de las tablas de repetición que les pertenecen. Un estado de validación de KoboToolbox conserva el estado, no quién validó. Una capa con un filtro solo comparte los envíos que muestra, y lo indica. Lo realizado se registra en la tabla cartong_protection y en un README en inglés y francés junto al archivo.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Escribe una copia de una capa de encuesta más segura para compartir (GeoPackage o CSV). Las columnas elegidas se eliminan o se sustituyen por seudónimos (un hash con clave; la clave permanece en el gestor de autenticación de QGIS). Las columnas que probablemente contienen datos personales de riesgo alto (nombres, números de teléfono...) se eliminan salvo que elija seudonimizarlas o conservarlas (KEEP_FIELDS, anotado en el README). Como en el asistente, las columnas que identifican al personal, dispositivos, cuentas o documentos se seudonimizan salvo que elija otra cosa; cuando no se puede abrir ninguna clave (una ejecución sin la ventana de QGIS y sin KEY_SOURCE), se eliminan en su lugar. Se eliminan los enlaces y los nombres de los adjuntos. Los puntos se desplazan al azar entre una distancia mínima y una máxima, se ajustan a una cuadrícula, se eliminan, o se sustituyen por recuentos por unidad administrativa en los que se ocultan los recuentos inferiores a k, junto con otros recuentos ocultos para que ninguno pueda deducirse de los totales. Las columnas que repiten la ubicación exacta se eliminan siempre que se protegen los puntos. Las combinaciones raras de las columnas que un tercero podría conocer (zona, sexo, edad, tamaño del hogar...) se vacían hasta que cada una la comparten k filas. Lo realizado se registra en la tabla cartong_protection y en un README en inglés y francés junto al archivo.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Escribe una copia de una capa de encuesta más segura para compartir (GeoPackage o CSV). Las columnas elegidas se eliminan o se sustituyen por seudónimos (un hash con clave; la clave permanece en el gestor de autenticación de QGIS). Las columnas que probablemente contienen datos personales de riesgo alto (nombres, números de teléfono...) se eliminan salvo que elija seudonimizarlas o conservarlas (KEEP_FIELDS, anotado en el README). Se eliminan los enlaces y los nombres de los adjuntos. Los puntos se desplazan al azar entre una distancia mínima y una máxima, se ajustan a una cuadrícula, se eliminan, o se sustituyen por recuentos por unidad administrativa en los que se ocultan los recuentos inferiores a k, junto con otros recuentos ocultos para que ninguno pueda deducirse de los totales. Las columnas que repiten la ubicación exacta se eliminan siempre que se protegen los puntos. Las combinaciones raras de las columnas que un tercero podría conocer (zona, sexo, edad, tamaño del hogar...) se vacían hasta que cada una la comparten k filas. Lo realizado se registra en la tabla cartong_protection y en un README en inglés y francés junto al archivo.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Escribe una copia de una capa de encuesta más segura para compartir (GeoPackage o CSV). Las columnas elegidas se eliminan o se reemplazan por seudónimos (un hash con clave; la clave permanece en el gestor de autenticación de QGIS). Se eliminan los enlaces y los nombres de archivos adjuntos. Los puntos se desplazan al azar entre una distancia mínima y una máxima, se ajustan a una cuadrícula, se eliminan, o se reemplazan por recuentos por unidad administrativa en los que se ocultan los recuentos inferiores a k, junto con otros recuentos para que ninguno pueda deducirse de los totales. Las columnas que repiten la posición exacta se eliminan siempre que se protegen los puntos. Las combinaciones raras de las columnas que una persona externa podría conocer (zona, sexo, edad, tamaño del hogar…) se borran hasta que cada una sea compartida por al menos k filas. Lo que se hizo queda registrado en la tabla cartong_protection y en un README en inglés y en francés junto al archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="24" />
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with three more columns, log_id, version and as_exported: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile; as_exported tells the rows you edited from the ones you only read.</source>
      <translation>Escribe el registro de limpieza de una encuesta compartida en PostgreSQL, con las decisiones de todos, en una hoja CSV o XLSX con tres columnas más, log_id, version y as_exported: rellene change_type, new_value y explanation y luego guárdelas con 'Guardar las decisiones de revisión'. La versión permite a la base de datos rechazar una decisión sobre una fila que otra persona decidió entretanto; as_exported distingue las filas que usted editó de las que solo leyó.</translation>
    </message>
    <message>
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with two more columns, log_id and version: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile.</source>
      <translation type="vanished">Escribe el registro de limpieza de una encuesta compartida en PostgreSQL, con las decisiones de todos, en una hoja CSV o XLSX con dos columnas más, log_id y version: rellene change_type, new_value y explanation y luego guárdelas con 'Guardar las decisiones de revisión'. La versión permite a la base de datos rechazar una decisión sobre una fila que otra persona decidió entretanto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="20" />
      <source>Writes the survey of a PostgreSQL schema (shared with 'Share a survey in PostgreSQL') to a GeoPackage with the same tables, names and values, the cleaning log with everyone's decisions included, read from one consistent snapshot while others keep working. The file is written to a temporary name and renamed when complete. Works offline afterwards, and with every other algorithm of the toolkit.</source>
      <translation>Escribe la encuesta de un esquema de PostgreSQL (compartida con 'Compartir una encuesta en PostgreSQL') en un GeoPackage con las mismas tablas, nombres y valores, y el registro de limpieza con las decisiones de todos, leídos de una instantánea coherente mientras los demás siguen trabajando. El archivo se escribe con un nombre temporal y se renombra cuando está completo. Funciona sin conexión después, y con todos los demás algoritmos del complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="360" />
      <source>Writing the protected copy.</source>
      <translation>Escribiendo la copia protegida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="424" />
      <source>Writing {records} submissions into {file}…</source>
      <translation>Escribiendo {records} envíos en {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>XLSForm</source>
      <translation>XLSForm</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="161" />
      <source>XLSForm (*.xlsx *.XLSX *.xls *.XLS);;All files (*)</source>
      <translation>XLSForm (*.xlsx *.XLSX *.xls *.XLS);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>XLSForm (*.xlsx)</source>
      <translation type="vanished">XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="72" />
      <source>XLSForm (optional)</source>
      <translation>XLSForm (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="242" />
      <source>XLSForm (optional: adds constraints and required flags)</source>
      <translation>XLSForm (opcional: añade las restricciones y las preguntas obligatorias)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="54" />
      <source>XLSForm of the form (optional: adds constraints and required flags)</source>
      <translation>XLSForm del formulario (opcional: añade las restricciones y las preguntas obligatorias)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="46" />
      <source>XLSForm of the survey (optional)</source>
      <translation>XLSForm de la encuesta (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="167" />
      <source>You may read the survey {schema} but not write tables there: only its owner may store the cleaned layer in the database. Choose a file for the cleaned survey instead. ({reason})</source>
      <translation>Puede leer la encuesta {schema} pero no escribir tablas en ella: solo su propietario puede guardar la capa limpia en la base de datos. Elija en su lugar un archivo para la encuesta limpia. ({reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="280" />
      <source>Your KoboToolbox username and password are used once to fetch your API token; only the token is kept.</source>
      <translation>Su nombre de usuario y su contraseña de KoboToolbox se usan una sola vez para obtener su token de API; solo se guarda el token.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="68" />
      <source>Your name, written in the 'who' column of the rows you edit</source>
      <translation>Su nombre, escrito en la columna «who» de las filas que modifica</translation>
    </message>
    <message>
      <source>Zip to copy: {zip} ({size:.1f} MB, {files} files).</source>
      <translation type="vanished">Zip que copiar: {zip} ({size:.1f} MB, {files} archivos).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="361" />
      <source>Zip to copy: {zip} ({size} MB, %n files).</source>
      <translation>
        <numerusform>Zip que copiar: {zip} ({size} MB, %n archivo).</numerusform>
        <numerusform>Zip que copiar: {zip} ({size} MB, %n archivos).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="306" />
      <source>a 7-Zip archive</source>
      <translation>un archivo 7-Zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="302" />
      <source>a GIF image</source>
      <translation>una imagen GIF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="301" />
      <source>a JPEG photo</source>
      <translation>una foto JPEG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="40" />
      <source>a KoboToolbox, ODK Central or ONA export (CSV, XLSX, zip or GeoJSON) and, best, its XLSForm.</source>
      <translation>una exportación de KoboToolbox, ODK Central u ONA (CSV, XLSX, zip o GeoJSON) y, mejor, su XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="299" />
      <source>a PDF document</source>
      <translation>un documento PDF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="300" />
      <source>a PNG image</source>
      <translation>una imagen PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="170" />
      <source>a PostgreSQL connection and the schema of a shared survey.</source>
      <translation>una conexión PostgreSQL y el esquema de una encuesta compartida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="188" />
      <source>a PostgreSQL connection, the schema of a shared survey and a review sheet with your decisions.</source>
      <translation>una conexión PostgreSQL, el esquema de una encuesta compartida y una hoja de revisión con sus decisiones.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="305" />
      <source>a RAR archive</source>
      <translation>un archivo RAR</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="303" />
      <source>a SQLite database (a GeoPackage?)</source>
      <translation>una base de datos SQLite (¿un GeoPackage?)</translation>
    </message>
    <message>
      <source>a change_response needs a question</source>
      <translation type="vanished">un change_response necesita una pregunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="141" />
      <source>a character that is not part of a token ({char})</source>
      <translation>un carácter que no forma parte de un token ({char})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="89" />
      <source>a cleaned copy of the survey; the numbers of values changed, submissions removed and log rows still pending.</source>
      <translation>una copia limpia de la encuesta; los números de valores cambiados, envíos eliminados y filas del registro aún pendientes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="139" />
      <source>a control character (such as a tab)</source>
      <translation>un carácter de control (como una tabulación)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="304" />
      <source>a gzip-compressed file</source>
      <translation>un archivo comprimido con gzip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="137" />
      <source>a line break</source>
      <translation>un salto de línea</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="162" />
      <source>a new schema with every table of the survey, and its reviewer and viewer roles for the administrator to grant; the number of rows copied.</source>
      <translation>un esquema nuevo con cada tabla de la encuesta, y sus roles de revisor y de lector que el administrador debe conceder; el número de filas copiadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="142" />
      <source>a package folder and its zip with the project, data, basemap, offline help and a manifest of every file.</source>
      <translation>una carpeta de paquete y su zip con el proyecto, los datos, el mapa de fondo, la ayuda sin conexión y un manifiesto de cada archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="111" />
      <source>a print-ready map in PDF, PNG or SVG, or an atlas with a page or a file per area.</source>
      <translation>un mapa listo para imprimir en PDF, PNG o SVG, o un atlas con una página o un archivo por unidad administrativa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="127" />
      <source>a protected copy (GeoPackage or CSV) with a README in English and French saying what was done.</source>
      <translation>una copia protegida (GeoPackage o CSV) con un README en inglés y francés que indica lo que se hizo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="180" />
      <source>a review sheet (XLSX or CSV) of the shared cleaning log, with its log_id and version columns; the number of log rows.</source>
      <translation>una hoja de revisión (XLSX o CSV) del registro de limpieza compartido, con sus columnas log_id y version; el número de filas del registro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="450" />
      <source>a row has more fields than the header</source>
      <translation>una fila tiene más campos que el encabezado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="173" />
      <source>a row was refused</source>
      <translation>se rechazó una fila</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="236" />
      <source>a run without the QGIS window cannot open your default key</source>
      <translation>una ejecución sin la ventana de QGIS no puede abrir su clave predeterminada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="161" />
      <source>a survey GeoPackage and a PostgreSQL connection (with PostGIS) where you may create schemas.</source>
      <translation>un GeoPackage de encuesta y una conexión PostgreSQL (con PostGIS) donde pueda crear esquemas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="54" />
      <source>a survey GeoPackage as the import writes it, extended with Update; the numbers of new and of all submissions and of attachments.</source>
      <translation>un GeoPackage de encuesta como lo escribe la importación, ampliado con Actualización; los números de envíos nuevos y de todos los envíos, y de archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="171" />
      <source>a survey GeoPackage with the same tables, the cleaning log with everyone's decisions included; the number of rows copied.</source>
      <translation>un GeoPackage de encuesta con las mismas tablas, incluido el registro de limpieza con las decisiones de todos; el número de filas copiadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="41" />
      <source>a survey GeoPackage: the raw table as received, the typed layer 'survey', repeat tables; the number of submissions imported and of those without location, and the columns likely holding personal data at high risk.</source>
      <translation>un GeoPackage de encuesta: la tabla bruta tal como se recibió, la capa tipada 'survey', las tablas de repetición; el número de envíos importados y de los que no tienen ubicación, y las columnas que probablemente contienen datos personales de riesgo alto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="85" />
      <source>a survey layer and its cleaning log with the decisions taken (the table in its GeoPackage, or an edited XLSX or CSV).</source>
      <translation>una capa de encuesta y su registro de limpieza con las decisiones tomadas (la tabla de su GeoPackage, o un XLSX o CSV editado).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="117" />
      <source>a survey layer and, best, its XLSForm.</source>
      <translation>una capa de encuesta y, mejor, su XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="75" />
      <source>a survey layer with its _uuid column, best with its XLSForm and the admin boundaries.</source>
      <translation>una capa de encuesta con su columna _uuid, mejor con su XLSForm y los límites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="126" />
      <source>a survey layer, the columns to remove or pseudonymise, and how to protect the locations.</source>
      <translation>una capa de encuesta, las columnas que eliminar o seudonimizar, y cómo proteger las ubicaciones.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="118" />
      <source>a table of the columns likely holding personal data, with their risk, the reason and a suggested protection; the numbers at high, medium and low risk.</source>
      <translation>una tabla de las columnas que probablemente contienen datos personales, con su riesgo, el motivo y una protección sugerida; los números de riesgo alto, medio y bajo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="309" />
      <source>a web page (HTML), perhaps a login or error page saved instead of the data</source>
      <translation>una página web (HTML), quizá una página de inicio de sesión o de error guardada en lugar de los datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="166" />
      <source>a web page came instead, a login page perhaps</source>
      <translation>llegó una página web en su lugar, quizá una página de inicio de sesión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="298" />
      <source>a workbook protected by a password</source>
      <translation>un libro protegido con una contraseña</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="296" />
      <source>a zip archive</source>
      <translation>un archivo zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="291" />
      <source>a {change_type} needs a question</source>
      <translation>un {change_type} necesita una pregunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="68" />
      <source>accuracy</source>
      <translation>precisión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="109" />
      <source>adding the new submissions to PostgreSQL</source>
      <translation>añadir los nuevos envíos a PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="95" />
      <source>adding the new submissions to {schema}</source>
      <translation>añadir los nuevos envíos a {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="107" />
      <source>admin areas with a value to map (the output of 'Count submissions by admin area'), and optionally the survey points and the boundaries of the level above.</source>
      <translation>unidades administrativas con un valor que cartografiar (el resultado de «Contar los envíos por unidad administrativa») y, opcionalmente, los puntos de la encuesta y los límites del nivel superior.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="117" />
      <source>admin boundaries ({files})</source>
      <translation>límites administrativos ({files})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="157" />
      <source>admin code</source>
      <translation>código administrativo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="129" />
      <source>admin name</source>
      <translation>nombre de la unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="212" />
      <source>admin name ambiguous</source>
      <translation>nombre de unidad administrativa ambiguo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="230" />
      <source>admin name and P-code disagree</source>
      <translation>nombre de unidad administrativa y P-code no coinciden</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="202" />
      <source>admin name misspelt</source>
      <translation>nombre de unidad administrativa mal escrito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="221" />
      <source>admin name not found</source>
      <translation>nombre de unidad administrativa no encontrado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="67" />
      <source>altitude</source>
      <translation>altitud</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="60" />
      <source>an Excel workbook: no separator needed</source>
      <translation>un libro de Excel: no se necesita separador</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="133" />
      <source>an MBTiles file that QGIS and QField open without network, or a vector background when no tile can be made; the numbers of tiles estimated and written.</source>
      <translation>un archivo MBTiles que QGIS y QField abren sin red, o un fondo vectorial cuando no se puede crear ninguna tesela; los números de teselas estimadas y escritas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="310" />
      <source>an XML file</source>
      <translation>un archivo XML</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="297" />
      <source>an old Excel .xls file (or another Office 97-2003 document)</source>
      <translation>un antiguo archivo de Excel .xls (u otro documento de Office 97-2003)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="62" />
      <source>an unknown form</source>
      <translation>un formulario desconocido</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>and</source>
      <translation>y</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="179" />
      <source>and {count} more</source>
      <translation>y {count} más</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="401" />
      <source>answer cut short</source>
      <translation>respuesta cortada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="392" />
      <source>answer not compressed as announced</source>
      <translation>respuesta no comprimida como se anunció</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="111" />
      <source>answer outside its cascade</source>
      <translation>respuesta fuera de su cascada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="372" />
      <source>answer too slow</source>
      <translation>respuesta demasiado lenta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>answers of</source>
      <translation>respuestas de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="318" />
      <source>attachment {name}</source>
      <translation>el archivo adjunto {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="113" />
      <source>basemap Natural Earth</source>
      <translation>fondo de mapa Natural Earth</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>between</source>
      <translation>entre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="85" />
      <source>cells of</source>
      <translation>celdas de</translation>
    </message>
    <message>
      <source>change_type</source>
      <translation type="vanished">tipo de cambio (change_type)</translation>
    </message>
    <message>
      <source>check_id</source>
      <translation type="vanished">verificación (check_id)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="105" />
      <source>choropleth (default): areas coloured by classes of the value; circles: one circle per area, its size following the value, better for counts; heatmap: density of the survey points (needs the points).</source>
      <translation>choropleth (predeterminado): unidades administrativas coloreadas por clases del valor; circles: un círculo por unidad, cuyo tamaño sigue al valor, mejor para recuentos; heatmap (mapa de calor): densidad de los puntos de la encuesta (necesita los puntos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>column</source>
      <translation>columna</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="312" />
      <source>columns added: {names}</source>
      <translation>columnas añadidas: {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="314" />
      <source>columns missing: {names}</source>
      <translation>columnas que faltan: {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="57" />
      <source>commas (,)</source>
      <translation>comas (,)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="173" />
      <source>connecting</source>
      <translation>conectando</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="118" />
      <source>consent refused</source>
      <translation>consentimiento rechazado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="48" />
      <source>coordinate</source>
      <translation>coordenada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="296" />
      <source>copying the survey to PostgreSQL</source>
      <translation>copiando la encuesta a PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="376" />
      <source>copying the survey to a GeoPackage</source>
      <translation>copiando la encuesta a un GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="113" />
      <source>copying the table {table}</source>
      <translation>copiando la tabla {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="306" />
      <source>creating the schema {schema}</source>
      <translation>creando el esquema {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="40" />
      <source>date</source>
      <translation>fecha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="41" />
      <source>date and time</source>
      <translation>fecha y hora</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="204" />
      <source>date-times (ISO 8601)</source>
      <translation>fechas y horas (ISO 8601)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates</source>
      <translation>fechas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="191" />
      <source>dates (YYYY-MM-DD)</source>
      <translation>fechas (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates and times</source>
      <translation>fechas y horas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="19" />
      <source>dates of birth</source>
      <translation>fechas de nacimiento</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="39" />
      <source>decimal number</source>
      <translation>número decimal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="20" />
      <source>device or account identifiers</source>
      <translation>identificadores de dispositivo o de cuenta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="150" />
      <source>duplicated answers</source>
      <translation>respuestas duplicadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="103" />
      <source>duplicated key fields</source>
      <translation>campos clave duplicados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="65" />
      <source>duplicated uuid</source>
      <translation>uuid duplicado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="14" />
      <source>e-mail addresses</source>
      <translation>direcciones de correo electrónico</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="245" />
      <source>e.g. 10, 20, 50</source>
      <translation>p. ej. 10, 20, 50</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="69" />
      <source>e.g. Household survey, March 2026</source>
      <translation>p. ej. Encuesta de hogares, marzo de 2026</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="71" />
      <source>e.g. household survey (partner), boundaries OCHA COD-AB</source>
      <translation>p. ej. encuesta de hogares (socio), límites OCHA COD-AB</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="254" />
      <source>empty</source>
      <translation>vacío</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation type="vanished">explicación (explanation)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="87" />
      <source>feature {fid}</source>
      <translation>entidad {fid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="61" />
      <source>form {form} of project {project} on {server}</source>
      <translation>formulario {form} del proyecto {project} en {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="59" />
      <source>form {form} on {server}</source>
      <translation>formulario {form} en {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="194" />
      <source>form {id}</source>
      <translation>el formulario {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="150" />
      <source>form {uid}</source>
      <translation>el formulario {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="21" />
      <source>free text, which may name or describe people</source>
      <translation>texto libre, que puede nombrar o describir a personas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="49" />
      <source>geometry (WKT)</source>
      <translation>geometría (WKT)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="129" />
      <source>granting the survey roles</source>
      <translation>otorgando los roles de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="15" />
      <source>home addresses</source>
      <translation>direcciones de domicilio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="85" />
      <source>https://your.server.org</source>
      <translation>https://su.servidor.org</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="13" />
      <source>identity or registration numbers</source>
      <translation>números de identidad o de registro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="147" />
      <source>impossible coordinates</source>
      <translation>coordenadas imposibles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="65" />
      <source>interview ends before it starts</source>
      <translation>entrevista que termina antes de empezar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="102" />
      <source>interview outside the data collection period</source>
      <translation>entrevista fuera del período de recolección de datos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="85" />
      <source>interview too long</source>
      <translation>entrevista demasiado larga</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="75" />
      <source>interview too short</source>
      <translation>entrevista demasiado corta</translation>
    </message>
    <message>
      <source>issue</source>
      <translation type="vanished">problema (issue)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="57" />
      <source>it has an absolute path</source>
      <translation>tiene una ruta absoluta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="62" />
      <source>it is a symbolic link</source>
      <translation>es un enlace simbólico</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="156" />
      <source>it is not UTF-8 text.</source>
      <translation>no es texto UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="129" />
      <source>it is not a number</source>
      <translation>no es un número</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="151" />
      <source>it is not valid JSON at line {line}, column {column} ({reason}).</source>
      <translation>no es JSON válido en la línea {line}, columna {column} ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="120" />
      <source>it may be {grouped} or {decimal}; write it without a thousands separator, with a point for decimals</source>
      <translation>puede ser {grouped} o {decimal}; escríbalo sin separador de miles, con un punto para los decimales</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="97" />
      <source>its choices are in the form's external choices (itemsets.csv)</source>
      <translation>sus opciones están en las opciones externas del formulario (itemsets.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="92" />
      <source>its choices are in the form's media file {file}</source>
      <translation>sus opciones están en el archivo multimedia del formulario {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="95" />
      <source>its choices are in the form's media file {file}.csv (search())</source>
      <translation>sus opciones están en el archivo multimedia del formulario {file}.csv (search())</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="54" />
      <source>its name contains a NUL character</source>
      <translation>su nombre contiene un carácter NUL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="59" />
      <source>its path climbs out of the folder with '..'</source>
      <translation>su ruta sale de la carpeta con «..»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="399" />
      <source>its rows cannot be matched to the survey's</source>
      <translation>sus filas no se pueden emparejar con las de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="263" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="64" />
      <source>latitude</source>
      <translation>latitud</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="121" />
      <source>latitude and longitude swapped</source>
      <translation>latitud y longitud invertidas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>log id {log_id}</source>
      <translation>id de registro {log_id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="65" />
      <source>longitude</source>
      <translation>longitud</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="38" />
      <source>made from the file name</source>
      <translation>tomado del nombre del archivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="142" />
      <source>many interviews in little time</source>
      <translation>muchas entrevistas en poco tiempo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="472" />
      <source>name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <source>new_value</source>
      <translation type="vanished">valor nuevo (new_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="274" />
      <source>no answer (the connection failed)</source>
      <translation>sin respuesta (la conexión falló)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="74" />
      <source>no choice of the list {list} has a value in a column {column} of the choices sheet</source>
      <translation>ninguna opción de la lista {list} tiene un valor en una columna {column} de la hoja choices</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>no form</source>
      <translation>sin formulario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="62" />
      <source>no layer</source>
      <translation>ninguna capa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="208" />
      <source>no limit</source>
      <translation>sin límite</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="282" />
      <source>no submission has the uuid {uuid}</source>
      <translation>ningún envío tiene el uuid {uuid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="416" />
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <source>none (Excel)</source>
      <translation type="vanished">ninguno (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>none found</source>
      <translation>no se encontró ninguna</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="306" />
      <source>none was given</source>
      <translation>no se indicó ninguna</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="231" />
      <source>not a number</source>
      <translation>no es un número</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="169" />
      <source>not a whole XForm: cut or damaged</source>
      <translation>no es un XForm completo: cortado o dañado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="280" />
      <source>not asked: the server's file storage was failing (see the warning).</source>
      <translation>no se solicitó: el almacenamiento de archivos del servidor estaba fallando (vea la advertencia).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="81" />
      <source>not done</source>
      <translation>no terminado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="78" />
      <source>not needed (Excel)</source>
      <translation>no se necesita (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>numbers</source>
      <translation>números</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="175" />
      <source>numeric question</source>
      <translation>pregunta numérica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="142" />
      <source>offline (default): the countries of Natural Earth bundled with the toolkit, no network needed; osm: OpenStreetMap tiles, credited on the map, only when a connection exists.</source>
      <translation>offline (predeterminado): los países de Natural Earth incluidos en el complemento, sin necesidad de red; osm: teselas de OpenStreetMap, acreditadas en el mapa, solo cuando hay conexión.</translation>
    </message>
    <message>
      <source>old_value</source>
      <translation type="vanished">valor anterior (old_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="42" />
      <source>one choice</source>
      <translation>opción única</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="11" />
      <source>people's names</source>
      <translation>nombres de personas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="12" />
      <source>phone numbers</source>
      <translation>números de teléfono</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="17" />
      <source>photos, recordings, signatures or links to attachments</source>
      <translation>fotos, grabaciones, firmas o enlaces a archivos adjuntos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="312" />
      <source>plain text</source>
      <translation>texto sin formato</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="159" />
      <source>poor GPS precision</source>
      <translation>precisión GPS insuficiente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="16" />
      <source>precise GPS locations of homes or people</source>
      <translation>posiciones GPS precisas de domicilios o personas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="171" />
      <source>question</source>
      <translation>pregunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="85" />
      <source>question {name}</source>
      <translation>pregunta {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="308" />
      <source>random or damaged bytes, in no format the toolkit knows</source>
      <translation>bytes aleatorios o dañados, en ningún formato que conozca el complemento</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="113" />
      <source>reading the cleaning log of {schema}</source>
      <translation>leyendo el registro de limpieza de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="90" />
      <source>reading the form of {schema}</source>
      <translation>leyendo el formulario de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="59" />
      <source>reading the survey schemas of {target}</source>
      <translation>leyendo los esquemas de encuesta de {target}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="373" />
      <source>reading the survey {schema}</source>
      <translation>leyendo la encuesta {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="82" />
      <source>recode other</source>
      <translation>recodificar «otro»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="87" />
      <source>required answer missing</source>
      <translation>falta una respuesta obligatoria</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>row {row}</source>
      <translation>fila {row}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="400" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log</source>
      <translation>fila {row} ({uuid}, {question}, {check}): {here} en el archivo, {there} en el registro de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="398" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log (by {who})</source>
      <translation>fila {row} ({uuid}, {question}, {check}): {here} en el archivo, {there} en el registro de la encuesta (por {who})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="154" />
      <source>saving decisions in the cleaning log of {schema}</source>
      <translation>guardando decisiones en el registro de limpieza de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="56" />
      <source>semicolons (;)</source>
      <translation>punto y coma (;)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="18" />
      <source>sensitive characteristics (ethnicity, religion, health, violence...)</source>
      <translation>características sensibles (etnia, religión, salud, violencia…)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="43" />
      <source>several choices</source>
      <translation>opciones múltiples</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="145" />
      <source>smaller counts are hidden, rarer combinations blanked</source>
      <translation>los recuentos menores se ocultan, las combinaciones más raras se borran</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="308" />
      <source>statistical outlier</source>
      <translation>valor atípico estadístico</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="310" />
      <source>statistical outlier (common value)</source>
      <translation>valor atípico estadístico (valor común)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="309" />
      <source>statistical outlier (mean absolute deviation)</source>
      <translation>valor atípico estadístico (desviación absoluta media)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="154" />
      <source>submission {uuid} of form {id}</source>
      <translation>el envío {uuid} del formulario {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="266" />
      <source>survey (cleaned)</source>
      <translation>encuesta (limpia)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="134" />
      <source>survey ({file})</source>
      <translation>encuesta ({file})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="97" />
      <source>survey submissions (points, or a P-code field) and admin area polygons with P-codes.</source>
      <translation>los envíos de la encuesta (puntos, o un campo P-code) y los polígonos de las unidades administrativas con P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="157" />
      <source>tab</source>
      <translation>tabulación</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="58" />
      <source>tabs</source>
      <translation>tabulaciones</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="37" />
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="66" />
      <source>the API token</source>
      <translation>el token de API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="62" />
      <source>the KoboToolbox API token</source>
      <translation>el token de la API de KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="85" />
      <source>the ODK Central password or app-user token</source>
      <translation>la contraseña de ODK Central o el token de usuario móvil</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="50" />
      <source>the address of a KoboToolbox server, the form's ID and your API token (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>la dirección de un servidor KoboToolbox, el ID del formulario y su token de API (en una configuración de autenticación de QGIS, o indicado por env:/file: sin la ventana de QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="62" />
      <source>the address of an ODK Central server, the project number, the form's ID and your login (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>la dirección de un servidor ODK Central, el número del proyecto, el ID del formulario y su inicio de sesión (en una configuración de autenticación de QGIS, o indicado por env:/file: sin la ventana de QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="132" />
      <source>the address of an XYZ or WMS basemap, an area and zoom levels.</source>
      <translation>la dirección de un mapa de fondo XYZ o WMS, una zona y niveles de zoom.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="98" />
      <source>the admin areas with the number of submissions, or the share of an answer, or the mean or median of a number, each area below the threshold marked 'insufficient'.</source>
      <translation>las unidades administrativas con el número de envíos, o la proporción de una respuesta, o la media o la mediana de un número, cada unidad por debajo del umbral marcada 'insufficient'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="441" />
      <source>the attachments of {id}</source>
      <translation>los archivos adjuntos de {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="148" />
      <source>the cell {cell} ({column}) holds a formula with no saved result: open the file in Excel or LibreOffice and save it, or type the value</source>
      <translation>la celda {cell} ({column}) contiene una fórmula sin resultado guardado: abra el archivo en Excel o LibreOffice y guárdelo, o escriba el valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="134" />
      <source>the column holds whole numbers</source>
      <translation>la columna contiene números enteros</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="264" />
      <source>the column {column} of {table}</source>
      <translation>la columna {column} de {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="255" />
      <source>the current project (never saved)</source>
      <translation>el proyecto actual (nunca guardado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="303" />
      <source>the data has no question {question}</source>
      <translation>los datos no tienen la pregunta {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="189" />
      <source>the decisions saved in the shared cleaning log, with who and when; the numbers saved, refused (someone decided first) and unchanged.</source>
      <translation>las decisiones guardadas en el registro de limpieza compartido, con quién y cuándo; los números de guardadas, rechazadas (otra persona decidió antes) y sin cambios.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="344" />
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="100" />
      <source>the exact location of each submission</source>
      <translation>la posición exacta de cada envío</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="275" />
      <source>the file cannot be opened for writing</source>
      <translation>el archivo no se puede abrir para escritura</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="106" />
      <source>the form has no choice list '{list}'</source>
      <translation>el formulario no tiene la lista de opciones «{list}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="103" />
      <source>the form has no choice list '{list}' (it has '{other}': check the spelling)</source>
      <translation>el formulario no tiene la lista de opciones «{list}» (tiene «{other}»: verifique la ortografía)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="70" />
      <source>the form has no question {name}</source>
      <translation>el formulario no tiene ninguna pregunta {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="72" />
      <source>the form has several questions {name}</source>
      <translation>el formulario tiene varias preguntas {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="167" />
      <source>the forms of project {id}</source>
      <translation>los formularios del proyecto {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="129" />
      <source>the list of forms</source>
      <translation>la lista de formularios</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="160" />
      <source>the list of projects</source>
      <translation>la lista de proyectos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="125" />
      <source>the list of submissions of form {id}</source>
      <translation>la lista de envíos del formulario {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_index.py" line="35" />
      <source>the list of submissions of form {uid}</source>
      <translation>la lista de envíos del formulario {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="128" />
      <source>the login</source>
      <translation>el inicio de sesión</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="22" />
      <source>the names of survey staff</source>
      <translation>los nombres del personal de la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="104" />
      <source>the new uuid {uuid} is the uuid of another submission ({ids}): it would be there twice</source>
      <translation>el nuevo uuid {uuid} es el uuid de otro envío ({ids}): aparecería dos veces</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="151" />
      <source>the office GeoPackage with the new submissions, the values edited and repeat rows added by the field team and the cleaning decisions merged, and a CSV of the conflicts and of the field changes not merged, such as rows deleted in the field (the office kept its values and rows).</source>
      <translation>el GeoPackage de la oficina con los envíos nuevos, los valores editados y las filas de repetición añadidas por el equipo de campo y las decisiones de limpieza fusionados, y un CSV de los conflictos y de los cambios de campo no fusionados, como las filas eliminadas en el campo (la oficina conservó sus valores y sus filas).</translation>
    </message>
    <message>
      <source>the office GeoPackage with the new submissions, the values edited by the field team and the cleaning decisions merged, and a CSV of the conflicts (office values kept).</source>
      <translation type="vanished">el GeoPackage de la oficina con los envíos nuevos, los valores editados por el equipo de campo y las decisiones de limpieza fusionados, y un CSV de los conflictos (se conservan los valores de la oficina).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="150" />
      <source>the package a field team brought back and the office survey GeoPackage.</source>
      <translation>el paquete que trajo un equipo de campo y el GeoPackage de la encuesta de la oficina.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="23" />
      <source>the place where people live, identifying in small places</source>
      <translation>el lugar donde viven las personas, que las identifica en localidades pequeñas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="67" />
      <source>the pseudonymisation key</source>
      <translation>la clave de seudonimización</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="84" />
      <source>the question {parent} it names has no column in the layer</source>
      <translation>la pregunta {parent} que nombra no tiene columna en la capa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="79" />
      <source>the question {parent} it names is in the repeat group {repeat}</source>
      <translation>la pregunta {parent} que nombra está en el grupo repetido {repeat}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="99" />
      <source>the raw tables ({tables})</source>
      <translation>las tablas brutas ({tables})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="208" />
      <source>the requested page</source>
      <translation>la página solicitada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="316" />
      <source>the same columns in another order</source>
      <translation>las mismas columnas en otro orden</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="77" />
      <source>the submission names this file, but the server listed no attachment of that name.</source>
      <translation>el envío nombra este archivo, pero el servidor no listó ningún adjunto con ese nombre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="371" />
      <source>the submissions of form {id}</source>
      <translation>los envíos del formulario {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="180" />
      <source>the submissions of form {uid}</source>
      <translation>los envíos del formulario {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="76" />
      <source>the survey</source>
      <translation>la encuesta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="141" />
      <source>the survey GeoPackages, admin boundaries and, optionally, a basemap source for the area.</source>
      <translation>los GeoPackages de encuesta, los límites administrativos y, opcionalmente, una fuente de mapa de fondo para la zona.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="76" />
      <source>the table 'cleaning_log' (one row per value to review) in the survey's GeoPackage, optionally an Excel or CSV copy for field teams, and the number of rows raised by each check.</source>
      <translation>la tabla 'cleaning_log' (una fila por valor que revisar) en el GeoPackage de la encuesta, opcionalmente una copia Excel o CSV para los equipos de campo, y el número de filas generadas por cada verificación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="262" />
      <source>the table {table}</source>
      <translation>la tabla {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="276" />
      <source>the uuid is empty</source>
      <translation>el uuid está vacío</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="208" />
      <source>times in milliseconds since 1970</source>
      <translation>marcas de tiempo en milisegundos desde 1970</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="224" />
      <source>to</source>
      <translation>a</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="227" />
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>uuid</source>
      <translation type="vanished">uuid</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="50" />
      <source>value outside the form's constraint</source>
      <translation>valor fuera de la restricción del formulario</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="59" />
      <source>vertical bars (|)</source>
      <translation>barras verticales (|)</translation>
    </message>
    <message>
      <source>when</source>
      <translation type="vanished">cuándo (when)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="181" />
      <source>where its GPS point falls</source>
      <translation>donde cae su punto GPS</translation>
    </message>
    <message>
      <source>who</source>
      <translation type="vanished">quién (who)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="38" />
      <source>whole number</source>
      <translation>número entero</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>whole numbers</source>
      <translation>números enteros</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="183" />
      <source>whose P-code it gives</source>
      <translation>cuyo P-code indica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="145" />
      <source>write TRUE or FALSE</source>
      <translation>escriba TRUE o FALSE</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="181" />
      <source>write the date and time as YYYY-MM-DDTHH:MM:SS</source>
      <translation>escriba la fecha y la hora como AAAA-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="169" />
      <source>write the date as YYYY-MM-DD</source>
      <translation>escriba la fecha como AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="143" />
      <source>writing the cleaned layer {table} in {schema}</source>
      <translation>escribiendo la capa limpia {table} en {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="80" />
      <source>writing the cleaning log of {schema}</source>
      <translation>escribir el registro de limpieza de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="44" />
      <source>yes/no (0/1)</source>
      <translation>sí/no (0/1)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_flags.py" line="84" />
      <source>yes/no answers of the choice '{choice}' (1/0, True/False, or its own code or label)</source>
      <translation>respuestas sí/no de la opción «{choice}» (1/0, True/False, o su propio código o etiqueta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="210" />
      <source>{answered} is the P-code of no admin area; the point lies in {found}.</source>
      <translation>{answered} no es el P-code de ninguna unidad administrativa; el punto está en {found}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="169" />
      <source>{areas}: {count}</source>
      <translation>{areas}: {count}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="192" />
      <source>{area} has no boundary (its geometry is empty): no page was made for it.</source>
      <translation>{area} no tiene límite (su geometría está vacía): no se hizo ninguna página para ella.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows pending.</source>
      <translation type="vanished">{changed} valores cambiados, {removed} envíos eliminados, {pending} filas del registro pendientes.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows still pending, {kept} kept as they are.</source>
      <translation type="vanished">{changed} valores cambiados, {removed} envíos eliminados, {pending} filas del registro aún pendientes, {kept} se dejan tal cual.</translation>
    </message>
    <message>
      <source>{changed} values will be changed and {removed} submissions removed; {kept} rows are kept as they are.</source>
      <translation type="vanished">Se cambiarán {changed} valores y se eliminarán {removed} envíos; {kept} filas se conservan tal como están.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="334" />
      <source>{check}: {count} rows ({seconds} s)</source>
      <translation>{check}: {count} filas ({seconds} s)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="27" />
      <source>{code} ({count} areas)</source>
      <translation>{code} ({count} áreas)</translation>
    </message>
    <message>
      <source>{columns} columns; encoding {encoding}; delimiter {delimiter}; location: {location}; repeat tables: {repeats}; form languages: {languages}.</source>
      <translation type="vanished">{columns} columnas; codificación {encoding}; separador {delimiter}; posición: {location}; tablas de repetición: {repeats}; idiomas del formulario: {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="90" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of no choice of the list '{list}': the row cannot be applied to {answer}. Write the change on {answer}, with the choice's name</source>
      <translation>{column} es la etiqueta que la importación deriva de {answer}, y '{label}' no es la etiqueta de ninguna opción de la lista '{list}': la fila no se puede aplicar a {answer}. Escriba el cambio en {answer}, con el nombre de la opción</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="85" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of several choices of the list '{list}' ({codes}): the row cannot tell which one it means. Write the change on {answer}, with the choice's name</source>
      <translation>{column} es la etiqueta que la importación deriva de {answer}, y '{label}' es la etiqueta de varias opciones de la lista '{list}' ({codes}): la fila no permite saber a cuál se refiere. Escriba el cambio en {answer}, con el nombre de la opción</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="283" />
      <source>{column}: {explanation}</source>
      <translation>{column}: {explanation}</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage.</source>
      <translation type="vanished">{count} adjuntos no se pudieron descargar y se omitieron: {files}. Todos los envíos están en el GeoPackage.</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation type="vanished">{count} adjuntos no se pudieron descargar y se omitieron: {files}. Todos los envíos están en el GeoPackage; para obtener los archivos más tarde, vuelva a ejecutar la descarga en este GeoPackage con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas.</translation>
    </message>
    <message>
      <source>{count} decisions of the saved log are kept.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="59" />
      <source>{count} form constraint(s) not checked, their expressions are beyond what the checks read: {questions}. Check these answers by hand.</source>
      <translation>{count} restricción(es) del formulario sin verificar, sus expresiones van más allá de lo que leen las verificaciones: {questions}. Verifique estas respuestas a mano.</translation>
    </message>
    <message>
      <source>{count} forms. Select one, then Next.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="50" />
      <source>{count} of {total} values of "{column}" are KoboToolbox validation statuses naming the account of the person who validated the submission ("by_whom"): a copy for sharing keeps only the status.</source>
      <translation>{count} de {total} valores de «{column}» son estados de validación de KoboToolbox que nombran la cuenta de la persona que validó el envío ("by_whom"): una copia para compartir solo conserva el estado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="35" />
      <source>{count} of {total} values of "{column}" contain names also written in "{source}".</source>
      <translation>{count} de {total} valores de «{column}» contienen nombres escritos también en «{source}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="40" />
      <source>{count} of {total} values of "{column}" contain {what}.</source>
      <translation>{count} de {total} valores de «{column}» contienen {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="45" />
      <source>{count} of {total} values of "{column}" look like {what}.</source>
      <translation>{count} de {total} valores de «{column}» parecen ser {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="135" />
      <source>{count} or more interviews started by the same {by} within {minutes} minutes.</source>
      <translation>{count} entrevistas o más iniciadas por el mismo {by} en menos de {minutes} minutos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="93" />
      <source>{count} problem(s) in the help catalogue; the bundled catalogue is used for the rest. Details: CartONG › Learn › Problems in the help catalogue, or the CartONG log.</source>
      <translation>{count} problema(s) en el catálogo de ayuda; para el resto se usa el catálogo incluido en el complemento. Detalles: CartONG › Aprender › Problemas en el catálogo de ayuda, o el registro de CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="79" />
      <source>{encoding}: check that the text reads correctly</source>
      <translation>{encoding}: verifique que el texto se lee correctamente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="37" />
      <source>{error} The export file {file} may hold decisions of the field teams: it was not replaced. Choose another export file, or move this one away.</source>
      <translation>{error} El archivo de exportación {file} puede contener decisiones de los equipos de campo: no se reemplazó. Elija otro archivo de exportación o mueva este a otro lugar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="64" />
      <source>{file} already exists. Replace it? Everything it holds will be lost. Choose No to keep it, then another name ({free} is free).</source>
      <translation>{file} ya existe. ¿Reemplazarlo? Se perderá todo lo que contiene. Elija No para conservarlo y luego otro nombre ({free} está libre).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="289" />
      <source>{file} already exists: choose "A key file I keep…" to use it, or another name for the new key.</source>
      <translation>{file} ya existe: elija "Un archivo de clave que conservo…" para usarlo, u otro nombre para la clave nueva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/returned_files.py" line="85" />
      <source>{file} appeared in {folder} during the merge (another program writing there, or a file whose name differs only in upper or lower case): nothing was merged, so that no row links to a different file. Run the merge again.</source>
      <translation>{file} apareció en {folder} durante la fusión (otro programa que escribe allí, o un archivo cuyo nombre solo difiere en mayúsculas o minúsculas): no se fusionó nada, para que ninguna fila enlace a un archivo distinto. Vuelva a ejecutar la fusión.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="273" />
      <source>{file} cannot be opened: {error}. Export the data again as a plain zip (no password).</source>
      <translation>No se puede abrir {file}: {error}. Exporte de nuevo los datos como un zip simple (sin contraseña).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="449" />
      <source>{file} cannot be read as CSV: {reason}</source>
      <translation>{file} no se puede leer como CSV: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="61" />
      <source>{file} cannot be read as GeoJSON: {reason}</source>
      <translation>{file} no se puede leer como GeoJSON: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="244" />
      <source>{file} cannot be read as JSON: {reason}</source>
      <translation>{file} no se puede leer como JSON: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="45" />
      <source>{file} cannot be read or written (permission denied). Choose a file or folder you can use.</source>
      <translation>{file} no se puede leer ni escribir (permiso denegado). Elija un archivo o una carpeta que pueda usar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="442" />
      <source>{file} cannot be read: {error}</source>
      <translation>{file} no se puede leer: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="195" />
      <source>{file} cannot be written: the folder {folder} cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>{file} no se puede escribir: no se puede escribir en la carpeta {folder} ({reason}). Elija una carpeta donde pueda escribir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="42" />
      <source>{file} cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a CSV, spreadsheet or shapefile loses them, and a copy shared from it would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>{file} no puede contener la encuesta limpia: solo un GeoPackage conserva tal como están el formulario de la encuesta, sus tablas de repetición y sus fechas y horas (un CSV, una hoja de cálculo o un shapefile los pierde, y una copia compartida a partir de él perdería las protecciones que los leen); elija un archivo GeoPackage (.gpkg) para la encuesta limpia y haga la exportación para compartir a partir de ese archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="140" />
      <source>{file} contains binary data: it is not a CSV text file (it looks like {what}).</source>
      <translation>{file} contiene datos binarios: no es un archivo de texto CSV (parece {what}).</translation>
    </message>
    <message>
      <source>{file} contains binary data: it is not a CSV text file.</source>
      <translation type="vanished">{file} contiene datos binarios: no es un archivo de texto CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_zip.py" line="43" />
      <source>{file} contains no CSV file.</source>
      <translation>{file} no contiene ningún archivo CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="247" />
      <source>{file} could not be extracted ({error}).</source>
      <translation>No se pudo extraer {file} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="102" />
      <source>{file} could not be read as an Excel workbook (.xlsx).</source>
      <translation>No se pudo leer {file} como un libro de Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="300" />
      <source>{file} could not be saved: {error}</source>
      <translation>No se pudo guardar {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="207" />
      <source>{file} could not be written ({error}): check the free disk space and that the folder can be written to.</source>
      <translation>No se pudo escribir {file} ({error}): verifique el espacio libre en disco y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="95" />
      <source>{file} could not be written completely (the file written is damaged or incomplete): nothing was replaced. Check that the disk of {folder} has free space and try again.</source>
      <translation>{file} no se pudo escribir por completo (el archivo escrito está dañado o incompleto): no se reemplazó nada. Verifique que el disco de {folder} tenga espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="216" />
      <source>{file} could not be written completely in the folder {folder} ({reason}). Nothing was written under that name and a previous {file} is unchanged.</source>
      <translation>No se pudo escribir {file} por completo en la carpeta {folder} ({reason}). No se escribió nada con ese nombre y el {file} anterior, si existía, no ha cambiado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="204" />
      <source>{file} could not be written: the disk holding the folder {folder} is full. Nothing was written under that name and a previous {file} is unchanged. Free some space or choose another folder.</source>
      <translation>No se pudo escribir {file}: el disco que contiene la carpeta {folder} está lleno. No se escribió nada con ese nombre y el {file} anterior, si existía, no ha cambiado. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="369" />
      <source>{file} does not match the form {form}: none of its {count} columns is a question of the form. Choose the form this export was downloaded with.</source>
      <translation>{file} no corresponde al formulario {form}: ninguna de sus {count} columnas es una pregunta del formulario. Elija el formulario con el que se descargó esta exportación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="309" />
      <source>{file} has a header row but no data rows.</source>
      <translation>{file} tiene una fila de encabezado pero ninguna fila de datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="65" />
      <source>{file} has its labels in {kept}, a language the form no longer has ({languages}): the new submissions are labelled in {used}, so its label columns mix two languages. Download the survey again without Update to have every label in one language.</source>
      <translation>{file} tiene sus etiquetas en {kept}, un idioma que el formulario ya no tiene ({languages}): los envíos nuevos se etiquetan en {used}, así que sus columnas de etiquetas mezclan dos idiomas. Vuelva a descargar la encuesta sin «Actualizar» para tener todas las etiquetas en un solo idioma.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="52" />
      <source>{file} has its labels in {kept}: an update writes the new submissions' labels in that language too, so that old and new rows match. To have labels in {asked}, download the survey again without Update (or into a new GeoPackage).</source>
      <translation>{file} tiene sus etiquetas en {kept}: una actualización escribe también las etiquetas de los envíos nuevos en ese idioma, para que las filas antiguas y las nuevas coincidan. Para tener las etiquetas en {asked}, vuelva a descargar la encuesta sin «Actualizar» (o en un GeoPackage nuevo).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="89" />
      <source>{file} has labels in {kept}: an update now would add submissions without labels to it, so nothing was changed. Update again once the server gives the form, or give its XLSForm.</source>
      <translation>{file} tiene etiquetas en {kept}: una actualización ahora le añadiría envíos sin etiquetas, así que no se modificó nada. Vuelva a actualizar cuando el servidor proporcione el formulario, o indique su XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="38" />
      <source>{file} has no 'survey' layer to look for personal data in.</source>
      <translation>{file} no tiene la capa «survey» en la que buscar datos personales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="179" />
      <source>{file} has no 'survey' layer: import the survey first.</source>
      <translation>{file} no tiene la capa «survey»: importe primero la encuesta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="233" />
      <source>{file} has no 'survey' sheet: it is not an XLSForm.</source>
      <translation>{file} no tiene la hoja «survey»: no es un XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/extents.py" line="47" />
      <source>{file} has no coordinate reference system, so where its features lie is unknown. Set it in the layer properties (Source), or add the .prj file beside the Shapefile.</source>
      <translation>{file} no tiene sistema de referencia de coordenadas, así que no se sabe dónde están sus entidades. Defínalo en las propiedades de la capa (Fuente), o añada el archivo .prj junto al Shapefile.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="103" />
      <source>{file} has no features.</source>
      <translation>{file} no contiene ninguna entidad.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="40" />
      <source>{file} has no layer '{layer}'.</source>
      <translation>{file} no tiene la capa «{layer}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="450" />
      <source>{file} has no layer of areas (polygons).</source>
      <translation>{file} no tiene ninguna capa de unidades administrativas (polígonos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="303" />
      <source>{file} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
      <translation>{file} no tiene hoja '{sheet}'; sus hojas son: {sheets}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="180" />
      <source>{file} has no sheet with data.</source>
      <translation>{file} no tiene ninguna hoja con datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="250" />
      <source>{file} has no submissions.</source>
      <translation>{file} no tiene envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="420" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit} (the typed table, with a label column beside each select question, would have {typed}). Export fewer questions, or split the export, and import each part.</source>
      <translation>{file} tiene {count} columnas; una tabla GeoPackage admite como máximo {limit} (la tabla tipada, con una columna de etiqueta junto a cada pregunta de selección, tendría {typed}). Exporte menos preguntas, o divida la exportación, e importe cada parte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="218" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit}. Export fewer questions, or split the export, and import each part.</source>
      <translation>{file} tiene {count} columnas; una tabla GeoPackage admite como máximo {limit}. Exporte menos preguntas, o divida la exportación, e importe cada parte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="324" />
      <source>{file} holds a KoboToolbox export imported from a file; an update adds the submissions after its last _id. Make sure it is the same form.</source>
      <translation>{file} contiene una exportación de KoboToolbox importada desde un archivo; una actualización añade los envíos posteriores a su último _id. Asegúrese de que es el mismo formulario.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="335" />
      <source>{file} holds another form ({source}): replace it or choose another file.</source>
      <translation>{file} contiene otro formulario ({source}): reemplácelo o elija otro archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="67" />
      <source>{file} holds only its header row: none of the exported submissions has a row in {table}, which was imported as an empty table with its columns.</source>
      <translation>{file} solo contiene su fila de encabezado: ninguno de los envíos exportados tiene una fila en {table}, que se importó como una tabla vacía con sus columnas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="39" />
      <source>{file} holds the submissions of {held}, not of {given}: an update adds only the new submissions of the form it was downloaded from, so choose that server and form again, or download {given} into a new GeoPackage.</source>
      <translation>{file} contiene los envíos de {held}, no de {given}: una actualización solo añade los envíos nuevos del formulario desde el que se descargó, así que elija de nuevo ese servidor y ese formulario, o descargue {given} en un GeoPackage nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="110" />
      <source>{file} holds {count} files, more than the limit of {limit}: it was not opened.</source>
      <translation>{file} contiene {count} archivos, más que el límite de {limit}: no se abrió.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="162" />
      <source>{file} is JSON but holds no list of submissions (under 'results' for KoboToolbox, 'value' for ODK Central).</source>
      <translation>{file} es JSON pero no contiene ninguna lista de envíos (en 'results' para KoboToolbox, 'value' para ODK Central).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="218" />
      <source>{file} is ODK Central's table of the repeat '{repeat}' saved alone, not the submissions: its {rows} rows are items of {count} submission(s) ({column}). They were imported as the rows of the survey layer; to import the submissions with their repeats, save the Submissions with $expand=* or use Download from a server.</source>
      <translation>{file} es la tabla de la repetición «{repeat}» de ODK Central guardada sola, no los envíos: sus {rows} filas son elementos de envíos (número de envíos: {count}; {column}). Se importaron como las filas de la capa de encuesta; para importar los envíos con sus repeticiones, guarde Submissions con $expand=* o use Descargar desde un servidor.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="282" />
      <source>{file} is UTF-8 except %n lines, written in {encoding} (lines {lines}): only those lines were read as {encoding}, the rest as UTF-8. Check their accents.</source>
      <translation>
        <numerusform>{file} está en UTF-8 salvo %n línea, escrita en {encoding} (línea {lines}): solo esa línea se leyó como {encoding}, el resto como UTF-8. Verifique sus acentos.</numerusform>
        <numerusform>{file} está en UTF-8 salvo %n líneas, escritas en {encoding} (líneas {lines}): solo esas líneas se leyeron como {encoding}, el resto como UTF-8. Verifique sus acentos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="153" />
      <source>{file} is a KoboToolbox form definition, not submissions: download the data (or use Download from a server).</source>
      <translation>{file} es una definición de formulario de KoboToolbox, no envíos: descargue los datos (o use Descargar desde un servidor).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="82" />
      <source>{file} is a folder, not a file: choose a file name for the output, not a folder.</source>
      <translation>{file} es una carpeta, no un archivo: elija un nombre de archivo para la salida, no una carpeta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="124" />
      <source>{file} is a zip or Excel file, not a CSV text file. Choose the .xlsx or .zip import, or export the data again as CSV.</source>
      <translation>{file} es un archivo zip o Excel, no un archivo de texto CSV. Elija la importación .xlsx o .zip, o exporte de nuevo los datos en CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="100" />
      <source>{file} is an old Excel .xls file: export the data again as .xlsx or CSV.</source>
      <translation>{file} es un archivo antiguo de Excel .xls: exporte de nuevo los datos en .xlsx o CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="63" />
      <source>{file} is an old Excel file (.xls), which this QGIS cannot read. Open it in Excel or LibreOffice, save it as .xlsx and choose that file.</source>
      <translation>{file} es un archivo antiguo de Excel (.xls), que esta versión de QGIS no puede leer. Ábralo en Excel o LibreOffice, guárdelo como .xlsx y elija ese archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="102" />
      <source>{file} is damaged or incomplete (perhaps cut short while it was downloaded or copied): it cannot be opened. Download or copy it again.</source>
      <translation>{file} está dañado o incompleto (quizá se cortó al descargarlo o copiarlo): no se puede abrir. Descárguelo o cópielo de nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="265" />
      <source>{file} is damaged: the sizes or checksums it declares do not match what it holds ({error}). Download or copy it again.</source>
      <translation>{file} está dañado: los tamaños o sumas de verificación que declara no coinciden con su contenido ({error}). Vuelva a descargarlo o a copiarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="233" />
      <source>{file} is empty.</source>
      <translation>{file} está vacío.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="291" />
      <source>{file} is neither UTF-8 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>{file} no es texto UTF-8 ni Windows-1252. Guárdelo de nuevo como «CSV UTF-8» y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="297" />
      <source>{file} is not UTF-8, and its text could be Windows-1252 (Excel in French, Spanish, Portuguese or English) as well as Windows-1256 (Excel in Arabic): it was read as {encoding}. Check its text, or save it again as 'CSV UTF-8' in Excel and use that file.</source>
      <translation>{file} no está en UTF-8, y su texto podría ser tanto Windows-1252 (Excel en francés, español, portugués o inglés) como Windows-1256 (Excel en árabe): se leyó como {encoding}. Verifique su texto, o guárdelo de nuevo como «CSV UTF-8» en Excel y use ese archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="307" />
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel in French, Spanish, Portuguese or English). Check its accents; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>{file} no está en UTF-8: se leyó como Windows-1252 (Excel en francés, español, portugués o inglés). Verifique sus acentos; para no tener que adivinar la codificación, guárdelo de nuevo como «CSV UTF-8» en Excel.</translation>
    </message>
    <message>
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel). Check accents in the imported text.</source>
      <translation type="vanished">{file} no está en UTF-8: se leyó como Windows-1252 (Excel). Verifique los acentos del texto importado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="303" />
      <source>{file} is not UTF-8: it was read as Windows-1256 (Excel in Arabic). Check its text; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>{file} no está en UTF-8: se leyó como Windows-1256 (Excel en árabe). Verifique su texto; para no tener que adivinar la codificación, guárdelo de nuevo como «CSV UTF-8» en Excel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="133" />
      <source>{file} is not a CSV export: it looks like {what}. Download the export again.</source>
      <translation>{file} no es una exportación CSV: parece {what}. Descargue de nuevo la exportación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="79" />
      <source>{file} is not a GeoPackage that GDAL can read: {error}</source>
      <translation>{file} no es un GeoPackage que GDAL pueda leer: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="145" />
      <source>{file} is not a readable training session ({error}).</source>
      <translation>{file} no es una sesión de formación legible ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable zip archive ({error}).</source>
      <translation type="vanished">{file} no es un archivo zip legible ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="321" />
      <source>{file} is not a survey GeoPackage: it can only be replaced.</source>
      <translation>{file} no es un GeoPackage de encuesta: solo se puede reemplazar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="96" />
      <source>{file} is not a zip archive: it looks like {what}.</source>
      <translation>{file} no es un archivo zip: parece {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="126" />
      <source>{file} is not an Excel workbook (.xlsx): it looks like {what}.</source>
      <translation>{file} no es un libro de Excel (.xlsx): parece {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="194" />
      <source>{file} is one page of a paged download ({rows} submissions; the server named another page: {link}): the submissions of the other pages are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>{file} es una página de una descarga paginada ({rows} envíos; el servidor indicaba otra página: {link}): los envíos de las otras páginas no están en el archivo. Descargue todas las páginas, o use Descargar desde un servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="188" />
      <source>{file} is one page of a paged download: it holds {rows} of the {count} submissions the server had; the other {missing} are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>{file} es una página de una descarga paginada: contiene {rows} de los {count} envíos que tenía el servidor; los otros {missing} no están en el archivo. Descargue todas las páginas, o use Descargar desde un servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="158" />
      <source>{file} is open in QGIS or another program, so it cannot be replaced safely. Remove its layers from the project (or close the program) and try again; the file was not changed.</source>
      <translation>{file} está abierto en QGIS o en otro programa, así que no se puede reemplazar sin riesgo. Quite sus capas del proyecto (o cierre el programa) y vuelva a intentarlo; el archivo no se modificó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="130" />
      <source>{file} is protected by a password (the member "{member}" is encrypted): the toolkit cannot open it. Export the data again without a password, or extract the archive with its password and import the CSV files.</source>
      <translation>{file} está protegido por una contraseña (el elemento «{member}» está cifrado): el complemento no puede abrirlo. Exporte de nuevo los datos sin contraseña, o extraiga el archivo con su contraseña e importe los archivos CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="287" />
      <source>{file} is protected by a password, so it cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave it empty), save it and choose it again.</source>
      <translation>{file} está protegido con una contraseña, por lo que no se puede leer. Ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro &gt; Cifrar con contraseña, déjela vacía), guárdelo y elíjalo de nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="46" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds, its events linked to their submission by its 'instance ID' column.</source>
      <translation>{file} es el registro de auditoría del formulario (una fila por evento de los encuestadores, no envíos): sus columnas start y end se leyeron como fechas y horas a partir de milisegundos, y sus eventos se vincularon a su envío mediante su columna «instance ID».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="52" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds. It has no 'instance ID' column, so its events are not linked to their submission.</source>
      <translation>{file} es el registro de auditoría del formulario (una fila por evento de los encuestadores, no envíos): sus columnas start y end se leyeron como fechas y horas a partir de milisegundos. No tiene columna «instance ID», así que sus eventos no están vinculados a su envío.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="53" />
      <source>{file} is used by layers of the open project ({layers}): it cannot be replaced. Choose another file name, or remove these layers from the project first.</source>
      <translation>{file} está en uso por capas del proyecto abierto ({layers}): no se puede reemplazar. Elija otro nombre de archivo, o quite primero esas capas del proyecto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/csv_delimiter.py" line="113" />
      <source>{file} looks cut off: its last row (row {row}) is incomplete and the file does not end with a line break, as when a download stops early. Download the export again.</source>
      <translation>{file} parece cortado: su última fila (fila {row}) está incompleta y el archivo no termina con un salto de línea, como cuando una descarga se detiene antes de tiempo. Descargue de nuevo la exportación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="183" />
      <source>{file} now exists: go back to the first page to choose what to do. Nothing was written.</source>
      <translation>{file} ahora existe: vuelva a la primera página para elegir qué hacer. No se escribió nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="113" />
      <source>{file} of the returned package {package} is damaged or was not copied completely (a USB stick pulled out too early, a failing disk): it cannot be merged, and the office GeoPackage was not changed. Copy the package again from the field laptop, then run again.</source>
      <translation>{file} del paquete devuelto {package} está dañado o no se copió por completo (una memoria USB retirada demasiado pronto, un disco que falla): no se puede fusionar, y el GeoPackage de la oficina no se modificó. Vuelva a copiar el paquete desde el portátil de campo y ejecute de nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="323" />
      <source>{file} was already there and was kept as it was; the incomplete basemap is {partial}: compare them before replacing one with the other.</source>
      <translation>{file} ya existía y se conservó tal cual; el mapa base incompleto es {partial}: compárelos antes de sustituir uno por el otro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="276" />
      <source>{file} was not downloaded from a server, so it cannot be updated from one. Download into a new GeoPackage instead.</source>
      <translation>{file} no se descargó desde un servidor, así que no se puede actualizar desde uno. Descargue en un nuevo GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="328" />
      <source>{file} was not downloaded from a server: it can only be replaced.</source>
      <translation>{file} no se descargó desde un servidor: solo se puede reemplazar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="162" />
      <source>{file} was not prepared as a field package (it has no table {table}): its changes cannot be told from the office's, nothing was merged.</source>
      <translation>{file} no se preparó como paquete de campo (no tiene la tabla {table}): sus cambios no se pueden distinguir de los de la oficina, no se fusionó nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="121" />
      <source>{file} was refused: it holds two files named "{member}" (once made valid on every system), and one would replace the other.</source>
      <translation>{file} fue rechazado: contiene dos archivos llamados «{member}» (una vez que su nombre es válido en todos los sistemas), y uno reemplazaría al otro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="349" />
      <source>{file} was refused: it links to other files or addresses ({links}). Export the data again from the server, or save a copy without external links (Excel: Data &gt; Edit Links &gt; Break Link).</source>
      <translation>{file} fue rechazado: remite a otros archivos o direcciones ({links}). Exporte de nuevo los datos desde el servidor, o guarde una copia sin vínculos externos (Excel: Datos &gt; Editar vínculos &gt; Romper vínculo).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="159" />
      <source>{file} was refused: it would expand to {size} MB, more than the limit of {limit} MB.</source>
      <translation>{file} fue rechazado: ocuparía {size} MB al descomprimirse, más que el límite de {limit} MB.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="232" />
      <source>{file} was refused: the member "{member}" expands far beyond its declared size, which looks like a zip bomb.</source>
      <translation>{file} fue rechazado: el elemento «{member}» se descomprime mucho más allá de su tamaño declarado, lo que parece una bomba zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="140" />
      <source>{file} was refused: the member "{member}" is unsafe because {reason}. Ask for a fresh export from the server.</source>
      <translation>{file} fue rechazado: el elemento «{member}» no es seguro porque {reason}. Pida una nueva exportación desde el servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="150" />
      <source>{file} was refused: the member "{member}" would expand to {size} MB ({ratio:.0f} times its compressed size), which looks like a zip bomb.</source>
      <translation>{file} fue rechazado: el elemento «{member}» ocuparía {size} MB al descomprimirse ({ratio:.0f} veces su tamaño comprimido), lo que parece una bomba zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="361" />
      <source>{file} was refused: {count} cells hold formulas ({cells}); a survey export holds values only. Paste the cells as values and try again.</source>
      <translation>{file} fue rechazado: {count} celdas contienen fórmulas ({cells}); una exportación de encuesta solo contiene valores. Pegue las celdas como valores y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="65" />
      <source>{file}, column {column}: %n date-times have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>{file}, columna {column}: %n fecha y hora no tiene zona horaria mientras que las demás tienen todas {offset} (fila {row}: «{value}»); también se leyó en {offset}. Verifíquela; la tabla bruta la conserva tal como se escribió.</numerusform>
        <numerusform>{file}, columna {column}: %n fechas y horas no tienen zona horaria mientras que las demás tienen todas {offset} (la primera en la fila {row}: «{value}»); también se leyeron en {offset}. Verifíquelas; la tabla bruta las conserva tal como se escribieron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="73" />
      <source>{file}, column {column}: %n date-times have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>{file}, columna {column}: %n fecha y hora no tiene zona horaria mientras que las demás tienen zonas distintas (fila {row}: «{value}»); se leyó como UTC. Verifíquela; la tabla bruta la conserva tal como se escribió.</numerusform>
        <numerusform>{file}, columna {column}: %n fechas y horas no tienen zona horaria mientras que las demás tienen zonas distintas (la primera en la fila {row}: «{value}»); se leyeron como UTC. Verifíquelas; la tabla bruta las conserva tal como se escribieron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="241" />
      <source>{file}, column {column}: %n locations cannot be read and were imported without geometry (rows {rows}; first at row {row}: {reason}). The raw table keeps them.</source>
      <translation>
        <numerusform>{file}, columna {column}: %n ubicación no se puede leer y se importó sin geometría (filas {rows}; la primera en la fila {row}: {reason}). La tabla bruta la conserva.</numerusform>
        <numerusform>{file}, columna {column}: %n ubicaciones no se pueden leer y se importaron sin geometría (filas {rows}; la primera en la fila {row}: {reason}). La tabla bruta las conserva.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="97" />
      <source>{file}, column {column}: question {question} has no labels in the form given: {where}. Its codes are imported and its label column left empty.</source>
      <translation>{file}, columna {column}: la pregunta {question} no tiene etiquetas en el formulario proporcionado: {where}. Sus códigos se importan y su columna de etiquetas se deja vacía.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="113" />
      <source>{file}, column {column}: the export writes one label for several choices of question {question} (list '{list}': {shared}), so which one was chosen cannot be told; {count} answer(s) were left without a code, their label kept (first at row {row}). Export the data with XML values (codes) to tell them apart; the raw table keeps the answers.</source>
      <translation>{file}, columna {column}: la exportación escribe una misma etiqueta para varias opciones de la pregunta {question} (lista «{list}»: {shared}), por lo que no se puede saber cuál se eligió; {count} respuesta(s) se dejaron sin código, con su etiqueta (la primera en la fila {row}). Exporte los datos con valores XML (códigos) para distinguirlas; la tabla bruta conserva las respuestas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="183" />
      <source>{file}, column {column}: the list '{list}' has several choices of the same name ({choices}) and the question's choice_filter does not tell which one an answer means; {count} answer(s) were left without a label (first at row {row}). The raw table keeps them.</source>
      <translation>{file}, columna {column}: la lista «{list}» tiene varias opciones con el mismo nombre ({choices}) y el choice_filter de la pregunta no indica a cuál se refiere una respuesta; {count} respuesta(s) quedaron sin etiqueta (la primera en la fila {row}). La tabla bruta las conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="365" />
      <source>{file}, column {column}: {count} answer(s) are choice labels, not codes, and were read as the codes of those choices (first at row {row}: '{value}' is '{code}'). The raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} respuesta(s) son etiquetas de opciones, no códigos, y se leyeron como los códigos de esas opciones (la primera en la fila {row}: '{value}' es '{code}'). La tabla bruta las conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="248" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their choices were read from the export's choice columns ({columns}). The raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} respuesta(s) no son una lista de etiquetas de la lista de opciones «{list}» (la primera en la fila {row}: «{value}»); sus opciones se leyeron de las columnas de opciones de la exportación ({columns}). La tabla bruta las conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="256" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their label was left empty. The raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} respuesta(s) no son una lista de etiquetas de la lista de opciones «{list}» (la primera en la fila {row}: «{value}»); su etiqueta se dejó vacía. La tabla bruta las conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="76" />
      <source>{file}, column {column}: {count} answer(s) are not in the choice list '{list}' (first at row {row}: '{value}'); the code is kept as its own label.</source>
      <translation>{file}, columna {column}: {count} respuesta(s) no están en la lista de opciones «{list}» (la primera en la fila {row}: «{value}»); el código sirve de etiqueta.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">{file}, columna {column}: {count} fecha(s) y hora(s) no tienen zona horaria mientras que las demás tienen todas {offset} (la primera en la fila {row}: «{value}»); también se leyeron en {offset}. Verifíquelas; la tabla bruta las conserva tal como se escribieron.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">{file}, columna {column}: {count} fecha(s) y hora(s) no tienen zona horaria mientras que las demás tienen zonas distintas (la primera en la fila {row}: «{value}»); se leyeron como UTC. Verifíquelas; la tabla bruta las conserva tal como se escribieron.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} location(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">{file}, columna {column}: {count} posición(es) no se pueden leer y se importaron sin geometría (la primera en la fila {row}: {reason})</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} shape(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">{file}, columna {column}: {count} forma(s) no se pueden leer y se importaron sin geometría (la primera en la fila {row}: {reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="284" />
      <source>{file}, column {column}: {count} value(s) are Excel serial numbers, read as dates of Excel's 1900 date system (first at row {row}: '{value}' is {date}). The raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} valor(es) son números de serie de Excel, leídos como fechas del sistema de fechas 1900 de Excel (el primero en la fila {row}: '{value}' es {date}). La tabla bruta los conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="162" />
      <source>{file}, column {column}: {count} value(s) are not {what} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} valor(es) no son {what} y se dejaron vacíos en la tabla tipada (el primero en la fila {row}: «{value}»). La tabla bruta los conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="148" />
      <source>{file}, column {column}: {count} value(s) are outside {low}..{high} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} valor(es) están fuera de {low}..{high} y se dejaron vacíos en la tabla tipada (el primero en la fila {row}: '{value}'). La tabla bruta los conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="160" />
      <source>{file}, column {column}: {count} value(s) have a comma then three digits, read as a decimal comma (first at row {row}: '{value}' is {number}). If the comma separates thousands, correct them; the raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} valor(es) tienen una coma seguida de tres cifras, leída como coma decimal (el primero en la fila {row}: '{value}' es {number}). Si la coma separa los miles, corríjalos; la tabla bruta los conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="184" />
      <source>{file}, column {column}: {count} value(s) have a point then three zeros, read as a decimal point (first at row {row}: '{value}' is {number}). If the point separates thousands, correct them; the raw table keeps them.</source>
      <translation>{file}, columna {column}: {count} valor(es) tienen un punto seguido de tres ceros, leído como punto decimal (el primero en la fila {row}: '{value}' es {number}). Si el punto separa los miles, corríjalos; la tabla bruta los conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="120" />
      <source>{file}, column {column}: {count} value(s) have more digits than a decimal of the typed table holds and were rounded there (first at row {row}: '{value}' is stored as {number}). The raw table keeps them as written.</source>
      <translation>{file}, columna {column}: {count} valor(es) tienen más dígitos de los que admite un decimal de la tabla tipada y se redondearon allí (el primero en la fila {row}: «{value}» se guarda como {number}). La tabla bruta los conserva tal como se escribieron.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="476" />
      <source>{file}, line {row}: {saw} fields where the header has {expected}. A value probably contains the delimiter without quotes.</source>
      <translation>{file}, línea {row}: {saw} campos cuando el encabezado tiene {expected}. Probablemente un valor contiene el separador sin comillas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/spreadsheet_layers.py" line="83" />
      <source>{file}, sheet {sheet}: every cell is text, so its first row cannot be told from a row of answers and its columns have no names (Field1, Field2...): the plugin cannot tell which hold personal data or which question each one answers. Save the sheet as a CSV file (UTF-8) and give that file, or import the workbook with Import survey data.</source>
      <translation>{file}, hoja {sheet}: todas las celdas son texto, así que su primera fila no se distingue de una fila de respuestas y sus columnas no tienen nombre (Field1, Field2...): el plugin no puede saber cuáles contienen datos personales ni a qué pregunta responde cada una. Guarde la hoja como archivo CSV (UTF-8) y dé ese archivo, o importe el libro con Importar datos de encuesta.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_cells.py" line="69" />
      <source>{file}: %n cells are longer than the {limit} characters Excel keeps (first: row {row}, column {column}); the file holds them whole, but Excel cuts them when the file is opened and saved there. Edit such rows in the CSV export or in QGIS.</source>
      <translation>
        <numerusform>{file}: %n celda supera los {limit} caracteres que Excel conserva (primera: fila {row}, columna {column}); el archivo la contiene entera, pero Excel la corta cuando el archivo se abre y se guarda allí. Edite esas filas en la exportación CSV o en QGIS.</numerusform>
        <numerusform>{file}: %n celdas superan los {limit} caracteres que Excel conserva (primera: fila {row}, columna {column}); el archivo las contiene enteras, pero Excel las corta cuando el archivo se abre y se guarda allí. Edite esas filas en la exportación CSV o en QGIS.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="420" />
      <source>{file}: %n choice columns name a choice that is not in the form's list (kept as yes/no columns of their question): {columns}</source>
      <translation>
        <numerusform>{file}: %n columna de opción designa una opción que no está en la lista del formulario (se conserva como columna sí/no de su pregunta): {columns}</numerusform>
        <numerusform>{file}: %n columnas de opción designan una opción que no está en la lista del formulario (se conservan como columnas sí/no de su pregunta): {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="444" />
      <source>{file}: %n column names are used more than once: {names}. The names as received are kept in the cartong_columns table.</source>
      <translation>
        <numerusform>{file}: %n nombre de columna se usa más de una vez: {names}. Los nombres tal como se recibieron se conservan en la tabla cartong_columns.</numerusform>
        <numerusform>{file}: %n nombres de columna se usan más de una vez: {names}. Los nombres tal como se recibieron se conservan en la tabla cartong_columns.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/flat_repeats.py" line="197" />
      <source>{file}: %n columns are repeat groups flattened into one sheet (such as {example}): each item became a row of its repeat's table ({tables}). Items without any answer (empty or n/a) were left out: {skipped}. The raw table keeps these columns as received.</source>
      <translation>
        <numerusform>{file}: %n columna es un grupo de repetición aplanado en una sola hoja (como {example}): cada elemento se convirtió en una fila de la tabla de su repetición ({tables}). Los elementos sin ninguna respuesta (vacíos o n/a) se omitieron: {skipped}. La tabla bruta conserva estas columnas tal como se recibieron.</numerusform>
        <numerusform>{file}: %n columnas son grupos de repetición aplanados en una sola hoja (como {example}): cada elemento se convirtió en una fila de la tabla de su repetición ({tables}). Los elementos sin ninguna respuesta (vacíos o n/a) se omitieron: {skipped}. La tabla bruta conserva estas columnas tal como se recibieron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="387" />
      <source>{file}: %n columns hold the answers that earlier versions of the form collected for the question(s) {questions}, which the form {form} now marks 'disabled' (not yet disabled then); they were imported with those questions' types: {columns}</source>
      <translation>
        <numerusform>{file}: %n columna contiene las respuestas que versiones anteriores del formulario recogieron para la pregunta {questions}, que el formulario {form} marca ahora como 'disabled' (entonces aún no lo estaba); se importó con el tipo de esa pregunta: {columns}</numerusform>
        <numerusform>{file}: %n columnas contienen las respuestas que versiones anteriores del formulario recogieron para la(s) pregunta(s) {questions}, que el formulario {form} marca ahora como 'disabled' (entonces aún no lo estaban); se importaron con los tipos de esas preguntas: {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="405" />
      <source>{file}: %n empty rows at the end of the table are not submissions and were not imported.</source>
      <translation>
        <numerusform>{file}: %n fila vacía al final de la tabla no es un envío y no se importó.</numerusform>
        <numerusform>{file}: %n filas vacías al final de la tabla no son envíos y no se importaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="52" />
      <source>{file}: %n repeat groups of the form have no rows in this file ({repeats}), so their answers were not imported (this does not mean that nobody answered them).</source>
      <translation>
        <numerusform>{file}: %n grupo de repetición del formulario no tiene filas en este archivo ({repeats}), así que sus respuestas no se importaron (esto no significa que nadie lo haya respondido).</numerusform>
        <numerusform>{file}: %n grupos de repetición del formulario no tienen filas en este archivo ({repeats}), así que sus respuestas no se importaron (esto no significa que nadie los haya respondido).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="273" />
      <source>{file}: %n rows repeat the header row (rows {rows}): several files were probably joined into one. They are not submissions and were left out of the typed table; the raw table keeps them as received.</source>
      <translation>
        <numerusform>{file}: %n fila repite la fila de encabezado (fila {rows}): probablemente se unieron dos archivos en uno. No es un envío y se dejó fuera de la tabla tipada; la tabla bruta la conserva tal como se recibió.</numerusform>
        <numerusform>{file}: %n filas repiten la fila de encabezado (filas {rows}): probablemente se unieron varios archivos en uno. No son envíos y se dejaron fuera de la tabla tipada; la tabla bruta las conserva tal como se recibieron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="205" />
      <source>{file}: %n rows' {key} (rows {rows}) match no row of {parent}, but their _submission__uuid names a submission: the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>{file}: el {key} de %n fila (fila {rows}) no coincide con ninguna fila de {parent}, pero su _submission__uuid nombra un envío: las filas de {table} se vincularon a su envío por _submission__uuid.</numerusform>
        <numerusform>{file}: el {key} de %n filas (filas {rows}) no coincide con ninguna fila de {parent}, pero su _submission__uuid nombra un envío: las filas de {table} se vincularon a su envío por _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="223" />
      <source>{file}: %n rows' {key} (rows {rows}) point at other submissions than their own _submission__uuid; the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>{file}: en %n fila (filas {rows}), {key} apunta a otro envío distinto del de su _submission__uuid; las filas de {table} se vincularon a su envío por _submission__uuid.</numerusform>
        <numerusform>{file}: en %n filas (filas {rows}), {key} apunta a otros envíos distintos del de su _submission__uuid; las filas de {table} se vincularon a su envío por _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="233" />
      <source>{file}: %n rows' {key} (rows {rows}) point at rows of {parent} from other submissions than their own _submission__uuid: they are shown under those rows. Check them at the source.</source>
      <translation>
        <numerusform>{file}: en %n fila (filas {rows}), {key} apunta a filas de {parent} de otro envío distinto del de su _submission__uuid: se muestra bajo esas filas. Verifíquela en el origen.</numerusform>
        <numerusform>{file}: en %n filas (filas {rows}), {key} apunta a filas de {parent} de otros envíos distintos del de su _submission__uuid: se muestran bajo esas filas. Verifíquelas en el origen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="256" />
      <source>{file}: %n rows' {key} match no row of {parent} (rows {rows}; first: {value}); they were kept unlinked, so counts per submission leave them out.</source>
      <translation>
        <numerusform>{file}: en %n fila, {key} no coincide con ninguna fila de {parent} (filas {rows}; primer valor: {value}); se dejó sin vincular, así que los recuentos por envío no la incluyen.</numerusform>
        <numerusform>{file}: en %n filas, {key} no coincide con ninguna fila de {parent} (filas {rows}; primer valor: {value}); se dejaron sin vincular, así que los recuentos por envío no las incluyen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="372" />
      <source>{file}: %n values hold a NUL character (first: row {row}, column {column}); the raw table keeps them whole, but QGIS shows and checks the texts only up to that character. Fix them at the source.</source>
      <translation>
        <numerusform>{file}: %n valor contiene un carácter NUL (el primero: fila {row}, columna {column}); la tabla bruta lo conserva entero, pero QGIS muestra y verifica los textos solo hasta ese carácter. Corríjalo en el origen.</numerusform>
        <numerusform>{file}: %n valores contienen un carácter NUL (el primero: fila {row}, columna {column}); la tabla bruta los conserva enteros, pero QGIS muestra y verifica los textos solo hasta ese carácter. Corríjalos en el origen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="114" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name, but the form {form} has no repeat group named {name}, so its rows were imported as text in a table of their own. Choose the form this export was downloaded with.</source>
      <translation>{file}: ODK Central numera el archivo de un grupo de repetición ({table}) cuando varios grupos de repetición del formulario llevan su nombre, pero el formulario {form} no tiene ningún grupo de repetición llamado {name}, así que sus filas se importaron como texto en una tabla propia. Elija el formulario con el que se descargó esta exportación.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="108" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name; which repeat group named {name} of the form {form} it holds cannot be told from the KEY of its rows, so its rows were imported as text in a table of their own.</source>
      <translation>{file}: ODK Central numera el archivo de un grupo de repetición ({table}) cuando varios grupos de repetición del formulario llevan su nombre; la KEY de sus filas no permite saber cuál de los grupos de repetición llamados {name} del formulario {form} contiene, así que sus filas se importaron como texto en una tabla propia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="267" />
      <source>{file}: PostgreSQL names are at most 63 bytes, and {what} is longer: PostgreSQL would shorten it and the shared survey would not have the same names. Nothing was written. Shorten that name (or its group's) in the form, or keep this survey in its GeoPackage.</source>
      <translation>{file}: los nombres de PostgreSQL tienen como máximo 63 bytes, y {what} es más largo: PostgreSQL lo acortaría y la encuesta compartida no tendría los mismos nombres. No se escribió nada. Acorte ese nombre (o el de su grupo) en el formulario, o mantenga esta encuesta en su GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="466" />
      <source>{file}: a quote opened near line {row} is never closed, so the rest of the file would be one value. Fix the quotes or export the data again.</source>
      <translation>{file}: unas comillas abiertas cerca de la línea {row} nunca se cierran, así que el resto del archivo sería un solo valor. Corrija las comillas o exporte de nuevo los datos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="183" />
      <source>{file}: column {col} has no name in the header row but holds values; it was imported as '{name}'.</source>
      <translation>{file}: la columna {col} no tiene nombre en la fila de encabezado pero contiene valores; se importó con el nombre «{name}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="160" />
      <source>{file}: its _parent_table_name names '{parent}', which is no file imported here, and no form says whether it is the survey (its rows' _submission__uuid do not show it): {table} was imported unlinked, as its _parent_index may number the rows of another table. Import it with its parent's file, or give the form.</source>
      <translation>{file}: su _parent_table_name nombra '{parent}', que no es ninguno de los archivos importados aquí, y ningún formulario dice si es la encuesta (el _submission__uuid de sus filas no lo muestra): {table} se importó sin vínculo, ya que su _parent_index puede numerar las filas de otra tabla. Impórtela con el archivo de su padre, o indique el formulario.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="158" />
      <source>{file}: no delimiter (comma, semicolon, tab or |) gives the first rows as many fields as the header; the file was read with {delimiter}. Check that the columns are right, or save it again as CSV from a spreadsheet.</source>
      <translation>{file}: ningún separador (coma, punto y coma, tabulación o |) da a las primeras filas tantos campos como el encabezado; el archivo se leyó con {delimiter}. Verifique que las columnas sean correctas, o vuelva a guardarlo como CSV desde una hoja de cálculo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="361" />
      <source>{file}: none of the {count} columns of repeat {table} is a question of the form {form} (the form may no longer have this repeat); they were imported as text.</source>
      <translation>{file}: ninguna de las {count} columnas de la repetición {table} es una pregunta del formulario {form} (puede que el formulario ya no tenga esta repetición); se importaron como texto.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="270" />
      <source>{file}: on %n rows the point of column {column} and the columns {lat} / {lon} are other places (rows {rows}; first at row {row}: '{value}' against {lat_value} / {lon_value}); the map uses {column}. The typed table keeps both as exported: check which one is right before using the coordinate columns.</source>
      <translation>
        <numerusform>{file}: en %n fila, el punto de la columna {column} y las columnas {lat} / {lon} son lugares distintos (filas {rows}; la primera en la fila {row}: «{value}» frente a {lat_value} / {lon_value}); el mapa usa {column}. La tabla tipada conserva ambos tal como se exportaron: verifique cuál es el correcto antes de usar las columnas de coordenadas.</numerusform>
        <numerusform>{file}: en %n filas, el punto de la columna {column} y las columnas {lat} / {lon} son lugares distintos (filas {rows}; la primera en la fila {row}: «{value}» frente a {lat_value} / {lon_value}); el mapa usa {column}. La tabla tipada conserva ambos tal como se exportaron: verifique cuál es el correcto antes de usar las columnas de coordenadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="96" />
      <source>{file}: once flattened, the names of the nested properties {names} are already other properties' names; they were imported under their paths instead, so that no value is lost.</source>
      <translation>
        <numerusform>{file}: %n propiedad anidada, {names}, tiene, una vez aplanada, el nombre de otra propiedad; se importó con su ruta en su lugar, para que no se pierda ningún valor.</numerusform>
        <numerusform>{file}: %n propiedades anidadas, {names}, tienen, una vez aplanadas, los nombres de otras propiedades; se importaron con sus rutas en su lugar, para que no se pierda ningún valor.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="232" />
      <source>{file}: row 2 holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>{file}: la fila 2 contiene etiquetas HXL ({count} columnas etiquetadas), no un envío; las etiquetas se conservan en la tabla cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="173" />
      <source>{file}: row 2 holds the questions' labels (a second header row, as ONA's "include labels" export writes it), not a submission; the labels are kept in the cartong_columns table.</source>
      <translation>{file}: la fila 2 contiene las etiquetas de las preguntas (una segunda fila de encabezado, como la escribe la exportación «include labels» de ONA), no un envío; las etiquetas se conservan en la tabla cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="225" />
      <source>{file}: row {row} holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>{file}: la fila {row} contiene etiquetas HXL ({count} columnas etiquetadas), no un envío; las etiquetas se conservan en la tabla cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="317" />
      <source>{file}: row {row} is another header row, different from row 1 ({differences}): two exports of different form versions were probably joined into one file, so values would land under the wrong questions. Nothing was imported: import each export separately, or download one export of all versions from the server.</source>
      <translation>{file}: la fila {row} es otra fila de encabezado, distinta de la fila 1 ({differences}): probablemente se unieron en un solo archivo dos exportaciones de versiones distintas del formulario, así que los valores quedarían bajo preguntas equivocadas. No se importó nada: importe cada exportación por separado, o descargue del servidor una sola exportación de todas las versiones.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="379" />
      <source>{file}: row {row} was cut off by the end of the file: %n rows of {typed} made from it were left out of that table, so that checks, counts and maps do not take a partial submission for a whole one; {raw} keeps them as received.</source>
      <translation>
        <numerusform>{file}: la fila {row} quedó cortada por el final del archivo: %n fila de {typed} hecha a partir de ella se dejó fuera de esa tabla, para que las verificaciones, recuentos y mapas no tomen un envío parcial por uno completo; {raw} la conserva tal como se recibió.</numerusform>
        <numerusform>{file}: la fila {row} quedó cortada por el final del archivo: %n filas de {typed} hechas a partir de ella se dejaron fuera de esa tabla, para que las verificaciones, recuentos y mapas no tomen un envío parcial por uno completo; {raw} las conserva tal como se recibieron.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="217" />
      <source>{file}: rows 2 to {last} are header rows with HXL hashtags ({count} tagged columns), not submissions; the hashtags and header texts are kept in the cartong_columns table.</source>
      <translation>{file}: las filas 2 a {last} son filas de encabezado con etiquetas HXL ({count} columnas etiquetadas), no envíos; las etiquetas y los textos del encabezado se conservan en la tabla cartong_columns.</translation>
    </message>
    <message>
      <source>{file}: the column name '{name}' is used twice (columns {first} and {second}). Rename one of them.</source>
      <translation type="vanished">{file}: el nombre de columna «{name}» se usa dos veces (columnas {first} y {second}). Cambie el nombre de una de ellas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="434" />
      <source>{file}: the column names were changed by R (make.names); {count} of them were read as the export's own names ({examples}). The raw table keeps them as received.</source>
      <translation>{file}: R cambió los nombres de las columnas (make.names); {count} de ellos se leyeron como los nombres propios de la exportación ({examples}). La tabla bruta los conserva tal como se recibieron.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="313" />
      <source>{file}: the hidden sheet(s) {sheets} were not imported; name one as the sheet to read if it holds the submissions.</source>
      <translation>{file}: no se importaron las hojas ocultas {sheets}; indique una como la hoja que leer si contiene los envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="137" />
      <source>{file}: the parent of the repeat table {table} (named in its _parent_table_name or PARENT_KEY column) is not a table of this export, or several tables fit its name: {table} was left unlinked rather than joined to rows it may not belong to. Its rows keep their parent's number in _parent_index or PARENT_KEY.</source>
      <translation>{file}: el padre de la tabla de repetición {table} (indicado en su columna _parent_table_name o PARENT_KEY) no es una tabla de esta exportación, o varias tablas coinciden con su nombre: {table} se dejó sin vincular en lugar de unirla a filas a las que quizá no pertenece. Sus filas conservan el número de su padre en _parent_index o PARENT_KEY.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="378" />
      <source>{file}: the points were built from column {column}, the location the server keeps for each submission ([latitude, longitude], taken from its first geopoint), as no geopoint column was found or chosen. The column is kept as exported.</source>
      <translation>{file}: los puntos se construyeron a partir de la columna {column}, la ubicación que el servidor guarda para cada envío ([latitud, longitud], tomada de su primer geopoint), ya que no se encontró ni se eligió ninguna columna geopoint. La columna se conserva tal como se exportó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="186" />
      <source>{file}: the submissions were read from the sheet '{sheet}'.</source>
      <translation>{file}: los envíos se leyeron de la hoja '{sheet}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="369" />
      <source>{file}: {count} cells hold formulas ({cells}); the toolkit reads the values last saved by the spreadsheet and never computes them. Check these cells.</source>
      <translation>{file}: {count} celdas contienen fórmulas ({cells}); el complemento lee los valores guardados por última vez en la hoja de cálculo y nunca los calcula. Verifique estas celdas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="379" />
      <source>{file}: {count} column(s) are not in the form and were imported as text: {columns}</source>
      <translation>{file}: {count} columna(s) que no están en el formulario se importaron como texto: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_headers.py" line="167" />
      <source>{file}: {count} column(s) fit several questions or choices of the form {form}, so which one is meant cannot be told and they were imported as text: {columns}. Download the export again with XML values and '/' between groups to tell them apart.</source>
      <translation>{file}: {count} columna(s) corresponden a varias preguntas u opciones del formulario {form}; no se puede saber a cuál se refieren, así que se importaron como texto: {columns}. Descargue de nuevo la exportación con valores XML y «/» entre grupos para distinguirlas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="406" />
      <source>{file}: {count} column(s) of {table} bear the name of several questions of other levels of the form {form} (the main level or other repeats) and none of this table's own; which one is meant cannot be told, so they were imported as text: {columns}</source>
      <translation>{file}: {count} columna(s) de {table} llevan el nombre de varias preguntas de otros niveles del formulario {form} (el nivel principal u otras repeticiones) y de ninguna pregunta propia de esta tabla; no se puede saber a cuál se refieren, así que se importaron como texto: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="404" />
      <source>{file}: {count} of {total} submission(s) were collected with another version of the form ({versions} in column {column}, first at row {row}) than the form given ({version}): its choice labels and question types may not be theirs. Questions of the form not in the export: {missing}.</source>
      <translation>{file}: {count} de {total} envío(s) se recogieron con otra versión del formulario ({versions} en la columna {column}, el primero en la fila {row}) que el formulario indicado ({version}): sus etiquetas de opciones y tipos de pregunta pueden no ser los suyos. Preguntas del formulario que no están en la exportación: {missing}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="384" />
      <source>{file}: {count} row(s) have fewer fields than the header (first: row {row}, from column {column}); the missing values were left empty.</source>
      <translation>{file}: {count} fila(s) tienen menos campos que el encabezado (la primera: fila {row}, desde la columna {column}); los valores que faltan se dejaron vacíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="175" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so each row of {table} was linked to the row of {parent} its {child_key} names within its own submission (_submission__uuid).</source>
      <translation>{file}: {key} se repite en {parent} ({values}), como cuando se pegan dos exportaciones una debajo de otra, así que cada fila de {table} se vinculó a la fila de {parent} que nombra su {child_key} dentro de su propio envío (_submission__uuid).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="166" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>{file}: {key} se repite en {parent} ({values}), como cuando se pegan dos exportaciones una debajo de otra, así que las filas de {table} se vincularon a su envío por _submission__uuid.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="183" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other: {table} was left unlinked rather than shown under two parents. Import each export on its own.</source>
      <translation>{file}: {key} se repite en {parent} ({values}), como cuando se pegan dos exportaciones una debajo de otra: {table} se dejó sin vincular en lugar de mostrarla bajo dos padres. Importe cada exportación por separado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="354" />
      <source>{file}: {new} new submissions ({total} in all) from {pages} pages in {seconds} s.</source>
      <translation>{file}: {new} envíos nuevos ({total} en total) de {pages} páginas en {seconds} s.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="107" />
      <source>{folder} already holds a training session: continue it or reset it.</source>
      <translation>{folder} ya contiene una sesión de formación: continúela o reiníciela.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="110" />
      <source>{folder} is not empty. Choose an empty folder for the training session, so that Reset never deletes your own files.</source>
      <translation>{folder} no está vacía. Elija una carpeta vacía para la sesión de formación, para que «Reiniciar» nunca elimine sus propios archivos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/submissions.py" line="100" />
      <source>{form} (rows counted from submission {first} of this download)</source>
      <translation>{form} (filas contadas desde el envío {first} de esta descarga)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="80" />
      <source>{found} of {added} rows were saved</source>
      <translation>se guardaron {found} de {added} filas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="82" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk.</source>
      <translation>{high} columnas con riesgo alto, {medium} con riesgo medio, {low} con riesgo bajo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="269" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk. The list helps; it does not guarantee that nothing else is personal.</source>
      <translation>{high} columnas con riesgo alto, {medium} con riesgo medio, {low} con riesgo bajo. La lista ayuda; no garantiza que nada más sea personal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="134" />
      <source>{host} accepted the credentials, but this account lacks permission to read {what} (HTTP 403). Ask the project owner to share it with you (at least 'view submissions').</source>
      <translation>{host} aceptó las credenciales, pero esta cuenta no tiene permiso para leer {what} (HTTP 403). Pida al propietario del proyecto que lo comparta con usted (al menos «ver envíos»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="188" />
      <source>{host} announced {expected} submissions of form {uid} but sent {received}: {missing} are missing. Check the form on the server and download again.</source>
      <translation>{host} anunció {expected} envíos del formulario {uid} pero envió {received}: faltan {missing}. Verifique el formulario en el servidor y vuelva a descargar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="156" />
      <source>{host} answered HTTP {status} for {what}.</source>
      <translation>{host} respondió HTTP {status} para {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="133" />
      <source>{host} answered {what} with a web page, not data: a proxy may have answered instead of the server, or the address leads to a login or error page. Check the server address (open it in a web browser), then try again.</source>
      <translation>{host} respondió a {what} con una página web, no con datos: puede que un proxy haya respondido en lugar del servidor, o que la dirección lleve a una página de inicio de sesión o de error. Verifique la dirección del servidor (ábrala en un navegador web) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo_pages.py" line="127" />
      <source>{host} answered, but not with a KoboToolbox list (no 'results'). Check that the address is a KoboToolbox server.</source>
      <translation>{host} respondió, pero no con una lista de KoboToolbox (no hay «results»). Verifique que la dirección sea la de un servidor KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="44" />
      <source>{host} answered, but not with an OData list (no 'value'). Check that the address is an ODK Central server.</source>
      <translation>{host} respondió, pero no con una lista OData (no hay «value»). Verifique que la dirección sea la de un servidor ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="492" />
      <source>{host} answered, but not with the list expected from ODK Central.</source>
      <translation>{host} respondió, pero no con la lista esperada de ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="65" />
      <source>{host} did not answer within {seconds} seconds. The connection may be slow or the server overloaded: try again later, or on a better connection.</source>
      <translation>{host} no respondió en {seconds} segundos. Puede que la conexión sea lenta o el servidor esté sobrecargado: vuelva a intentarlo más tarde, o con una conexión mejor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="196" />
      <source>{host} did not give the light list of the submissions of form {id}, so this update could not check for submissions deleted, edited or missing on the server since the last download. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>{host} no dio la lista ligera de los envíos del formulario {id}, así que esta actualización no pudo verificar los envíos eliminados, editados o que faltan en el servidor desde la última descarga. Para estar seguro de tener la versión actual del servidor, descargue el formulario en un GeoPackage nuevo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="132" />
      <source>{host} did not return a session token: is it an ODK Central server?</source>
      <translation>{host} no devolvió ningún token de sesión: ¿es un servidor ODK Central?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="71" />
      <source>{host} did not return an API token: is it a KoboToolbox server?</source>
      <translation>{host} no devolvió ningún token de API: ¿es un servidor KoboToolbox?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="259" />
      <source>{host} does not expand the repeats of form {id} inline ($expand, ODK Central 1.2 and later): they are downloaded from their own tables instead.</source>
      <translation>{host} no integra las repeticiones del formulario {id} en la respuesta ($expand, ODK Central 1.2 y posteriores): se descargan desde sus propias tablas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="235" />
      <source>{host} gave no usable address for attachment {name} of submission {uuid} ({link}: not an http or https address), so it was not asked; report it to the server's administrator.</source>
      <translation>{host} no dio ninguna dirección utilizable para el archivo adjunto {name} del envío {uuid} ({link}: no es una dirección http o https), así que no se solicitó; comuníquelo al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="68" />
      <source>{host} gave the number of submissions of form {id} as {value}, which is not a number: whether every submission came could not be checked against it.</source>
      <translation>{host} dio como número de envíos del formulario {id} el valor {value}, que no es un número: no se pudo verificar con él que llegaron todos los envíos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="148" />
      <source>{host} is busy or failing (HTTP {status}) and still was after {attempts} attempts. Try again later; what was already downloaded is kept.</source>
      <translation>{host} está ocupado o fallando (HTTP {status}) y seguía así tras {attempts} intentos. Vuelva a intentarlo más tarde; lo ya descargado se conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="340" />
      <source>{host} keeps its attachments on {files}, KoboToolbox's file server of the same domain: the token is sent there too, for the attachments only.</source>
      <translation>{host} guarda sus archivos adjuntos en {files}, el servidor de archivos de KoboToolbox del mismo dominio: el token también se envía allí, solo para los archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="216" />
      <source>{host} redirected {what} from address to address in a loop ({address}), so it never arrived: the server, or a proxy in front of it, is misconfigured (for example http and https addresses sending to each other). Report it to the server's administrator.</source>
      <translation>{host} redirigió {what} de dirección en dirección en un bucle ({address}), así que nunca llegó: el servidor, o un proxy delante de él, está mal configurado (por ejemplo, direcciones http y https que se redirigen entre sí). Informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="171" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, because the app-user token is part of every address asked of {host} and would have gone to {other}: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} redirigió {what} a otro servidor ({other}); esta redirección no se siguió, porque el token de usuario móvil forma parte de cada dirección solicitada a {host} y habría ido a {other}: verifique la dirección del servidor con su administrador, puede que el servidor haya cambiado de dirección.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="164" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, so that what it sends (for the login: your e-mail and password) never leaves {host}: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} redirigió {what} a otro servidor ({other}); no se siguió la redirección, para que lo que se envía (para el inicio de sesión: su correo electrónico y su contraseña) nunca salga de {host}: verifique la dirección del servidor con su administrador, puede que el servidor haya cambiado de dirección.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="201" />
      <source>{host} redirected {what} to another server ({other}); its answer was not taken as the data of {host} and the download was stopped: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} redirigió {what} a otro servidor ({other}); su respuesta no se tomó como los datos de {host} y la descarga se detuvo: verifique la dirección del servidor con su administrador, puede que el servidor haya cambiado de dirección.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="86" />
      <source>{host} refused the app-user token (HTTP 403): in ODK Central, app users can send submissions but not read them. To download the data, sign in with the email and password of a web user who has the Project Viewer or Project Manager role in this project.</source>
      <translation>{host} rechazó el token de usuario móvil (HTTP 403): en ODK Central, los usuarios móviles pueden enviar envíos pero no leerlos. Para descargar los datos, inicie sesión con el correo electrónico y la contraseña de un usuario web que tenga el rol Observador del proyecto (Project Viewer) o Administrador del proyecto (Project Manager) en este proyecto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="127" />
      <source>{host} refused the credentials (HTTP 401): the token or password is wrong or has expired. Enter a new one in the server connection settings.</source>
      <translation>{host} rechazó las credenciales (HTTP 401): el token o la contraseña son incorrectos o han caducado. Introduzca uno nuevo en la configuración de conexión al servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="361" />
      <source>{host} sends {what} too slowly: {received} bytes in the last {seconds} seconds. The connection is stalled; try again later or on a better connection, what was already downloaded is kept.</source>
      <translation>{host} envía {what} demasiado despacio: {received} bytes en los últimos {seconds} segundos. La conexión está bloqueada; vuelva a intentarlo más tarde o con una conexión mejor, lo ya descargado se conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="266" />
      <source>{host} sent a 'next page' link for {what} that leads back to a page already downloaded (after {pages} pages): the list would never end, so the download was stopped. Nothing was changed; report it to the server's administrator.</source>
      <translation>{host} envió para {what} un enlace de 'página siguiente' que lleva a una página ya descargada (tras {pages} páginas): la lista no terminaría nunca, así que se detuvo la descarga. No se modificó nada; informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="255" />
      <source>{host} sent a 'next page' link for {what} that leads to another server ({other}) or is written ambiguously: it was not followed, so that the credentials and the link stay on {host}. The download was stopped; report it to the server's administrator.</source>
      <translation>{host} envió para {what} un enlace de 'página siguiente' que lleva a otro servidor ({other}) o que está escrito de forma ambigua: no se siguió, para que las credenciales y el enlace se queden en {host}. Se detuvo la descarga; informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="127" />
      <source>{host} sent an answer for {what} that is not valid JSON ({reason}).</source>
      <translation>{host} envió para {what} una respuesta que no es JSON válido ({reason}).</translation>
    </message>
    <message>
      <source>{host} sent an incomplete or invalid answer for {what} (not valid JSON: {reason}). The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation type="vanished">{host} envió una respuesta incompleta o no válida para {what} (JSON no válido: {reason}). Puede que la conexión se haya cortado o que un proxy haya respondido en lugar del servidor; vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="140" />
      <source>{host} sent an incomplete or invalid answer for {what}: the data was cut short or is not in the expected format. The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation>{host} envió para {what} una respuesta incompleta o no válida: los datos se cortaron o no tienen el formato esperado. Puede que la conexión se haya cortado o que un proxy haya respondido en lugar del servidor; vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="66" />
      <source>{host} sent data that is not UTF-8 and declared it as {charset}: it was read as {charset}. Check a few accented names in the survey; if they look wrong, ask the server's administrator to send UTF-8.</source>
      <translation>{host} envió datos que no están en UTF-8 y los declaró como {charset}: se leyeron como {charset}. Verifique algunos nombres con acentos en la encuesta; si se ven mal, pida al administrador del servidor que envíe UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="238" />
      <source>{host} sent more than {limit} pages for {what}: the download was stopped. Nothing was changed; check the form on the server.</source>
      <translation>{host} envió más de {limit} páginas para {what}: se detuvo la descarga. No se modificó nada; verifique el formulario en el servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="348" />
      <source>{host} sent more than {size} MB for {what}: it was not kept.</source>
      <translation>{host} envió más de {size} MB para {what}: no se conservó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="353" />
      <source>{host} sent more than {size} MB for {what}: the download was stopped before it filled the computer's memory. Nothing was changed; ask the server's administrator about this form.</source>
      <translation>{host} envió más de {size} MB para {what}: se detuvo la descarga antes de llenar la memoria del equipo. No se modificó nada; consulte al administrador del servidor sobre este formulario.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="180" />
      <source>{host} sent {count} submissions of form {uid} more than once: each was kept once.</source>
      <translation>{host} envió {count} envíos del formulario {uid} más de una vez: cada uno se conservó una sola vez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="288" />
      <source>{host} sent {pages} pages in a row for {what} that brought no new submission ({received} of {total} received): the list would never end, so the download was stopped. Report it to the server's administrator.</source>
      <translation>{host} envió para {what} {pages} páginas seguidas sin ningún envío nuevo ({received} de {total} recibidos): la lista no terminaría nunca, así que se detuvo la descarga. Informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="228" />
      <source>{host} sent {what} saying it is compressed ({encoding}) when it is not, so it cannot be read: the server, or a proxy in front of it, is misconfigured. Report it to the server's administrator.</source>
      <translation>{host} envió {what} indicando que está comprimido ({encoding}) cuando no lo está, así que no se puede leer: el servidor, o un proxy delante de él, está mal configurado. Informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="157" />
      <source>{host} sent {what} with a character that is not valid text (half of an emoji, or text not in UTF-8) in {fields}: it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>{host} envió {what} con un carácter que no es texto válido (la mitad de un emoji, o texto que no está en UTF-8) en {fields}: se reemplazó por {mark}, el resto se conserva tal como se envió.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="213" />
      <source>{host} sent, for {what}, an item that is not a submission (page {page}, item {number}: {kind} instead of a JSON object). Nothing was changed; report it to the server's administrator.</source>
      <translation>{host} envió, para {what}, un elemento que no es un envío (página {page}, elemento {number}: {kind} en lugar de un objeto JSON). No se modificó nada; informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="376" />
      <source>{host} was still sending a page of {what} after {seconds} seconds ({received} bytes): the download was stopped. Try again later or on a better connection; what was already downloaded is kept.</source>
      <translation>{host} seguía enviando una página de {what} después de {seconds} segundos ({received} bytes): se detuvo la descarga. Vuelva a intentarlo más tarde o con una conexión mejor; lo ya descargado se conserva.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="220" />
      <source>{host} writes its 'next page' links for {what} with another address ({other}), as a server behind a proxy or configured with another domain name does: the pages are asked of {host}, and nothing is sent to {other}.</source>
      <translation>{host} escribe sus enlaces de 'página siguiente' para {what} con otra dirección ({other}), como hace un servidor detrás de un proxy o configurado con otro nombre de dominio: las páginas se piden a {host} y no se envía nada a {other}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/file_download.py" line="291" />
      <source>{host}'s file storage answered {answer} for {row} attachments in a row: the remaining %n attachments were not asked. The submissions are all in the GeoPackage; run the download again with Update and attachments ticked later to fetch them.</source>
      <translation>
        <numerusform>El almacenamiento de archivos de {host} falló ({answer}) con {row} archivos adjuntos seguidos: no se solicitó %n archivo adjunto restante. Todos los envíos están en el GeoPackage; vuelva a ejecutar la descarga más tarde con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas para obtenerlo.</numerusform>
        <numerusform>El almacenamiento de archivos de {host} falló ({answer}) con {row} archivos adjuntos seguidos: no se solicitaron los %n archivos adjuntos restantes. Todos los envíos están en el GeoPackage; vuelva a ejecutar la descarga más tarde con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas para obtenerlos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="419" />
      <source>{host}: {reason} for {what}; retry {attempt} of {total} in {seconds} seconds.</source>
      <translation>{host}: {reason} para {what}; reintento {attempt} de {total} dentro de {seconds} segundos.</translation>
    </message>
    <message>
      <source>{host}: {reason} for {what}; retry {attempt} of {total}.</source>
      <translation type="vanished">{host}: {reason} para {what}; reintento {attempt} de {total}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="121" />
      <source>{kind}: an A4 landscape map of the sample survey</source>
      <translation>{kind}: un mapa A4 horizontal de la encuesta de ejemplo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="82" />
      <source>{label} (label)</source>
      <translation>{label} (etiqueta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/companions.py" line="123" />
      <source>{layer} carries no form of the survey, so the protections that read it (lists of people, calculated positions, question types) could not apply: share the survey's GeoPackage, which carries its form, instead.</source>
      <translation>{layer} no contiene el formulario de la encuesta, así que las protecciones que lo leen (listas de personas, posiciones calculadas, tipos de pregunta) no se pudieron aplicar: comparta en su lugar el GeoPackage de la encuesta, que contiene su formulario.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="191" />
      <source>{layer} holds rows of submissions (a repeat table) whose survey table was not found beside it: whether their households refused consent could not be checked, and rows of refusals may be shared. Share the table from the GeoPackage the survey was imported into to leave them out.</source>
      <translation>{layer} contiene filas de envíos (una tabla de repetición) cuya tabla de encuesta no se encontró junto a ella: no se pudo verificar si sus hogares rechazaron el consentimiento, y podrían compartirse filas de hogares que lo rechazaron. Comparta la tabla desde el GeoPackage en el que se importó la encuesta para excluirlas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="422" />
      <source>{layer} is a repeat table: its rows belong to submissions by _submission__uuid and _index, and the cleaning log names submissions (_uuid), not repeat rows, so it cannot be applied to it. Apply the log to the survey layer; correct a repeat answer in a copy of {layer} in QGIS, or remove the whole submission with remove_survey.</source>
      <translation>{layer} es una tabla de repetición: sus filas pertenecen a los envíos por _submission__uuid e _index, y el registro de limpieza designa envíos (_uuid), no filas de repetición, así que no se le puede aplicar. Aplique el registro a la capa de encuesta; corrija una respuesta de repetición en una copia de {layer} en QGIS, o quite el envío completo con remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="255" />
      <source>{mode} in {seconds} s: {counts}.</source>
      <translation>{mode} en {seconds} s: {counts}.</translation>
    </message>
    <message>
      <source>{mode}: {new} new submissions, {total} in all, from {pages} pages in {seconds} s; {files} attachments.</source>
      <translation type="vanished">{mode}: {new} envíos nuevos, {total} en total, de {pages} páginas en {seconds} s; {files} archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="212" />
      <source>{name} ({url})</source>
      <translation>{name} ({url})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="210" />
      <source>{name} cannot be {value}: choose one of {options}.</source>
      <translation>{name} no puede valer {value}: elija una de estas opciones: {options}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/download_common.py" line="128" />
      <source>{new} (%n of them older, missing from the GeoPackage)</source>
      <translation>
        <numerusform>{new} (%n de ellos más antiguo, que faltaba en el GeoPackage)</numerusform>
        <numerusform>{new} (%n de ellos más antiguos, que faltaban en el GeoPackage)</numerusform>
      </translation>
    </message>
    <message>
      <source>{new} new submissions downloaded into {file}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">{new} envíos nuevos, {edits} valores editados, {decisions} decisiones de limpieza fusionados en {file}.</translation>
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {rows} repeat rows added, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">{new} envíos nuevos, {edits} valores editados, {rows} filas de repetición añadidas, {decisions} decisiones de limpieza fusionados en {file}.</translation>
    </message>
    <message>
      <source>{new} new submissions, {total} in all, {pages} pages, {files} attachments.</source>
      <translation type="vanished">{new} envíos nuevos, {total} en total, {pages} páginas, {files} archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="54" />
      <source>{parameter} gives env: for {what}, but no environment variable of that name is set, or it is empty. After env: write the name of a variable that holds the secret, never the secret itself: if you wrote {what} there, put it in an environment variable or a file and name that instead.</source>
      <translation>{parameter} indica env: para {what}, pero no hay ninguna variable de entorno definida con ese nombre, o está vacía. Después de env: escriba el nombre de una variable que contenga el secreto, nunca el secreto mismo: si escribió allí {what}, póngalo en una variable de entorno o en un archivo e indique eso en su lugar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="72" />
      <source>{parameter} gives file: for {what}, but what follows is not an existing file, and it may be the secret itself. Put {what} in a file or an environment variable and write file:PATH or env:NAME instead.</source>
      <translation>{parameter} indica file: para {what}, pero lo que sigue no es un archivo existente, y puede ser el secreto mismo. Ponga {what} en un archivo o en una variable de entorno y escriba en su lugar file:PATH o env:NAME.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="117" />
      <source>{parameter} is '{value}', not a number: give a number.</source>
      <translation>{parameter} es '{value}', que no es un número: indique un número.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="79" />
      <source>{parameter} must start with env: or file: ({what}): what was given is not an existing file, and it may be the secret itself. Put it in an environment variable or a file and write env:NAME or file:PATH instead.</source>
      <translation>{parameter} debe empezar por env: o file: ({what}): lo indicado no es un archivo existente, y puede ser el secreto mismo. Póngalo en una variable de entorno o en un archivo y escriba en su lugar env:NAME o file:PATH.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="204" />
      <source>{parent} → {child}</source>
      <translation>{parent} → {child}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="194" />
      <source>{place} is not the area answered in {column} ({code}).</source>
      <translation>{place} no es la unidad administrativa indicada en {column} ({code}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="88" />
      <source>{questions} and {choices}</source>
      <translation>{questions} y {choices}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="141" />
      <source>{question} '{code}' belongs to no choice row matching {answers}.</source>
      <translation>{question} '{code}' no pertenece a ninguna fila de opciones que coincida con {answers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="134" />
      <source>{question} '{code}' belongs to {parent} '{expected}', but {parent} is '{answer}'.</source>
      <translation>{question} '{code}' pertenece a {parent} '{expected}', pero {parent} es '{answer}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="297" />
      <source>{question} is a question of the repeat {repeat}, whose rows the cleaning log cannot change (it names submissions, not repeat rows): correct it in a copy of the {repeat} table in QGIS, or remove the whole submission with remove_survey</source>
      <translation>{question} es una pregunta de la repetición {repeat}, cuyas filas el registro de limpieza no puede cambiar (designa envíos, no filas de repetición): corríjala en una copia de la tabla {repeat} en QGIS, o quite el envío completo con remove_survey</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="311" />
      <source>{question} is not an answer but the key or the geometry of the layer: the cleaning log cannot change it</source>
      <translation>{question} no es una respuesta sino la clave o la geometría de la capa: el registro de limpieza no puede cambiarla</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="89" />
      <source>{question} is required by the form and was relevant, but is empty.</source>
      <translation>La pregunta {question} es obligatoria en el formulario y era pertinente, pero su respuesta está vacía.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="43" />
      <source>{question} was not checked against its choice_filter '{filter}': only filters of {example} equalities joined by 'and' are read. Check its answers by hand.</source>
      <translation>{question} no se verificó frente a su choice_filter '{filter}': solo se leen los filtros de igualdades {example} unidas por 'and'. Verifique sus respuestas a mano.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="53" />
      <source>{question} was not checked against its choice_filter '{filter}': {reason}. Check its answers by hand.</source>
      <translation>{question} no se verificó frente a su choice_filter '{filter}': {reason}. Verifique sus respuestas a mano.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="86" />
      <source>{question}: in %n submissions the answer and its choice columns disagree after the cleaning log (it changed one and not the other). Add the matching changes to the log.</source>
      <translation>
        <numerusform>{question}: en %n envío la respuesta y sus columnas de opciones no concuerdan tras el registro de limpieza (cambió una y no la otra). Añada al registro el cambio correspondiente.</numerusform>
        <numerusform>{question}: en %n envíos la respuesta y sus columnas de opciones no concuerdan tras el registro de limpieza (cambió una y no la otra). Añada al registro los cambios correspondientes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/choice_filters.py" line="92" />
      <source>{question}: in %n submissions the answer is not one of the choices the form allows for their other answers (choice_filter {filter}) after the cleaning log (first: feature {fid}, {question} {code} with {answers}). Check the log's rows on these questions.</source>
      <translation>
        <numerusform>{question}: en %n envío la respuesta no es una de las opciones que el formulario permite para sus demás respuestas (choice_filter {filter}) tras aplicar el registro de limpieza (entidad {fid}, {question} {code} con {answers}). Verifique las filas del registro sobre estas preguntas.</numerusform>
        <numerusform>{question}: en %n envíos la respuesta no es una de las opciones que el formulario permite para sus demás respuestas (choice_filter {filter}) tras aplicar el registro de limpieza (el primero: entidad {fid}, {question} {code} con {answers}). Verifique las filas del registro sobre estas preguntas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="466" />
      <source>{readme} · {folder}</source>
      <translation>{readme} · {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="98" />
      <source>{rows} points moved in a random direction by {min:.0f} to {max:.0f} m.</source>
      <translation>{rows} puntos desplazados en una dirección aleatoria de {min:.0f} a {max:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="113" />
      <source>{rows} points moved to the centre of {size:.0f} m grid cells.</source>
      <translation>{rows} puntos desplazados al centro de celdas de cuadrícula de {size:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="202" />
      <source>{rows} rows for {submissions} submissions.</source>
      <translation>{rows} filas para {submissions} envíos.</translation>
    </message>
    <message>
      <source>{rows} rows imported from {file}. Save them to keep them.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{rows} rows written to {file}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{rows} submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{rows} submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="190" />
      <source>{rows}; {counts}.</source>
      <translation>{rows}; {counts}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="157" />
      <source>{server} answered {what} with HTTP {status} and no file, so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} respondió a {what} con HTTP {status} y sin archivo, así que no se guardó nada. Vuelva a ejecutar la descarga más tarde con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas; si sigue ocurriendo, informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="173" />
      <source>{server} answered {what} with a message instead of the file ({message}), so it was not kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} respondió a {what} con un mensaje en lugar del archivo ({message}), así que la respuesta no se guardó. Vuelva a ejecutar la descarga más tarde con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas; si sigue ocurriendo, informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="106" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept. Check in a web browser that this account can open the form's attachments, then run an update with attachments to fetch it.</source>
      <translation>{server} respondió a {what} con una página web (una página de inicio de sesión, por ejemplo) en lugar del archivo, así que la respuesta no se guardó. Verifique en un navegador web que esta cuenta puede abrir los archivos adjuntos del formulario y luego ejecute una actualización con archivos adjuntos para obtener el archivo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="113" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept: the file is on {other}, which is not {host} and so gets none of its credentials. Ask the administrator of {host} to serve the attachments from {host}, then run an update with attachments.</source>
      <translation>{server} respondió a {what} con una página web (una página de inicio de sesión, por ejemplo) en lugar del archivo, así que la respuesta no se guardó: el archivo está en {other}, que no es {host} y por eso no recibe ninguna de sus credenciales. Pida al administrador de {host} que sirva los archivos adjuntos desde {host} y luego ejecute una actualización con archivos adjuntos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="149" />
      <source>{server} answered {what} with only part of the file (HTTP 206 Partial Content), so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} respondió a {what} con solo una parte del archivo (HTTP 206 Partial Content), así que no se guardó nada. Vuelva a ejecutar la descarga más tarde con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas; si sigue ocurriendo, informe al administrador del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="165" />
      <source>{server} sent an empty answer for {what} instead of the file, so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} envió una respuesta vacía para {what} en lugar del archivo, así que no se guardó nada. Vuelva a ejecutar la descarga más tarde con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas; si sigue ocurriendo, informe al administrador del servidor.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="191" />
      <source>{shown} of %n rows shown</source>
      <translation>
        <numerusform>{shown} de %n fila mostrada</numerusform>
        <numerusform>{shown} de %n filas mostradas</numerusform>
      </translation>
    </message>
    <message>
      <source>{shown} of {rows} rows shown; {pending} pending, {changed} to change, {removed} to remove, {kept} kept as they are.</source>
      <translation type="vanished">{shown} de {rows} filas mostradas; {pending} pendientes, {changed} por cambiar, {removed} por eliminar, {kept} se dejan tal cual.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="399" />
      <source>{table}: the form now gives {column} another type, but that column of the survey layer holds only {kind}: %n new answers that did not fit were left empty there ({raw} keeps them as answered).</source>
      <translation>
        <numerusform>{table}: el formulario ahora da otro tipo a {column}, pero esa columna de la capa de la encuesta solo contiene {kind}: %n respuesta nueva que no encajaba se dejó vacía ({raw} la conserva tal como se respondió).</numerusform>
        <numerusform>{table}: el formulario ahora da otro tipo a {column}, pero esa columna de la capa de la encuesta solo contiene {kind}: %n respuestas nuevas que no encajaban se dejaron vacías ({raw} las conserva tal como se respondieron).</numerusform>
      </translation>
    </message>
    <message>
      <source>{total} submissions counted in {areas} areas; {outside} outside every area or with an unknown P-code; {missing} without location or P-code.</source>
      <translation type="vanished">{total} envíos contados en {areas} unidades; {outside} fuera de toda unidad o con un P-code desconocido; {missing} sin posición ni P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="57" />
      <source>{what} has no http or https address: it was not asked.</source>
      <translation>{what} no tiene dirección http o https: no se solicitó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="121" />
      <source>{what} is not on {host} (HTTP 404): it may have been deleted from its submission, or not uploaded yet.</source>
      <translation>No encontrado en {host} (HTTP 404): {what}. Puede que el archivo se haya eliminado de su envío, o que todavía no se haya subido.</translation>
    </message>
    <message>
      <source>{what} is {size} MB but only {free} MB are free on the disk of {folder}: free some space or choose another folder, then download again.</source>
      <translation type="vanished">{what} ocupa {size} MB pero solo quedan {free} MB libres en el disco de {folder}: libere espacio o elija otra carpeta y vuelva a descargar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="189" />
      <source>{what} is {size} MB, more than the free space on the disk of {folder} ({free} MB): it was not downloaded. Free some space, then run the download again with Update and attachments ticked.</source>
      <translation>{what} ocupa {size} MB, más que el espacio libre en el disco de {folder} ({free} MB): no se descargó. Libere espacio y vuelva a ejecutar la descarga con las casillas «Actualizar» y «Descargar los archivos adjuntos» marcadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="69" />
      <source>{what} per admin area</source>
      <translation>{what} por unidad administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="141" />
      <source>{what} was not found on {host} (HTTP 404): the form may have been deleted or archived, or its ID is wrong. Check it on the server's web page.</source>
      <translation>No encontrado en {host} (HTTP 404): {what}. Puede que el formulario se haya eliminado o archivado, o que su ID sea incorrecto. Verifíquelo en la página web del servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="213" />
      <source>{where} (id "{id}")</source>
      <translation>{where} (id "{id}")</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="297" />
      <source>{where} ({uuid}, {question}): {who} saved '{db_change}' (new value '{db_value}') at {when}, version {db_version}, after you loaded version {version}. Yours, '{change_type}' (new value '{new_value}'), was not saved: load the log again and decide on the current value.</source>
      <translation>{where} ({uuid}, {question}): {who} guardó '{db_change}' (nuevo valor '{db_value}') el {when}, versión {db_version}, después de que usted cargara la versión {version}. La suya, '{change_type}' (nuevo valor '{new_value}'), no se guardó: cargue de nuevo el registro y decida sobre el valor actual.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="147" />
      <source>{where} holds {problem}: copy it again, in full and on one line, from where it was created.</source>
      <translation>{where} contiene {problem}: vuelva a copiar el valor, completo y en una sola línea, desde donde se creó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="92" />
      <source>{where}, step "{id}"</source>
      <translation>{where}, paso "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="96" />
      <source>{where}: "expect" must have a type among {types}.</source>
      <translation>{where}: "expect" debe tener un tipo entre {types}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="270" />
      <source>{where}: "language" must be a two-letter code such as en or fr.</source>
      <translation>{where}: "language" debe ser un código de dos letras, como en o fr.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="248" />
      <source>{where}: "title" must give the title by language, e.g. {{"en": "…", "fr": "…"}}.</source>
      <translation>{where}: "title" debe dar el título por idioma, por ejemplo {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="264" />
      <source>{where}: "url" must be an http(s) address (found "{url}").</source>
      <translation>{where}: "url" debe ser una dirección http(s) (encontrado: "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="225" />
      <source>{where}: "versions" must map a language (en, fr…) to a title and a url.</source>
      <translation>{where}: "versions" debe asociar cada idioma (en, fr…) a un título y una url.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="276" />
      <source>{where}: "{key}" must be a list of names.</source>
      <translation>{where}: "{key}" debe ser una lista de nombres.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="63" />
      <source>{where}: "{name}" must give at least the English text: {{"en": "…", "fr": "…"}}.</source>
      <translation>{where}: "{name}" debe dar al menos el texto en inglés: {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="47" />
      <source>{where}: '{value}' is not a valid value for the field {column}: {reason}</source>
      <translation>{where}: '{value}' no es un valor válido para el campo {column}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="206" />
      <source>{where}: an entry must be an object with id, title, topic and url.</source>
      <translation>{where}: una entrada debe ser un objeto con id, title, topic y url.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="101" />
      <source>{where}: every step needs its own id.</source>
      <translation>{where}: cada paso necesita su propio id.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="310" />
      <source>{where}: id "{id}" is used twice; the first one is kept.</source>
      <translation>{where}: el id "{id}" se usa dos veces; se conserva el primero.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="238" />
      <source>{where}: the "{lang}" version has no http(s) url (found "{url}").</source>
      <translation>{where}: la versión "{lang}" no tiene url http(s) (encontrado: "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="235" />
      <source>{where}: the "{lang}" version has no title.</source>
      <translation>{where}: la versión "{lang}" no tiene título.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="212" />
      <source>{where}: the entry has no "id".</source>
      <translation>{where}: la entrada no tiene "id".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="293" />
      <source>{where}: the log row {log_id} no longer exists; your decision '{change_type}' was not saved.</source>
      <translation>{where}: la fila {log_id} del registro ya no existe; su decisión '{change_type}' no se guardó.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="217" />
      <source>{where}: topic "{topic}" is not one of: {topics}.</source>
      <translation>{where}: el tema "{topic}" no es uno de: {topics}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="328" />
      <source>{where}: your sheet has log row {log_id} as {uuid}, {question}, old value '{old_value}', but the cleaning log now holds {db_uuid}, {db_question}, old value '{db_old_value}' there (the survey was shared or checked again). Your decision '{change_type}' was not saved: export a new review sheet and decide on that row again.</source>
      <translation>{where}: su hoja tiene la fila {log_id} del registro como {uuid}, {question}, valor anterior '{old_value}', pero el registro de limpieza contiene ahora ahí {db_uuid}, {db_question}, valor anterior '{db_old_value}' (la encuesta se volvió a compartir o a verificar). Su decisión '{change_type}' no se guardó: exporte una hoja de revisión nueva y vuelva a decidir sobre esa fila.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="33" />
      <source>“{code}”: {count} (first: feature {fid})</source>
      <translation>«{code}»: {count} (primera: entidad {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="196" />
      <source>“{given}” is the label of the answer “{code}” of {field}, the choice name the survey stores ({count} submissions give it): “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>«{given}» es la etiqueta de la respuesta «{code}» de {field}, el nombre de opción que guarda la encuesta ({count} envíos la dan): se contó «{code}». Indique ANSWER_VALUE={code} para contarla sin esta advertencia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="38" />
      <source>“{text}” as {number}: {count} (first: feature {fid})</source>
      <translation>«{text}» como {number}: {count} (primera: entidad {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="104" />
      <source>“{typed}” as {code}: {count} (first: feature {fid})</source>
      <translation>«{typed}» como {code}: {count} (primera: entidad {fid})</translation>
    </message>
  </context>
</TS>
