<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
      <translation> submissões</translation>
    </message>
    <message>
      <source> within its {group}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="59" />
      <source>"{column}" holds the labels of the answers to "{question}", chosen from a list of {what}.</source>
      <translation>A coluna «{column}» contém as etiquetas das respostas a «{question}», escolhidas de uma lista de {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="55" />
      <source>"{column}" is calculated from the location question "{question}": it holds {what}.</source>
      <translation>A coluna «{column}» é calculada a partir da pergunta de localização «{question}»: contém {what}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="244" />
      <source>%n GPS points of the layer lie away from the coordinates answered in {latitude}/{longitude} (first: {uuid}): they were moved after the import, and the GPS checks used the points, not the columns.</source>
      <translation>
        <numerusform>%n ponto GPS da camada está afastado das coordenadas respondidas em {latitude}/{longitude} (primeiro: {uuid}): foi movido depois da importação, e as verificações GPS usaram o ponto, não as colunas.</numerusform>
        <numerusform>%n pontos GPS da camada estão afastados das coordenadas respondidas em {latitude}/{longitude} (primeiro: {uuid}): foram movidos depois da importação, e as verificações GPS usaram os pontos, não as colunas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="263" />
      <source>%n _uuids shared by several rows of {table} had rows added or deleted, in a package prepared by version 0.2.0 that cannot tell them apart: their field changes were not merged.</source>
      <translation>
        <numerusform>%n _uuid partilhado por várias linhas de {table} teve linhas adicionadas ou eliminadas, num pacote preparado pela versão 0.2.0 que não as consegue distinguir: as suas alterações de campo não foram fundidas.</numerusform>
        <numerusform>%n _uuid partilhados por várias linhas de {table} tiveram linhas adicionadas ou eliminadas, num pacote preparado pela versão 0.2.0 que não as consegue distinguir: as suas alterações de campo não foram fundidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="105" />
      <source>%n answers of {field} are not numbers and were left out of the summary per area: {listed}. Correct them in the survey if they are numbers.</source>
      <translation>
        <numerusform>%n resposta de {field} não é um número e foi deixada fora do resumo por unidade: {listed}. Corrija-a no inquérito se for um número.</numerusform>
        <numerusform>%n respostas de {field} não são números e foram deixadas fora do resumo por unidade: {listed}. Corrija-as no inquérito se forem números.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="115" />
      <source>%n answers of {field} are written with a decimal comma and were counted as numbers, as the import reads them: {listed}. If the comma separates thousands, correct them in the survey.</source>
      <translation>
        <numerusform>%n resposta de {field} está escrita com vírgula decimal e foi contada como número, tal como a importação a lê: {listed}. Se a vírgula separar os milhares, corrija-a no inquérito.</numerusform>
        <numerusform>%n respostas de {field} estão escritas com vírgula decimal e foram contadas como números, tal como a importação as lê: {listed}. Se a vírgula separar os milhares, corrija-as no inquérito.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="252" />
      <source>%n areas</source>
      <translation>
        <numerusform>%n unidade</numerusform>
        <numerusform>%n unidades</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="118" />
      <source>%n areas of {layer} have no P-code ({areas}): each is counted on its own, none merged. Give them their P-codes.</source>
      <translation>
        <numerusform>%n área de {layer} não tem P-code ({areas}): é contada à parte. Atribua-lhe o seu P-code.</numerusform>
        <numerusform>%n áreas de {layer} não têm P-code ({areas}): cada uma é contada à parte, nenhuma é fundida. Atribua-lhes os seus P-codes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="105" />
      <source>%n areas of {layer} have no boundary (their geometry is empty): {areas}. No submission can be placed in them by location: their submissions are counted outside every area. Give them their boundaries, or count by the P-code of the submissions.</source>
      <translation>
        <numerusform>%n unidade de {layer} não tem limite (a sua geometria está vazia): {areas}. Nenhuma submissão pode ser situada nela pela sua posição: as suas submissões são contadas fora de todas as unidades. Atribua-lhe o seu limite, ou conte pelo P-code das submissões.</numerusform>
        <numerusform>%n unidades de {layer} não têm limite (a sua geometria está vazia): {areas}. Nenhuma submissão pode ser situada nelas pela sua posição: as suas submissões são contadas fora de todas as unidades. Atribua-lhes os seus limites, ou conte pelo P-code das submissões.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/export_map.py" line="276" />
      <source>%n areas of {layer} show a value made from fewer than {n} submissions: the map hides them as insufficient data, but the layer still holds their values; do not share the layer as it is.</source>
      <translation>
        <numerusform>%n unidade de {layer} mostra um valor feito com menos de {n} submissões: o mapa oculta-a como dados insuficientes, mas a camada ainda guarda o valor; não partilhe a camada tal como está.</numerusform>
        <numerusform>%n unidades de {layer} mostram um valor feito com menos de {n} submissões: o mapa oculta-as como dados insuficientes, mas a camada ainda guarda os seus valores; não partilhe a camada tal como está.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="263" />
      <source>%n attachments</source>
      <translation>
        <numerusform>%n anexo</numerusform>
        <numerusform>%n anexos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachments.py" line="33" />
      <source>%n attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation>
        <numerusform>%n anexo não pôde ser descarregado e foi ignorado: {files}. As submissões estão todas no GeoPackage; para obter o ficheiro mais tarde, volte a executar o descarregamento para este GeoPackage com as caixas «Atualizar» e «Descarregar os anexos» marcadas.</numerusform>
        <numerusform>%n anexos não puderam ser descarregados e foram ignorados: {files}. As submissões estão todas no GeoPackage; para obter os ficheiros mais tarde, volte a executar o descarregamento para este GeoPackage com as caixas «Atualizar» e «Descarregar os anexos» marcadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="128" />
      <source>%n attachments had the names of different files already in {folder}: they were copied under new names and their rows link to those names: {files}.</source>
      <translation>
        <numerusform>%n anexo tinha o nome de outro ficheiro já presente em {folder}: foi copiado com um novo nome e a sua linha remete para esse nome: {files}.</numerusform>
        <numerusform>%n anexos tinham os nomes de outros ficheiros já presentes em {folder}: foram copiados com novos nomes e as suas linhas remetem para esses nomes: {files}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="120" />
      <source>%n attachments of the merged rows were copied into {folder}.</source>
      <translation>
        <numerusform>%n anexo das linhas fundidas foi copiado para {folder}.</numerusform>
        <numerusform>%n anexos das linhas fundidas foram copiados para {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="246" />
      <source>%n attachments of {file} are missing and not in the package: {files}</source>
      <translation>
        <numerusform>Falta %n anexo de {file} e não está no pacote: {files}</numerusform>
        <numerusform>Faltam %n anexos de {file} e não estão no pacote: {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="53" />
      <source>%n attachments were missing after earlier downloads: {recovered} fetched now, {still} still missing.</source>
      <translation>
        <numerusform>%n anexo estava em falta após os descarregamentos anteriores: recuperados agora, {recovered}; ainda em falta, {still}.</numerusform>
        <numerusform>%n anexos estavam em falta após os descarregamentos anteriores: recuperados agora, {recovered}; ainda em falta, {still}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="425" />
      <source>%n change_response rows of the cleaning log {file} have no new value (rows {rows}): their answers were emptied, as blank_response does. If that was not meant, write the new values (a check that suggests none leaves them to you) or choose no_action.</source>
      <translation>
        <numerusform>%n linha change_response do registo de limpeza {file} não tem novo valor (linha {rows}): a sua resposta foi esvaziada, como faz blank_response. Se não era isso que se pretendia, escreva o novo valor (uma verificação que não sugere nenhum deixa-o a seu cargo) ou escolha no_action.</numerusform>
        <numerusform>%n linhas change_response do registo de limpeza {file} não têm novo valor (linhas {rows}): as suas respostas foram esvaziadas, como faz blank_response. Se não era isso que se pretendia, escreva os novos valores (uma verificação que não sugere nenhum deixa-os a seu cargo) ou escolha no_action.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="128" />
      <source>%n changes made in the field were not merged (see the warnings above).</source>
      <translation>
        <numerusform>%n alteração feita no terreno não foi fundida (veja os avisos acima).</numerusform>
        <numerusform>%n alterações feitas no terreno não foram fundidas (veja os avisos acima).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="74" />
      <source>%n changes of the cleaning log name an old value the survey does not have (first: row {row}, {column}: '{old}' in the log, '{found}' in the survey). Was the log made for this survey?</source>
      <translation>
        <numerusform>%n alteração do registo de limpeza indica um valor antigo que o inquérito não tem (primeira: linha {row}, {column}: '{old}' no registo, '{found}' no inquérito). O registo foi feito para este inquérito?</numerusform>
        <numerusform>%n alterações do registo de limpeza indicam um valor antigo que o inquérito não tem (primeira: linha {row}, {column}: '{old}' no registo, '{found}' no inquérito). O registo foi feito para este inquérito?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="81" />
      <source>%n choices (lists: {lists})</source>
      <translation>
        <numerusform>%n opção (lista: {lists})</numerusform>
        <numerusform>%n opções (listas: {lists})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="95" />
      <source>%n cleaning decisions</source>
      <translation>
        <numerusform>%n decisão de limpeza</numerusform>
        <numerusform>%n decisões de limpeza</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="124" />
      <source>%n cleaning decisions about those columns were left out too.</source>
      <translation>
        <numerusform>Também ficou de fora %n decisão de limpeza sobre essas colunas.</numerusform>
        <numerusform>Também ficaram de fora %n decisões de limpeza sobre essas colunas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="95" />
      <source>%n columns at high risk ({columns})</source>
      <translation>
        <numerusform>%n coluna de risco elevado ({columns})</numerusform>
        <numerusform>%n colunas de risco elevado ({columns})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="285" />
      <source>%n columns likely hold personal data ({high} at high risk). Protect them before sharing the file.</source>
      <translation>
        <numerusform>%n coluna contém provavelmente dados pessoais ({high} com risco elevado). Proteja-a antes de partilhar o ficheiro.</numerusform>
        <numerusform>%n colunas contêm provavelmente dados pessoais ({high} com risco elevado). Proteja-as antes de partilhar o ficheiro.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="84" />
      <source>%n columns of the layer keep their questions' group path (first: '{column}'): they were checked as their questions ('{question}'...), the names the cleaning log uses.</source>
      <translation>
        <numerusform>%n coluna da camada mantém o caminho de grupo da sua pergunta (primeira: '{column}'): foi verificada como a sua pergunta '{question}', o nome que o registo de limpeza usa.</numerusform>
        <numerusform>%n colunas da camada mantêm o caminho de grupo das suas perguntas (primeira: '{column}'): foram verificadas como as suas perguntas ('{question}'...), os nomes que o registo de limpeza usa.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="85" />
      <source>%n columns, separated by {separator}.</source>
      <translation>
        <numerusform>%n coluna, separada por {separator}.</numerusform>
        <numerusform>%n colunas, separadas por {separator}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="131" />
      <source>%n conflicts are between two copies of this package (one package copied onto several laptops?): another copy merged before had changed the values otherwise; the values merged first were kept.</source>
      <translation>
        <numerusform>%n conflito ocorre entre duas cópias deste pacote (um mesmo pacote copiado para vários portáteis?): outra cópia fundida antes tinha alterado o valor de outra forma; foi mantido o valor fundido primeiro.</numerusform>
        <numerusform>%n conflitos ocorrem entre duas cópias deste pacote (um mesmo pacote copiado para vários portáteis?): outra cópia fundida antes tinha alterado os valores de outra forma; foram mantidos os valores fundidos primeiro.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="116" />
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept.</source>
      <translation>
        <numerusform>%n conflito: um valor foi alterado tanto no escritório como no terreno. O valor do escritório foi mantido.</numerusform>
        <numerusform>%n conflitos: foram alterados valores tanto no escritório como no terreno. Os valores do escritório foram mantidos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept; see the table {table} and {csv}.</source>
      <translation type="vanished">
        <numerusform>%n conflito: um valor foi alterado tanto no escritório como no terreno. O valor do escritório foi mantido; veja a tabela {table} e {csv}.</numerusform>
        <numerusform>%n conflitos: foram alterados valores tanto no escritório como no terreno. Os valores do escritório foram mantidos; veja a tabela {table} e {csv}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone ({columns}) were read as the time of the field laptops ({zone}, recorded when the package was prepared) and stored in UTC, as the office stores them.</source>
      <translation type="vanished">
        <numerusform>%n data e hora escrita no terreno sem fuso horário ({columns}) foi lida como a hora dos portáteis de campo ({zone}, registada quando o pacote foi preparado) e guardada em UTC, como o escritório as guarda.</numerusform>
        <numerusform>%n datas e horas escritas no terreno sem fuso horário ({columns}) foram lidas como a hora dos portáteis de campo ({zone}, registada quando o pacote foi preparado) e guardadas em UTC, como o escritório as guarda.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="264" />
      <source>%n date-times written in the field without a time zone ({columns}) were read in the time zone chosen for the field laptops when the package was prepared ({zone}) and stored in UTC, as the office stores them.</source>
      <translation>
        <numerusform>%n data e hora escrita no terreno sem fuso horário ({columns}) foi lida no fuso horário escolhido para os portáteis de campo quando o pacote foi preparado ({zone}) e guardada em UTC, como o escritório as guarda.</numerusform>
        <numerusform>%n datas e horas escritas no terreno sem fuso horário ({columns}) foram lidas no fuso horário escolhido para os portáteis de campo quando o pacote foi preparado ({zone}) e guardadas em UTC, como o escritório as guarda.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="304" />
      <source>%n date-times written in the field without a time zone are in the hour the clocks repeat when they go back in the field laptops' time zone ({zone}) (the first: {value}, fid {row} of {table}, column {column}): they were read as the later of the two possible times; check them.</source>
      <translation>
        <numerusform>%n data e hora escrita no terreno sem fuso horário está na hora que os relógios repetem ao atrasar no fuso horário dos portáteis de campo ({zone}) ({value}, fid {row} de {table}, coluna {column}): foi lida como a mais tardia das duas horas possíveis; verifique-a.</numerusform>
        <numerusform>%n datas e horas escritas no terreno sem fuso horário estão na hora que os relógios repetem ao atrasar no fuso horário dos portáteis de campo ({zone}) (a primeira: {value}, fid {row} de {table}, coluna {column}): foram lidas como a mais tardia das duas horas possíveis; verifique-as.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone are the office's in UTC's clock, as QGIS 3.22 writes untouched values it saves again, but other times in the field laptops' time zone ({zone}): they were taken as unchanged (the first: fid {row} of {table}, column {column}); if some were corrections made on a laptop, make them again in the office file.</source>
      <translation type="vanished">
        <numerusform>%n data e hora escrita no terreno sem fuso horário é a do escritório na hora UTC, como o QGIS 3.22 escreve um valor inalterado que volta a guardar, mas outra hora no fuso horário dos portáteis de campo ({zone}): foi considerada inalterada (fid {row} de {table}, coluna {column}); se era uma correção feita num portátil, faça-a de novo no ficheiro do escritório.</numerusform>
        <numerusform>%n datas e horas escritas no terreno sem fuso horário são as do escritório na hora UTC, como o QGIS 3.22 escreve os valores inalterados que volta a guardar, mas outras horas no fuso horário dos portáteis de campo ({zone}): foram consideradas inalteradas (a primeira: fid {row} de {table}, coluna {column}); se algumas eram correções feitas num portátil, faça-as de novo no ficheiro do escritório.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="283" />
      <source>%n date-times written in the field without a time zone do not exist in the field laptops' time zone ({zone}), in the hour the clocks skip when they go forward (the first: {value}, fid {row} of {table}, column {column}): they were not merged and are listed in the table {conflicts}; write in the office file the times they really were.</source>
      <translation>
        <numerusform>%n data e hora escrita no terreno sem fuso horário não existe no fuso horário dos portáteis de campo ({zone}), na hora que os relógios saltam ao adiantar ({value}, fid {row} de {table}, coluna {column}): não foi fundida e está listada na tabela {conflicts}; escreva no ficheiro do escritório a hora que era realmente.</numerusform>
        <numerusform>%n datas e horas escritas no terreno sem fuso horário não existem no fuso horário dos portáteis de campo ({zone}), na hora que os relógios saltam ao adiantar (a primeira: {value}, fid {row} de {table}, coluna {column}): não foram fundidas e estão listadas na tabela {conflicts}; escreva no ficheiro do escritório as horas que eram realmente.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="88" />
      <source>%n dates of {column} are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year without doubt (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Export the data again from the server, or write the dates YYYY-MM-DD.</source>
      <translation>
        <numerusform>%n data de {column} não é uma data ISO (AAAA-MM-DD) e não pôde ser lida sem ambiguidade como dia/mês/ano (primeira: {uuid}, '{value}'): a sua entrevista não foi verificada quanto à duração, ao período de recolha ou às séries de entrevistas seguidas. Exporte novamente os dados a partir do servidor, ou escreva as datas como AAAA-MM-DD.</numerusform>
        <numerusform>%n datas de {column} não são datas ISO (AAAA-MM-DD) e não puderam ser lidas sem ambiguidade como dia/mês/ano (primeira: {uuid}, '{value}'): as suas entrevistas não foram verificadas quanto à duração, ao período de recolha ou às séries de entrevistas seguidas. Exporte novamente os dados a partir do servidor, ou escreva as datas como AAAA-MM-DD.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="115" />
      <source>%n decisions are still pending: they change nothing.</source>
      <translation>
        <numerusform>%n decisão continua pendente: não altera nada.</numerusform>
        <numerusform>%n decisões continuam pendentes: não alteram nada.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="206" />
      <source>%n decisions of the saved log are kept.</source>
      <translation>
        <numerusform>%n decisão do registo guardado é conservada.</numerusform>
        <numerusform>%n decisões do registo guardado são conservadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="190" />
      <source>%n decisions saved in the replaced schema {schema} by {who} were dropped.</source>
      <translation>
        <numerusform>Foi descartada %n decisão guardada por {who} no esquema substituído {schema}.</numerusform>
        <numerusform>Foram descartadas %n decisões guardadas por {who} no esquema substituído {schema}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/review_sheet.py" line="112" />
      <source>%n decisions saved.</source>
      <translation>
        <numerusform>%n decisão guardada.</numerusform>
        <numerusform>%n decisões guardadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="384" />
      <source>%n decisions were not saved because someone else decided on the same rows first:
{rows}</source>
      <translation>
        <numerusform>%n decisão não foi guardada porque outra pessoa decidiu primeiro sobre as mesmas linhas:
{rows}</numerusform>
        <numerusform>%n decisões não foram guardadas porque outra pessoa decidiu primeiro sobre as mesmas linhas:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="367" />
      <source>%n decisions were not saved: their log rows now hold another submission, question or old value:
{rows}</source>
      <translation>
        <numerusform>%n decisão não foi guardada: a sua linha do registo contém agora outra submissão, outra pergunta ou outro valor antigo:
{rows}</numerusform>
        <numerusform>%n decisões não foram guardadas: as suas linhas do registo contêm agora outra submissão, outra pergunta ou outro valor antigo:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="379" />
      <source>%n decisions were not saved: their rows are no longer in the cleaning log:
{rows}</source>
      <translation>
        <numerusform>%n decisão não foi guardada: a sua linha já não está no registo de limpeza:
{rows}</numerusform>
        <numerusform>%n decisões não foram guardadas: as suas linhas já não estão no registo de limpeza:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="138" />
      <source>%n files linked from the merged rows are not in the returned package and were not copied: {files}. Copy them from the field laptop (the package's data folder) into the folder of {office}.</source>
      <translation>
        <numerusform>%n ficheiro referenciado pelas linhas fundidas não está no pacote devolvido e não foi copiado: {files}. Copie-o a partir do portátil de campo (a pasta de dados do pacote) para a pasta de {office}.</numerusform>
        <numerusform>%n ficheiros referenciados pelas linhas fundidas não estão no pacote devolvido e não foram copiados: {files}. Copie-os a partir do portátil de campo (a pasta de dados do pacote) para a pasta de {office}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="254" />
      <source>%n files of the attachments folder of {file} belong to no remaining submission (deleted since?) and were not packaged: {files}</source>
      <translation>
        <numerusform>%n ficheiro da pasta de anexos de {file} não pertence a nenhuma submissão restante (eliminada entretanto?) e não foi incluído no pacote: {files}</numerusform>
        <numerusform>%n ficheiros da pasta de anexos de {file} não pertencem a nenhuma submissão restante (eliminada entretanto?) e não foram incluídos no pacote: {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="157" />
      <source>%n forms. Select one, then Next.</source>
      <translation>
        <numerusform>%n formulário. Selecione-o e depois clique em Seguinte.</numerusform>
        <numerusform>%n formulários. Selecione um e depois clique em Seguinte.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="145" />
      <source>%n interviews have no {column} time: they were not checked for duration, collection period or bursts.</source>
      <translation>
        <numerusform>%n entrevista não tem hora de {column}: não foi verificada quanto à duração, ao período de recolha ou às séries de entrevistas seguidas.</numerusform>
        <numerusform>%n entrevistas não têm hora de {column}: não foram verificadas quanto à duração, ao período de recolha ou às séries de entrevistas seguidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="233" />
      <source>%n items of the repeat {repeat} (not submissions) imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>%n item da repetição {repeat} (não uma submissão) importado para {file}; {missing} sem posição. Tabelas: {tables}. Língua: {language}.</numerusform>
        <numerusform>%n itens da repetição {repeat} (não submissões) importados para {file}; {missing} sem posição. Tabelas: {tables}. Língua: {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="95" />
      <source>%n items of the repeat {repeat} imported ({missing} without location) into {file} in {seconds:.1f} s; they are not submissions.</source>
      <translation>
        <numerusform>%n item da repetição {repeat} importado ({missing} sem posição) para {file} em {seconds:.1f} s; não é uma submissão.</numerusform>
        <numerusform>%n itens da repetição {repeat} importados ({missing} sem posição) para {file} em {seconds:.1f} s; não são submissões.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="226" />
      <source>%n kept as they are</source>
      <translation>
        <numerusform>%n mantida tal como está</numerusform>
        <numerusform>%n mantidas tal como estão</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="65" />
      <source>%n labels were updated to match their changed answers.</source>
      <translation>
        <numerusform>%n etiqueta foi atualizada para acompanhar a sua resposta alterada.</numerusform>
        <numerusform>%n etiquetas foram atualizadas para acompanhar as suas respostas alteradas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="148" />
      <source>%n links of the merged rows point out of the package's attachment folders ({folders}) and were not followed: {files}. No file was copied for them.</source>
      <translation>
        <numerusform>%n ligação das linhas fundidas aponta para fora das pastas de anexos do pacote ({folders}) e não foi seguida: {files}. Nenhum ficheiro foi copiado para ela.</numerusform>
        <numerusform>%n ligações das linhas fundidas apontam para fora das pastas de anexos do pacote ({folders}) e não foram seguidas: {files}. Nenhum ficheiro foi copiado para elas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/apply_log.py" line="255" />
      <source>%n log rows pending</source>
      <translation>
        <numerusform>%n linha do registo pendente</numerusform>
        <numerusform>%n linhas do registo pendentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="225" />
      <source>%n log rows still pending</source>
      <translation>
        <numerusform>%n linha do registo ainda pendente</numerusform>
        <numerusform>%n linhas do registo ainda pendentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_json.py" line="171" />
      <source>%n more submissions from {host} held such characters, replaced the same way.</source>
      <translation>
        <numerusform>Mais %n submissão de {host} continha caracteres destes, substituídos da mesma forma.</numerusform>
        <numerusform>Mais %n submissões de {host} continham caracteres destes, substituídos da mesma forma.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="260" />
      <source>%n new submissions</source>
      <translation>
        <numerusform>%n nova submissão</numerusform>
        <numerusform>%n novas submissões</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="153" />
      <source>%n new submissions came from the field without a _uuid: they were added with new ones ({uuids}).</source>
      <translation>
        <numerusform>%n nova submissão chegou do terreno sem _uuid: foi adicionada com um novo ({uuids}).</numerusform>
        <numerusform>%n novas submissões chegaram do terreno sem _uuid: foram adicionadas com novos ({uuids}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="168" />
      <source>%n new submissions downloaded into {file}.</source>
      <translation>
        <numerusform>%n nova submissão descarregada para {file}.</numerusform>
        <numerusform>%n novas submissões descarregadas para {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="91" />
      <source>%n of the {total} rows of {table} the package left with differ in the returned copy (most in the columns {columns}): a layer re-saved or converted by another program, or replaced by another one, looks like this; its changes were merged where the office had not changed the value, so check those columns in {office} before relying on them.</source>
      <translation>
        <numerusform>%n das {total} linhas de {table} com que o pacote saiu difere na cópia devolvida (sobretudo nas colunas {columns}): é assim que fica uma camada guardada de novo ou convertida por outro programa, ou substituída por outra; as suas alterações foram fundidas onde o escritório não tinha alterado o valor, por isso verifique essas colunas em {office} antes de confiar nelas.</numerusform>
        <numerusform>%n das {total} linhas de {table} com que o pacote saiu diferem na cópia devolvida (sobretudo nas colunas {columns}): é assim que fica uma camada guardada de novo ou convertida por outro programa, ou substituída por outra; as suas alterações foram fundidas onde o escritório não tinha alterado o valor, por isso verifique essas colunas em {office} antes de confiar nelas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="315" />
      <source>%n of {total} tiles could not be downloaded (a server error, no answer or an invalid image): the basemap has holes at zoom {zooms}.</source>
      <translation>
        <numerusform>%n dos {total} mosaicos não pôde ser descarregado (um erro do servidor, sem resposta ou uma imagem inválida): o mapa base tem falhas no zoom {zooms}.</numerusform>
        <numerusform>%n dos {total} mosaicos não puderam ser descarregados (um erro do servidor, sem resposta ou uma imagem inválida): o mapa base tem falhas no zoom {zooms}.</numerusform>
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
        <numerusform>%n pendente</numerusform>
        <numerusform>%n pendentes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="133" />
      <source>%n photos or files linked from those columns were left out too.</source>
      <translation>
        <numerusform>Também ficou de fora %n fotografia ou ficheiro ligado a partir dessas colunas.</numerusform>
        <numerusform>Também ficaram de fora %n fotografias ou ficheiros ligados a partir dessas colunas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="379" />
      <source>%n photos or files of the submissions were missing: they are listed in manifest.json.</source>
      <translation>
        <numerusform>Faltava %n fotografia ou ficheiro das submissões: está listado em manifest.json.</numerusform>
        <numerusform>Faltavam %n fotografias ou ficheiros das submissões: estão listados em manifest.json.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="76" />
      <source>%n questions</source>
      <translation>
        <numerusform>%n pergunta</numerusform>
        <numerusform>%n perguntas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="94" />
      <source>%n repeat rows added</source>
      <translation>
        <numerusform>%n linha de repetição adicionada</numerusform>
        <numerusform>%n linhas de repetição adicionadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="180" />
      <source>%n repeat rows of form {id} on {host} belong to no submission that was downloaded ({parents}), so they are not in the GeoPackage. A submission sent during the download comes with the next update.</source>
      <translation>
        <numerusform>%n linha de repetição do formulário {id} em {host} não pertence a nenhuma submissão descarregada ({parents}), por isso não está no GeoPackage. Uma submissão enviada durante o descarregamento chega com a próxima atualização.</numerusform>
        <numerusform>%n linhas de repetição do formulário {id} em {host} não pertencem a nenhuma submissão descarregada ({parents}), por isso não estão no GeoPackage. Uma submissão enviada durante o descarregamento chega com a próxima atualização.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="69" />
      <source>%n rows added in the field came without an _index, or with one the office holds: they were given the office's next ones ({indexes}), which the rows added under them name as their _parent_index.</source>
      <translation>
        <numerusform>%n linha adicionada no terreno chegou sem _index, ou com um que o escritório já usa: recebeu o seguinte do escritório ({indexes}), que as linhas adicionadas sob ela indicam como o seu _parent_index.</numerusform>
        <numerusform>%n linhas adicionadas no terreno chegaram sem _index, ou com um que o escritório já usa: receberam os seguintes do escritório ({indexes}), que as linhas adicionadas sob elas indicam como o seu _parent_index.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="109" />
      <source>%n rows are kept as they are</source>
      <translation>
        <numerusform>%n linha é mantida tal como está</numerusform>
        <numerusform>%n linhas são mantidas tal como estão</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="180" />
      <source>%n rows belong to submissions that refused consent ({column} in the table {table}): they were left out of the shared file.</source>
      <translation>
        <numerusform>%n linha pertence a uma submissão que recusou o consentimento ({column} na tabela {table}): foi excluída do ficheiro partilhado.</numerusform>
        <numerusform>%n linhas pertencem a submissões que recusaram o consentimento ({column} na tabela {table}): foram excluídas do ficheiro partilhado.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="120" />
      <source>%n rows copied into {schema} of {target} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n linha copiada para {schema} de {target} em {seconds:.1f} s.</numerusform>
        <numerusform>%n linhas copiadas para {schema} de {target} em {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="282" />
      <source>%n rows imported from {file}. Save them to keep them.</source>
      <translation>
        <numerusform>%n linha importada de {file}. Guarde-a para a conservar.</numerusform>
        <numerusform>%n linhas importadas de {file}. Guarde-as para as conservar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="413" />
      <source>%n rows of the cleaning log {file} are decided otherwise in the survey's own cleaning log {own}, which is not applied when a log file is chosen: {rows}. Bring the decisions together in one log and apply it again.</source>
      <translation>
        <numerusform>%n linha do registo de limpeza {file} está decidida de outra forma no próprio registo de limpeza do inquérito, {own}, que não é aplicado quando se escolhe um ficheiro de registo: {rows}. Junte as decisões num só registo e aplique-o novamente.</numerusform>
        <numerusform>%n linhas do registo de limpeza {file} estão decididas de outra forma no próprio registo de limpeza do inquérito, {own}, que não é aplicado quando se escolhe um ficheiro de registo: {rows}. Junte as decisões num só registo e aplique-o novamente.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="454" />
      <source>%n rows of the cleaning log {file} name submissions that are not in the data (was the log made on another survey, or on submissions removed since?); they were skipped. Rows and uuids: {rows}</source>
      <translation>
        <numerusform>%n linha do registo de limpeza {file} nomeia uma submissão que não está nos dados (o registo foi feito noutro inquérito, ou em submissões removidas entretanto?); foi ignorada. Linha e uuid: {rows}</numerusform>
        <numerusform>%n linhas do registo de limpeza {file} nomeiam submissões que não estão nos dados (o registo foi feito noutro inquérito, ou em submissões removidas entretanto?); foram ignoradas. Linhas e uuids: {rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="71" />
      <source>%n rows of the cleaning log {file} were already applied to this layer by an earlier run (rows {rows}, recorded in its table {table}): they were skipped, so that nothing is changed or removed twice.</source>
      <translation>
        <numerusform>%n linha do registo de limpeza {file} já foi aplicada a esta camada numa execução anterior (linha {rows}, registada na sua tabela {table}): foi ignorada, para que nada seja alterado ou removido duas vezes.</numerusform>
        <numerusform>%n linhas do registo de limpeza {file} já foram aplicadas a esta camada numa execução anterior (linhas {rows}, registadas na sua tabela {table}): foram ignoradas, para que nada seja alterado ou removido duas vezes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="267" />
      <source>%n rows of the survey's repeat tables belong to submissions the cleaning log removed ({counts}), and the cleaned layer {output} is written without its repeat tables: the survey's tables still hold them. Write the cleaned layer to a new GeoPackage to get its repeat tables without such rows.</source>
      <translation>
        <numerusform>%n linha das tabelas de repetição do inquérito pertence a uma submissão que o registo de limpeza removeu ({counts}), e a camada limpa {output} é escrita sem as suas tabelas de repetição: as tabelas do inquérito ainda a contêm. Escreva a camada limpa num novo GeoPackage para obter as suas tabelas de repetição sem essas linhas.</numerusform>
        <numerusform>%n linhas das tabelas de repetição do inquérito pertencem a submissões que o registo de limpeza removeu ({counts}), e a camada limpa {output} é escrita sem as suas tabelas de repetição: as tabelas do inquérito ainda as contêm. Escreva a camada limpa num novo GeoPackage para obter as suas tabelas de repetição sem essas linhas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="256" />
      <source>%n rows of {table} added in the field belong to no submission merged (their PARENT_KEY is empty or is not the KEY of a submission of this package): they were not merged.</source>
      <translation>
        <numerusform>%n linha de {table} adicionada no terreno não pertence a nenhuma submissão fundida (o seu PARENT_KEY está vazio ou não é a KEY de uma submissão deste pacote): não foi fundida.</numerusform>
        <numerusform>%n linhas de {table} adicionadas no terreno não pertencem a nenhuma submissão fundida (o seu PARENT_KEY está vazio ou não é a KEY de uma submissão deste pacote): não foram fundidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="248" />
      <source>%n rows of {table} added in the field belong to no submission merged (their _submission__uuid is empty or another package's): they were not merged.</source>
      <translation>
        <numerusform>%n linha de {table} adicionada no terreno não pertence a nenhuma submissão fundida (o seu _submission__uuid está vazio ou é de outro pacote): não foi fundida.</numerusform>
        <numerusform>%n linhas de {table} adicionadas no terreno não pertencem a nenhuma submissão fundida (o seu _submission__uuid está vazio ou é de outro pacote): não foram fundidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="208" />
      <source>%n rows of {table} added in the field have the _uuid of submissions the office holds: they were not merged.</source>
      <translation>
        <numerusform>%n linha de {table} adicionada no terreno tem o _uuid de uma submissão presente no escritório: não foi fundida.</numerusform>
        <numerusform>%n linhas de {table} adicionadas no terreno têm o _uuid de submissões presentes no escritório: não foram fundidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="215" />
      <source>%n rows of {table} added in the field, without a _uuid, have the same answers and point as submissions another copy of this package brought: they were not added (if they are other households, add them by hand).</source>
      <translation>
        <numerusform>%n linha de {table} adicionada no terreno, sem _uuid, tem as mesmas respostas e o mesmo ponto que uma submissão trazida por outra cópia deste pacote: não foi adicionada (se for outro agregado familiar, adicione-a à mão).</numerusform>
        <numerusform>%n linhas de {table} adicionadas no terreno, sem _uuid, têm as mesmas respostas e o mesmo ponto que submissões trazidas por outra cópia deste pacote: não foram adicionadas (se forem outros agregados familiares, adicione-as à mão).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="200" />
      <source>%n rows of {table} changed or added in the field belong to submissions removed in the office: they were not merged.</source>
      <translation>
        <numerusform>%n linha de {table} alterada ou adicionada no terreno pertence a uma submissão removida no escritório: não foi fundida.</numerusform>
        <numerusform>%n linhas de {table} alteradas ou adicionadas no terreno pertencem a submissões removidas no escritório: não foram fundidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="194" />
      <source>%n rows of {table} deleted in the field were kept in the office: deletions are not merged.</source>
      <translation>
        <numerusform>%n linha de {table} eliminada no terreno foi mantida no escritório: as eliminações não são fundidas.</numerusform>
        <numerusform>%n linhas de {table} eliminadas no terreno foram mantidas no escritório: as eliminações não são fundidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="232" />
      <source>%n rows of {table} have dates written in the field that are not dates (e.g. 12/03/2024 instead of 2024-03-12): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>%n linha de {table} tem uma data escrita no terreno que não é uma data (p. ex. 12/03/2024 em vez de 2024-03-12): o valor do escritório foi mantido (cada uma é listada com o seu texto).</numerusform>
        <numerusform>%n linhas de {table} têm datas escritas no terreno que não são datas (p. ex. 12/03/2024 em vez de 2024-03-12): os valores do escritório foram mantidos (cada uma é listada com o seu texto).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="240" />
      <source>%n rows of {table} have numbers written in the field that their columns cannot hold (e.g. '30 500,5' or 'six'): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>%n linha de {table} tem um número escrito no terreno que a sua coluna não pode conter (p. ex. '30 500,5' ou 'six'): o valor do escritório foi mantido (cada um é listado com o seu texto).</numerusform>
        <numerusform>%n linhas de {table} têm números escritos no terreno que as suas colunas não podem conter (p. ex. '30 500,5' ou 'six'): os valores do escritório foram mantidos (cada um é listado com o seu texto).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="224" />
      <source>%n rows of {table} have values entered in the field in columns the office file does not have: they were not merged (each is listed with its column and value).</source>
      <translation>
        <numerusform>%n linha de {table} tem valores introduzidos no terreno em colunas que o ficheiro do escritório não tem: não foram fundidos (cada um é listado com a sua coluna e o seu valor).</numerusform>
        <numerusform>%n linhas de {table} têm valores introduzidos no terreno em colunas que o ficheiro do escritório não tem: não foram fundidos (cada um é listado com a sua coluna e o seu valor).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_repeats.py" line="62" />
      <source>%n rows shared belong to {submissions} submissions missing from the table {table} of the same GeoPackage (removed in cleaning?): they are shared all the same. To share only the rows of kept submissions, share a copy of the table without them.</source>
      <translation>
        <numerusform>%n linha partilhada pertence a {submissions} submissão ausente da tabela {table} do mesmo GeoPackage (retirada na limpeza?): é partilhada mesmo assim. Para partilhar só as linhas das submissões mantidas, partilhe uma cópia da tabela sem ela.</numerusform>
        <numerusform>%n linhas partilhadas pertencem a {submissions} submissões ausentes da tabela {table} do mesmo GeoPackage (retiradas na limpeza?): são partilhadas mesmo assim. Para partilhar só as linhas das submissões mantidas, partilhe uma cópia da tabela sem elas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="43" />
      <source>%n rows written to {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n linha escrita em {file} em {seconds:.1f} s.</numerusform>
        <numerusform>%n linhas escritas em {file} em {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="459" />
      <source>%n rows written to {file}.</source>
      <translation>
        <numerusform>%n linha escrita em {file}.</numerusform>
        <numerusform>%n linhas escritas em {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="141" />
      <source>%n select answers changed in the field are not choices of the form ({values}): they were merged as written, with themselves as their labels; check them in the table {table}.</source>
      <translation>
        <numerusform>%n resposta de seleção alterada no terreno não é uma opção do formulário ({values}): foi fundida tal como escrita, com ela própria como etiqueta; verifique-a na tabela {table}.</numerusform>
        <numerusform>%n respostas de seleção alteradas no terreno não são opções do formulário ({values}): foram fundidas tal como escritas, com elas próprias como etiquetas; verifique-as na tabela {table}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/resume.py" line="71" />
      <source>%n submissions already downloaded are kept beside {file}: the next download of this form into it continues from there.</source>
      <translation>
        <numerusform>%n submissão já descarregada é conservada junto a {file}: o próximo descarregamento deste formulário para ele continuará a partir daí.</numerusform>
        <numerusform>%n submissões já descarregadas são conservadas junto a {file}: o próximo descarregamento deste formulário para ele continuará a partir daí.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="253" />
      <source>%n submissions are outside every area or have an unknown P-code.</source>
      <translation>
        <numerusform>%n submissão está fora de todas as unidades ou tem um P-code desconhecido.</numerusform>
        <numerusform>%n submissões estão fora de todas as unidades ou têm um P-code desconhecido.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="173" />
      <source>%n submissions gave no answer to {question} (skipped or refused): each share is of the submissions that answered, and the threshold counts them only.</source>
      <translation>
        <numerusform>%n submissão não respondeu a {question} (pergunta saltada ou recusada): cada proporção é das submissões que responderam, e o limiar só conta essas.</numerusform>
        <numerusform>%n submissões não responderam a {question} (pergunta saltada ou recusada): cada proporção é das submissões que responderam, e o limiar só conta essas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="265" />
      <source>%n submissions give answers to {field} written like “{code}” but which the form names as another choice (its name or its label): {listed}. They were not counted as “{code}”: check them.</source>
      <translation>
        <numerusform>%n submissão dá a {field} uma resposta escrita como «{code}» mas que o formulário designa como outra opção (pelo seu nome ou pela sua etiqueta): {listed}. Não foi contada como «{code}»: verifique-a.</numerusform>
        <numerusform>%n submissões dão a {field} respostas escritas como «{code}» mas que o formulário designa como outra opção (pelo seu nome ou pela sua etiqueta): {listed}. Não foram contadas como «{code}»: verifique-as.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="255" />
      <source>%n submissions give “{code}” to {field} written otherwise: {listed}. They were counted as “{code}”, the same answer. Correct the survey to write it one way.</source>
      <translation>
        <numerusform>%n submissão dá a {field} a resposta «{code}» escrita de outra forma: {listed}. Foi contada como «{code}», a mesma resposta. Corrija o inquérito para que a escreva de uma só forma.</numerusform>
        <numerusform>%n submissões dão a {field} a resposta «{code}» escrita de outra forma: {listed}. Foram contadas como «{code}», a mesma resposta. Corrija o inquérito para que a escreva de uma só forma.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="89" />
      <source>%n submissions have a P-code that matches no area of {layer} and are not counted: {listed}. Correct these P-codes in the survey, or choose the admin layer of their level, and count again.</source>
      <translation>
        <numerusform>%n submissão tem um P-code que não corresponde a nenhuma área de {layer} e não é contada: {listed}. Corrija o P-code no inquérito, ou escolha a camada administrativa do seu nível, e volte a contar.</numerusform>
        <numerusform>%n submissões têm um P-code que não corresponde a nenhuma área de {layer} e não são contadas: {listed}. Corrija estes P-codes no inquérito, ou escolha a camada administrativa do seu nível, e volte a contar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="154" />
      <source>%n submissions have a location outside the earth (first: feature {fid}: {x}, {y}) and are not counted. Correct their GPS locations (latitude and longitude swapped or mistyped?).</source>
      <translation>
        <numerusform>%n submissão tem uma localização fora da Terra (entidade {fid}: {x}, {y}) e não é contada. Corrija a sua localização GPS (latitude e longitude trocadas ou mal escritas?).</numerusform>
        <numerusform>%n submissões têm uma localização fora da Terra (primeira: entidade {fid}: {x}, {y}) e não são contadas. Corrija as suas localizações GPS (latitude e longitude trocadas ou mal escritas?).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="258" />
      <source>%n submissions have no location or P-code.</source>
      <translation>
        <numerusform>%n submissão não tem localização nem P-code.</numerusform>
        <numerusform>%n submissões não têm localização nem P-code.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="67" />
      <source>%n submissions have the uuid {uuid} ({ids}) and {matched} of them the old value '{old}': the row cannot tell which one it means. Give the old value that only the submission to change has</source>
      <translation>
        <numerusform>%n submissão tem o uuid {uuid} ({ids}), {matched} delas com o valor antigo «{old}»: a linha não permite saber a qual se refere. Indique o valor antigo que só a submissão a alterar tem</numerusform>
        <numerusform>%n submissões têm o uuid {uuid} ({ids}), {matched} delas com o valor antigo «{old}»: a linha não permite saber a qual se refere. Indique o valor antigo que só a submissão a alterar tem</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="75" />
      <source>%n submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove. Give in old_value the value of its question that only the submission to remove has, or write the question _uuid to remove every copy but the first</source>
      <translation>
        <numerusform>%n submissão tem o uuid {uuid} ({ids}): a linha não permite saber qual remover. Indique em old_value o valor da sua pergunta que só a submissão a remover tem, ou escreva a pergunta _uuid para remover todas as cópias exceto a primeira</numerusform>
        <numerusform>%n submissões têm o uuid {uuid} ({ids}): a linha não permite saber qual remover. Indique em old_value o valor da sua pergunta que só a submissão a remover tem, ou escreva a pergunta _uuid para remover todas as cópias exceto a primeira</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="103" />
      <source>%n submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n submissão importada ({missing} sem posição) para {file} em {seconds:.1f} s.</numerusform>
        <numerusform>%n submissões importadas ({missing} sem posição) para {file} em {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="241" />
      <source>%n submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>%n submissão importada para {file}; {missing} sem posição. Tabelas: {tables}. Língua: {language}.</numerusform>
        <numerusform>%n submissões importadas para {file}; {missing} sem posição. Tabelas: {tables}. Língua: {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="261" />
      <source>%n submissions in all</source>
      <translation>
        <numerusform>%n submissão no total</numerusform>
        <numerusform>%n submissões no total</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="236" />
      <source>%n submissions in {file} were deleted on {host} since they were downloaded: {uuids}. They are still in the GeoPackage and in every export made from it (an update removes nothing). To remove them, add a row with the change type remove_survey and their uuid to the cleaning log and apply it, or download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>%n submissão de {file} foi eliminada em {host} desde que foi descarregada: {uuids}. Continua no GeoPackage e em cada exportação feita a partir dele (uma atualização não remove nada). Para a remover, acrescente ao registo de limpeza uma linha com o tipo de alteração remove_survey e o seu uuid e aplique o registo, ou descarregue o formulário para um novo GeoPackage.</numerusform>
        <numerusform>%n submissões de {file} foram eliminadas em {host} desde que foram descarregadas: {uuids}. Continuam no GeoPackage e em cada exportação feita a partir dele (uma atualização não remove nada). Para as remover, acrescente ao registo de limpeza uma linha por submissão com o tipo de alteração remove_survey e o seu uuid e aplique o registo, ou descarregue o formulário para um novo GeoPackage.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="250" />
      <source>%n submissions in {file} were edited or reviewed again on {host} since they were downloaded: {uuids}. The GeoPackage keeps their answers and review state as first downloaded; to get the edited versions, download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>%n submissão de {file} foi editada ou revista de novo em {host} desde que foi descarregada: {uuids}. O GeoPackage mantém as suas respostas e o seu estado de revisão tal como foram descarregados da primeira vez; para obter a versão editada, descarregue o formulário para um novo GeoPackage.</numerusform>
        <numerusform>%n submissões de {file} foram editadas ou revistas de novo em {host} desde que foram descarregadas: {uuids}. O GeoPackage mantém as suas respostas e o seu estado de revisão tal como foram descarregados da primeira vez; para obter as versões editadas, descarregue o formulário para um novo GeoPackage.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="128" />
      <source>%n submissions lie in several overlapping areas of {layer} ({listed}); each was counted once, in the first area listed (in the order of the layer). Check the boundaries: areas of one level do not overlap.</source>
      <translation>
        <numerusform>%n submissão está em várias áreas sobrepostas de {layer} ({listed}); foi contada uma vez, na primeira área indicada (na ordem da camada). Verifique os limites: as áreas de um mesmo nível não se sobrepõem.</numerusform>
        <numerusform>%n submissões estão em várias áreas sobrepostas de {layer} ({listed}); cada uma foi contada uma vez, na primeira área indicada (na ordem da camada). Verifique os limites: as áreas de um mesmo nível não se sobrepõem.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="141" />
      <source>%n submissions lie right on a border shared by areas of {layer} ({listed}); each was counted once, in the area whose P-code comes first (the first listed). A shared border is no overlap: the boundaries need no correction.</source>
      <translation>
        <numerusform>%n submissão está exatamente sobre um limite partilhado por unidades de {layer} ({listed}); foi contada uma vez, na unidade cujo P-code vem primeiro (a primeira indicada). Um limite partilhado não é uma sobreposição: os limites não precisam de correção.</numerusform>
        <numerusform>%n submissões estão exatamente sobre um limite partilhado por unidades de {layer} ({listed}); cada uma foi contada uma vez, na unidade cujo P-code vem primeiro (a primeira indicada). Um limite partilhado não é uma sobreposição: os limites não precisam de correção.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="221" />
      <source>%n submissions of form {id} are on {host} but not in the GeoPackage, and could not be downloaded on their own: {uuids}. Download the form into a new GeoPackage to get them.</source>
      <translation>
        <numerusform>%n submissão do formulário {id} está em {host} mas não no GeoPackage, e não pôde ser descarregada separadamente: {uuids}. Descarregue o formulário para um novo GeoPackage para a obter.</numerusform>
        <numerusform>%n submissões do formulário {id} estão em {host} mas não no GeoPackage, e não puderam ser descarregadas separadamente: {uuids}. Descarregue o formulário para um novo GeoPackage para as obter.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="111" />
      <source>%n submissions of form {id} on {host} are encrypted and could not be read, so they were not imported: download the form's submissions from ODK Central with the encryption passphrase (or decrypt them with ODK Briefcase) and import that export; every update asks for them again.</source>
      <translation>
        <numerusform>%n submissão do formulário {id} em {host} está cifrada e não pôde ser lida, pelo que não foi importada: descarregue as submissões do formulário a partir do ODK Central com a frase-passe de cifragem (ou decifre-as com o ODK Briefcase) e importe essa exportação; cada atualização volta a pedi-las.</numerusform>
        <numerusform>%n submissões do formulário {id} em {host} estão cifradas e não puderam ser lidas, pelo que não foram importadas: descarregue as submissões do formulário a partir do ODK Central com a frase-passe de cifragem (ou decifre-as com o ODK Briefcase) e importe essa exportação; cada atualização volta a pedi-las.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="208" />
      <source>%n submissions of form {id} on {host} were not in the GeoPackage although they are older than the newest one held (restored on the server, sent late, or missing from the file first imported): they were downloaded and added.</source>
      <translation>
        <numerusform>%n submissão do formulário {id} em {host} não estava no GeoPackage embora seja mais antiga do que a mais recente que ele contém (restaurada no servidor, enviada tarde ou ausente do ficheiro importado inicialmente): foi descarregada e acrescentada.</numerusform>
        <numerusform>%n submissões do formulário {id} em {host} não estavam no GeoPackage embora sejam mais antigas do que a mais recente que ele contém (restauradas no servidor, enviadas tarde ou ausentes do ficheiro importado inicialmente): foram descarregadas e acrescentadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="99" />
      <source>%n submissions of form {id} that the pages missed could not be downloaded on their own from {host} (deleted meanwhile, or the server would not send them alone): {uuids}. If they are still on the server, download the form again.</source>
      <translation>
        <numerusform>%n submissão do formulário {id} que as páginas omitiram não pôde ser descarregada à parte a partir de {host} (apagada entretanto, ou o servidor não a envia sozinha): {uuids}. Se ainda estiver no servidor, descarregue o formulário de novo.</numerusform>
        <numerusform>%n submissões do formulário {id} que as páginas omitiram não puderam ser descarregadas à parte a partir de {host} (apagadas entretanto, ou o servidor não as envia sozinhas): {uuids}. Se ainda estiverem no servidor, descarregue o formulário de novo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="214" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before their repeats ({repeats}) could be read: {uuids}. They are kept as they were read, without them.</source>
      <translation>
        <numerusform>%n submissão do formulário {id} foi eliminada em {host} durante o descarregamento, antes de as suas repetições ({repeats}) poderem ser lidas: {uuids}. É mantida tal como foi lida, sem elas.</numerusform>
        <numerusform>%n submissões do formulário {id} foram eliminadas em {host} durante o descarregamento, antes de as suas repetições ({repeats}) poderem ser lidas: {uuids}. São mantidas tal como foram lidas, sem elas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="172" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before they could be downloaded: {uuids}. They are no longer on the server.</source>
      <translation>
        <numerusform>%n submissão do formulário {id} foi eliminada em {host} durante o descarregamento, antes de poder ser descarregada: {uuids}. Já não está no servidor.</numerusform>
        <numerusform>%n submissões do formulário {id} foram eliminadas em {host} durante o descarregamento, antes de poderem ser descarregadas: {uuids}. Já não estão no servidor.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="187" />
      <source>%n submissions of form {id} were not in the pages sent by {host} (submissions were sent, deleted or restored on the server during the download); they were downloaded on their own.</source>
      <translation>
        <numerusform>%n submissão do formulário {id} não estava nas páginas enviadas por {host} (foram enviadas, apagadas ou restauradas submissões no servidor durante o descarregamento); foi descarregada à parte.</numerusform>
        <numerusform>%n submissões do formulário {id} não estavam nas páginas enviadas por {host} (foram enviadas, apagadas ou restauradas submissões no servidor durante o descarregamento); foram descarregadas à parte.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/kobo.py" line="256" />
      <source>%n submissions of form {uid} on {host} came without an _id or _uuid and were perhaps sent again: they may have been written twice. Check for duplicates.</source>
      <translation>
        <numerusform>%n submissão do formulário {uid} em {host} chegou sem _id nem _uuid e talvez tenha sido reenviada: pode ter sido escrita duas vezes. Verifique se há duplicados.</numerusform>
        <numerusform>%n submissões do formulário {uid} em {host} chegaram sem _id nem _uuid e talvez tenham sido reenviadas: podem ter sido escritas duas vezes. Verifique se há duplicados.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="57" />
      <source>%n submissions of {points} lie outside every area of {admin} and are not counted. If they were made in these areas, their latitude and longitude may be swapped, or {points} may have the wrong coordinate reference system ({crs}).</source>
      <translation>
        <numerusform>%n submissão de {points} está fora de todas as unidades de {admin} e não é contada. Se foi feita nestas unidades, a sua latitude e longitude podem estar trocadas, ou {points} pode ter o sistema de referência de coordenadas errado ({crs}).</numerusform>
        <numerusform>%n submissões de {points} estão fora de todas as unidades de {admin} e não são contadas. Se foram feitas nestas unidades, a sua latitude e longitude podem estar trocadas, ou {points} pode ter o sistema de referência de coordenadas errado ({crs}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refusals.py" line="49" />
      <source>%n submissions refused consent ({column}): they were left out of the shared file.</source>
      <translation>
        <numerusform>%n submissão recusou o consentimento ({column}): foi excluída do ficheiro partilhado.</numerusform>
        <numerusform>%n submissões recusaram o consentimento ({column}): foram excluídas do ficheiro partilhado.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="224" />
      <source>%n submissions removed</source>
      <translation>
        <numerusform>%n submissão removida</numerusform>
        <numerusform>%n submissões removidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation type="vanished">
        <numerusform>%n submissão foi contada numa área cujo P-code escreve de outra forma (espaços, hífenes, caracteres de largura total ou um '.0' acrescentado pelo Excel): {listed}. Verifique se é a mesma área e corrija o P-code no inquérito.</numerusform>
        <numerusform>%n submissões foram contadas numa área cujo P-code escrevem de outra forma (espaços, hífenes, caracteres de largura total ou um '.0' acrescentado pelo Excel): {listed}. Verifique se são as mesmas áreas e corrija os P-codes no inquérito.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="108" />
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, invisible characters, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation>
        <numerusform>%n submissão foi contada numa área cujo P-code escreve de outra forma (espaços, hífenes, caracteres invisíveis, caracteres de largura total ou um '.0' acrescentado pelo Excel): {listed}. Verifique se é a mesma área e corrija o P-code no inquérito.</numerusform>
        <numerusform>%n submissões foram contadas numa área cujo P-code escrevem de outra forma (espaços, hífenes, caracteres invisíveis, caracteres de largura total ou um '.0' acrescentado pelo Excel): {listed}. Verifique se são as mesmas áreas e corrija os P-codes no inquérito.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="250" />
      <source>%n submissions were counted in {areas}.</source>
      <translation>
        <numerusform>%n submissão foi contada em {areas}.</numerusform>
        <numerusform>%n submissões foram contadas em {areas}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="108" />
      <source>%n submissions will be removed</source>
      <translation>
        <numerusform>%n submissão será removida</numerusform>
        <numerusform>%n submissões serão removidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="270" />
      <source>%n temporary layers are held in memory only: they are lost, saved or not.</source>
      <translation>
        <numerusform>%n camada temporária está apenas em memória: perde-se, guardado ou não.</numerusform>
        <numerusform>%n camadas temporárias estão apenas em memória: perdem-se, guardado ou não.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="53" />
      <source>%n tiles (about {size} MB, {minutes} min over a field connection).</source>
      <translation>
        <numerusform>%n mosaico (cerca de {size} MB, {minutes} min com uma ligação de campo).</numerusform>
        <numerusform>%n mosaicos (cerca de {size} MB, {minutes} min com uma ligação de campo).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="331" />
      <source>%n tiles written to {file}.</source>
      <translation>
        <numerusform>%n mosaico escrito em {file}.</numerusform>
        <numerusform>%n mosaicos escritos em {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="75" />
      <source>%n times of {column} have no time zone while the others have several (first: {uuid}, '{value}'): they were read as UTC; check their durations.</source>
      <translation>
        <numerusform>%n hora de {column} não tem fuso horário enquanto as outras têm vários (primeira: {uuid}, '{value}'): foi lida como UTC; verifique a sua duração.</numerusform>
        <numerusform>%n horas de {column} não têm fuso horário enquanto as outras têm vários (primeira: {uuid}, '{value}'): foram lidas como UTC; verifique as suas durações.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="64" />
      <source>%n times of {column} have no time zone while the others have {offset} (first: {uuid}, '{value}'): they were read in {offset}.</source>
      <translation>
        <numerusform>%n hora de {column} não tem fuso horário enquanto as outras têm {offset} (primeira: {uuid}, '{value}'): foi lida em {offset}.</numerusform>
        <numerusform>%n horas de {column} não têm fuso horário enquanto as outras têm {offset} (primeira: {uuid}, '{value}'): foram lidas em {offset}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="197" />
      <source>%n to change</source>
      <translation>
        <numerusform>%n a alterar</numerusform>
        <numerusform>%n a alterar</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="198" />
      <source>%n to remove</source>
      <translation>
        <numerusform>%n a remover</numerusform>
        <numerusform>%n a remover</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="223" />
      <source>%n values changed</source>
      <translation>
        <numerusform>%n valor alterado</numerusform>
        <numerusform>%n valores alterados</numerusform>
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
        <numerusform>%n valor de {column} é uma data sem hora (primeiro: {uuid}, '{value}'): a sua entrevista só foi verificada quanto ao período de recolha.</numerusform>
        <numerusform>%n valores de {column} são datas sem hora (primeiro: {uuid}, '{value}'): as suas entrevistas só foram verificadas quanto ao período de recolha.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="104" />
      <source>%n values of {column} could not be read as dates (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Write them YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.</source>
      <translation>
        <numerusform>%n valor de {column} não pôde ser lido como data (primeiro: {uuid}, '{value}'): a sua entrevista não foi verificada quanto à duração, ao período de recolha ou às séries de entrevistas seguidas. Escreva-o como AAAA-MM-DD ou AAAA-MM-DDThh:mm:ss, como o Kobo e o ODK exportam as datas.</numerusform>
        <numerusform>%n valores de {column} não puderam ser lidos como datas (primeiro: {uuid}, '{value}'): as suas entrevistas não foram verificadas quanto à duração, ao período de recolha ou às séries de entrevistas seguidas. Escreva-os como AAAA-MM-DD ou AAAA-MM-DDThh:mm:ss, como o Kobo e o ODK exportam as datas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="103" />
      <source>%n values will be changed</source>
      <translation>
        <numerusform>%n valor será alterado</numerusform>
        <numerusform>%n valores serão alterados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="130" />
      <source>&amp;Finish</source>
      <translation>&amp;Concluir</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="132" />
      <source>&amp;Help</source>
      <translation>&amp;Ajuda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="129" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Seguinte &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="72" />
      <source>&amp;Reviewer</source>
      <translation>&amp;Revisto por</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="24" />
      <source>'Other (specify)' answers</source>
      <translation>Respostas «Outro (especificar)»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="439" />
      <source>'{name}' (columns {columns}, imported as {names})</source>
      <translation>'{name}' (colunas {columns}, importadas como {names})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="93" />
      <source>'{path}' ('{flat}')</source>
      <translation>'{path}' ('{flat}')</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="60" />
      <source>'{schema}' is not a usable schema name: use lower case letters, digits and _ (for example {suggestion}).</source>
      <translation>'{schema}' não é um nome de esquema utilizável: use letras minúsculas, algarismos e _ (por exemplo {suggestion}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="123" />
      <source>'{table}' is a table the survey {schema} came with: the cleaned layer never replaces it. Choose another table name, such as {suggestion}.</source>
      <translation>«{table}» é uma tabela com que o inquérito {schema} chegou: a camada limpa nunca a substitui. Escolha outro nome de tabela, como {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="52" />
      <source>'{text}' cannot name a PostgreSQL schema: use letters, digits and _.</source>
      <translation>'{text}' não pode dar nome a um esquema PostgreSQL: use letras, algarismos e _.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="384" />
      <source>'{value}' (choices are separated by spaces)</source>
      <translation>'{value}' (as opções são separadas por espaços)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="382" />
      <source>'{value}' (the label of {code})</source>
      <translation>'{value}' (a etiqueta de {code})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="312" />
      <source>'{value}' has a coordinate that is not a finite number.</source>
      <translation>'{value}' tem uma coordenada que não é um número finito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="308" />
      <source>'{value}' is an empty geometry (a coordinate is missing or not a number).</source>
      <translation>'{value}' é uma geometria vazia (falta uma coordenada ou não é um número).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="44" />
      <source>'{value}' is not a finite number ({what}).</source>
      <translation>«{value}» não é um número finito ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="305" />
      <source>'{value}' is not a geometry.</source>
      <translation>«{value}» não é uma geometria.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="62" />
      <source>'{value}' is not a geopoint: expected 'latitude longitude altitude accuracy'.</source>
      <translation>«{value}» não é um geopoint: formato esperado «latitude longitude altitude precisão».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="79" />
      <source>'{value}' is not a line: it needs at least 2 points.</source>
      <translation>«{value}» não é uma linha: precisa de pelo menos 2 pontos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="351" />
      <source>'{value}' is not a location</source>
      <translation>«{value}» não é uma posição</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="42" />
      <source>'{value}' is not a number ({what}).</source>
      <translation>«{value}» não é um número ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="91" />
      <source>'{value}' is not a polygon: it needs at least 3 distinct points.</source>
      <translation>«{value}» não é um polígono: precisa de pelo menos 3 pontos distintos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="270" />
      <source>'{value}' is not one of {allowed}</source>
      <translation>«{value}» não é um dos valores admitidos ({allowed})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="315" />
      <source>'{value}' is outside -180..180 / -90..90: is the file in another coordinate system than WGS 84 (longitude, latitude)?</source>
      <translation>'{value}' está fora de -180..180 / -90..90: o ficheiro está noutro sistema de coordenadas que não o WGS 84 (longitude, latitude)?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="448" />
      <source>(its list of attachments)</source>
      <translation>(a sua lista de anexos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/i18n.py" line="80" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="326" />
      <source>... and {count} more.</source>
      <translation>... e mais {count}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="269" />
      <source>... started within</source>
      <translation>... iniciadas em menos de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="200" />
      <source>... started within (minutes)</source>
      <translation>... iniciadas em menos de (minutos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="43" />
      <source>1. Import survey data…</source>
      <translation>1. Importar dados de inquérito…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="50" />
      <source>2. Check and clean…</source>
      <translation>2. Verificar e limpar…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="57" />
      <source>3. Make a map…</source>
      <translation>3. Criar um mapa…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="64" />
      <source>4. Export the map…</source>
      <translation>4. Exportar o mapa…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="23" />
      <source>7 cascading selects: answers whose choice belongs to another answer of the question their choice_filter names (needs the XLSForm).</source>
      <translation>7 seleções em cascata: respostas cuja opção pertence a outra resposta da pergunta que o seu choice_filter nomeia (precisa do XLSForm).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="128" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="37" />
      <source>A .xlsx or .csv file; cells starting like a formula are prefixed with an apostrophe.</source>
      <translation>Um ficheiro .xlsx ou .csv; às células que começam como uma fórmula é acrescentado um apóstrofo no início.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="94" />
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept) and each field change not merged (a row deleted in the field, a change to a row the office removed), with its reason, e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation>Um ficheiro CSV que lista cada valor alterado tanto no escritório como pela equipa de campo (o valor do escritório é mantido) e cada alteração de campo não fundida (uma linha eliminada no terreno, uma alteração a uma linha que o escritório removeu), com o seu motivo, p. ex., conflicts.csv. A mesma lista está na tabela field_conflicts.</translation>
    </message>
    <message>
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept), e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation type="vanished">Um ficheiro CSV que lista cada valor alterado tanto no escritório como pela equipa de campo (o valor do escritório é mantido), p. ex., conflicts.csv. A mesma lista está na tabela field_conflicts.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="56" />
      <source>A GPS point is often a home. Move, snap or count the points by admin area before sharing them.</source>
      <translation>Um ponto GPS é muitas vezes uma residência. Desloque os pontos, ajuste-os a uma grelha ou conte-os por unidade administrativa antes de os partilhar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="52" />
      <source>A GeoPackage of admin boundaries to take along, e.g. admin_boundaries.gpkg.</source>
      <translation>Um GeoPackage de limites administrativos a levar, p. ex., admin_boundaries.gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="32" />
      <source>A GeoPackage of admin boundaries, e.g. admin_boundaries.gpkg, drawn in the vector background written when no tile can be downloaded.</source>
      <translation>Um GeoPackage de limites administrativos, p. ex., admin_boundaries.gpkg, desenhados no fundo vetorial escrito quando não é possível descarregar nenhum mosaico.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="38" />
      <source>A GeoPackage of this run is being written by another program (QGIS editing it, a database browser, a synchronisation tool): it is locked. Save or close the edits there, then run again.</source>
      <translation>Um GeoPackage desta execução está a ser escrito por outro programa (o QGIS a editá-lo, um explorador de bases de dados, uma ferramenta de sincronização): está bloqueado. Guarde ou feche as edições nesse programa e execute novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="168" />
      <source>A GeoPackage, shapefile or GeoJSON of admin areas with their P-codes (e.g. an OCHA COD-AB).</source>
      <translation>Um GeoPackage, shapefile ou GeoJSON de unidades administrativas com os seus P-codes (p. ex., um COD-AB da OCHA).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="22" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey or dbname=surveys host=db.example.org sslmode=require. Passwords come from the connection's authentication configuration, never from this parameter.</source>
      <translation>Uma ligação PostgreSQL do QGIS (Navegador &gt; PostgreSQL), ou uma cadeia de ligação como service=survey ou dbname=surveys host=db.example.org sslmode=require. As senhas vêm da configuração de autenticação da ligação, nunca deste parâmetro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="60" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey. When chosen, the survey GeoPackage is copied into a new schema of that database in one transaction: if the connection drops, nothing is left there. Passwords come from the connection's authentication configuration.</source>
      <translation>Uma ligação PostgreSQL do QGIS (Navegador &gt; PostgreSQL), ou uma cadeia de ligação como service=survey. Se for escolhida, o GeoPackage do inquérito é copiado para um novo esquema dessa base numa só transação: se a ligação cair, nada fica lá. As senhas vêm da configuração de autenticação da ligação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="201" />
      <source>A Shapefile cuts field names to 10 characters ({fields}): the map export finds them under their cut names, but other tools may not, and the file cannot record the threshold and the sources of the counts. A GeoPackage (.gpkg) keeps all of them.</source>
      <translation>Um Shapefile corta os nomes dos campos a 10 caracteres ({fields}): a exportação do mapa encontra-os pelos nomes cortados, mas outras ferramentas talvez não, e o ficheiro não pode guardar o limiar nem as fontes das contagens. Um GeoPackage (.gpkg) guarda tudo isso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="52" />
      <source>A circle at the centre of each area, its surface proportional to the number of submissions.</source>
      <translation>Um círculo no centro de cada unidade, com área proporcional ao número de submissões.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="127" />
      <source>A field laptop can be lost or stolen: by default, the personal data at high risk and the raw tables stay at the office. Include them only for an encrypted laptop, and delete the package from it after the merge. The points of the submissions are in the package either way.</source>
      <translation>Um portátil de campo pode ser perdido ou roubado: por predefinição, os dados pessoais de risco elevado e as tabelas brutas ficam no escritório. Inclua-os apenas para um portátil cifrado e elimine dele o pacote depois da fusão. Os pontos das submissões estão no pacote em qualquer caso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="23" />
      <source>A field of the submissions that holds the P-code of the area answered, e.g. admin2 holding CF7112. Chosen: submissions are counted by this code, those without GPS included. Empty: each submission is placed by its location.</source>
      <translation>Um campo das submissões que contém o P-code da unidade administrativa respondida, p. ex., admin2 com CF7112. Escolhido: as submissões são contadas por este código, incluindo as que não têm GPS. Vazio: cada submissão é situada pela sua localização.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="325" />
      <source>A heatmap needs the survey points (POINTS).</source>
      <translation>Um mapa de calor precisa dos pontos do inquérito (POINTS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="212" />
      <source>A key file I keep…</source>
      <translation>Um ficheiro de chave que guardo…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="83" />
      <source>A line under the title: area, period, population, e.g. Submissions per sous-préfecture, 2-20 March 2026.</source>
      <translation>Uma linha sob o título: área, período, população, p. ex., Submissões por subprefeitura, 2-20 de março de 2026.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="206" />
      <source>A new key for this file only (pseudonyms cannot be linked to other exports)</source>
      <translation>Uma chave nova só para este ficheiro (pseudónimos impossíveis de ligar a outras exportações)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="241" />
      <source>A new key is written to the file you name (it must not exist yet). Keep it safe and apart from the shared data: whoever has it can check a guessed name against its pseudonym.</source>
      <translation>Uma nova chave é escrita no ficheiro que indicar (não pode existir ainda). Guarde-a em segurança e separada dos dados partilhados: quem a tiver pode verificar um nome adivinhado comparando-o com o seu pseudónimo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="112" />
      <source>A new table each time: the layout then still works when the project is saved and reopened.</source>
      <translation>Uma tabela nova de cada vez: assim a composição continua a funcionar quando o projeto é guardado e reaberto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="233" />
      <source>A number is expected here.</source>
      <translation>Espera-se um número aqui.</translation>
    </message>
    <message>
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency).</source>
      <translation type="vanished">Uma pergunta numérica para uma média ou uma mediana, p. ex., hh_size (pessoas) ou income_month (na moeda da pergunta).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="42" />
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency). Answers that are not numbers are left out and named.</source>
      <translation>Uma pergunta numérica para uma média ou uma mediana, p. ex., hh_size (pessoas) ou income_month (na moeda da pergunta). As respostas que não são números são deixadas de fora e indicadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="34" />
      <source>A point less than 50 m from the area answered counts as in it (a point on a border, within the error of a phone's GPS), whatever the units of the boundaries. The P-code answered is compared without case or spaces (cf11 is CF11); one of no area is flagged as such.</source>
      <translation>Um ponto a menos de 50 m da unidade respondida conta como estando nela (um ponto num limite, dentro do erro do GPS de um telemóvel), sejam quais forem as unidades dos limites. O P-code respondido é comparado sem maiúsculas nem espaços (cf11 é CF11); um de nenhuma unidade é assinalado como tal.</translation>
    </message>
    <message>
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number and the share (%) of submissions giving that answer.</source>
      <translation type="vanished">Uma pergunta cujas respostas contar, p. ex., water_source. Com a resposta abaixo, cada unidade administrativa obtém também o número e a proporção (%) de submissões que dão essa resposta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="28" />
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number of submissions answering the question (value_count), and the number and the share (%) of them giving that answer: submissions that skipped or refused it are left out.</source>
      <translation>Uma pergunta cujas respostas contar, p. ex., water_source. Com a resposta abaixo, cada unidade administrativa obtém também o número de submissões que respondem à pergunta (value_count), e o número e a proporção (%) delas que dão essa resposta: as submissões que a saltaram ou recusaram ficam de fora.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="232" />
      <source>A request to {host} could not be sent ({error}).</source>
      <translation>Não foi possível enviar um pedido a {host} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="42" />
      <source>A survey GeoPackage written by Import survey data or a download (it is not changed).</source>
      <translation>Um GeoPackage de inquérito escrito por Importar dados de inquérito ou por um descarregamento (não é alterado).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="17" />
      <source>A table with one row per column likely holding personal data: column, risk (high, medium, low), category, reason, suggested_action and explanation. E.g. personal_data.csv, or a temporary layer.</source>
      <translation>Uma tabela com uma linha por coluna que provavelmente contém dados pessoais: column, risk (high, medium, low), category, reason, suggested_action e explanation. P. ex., personal_data.csv, ou uma camada temporária.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="31" />
      <source>A temporary layer cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a copy shared from a temporary layer would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>Uma camada temporária não pode conter o inquérito limpo: só um GeoPackage conserva tal como estão o formulário do inquérito, as suas tabelas de repetição e as suas datas e horas (uma cópia partilhada a partir de uma camada temporária perderia as proteções que os leem); escolha um ficheiro GeoPackage (.gpkg) para o inquérito limpo e faça a exportação para partilha a partir desse ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="78" />
      <source>A value holds a NUL character, which PostgreSQL cannot store: {value}</source>
      <translation>Um valor contém um carácter NUL, que o PostgreSQL não consegue armazenar: {value}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="107" />
      <source>API token</source>
      <translation>Token de API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>About the same number of areas in each class.</source>
      <translation>Aproximadamente o mesmo número de unidades em cada classe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Action</source>
      <translation>Ação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="283" />
      <source>Add the layers to the project</source>
      <translation>Adicionar as camadas ao projeto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="57" />
      <source>Address</source>
      <translation>Endereço</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="154" />
      <source>Admin area column (P-codes) for counts</source>
      <translation>Coluna de unidade administrativa (P-codes) para as contagens</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="88" />
      <source>Admin area polygons, e.g. the layer admin2 of admin_boundaries.gpkg: the areas the counts are given for, or the areas moved points must stay in.</source>
      <translation>Polígonos das unidades administrativas, p. ex., a camada admin2 de admin_boundaries.gpkg: as unidades para as quais as contagens são dadas, ou aquelas em que os pontos deslocados devem ficar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="135" />
      <source>Admin areas</source>
      <translation>Unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="105" />
      <source>Admin areas (for counts, or to keep moved points in their area)</source>
      <translation>Unidades administrativas (para as contagens, ou para manter os pontos deslocados na sua unidade)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="348" />
      <source>Admin areas (optional, shown in grey)</source>
      <translation>Unidades administrativas (opcional, mostradas a cinzento)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="48" />
      <source>Admin areas (polygons with P-codes)</source>
      <translation>Unidades administrativas (polígonos com P-codes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="55" />
      <source>Admin areas with a count</source>
      <translation>Unidades administrativas com uma contagem</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="170" />
      <source>Admin areas: for the counts, or to keep moved points in their area (optional)</source>
      <translation>Unidades administrativas: para as contagens, ou para manter os pontos deslocados na sua unidade (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="150" />
      <source>Admin boundaries</source>
      <translation>Limites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="102" />
      <source>Admin boundaries (*.gpkg *.shp *.geojson *.json)</source>
      <translation>Limites administrativos (*.gpkg *.shp *.geojson *.json)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="53" />
      <source>Admin boundaries (GeoPackage, optional)</source>
      <translation>Limites administrativos (GeoPackage, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="108" />
      <source>Admin boundaries (area of interest, P-codes, gazetteer)</source>
      <translation>Limites administrativos (área de interesse, P-codes, gazetteer)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="73" />
      <source>Admin boundaries (optional)</source>
      <translation>Limites administrativos (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="87" />
      <source>Admin boundaries for the vector background (optional)</source>
      <translation>Limites administrativos para o fundo vetorial (opcional)</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="93" />
      <source>All %n decisions of the log are still pending: the cleaned layer would be identical to the raw data, yet maps would pick it as cleaned. Decide the rows first (Back).</source>
      <translation>
        <numerusform>A %n decisão do registo continua pendente: a camada limpa seria idêntica aos dados brutos, e no entanto os mapas usá-la-iam como limpa. Decida primeiro as linhas (Anterior).</numerusform>
        <numerusform>As %n decisões do registo continuam pendentes: a camada limpa seria idêntica aos dados brutos, e no entanto os mapas usá-la-iam como limpa. Decida primeiro as linhas (Anterior).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="82" />
      <source>All checks</source>
      <translation>Todas as verificações</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="87" />
      <source>All decisions</source>
      <translation>Todas as decisões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="185" />
      <source>Also counts the submissions without GPS, and the ones whose GPS point is wrong.</source>
      <translation>Conta também as submissões sem GPS e aquelas cujo ponto GPS está errado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="217" />
      <source>Also export the log for field teams (CSV or XLSX, optional)</source>
      <translation>Exportar também o registo para as equipas de campo (CSV ou XLSX, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="88" />
      <source>Also in the shared database as {schema}: give colleagues the role {reviewer} to review it, {viewer} to read it.</source>
      <translation>Também na base de dados partilhada como {schema}: dê aos colegas o papel {reviewer} para o rever e {viewer} para o ler.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="25" />
      <source>Also put the survey in a shared database (PostgreSQL), where colleagues can review it</source>
      <translation>Colocar também o inquérito numa base de dados partilhada (PostgreSQL), onde os colegas o podem rever</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="57" />
      <source>Also share it in a PostgreSQL database (optional)</source>
      <translation>Partilhá-lo também numa base de dados PostgreSQL (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="124" />
      <source>Also show each submission as a point</source>
      <translation>Mostrar também cada submissão como um ponto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="115" />
      <source>Also write the log as an Excel workbook (.xlsx) or a CSV file, e.g. cleaning_log.xlsx, for field teams to fill in new_value and change_type; bring it back with 'Apply the cleaning log'.</source>
      <translation>Escrever também o registo como livro do Excel (.xlsx) ou ficheiro CSV, p. ex., cleaning_log.xlsx, para as equipas de campo preencherem new_value e change_type; traga-o de volta com «Aplicar o registo de limpeza».</translation>
    </message>
    <message>
      <source>An A4 landscape map made with this toolkit</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="84" />
      <source>An answer is unusual when it lies further than this many interquartile ranges beyond the quartiles (below Q1 - k x IQR or above Q3 + k x IQR). Default 3, far out; 1.5 flags many more. A value is flagged only when the robust z-score agrees.</source>
      <translation>Uma resposta é invulgar quando se situa além deste número de intervalos interquartis para lá dos quartis (abaixo de Q1 - k x IQR ou acima de Q3 + k x IQR). Predefinição: 3, muito afastado; 1,5 assinala muitos mais. Um valor só é assinalado como valor atípico quando a pontuação z robusta concorda.</translation>
    </message>
    <message>
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more.</source>
      <translation type="vanished">Uma resposta é invulgar quando a sua pontuação z robusta (0,6745 x a sua distância à mediana, em desvios absolutos medianos) é superior a este valor. Predefinição: 3,5; mais baixo assinala mais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="95" />
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more. Where more than half the answers are equal (median absolute deviation 0), its distance to the median in mean absolute deviations (x 1.2533) stands in for it.</source>
      <translation>Uma resposta é invulgar quando a sua pontuação z robusta (0,6745 x a sua distância à mediana, em desvios absolutos medianos) é superior a este valor. Predefinição: 3,5; mais baixo assinala mais. Quando mais de metade das respostas são iguais (desvio absoluto mediano 0), a sua distância à mediana em unidades da média dos desvios absolutos (x 1,2533) substitui-a.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="327" />
      <source>An atlas is made of choropleth pages: choose MAP_TYPE choropleth for it.</source>
      <translation>Um atlas é composto por páginas coropléticas: escolha MAP_TYPE choropleth.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="77" />
      <source>An empty or new folder where the package folder and its zip are written, e.g. /home/me/packages/team_a.</source>
      <translation>Uma pasta vazia ou nova onde são escritos a pasta do pacote e o seu zip, p. ex., /home/me/packages/team_a.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="48" />
      <source>An unexpected error stopped the run ({error}). The details are in the log (View &gt; Panels &gt; Log Messages, CartONG tab).</source>
      <translation>Um erro inesperado interrompeu a execução ({error}). Os detalhes estão no registo (Ver &gt; Painéis &gt; Registo de mensagens, separador CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="78" />
      <source>Analysis</source>
      <translation>Análise</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="182" />
      <source>Another server (type its address)</source>
      <translation>Outro servidor (escreva o seu endereço)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="72" />
      <source>Answer to 'other' of {question}: recode into an existing or a new choice.</source>
      <translation>Resposta «outro» a {question}: recodificar para uma opção existente ou uma nova opção.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="68" />
      <source>Answer to 'other' of {question}; close to the existing choice '{code}' (score {score}).</source>
      <translation>Resposta «outro» a {question}; próxima da opção existente «{code}» (pontuação {score}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="204" />
      <source>Answer to count</source>
      <translation>Resposta a contar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="77" />
      <source>Answer to count (choice name)</source>
      <translation>Resposta a contar (nome da opção)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="62" />
      <source>Answers to “{question}”</source>
      <translation>Respostas a «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="195" />
      <source>App-user token</source>
      <translation>Token de utilizador móvel (app user)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="127" />
      <source>Apply the cleaning log</source>
      <translation>Aplicar o registo de limpeza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="188" />
      <source>Applying the cleaning log to {layer}</source>
      <translation>A aplicar o registo de limpeza a {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="80" />
      <source>Archiving</source>
      <translation>Arquivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="83" />
      <source>Area of interest</source>
      <translation>Área de interesse</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="134" />
      <source>Area of interest when there are no admin boundaries (optional)</source>
      <translation>Área de interesse quando não há limites administrativos (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="276" />
      <source>Area of interest, without an admin layer (GPS points outside are flagged)</source>
      <translation>Área de interesse, sem camada administrativa (os pontos GPS fora dela são assinalados)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="62" />
      <source>Area of the basemap (empty: the surveys and boundaries)</source>
      <translation>Área do mapa base (vazio: os inquéritos e os limites)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="202" />
      <source>Area of this page</source>
      <translation>Unidade administrativa desta página</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="46" />
      <source>Areas where fewer submissions than this answered the question get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation>As unidades administrativas onde menos submissões do que este número responderam à pergunta não obtêm contagem da resposta, percentagem, média nem mediana, apenas o estado 'insufficient', para que 1 resposta em 2 não seja mostrada como 50 %. Predefinição: 5 submissões; aumente-o para perguntas sensíveis.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">As unidades administrativas com menos submissões (ou respostas) do que este número não obtêm contagem da resposta, percentagem, média nem mediana, apenas o estado 'insufficient', para que 1 resposta em 2 não seja mostrada como 50 %. Predefinição: 5 submissões; aumente-o para perguntas sensíveis.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">As unidades administrativas com menos submissões (ou respostas) do que este número não obtêm percentagem, média nem mediana, apenas o estado 'insufficient', para que 1 resposta em 2 não seja mostrada como 50 %. Predefinição: 5 submissões; aumente-o para perguntas sensíveis.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="239" />
      <source>Areas with fewer submissions show 'insufficient data', not a percentage or a mean.</source>
      <translation>As unidades com menos submissões mostram «dados insuficientes», não uma percentagem nem uma média.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions show 'insufficient data', not a percentage.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="140" />
      <source>At the merge, the office keeps its values of what was left out.</source>
      <translation>Na fusão, o escritório mantém os seus valores do que ficou de fora.</translation>
    </message>
    <message>
      <source>Atlas as one PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder named after the map file</source>
      <translation type="vanished">Atlas como um PDF por unidade, chamado &lt;P-code&gt;_&lt;name&gt;.pdf, numa pasta com o nome do ficheiro do mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="154" />
      <source>Atlas as one PDF per area, named by its P-code and name (CF111_Bimbo.pdf), in a folder named after the map file</source>
      <translation>Atlas como um PDF por unidade, chamado pelo seu P-code e nome (CF111_Bimbo.pdf), numa pasta com o nome do ficheiro do mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="388" />
      <source>Atlas of {pages} pages written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>Atlas de {pages} páginas escrito em {file}. A composição «{layout}» está no projeto (Projeto &gt; Composições) para retoques manuais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="149" />
      <source>Atlas: one page per admin area with data (PDF only)</source>
      <translation>Atlas: uma página por unidade administrativa com dados (só PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="116" />
      <source>Atlas: one page per admin area with data, zoomed on it (PDF)</source>
      <translation>Atlas: uma página por unidade administrativa com dados, centrada nela (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="67" />
      <source>Attachment columns removed: {columns}.</source>
      <translation>Colunas de anexos removidas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="389" />
      <source>Attachment {name} of submission {uuid} was skipped: {reason}</source>
      <translation>O anexo {name} da submissão {uuid} foi ignorado: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="50" />
      <source>Attachments downloaded</source>
      <translation>Anexos descarregados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="92" />
      <source>Attachments missing</source>
      <translation>Anexos em falta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="276" />
      <source>Attachments: {folder}</source>
      <translation>Anexos: {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="42" />
      <source>Authentication configuration (email and password, or app-user token)</source>
      <translation>Configuração de autenticação (e-mail e senha, ou token de utilizador móvel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="40" />
      <source>Authentication configuration holding the API token</source>
      <translation>Configuração de autenticação que contém o token de API</translation>
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
      <translation>De volta ao escritório, funda o pacote devolvido com o algoritmo «Fundir um pacote de campo devolvido».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="197" />
      <source>Background map</source>
      <translation>Mapa de fundo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="183" />
      <source>Background map for offline work</source>
      <translation>Mapa de fundo para o trabalho offline</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="374" />
      <source>Background map: countries and admin boundaries only. {reason}</source>
      <translation>Mapa de fundo: apenas países e limites administrativos. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="371" />
      <source>Background map: {tiles} tiles stored for offline work.</source>
      <translation>Mapa de fundo: {tiles} mosaicos guardados para o trabalho offline.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="178" />
      <source>Background: offline (bundled Natural Earth countries) or osm (OpenStreetMap, credited on the map, when a connection exists)</source>
      <translation>Fundo de mapa: offline (países da Natural Earth incluídos no complemento) ou osm (OpenStreetMap, creditado no mapa, se houver ligação)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="133" />
      <source>Basemap</source>
      <translation>Mapa base</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="27" />
      <source>Basemap source (XYZ address with {z}/{x}/{y}, or a WMS/XYZ layer source)</source>
      <translation>Fonte do mapa base (endereço XYZ com {z}/{x}/{y}, ou uma fonte de camada WMS/XYZ)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="115" />
      <source>Blank rare combinations of: {columns} (k = {k}).</source>
      <translation>Apagar as combinações raras de: {columns} (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="54" />
      <source>Blank the value</source>
      <translation>Esvaziar o valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="107" />
      <source>Boundary of the upper admin level</source>
      <translation>Limite do nível administrativo superior</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="17" />
      <source>Bring a shared survey back to a GeoPackage</source>
      <translation>Trazer um inquérito partilhado de volta para um GeoPackage</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">Traz o trabalho de uma equipa de campo de volta para o GeoPackage de inquérito do escritório: as novas submissões (por _uuid, com as suas linhas brutas e linhas de repetição tal como foram recebidas), os valores editados no terreno (no inquérito e nas suas tabelas de repetição), as linhas de repetição adicionadas a uma submissão e as decisões de limpeza aí tomadas (com quem e quando). As linhas são emparelhadas pela identidade que o pacote registou quando foi preparado, pelo que uma linha eliminada de um lado nunca desloca uma edição para outra. Um valor alterado tanto no escritório como no terreno é um conflito: o valor do escritório é mantido. Uma linha eliminada no terreno não é eliminada no escritório (para remover uma submissão, registe uma decisão remove_survey no registo de limpeza); é listada como não fundida, tal como uma alteração a uma linha que o escritório removeu. Os conflitos e o que não foi fundido são listados, com o motivo, na tabela field_conflicts e no CSV. As linhas brutas já presentes no escritório nunca mudam. Indique o zip do pacote, o seu manifest.json ou o seu GeoPackage de inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="25" />
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Photos and other files taken in the field are copied beside the office GeoPackage, into a folder named after it (survey_attachments for survey.gpkg) with one folder per submission, never over a different file. Copies of one package used on several laptops each bring their own new submissions; an answer changed differently on two copies is a conflict. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation>Traz o trabalho de uma equipa de campo de volta para o GeoPackage de inquérito do escritório: as novas submissões (por _uuid, com as suas linhas brutas e linhas de repetição tal como foram recebidas), os valores editados no terreno (no inquérito e nas suas tabelas de repetição), as linhas de repetição adicionadas a uma submissão e as decisões de limpeza aí tomadas (com quem e quando). As linhas são emparelhadas pela identidade que o pacote registou quando foi preparado, pelo que uma linha eliminada de um lado nunca desloca uma edição para outra. Um valor alterado tanto no escritório como no terreno é um conflito: o valor do escritório é mantido. Uma linha eliminada no terreno não é eliminada no escritório (para remover uma submissão, registe uma decisão remove_survey no registo de limpeza); é listada como não fundida, tal como uma alteração a uma linha que o escritório removeu. Os conflitos e o que não foi fundido são listados, com o motivo, na tabela field_conflicts e no CSV. As linhas brutas já presentes no escritório nunca mudam. As fotos e outros ficheiros recolhidos no terreno são copiados para junto do GeoPackage do escritório, para uma pasta com o nome dele (survey_attachments para survey.gpkg) com uma pasta por submissão, nunca por cima de um ficheiro diferente. As cópias de um mesmo pacote usadas em vários portáteis trazem cada uma as suas próprias submissões novas; uma resposta alterada de forma diferente em duas cópias é um conflito. Indique o zip do pacote, o seu manifest.json ou o seu GeoPackage de inquérito.</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field, and the cleaning decisions taken there (with who and when). A value changed both in the office and in the field is a conflict: the office value is kept and the conflict is listed in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">Traz o trabalho de uma equipa de campo de volta para o GeoPackage de inquérito do escritório: as novas submissões (por _uuid, com as suas linhas brutas e linhas de repetição tal como foram recebidas), os valores editados no terreno e as decisões de limpeza aí tomadas (com quem e quando). Um valor alterado tanto no escritório como no terreno é um conflito: o valor do escritório é mantido e o conflito é listado na tabela field_conflicts e no CSV. As linhas brutas já presentes no escritório nunca mudam. Indique o zip do pacote, o seu manifest.json ou o seu GeoPackage de inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="174" />
      <source>Build it anyway</source>
      <translation>Criá-la mesmo assim</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="136" />
      <source>Build the cleaned layer</source>
      <translation>Criar a camada limpa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="198" />
      <source>Building the cleaned layer…</source>
      <translation>A construir a camada limpa…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="342" />
      <source>Building the layout…</source>
      <translation>A construir a composição…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="354" />
      <source>Building the {page} layout…</source>
      <translation>A construir a composição {page}…</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">Constrói a camada limpa a partir da camada do inquérito e do registo de limpeza, da mesma maneira de cada vez: as linhas change_response definem o novo valor, as linhas blank_response esvaziam-no, as linhas remove_survey retiram a submissão (para um uuid duplicado apenas as cópias posteriores), as linhas no_action e pendentes não alteram nada. O registo é a tabela 'cleaning_log' do GeoPackage do inquérito, a menos que escolha um registo CSV/XLSX editado, como um preenchido para o cleaningtools em R. As linhas sobre uma submissão que não está na camada são ignoradas e listadas; um registo cujas perguntas ou valores não correspondem à camada é recusado com a lista das suas linhas erradas. A camada de entrada não é alterada. Quando é aplicada uma latitude/longitude trocada ou corrigida, o ponto também é deslocado.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file).</source>
      <translation type="vanished">Constrói a camada limpa a partir da camada do inquérito e do registo de limpeza, da mesma forma de cada vez: as linhas change_response aplicam o novo valor, as linhas remove_survey eliminam a submissão (para um uuid duplicado, só as cópias posteriores), as linhas no_action e pending não alteram nada. O registo é a tabela «cleaning_log» do GeoPackage do inquérito, salvo se escolher um registo CSV/XLSX alterado; um registo cujos uuid ou perguntas não correspondem à camada é recusado, com a lista das suas linhas erradas. A camada de entrada não é alterada. Quando é aplicada uma latitude/longitude trocada ou corrigida, o ponto também é deslocado. Uma camada de inquérito de um esquema partilhado em PostgreSQL usa as decisões que os revisores guardaram no registo de limpeza desse esquema, e uma saída temporária torna-se uma tabela do mesmo esquema com o nome da camada (survey_cleaned), substituída numa única transação (requer os direitos do proprietário do esquema; os restantes escolhem um ficheiro).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="27" />
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file). Otherwise the cleaned survey is a GeoPackage: a temporary output is one in QGIS's temporary folder, deleted when QGIS closes.</source>
      <translation>Constrói a camada limpa a partir da camada do inquérito e do registo de limpeza, da mesma forma de cada vez: as linhas change_response aplicam o novo valor, as linhas blank_response esvaziam-no, as linhas remove_survey eliminam a submissão (para um uuid duplicado, só as cópias posteriores), as linhas no_action e pending não alteram nada. O registo é a tabela «cleaning_log» do GeoPackage do inquérito, salvo se escolher um registo CSV/XLSX alterado, como um preenchido para o cleaningtools em R. As linhas sobre uma submissão que não está na camada são ignoradas e listadas; um registo cujas perguntas ou valores não correspondem à camada é recusado, com a lista das suas linhas erradas. A camada de entrada não é alterada. Quando é aplicada uma latitude/longitude trocada ou corrigida, o ponto também é deslocado. Uma camada de inquérito de um esquema partilhado em PostgreSQL usa as decisões que os revisores guardaram no registo de limpeza desse esquema, e uma saída temporária torna-se uma tabela do mesmo esquema com o nome da camada (survey_cleaned), substituída numa única transação (requer os direitos do proprietário do esquema; os restantes escolhem um ficheiro). Caso contrário, o inquérito limpo é um GeoPackage: uma saída temporária é um GeoPackage na pasta temporária do QGIS, eliminado quando o QGIS fecha.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log; a log whose uuids or questions do not match the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">Constrói a camada limpa a partir da camada do inquérito e do registo de limpeza, da mesma forma de cada vez: as linhas change_response aplicam o novo valor, as linhas remove_survey eliminam a submissão (para um uuid duplicado, só as cópias posteriores), as linhas no_action e pending não alteram nada. O registo é a tabela «cleaning_log» do GeoPackage do inquérito, salvo se escolher um registo CSV/XLSX alterado; um registo cujos uuid ou perguntas não correspondem à camada é recusado, com a lista das suas linhas erradas. A camada de entrada não é alterada. Quando é aplicada uma latitude/longitude trocada ou corrigida, o ponto também é deslocado.</translation>
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
      <translation>Cancelar a preparação do pacote</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="366" />
      <source>Cancel the export</source>
      <translation>Cancelar a exportação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="105" />
      <source>Cancel the import</source>
      <translation>Cancelar a importação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="65" />
      <source>Cancelled while {what}: nothing was written.</source>
      <translation>Cancelado durante {what}: nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="213" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="287" />
      <source>Cancelled: no cleaned layer was written.</source>
      <translation>Cancelado: nenhuma camada limpa foi escrita.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="153" />
      <source>Cancelled: no field package was written.</source>
      <translation>Cancelado: nenhum pacote de campo foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="425" />
      <source>Cancelled: no map was written.</source>
      <translation>Cancelado: não foi escrito nenhum mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="276" />
      <source>Cancelled: no offline basemap was written.</source>
      <translation>Cancelado: nenhum mapa base offline foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="344" />
      <source>Cancelled: nothing was left in the folder.</source>
      <translation>Cancelado: nada ficou na pasta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="309" />
      <source>Cancelled: the atlas was not written.</source>
      <translation>Cancelado: o atlas não foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="196" />
      <source>Cancelled: the cleaned layer was not changed.</source>
      <translation>Cancelado: a camada limpa não foi alterada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="239" />
      <source>Cancelled: the counts were not written.</source>
      <translation>Cancelado: as contagens não foram escritas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="187" />
      <source>Cancelled: the office GeoPackage was not changed.</source>
      <translation>Cancelado: o GeoPackage do escritório não foi alterado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="138" />
      <source>Cancelling…</source>
      <translation>A cancelar…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="145" />
      <source>Cannot connect to the PostgreSQL database {target}: {detail}. Check the host, port and database of the connection and that the server is running.</source>
      <translation>Não é possível ligar à base de dados PostgreSQL {target}: {detail}. Verifique o anfitrião, a porta e a base de dados da ligação e se o servidor está a funcionar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="204" />
      <source>Cannot export the atlas to {file}: use a file ending in .pdf.</source>
      <translation>Não é possível exportar o atlas para {file}: use um ficheiro terminado em .pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="134" />
      <source>Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.</source>
      <translation>Não é possível exportar o registo de limpeza para {file}: escolha um ficheiro .csv ou .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="66" />
      <source>Cannot export the map to {file}: use a file ending in {formats}.</source>
      <translation>Não é possível exportar o mapa para {file}: use um ficheiro terminado em {formats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="103" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}).</source>
      <translation>Não é possível aceder a {host}: este computador parece estar offline, ou o servidor está em baixo ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="108" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}). Check the connection and try again; the last downloaded copy is still available.</source>
      <translation>Não é possível aceder a {host}: este computador parece estar offline, ou o servidor está em baixo ({reason}). Verifique a ligação e tente novamente; a última cópia descarregada continua disponível.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="342" />
      <source>Cannot read a cleaning log from {file}: choose a .csv or .xlsx file.</source>
      <translation>Não é possível ler um registo de limpeza a partir de {file}: escolha um ficheiro .csv ou .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="77" />
      <source>Cannot read the layout template {file}: {error}</source>
      <translation>Não é possível ler o modelo de composição {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="81" />
      <source>Cannot write the atlas pages into the folder {folder}: {file} is a file, not a folder. Rename or move that file, or choose another map file name.</source>
      <translation>Não é possível escrever as páginas do atlas na pasta {folder}: {file} é um ficheiro, não uma pasta. Mude o nome desse ficheiro ou mova-o, ou escolha outro nome de ficheiro para o mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="60" />
      <source>Cannot write {file}: {error}. Choose another folder or file name.</source>
      <translation>Não é possível escrever {file}: {error}. Escolha outra pasta ou outro nome de ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="218" />
      <source>CartONG</source>
      <translation>CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="141" />
      <source>CartONG Toolkit</source>
      <translation>Caixa de ferramentas CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/provider.py" line="50" />
      <source>CartONG Toolkit: survey data import, cleaning and maps</source>
      <translation>Caixa de ferramentas CartONG: importação, limpeza e cartografia de dados de inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="51" />
      <source>CartONG Toolkit…</source>
      <translation>Caixa de ferramentas CartONG…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="68" />
      <source>CartONG help</source>
      <translation>Ajuda do CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="64" />
      <source>CartONG help catalogue</source>
      <translation>Catálogo de ajuda do CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="67" />
      <source>CartONG training</source>
      <translation>Formação CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="77" />
      <source>CartONG: {name}</source>
      <translation>CartONG: {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="26" />
      <source>Cascading selects</source>
      <translation>Seleções em cascata</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="53" />
      <source>Change the value</source>
      <translation>Alterar o valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="38" />
      <source>Check</source>
      <translation>Verificação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="35" />
      <source>Check and clean survey data</source>
      <translation>Verificar e limpar os dados do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="211" />
      <source>Check the data collection period</source>
      <translation>Verificar o período de recolha de dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="100" />
      <source>Check: {check}</source>
      <translation>Verificação: {check}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="172" />
      <source>Checking %n submissions…</source>
      <translation>
        <numerusform>A verificar %n submissão…</numerusform>
        <numerusform>A verificar %n submissões…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="216" />
      <source>Checking the connection…</source>
      <translation>A verificar a ligação…</translation>
    </message>
    <message>
      <source>Checking {count} submissions…</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="168" />
      <source>Checking {layer}</source>
      <translation>A verificar {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="67" />
      <source>Checks a survey layer (or table) for duplicated submissions, missing required answers, values out of range or unusual, GPS problems (missing, at 0,0, swapped, outside the admin areas, poor precision, in another area than answered), interview durations, collection dates and bursts, 'other (specify)' answers to recode, and typed admin names to match to P-codes. With the XLSForm the checks know required questions, skip logic and constraints. Each flagged value becomes a row of the cleaning log (uuid, question, old_value, new_value, issue, check_id, change_type...), written as the table 'cleaning_log' of the survey's GeoPackage (or of the GeoPackage you choose). Decisions already taken in an existing log are kept. The raw data is not changed.</source>
      <translation>Verifica uma camada (ou tabela) de inquérito: submissões duplicadas, respostas obrigatórias em falta, valores fora dos limites ou invulgares, problemas de GPS (ponto em falta, em 0,0, coordenadas trocadas, fora das unidades administrativas, precisão insuficiente, numa unidade diferente da indicada), durações das entrevistas, datas de recolha e séries de entrevistas seguidas, respostas «outro (especificar)» a recodificar, e nomes de unidades administrativas escritos a associar a P-codes. Com o XLSForm, as verificações conhecem as perguntas obrigatórias, a lógica de salto e as restrições. Cada valor assinalado torna-se uma linha do registo de limpeza (uuid, question, old_value, new_value, issue, check_id, change_type…), escrito na tabela «cleaning_log» do GeoPackage do inquérito (ou do GeoPackage que escolher). As decisões já tomadas num registo existente são conservadas. Os dados brutos não são alterados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="164" />
      <source>Checks and thresholds</source>
      <translation>Verificações e limiares</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="220" />
      <source>Checks cancelled: no cleaning log was written. Click Back, then Next to run them again.</source>
      <translation>Verificações canceladas: não foi escrito nenhum registo de limpeza. Clique em Anterior e depois em Seguinte para as executar novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="180" />
      <source>Checks to run</source>
      <translation>Verificações a executar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="71" />
      <source>Choice labels and choice columns blanked with their question in {rows} rows: {columns}.</source>
      <translation>Etiquetas de opções e colunas de opções esvaziadas com a sua pergunta em {rows} linhas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="69" />
      <source>Choice labels and choice columns removed with their question: {columns}.</source>
      <translation>Etiquetas de opções e colunas de opções removidas com a sua pergunta: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="275" />
      <source>Choice labels are written in the chosen language beside the codes; the codes are always kept.</source>
      <translation>As etiquetas das opções são escritas na língua escolhida ao lado dos códigos; os códigos são sempre conservados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="368" />
      <source>Choose a .gpkg file for the survey GeoPackage, not {file}.</source>
      <translation>Escolha um ficheiro .gpkg para o GeoPackage de inquérito, não {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="72" />
      <source>Choose a PostgreSQL connection: the name of a QGIS connection (Browser &gt; PostgreSQL) or a connection string such as service=survey.</source>
      <translation>Escolha uma ligação PostgreSQL: o nome de uma ligação do QGIS (Navegador &gt; PostgreSQL) ou uma cadeia de ligação como service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="353" />
      <source>Choose an empty folder for the training session</source>
      <translation>Escolha uma pasta vazia para a sessão de formação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="243" />
      <source>Choose an empty or new folder: the package folder and its zip go inside it. Copy the zip to the field laptop and open the project inside.</source>
      <translation>Escolha uma pasta vazia ou nova: a pasta do pacote e o seu zip são escritos lá dentro. Copie o zip para o portátil de campo e abra o projeto que contém.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="323" />
      <source>Choose another file: the shared copy cannot replace the survey itself.</source>
      <translation>Escolha outro ficheiro: a cópia a partilhar não pode substituir o próprio inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="94" />
      <source>Choose at least one survey GeoPackage for the field package.</source>
      <translation>Escolha pelo menos um GeoPackage de inquérito para o pacote de campo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="58" />
      <source>Choose the P-code and name fields of the admin layer {layer}.</source>
      <translation>Escolha os campos P-code e nome da camada administrativa {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="216" />
      <source>Choose the P-code field of the admin area layer.</source>
      <translation>Escolha o campo P-code da camada de unidades administrativas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="394" />
      <source>Choose the P-code field of the admin boundaries.</source>
      <translation>Escolha o campo P-code dos limites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="214" />
      <source>Choose the admin area column to count by.</source>
      <translation>Escolha a coluna de unidade administrativa pela qual contar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="59" />
      <source>Choose the admin boundaries and their P-code field.</source>
      <translation>Escolha os limites administrativos e o seu campo P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="173" />
      <source>Choose the answer to count for the question {field}.</source>
      <translation>Escolha a resposta a contar para a pergunta {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="60" />
      <source>Choose the authentication configuration that holds your KoboToolbox API token.</source>
      <translation>Escolha a configuração de autenticação que contém o seu token de API do KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="83" />
      <source>Choose the authentication configuration that holds your ODK Central login.</source>
      <translation>Escolha a configuração de autenticação que contém as suas credenciais do ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="101" />
      <source>Choose the export downloaded from KoboToolbox, ODK Central or ONA (CSV, XLSX or zip) and, if you have it, the XLSForm it was collected with.</source>
      <translation>Escolha a exportação descarregada do KoboToolbox, ODK Central ou ONA (CSV, XLSX ou zip) e, se o tiver, o XLSForm com que os dados foram recolhidos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="51" />
      <source>Choose the form whose submissions to download.</source>
      <translation>Escolha o formulário cujas submissões quer descarregar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="42" />
      <source>Choose the imported survey layer, the XLSForm it was collected with (required questions, constraints and skip logic are then checked) and, if you have them, the admin boundaries of the area surveyed.</source>
      <translation>Escolha a camada do inquérito importada, o seu XLSForm (são então verificadas as perguntas obrigatórias, as restrições e a lógica de salto) e, se os tiver, os limites administrativos da área inquirida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="275" />
      <source>Choose the key file.</source>
      <translation>Escolha o ficheiro de chave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="76" />
      <source>Choose the map that answers your question. Every map comes in a print-ready layout with title, legend, scale bar, north arrow, sources and disclaimer.</source>
      <translation>Escolha o mapa que responde à sua pergunta. Cada mapa vem numa composição pronta a imprimir, com título, legenda, barra de escala, seta do norte, fontes e aviso legal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="388" />
      <source>Choose the numeric question whose mean is mapped.</source>
      <translation>Escolha a pergunta numérica cuja média é cartografada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="390" />
      <source>Choose the numeric question whose median is mapped.</source>
      <translation>Escolha a pergunta numérica cuja mediana é cartografada.</translation>
    </message>
    <message>
      <source>Choose the numeric question whose {statistic} is mapped.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="393" />
      <source>Choose the question and the answer whose share is mapped.</source>
      <translation>Escolha a pergunta e a resposta cuja proporção é cartografada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="373" />
      <source>Choose the question to map.</source>
      <translation>Escolha a pergunta a cartografar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="396" />
      <source>Choose the question whose answers are the P-codes.</source>
      <translation>Escolha a pergunta cujas respostas são os P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="60" />
      <source>Choose the server and how to log in. Tokens and passwords are kept only in the QGIS authentication manager, never in the project or the settings.</source>
      <translation>Escolha o servidor e como iniciar sessão. Os tokens e as senhas só são guardados no gestor de autenticação do QGIS, nunca no projeto nem nas definições.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="109" />
      <source>Choose the survey layer to share and, if you have it, the XLSForm it was collected with: the form tells which questions hold names, GPS points or photos.</source>
      <translation>Escolha a camada do inquérito a partilhar e, se o tiver, o XLSForm com que os dados foram recolhidos: o formulário indica que perguntas contêm nomes, pontos GPS ou fotos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="56" />
      <source>Choose the survey layer.</source>
      <translation>Escolha a camada do inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="110" />
      <source>Choose the survey, the admin boundaries with their P-codes, and how each submission finds its area.</source>
      <translation>Escolha o inquérito, os limites administrativos com os seus P-codes, e como cada submissão é associada à sua unidade.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="43" />
      <source>Choropleth: mean or median of a number per admin area</source>
      <translation>Coroplético: média ou mediana de um número por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="35" />
      <source>Choropleth: share of an answer per admin area (%)</source>
      <translation>Coroplético: proporção de uma resposta por unidade administrativa (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="30" />
      <source>Choropleth: submissions per admin area</source>
      <translation>Coroplético: submissões por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="396" />
      <source>Circle area proportional to the value</source>
      <translation>Área dos círculos proporcional ao valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="252" />
      <source>Class limits</source>
      <translation>Limites de classe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="124" />
      <source>Class limits of your own, e.g. 10, 20, 50 (replace the METHOD; with ';' between limits, a comma is a decimal comma)</source>
      <translation>Os seus próprios limites de classe, p. ex. 10, 20, 50 (substituem METHOD; com «;» entre os limites, a vírgula é separador decimal)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="115" />
      <source>Class limits of your own, increasing, e.g. 10, 20, 50: classes from the smallest value to 10, 10 to 20, 20 to 50 and 50 to the largest. With a decimal comma, put ';' between limits: 2,5; 5; 7,5. Replaces the method and the number of classes.</source>
      <translation>Limites de classe próprios, crescentes, p. ex., 10, 20, 50: classes do menor valor a 10, de 10 a 20, de 20 a 50 e de 50 ao maior. Com vírgula decimal, coloque ';' entre os limites: 2,5; 5; 7,5. Substitui o método e o número de classes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Class limits where the values jump.</source>
      <translation>Limites de classe onde os valores dão um salto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="221" />
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Classes of the same width.</source>
      <translation>Classes com a mesma amplitude.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="117" />
      <source>Classes: quantile (equal count), jenks (natural breaks), equal (intervals) or pretty</source>
      <translation>Classes: quantile (contagens iguais), jenks (quebras naturais), equal (intervalos iguais) ou pretty (quebras arredondadas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="59" />
      <source>Cleaned survey</source>
      <translation>Inquérito limpo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="210" />
      <source>Cleaning</source>
      <translation>Limpeza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="66" />
      <source>Cleaning decisions merged</source>
      <translation>Decisões de limpeza fundidas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="224" />
      <source>Cleaning log</source>
      <translation>Registo de limpeza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="52" />
      <source>Cleaning log (CSV, XLSX or GeoPackage; empty: the survey's GeoPackage)</source>
      <translation>Registo de limpeza (CSV, XLSX ou GeoPackage; vazio: o GeoPackage do inquérito)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="264" />
      <source>Cleaning log exported to {file}.</source>
      <translation>Registo de limpeza exportado para {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="427" />
      <source>Cleaning log of {schema} in {target}: {kept} rows kept with their decisions, {new} new, {gone} no longer raised removed.</source>
      <translation>Registo de limpeza de {schema} em {target}: {kept} linhas mantidas com as suas decisões, {new} novas, {gone} que já não são assinaladas removidas.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="247" />
      <source>Cleaning log saved in {file} (%n rows).</source>
      <translation>
        <numerusform>Registo de limpeza guardado em {file} (%n linha).</numerusform>
        <numerusform>Registo de limpeza guardado em {file} (%n linhas).</numerusform>
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
        <numerusform>Registo de limpeza {file}, coluna {column}: %n resposta nova não consta da lista de opções «{list}» (linha {rows}: {values}); é aplicada tal como está escrita, cada código como a sua própria etiqueta.</numerusform>
        <numerusform>Registo de limpeza {file}, coluna {column}: %n respostas novas não constam da lista de opções «{list}» (linhas {rows}: {values}); são aplicadas tal como estão escritas, cada código como a sua própria etiqueta.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="54" />
      <source>Cleaning logs (*.xlsx *.csv *.gpkg)</source>
      <translation>Registos de limpeza (*.xlsx *.csv *.gpkg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Cleaning logs (*.xlsx *.csv)</source>
      <translation>Registos de limpeza (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="266" />
      <source>Click a row to read why the column was flagged.</source>
      <translation>Clique numa linha para ler porque é que a coluna foi assinalada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="166" />
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closed</source>
      <translation>Fechado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="174" />
      <source>Closest gazetteer name: {place}, score {score}.</source>
      <translation>Nome mais próximo no gazetteer: {place}, pontuação {score}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closing</source>
      <translation>A fechar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="271" />
      <source>Collection period</source>
      <translation>Período de recolha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Column</source>
      <translation>Coluna</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="47" />
      <source>Column “{column}” of the exported cleaning log</source>
      <translation>Coluna “{column}” do registo de limpeza exportado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="146" />
      <source>Columns an outsider could know</source>
      <translation>Colunas que uma pessoa externa poderia conhecer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="136" />
      <source>Columns an outsider could know (area, sex, age, household size…): combinations shared by fewer than k rows are blanked.</source>
      <translation>Colunas que uma pessoa externa poderia conhecer (zona, sexo, idade, tamanho do agregado familiar…): as combinações partilhadas por menos de k linhas são apagadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="91" />
      <source>Columns an outsider could know (rare combinations are blanked)</source>
      <translation>Colunas que uma pessoa externa poderia conhecer (as combinações raras são apagadas)</translation>
    </message>
    <message>
      <source>Columns at high risk (names, phone numbers...) to keep in the copy anyway, e.g. village when the partner needs it. Not recommended: each one is named in the README. Any other column at high risk is removed unless it is pseudonymised.</source>
      <translation type="vanished">Colunas de risco elevado (nomes, números de telefone...) a manter mesmo assim na cópia, p. ex., village quando o parceiro precisa dela. Não recomendado: cada uma é nomeada no README. Qualquer outra coluna de risco elevado é removida, salvo se for pseudonimizada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="197" />
      <source>Columns at high risk kept by your choice (comma-separated)</source>
      <translation>Colunas de risco elevado mantidas por sua escolha (separadas por vírgulas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="192" />
      <source>Columns at high risk removed by default (comma-separated)</source>
      <translation>Colunas de risco elevado removidas por predefinição (separadas por vírgulas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="61" />
      <source>Columns at high risk removed by default: {columns}.</source>
      <translation>Colunas de risco elevado removidas por predefinição: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="81" />
      <source>Columns at high risk to keep anyway (not recommended; written in the README)</source>
      <translation>Colunas de risco elevado a manter mesmo assim (não recomendado; registado no README)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="32" />
      <source>Columns flagged as personal data to keep in the copy as they are, e.g. village when the partner needs it. Not recommended: a column at high risk kept is named in the README. Without a choice, any other column at high risk is removed, and columns identifying staff, devices, accounts or documents are pseudonymised (removed when no key can be opened), as the wizard starts them.</source>
      <translation>Colunas assinaladas como dados pessoais a manter tal como estão na cópia, p. ex., village quando o parceiro precisa dela. Não recomendado: uma coluna de risco elevado mantida é nomeada no README. Se não for escolhida nenhuma opção, qualquer outra coluna de risco elevado é removida, e as colunas que identificam pessoal, dispositivos, contas ou documentos são pseudonimizadas (removidas quando nenhuma chave pode ser aberta), como no estado inicial do assistente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="78" />
      <source>Columns likely holding personal data at high risk</source>
      <translation>Colunas que provavelmente contêm dados pessoais com risco elevado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="292" />
      <source>Columns likely holding personal data at high risk were kept as you chose: {columns}. The README says so; share the file only under a data sharing agreement.</source>
      <translation>As colunas que provavelmente contêm dados pessoais de risco elevado foram mantidas conforme escolheu: {columns}. O README indica-o; partilhe o ficheiro apenas ao abrigo de um acordo de partilha de dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="284" />
      <source>Columns likely holding personal data at high risk were removed by default: {columns}. To share them, pseudonymise them (PSEUDONYMISE_FIELDS) or keep them (KEEP_FIELDS).</source>
      <translation>As colunas que provavelmente contêm dados pessoais de risco elevado foram removidas por predefinição: {columns}. Para as partilhar, pseudonimize-as (PSEUDONYMISE_FIELDS) ou mantenha-as (KEEP_FIELDS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="95" />
      <source>Columns of personal data at high risk (left out or carried)</source>
      <translation>Colunas de dados pessoais de risco elevado (deixadas de fora ou levadas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="168" />
      <source>Columns of the field copy that the office survey does not have were not merged: {columns}</source>
      <translation>As colunas da cópia de campo que o inquérito do escritório não tem não foram fundidas: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="28" />
      <source>Columns removed from the copy, e.g. respondent_name and phone. Run 'Detect personal data' first: its list names the candidates.</source>
      <translation>Colunas removidas da cópia, p. ex., respondent_name e phone. Execute primeiro «Detetar os dados pessoais»: a sua lista nomeia as candidatas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="59" />
      <source>Columns removed: {columns}.</source>
      <translation>Colunas removidas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="109" />
      <source>Columns repeating the exact location are removed too.</source>
      <translation>As colunas que repetem a posição exata também são removidas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="65" />
      <source>Columns repeating the exact location removed: {columns}.</source>
      <translation>Colunas que repetem a posição exata removidas: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="79" />
      <source>Columns replaced by pseudonyms (key {key}, in the key file {file}): {columns}.</source>
      <translation>Colunas substituídas por pseudónimos (chave {key}, no ficheiro de chave {file}): {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="83" />
      <source>Columns replaced by pseudonyms (key {key}, kept in your QGIS authentication database): {columns}.</source>
      <translation>Colunas substituídas por pseudónimos (chave {key}, guardada na sua base de dados de autenticação do QGIS): {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="43" />
      <source>Columns someone outside could know about a person, e.g. admin2, head_gender, head_age, hh_size. Values are blanked wherever their combination is shared by fewer than k rows.</source>
      <translation>Colunas que alguém de fora poderia conhecer sobre uma pessoa, p. ex., admin2, head_gender, head_age, hh_size. Os valores são esvaziados sempre que a sua combinação é partilhada por menos de k linhas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="164" />
      <source>Columns that likely hold personal data, found from the form, the column names and the values. Choose what to do with each before sharing; read the reason when unsure.</source>
      <translation>Colunas que provavelmente contêm dados pessoais, detetadas através do formulário, dos nomes das colunas e dos valores. Escolha o que fazer com cada uma antes de partilhar; leia o motivo em caso de dúvida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="65" />
      <source>Columns to remove</source>
      <translation>Colunas a remover</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="71" />
      <source>Columns to replace by pseudonyms</source>
      <translation>Colunas a substituir por pseudónimos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="38" />
      <source>Columns whose values are replaced by pseudonyms, e.g. household_id: the same value always gets the same pseudonym with the same key, so rows can still be linked, but the value cannot be read back without the key.</source>
      <translation>Colunas cujos valores são substituídos por pseudónimos, p. ex., household_id: o mesmo valor recebe sempre o mesmo pseudónimo com a mesma chave, pelo que as linhas ainda podem ser ligadas, mas o valor não pode ser recuperado sem a chave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="59" />
      <source>Compare numbers within each value of this field, e.g. admin1, when areas differ (incomes in the capital and in villages). Groups of fewer than 20 submissions get no statistical check.</source>
      <translation>Comparar os números dentro de cada valor deste campo, p. ex., admin1, quando as zonas diferem (rendimentos na capital e nas aldeias). Os grupos com menos de 20 submissões não recebem verificação estatística.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="246" />
      <source>Compare numbers within groups of</source>
      <translation>Comparar os números dentro dos grupos de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="150" />
      <source>Compare numbers within groups of this field (optional)</source>
      <translation>Comparar os números dentro dos grupos deste campo (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="242" />
      <source>Compare numbers within groups of this question (e.g. admin1); empty: the whole survey</source>
      <translation>Comparar os números dentro dos grupos desta pergunta (p. ex. admin1); vazio: todo o inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="271" />
      <source>Comparing {file} with the list of submissions on {host}…</source>
      <translation>A comparar {file} com a lista de submissões em {host}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="59" />
      <source>Conflicts (CSV)</source>
      <translation>Conflitos (CSV)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="67" />
      <source>Conflicts (office value kept)</source>
      <translation>Conflitos (valor do escritório mantido)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="415" />
      <source>Connected to {url}: {count} forms, {deployed} deployed.</source>
      <translation>Ligado a {url}: {count} formulários, dos quais {deployed} implementados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="383" />
      <source>Connecting to {url}</source>
      <translation>Ligação a {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="381" />
      <source>Connecting to {url}…</source>
      <translation>A ligar a {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="385" />
      <source>Connection cancelled.</source>
      <translation>Ligação cancelada.</translation>
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
        <numerusform>A retomar o descarregamento interrompido de {file}: %n submissão já tinha sido descarregada.</numerusform>
        <numerusform>A retomar o descarregamento interrompido de {file}: %n submissões já tinham sido descarregadas.</numerusform>
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
      <translation>Copia todas as tabelas de um GeoPackage de inquérito (as tabelas brutas tal como foram recebidas, a camada de inquérito tipada com os seus pontos, as tabelas de repetição, o registo de limpeza, as tabelas de metadados e do formulário) para um novo esquema de uma base de dados PostgreSQL com PostGIS, com os mesmos nomes e valores, numa só transação: se algo falhar ou a ligação cair, nada fica na base de dados. São criadas duas funções para o esquema, com o nome dele (para um esquema household_2026: household_2026_reviewer, que pode registar decisões de limpeza, e household_2026_viewer, que só pode ler); o administrador atribui-as às pessoas. As tabelas brutas recusam qualquer alteração. O GeoPackage é apenas lido.</translation>
    </message>
    <message>
      <source>Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in one transaction: if anything fails or the connection drops, nothing is left in the database. Two roles are created for the schema: &lt;schema&gt;_reviewer (may record cleaning decisions) and &lt;schema&gt;_viewer (may only read); the administrator grants them to people. Raw tables refuse any change. The GeoPackage is only read.</source>
      <translation type="vanished">Copia todas as tabelas de um GeoPackage de inquérito (as tabelas brutas tal como foram recebidas, a camada de inquérito tipada com os seus pontos, as tabelas de repetição, o registo de limpeza, as tabelas de metadados e do formulário) para um novo esquema de uma base de dados PostgreSQL com PostGIS, com os mesmos nomes e valores, numa só transação: se algo falhar ou a ligação cair, nada fica na base de dados. São criadas duas funções para o esquema: &lt;schema&gt;_reviewer (pode registar decisões de limpeza) e &lt;schema&gt;_viewer (só pode ler); o administrador atribui-as às pessoas. As tabelas brutas recusam qualquer alteração. O GeoPackage é apenas lido.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="92" />
      <source>Copy it only to an encrypted laptop, and delete it from the laptop after the merge.</source>
      <translation>Copie-o apenas para um portátil cifrado e elimine-o do portátil depois da fusão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="307" />
      <source>Copying the data and building the project…</source>
      <translation>A copiar os dados e a construir o projeto…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="70" />
      <source>Count by admin area</source>
      <translation>Contar por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="122" />
      <source>Count by admin area (small counts hidden)</source>
      <translation>Contar por unidade administrativa (contagens pequenas ocultadas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="26" />
      <source>Count submissions by admin area</source>
      <translation>Contar as submissões por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="58" />
      <source>Count submissions by admin area and lay out a print-ready map.</source>
      <translation>Contar as submissões por unidade administrativa e compor um mapa pronto a imprimir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="270" />
      <source>Counting submissions per admin area</source>
      <translation>Contagem das submissões por unidade administrativa</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="281" />
      <source>Counting the %n submissions of {layer} per area…</source>
      <translation>
        <numerusform>A contar %n submissão de {layer} por unidade…</numerusform>
        <numerusform>A contar as %n submissões de {layer} por unidade…</numerusform>
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
      <translation>Países (fundo offline)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="131" />
      <source>Counts below k are hidden; rare combinations are blanked until k rows share them.</source>
      <translation>As contagens inferiores a k são ocultadas; as combinações raras são apagadas até que pelo menos k linhas as partilhem.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="121" />
      <source>Counts by {columns} for {rows} areas; {small} small counts and {other} other counts hidden (k = {k}).</source>
      <translation>Contagens por {columns} para {rows} unidades; {small} contagens pequenas e {other} outras contagens ocultadas (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="29" />
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent of those answering it; areas where fewer submissions than the threshold answered get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation>Conta os pontos do inquérito em cada unidade administrativa (submissões de campo). Os pontos são colocados segundo a sua posição, ou segundo um campo P-code se for escolhido (os pontos sem GPS são então também contados). Opcionalmente, conta as submissões que dão uma resposta a uma pergunta e a sua proporção em percentagem entre as que lhe responderam; as unidades onde menos submissões do que o limiar responderam não têm nem a contagem dessa resposta nem a sua percentagem, apenas o estado «insufficient», para que os números pequenos não induzam em erro nem revelem o que responderam alguns agregados familiares. STATISTIC mean ou median com uma pergunta numérica dá a sua média (campo value_mean) ou mediana (value_median) por unidade, com a mesma regra: as unidades com menos respostas do que o limiar não têm valor mas o estado «insufficient».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">Conta os pontos do inquérito em cada unidade administrativa (submissões de campo). Os pontos são colocados segundo a sua posição, ou segundo um campo P-code se for escolhido (os pontos sem GPS são então também contados). Opcionalmente, conta as submissões que dão uma resposta a uma pergunta e a sua proporção em percentagem; as unidades com menos submissões do que o limiar não têm nem a contagem dessa resposta nem a sua percentagem, apenas o estado «insufficient», para que os números pequenos não induzam em erro nem revelem o que responderam alguns agregados familiares. STATISTIC mean ou median com uma pergunta numérica dá a sua média (campo value_mean) ou mediana (value_median) por unidade, com a mesma regra: as unidades com menos respostas do que o limiar não têm valor mas o estado «insufficient».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">Conta os pontos do inquérito em cada unidade administrativa (submissões de campo). Os pontos são colocados segundo a sua posição, ou segundo um campo P-code se for escolhido (os pontos sem GPS são então também contados). Opcionalmente, conta as submissões que dão uma resposta a uma pergunta e a sua proporção em percentagem; as unidades com menos submissões do que o limiar não têm percentagem mas o estado «insufficient», para que os números pequenos não induzam em erro. STATISTIC mean ou median com uma pergunta numérica dá a sua média (campo value_mean) ou mediana (value_median) por unidade, com a mesma regra: as unidades com menos respostas do que o limiar não têm valor mas o estado «insufficient».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="80" />
      <source>Counts: a question whose answers are counted by area too, e.g. water_source. Empty: only the number of submissions.</source>
      <translation>Contagens: uma pergunta cujas respostas também são contadas por unidade administrativa, p. ex., water_source. Vazio: apenas o número de submissões.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="77" />
      <source>Counts: the column of the survey that holds the P-code of each submission's area, e.g. admin2 (default).</source>
      <translation>Contagens: a coluna do inquérito que contém o P-code da unidade administrativa de cada submissão, p. ex., admin2 (predefinição).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="135" />
      <source>Create the map</source>
      <translation>Criar o mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="108" />
      <source>Data and admin areas</source>
      <translation>Dados e unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="77" />
      <source>Data cleaning</source>
      <translation>Limpeza de dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="76" />
      <source>Data collection</source>
      <translation>Recolha de dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="104" />
      <source>Data collection ran from {first} to {last}.</source>
      <translation>A recolha de dados decorreu de {first} a {last}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="81" />
      <source>Data protection</source>
      <translation>Proteção de dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="34" />
      <source>Data protection: export for sharing</source>
      <translation>Proteção de dados: exportação para partilha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="57" />
      <source>Data protection: export for sharing…</source>
      <translation>Proteção de dados: exportação para partilha…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="193" />
      <source>Data protection…</source>
      <translation>Proteção de dados…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="86" />
      <source>Data sources</source>
      <translation>Fontes dos dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="108" />
      <source>Data to share</source>
      <translation>Dados a partilhar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="51" />
      <source>Database connection</source>
      <translation>Ligação à base de dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="61" />
      <source>Date of birth</source>
      <translation>Data de nascimento</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="227" />
      <source>Date: {date}</source>
      <translation>Data: {date}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="236" />
      <source>Decide each row: change the value (type the new value), remove the submission, keep it as it is, or leave it to decide. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation>Decida cada linha: alterar o valor (escreva o novo valor), remover a submissão, mantê-la tal como está ou deixá-la a decidir. Faça duplo clique numa linha para ver a submissão no mapa. As equipas de campo podem editar uma cópia exportada; importe-a de volta quando terminarem.</translation>
    </message>
    <message>
      <source>Decide each row: change_response (set new_value), remove_survey, no_action or pending. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation type="vanished">Decida cada linha: change_response (preencher new_value), remove_survey, no_action ou pending. Duplo clique: ver a submissão no mapa. As equipas de campo podem alterar uma cópia exportada, a reimportar depois.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="42" />
      <source>Decided on</source>
      <translation>Decidido em</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="39" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="95" />
      <source>Decisions refused (someone decided first)</source>
      <translation>Decisões recusadas (outra pessoa decidiu primeiro)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="98" />
      <source>Decisions refused (the log row is another one now)</source>
      <translation>Decisões recusadas (a linha do registo é agora outra)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="94" />
      <source>Decisions saved</source>
      <translation>Decisões guardadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="189" />
      <source>Delete everything done in {folder} and start again from the sample data?</source>
      <translation>Eliminar tudo o que foi feito em {folder} e recomeçar a partir dos dados de exemplo?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="436" />
      <source>Density of submissions</source>
      <translation>Densidade de submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Deployed</source>
      <translation>Implementado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="225" />
      <source>Detect personal data</source>
      <translation>Detetar os dados pessoais</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="62" />
      <source>Device or account ID</source>
      <translation>ID de dispositivo ou de conta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="44" />
      <source>Device or resource busy</source>
      <translation>Dispositivo ou recurso ocupado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="46" />
      <source>Displacement needs a minimum distance above 0 and a maximum distance above the minimum (got {min} m and {max} m).</source>
      <translation>O deslocamento exige uma distância mínima superior a 0 e uma distância máxima superior à mínima (valores recebidos: {min} m e {max} m).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Done</source>
      <translation>Concluído</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Done at</source>
      <translation>Concluído em</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="332" />
      <source>Done.</source>
      <translation>Concluído.</translation>
    </message>
    <message>
      <source>Done: {action} {columns}</source>
      <translation type="vanished">Feito: {action} {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="46" />
      <source>Download</source>
      <translation>Descarregamento</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="36" />
      <source>Download attachments (photos) beside the GeoPackage</source>
      <translation>Descarregar os anexos (fotos) ao lado do GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="298" />
      <source>Download attachments (photos) into the folder {folder} beside the GeoPackage</source>
      <translation>Descarregar os anexos (fotos) para a pasta {folder} ao lado do GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="195" />
      <source>Download cancelled: no GeoPackage was written.</source>
      <translation>Descarregamento cancelado: não foi escrito nenhum GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="193" />
      <source>Download cancelled: {file} was left as it was.</source>
      <translation>Descarregamento cancelado: {file} ficou como estava.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="166" />
      <source>Download finished.</source>
      <translation>Descarregamento concluído.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/wizard.py" line="38" />
      <source>Download from KoboToolbox / ODK Central</source>
      <translation>Descarregar do KoboToolbox / ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="187" />
      <source>Download from a server…</source>
      <translation>Descarregar de um servidor…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="16" />
      <source>Download survey from KoboToolbox</source>
      <translation>Descarregar um inquérito do KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="23" />
      <source>Download survey from ODK Central</source>
      <translation>Descarregar um inquérito do ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="122" />
      <source>Downloading every submission of {form} into {file}…</source>
      <translation>A descarregar todas as submissões de {form} para {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="120" />
      <source>Downloading the new submissions of {form} into {file}…</source>
      <translation>A descarregar as novas submissões de {form} para {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="104" />
      <source>Downloading {form}</source>
      <translation>A descarregar {form}</translation>
    </message>
    <message>
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', only submissions newer than the last sync are downloaded and appended. If the download fails, the previous GeoPackage is left untouched.</source>
      <translation type="vanished">Descarrega todas as submissões de um formulário do KoboToolbox implementado (API v2) para um GeoPackage de inquérito: tabelas brutas exatamente como recebidas, a camada de pontos tipada «survey» e um registo de cada sincronização. O token de API é lido da configuração de autenticação do QGIS; nunca é guardado noutro lugar. Com «Atualizar», só são descarregadas e acrescentadas as submissões mais recentes do que a última sincronização. Se o descarregamento falhar, o GeoPackage anterior fica intacto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="19" />
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). If the download fails, the previous GeoPackage is left untouched.</source>
      <translation>Descarrega todas as submissões de um formulário do KoboToolbox implementado (API v2) para um GeoPackage de inquérito: tabelas brutas exatamente como recebidas, a camada de pontos tipada «survey» e um registo de cada sincronização. O token de API é lido da configuração de autenticação do QGIS; nunca é guardado noutro lugar. Com «Atualizar», são descarregadas e acrescentadas as submissões mais recentes do que a última sincronização, e o GeoPackage é comparado com a lista do servidor: as submissões mais antigas que lhe faltam também são acrescentadas; as submissões eliminadas, editadas ou revistas de novo no servidor são indicadas num aviso, mas mantidas tal como foram descarregadas da primeira vez (para obter a versão atual do servidor, descarregue para um novo GeoPackage). Se o descarregamento falhar, o GeoPackage anterior fica intacto.</translation>
    </message>
    <message>
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', only submissions newer than the last sync are downloaded and appended; a failed download leaves the previous GeoPackage untouched.</source>
      <translation type="vanished">Descarrega todas as submissões de um formulário do ODK Central (OData, repetições incluídas) para um GeoPackage de inquérito. A configuração de autenticação contém o seu e-mail e a sua senha (Basic), ou um token de utilizador móvel (app user). As etiquetas e as opções são lidas do formulário no servidor; forneça também o XLSForm para conservar as suas restrições e perguntas obrigatórias. Com «Atualizar», só são descarregadas e acrescentadas as submissões mais recentes do que a última sincronização; um descarregamento falhado deixa intacto o GeoPackage anterior.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="26" />
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). A failed download leaves the previous GeoPackage untouched.</source>
      <translation>Descarrega todas as submissões de um formulário do ODK Central (OData, repetições incluídas) para um GeoPackage de inquérito. A configuração de autenticação contém o seu e-mail e a sua senha (Basic), ou um token de utilizador móvel (app user). As etiquetas e as opções são lidas do formulário no servidor; forneça também o XLSForm para conservar as suas restrições e perguntas obrigatórias. Com «Atualizar», são descarregadas e acrescentadas as submissões mais recentes do que a última sincronização, e o GeoPackage é comparado com a lista do servidor: as submissões mais antigas que lhe faltam também são acrescentadas; as submissões eliminadas, editadas ou revistas de novo no servidor são indicadas num aviso, mas mantidas tal como foram descarregadas da primeira vez (para obter a versão atual do servidor, descarregue para um novo GeoPackage). Um descarregamento falhado deixa intacto o GeoPackage anterior.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="71" />
      <source>Downloads the tiles of an XYZ or WMS basemap over an area, at the chosen zoom levels, into one MBTiles file that QGIS and QField open without network (QGIS's own 'Generate XYZ tiles' algorithm draws them). The number of tiles, the size and the time are logged before it starts; above the maximum number of tiles nothing is downloaded. When no tile can be made (no network, a server error, only empty tiles), a vector background of the countries (and of the admin boundaries, when given) is written instead, as a GeoPackage beside the chosen file, and the log says so.</source>
      <translation>Descarrega os mosaicos de um mapa base XYZ ou WMS sobre uma área, nos níveis de zoom escolhidos, para um único ficheiro MBTiles que o QGIS e o QField abrem sem rede (desenhados pelo próprio algoritmo 'Generate XYZ tiles' do QGIS). O número de mosaicos, o tamanho e o tempo são registados antes de começar; acima do número máximo de mosaicos nada é descarregado. Quando não é possível criar nenhum mosaico (sem rede, um erro do servidor, apenas mosaicos vazios), é escrito em vez disso um fundo vetorial dos países (e dos limites administrativos, se indicados), como um GeoPackage junto ao ficheiro escolhido, e o registo indica-o.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="33" />
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails), when it holds the same survey (form id) and no decision this GeoPackage lacks; otherwise nothing is written. The members of its roles keep them and read the new survey.</source>
      <translation>Eliminar um esquema existente com esse nome na mesma transação (mantém-se se a cópia falhar), quando contém o mesmo inquérito (ID do formulário) e nenhuma decisão que falte neste GeoPackage; caso contrário, nada é escrito. Os membros das suas funções mantêm-nas e leem o novo inquérito.</translation>
    </message>
    <message>
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails). Its decisions are lost: bring them back to a GeoPackage first.</source>
      <translation type="vanished">Eliminar um esquema existente com esse nome na mesma transação (mantém-se se a cópia falhar). As suas decisões perdem-se: traga-as primeiro de volta para um GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="19" />
      <source>Duplicates</source>
      <translation>Duplicados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="56" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="31" />
      <source>Each area coloured by its number of submissions, in colour-blind-safe classes.</source>
      <translation>Cada unidade colorida segundo o seu número de submissões, em classes adequadas a daltónicos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="44" />
      <source>Each area coloured by the mean or median answer to a numeric question (household size, income…); too few answers show 'insufficient data', not a misleading mean.</source>
      <translation>Cada unidade colorida segundo a média ou a mediana das respostas a uma pergunta numérica (tamanho do agregado familiar, rendimento…); com muito poucas respostas mostra-se «dados insuficientes», não uma média enganadora.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="36" />
      <source>Each area coloured by the share of submissions giving one answer. Areas with too few submissions show 'insufficient data' instead of a misleading percentage.</source>
      <translation>Cada unidade colorida segundo a proporção de submissões que dão uma resposta. As unidades com demasiado poucas submissões mostram «dados insuficientes» em vez de uma percentagem enganadora.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="179" />
      <source>Each submission counts in the area…</source>
      <translation>Cada submissão conta na unidade…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="277" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="194" />
      <source>Email and password</source>
      <translation>E-mail e senha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="258" />
      <source>Encoding {encoding}; delimiter {delimiter}</source>
      <translation>Codificação {encoding}; delimitador {delimiter}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Equal intervals</source>
      <translation>Intervalos iguais</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="141" />
      <source>Every answer is the same as in submission {uuid}; remove_survey drops this one.</source>
      <translation>Todas as respostas são idênticas às da submissão {uuid}; remove_survey elimina esta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="20" />
      <source>Every area is in the output, with 0 where no submission falls.</source>
      <translation>Cada unidade administrativa está no resultado, com 0 onde não cai nenhuma submissão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="119" />
      <source>Every page keeps the classes of the whole country, so pages compare; the title names the area and its P-code.</source>
      <translation>Cada página mantém as classes de todo o país, para que as páginas sejam comparáveis; o título indica a unidade e o seu P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Example value</source>
      <translation>Valor de exemplo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="101" />
      <source>Example with the sample survey, in the language of the map. Your map shows your data and your texts.</source>
      <translation>Exemplo com o inquérito de exemplo, na língua do mapa. O seu mapa mostra os seus dados e os seus textos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="321" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Livro do Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="85" />
      <source>Exercises file {file} could not be read: {error}</source>
      <translation>Não foi possível ler o ficheiro de exercícios {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="89" />
      <source>Exercises file {file}, exercise "{id}"</source>
      <translation>Ficheiro de exercícios {file}, exercício "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="40" />
      <source>Explanation</source>
      <translation>Explicação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="77" />
      <source>Export</source>
      <translation>Exportação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="35" />
      <source>Export a print-ready map (PDF)</source>
      <translation>Exportar um mapa pronto a imprimir (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="21" />
      <source>Export a review sheet of the shared cleaning log</source>
      <translation>Exportar uma folha de revisão do registo de limpeza partilhado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="431" />
      <source>Export cancelled: nothing was written.</source>
      <translation>Exportação cancelada: nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="423" />
      <source>Export finished.</source>
      <translation>Exportação concluída.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="36" />
      <source>Export for sharing</source>
      <translation>Exportar para partilha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_options.py" line="99" />
      <source>Export for sharing cancelled; nothing was written.</source>
      <translation>Exportação para partilha cancelada; nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="139" />
      <source>Export for sharing writes a GeoPackage (.gpkg) or a CSV (.csv), not {file}.</source>
      <translation>A exportação para partilha escreve um GeoPackage (.gpkg) ou um CSV (.csv), não {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="390" />
      <source>Export for sharing: {file}</source>
      <translation>Exportação para partilha: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="84" />
      <source>Export summary…</source>
      <translation>Exportar o resumo…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="319" />
      <source>Export the cleaning log</source>
      <translation>Exportar o registo de limpeza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="223" />
      <source>Export the session summary</source>
      <translation>Exportar o resumo da sessão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="231" />
      <source>Exported cleaning log</source>
      <translation>Registo de limpeza exportado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="362" />
      <source>Exporting {file}…</source>
      <translation>A exportar {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="395" />
      <source>Exporting… QGIS stays usable meanwhile.</source>
      <translation>A exportar… O QGIS continua utilizável entretanto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="134" />
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Few submissions</source>
      <translation>Poucas submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="142" />
      <source>Fewest people in a group</source>
      <translation>Menor número de pessoas num grupo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="103" />
      <source>Fewest submissions for a percentage</source>
      <translation>Número mínimo de submissões para uma percentagem</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="68" />
      <source>Field changes not merged (listed with the conflicts)</source>
      <translation>Alterações de campo não fundidas (listadas com os conflitos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="111" />
      <source>Field laptops' time zone: {zone} (UTC{offset} today).</source>
      <translation>Fuso horário dos portáteis de campo: {zone} (UTC{offset} hoje).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="122" />
      <source>Field package written: %n files, {size} MB, in {seconds} s: {zip}</source>
      <translation>
        <numerusform>Pacote de campo escrito: %n ficheiro, {size} MB, em {seconds} s: {zip}</numerusform>
        <numerusform>Pacote de campo escrito: %n ficheiros, {size} MB, em {seconds} s: {zip}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="49" />
      <source>Field packages (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</source>
      <translation>Pacotes de campo (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="53" />
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name (typed in qgis_process as village,respondent_name): submissions with the same values are flagged. A name that is not a field of the layer is refused. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation>Campos que em conjunto identificam um agregado familiar ou uma pessoa, p. ex., household_id, ou village e respondent_name (escritos no qgis_process como village,respondent_name): as submissões com os mesmos valores são assinaladas. Um nome que não seja um campo da camada é recusado. Vazio: só são assinalados os _uuid repetidos e as respostas idênticas (duplicados).</translation>
    </message>
    <message>
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name: submissions with the same values are flagged. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation type="vanished">Campos que em conjunto identificam um agregado familiar ou uma pessoa, p. ex., household_id, ou village e respondent_name: as submissões com os mesmos valores são assinaladas. Vazio: só são assinalados os _uuid repetidos e as respostas idênticas (duplicados).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="107" />
      <source>File</source>
      <translation>Ficheiro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="41" />
      <source>File exists</source>
      <translation>O ficheiro já existe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="45" />
      <source>File name too long</source>
      <translation>Nome de ficheiro demasiado longo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="56" />
      <source>File names of the attachments skipped</source>
      <translation>Nomes de ficheiro dos anexos ignorados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="89" />
      <source>Files in the package</source>
      <translation>Ficheiros do pacote</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="51" />
      <source>Find duplicates, GPS errors, outliers and short interviews; keep a cleaning log.</source>
      <translation>Detetar duplicados, erros GPS, valores atípicos e entrevistas demasiado curtas; manter um registo de limpeza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="169" />
      <source>First day of data collection (YYYY-MM-DD, optional)</source>
      <translation>Primeiro dia da recolha de dados (AAAA-MM-DD, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="255" />
      <source>Folder</source>
      <translation>Pasta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="65" />
      <source>Folder: {folder}</source>
      <translation>Pasta: {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="121" />
      <source>For a share, a mean or a median: areas where fewer submissions than this answered are hatched and labelled 'insufficient data' instead of a misleading value; counts made with a higher threshold keep theirs. Default 5 submissions.</source>
      <translation>Para uma proporção, uma média ou uma mediana: as unidades administrativas onde menos submissões do que este número responderam são tracejadas e etiquetadas 'insufficient data' em vez de um valor enganador; contagens feitas com um limiar mais alto mantêm o seu. Predefinição: 5 submissões.</translation>
    </message>
    <message>
      <source>For a share, a mean or a median: areas with fewer submissions than this are hatched and labelled 'insufficient data' instead of a misleading value. Default 5 submissions.</source>
      <translation type="vanished">Para uma proporção, uma média ou uma mediana: as unidades administrativas com menos submissões do que este número são tracejadas e etiquetadas 'insufficient data' em vez de um valor enganador. Predefinição: 5 submissões.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="30" />
      <source>For example https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the source of a WMS or XYZ layer as shown in its properties. Respect the tile provider's terms of use.</source>
      <translation>Por exemplo https://tile.openstreetmap.org/{z}/{x}/{y}.png, ou a fonte de uma camada WMS ou XYZ tal como aparece nas suas propriedades. Respeite as condições de utilização do fornecedor de mosaicos.</translation>
    </message>
    <message>
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen.</source>
      <translation type="vanished">Para execuções sem a janela do QGIS: onde está a chave, env:CARTONG_KEY (uma variável de ambiente) ou file:/home/me/cartong_key.txt (um ficheiro que contém 64 caracteres hexadecimais). Usado quando não é escolhida nenhuma configuração de autenticação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="53" />
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen. Without it such a run cannot open your default key, so the columns pseudonymised by default are removed instead.</source>
      <translation>Para execuções sem a janela do QGIS: onde está a chave, env:CARTONG_KEY (uma variável de ambiente) ou file:/home/me/cartong_key.txt (um ficheiro que contém 64 caracteres hexadecimais). Usado quando não é escolhida nenhuma configuração de autenticação. Sem este parâmetro, essa execução não consegue abrir a sua chave predefinida, pelo que as colunas pseudonimizadas por predefinição são removidas em vez disso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Form ID</source>
      <translation>ID do formulário</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="43" />
      <source>Form ID (asset uid)</source>
      <translation>ID do formulário (asset uid)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="50" />
      <source>Form ID (xmlFormId)</source>
      <translation>ID do formulário (xmlFormId)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>Form languages: {languages}.</source>
      <translation>Idiomas do formulário: {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="60" />
      <source>Form {uid}: {added} new submissions arrived during the download; they are included.</source>
      <translation>Formulário {uid}: chegaram {added} novas submissões durante o descarregamento; estão incluídas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="74" />
      <source>Form {uid}: {deleted} submissions were deleted on the server during the download.</source>
      <translation>Formulário {uid}: {deleted} submissões foram eliminadas no servidor durante o descarregamento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="272" />
      <source>Form: {name} ({count} submissions on the server)</source>
      <translation>Formulário: {name} ({count} submissões no servidor)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="106" />
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="63" />
      <source>Free text</source>
      <translation>Texto livre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="144" />
      <source>From collected data to a print-ready map, one step at a time.</source>
      <translation>Dos dados recolhidos ao mapa pronto a imprimir, passo a passo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="203" />
      <source>From zoom level (whole country)</source>
      <translation>A partir do nível de zoom (todo o país)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="56" />
      <source>GPS check not run: the layer has no {latitude}/{longitude} columns, no geopoint answer and no point geometry. Run the checks on the survey layer that holds the GPS points.</source>
      <translation>Verificação GPS não executada: a camada não tem colunas {latitude}/{longitude}, nem resposta geopoint, nem geometria de ponto. Execute as verificações na camada do inquérito que contém os pontos GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="46" />
      <source>GPS line</source>
      <translation>linha GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="58" />
      <source>GPS location</source>
      <translation>Posição GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="45" />
      <source>GPS point</source>
      <translation>ponto GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="88" />
      <source>GPS point at (0, 0)</source>
      <translation>ponto GPS em (0, 0)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="218" />
      <source>GPS point in another admin area</source>
      <translation>ponto GPS noutra unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="78" />
      <source>GPS point missing</source>
      <translation>ponto GPS em falta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="272" />
      <source>GPS point moved: coordinates out of date</source>
      <translation>Ponto GPS movido: coordenadas desatualizadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="132" />
      <source>GPS point outside the area of interest</source>
      <translation>ponto GPS fora da área de interesse</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="22" />
      <source>GPS points</source>
      <translation>Pontos GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="79" />
      <source>GPS points whose precision (the accuracy radius the phone recorded, e.g. _location_precision) is worse than this many metres are flagged. Default 50 m; 20 m in a dense camp.</source>
      <translation>Os pontos GPS cuja precisão (o raio de precisão que o telefone registou, p. ex., _location_precision) é pior do que este número de metros são assinalados. Predefinição: 50 m; 20 m num campo denso.</translation>
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
      <translation>GeoPackage para o registo de limpeza (vazio: o GeoPackage do inquérito)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="274" />
      <source>GeoPackage: {file}</source>
      <translation>GeoPackage: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="127" />
      <source>Grant the roles to people: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;</source>
      <translation>Atribua as funções às pessoas: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="149" />
      <source>Grid cell size (m)</source>
      <translation>Tamanho da célula da grelha (m)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="225" />
      <source>HTML (*.html);;Markdown (*.md)</source>
      <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="61" />
      <source>Heatmap of the submissions</source>
      <translation>Mapa de calor das submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="199" />
      <source>Help</source>
      <translation>Ajuda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="328" />
      <source>Help catalogue {file} could not be read ({error}).</source>
      <translation>Não foi possível ler o catálogo de ajuda {file} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="333" />
      <source>Help catalogue {file} is not valid JSON: line {line}, column {column}: {error}. The bundled catalogue is used meanwhile.</source>
      <translation>O catálogo de ajuda {file} não é um JSON válido: linha {line}, coluna {column}: {error}. Entretanto, é usado o catálogo incluído no complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="325" />
      <source>Help catalogue {file} was not found; check the path in the CartONG settings.</source>
      <translation>O catálogo de ajuda {file} não foi encontrado; verifique o caminho nas definições do CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="302" />
      <source>Help catalogue {file}, entry {n}</source>
      <translation>Catálogo de ajuda {file}, entrada {n}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="340" />
      <source>Help catalogue {file}: "format" must be "{expected}".</source>
      <translation>Catálogo de ajuda {file}: "format" deve ser "{expected}".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="298" />
      <source>Help catalogue {file}: expected {{"resources": [ … ]}} at the top of the file.</source>
      <translation>Catálogo de ajuda {file}: esperava-se {{"resources": [ … ]}} no início do ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>High</source>
      <translation>Alto</translation>
    </message>
    <message>
      <source>Household locations are personal data: share a map showing them only if that was decided.</source>
      <translation type="vanished">As localizações dos agregados familiares são dados pessoais: partilhe um mapa que as mostre apenas se isso tiver sido decidido.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="59" />
      <source>How exact locations are protected: 0 move points at random between the smallest and largest displacement (default), 1 snap them to a grid, 2 counts by admin area with small counts hidden, 3 remove locations, 4 keep them (only for a team allowed to see where households live).</source>
      <translation>Como são protegidas as localizações exatas: 0 deslocar os pontos ao acaso entre o deslocamento mínimo e o máximo (predefinição), 1 ajustá-los a uma grelha, 2 contagens por unidade administrativa com as contagens pequenas ocultas, 3 remover as localizações, 4 mantê-las (apenas para uma equipa autorizada a ver onde vivem os agregados familiares).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="262" />
      <source>How far from the usual answers a number is flagged</source>
      <translation>A que distância das respostas habituais um número é assinalado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="110" />
      <source>How the class limits are chosen: quantile (the same number of areas in each class, default), jenks (natural breaks), equal (intervals of equal width) or pretty (round numbers). Not used when class limits are given.</source>
      <translation>Como são escolhidos os limites de classe: quantile (o mesmo número de unidades administrativas em cada classe, predefinição), jenks (quebras naturais), equal (intervalos de igual amplitude) ou pretty (números redondos). Não é usado quando são indicados limites de classe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="264" />
      <source>How unusual a number must be to be flagged</source>
      <translation>Quão invulgar um número deve ser para ser assinalado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="53" />
      <source>Humanitarian server (kobo.humanitarianresponse.info)</source>
      <translation>Servidor humanitário (kobo.humanitarianresponse.info)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="55" />
      <source>ID number</source>
      <translation>Número de identidade</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="77" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>Imagens (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="100" />
      <source>Import</source>
      <translation>Importação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Import an edited cleaning log</source>
      <translation>Importar um registo de limpeza alterado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/import_report.py" line="55" />
      <source>Import cancelled: nothing was written.</source>
      <translation>Importação cancelada: nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="137" />
      <source>Import edited log…</source>
      <translation>Importar um registo alterado…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="168" />
      <source>Import finished.</source>
      <translation>Importação concluída.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/wizard.py" line="24" />
      <source>Import survey data</source>
      <translation>Importar dados de inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="32" />
      <source>Import survey data (KoboToolbox, ODK, ONA)</source>
      <translation>Importar dados de inquérito (KoboToolbox, ODK, ONA)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="43" />
      <source>Importing {file}</source>
      <translation>A importar {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="144" />
      <source>Importing… QGIS stays usable meanwhile.</source>
      <translation>A importar… O QGIS continua utilizável entretanto.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="45" />
      <source>In %n submissions the location text and its latitude/longitude columns were kept in agreement with the log's changes.</source>
      <translation>
        <numerusform>Em %n submissão, o texto da localização e as suas colunas de latitude/longitude foram mantidos de acordo com a alteração do registo.</numerusform>
        <numerusform>Em %n submissões, o texto da localização e as suas colunas de latitude/longitude foram mantidos de acordo com as alterações do registo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="55" />
      <source>In %n submissions the log changes both the location text and its latitude/longitude columns, and they disagree (first: feature {fid}); the points follow the latitude/longitude.</source>
      <translation>
        <numerusform>Em %n submissão, o registo altera ao mesmo tempo o texto da localização e as suas colunas de latitude/longitude, e não coincidem (a primeira: entidade {fid}); o ponto segue a latitude/longitude.</numerusform>
        <numerusform>Em %n submissões, o registo altera ao mesmo tempo o texto da localização e as suas colunas de latitude/longitude, e não coincidem (a primeira: entidade {fid}); os pontos seguem a latitude/longitude.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="279" />
      <source>In KoboToolbox: Account settings &gt; Security &gt; API key.</source>
      <translation>No KoboToolbox: Definições da conta &gt; Segurança &gt; Chave API.</translation>
    </message>
    <message>
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="284" />
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link. App users can send submissions but not read them: to download data, use a web account with the Project Viewer role.</source>
      <translation>No ODK Central: Projeto &gt; Utilizadores móveis; o token é a última parte da ligação do utilizador móvel. Os utilizadores móveis podem enviar submissões mas não lê-las: para descarregar os dados, use uma conta web com a função Observador do projeto (Project Viewer).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="122" />
      <source>In the field</source>
      <translation>No terreno</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="119" />
      <source>Include the personal data (names, phones, GPS coordinates, photos)</source>
      <translation>Incluir os dados pessoais (nomes, telefones, coordenadas GPS, fotografias)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="81" />
      <source>Include the personal data at high risk and the raw tables (encrypted laptop only)</source>
      <translation>Incluir os dados pessoais de risco elevado e as tabelas brutas (apenas portátil cifrado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="172" />
      <source>Insufficient data</source>
      <translation>Dados insuficientes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="435" />
      <source>Insufficient data (fewer than {n} submissions answering)</source>
      <translation>Dados insuficientes (menos de {n} submissões que respondem)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="436" />
      <source>Insufficient data (fewer than {n} submissions)</source>
      <translation>Dados insuficientes (menos de {n} submissões)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="23" />
      <source>Interview durations and dates</source>
      <translation>Durações e datas das entrevistas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="68" />
      <source>Interviews longer than this, in minutes, are flagged (default 120): often a form left open and finished later.</source>
      <translation>As entrevistas mais longas do que isto, em minutos, são assinaladas (120 por predefinição): muitas vezes um formulário deixado aberto e terminado mais tarde.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="64" />
      <source>Interviews shorter than this, in minutes, are flagged (default 10; refusals are not). Take the shortest real interview of the pilot.</source>
      <translation>As entrevistas mais curtas do que isto, em minutos, são assinaladas (10 por predefinição; as recusas não). Tome a entrevista real mais curta do piloto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="42" />
      <source>Is a directory</source>
      <translation>É um diretório</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="37" />
      <source>Issue</source>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="93" />
      <source>It is not in the shared database: {reason}</source>
      <translation>Não está na base de dados partilhada: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="438" />
      <source>It was tried {attempts} times over {seconds} seconds in all.</source>
      <translation>Foi tentado {attempts} vezes em {seconds} segundos no total.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="311" />
      <source>JSON text</source>
      <translation>texto JSON</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Keep</source>
      <translation>Manter</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="87" />
      <source>Keep although flagged: {columns}</source>
      <translation>Manter apesar do alerta: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="56" />
      <source>Keep as it is</source>
      <translation>Manter tal como está</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="115" />
      <source>Keep each moved point inside its admin area</source>
      <translation>Manter cada ponto deslocado dentro da sua unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="104" />
      <source>Keep each moved point inside its admin area ({layer}).</source>
      <translation>Manter cada ponto deslocado dentro da sua unidade administrativa ({layer}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="124" />
      <source>Keep exact locations (not recommended)</source>
      <translation>Manter as posições exatas (não recomendado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="109" />
      <source>Keep the counts per area in the survey's GeoPackage</source>
      <translation>Guardar as contagens por unidade no GeoPackage do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="203" />
      <source>Keep the decisions of the existing cleaning log</source>
      <translation>Manter as decisões do registo de limpeza existente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="72" />
      <source>Keep the exact locations (not recommended)</source>
      <translation>Manter as posições exatas (não recomendado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="99" />
      <source>Keep the exact locations (not recommended).</source>
      <translation>Manter as posições exatas (não recomendado).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="140" />
      <source>Key fields that identify a household (optional)</source>
      <translation>Campos-chave que identificam um agregado familiar (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="173" />
      <source>Key file</source>
      <translation>Ficheiro de chave</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="172" />
      <source>Key files (*.key *.txt);;All files (*)</source>
      <translation>Ficheiros de chave (*.key *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="245" />
      <source>Key questions for duplicates</source>
      <translation>Perguntas-chave para os duplicados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="91" />
      <source>Kind of basemap (mbtiles or vector)</source>
      <translation>Tipo de mapa base (mbtiles ou vector)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="96" />
      <source>Kind of basemap written (mbtiles or vector)</source>
      <translation>Tipo de mapa base escrito (mbtiles ou vector)</translation>
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
      <translation>Servidor do KoboToolbox da União Europeia (eu.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="51" />
      <source>KoboToolbox global server (kf.kobotoolbox.org)</source>
      <translation>Servidor mundial do KoboToolbox (kf.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="91" />
      <source>KoboToolbox's CSV export never includes repeat groups: import its XLSX export (one sheet per repeat group) or download the data from the server instead.</source>
      <translation>A exportação CSV do KoboToolbox nunca inclui os grupos de repetição: importe antes a sua exportação XLSX (uma folha por grupo de repetição) ou descarregue os dados a partir do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="290" />
      <source>Label language</source>
      <translation>Língua das etiquetas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="23" />
      <source>Label language (e.g. English (en), fr; empty: the form's default)</source>
      <translation>Língua das etiquetas (p. ex. English (en), fr; vazio: a do formulário por predefinição)</translation>
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
      <translation>Língua do mapa</translation>
    </message>
    <message>
      <source>Language of the map texts: en (English) or fr (French)</source>
      <translation type="vanished">Língua dos textos do mapa: en (inglês) ou fr (francês)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="92" />
      <source>Language of the map texts: en (English), fr (French), es (Spanish), pt (Portuguese) or ar (Arabic, laid out right to left)</source>
      <translation>Língua dos textos do mapa: en (inglês), fr (francês), es (espanhol), pt (português) ou ar (árabe, composição da direita para a esquerda)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="112" />
      <source>Language of the offline help</source>
      <translation>Idioma da ajuda offline</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="67" />
      <source>Language of the offline help (en, fr…; empty: QGIS's)</source>
      <translation>Idioma da ajuda offline (en, fr…; vazio: o do QGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="141" />
      <source>Largest displacement (m)</source>
      <translation>Deslocamento máximo (m)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="174" />
      <source>Last day of data collection (YYYY-MM-DD, optional)</source>
      <translation>Último dia da recolha de dados (AAAA-MM-DD, opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Last submission</source>
      <translation>Última submissão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="90" />
      <source>Latitude and longitude are both 0: the GPS had no fix.</source>
      <translation>A latitude e a longitude valem ambas 0: o GPS não tinha posição.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="115" />
      <source>Latitude and longitude seem swapped: swapped, the point falls in the area of interest.</source>
      <translation>A latitude e a longitude parecem trocadas: ao trocá-las, o ponto fica na área de interesse.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="50" />
      <source>Latitude {value} is outside -90..90.</source>
      <translation>A latitude {value} está fora de -90..90.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="118" />
      <source>Layer</source>
      <translation>Camada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="279" />
      <source>Layers in the project: {layers}.</source>
      <translation>Camadas no projeto: {layers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="36" />
      <source>Layout and texts</source>
      <translation>Composição e textos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="74" />
      <source>Learn</source>
      <translation>Aprender</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="328" />
      <source>Learn more: {link}</source>
      <translation>Saber mais: {link}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="232" />
      <source>Learn more: {title}, {url}</source>
      <translation>Saiba mais: {title}, {url}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="109" />
      <source>Left out of the package to protect personal data: %n columns at high risk ({columns}).</source>
      <translation>
        <numerusform>Deixada fora do pacote para proteger os dados pessoais: %n coluna de risco elevado ({columns}).</numerusform>
        <numerusform>Deixadas fora do pacote para proteger os dados pessoais: %n colunas de risco elevado ({columns}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="117" />
      <source>Left out too: the tables {tables}, which the field work and the merge do not need.</source>
      <translation>Também ficaram de fora: as tabelas {tables}, de que nem o trabalho de campo nem a fusão precisam.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="294" />
      <source>Legend</source>
      <translation>Legenda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="88" />
      <source>Legend title</source>
      <translation>Título da legenda</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="47" />
      <source>Limits of my own</source>
      <translation>Os meus próprios limites</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="96" />
      <source>Links and attachment names removed from {rows} values.</source>
      <translation>Ligações e nomes de anexos removidos de {rows} valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="122" />
      <source>Links and small groups</source>
      <translation>Ligações e grupos pequenos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="111" />
      <source>Listing cancelled.</source>
      <translation>Listagem cancelada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="109" />
      <source>Listing the forms of {url}</source>
      <translation>Lista de formulários de {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="112" />
      <source>Listing the forms of {url}…</source>
      <translation>A obter a lista de formulários de {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="30" />
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names and labels in English, French, Spanish, Portuguese and Arabic (an editable keyword list) and by the pattern of their values (phone numbers in any digits). Read the list before sharing: it helps, it does not guarantee.</source>
      <translation>Lista as colunas de uma camada de inquérito que provavelmente contêm dados pessoais (nomes, números de telefone, números de identidade, posições GPS precisas, texto livre, fotos e ligações para anexos), com um nível de risco (elevado, médio, baixo), o motivo e uma proteção sugerida. As colunas são detetadas pelo seu tipo XLSForm (se o formulário for fornecido), pelas palavras dos seus nomes e etiquetas em inglês, francês, espanhol, português e árabe (uma lista de palavras-chave editável) e pela forma dos seus valores (números de telefone escritos com quaisquer algarismos). Leia a lista antes de partilhar: ajuda, não garante nada.</translation>
    </message>
    <message>
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names in English and French (an editable keyword list) and by the pattern of their values. Read the list before sharing: it helps, it does not guarantee.</source>
      <translation type="vanished">Lista as colunas de uma camada de inquérito que provavelmente contêm dados pessoais (nomes, números de telefone, números de identidade, posições GPS precisas, texto livre, fotos e ligações para anexos), com um nível de risco (elevado, médio, baixo), o motivo e uma proteção sugerida. As colunas são detetadas pelo seu tipo XLSForm (se o formulário for fornecido), pelas palavras do seu nome em inglês e em francês (uma lista de palavras-chave editável) e pela forma dos seus valores. Leia a lista antes de partilhar: ajuda, não garante nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="165" />
      <source>Load my boundaries…</source>
      <translation>Carregar os meus limites…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="160" />
      <source>Load the sample's boundaries</source>
      <translation>Carregar os limites do exemplo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="291" />
      <source>Location column</source>
      <translation>Coluna de posição</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>Location: {location}.</source>
      <translation>Localização: {location}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="60" />
      <source>Locations</source>
      <translation>Posições</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="55" />
      <source>Locations and small groups</source>
      <translation>Posições e grupos pequenos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="117" />
      <source>Locations removed: the file holds no points.</source>
      <translation>Posições removidas: o ficheiro não contém nenhum ponto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="115" />
      <source>Log in with</source>
      <translation>Iniciar sessão com</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="39" />
      <source>Log rows</source>
      <translation>Linhas do registo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="65" />
      <source>Log rows kept as they are</source>
      <translation>Linhas do registo mantidas tal como estão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="64" />
      <source>Log rows still pending</source>
      <translation>Linhas do registo ainda pendentes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="93" />
      <source>Login</source>
      <translation>Início de sessão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="89" />
      <source>Logo (optional)</source>
      <translation>Logótipo (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="87" />
      <source>Longer than {limit} minutes.</source>
      <translation>Mais de {limit} minutos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="267" />
      <source>Longest plausible interview</source>
      <translation>Entrevista plausível mais longa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="164" />
      <source>Longest plausible interview (minutes)</source>
      <translation>Entrevista plausível mais longa (minutos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="52" />
      <source>Longitude {value} is outside -180..180.</source>
      <translation>A longitude {value} está fora de -180..180.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Low</source>
      <translation>Baixo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="69" />
      <source>Lower case letters, digits and _. Empty: made from the survey's name.</source>
      <translation>Letras minúsculas, algarismos e _. Vazio: tirado do nome do inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="94" />
      <source>MBTiles (*.mbtiles *.MBTILES)</source>
      <translation>MBTiles (*.mbtiles *.MBTILES)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="37" />
      <source>Make a map</source>
      <translation>Criar um mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="68" />
      <source>Make an offline basemap (MBTiles)</source>
      <translation>Criar um mapa base offline (MBTiles)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="328" />
      <source>Make it again when the source answers, before going to the field.</source>
      <translation>Volte a criar o mapa base quando a fonte responder, antes de ir para o terreno.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="88" />
      <source>Manifest</source>
      <translation>Manifesto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="139" />
      <source>Manual classes need their limits, e.g. 10, 20, 50.</source>
      <translation>As classes manuais precisam dos seus limites, p. ex. 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="122" />
      <source>Many areas share the same few values: quantile classes holding a single value ({values}) were merged, so the map has fewer classes than asked.</source>
      <translation>Muitas unidades administrativas partilham os mesmos poucos valores: as classes de quantis com um único valor ({values}) foram fundidas, pelo que o mapa tem menos classes do que as pedidas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Many submissions</source>
      <translation>Muitas submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="440" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="87" />
      <source>Map author</source>
      <translation>Autor do mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>Map file</source>
      <translation>Ficheiro do mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="246" />
      <source>Map reference: {reference}</source>
      <translation>Referência do mapa: {reference}</translation>
    </message>
    <message>
      <source>Map type: choropleth (areas in colour classes) or circles (proportional symbols)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="107" />
      <source>Map type: choropleth (areas in colour classes), circles (proportional symbols) or heatmap (density of the survey points, admin areas as outlines)</source>
      <translation>Tipo de mapa: choropleth (unidades em classes de cor), circles (símbolos proporcionais) ou heatmap (densidade dos pontos do inquérito, unidades administrativas como contornos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="404" />
      <source>Map written to {file}.</source>
      <translation>Mapa escrito em {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="395" />
      <source>Map written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>Mapa escrito em {file}. A composição «{layout}» está no projeto (Projeto &gt; Composições) para retoques manuais.</translation>
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
      <translation>Cartografa uma contagem (ou uma proporção) por unidade administrativa em classes adequadas a daltónicos, com os pontos do inquérito por cima, numa composição de impressão com título, legenda, barra de escala, seta do norte, mapa de enquadramento, fontes, data, aviso legal e sistema de coordenadas, e exporta-a a 300 ppp. Os limites de classe podem ser escritos à mão (BREAKS, p. ex. 10, 20, 50). Um mapa de calor mostra em vez disso onde se concentram os pontos do inquérito. O tipo de ficheiro segue a extensão: .pdf (vetorial), .png ou .svg. Os textos seguem a língua escolhida.</translation>
    </message>
    <message>
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="48" />
      <source>Maximum number of tiles (0: no limit)</source>
      <translation>Número máximo de mosaicos (0: sem limite)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="43" />
      <source>Maximum zoom</source>
      <translation>Zoom máximo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="210" />
      <source>Mean</source>
      <translation>Média</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="189" />
      <source>Mean of “{question}”</source>
      <translation>Média de «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="50" />
      <source>Mean of “{question}” per admin area</source>
      <translation>Média de «{question}» por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="52" />
      <source>Mean per admin area</source>
      <translation>Média por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Mean per area</source>
      <translation>Média por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="363" />
      <source>Means from</source>
      <translation>Médias a partir de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="211" />
      <source>Median (less swayed by a few extreme answers)</source>
      <translation>Mediana (menos influenciada por algumas respostas extremas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="187" />
      <source>Median of “{question}”</source>
      <translation>Mediana de «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="56" />
      <source>Median of “{question}” per admin area</source>
      <translation>Mediana de «{question}» por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="58" />
      <source>Median per admin area</source>
      <translation>Mediana por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Median per area</source>
      <translation>Mediana por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Medium</source>
      <translation>Médio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="22" />
      <source>Merge a returned field package</source>
      <translation>Fundir um pacote de campo devolvido</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="88" />
      <source>Merged into {file}: {counts}.</source>
      <translation>Fundidos em {file}: {counts}.</translation>
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
      <translation>Minutos desde o início</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="61" />
      <source>Minutes since the last reset</source>
      <translation>Minutos desde a última reposição</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="20" />
      <source>Missing required answers</source>
      <translation>Respostas obrigatórias em falta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="68" />
      <source>Move each point at random</source>
      <translation>Deslocar cada ponto ao acaso</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="120" />
      <source>Move points at random (displace)</source>
      <translation>Deslocar os pontos ao acaso</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="94" />
      <source>Move points by {min:.0f} to {max:.0f} m at random.</source>
      <translation>Deslocar os pontos ao acaso de {min:.0f} a {max:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="69" />
      <source>Moving points: the largest distance a point is moved, in metres (default 2000). More protects more but may move a point into another area: give the admin areas to keep points in their own.</source>
      <translation>Deslocamento de pontos: a distância máxima a que um ponto é deslocado, em metros (2000 por predefinição). Mais protege mais, mas pode levar um ponto para outra unidade administrativa: indique as unidades administrativas para manter os pontos na sua.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="65" />
      <source>Moving points: the smallest distance a point is moved, in metres (default 250). In a town 250 m hides a household among many; in scattered villages use more.</source>
      <translation>Deslocamento de pontos: a distância mínima a que um ponto é deslocado, em metros (250 por predefinição). Numa cidade, 250 m escondem um agregado familiar entre muitos; em aldeias dispersas use mais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="204" />
      <source>My usual key (pseudonyms match my other exports)</source>
      <translation>A minha chave habitual (pseudónimos idênticos aos das minhas outras exportações)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="75" />
      <source>Name field</source>
      <translation>Campo do nome</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="59" />
      <source>Name field of the admin areas</source>
      <translation>Campo do nome das unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="169" />
      <source>Name field of the admin areas (labels, atlas pages)</source>
      <translation>Campo do nome das unidades administrativas (etiquetas, páginas do atlas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="120" />
      <source>Name field of the admin boundaries</source>
      <translation>Campo do nome dos limites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="52" />
      <source>Name of the survey in the database</source>
      <translation>Nome do inquérito na base de dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Natural breaks (Jenks)</source>
      <translation>Quebras naturais (Jenks)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="120" />
      <source>Natural breaks (Jenks) or limits of your own would suit these values better.</source>
      <translation>Quebras naturais (Jenks) ou limites de classe próprios adequar-se-iam melhor a estes valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="75" />
      <source>Needs definition</source>
      <translation>Definição de necessidades</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="205" />
      <source>New connection</source>
      <translation>Nova ligação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="48" />
      <source>New submissions</source>
      <translation>Novas submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="36" />
      <source>New value</source>
      <translation>Novo valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="45" />
      <source>Next &gt;</source>
      <translation>Seguinte &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="245" />
      <source>Next page</source>
      <translation>Página seguinte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="93" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="40" />
      <source>No PostgreSQL connection is saved in QGIS yet: ask your database administrator for one and add it in the Browser (PostgreSQL &gt; New Connection).</source>
      <translation>Ainda não há nenhuma ligação PostgreSQL guardada no QGIS: peça uma ao administrador da sua base de dados e adicione-a no Navegador (PostgreSQL &gt; Nova ligação).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="261" />
      <source>No XLSForm was given: column types were inferred from the values and choices have no labels.</source>
      <translation>Não foi fornecido nenhum XLSForm: os tipos de coluna foram deduzidos dos valores e as opções não têm etiquetas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="389" />
      <source>No admin boundaries in the project: this map counts the submissions per area. Load the sample's boundaries or your own.</source>
      <translation>Não há limites administrativos no projeto: este mapa conta as submissões por unidade administrativa. Carregue os limites do exemplo ou os seus.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="224" />
      <source>No answer</source>
      <translation>Sem resposta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="94" />
      <source>No answer of {field} is a number ({listed}): a mean or median needs a numeric question. Choose the question holding the numbers.</source>
      <translation>Nenhuma resposta de {field} é um número ({listed}): uma média ou uma mediana precisa de uma pergunta numérica. Escolha a pergunta que contém os números.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="440" />
      <source>No area of {layer} has a value in {field}: no submission was counted in any of its areas, so the map shows every area without data. If the survey was made there, check the submissions' coordinates (latitude and longitude swapped, or the wrong coordinate reference system) and count them again (Count submissions by admin area).</source>
      <translation>Nenhuma unidade de {layer} tem um valor em {field}: nenhuma submissão foi contada em nenhuma das suas unidades, por isso o mapa mostra todas as unidades sem dados. Se o inquérito foi feito lá, verifique as coordenadas das submissões (latitude e longitude trocadas, ou o sistema de referência de coordenadas errado) e conte-as novamente (Contar as submissões por unidade administrativa).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="366" />
      <source>No basemap source was given.</source>
      <translation>Não foi indicada nenhuma fonte de mapa base.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="217" />
      <source>No column is pseudonymised.</source>
      <translation>Nenhuma coluna é pseudonimizada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="292" />
      <source>No column looks like personal data. The check helps; it does not guarantee.</source>
      <translation>Nenhuma coluna parece conter dados pessoais. A verificação ajuda; não garante nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="220" />
      <source>No connection: the page above has the essentials.</source>
      <translation>Sem ligação: a página acima contém o essencial.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="84" />
      <source>No copy of this form has been downloaded on this computer yet.</source>
      <translation>Ainda não foi descarregada nenhuma cópia deste formulário neste computador.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No data</source>
      <translation>Sem dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="280" />
      <source>No file exists at the path typed in {label}: choose the file that holds the key, not the key.</source>
      <translation>Não existe nenhum ficheiro no caminho escrito em {label}: escolha o ficheiro que contém a chave, não a chave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="189" />
      <source>No gazetteer name is close enough (best score {score}: {places}).</source>
      <translation>Nenhum nome do gazetteer é suficientemente próximo (melhor pontuação {score}: {places}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="212" />
      <source>No image at {file}.</source>
      <translation>Não há nenhuma imagem em {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="424" />
      <source>No offline world map in {path}: install QGIS 3.18 or later, or give a basemap that can be reached.</source>
      <translation>Não há mapa mundial offline em {path}: instale o QGIS 3.18 ou posterior, ou indique um mapa base acessível.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="150" />
      <source>No offline world map in {path}: the map has no background.</source>
      <translation>Não existe mapa do mundo offline em {path}: o mapa não tem fundo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="214" />
      <source>No online resource is listed for this step.</source>
      <translation>Não há nenhum recurso online para este passo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="242" />
      <source>No output GeoPackage was given.</source>
      <translation>Não foi indicado nenhum GeoPackage de saída.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="102" />
      <source>No personal data at high risk was found in the surveys.</source>
      <translation>Não foram encontrados dados pessoais de risco elevado nos inquéritos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="48" />
      <source>No place was named for {what}: write env:VARIABLE or file:PATH.</source>
      <translation>Não foi indicado nenhum local para {what}: escreva env:VARIABLE ou file:CAMINHO.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="55" />
      <source>No pseudonymisation key: create or choose one first.</source>
      <translation>Não existe chave de pseudonimização: crie ou escolha uma primeiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="450" />
      <source>No server address was given.</source>
      <translation>Não foi indicado nenhum endereço de servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="39" />
      <source>No space left on device</source>
      <translation>Não há espaço livre no dispositivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="213" />
      <source>No submission answers {field}: the share of “{given}” is 0 % in every area with enough submissions.</source>
      <translation>Nenhuma submissão responde a {field}: a proporção de «{given}» é 0 % em todas as unidades com submissões suficientes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="313" />
      <source>No submission falls in an area of {layer}: check the join (location or P-code) and the admin layer.</source>
      <translation>Nenhuma submissão fica numa unidade de {layer}: verifique a junção (posição ou P-code) e a camada administrativa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="191" />
      <source>No submission gives the answer “{given}” to {field}, but {count} give “{code}”, the same written otherwise: “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>Nenhuma submissão dá a resposta «{given}» a {field}, mas {count} dão «{code}», a mesma resposta escrita de outra forma: «{code}» foi contada. Indique ANSWER_VALUE={code} para a contar sem este aviso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="215" />
      <source>No submission gives the answer “{given}” to {field}: its share is 0 % in every area with enough submissions. The answers given are: {answers}. Check ANSWER_VALUE: it is the choice name the survey stores, not its label.</source>
      <translation>Nenhuma submissão dá a resposta «{given}» a {field}: a sua proporção é 0 % em todas as unidades com submissões suficientes. As respostas dadas são: {answers}. Verifique ANSWER_VALUE: é o nome de opção que o inquérito guarda, não a sua etiqueta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="207" />
      <source>No submission gives the answer “{given}” to {field}; it may be any of {codes} (written otherwise, or the same label). Give ANSWER_VALUE the one to count.</source>
      <translation>Nenhuma submissão dá a resposta «{given}» a {field}; pode ser qualquer uma destas: {codes} (escritas de outra forma, ou com a mesma etiqueta). Indique em ANSWER_VALUE a que deve ser contada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="256" />
      <source>No submission has a value in {field}: nothing to aggregate.</source>
      <translation>Nenhuma submissão tem um valor em {field}: nada a agregar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="223" />
      <source>No submission has the uuid {uuid} in {layer}.</source>
      <translation>Nenhuma submissão tem o uuid {uuid} em {layer}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="46" />
      <source>No submission of {points} lies in any area of {admin}: all %n submissions are outside every area, so every area counts 0 and a map of these counts is empty. If the survey was made in these areas, its latitude and longitude are most likely swapped, or {points} has the wrong coordinate reference system ({crs}): look at both layers on a map, fix the coordinates, and count again.</source>
      <translation>
        <numerusform>Nenhuma submissão de {points} se encontra em qualquer unidade de {admin}: %n submissão está fora de todas as unidades, por isso cada unidade conta 0 e um mapa destas contagens fica vazio. Se o inquérito foi feito nestas unidades, a sua latitude e longitude estão muito provavelmente trocadas, ou {points} tem o sistema de referência de coordenadas errado ({crs}): veja as duas camadas num mapa, corrija as coordenadas e conte novamente.</numerusform>
        <numerusform>Nenhuma submissão de {points} se encontra em qualquer unidade de {admin}: todas as %n submissões estão fora de todas as unidades, por isso cada unidade conta 0 e um mapa destas contagens fica vazio. Se o inquérito foi feito nestas unidades, a sua latitude e longitude estão muito provavelmente trocadas, ou {points} tem o sistema de referência de coordenadas errado ({crs}): veja as duas camadas num mapa, corrija as coordenadas e conte novamente.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No submissions</source>
      <translation>Nenhuma submissão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="36" />
      <source>No such file or directory</source>
      <translation>Ficheiro ou diretório inexistente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="140" />
      <source>No survey layer in the project: import a survey first (step 1), or add the 'survey' layer of its GeoPackage.</source>
      <translation>Não há nenhuma camada de inquérito no projeto: importe primeiro um inquérito (passo 1), ou adicione a camada «survey» do seu GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="371" />
      <source>No survey layer with points in the project: import a survey first (step 1).</source>
      <translation>Nenhuma camada de inquérito com pontos no projeto: importe primeiro um inquérito (passo 1).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="291" />
      <source>No tile could be made from {source} (no network, a server error, or only empty tiles).</source>
      <translation>Não foi possível criar nenhum mosaico a partir de {source} (sem rede, um erro do servidor ou apenas mosaicos vazios).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="194" />
      <source>No tiles: countries and admin boundaries only</source>
      <translation>Sem mosaicos: apenas países e limites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="180" />
      <source>No translation file {file}: the map texts stay in English.</source>
      <translation>Não existe ficheiro de tradução {file}: os textos do mapa ficam em inglês.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="262" />
      <source>No warnings.</source>
      <translation>Nenhum aviso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="229" />
      <source>None</source>
      <translation>Nenhuma</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="43" />
      <source>Not a directory</source>
      <translation>Não é um diretório</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="316" />
      <source>Not run: choose the admin boundaries on the first page (Back) to check typed admin names. Without them, GPS points are checked against the area of interest below only when you tick it.</source>
      <translation>Não executado: escolha os limites administrativos na primeira página (Anterior) para verificar os nomes de unidades administrativas escritos. Sem eles, os pontos GPS só são verificados em relação à área de interesse abaixo se a assinalar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="204" />
      <source>Not saved yet.</source>
      <translation>Ainda não guardado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="126" />
      <source>Nothing is changed in this layer: a protected copy is written at the end.</source>
      <translation>Nada é alterado nesta camada: no fim é escrita uma cópia protegida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="218" />
      <source>Nothing was written.</source>
      <translation>Nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="255" />
      <source>Number of classes</source>
      <translation>Número de classes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="213" />
      <source>Numeric question</source>
      <translation>Pergunta numérica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="93" />
      <source>Numeric question for a mean or median (optional)</source>
      <translation>Pergunta numérica para uma média ou uma mediana (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="78" />
      <source>ODK Central</source>
      <translation>ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="81" />
      <source>ODK Central keeps each repeat group apart: import its zip export, which holds one CSV per repeat group, or the submissions downloaded through OData with $expand=*.</source>
      <translation>O ODK Central guarda cada grupo de repetição à parte: importe a sua exportação zip, que contém um CSV por grupo de repetição, ou as submissões descarregadas através do OData com $expand=*.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="125" />
      <source>ODK Central needs an email and password, or an app-user token.</source>
      <translation>O ODK Central precisa de um e-mail e uma senha, ou de um token de utilizador móvel (app user).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="39" />
      <source>ODK Central server address</source>
      <translation>Endereço do servidor ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="70" />
      <source>Off (default): the columns found to hold personal data at high risk (names, phone numbers, GPS coordinates written out, photo links), the cleaning decisions and photos of those columns and the raw tables stay at the office; the merge keeps the office values of what was left out. On: the package carries them, for a field team that needs them, on an encrypted laptop only; delete the package from the laptop after the merge. Either way the points of the submissions stay exact.</source>
      <translation>Desmarcada (predefinição): as colunas em que foram detetados dados pessoais de risco elevado (nomes, números de telefone, coordenadas GPS escritas numa coluna, ligações para fotografias), as decisões de limpeza e as fotografias dessas colunas e as tabelas brutas ficam no escritório; a fusão mantém os valores do escritório do que ficou de fora. Marcada: o pacote leva-os, para uma equipa de campo que precise deles, apenas num portátil cifrado; elimine o pacote do portátil depois da fusão. Em qualquer caso, os pontos das submissões continuam exatos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="54" />
      <source>Office survey GeoPackage</source>
      <translation>GeoPackage de inquérito do escritório</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="31" />
      <source>Offline basemap</source>
      <translation>Mapa base offline</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="254" />
      <source>Offline basemap, zoom {low} to {high}: {estimate}</source>
      <translation>Mapa base offline, zoom {low} a {high}: {estimate}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="49" />
      <source>Offline help…</source>
      <translation>Ajuda offline…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="125" />
      <source>One PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder beside the file</source>
      <translation>Um PDF por unidade, chamado &lt;P-code&gt;_&lt;name&gt;.pdf, numa pasta ao lado do ficheiro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="90" />
      <source>Online resources of CartONG's resource centre for this step</source>
      <translation>Recursos online do centro de recursos da CartONG para este passo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="218" />
      <source>Online: the guide opens in your browser.</source>
      <translation>Online: o guia abre no seu navegador.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="98" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the API token is, env:KOBO_TOKEN (an environment variable) or file:/home/me/kobo_token.txt (a file holding the token). Give the place, never the token itself: parameter values are kept in the Processing history and in models.</source>
      <translation>Apenas para execuções sem a janela do QGIS (qgis_process, tarefas agendadas), onde a senha mestra não pode ser pedida: onde está o token de API, env:KOBO_TOKEN (uma variável de ambiente) ou file:/home/me/kobo_token.txt (um ficheiro que contém o token). Indique o local, nunca o próprio token: os valores dos parâmetros são guardados no histórico do Processing e nos modelos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="128" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the password or app-user token is, env:ODK_PASSWORD (an environment variable) or file:/home/me/odk_password.txt (a file holding it). Give the place, never the secret itself: parameter values are kept in the Processing history and in models.</source>
      <translation>Apenas para execuções sem a janela do QGIS (qgis_process, tarefas agendadas), onde a senha mestra não pode ser pedida: onde está a senha ou o token de utilizador móvel, env:ODK_PASSWORD (uma variável de ambiente) ou file:/home/me/odk_password.txt (um ficheiro que a contém). Indique o local, nunca o próprio segredo: os valores dos parâmetros são guardados no histórico do Processing e nos modelos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="134" />
      <source>Only with the place of a password above: the email of the ODK Central account the password belongs to, e.g. data.manager@example.org. Leave it empty when the place holds an app-user token.</source>
      <translation>Apenas com o local de uma senha acima: o e-mail da conta do ODK Central a que a senha pertence, p. ex., data.manager@example.org. Deixe vazio quando o local contém um token de utilizador móvel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="215" />
      <source>Open the Data protection wizard on the imported survey layer.</source>
      <translation>Abrir o assistente Proteção de dados na camada do inquérito importada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="467" />
      <source>Open the README note</source>
      <translation>Abrir a nota README</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="240" />
      <source>Open the folder</source>
      <translation>Abrir a pasta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="65" />
      <source>Open the last downloaded copy</source>
      <translation>Abrir a última cópia descarregada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="140" />
      <source>Open the layout…</source>
      <translation>Abrir a composição…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="103" />
      <source>Open the map when it is written</source>
      <translation>Abrir o mapa depois de escrito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="97" />
      <source>Open the online guide</source>
      <translation>Abrir o guia online</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="90" />
      <source>OpenStreetMap background when online (credited on the map)</source>
      <translation>Fundo OpenStreetMap se houver ligação (creditado no mapa)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="94" />
      <source>OpenStreetMap cannot be reached: the map uses the offline background.</source>
      <translation>Não é possível aceder ao OpenStreetMap: o mapa usa o fundo offline.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="38" />
      <source>Operation not permitted</source>
      <translation>Operação não permitida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="91" />
      <source>Optional: one count per answer of this question.</source>
      <translation>Opcional: uma contagem por resposta a esta pergunta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="274" />
      <source>Options</source>
      <translation>Opções</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="107" />
      <source>Or a key kept outside QGIS: env:VARIABLE or file:PATH holding 64 hexadecimal characters (runs without a desktop; no master password asked)</source>
      <translation>Ou uma chave guardada fora do QGIS: env:VARIABLE ou file:CAMINHO com 64 caracteres hexadecimais (funciona sem ambiente de trabalho; a senha mestra não é pedida)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="103" />
      <source>Or another file</source>
      <translation>Ou outro ficheiro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="109" />
      <source>Other users of this computer can read {file}: restrict it (chmod 600).</source>
      <translation>Outros utilizadores deste computador podem ler {file}: restrinja o acesso (chmod 600).</translation>
    </message>
    <message>
      <source>Outlier fences (interquartile ranges)</source>
      <translation type="vanished">Limites dos valores atípicos (intervalos interquartis)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="249" />
      <source>Outlier fences, in interquartile ranges: a number is flagged when it lies this many times the spread of the middle half of the answers below the first quartile or above the third. 1.5 is usual; 3 flags only extremes.</source>
      <translation>Limites de valores atípicos, em intervalos interquartis: um número é assinalado quando se situa a este número de vezes a dispersão da metade central das respostas abaixo do primeiro quartil ou acima do terceiro. 1,5 é o habitual; 3 só assinala os extremos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="184" />
      <source>Outlier fences: interquartile ranges beyond the quartiles</source>
      <translation>Limites dos valores atípicos: intervalos interquartis para além dos quartis</translation>
    </message>
    <message>
      <source>Outlier threshold (robust z-score)</source>
      <translation type="vanished">Limiar dos valores atípicos (pontuação z robusta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="188" />
      <source>Outlier threshold: robust z-score</source>
      <translation>Limiar dos valores atípicos: pontuação z robusta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="21" />
      <source>Outliers</source>
      <translation>Valores atípicos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="123" />
      <source>Output GeoPackage</source>
      <translation>GeoPackage de saída</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="177" />
      <source>Output file</source>
      <translation>Ficheiro de saída</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="85" />
      <source>Output folder (empty or new)</source>
      <translation>Pasta de saída (vazia ou nova)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="52" />
      <source>Outside the form's constraint '{constraint}'.</source>
      <translation>Fora da restrição do formulário «{constraint}».</translation>
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
      <translation>Campo P-code que dá nome às páginas do atlas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="54" />
      <source>P-code field of the admin areas</source>
      <translation>Campo P-code das unidades administrativas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="115" />
      <source>P-code field of the admin boundaries</source>
      <translation>Campo P-code dos limites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="65" />
      <source>P-code field of the submissions (empty: join by location)</source>
      <translation>Campo P-code das submissões (vazio: junção por posição)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="159" />
      <source>P-code of each submission</source>
      <translation>P-code de cada submissão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="227" />
      <source>P-code of no admin area</source>
      <translation>P-code de nenhuma unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;Imagem PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="89" />
      <source>PDF (vector, for print)</source>
      <translation>PDF (vetorial, para impressão)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="79" />
      <source>PDF keeps texts sharp and searchable for print; PNG is an image for reports and messages; SVG is for designers. The layout also stays in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>O PDF mantém os textos nítidos e pesquisáveis para impressão; o PNG é uma imagem para relatórios e mensagens; o SVG destina-se a designers gráficos. A composição também fica no projeto (Projeto &gt; Composições) para retoques manuais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="90" />
      <source>PNG image</source>
      <translation>Imagem PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PNG image (*.png)</source>
      <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="86" />
      <source>Package folder</source>
      <translation>Pasta do pacote</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="259" />
      <source>Package name</source>
      <translation>Nome do pacote</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="87" />
      <source>Package zip</source>
      <translation>Zip do pacote</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="79" />
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="241" />
      <source>Page {page}: {records} of {total} submissions downloaded.</source>
      <translation>Página {page}: {records} de {total} submissões descarregadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="38" />
      <source>Page, language and the texts around the map. The date, scale bar, north arrow, coordinate system and disclaimer are added for you.</source>
      <translation>Página, língua e textos à volta do mapa. A data, a barra de escala, a seta do norte, o sistema de coordenadas e o aviso legal são acrescentados automaticamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="101" />
      <source>Page: a4_landscape, a4_portrait, a3_landscape or a3_portrait</source>
      <translation>Página: a4_landscape (A4 horizontal), a4_portrait (A4 vertical), a3_landscape (A3 horizontal) ou a3_portrait (A3 vertical)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="101" />
      <source>Paper size and orientation: a4_landscape (default), a4_portrait, a3_landscape or a3_portrait. A3 suits wall maps.</source>
      <translation>Tamanho e orientação do papel: a4_landscape (predefinição), a4_portrait, a3_landscape ou a3_portrait. O A3 convém a mapas murais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="76" />
      <source>Parent P-code field</source>
      <translation>Campo P-code superior</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="126" />
      <source>Parent P-code field of the admin boundaries</source>
      <translation>Campo P-code superior dos limites administrativos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="106" />
      <source>Password</source>
      <translation>Senha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="234" />
      <source>Pending rows change nothing. Decide them (Back), or send the exported log to the field team, then apply again: the cleaned layer is rebuilt from the imported data each time.</source>
      <translation>As linhas pendentes não alteram nada. Decida-as (Anterior), ou envie o registo exportado à equipa de campo e aplique novamente: a camada limpa é reconstruída de cada vez a partir dos dados importados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="241" />
      <source>Percentages from</source>
      <translation>Percentagens a partir de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="37" />
      <source>Permission denied</source>
      <translation>Permissão negada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="53" />
      <source>Person name</source>
      <translation>Nome de pessoa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="145" />
      <source>Personal data at high risk in the survey layer: {columns}. Protect these columns (Data protection, or cartong:exportforsharing) before sharing the file.</source>
      <translation>Dados pessoais com risco elevado na camada do inquérito: {columns}. Proteja estas colunas (Proteção de dados, ou cartong:exportforsharing) antes de partilhar o ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="281" />
      <source>Personal data could not be looked for: {error}</source>
      <translation>Não foi possível procurar dados pessoais: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="163" />
      <source>Personal data found</source>
      <translation>Dados pessoais encontrados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="54" />
      <source>Phone number</source>
      <translation>Número de telefone</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="59" />
      <source>Photo or attachment</source>
      <translation>Foto ou anexo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="65" />
      <source>Place of residence</source>
      <translation>Local de residência</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="86" />
      <source>Platform</source>
      <translation>Plataforma</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="71" />
      <source>Point: latitude {lat}, longitude {lon}.</source>
      <translation>Ponto: latitude {lat}, longitude {lon}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="56" />
      <source>Points coloured by the answer to a question</source>
      <translation>Pontos coloridos segundo a resposta a uma pergunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="109" />
      <source>Points kept in their admin area; {rows} could not be and may lie in a neighbouring area.</source>
      <translation>Pontos mantidos na sua unidade administrativa; {rows} não puderam sê-lo e podem estar numa unidade vizinha.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="29" />
      <source>Points outside every area, or in another area than the one answered, are flagged, and typed admin names are matched to their P-codes.</source>
      <translation>Os pontos fora de qualquer unidade administrativa, ou noutra unidade que não a respondida, são assinalados, e os nomes administrativos escritos são associados aos seus P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="53" />
      <source>Portrait</source>
      <translation>Vertical</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="154" />
      <source>Possible personal data ({risk} risk): {column}. {reason}</source>
      <translation>Possíveis dados pessoais (risco: {risk}): {column}. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="20" />
      <source>PostgreSQL connection</source>
      <translation>Ligação PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="129" />
      <source>PostgreSQL did not accept the login for {target}: {detail}. Store the user name and password in an authentication configuration of the connection (Browser &gt; PostgreSQL &gt; Edit connection &gt; Authentication), then try again.</source>
      <translation>O PostgreSQL não aceitou o início de sessão para {target}: {detail}. Guarde o nome de utilizador e a senha numa configuração de autenticação da ligação (Navegador &gt; PostgreSQL &gt; Editar ligação &gt; Autenticação) e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="211" />
      <source>PostgreSQL refused row {row} of the table {table}, column {column}: {detail}.</source>
      <translation>O PostgreSQL recusou a linha {row} da tabela {table}, coluna {column}: {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="215" />
      <source>PostgreSQL refused row {row} of the table {table}: {detail}.</source>
      <translation>O PostgreSQL recusou a linha {row} da tabela {table}: {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="162" />
      <source>PostgreSQL refused {doing} in {target}: {detail}</source>
      <translation>O PostgreSQL recusou {doing} em {target}: {detail}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="152" />
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role, named after its schema: for a schema household_2026, household_2026_viewer to read it, household_2026_reviewer to record cleaning decisions (GRANT household_2026_reviewer TO your_login).</source>
      <translation>O PostgreSQL recusou {doing} em {target}: {detail}. Peça ao administrador da base de dados a função do inquérito, com o nome do seu esquema: para um esquema household_2026, household_2026_viewer para o ler, household_2026_reviewer para registar decisões de limpeza (GRANT household_2026_reviewer TO your_login).</translation>
    </message>
    <message>
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role: &lt;schema&gt;_viewer to read it, &lt;schema&gt;_reviewer to record cleaning decisions (GRANT &lt;role&gt; TO &lt;you&gt;).</source>
      <translation type="vanished">O PostgreSQL recusou {doing} em {target}: {detail}. Peça ao administrador da base de dados a função do inquérito: &lt;schema&gt;_viewer para o ler, &lt;schema&gt;_reviewer para registar decisões de limpeza (GRANT &lt;role&gt; TO &lt;you&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="161" />
      <source>Precision worse than {limit} m.</source>
      <translation>Precisão pior do que {limit} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="31" />
      <source>Prepare a field package (offline)</source>
      <translation>Preparar um pacote de campo (offline)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="397" />
      <source>Prepare for the field</source>
      <translation>Preparar para o terreno</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="197" />
      <source>Prepare for the field…</source>
      <translation>Preparar para o terreno…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="310" />
      <source>Preparing the field package</source>
      <translation>A preparar o pacote de campo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="267" />
      <source>Preparing the package</source>
      <translation>A preparar o pacote</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="198" />
      <source>Preview</source>
      <translation>Pré-visualização</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="56" />
      <source>Problems in the help catalogue…</source>
      <translation>Problemas no catálogo de ajuda…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="47" />
      <source>Project ID</source>
      <translation>ID do projeto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="51" />
      <source>Proportional circles: submissions per admin area</source>
      <translation>Círculos proporcionais: submissões por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="213" />
      <source>Protect personal data…</source>
      <translation>Proteger os dados pessoais…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="118" />
      <source>Protection of locations</source>
      <translation>Proteção das posições</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="178" />
      <source>Pseudonymisation key</source>
      <translation>Chave de pseudonimização</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="100" />
      <source>Pseudonymisation key (empty: your default key, created if needed)</source>
      <translation>Chave de pseudonimização (vazio: a sua chave predefinida, criada se necessário)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Pseudonymise</source>
      <translation>Pseudonimizar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="86" />
      <source>Pseudonymise: {columns}</source>
      <translation>Pseudonimizar: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="82" />
      <source>Put the training folder back as it was at the start</source>
      <translation>Repor a pasta de formação no seu estado inicial</translation>
    </message>
    <message>
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. Bring the package back with 'Merge a returned field package'.</source>
      <translation type="vanished">Reúne numa pasta e num zip tudo o que uma equipa de campo precisa para trabalhar sem rede: o projeto QGIS (caminhos relativos), os GeoPackages de inquérito com os seus anexos, os limites administrativos, os estilos, as composições de impressão, um mapa base offline da área (ou um fundo vetorial quando não é possível criar nenhum mosaico), a ajuda offline no idioma escolhido e o catálogo de aprendizagem. manifest.json lista o tamanho e o sha256 de cada ficheiro. A pasta de saída tem de estar vazia ou ser nova. Os anexos em falta são listados no registo e no manifesto. Traga o pacote de volta com 'Fundir um pacote de campo devolvido'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="34" />
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. The personal data at high risk (names, phone numbers, GPS coordinates written out, photo links) and the raw tables stay at the office unless you include them; the manifest says what was left out. Bring the package back with 'Merge a returned field package'.</source>
      <translation>Reúne numa pasta e num zip tudo o que uma equipa de campo precisa para trabalhar sem rede: o projeto QGIS (caminhos relativos), os GeoPackages de inquérito com os seus anexos, os limites administrativos, os estilos, as composições de impressão, um mapa base offline da área (ou um fundo vetorial quando não é possível criar nenhum mosaico), a ajuda offline no idioma escolhido e o catálogo de aprendizagem. manifest.json lista o tamanho e o sha256 de cada ficheiro. A pasta de saída tem de estar vazia ou ser nova. Os anexos em falta são listados no registo e no manifesto. Os dados pessoais de risco elevado (nomes, números de telefone, coordenadas GPS escritas numa coluna, ligações para fotografias) e as tabelas brutas ficam no escritório, a menos que os inclua; o manifesto indica o que ficou de fora. Traga o pacote de volta com 'Fundir um pacote de campo devolvido'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="312" />
      <source>QGIS could not export the map to {file} ({error}): check that the folder is writable and the disk not full.</source>
      <translation>O QGIS não conseguiu exportar o mapa para {file} ({error}): verifique se a pasta permite escrita e se o disco não está cheio.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="85" />
      <source>QGIS could not load the layout template {file}.</source>
      <translation>O QGIS não conseguiu carregar o modelo de composição {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="256" />
      <source>QGIS did not write every page of the atlas into {folder}; nothing was kept.</source>
      <translation>O QGIS não escreveu todas as páginas do atlas em {folder}; nada foi conservado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="96" />
      <source>QGIS has no PostgreSQL connection named '{name}'. Known connections: {names}. Add it in the Browser (PostgreSQL &gt; New Connection) or give a connection string such as service=survey.</source>
      <translation>O QGIS não tem nenhuma ligação PostgreSQL chamada '{name}'. Ligações conhecidas: {names}. Adicione-a no Navegador (PostgreSQL &gt; Nova ligação) ou indique uma cadeia de ligação como service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="48" />
      <source>QGIS stays usable during the download. If it fails or is cancelled, the GeoPackage is left as it was.</source>
      <translation>O QGIS continua utilizável durante o descarregamento. Se falhar ou for cancelado, o GeoPackage fica como estava.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="118" />
      <source>QGIS stays usable while the checks run. Nothing is written until you save the log on the next page.</source>
      <translation>O QGIS continua utilizável enquanto as verificações decorrem. Nada é escrito até guardar o registo na página seguinte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="171" />
      <source>QGIS's 'Generate XYZ tiles (MBTiles)' algorithm is not available: enable the Processing plugin and try again.</source>
      <translation>O algoritmo do QGIS 'Generate XYZ tiles (MBTiles)' não está disponível: ative o complemento Processing e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="218" />
      <source>QGIS's tile algorithm failed on this area (the details are in the log, CartONG tab).</source>
      <translation>O algoritmo de mosaicos do QGIS falhou nesta área (os detalhes estão no registo de mensagens, separador CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="197" />
      <source>QGIS's tile algorithm stopped.</source>
      <translation>O algoritmo de mosaicos do QGIS parou.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>Quantiles</source>
      <translation>Quantis</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="34" />
      <source>Question</source>
      <translation>Pergunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="73" />
      <source>Question for a share of answers (optional)</source>
      <translation>Pergunta para uma proporção de respostas (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="159" />
      <source>Question to count answers of (optional)</source>
      <translation>Pergunta cujas respostas contar (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="232" />
      <source>Questions that together identify a household, e.g. household id and date: two submissions with the same values are flagged</source>
      <translation>Perguntas que, em conjunto, identificam um agregado familiar, p. ex. identificador do agregado familiar e data: duas submissões com os mesmos valores são assinaladas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="188" />
      <source>README beside the shared file</source>
      <translation>README junto ao ficheiro partilhado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="250" />
      <source>Rare combinations of {columns} were blanked, but the file keeps its points: a point can show the area or place a blanked value stood for, so the count of {k} rows does not hold for the file. To share rare areas, count by admin area or remove the locations.</source>
      <translation>As combinações raras de {columns} foram apagadas, mas o ficheiro mantém os seus pontos: um ponto pode mostrar a zona ou o local que um valor apagado indicava, por isso a regra de {k} linhas não se cumpre para o ficheiro. Para partilhar zonas raras, conte por unidade administrativa ou remova as localizações.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="87" />
      <source>Rare combinations of {columns}: {values} values blanked in {rows} rows (k = {k}).</source>
      <translation>Combinações raras de {columns}: {values} valores apagados em {rows} linhas (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="44" />
      <source>Read a KoboToolbox, ODK or ONA export with its XLSForm into a GeoPackage.</source>
      <translation>Ler uma exportação do KoboToolbox, ODK ou ONA com o seu XLSForm para um GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Read the note before sending the file: it travels with it.</source>
      <translation>Leia a nota antes de enviar o ficheiro: acompanha-o.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="40" />
      <source>Read-only file system</source>
      <translation>Sistema de ficheiros só de leitura</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="221" />
      <source>Reading the file was cancelled. Click Back, then Next to read it again.</source>
      <translation>A leitura do ficheiro foi cancelada. Clique em Anterior e depois em Seguinte para o ler novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="182" />
      <source>Reading the file…</source>
      <translation>A ler o ficheiro…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="238" />
      <source>Reading {file}</source>
      <translation>A ler {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="316" />
      <source>Reading {layer}...</source>
      <translation>A ler {layer}...</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="35" />
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, KoboToolbox or ODK Central submissions saved as JSON, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group (also for repeats flattened into columns such as kids[1]/name), a metadata table and the columns as received (cartong_columns: names, HXL hashtags). Rows without a location are kept without geometry and counted; HXL hashtag rows and empty rows at the end are not submissions. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation>Lê uma exportação de inquérito (CSV com separadores ; ou ,, XLSX com folhas de repetição, um zip do ODK Central, submissões do KoboToolbox ou do ODK Central guardadas como JSON, ou um ficheiro GeoJSON) e, se indicado, o XLSForm com que foi recolhido. Escreve um GeoPackage que contém a tabela bruta exatamente tal como recebida, uma camada tipada 'survey' (números, datas, etiquetas das opções no idioma escolhido ao lado dos códigos, pontos em EPSG:4326), uma tabela por grupo de repetição (também para as repetições achatadas em colunas como kids[1]/name), uma tabela de metadados e as colunas tal como recebidas (cartong_columns: nomes, etiquetas HXL). As linhas sem localização são mantidas sem geometria e contadas; as linhas de etiquetas HXL e as linhas vazias no fim não são submissões. Sem formulário, os tipos de coluna são deduzidos dos valores. Um XLSX é lido a partir da sua primeira folha visível (as folhas ocultas são ignoradas), salvo se SHEET indicar outra.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values.</source>
      <translation type="vanished">Lê uma exportação de inquérito (CSV separado por ponto e vírgula ou por vírgulas, XLSX com folhas de repetição, zip do ODK Central ou ficheiro GeoJSON) e, se for fornecido, o XLSForm com que foi recolhido. Escreve um GeoPackage que contém a tabela bruta tal como recebida, uma camada tipada «survey» (números, datas, etiquetas das opções na língua escolhida ao lado dos códigos, pontos em EPSG:4326), uma tabela por grupo de repetição e uma tabela de metadados. As linhas sem posição são conservadas sem geometria e contadas. Sem formulário, os tipos de coluna são deduzidos dos valores.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation type="vanished">Lê uma exportação de inquérito (CSV com separadores ; ou ,, XLSX com folhas de repetição, um zip do ODK Central ou um ficheiro GeoJSON) e, se indicado, o XLSForm com que foi recolhido. Escreve um GeoPackage que contém a tabela bruta tal como foi recebida, uma camada tipada 'survey' (números, datas, etiquetas das opções no idioma escolhido junto aos códigos, pontos em EPSG:4326), uma tabela por grupo de repetição e uma tabela de metadados. As linhas sem localização são mantidas sem geometria e contadas. Sem formulário, os tipos de coluna são deduzidos dos valores. Um XLSX é lido a partir da sua primeira folha visível (as folhas ocultas são ignoradas), a menos que SHEET indique outra.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="60" />
      <source>Refresh</source>
      <translation>Atualizar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="124" />
      <source>Remove links and attachment file names</source>
      <translation>Remover as ligações e os nomes dos anexos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="111" />
      <source>Remove links and attachment file names.</source>
      <translation>Remover as ligações e os nomes dos anexos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="184" />
      <source>Remove links and attachment names</source>
      <translation>Remover as ligações e os nomes dos anexos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="123" />
      <source>Remove locations</source>
      <translation>Remover as posições</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="71" />
      <source>Remove the locations</source>
      <translation>Remover as posições</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="98" />
      <source>Remove the locations.</source>
      <translation>Remover as posições.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="55" />
      <source>Remove the submission</source>
      <translation>Remover a submissão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="85" />
      <source>Remove: {columns}</source>
      <translation>Remover: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="90" />
      <source>Repeat groups (tables of their own): {repeats}.</source>
      <translation>Grupos de repetição (tabelas próprias): {repeats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="65" />
      <source>Repeat rows added to submissions</source>
      <translation>Linhas de repetição adicionadas às submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="250" />
      <source>Replace (download every submission again)</source>
      <translation>Substituir (descarregar novamente todas as submissões)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="41" />
      <source>Replace it even when it holds another survey or decisions</source>
      <translation>Substituí-lo mesmo que contenha outro inquérito ou decisões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="63" />
      <source>Replace the existing file?</source>
      <translation>Substituir o ficheiro existente?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="71" />
      <source>Replace the schema if it exists</source>
      <translation>Substituir o esquema se existir</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="159" />
      <source>Replacing {schema} would lose %n decisions saved there by {who} that {file} does not hold. Nothing was written. Bring the survey back to a GeoPackage first (Bring a shared survey back to a GeoPackage) and run the checks there, or run the checks on the survey layer of the database, which keeps the decisions; to drop them, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>
        <numerusform>Substituir {schema} faria perder %n decisão aí guardada por {who} que {file} não contém. Nada foi escrito. Traga primeiro o inquérito de volta para um GeoPackage (Trazer um inquérito partilhado de volta para um GeoPackage) e execute aí as verificações, ou execute as verificações na camada do inquérito da base de dados, que mantém as decisões; para a descartar, escolha também 'Substituí-lo mesmo que contenha outro inquérito ou decisões'.</numerusform>
        <numerusform>Substituir {schema} faria perder %n decisões aí guardadas por {who} que {file} não contém. Nada foi escrito. Traga primeiro o inquérito de volta para um GeoPackage (Trazer um inquérito partilhado de volta para um GeoPackage) e execute aí as verificações, ou execute as verificações na camada do inquérito da base de dados, que mantém as decisões; para as descartar, escolha também 'Substituí-lo mesmo que contenha outro inquérito ou decisões'.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="81" />
      <source>Reset</source>
      <translation>Repor</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="257" />
      <source>Reset opens the training project again: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>Repor volta a abrir o projeto de formação: {project}, com a sua camada (%n), será fechado. Guardá-lo primeiro?</numerusform>
        <numerusform>Repor volta a abrir o projeto de formação: {project}, com as suas %n camadas, será fechado. Guardá-lo primeiro?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Reset the training</source>
      <translation>Repor a formação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="281" />
      <source>Reset without saving</source>
      <translation>Repor sem guardar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="93" />
      <source>Resets: {times}</source>
      <translation>Reposições: {times}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="108" />
      <source>Resolution</source>
      <translation>Resolução</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="188" />
      <source>Resolution (dpi)</source>
      <translation>Resolução (ppp)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="146" />
      <source>Resolution of the export in dots per inch: 300 (default) for print, 150 for screens and e-mail, up to 1200. Higher is sharper and heavier: an A3 page in PNG at 600 dpi is about 7000 x 9900 pixels.</source>
      <translation>Resolução da exportação em pontos por polegada: 300 (predefinição) para impressão, 150 para ecrãs e e-mail, até 1200. Mais alta é mais nítida e mais pesada: uma página A3 em PNG a 600 ppp tem cerca de 7000 x 9900 píxeis.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="47" />
      <source>Returned field package (zip, manifest.json or GeoPackage)</source>
      <translation>Pacote de campo devolvido (zip, manifest.json ou GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Review sheet</source>
      <translation>Folha de revisão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheet (CSV or XLSX)</source>
      <translation>Folha de revisão (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheets (*.xlsx *.csv)</source>
      <translation>Folhas de revisão (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="235" />
      <source>Review the cleaning log</source>
      <translation>Rever o registo de limpeza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="41" />
      <source>Reviewer</source>
      <translation>Revisor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="57" />
      <source>Reviewer role</source>
      <translation>Função de revisor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Risk</source>
      <translation>Risco</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="256" />
      <source>Robust z-score: how many typical deviations (median absolute deviation) a number lies from the median. 3.5 is usual.</source>
      <translation>Pontuação z robusta: a quantos desvios típicos (desvio absoluto mediano) um número se situa da mediana. 3,5 é o habitual.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Round numbers as class limits.</source>
      <translation>Números redondos como limites de classe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Rounded breaks</source>
      <translation>Quebras arredondadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="44" />
      <source>Row {row} of the cleaning log</source>
      <translation>Linha {row} do registo de limpeza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="42" />
      <source>Row {row} of the cleaning log {file}</source>
      <translation>Linha {row} do registo de limpeza {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="47" />
      <source>Row {row} of the cleaning log {file} changes {column}, the label the import derives from {answer}: it was applied to {answer} (new value '{code}'), and the label follows.</source>
      <translation>A linha {row} do registo de limpeza {file} altera {column}, a etiqueta que a importação deriva de {answer}: foi aplicada a {answer} (novo valor '{code}'), e a etiqueta acompanha-a.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="52" />
      <source>Row {row} of the cleaning log {file} empties {column}, the label the import derives from {answer}: {answer} was emptied, and the label follows.</source>
      <translation>A linha {row} do registo de limpeza {file} esvazia {column}, a etiqueta que a importação deriva de {answer}: {answer} foi esvaziado, e a etiqueta acompanha-o.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="151" />
      <source>Row {row} of the cleaning log {file} has {count} cells for {columns} columns: a value holds the separator (a decimal comma in a comma-separated file?). Put that value in quotes, or save the log with semicolons.</source>
      <translation>A linha {row} do registo de limpeza {file} tem {count} células para {columns} colunas: um valor contém o separador (uma vírgula decimal num ficheiro separado por vírgulas?). Ponha esse valor entre aspas ou guarde o registo com ponto e vírgula.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="35" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}) and each has {column} '{old}': each was removed.</source>
      <translation>
        <numerusform>Linha {row} do registo de limpeza {file}: %n submissão tem o uuid {uuid} ({ids}) e tem {column} «{old}»: foi removida.</numerusform>
        <numerusform>Linha {row} do registo de limpeza {file}: %n submissões têm o uuid {uuid} ({ids}) e cada uma tem {column} «{old}»: foram todas removidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="113" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}); {column} was changed in each of them.</source>
      <translation>
        <numerusform>Linha {row} do registo de limpeza {file}: %n submissão tem o uuid {uuid} ({ids}); {column} foi alterado em cada uma delas.</numerusform>
        <numerusform>Linha {row} do registo de limpeza {file}: %n submissões têm o uuid {uuid} ({ids}); {column} foi alterado em cada uma delas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_times.py" line="87" />
      <source>Row {row} of the cleaning log {file}: '{value}' has no UTC offset, and {column} is kept in UTC while the survey gives no offset for that submission. Write it with its offset, e.g. 2021-07-05T10:40:00+03:00 (Z for UTC).</source>
      <translation>Linha {row} do registo de limpeza {file}: «{value}» não tem desvio UTC, e {column} é guardado em UTC enquanto o inquérito não indica nenhum desvio para essa submissão. Escreva o valor com o seu desvio, p. ex., 2021-07-05T10:40:00+03:00 (Z para UTC).</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log {file}: '{value}' is not a valid value for the field {field}.</source>
      <translation type="vanished">Linha {row} do registo de limpeza {file}: «{value}» não é um valor válido para o campo {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="325" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is already removed by row {first}.</source>
      <translation>Linha {row} do registo de limpeza {file}: a submissão {uuid} já foi removida pela linha {first}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="317" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is no longer duplicated in this layer (the row was already applied, or its other copies are gone): it was kept.</source>
      <translation>Linha {row} do registo de limpeza {file}: a submissão {uuid} já não está duplicada nesta camada (a linha já foi aplicada, ou as suas outras cópias desapareceram): foi mantida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="45" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was changed.</source>
      <translation>Linha {row} do registo de limpeza {file}: {count} submissões têm o uuid {uuid} ({ids}); só foi alterada a submissão {id}, cujo {column} é «{old}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="50" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was removed.</source>
      <translation>Linha {row} do registo de limpeza {file}: {count} submissões têm o uuid {uuid} ({ids}); só foi removida a submissão {id}, cujo {column} é «{old}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="443" />
      <source>Row {row} of the cleaning log {file}: {problem}; the row was skipped.</source>
      <translation>Linha {row} do registo de limpeza {file}: {problem}; a linha foi ignorada.</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log: '{value}' is not a valid value for {column}.</source>
      <translation type="vanished">Linha {row} do registo de limpeza: «{value}» não é um valor válido para {column}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="54" />
      <source>Row {row} of the export file {file}: {problem}. Its decision cannot be read: the file was not replaced.</source>
      <translation>Linha {row} do ficheiro de exportação {file}: {problem}. A sua decisão não pode ser lida: o ficheiro não foi substituído.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="354" />
      <source>Row {row} of the review sheet {file}: {problem}; its decision was not saved.</source>
      <translation>Linha {row} da folha de revisão {file}: {problem}; a sua decisão não foi guardada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="158" />
      <source>Row {row} of the sheet {sheet} of {file}: {problem}; the cell was read as empty.</source>
      <translation>Linha {row} da folha {sheet} de {file}: {problem}; a célula foi lida como vazia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="318" />
      <source>Row {row} of the survey sheet of {file}: '{name}' has no type; ignored.</source>
      <translation>Linha {row} da folha survey de {file}: «{name}» não tem tipo; ignorada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="349" />
      <source>Row {row} of the survey sheet of {file}: '{type}' names no choice list.</source>
      <translation>Linha {row} da folha survey de {file}: «{type}» não indica nenhuma lista de opções.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="340" />
      <source>Row {row} of the survey sheet of {file}: '{type}' without a matching begin.</source>
      <translation>Linha {row} da folha survey de {file}: «{type}» sem o «begin» correspondente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="472" />
      <source>Row {row} of the survey sheet of {file}: the loop '{name}' runs over the list '{list}', which has no choices; its questions are ignored.</source>
      <translation>Linha {row} da folha survey de {file}: o ciclo '{name}' percorre a lista '{list}', que não tem opções; as suas perguntas são ignoradas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="412" />
      <source>Row {row} of the survey sheet of {file}: the name '{name}' is used twice.</source>
      <translation>Linha {row} da folha survey de {file}: o nome «{name}» é usado duas vezes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="184" />
      <source>Row {row} of the table {table}, column {column}: the text is not valid UTF-8 (another program wrote it), and PostgreSQL cannot store it. Nothing was written. Correct that value in the GeoPackage, or import the survey again from its export.</source>
      <translation>Linha {row} da tabela {table}, coluna {column}: o texto não é UTF-8 válido (foi escrito por outro programa), e o PostgreSQL não consegue armazená-lo. Nada foi escrito. Corrija esse valor no GeoPackage, ou importe novamente o inquérito a partir da sua exportação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="128" />
      <source>Row {row} of {file}, column change_type: '{value}' is not one of {allowed}.</source>
      <translation>Linha {row} de {file}, coluna change_type: '{value}' não é um de {allowed}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="140" />
      <source>Row {row} of {file}, column {column}: '{value}' is not a number; keep the log_id and version columns as exported.</source>
      <translation>Linha {row} de {file}, coluna {column}: '{value}' não é um número; mantenha as colunas log_id e version tal como foram exportadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="322" />
      <source>Row {row}, column {column}: {message}</source>
      <translation>Linha {row}, coluna {column}: {message}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="33" />
      <source>Rows copied</source>
      <translation>Linhas copiadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="226" />
      <source>Rows in the cleaning log</source>
      <translation>Linhas do registo de limpeza</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="132" />
      <source>Rows in the log</source>
      <translation>Linhas no registo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="230" />
      <source>Rows raised by the check: {check}</source>
      <translation>Linhas assinaladas pela verificação: {check}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="96" />
      <source>Rows unchanged</source>
      <translation>Linhas inalteradas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="228" />
      <source>Rows waiting for a decision</source>
      <translation>Linhas à espera de decisão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="189" />
      <source>Rows written</source>
      <translation>Linhas escritas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="296" />
      <source>Rows {first} and {row} of the cleaning log {file} give {column} of {uuid} different values ('{value}', then '{new}'): the last one is applied.</source>
      <translation>As linhas {first} e {row} do registo de limpeza {file} dão a {column} de {uuid} valores diferentes ('{value}' e depois '{new}'): aplica-se a última.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="63" />
      <source>Run data-quality checks</source>
      <translation>Executar as verificações de qualidade dos dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="117" />
      <source>Run the checks</source>
      <translation>Executar as verificações</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>SVG (*.svg)</source>
      <translation>SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="91" />
      <source>SVG (for designers)</source>
      <translation>SVG (para designers)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="95" />
      <source>Same {keys} as submission {uuid}.</source>
      <translation>Mesmos valores de {keys} que a submissão {uuid}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="213" />
      <source>Save a new key to a file…</source>
      <translation>Guardar uma nova chave num ficheiro…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="95" />
      <source>Save each repeat group's own CSV beside this file, named {stem}-&lt;repeat&gt;.csv, and import it again.</source>
      <translation>Guarde o CSV próprio de cada grupo de repetição junto a este ficheiro, com o nome {stem}-&lt;repeat&gt;.csv, e importe novamente este ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="68" />
      <source>Save review decisions in the shared cleaning log</source>
      <translation>Guardar as decisões de revisão no registo de limpeza partilhado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="121" />
      <source>Save this connection in the QGIS authentication manager as</source>
      <translation>Guardar esta ligação no gestor de autenticação do QGIS com o nome</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="139" />
      <source>Save to the GeoPackage</source>
      <translation>Guardar no GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="280" />
      <source>Save, then reset</source>
      <translation>Guardar e depois repor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="283" />
      <source>Save, then start</source>
      <translation>Guardar e depois iniciar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="467" />
      <source>Saved as '{name}' in the QGIS authentication manager.</source>
      <translation>Guardada como «{name}» no gestor de autenticação do QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="87" />
      <source>Saved connection</source>
      <translation>Ligação guardada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="71" />
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. A decision held in a formula whose result the sheet never saved (a sheet written by a program, not opened and saved in a spreadsheet) is skipped and named. Needs the survey's reviewer role.</source>
      <translation>Guarda as decisões de uma folha de revisão (de 'Exportar uma folha de revisão') no registo de limpeza partilhado no PostgreSQL. A base de dados regista quem guardou cada decisão e quando. Uma decisão sobre uma linha que outra pessoa decidiu desde que a folha foi exportada é recusada, e ambas as decisões são listadas: exporte uma nova folha para ver a dela. Uma decisão cuja linha do registo contém agora outra submissão, outra pergunta ou outro valor antigo é recusada, e uma folha exportada do registo de outro inquérito é recusada por inteiro. As linhas inalteradas não são escritas. Uma decisão contida numa fórmula cujo resultado a folha nunca guardou (uma folha escrita por um programa, não aberta e guardada numa folha de cálculo) é ignorada e indicada. Precisa da função de revisor do inquérito.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">Guarda as decisões de uma folha de revisão (de 'Exportar uma folha de revisão') no registo de limpeza partilhado no PostgreSQL. A base de dados regista quem guardou cada decisão e quando. Uma decisão sobre uma linha que outra pessoa decidiu desde que a folha foi exportada é recusada, e ambas as decisões são listadas: exporte uma nova folha para ver a dela. Uma decisão cuja linha do registo contém agora outra submissão, outra pergunta ou outro valor antigo é recusada, e uma folha exportada do registo de outro inquérito é recusada por inteiro. As linhas inalteradas não são escritas. Precisa da função de revisor do inquérito.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">Guarda as decisões de uma folha de revisão (de 'Exportar uma folha de revisão') no registo de limpeza partilhado no PostgreSQL. A base de dados regista quem guardou cada decisão e quando. Uma decisão sobre uma linha que outra pessoa decidiu desde que a folha foi exportada é recusada, e ambas as decisões são listadas: exporte uma nova folha para ver a dela. As linhas inalteradas não são escritas. Precisa da função de revisor do inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="68" />
      <source>Schema for the survey in PostgreSQL</source>
      <translation>Esquema do inquérito no PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="58" />
      <source>Search by name or form ID</source>
      <translation>Procurar por nome ou ID do formulário</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="93" />
      <source>Search uuid, question, values, issue…</source>
      <translation>Procurar uuid, pergunta, valores, problema…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="111" />
      <source>See the table {table} and {csv}.</source>
      <translation>Veja a tabela {table} e {csv}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="113" />
      <source>See the table {table} in {file}.</source>
      <translation>Veja a tabela {table} em {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="60" />
      <source>Sensitive</source>
      <translation>Sensível</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="88" />
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="90" />
      <source>Server address</source>
      <translation>Endereço do servidor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="34" />
      <source>Server address (kf.kobotoolbox.org, eu.kobotoolbox.org, your own server)</source>
      <translation>Endereço do servidor (kf.kobotoolbox.org, eu.kobotoolbox.org, o seu próprio servidor)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="58" />
      <source>Server and login</source>
      <translation>Servidor e início de sessão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="183" />
      <source>Several gazetteer names fit equally well (score {score}): {places}. Choose one.</source>
      <translation>Vários nomes do gazetteer correspondem igualmente bem (pontuação {score}): {places}. Escolha um.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="161" />
      <source>Several new submissions of the field copy have the same _uuid ({uuids}): they were all added; check whether they are the same household and remove the copies by a remove_survey decision.</source>
      <translation>Várias submissões novas da cópia de campo têm o mesmo _uuid ({uuids}): foram todas adicionadas; verifique se são o mesmo agregado familiar e retire as cópias com uma decisão remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="26" />
      <source>Share a survey in PostgreSQL (PostGIS)</source>
      <translation>Partilhar um inquérito no PostgreSQL (PostGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="94" />
      <source>Share of submissions (%)</source>
      <translation>Proporção de submissões (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="44" />
      <source>Share of submissions answering “{answer}”</source>
      <translation>Proporção de submissões que respondem «{answer}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="46" />
      <source>Share of submissions giving the chosen answer, by admin area</source>
      <translation>Proporção de submissões com a resposta escolhida, por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="145" />
      <source>Shared file</source>
      <translation>Ficheiro a partilhar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="69" />
      <source>Sheet holding the submissions (XLSX; empty: the first visible sheet)</source>
      <translation>Folha que contém as submissões (XLSX; vazio: a primeira folha visível)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="77" />
      <source>Shorter than {limit} minutes.</source>
      <translation>Menos de {limit} minutos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="266" />
      <source>Shortest plausible interview</source>
      <translation>Entrevista plausível mais curta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="159" />
      <source>Shortest plausible interview (minutes)</source>
      <translation>Entrevista plausível mais curta (minutos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="286" />
      <source>Show choice labels instead of codes in forms and tables</source>
      <translation>Mostrar as etiquetas das opções em vez dos códigos nos formulários e nas tabelas</translation>
    </message>
    <message>
      <source>Show the submissions as points on the map</source>
      <translation type="vanished">Mostrar as submissões como pontos no mapa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="90" />
      <source>Size of the package (bytes)</source>
      <translation>Tamanho do pacote (bytes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="164" />
      <source>Smallest count shown (k)</source>
      <translation>Menor contagem mostrada (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="132" />
      <source>Smallest displacement (m)</source>
      <translation>Deslocamento mínimo (m)</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation type="vanished">Grupo mais pequeno (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="69" />
      <source>Snap points to a grid</source>
      <translation>Ajustar os pontos a uma grelha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="97" />
      <source>Snap points to a {size:.0f} m grid.</source>
      <translation>Ajustar os pontos a uma grelha de {size:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="74" />
      <source>Snapping: the size of the grid cells in metres (default 1000); each point goes to the centre of its cell.</source>
      <translation>Ajuste: o tamanho das células da grelha em metros (1000 por predefinição); cada ponto vai para o centro da sua célula.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="225" />
      <source>Sources: {sources}</source>
      <translation>Fontes: {sources}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation>Folha de cálculo (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="64" />
      <source>Staff name</source>
      <translation>Nome de um membro do pessoal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Start a training session</source>
      <translation>Iniciar uma sessão de formação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="51" />
      <source>Start training session…</source>
      <translation>Iniciar uma sessão de formação…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="284" />
      <source>Start without saving</source>
      <translation>Iniciar sem guardar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="66" />
      <source>Started: {time}</source>
      <translation>Início: {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="214" />
      <source>Statistic</source>
      <translation>Estatística</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="83" />
      <source>Statistic: count, share (of the answer), mean or median (of the numeric question); empty: share when a question is given, else count</source>
      <translation>Estatística: count (contagem), share (proporção da resposta), mean (média) ou median (mediana) da pergunta numérica; vazio: share se for indicada uma pergunta, caso contrário count</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Step</source>
      <translation>Passo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="177" />
      <source>Step done: {steps}</source>
      <translation>Passo(s) concluído(s): {steps}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="68" />
      <source>Steps done: {done} of {total}</source>
      <translation>Passos concluídos: {done} de {total}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="74" />
      <source>Steps tick themselves when their result appears. Double-click a step for its help page.</source>
      <translation>Os passos marcam-se sozinhos quando o seu resultado aparece. Faça duplo clique num passo para abrir a sua página de ajuda.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="209" />
      <source>Stop above this number of tiles</source>
      <translation>Parar acima deste número de mosaicos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="33" />
      <source>Submission</source>
      <translation>Submissão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="113" />
      <source>Submission (GPS location)</source>
      <translation>Submissão (posição GPS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="55" />
      <source>Submission uuid {uuid} appears more than once; this copy (_index {row}) repeats an earlier one. Choose remove_survey to drop the later copies (the first one is kept).</source>
      <translation>O uuid de submissão {uuid} aparece mais de uma vez; esta cópia (_index {row}) repete uma submissão anterior. Escolha remove_survey para eliminar as cópias posteriores (a primeira é conservada).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="164" />
      <source>Submission {id} from {host}: the answer to {fields} held a character that is not valid text (half of an emoji, or text not in UTF-8); it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>Submissão {id} de {host}: a resposta a {fields} continha um carácter que não é texto válido (metade de um emoji, ou texto que não está em UTF-8); foi substituído por {mark}, o resto é mantido tal como foi enviado.</translation>
    </message>
    <message>
      <source>Submission {uuid} was removed in the office and kept in the field: it was not added back.</source>
      <translation type="vanished">A submissão {uuid} foi removida no escritório e mantida no terreno: não foi novamente adicionada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Submissions</source>
      <translation>Submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="83" />
      <source>Submissions answering the numeric question</source>
      <translation>Submissões que respondem à pergunta numérica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="82" />
      <source>Submissions answering {question}</source>
      <translation>Submissões que respondem a {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="78" />
      <source>Submissions answering {question} = {answer}</source>
      <translation>Submissões com {question} = {answer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="183" />
      <source>Submissions answering “{answer}” (%)</source>
      <translation>Submissões que respondem «{answer}» (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="227" />
      <source>Submissions flagged</source>
      <translation>Submissões assinaladas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="79" />
      <source>Submissions giving the chosen answer</source>
      <translation>Submissões que dão a resposta escolhida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="75" />
      <source>Submissions imported</source>
      <translation>Submissões importadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="49" />
      <source>Submissions in the GeoPackage</source>
      <translation>Submissões no GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="51" />
      <source>Submissions kept from an interrupted download, not downloaded again</source>
      <translation>Submissões mantidas de um descarregamento interrompido, não descarregadas de novo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="203" />
      <source>Submissions of form {id} were deleted on {host} while the download read their repeats: some submissions downloaded may lack their repeat rows. Download again.</source>
      <translation>Foram eliminadas submissões do formulário {id} em {host} enquanto o descarregamento lia as suas repetições: algumas submissões descarregadas podem não ter as suas linhas de repetição. Volte a descarregar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="111" />
      <source>Submissions per admin area</source>
      <translation>Submissões por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="367" />
      <source>Submissions per area</source>
      <translation>Submissões por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="63" />
      <source>Submissions removed</source>
      <translation>Submissões removidas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="76" />
      <source>Submissions without location</source>
      <translation>Submissões sem posição</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="85" />
      <source>Subtitle</source>
      <translation>Subtítulo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="231" />
      <source>Summary</source>
      <translation>Resumo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="232" />
      <source>Summary written to {file}</source>
      <translation>Resumo guardado em {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="67" />
      <source>Summary written: {time}</source>
      <translation>Resumo gerado: {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="50" />
      <source>Survey</source>
      <translation>Inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="220" />
      <source>Survey GeoPackage</source>
      <translation>GeoPackage do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="90" />
      <source>Survey GeoPackages</source>
      <translation>GeoPackages de inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="117" />
      <source>Survey data workflow</source>
      <translation>Cadeia de processamento de dados de inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>Survey export</source>
      <translation>Exportação do inquérito</translation>
    </message>
    <message>
      <source>Survey export (CSV, XLSX or zip)</source>
      <translation type="vanished">Exportação do inquérito (CSV, XLSX ou zip)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="52" />
      <source>Survey export (CSV, XLSX, zip or JSON)</source>
      <translation>Exportação de inquérito (CSV, XLSX, zip ou JSON)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="100" />
      <source>Survey export and its form</source>
      <translation>Exportação do inquérito e o seu formulário</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="54" />
      <source>Survey exports (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;All files (*)</source>
      <translation>Exportações de inquérito (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="110" />
      <source>Survey exports (*.csv *.xlsx *.zip *.geojson *.json);;All files (*)</source>
      <translation>Exportações de inquérito (*.csv *.xlsx *.zip *.geojson *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="71" />
      <source>Survey layer</source>
      <translation>Camada do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="41" />
      <source>Survey layer and form</source>
      <translation>Camada do inquérito e formulário</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="46" />
      <source>Survey layer or table</source>
      <translation>Camada ou tabela do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="71" />
      <source>Survey points (optional)</source>
      <translation>Pontos do inquérito (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="56" />
      <source>Survey schema</source>
      <translation>Esquema do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="77" />
      <source>Survey schema in PostgreSQL</source>
      <translation>Esquema do inquérito no PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="44" />
      <source>Survey submissions</source>
      <translation>Submissões do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="70" />
      <source>Survey submissions by admin area</source>
      <translation>Submissões do inquérito por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachments.py" line="230" />
      <source>Survey: attachments open from the form</source>
      <translation>Inquérito: anexos abertos a partir do formulário</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="268" />
      <source>Suspicious interviews by one device</source>
      <translation>Entrevistas suspeitas por um mesmo dispositivo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="193" />
      <source>Suspicious number of interviews by one device ...</source>
      <translation>Número suspeito de entrevistas por um mesmo dispositivo ...</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="123" />
      <source>Teams (PostgreSQL)</source>
      <translation>Equipas (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="131" />
      <source>Test the connection</source>
      <translation>Testar a ligação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="88" />
      <source>Text: {encoding}.</source>
      <translation>Texto: {encoding}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="238" />
      <source>The 'survey' sheet of {file} needs the columns 'type' and 'name'.</source>
      <translation>A folha «survey» de {file} precisa das colunas «type» e «name».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="38" />
      <source>The CartONG Processing provider is already registered.</source>
      <translation>O fornecedor de processamento do CartONG já está registado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="69" />
      <source>The GeoPackage is not the survey shared in {schema}: row {row} of {table} differs. Nothing was written. Share it under another schema, or replace that schema.</source>
      <translation>O GeoPackage não é o inquérito partilhado em {schema}: a linha {row} de {table} é diferente. Nada foi escrito. Partilhe-o com outro esquema ou substitua esse esquema.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="111" />
      <source>The GeoPackage to write the table 'cleaning_log' into, e.g. cleaning.gpkg. Empty: the survey's own GeoPackage, beside the data it is about; the survey tables are not changed.</source>
      <translation>O GeoPackage onde escrever a tabela de limpeza 'cleaning_log', p. ex., cleaning.gpkg. Vazio: o próprio GeoPackage do inquérito, ao lado dos dados a que se refere; as tabelas do inquérito não são alteradas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="31" />
      <source>The GeoPackage to write; an existing file is replaced only when the new one is complete.</source>
      <translation>O GeoPackage a escrever; um ficheiro existente só é substituído quando o novo está completo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="58" />
      <source>The GeoPackage {file} cannot be created: {reason}</source>
      <translation>Não é possível criar o GeoPackage {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="93" />
      <source>The GeoPackage {file} cannot be opened for writing: {error}</source>
      <translation>O GeoPackage {file} não pode ser aberto para escrita: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="324" />
      <source>The GeoPackage {file} cannot be written: {reason}. Choose another folder or close the program using it.</source>
      <translation>Não é possível escrever o GeoPackage {file}: {reason}. Escolha outra pasta ou feche o programa que o está a usar.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/outputs.py" line="192" />
      <source>The GeoPackage {file} holds %n cleaning decisions: writing the survey in its place would lose them. Choose a new GeoPackage, or export the cleaning log first (cleaning wizard, Export) and then delete the file.</source>
      <translation>
        <numerusform>O GeoPackage {file} contém %n decisão de limpeza: escrever o inquérito no seu lugar perdê-la-ia. Escolha um GeoPackage novo, ou exporte primeiro o registo de limpeza (assistente de limpeza, Exportar…) e depois elimine o ficheiro.</numerusform>
        <numerusform>O GeoPackage {file} contém %n decisões de limpeza: escrever o inquérito no seu lugar perdê-las-ia. Escolha um GeoPackage novo, ou exporte primeiro o registo de limpeza (assistente de limpeza, Exportar…) e depois elimine o ficheiro.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/damaged_files.py" line="45" />
      <source>The GeoPackage {file} is damaged: SQLite cannot read all of it (a copy cut short, a failing disk or USB stick). Take it from a backup, or import the survey again into a new GeoPackage, then run again.</source>
      <translation>O GeoPackage {file} está danificado: o SQLite não consegue lê-lo na totalidade (uma cópia interrompida, um disco ou uma pen USB com falhas). Recupere-o de uma cópia de segurança, ou importe novamente o inquérito para um novo GeoPackage, e execute novamente.</translation>
    </message>
    <message>
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When no tile can be made, a vector background GeoPackage is written beside it.</source>
      <translation type="vanished">O ficheiro MBTiles a escrever, p. ex., bangui_basemap.mbtiles; o QGIS e o QField abrem-no sem rede. Quando não é possível criar nenhum mosaico, é escrito ao lado um GeoPackage de fundo vetorial.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="36" />
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When tiles could not be downloaded, the run says how many and at which zooms, and an existing file is kept: the incomplete basemap goes beside it (name_partial.mbtiles). When no tile can be made, a vector background is written beside it (name_background.gpkg), never over another file.</source>
      <translation>O ficheiro MBTiles a escrever, p. ex., bangui_basemap.mbtiles; o QGIS e o QField abrem-no sem rede. Quando não foi possível descarregar mosaicos, a execução indica quantos e em que níveis de zoom, e um ficheiro existente é mantido: o mapa base incompleto é escrito ao lado (name_partial.mbtiles). Quando não é possível criar nenhum mosaico, é escrito ao lado um fundo vetorial (name_background.gpkg), nunca por cima de outro ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="92" />
      <source>The P-code field of the admin areas, matched to the survey's area column, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>O campo P-code das unidades administrativas, associado à coluna de unidade do inquérito, p. ex., adm2_pcode. Predefinição: adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="31" />
      <source>The PostgreSQL connections saved in QGIS (Browser &gt; PostgreSQL). The password stays in the connection's authentication configuration.</source>
      <translation>As ligações PostgreSQL guardadas no QGIS (Navegador &gt; PostgreSQL). A senha fica na configuração de autenticação da ligação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="49" />
      <source>The PostgreSQL layer names no schema: open the survey layer from its schema in the Browser (PostgreSQL &gt; connection &gt; schema &gt; survey).</source>
      <translation>A camada PostgreSQL não indica nenhum esquema: abra a camada do inquérito a partir do seu esquema no Navegador (PostgreSQL &gt; ligação &gt; esquema &gt; survey).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="124" />
      <source>The PostgreSQL password cannot be read: {reason}</source>
      <translation>Não é possível ler a senha do PostgreSQL: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="31" />
      <source>The PostgreSQL schema holding the survey: lower case letters, digits and _.</source>
      <translation>O esquema PostgreSQL que contém o inquérito: letras minúsculas, algarismos e _.</translation>
    </message>
    <message>
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms from one export to the next.</source>
      <translation type="vanished">A configuração de autenticação do QGIS que contém a chave de pseudonimização. Vazio: a sua chave predefinida, criada na primeira utilização e guardada na base de dados de autenticação. A mesma chave dá os mesmos pseudónimos de uma exportação para a seguinte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="48" />
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms, and the same moved points, from one export to the next.</source>
      <translation>A configuração de autenticação do QGIS que contém a chave de pseudonimização. Vazio: a sua chave predefinida, criada na primeira utilização e guardada na base de dados de autenticação. A mesma chave dá os mesmos pseudónimos, e os mesmos pontos deslocados, de uma exportação para a seguinte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="84" />
      <source>The QGIS authentication configuration that holds your KoboToolbox API token (in Kobo: Account settings &gt; Security &gt; API key). The token stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>A configuração de autenticação do QGIS que contém o seu token de API do KoboToolbox (no Kobo: Account settings &gt; Security &gt; API key). O token permanece na base de dados de autenticação do QGIS, protegido pela sua senha mestra; só o id da configuração é guardado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="110" />
      <source>The QGIS authentication configuration that holds your ODK Central login: Basic with your email and password, or an app-user token. The secret stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>A configuração de autenticação do QGIS que contém o seu início de sessão do ODK Central: Basic com o seu e-mail e senha, ou um token de utilizador móvel. O segredo permanece na base de dados de autenticação do QGIS, protegido pela sua senha mestra; só o id da configuração é guardado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="56" />
      <source>The QGIS authentication database is locked: enter its master password when QGIS asks for it, then try again.</source>
      <translation>A base de dados de autenticação do QGIS está bloqueada: introduza a sua senha mestra quando o QGIS a pedir e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="49" />
      <source>The QGIS authentication system is not available, so the password or token cannot be kept safely. Check Settings &gt; Options &gt; Authentication.</source>
      <translation>O sistema de autenticação do QGIS não está disponível, pelo que a senha ou o token não podem ser guardados em segurança. Verifique Configurações &gt; Opções &gt; Autenticação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="117" />
      <source>The QGIS authentication system is not available, so the pseudonymisation key cannot be kept safely.</source>
      <translation>O sistema de autenticação do QGIS não está disponível, pelo que a chave de pseudonimização não pode ser guardada em segurança.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="122" />
      <source>The QGIS master password is needed to keep the pseudonymisation key: set it in Settings &gt; Options &gt; Authentication and try again.</source>
      <translation>É necessária a senha mestra do QGIS para guardar a chave de pseudonimização: defina-a em Configurações &gt; Opções &gt; Autenticação e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="170" />
      <source>The XForm of form {id} on {host} could not be read ({reason}), so the download has no labels and no choice lists: question and choice names are shown instead, and select questions have no label column.</source>
      <translation>Não foi possível ler o XForm do formulário {id} em {host} ({reason}), por isso o descarregamento não tem etiquetas nem lista de opções: são mostrados em vez disso os nomes das perguntas e das opções, e as perguntas de seleção não têm coluna de etiquetas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="14" />
      <source>The XLSForm the survey was collected with (.xlsx or .xls, as downloaded from the form's page on the server), e.g. household_survey_form.xlsx. With it, questions keep their types, labels, choices, required flags, skip logic and constraints; without it, they are guessed from the values.</source>
      <translation>O XLSForm com que o inquérito foi recolhido (.xlsx ou .xls, tal como descarregado da página do formulário no servidor), p. ex., household_survey_form.xlsx. Com ele, as perguntas mantêm os seus tipos, etiquetas, opções, marcas de obrigatório, lógica de salto e restrições; sem ele, são deduzidos dos valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="79" />
      <source>The address of the KoboToolbox server: https://kf.kobotoolbox.org (global server), https://eu.kobotoolbox.org (European server) or your organisation's own server. The address only, without /api/v2.</source>
      <translation>O endereço do servidor KoboToolbox: https://kf.kobotoolbox.org (servidor global), https://eu.kobotoolbox.org (servidor europeu) ou o servidor próprio da sua organização. Apenas o endereço, sem /api/v2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="109" />
      <source>The address of your ODK Central server, e.g. https://central.example.org, without /v1.</source>
      <translation>O endereço do seu servidor ODK Central, p. ex., https://central.example.org, sem /v1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="110" />
      <source>The admin area column {column} is not in the layer {layer}.</source>
      <translation>A coluna de unidade administrativa {column} não está na camada {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="37" />
      <source>The admin area polygons with their P-codes, e.g. the layer admin2 of admin_boundaries.gpkg (OCHA COD-AB boundaries).</source>
      <translation>Os polígonos das unidades administrativas com os seus P-codes, p. ex., a camada admin2 de admin_boundaries.gpkg (limites COD-AB da OCHA).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="163" />
      <source>The admin areas of the sample survey (Central African Republic), admin1 and admin2.</source>
      <translation>As unidades administrativas do inquérito de exemplo (República Centro-Africana), admin1 e admin2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="61" />
      <source>The admin areas with the value to map, usually the output of 'Count submissions by admin area', e.g. counts.gpkg.</source>
      <translation>As unidades administrativas com o valor a cartografar, normalmente o resultado de «Contar as submissões por unidade administrativa», p. ex., counts.gpkg.</translation>
    </message>
    <message>
      <source>The admin areas with their counts: submissions, and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg, or a temporary layer.</source>
      <translation type="vanished">As unidades administrativas com as suas contagens: submissions (submissões), e answer_count e answer_pct para uma proporção, value_mean ou value_median para uma média ou uma mediana, com data_status. P. ex., counts.gpkg, ou uma camada temporária.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="51" />
      <source>The admin areas with their counts: submissions, value_count (submissions answering the question), and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg (a Shapefile cuts the field names), or a temporary layer.</source>
      <translation>As unidades administrativas com as suas contagens: submissions (submissões), value_count (submissões que respondem à pergunta), e answer_count e answer_pct para uma proporção, value_mean ou value_median para uma média ou uma mediana, com data_status. P. ex., counts.gpkg (um Shapefile corta os nomes dos campos), ou uma camada temporária.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="456" />
      <source>The admin boundaries {file} cannot be read.</source>
      <translation>Não é possível ler os limites administrativos {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="112" />
      <source>The admin boundaries {file} do not exist.</source>
      <translation>Os limites administrativos {file} não existem.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="210" />
      <source>The admin layer {layer} has no areas: choose the layer holding the boundaries.</source>
      <translation>A camada administrativa {layer} não tem nenhuma área: escolha a camada que contém os limites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="34" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. Each submission is counted once: the areas of one P-code are one area (one feature) in the result. Check the boundaries: a P-code names one area.</source>
      <translation>A camada administrativa {layer} tem {count} P-code(s) partilhados por várias áreas: {codes}. Cada submissão é contada uma vez: as áreas de um P-code são uma área (uma entidade) no resultado. Verifique os limites: um P-code designa uma só área.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="445" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. The P-code checks cannot tell these areas apart; check the boundaries.</source>
      <translation>A camada administrativa {layer} tem {count} P-code(s) partilhados por várias áreas: {codes}. As verificações de P-code não conseguem distinguir estas áreas; verifique os limites.</translation>
    </message>
    <message>
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole.</source>
      <translation type="vanished">A resposta a contar, escrita como o nome da sua opção no formulário (não a sua etiqueta), p. ex., borehole.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="33" />
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole. When no submission gives it, the run says which answers they give.</source>
      <translation>A resposta a contar, escrita como o nome da sua opção no formulário (não a sua etiqueta), p. ex., borehole. Quando nenhuma submissão a dá, a execução indica que respostas as submissões dão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="178" />
      <source>The answered P-code is {code}.</source>
      <translation>O P-code indicado na resposta é {code}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="63" />
      <source>The answers to "{column}" are chosen from a list of {what} (their labels in "{labels}").</source>
      <translation>As respostas a «{column}» são escolhidas de uma lista de {what} (as suas etiquetas em «{labels}»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="55" />
      <source>The area of the basemap, e.g. 18.4,18.7,4.3,4.5 [EPSG:4326]. Empty: the extent of the surveys and the boundaries.</source>
      <translation>A área do mapa de fundo, p. ex., 18.4,18.7,4.3,4.5 [EPSG:4326]. Vazio: a extensão dos inquéritos e dos limites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="359" />
      <source>The area of the offline basemap is empty: choose an area, a layer or the survey's boundaries.</source>
      <translation>A área do mapa base offline está vazia: escolha uma área, uma camada ou os limites do inquérito.</translation>
    </message>
    <message>
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax).</source>
      <translation type="vanished">A área a cobrir, p. ex., a extensão da camada de limites administrativos, ou 18.4,18.7,4.3,4.5 [EPSG:4326] para Bangui (xmin, xmax, ymin, ymax).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="27" />
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax). An area across the 180th meridian is refused: make one basemap on each side.</source>
      <translation>A área a cobrir, p. ex., a extensão da camada de limites administrativos, ou 18.4,18.7,4.3,4.5 [EPSG:4326] para Bangui (xmin, xmax, ymin, ymax). Uma área que atravesse o meridiano 180 é recusada: crie um mapa base de cada lado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="373" />
      <source>The area {extent} crosses the antimeridian (longitude 180: west edge {west}, east edge {east}); one offline basemap cannot go across it. Make two basemaps, one on each side of longitude 180, with longitudes between -180 and 180 and the west edge first.</source>
      <translation>A área {extent} atravessa o antimeridiano (longitude 180: limite oeste {west}, limite este {east}); um mapa base offline não o pode atravessar. Crie dois mapas base, um de cada lado da longitude 180, com longitudes entre -180 e 180 e o limite oeste primeiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="163" />
      <source>The authentication configuration {authcfg} does not hold a CartONG pseudonymisation key.</source>
      <translation>A configuração de autenticação {authcfg} não contém uma chave de pseudonimização CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="66" />
      <source>The authentication configuration {authcfg} holds no token.</source>
      <translation>A configuração de autenticação {authcfg} não contém nenhum token.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="152" />
      <source>The authentication configuration {authcfg} was not found: choose another pseudonymisation key or create a new one.</source>
      <translation>A configuração de autenticação {authcfg} não foi encontrada: escolha outra chave de pseudonimização ou crie uma nova.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="54" />
      <source>The basemap is not started when it would need more tiles: raise it on purpose, knowing the size and time given in the log.</source>
      <translation>O mapa base não é iniciado quando precisaria de mais mosaicos: aumente-o de propósito, conhecendo o tamanho e o tempo indicados no registo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="127" />
      <source>The basemap source '{source}' is neither an XYZ address with {{z}}, {{x}} and {{y}} nor a WMS/XYZ layer source (url=…): copy it from the layer's properties, Information tab.</source>
      <translation>A fonte do mapa base '{source}' não é nem um endereço XYZ com {{z}}, {{x}} e {{y}} nem uma fonte de camada WMS/XYZ (url=…): copie-a das propriedades da camada, separador Informação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="138" />
      <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by CartONG or its partners.</source>
      <translation>Os limites e os nomes apresentados e as designações utilizadas neste mapa não implicam reconhecimento nem aceitação oficial por parte da CartONG ou dos seus parceiros.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="75" />
      <source>The boundaries of the level above, e.g. the layer admin1 of admin_boundaries.gpkg, drawn as thicker outlines.</source>
      <translation>Os limites do nível superior, p. ex., a camada admin1 de admin_boundaries.gpkg, desenhados como contornos mais espessos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="52" />
      <source>The class limit {value} is not a number: write limits like 10, 20, 50.</source>
      <translation>O limite de classe {value} não é um número: escreva os limites assim: 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="56" />
      <source>The class limits {limits} must increase: write them like 10, 20, 50.</source>
      <translation>Os limites de classe {limits} devem ser crescentes: escreva-os assim: 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="124" />
      <source>The cleaned GeoPackage could not record which rows of the cleaning log it was built with ({reason}). Nothing was written under its name.</source>
      <translation>O GeoPackage limpo não conseguiu registar com que linhas do registo de limpeza foi construído ({reason}). Nada foi escrito com o seu nome.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="132" />
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer is written as the table survey_cleaned of its schema (or into a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation>A cópia limpa do inquérito, p. ex., household_survey_clean.gpkg ou uma nova camada do GeoPackage do inquérito. Para um inquérito partilhado em PostgreSQL, uma camada temporária é escrita como a tabela survey_cleaned do seu esquema (ou numa tabela desse esquema escolhida com Guardar em tabela de base de dados). A camada de entrada e a tabela bruta não são alteradas.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer means the table survey_cleaned of its schema (or a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation type="vanished">A cópia limpa do inquérito, p. ex., household_survey_clean.gpkg ou uma nova camada do GeoPackage do inquérito. Para um inquérito partilhado em PostgreSQL, uma camada temporária significa a tabela survey_cleaned do seu esquema (ou uma tabela desse esquema escolhida com Guardar em tabela de base de dados). A camada de entrada e a tabela bruta não são alteradas.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. The input layer and the raw table are not changed.</source>
      <translation type="vanished">A cópia limpa do inquérito, p. ex., household_survey_clean.gpkg ou uma nova camada do GeoPackage do inquérito. A camada de entrada e a tabela bruta não são alteradas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="216" />
      <source>The cleaned layer 'survey_cleaned' is in {file} and in the project.</source>
      <translation>A camada limpa «survey_cleaned» está em {file} e no projeto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="59" />
      <source>The cleaned layer could not be written into {file}.</source>
      <translation>Não foi possível escrever a camada limpa em {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="293" />
      <source>The cleaned layer is the table {table} of {schema} in {target} ({rows} rows).</source>
      <translation>A camada limpa é a tabela {table} de {schema} em {target} ({rows} linhas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="346" />
      <source>The cleaned layer {file} could not get the survey's exact values back (date-times with their milliseconds and time zone, rows without a location) ({reason}). Nothing was written under that name, as its values would differ from the survey's.</source>
      <translation>A camada limpa {file} não conseguiu recuperar os valores exatos do inquérito (datas e horas com os seus milissegundos e fuso horário, linhas sem localização) ({reason}). Nada foi escrito com esse nome, pois os seus valores seriam diferentes dos do inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="80" />
      <source>The cleaned survey was written to a temporary GeoPackage ({file}) that QGIS deletes when it closes. To keep it, run again with a GeoPackage file for the cleaned survey (the decisions stay in the cleaning log), or export it for sharing before closing QGIS.</source>
      <translation>O inquérito limpo foi escrito num GeoPackage temporário ({file}) que o QGIS elimina ao fechar. Para o manter, volte a executar com um ficheiro GeoPackage para o inquérito limpo (as decisões ficam no registo de limpeza), ou exporte-o para partilha antes de fechar o QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="66" />
      <source>The cleaning log cannot be written into {file}: the file or its folder is read-only. Choose another GeoPackage for the cleaning log, in a folder you can write to.</source>
      <translation>O registo de limpeza não pode ser escrito em {file}: o ficheiro ou a sua pasta são só de leitura. Escolha outro GeoPackage para o registo de limpeza, numa pasta onde possa escrever.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="122" />
      <source>The cleaning log cannot be written into {file}: {error}</source>
      <translation>O registo de limpeza não pode ser escrito em {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="168" />
      <source>The cleaning log could not be saved; nothing was applied.</source>
      <translation>Não foi possível guardar o registo de limpeza; nada foi aplicado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="54" />
      <source>The cleaning log goes into a GeoPackage: choose a file ending in .gpkg, not {file}.</source>
      <translation>O registo de limpeza vai para um GeoPackage: escolha um ficheiro terminado em .gpkg, não {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="91" />
      <source>The cleaning log is empty: the cleaned layer will be a copy of the survey.</source>
      <translation>O registo de limpeza está vazio: a camada limpa será uma cópia do inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="147" />
      <source>The cleaning log is kept in {file}; the raw data is never changed.</source>
      <translation>O registo de limpeza é guardado em {file}; os dados brutos nunca são alterados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="261" />
      <source>The cleaning log was not exported</source>
      <translation>O registo de limpeza não foi exportado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="242" />
      <source>The cleaning log was not saved</source>
      <translation>O registo de limpeza não foi guardado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="126" />
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage, or of its schema for a survey shared in PostgreSQL. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation>O registo de limpeza com as decisões. Vazio: a tabela 'cleaning_log' do GeoPackage do inquérito, ou do seu esquema para um inquérito partilhado em PostgreSQL. Ou um ficheiro editado, p. ex., cleaning_log.xlsx, com as colunas IMPACT/REACH uuid, question (pergunta), old_value, new_value e change_type.</translation>
    </message>
    <message>
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation type="vanished">O registo de limpeza com as decisões. Vazio: a tabela 'cleaning_log' do GeoPackage do inquérito. Ou um ficheiro editado, p. ex., cleaning_log.xlsx, com as colunas IMPACT/REACH uuid, question (pergunta), old_value, new_value e change_type.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="35" />
      <source>The cleaning log {file} cannot be read: {error}</source>
      <translation>Não é possível ler o registo de limpeza {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="321" />
      <source>The cleaning log {file} does not exist.</source>
      <translation>O registo de limpeza {file} não existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="327" />
      <source>The cleaning log {file} does not match the data; fix these rows and import it again:
{rows}</source>
      <translation>O registo de limpeza {file} não corresponde aos dados; corrija estas linhas e importe-o novamente:
{rows}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="69" />
      <source>The cleaning log {file} has %n values that do not fit their fields; fix these rows and apply it again:
{rows}</source>
      <translation>
        <numerusform>O registo de limpeza {file} tem %n valor que não se ajusta ao seu campo; corrija estas linhas e aplique-o novamente:
{rows}</numerusform>
        <numerusform>O registo de limpeza {file} tem %n valores que não se ajustam aos seus campos; corrija estas linhas e aplique-o novamente:
{rows}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="197" />
      <source>The cleaning log {file} has no column {columns}; it needs at least uuid and question (and usually old_value, new_value, issue, change_type).</source>
      <translation>O registo de limpeza {file} não tem a coluna {columns}; precisa pelo menos das colunas uuid e question (pergunta) (e normalmente old_value, new_value, issue, change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="329" />
      <source>The cleaning log {file} has no sheet.</source>
      <translation>O registo de limpeza {file} não tem nenhuma folha.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="229" />
      <source>The cleaning log {file} has rows of change_response but no column new_value (its columns: {columns}). Name the column that holds the new values new_value.</source>
      <translation>O registo de limpeza {file} tem linhas change_response mas nenhuma coluna new_value (as suas colunas: {columns}). Dê o nome new_value à coluna que contém os novos valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="169" />
      <source>The cleaning log {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>O registo de limpeza {file} tem a coluna {column} mais de uma vez (colunas {letters}): não é possível saber qual ler. Mantenha uma só coluna {column} (elimine ou mude o nome das outras) e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="83" />
      <source>The cleaning log {file} is neither UTF-8, UTF-16 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>O registo de limpeza {file} não é texto UTF-8, UTF-16 nem Windows-1252. Guarde-o novamente como 'CSV UTF-8' e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="17" />
      <source>The closest zoom level to download, from 0 to 19. Default 12: towns, villages and main roads. Each level more needs about 4 times as many tiles: 15 shows streets but may need hours.</source>
      <translation>O nível de zoom mais próximo a descarregar, de 0 a 19. Predefinição: 12, cidades, aldeias e estradas principais. Cada nível a mais precisa de cerca de 4 vezes mais mosaicos: 15 mostra as ruas mas pode demorar horas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="87" />
      <source>The code column {column} is not in the layer {layer}.</source>
      <translation>A coluna de códigos {column} não está na camada {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="85" />
      <source>The column {column} cannot be created in {table}: {reason}</source>
      <translation>Não é possível criar a coluna {column} em {table}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="59" />
      <source>The column {column} has {count} different answers (more than {limit}): counted by area, each would become a column name of the shared file. Choose a question with a short list of answers, or count submissions only (no answers column).</source>
      <translation>A coluna {column} tem {count} respostas diferentes (mais de {limit}): ao contar por zona, cada uma tornar-se-ia um nome de coluna do ficheiro partilhado. Escolha uma pergunta com uma lista curta de respostas, ou conte apenas as submissões (sem coluna de respostas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="50" />
      <source>The column {column} holds free text: counted by area, each typed answer would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>A coluna {column} contém texto livre: ao contar por zona, cada resposta escrita tornar-se-ia um nome de coluna do ficheiro partilhado. Escolha uma pergunta com uma lista curta de respostas (como water_source), ou conte apenas as submissões (sem coluna de respostas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="84" />
      <source>The column {column} is not in the layer {layer}.</source>
      <translation>A coluna {column} não está na camada {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="42" />
      <source>The column {column} likely holds personal data at high risk: counted by area, each of its answers would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>A coluna {column} provavelmente contém dados pessoais de risco elevado: ao contar por zona, cada uma das suas respostas tornar-se-ia um nome de coluna do ficheiro partilhado. Escolha uma pergunta com uma lista curta de respostas (como water_source), ou conte apenas as submissões (sem coluna de respostas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="301" />
      <source>The columns {columns} identify staff, devices, accounts or documents and are pseudonymised by default, but no pseudonymisation key could be opened ({reason}): they were removed instead. To share them as pseudonyms, name a key with KEY_SOURCE (file:... or env:...) or KEY_AUTHCFG; to keep them as they are, list them in KEEP_FIELDS.</source>
      <translation>As colunas {columns} identificam pessoal, dispositivos, contas ou documentos e são pseudonimizadas por predefinição, mas nenhuma chave de pseudonimização pôde ser aberta ({reason}): foram removidas em vez disso. Para as partilhar como pseudónimos, indique uma chave com KEY_SOURCE (file:... ou env:...) ou KEY_AUTHCFG; para as manter tal como estão, liste-as em KEEP_FIELDS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="132" />
      <source>The conflicts file {file} is a folder: give a file name, e.g. conflicts.csv.</source>
      <translation>O ficheiro de conflitos {file} é uma pasta: indique um nome de ficheiro, p. ex., conflicts.csv.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="45" />
      <source>The connection string {connection} holds a password: QGIS would write it in clear in the Processing history and logs. Put the password in an authentication configuration (authcfg=...), a QGIS connection, a pg_service.conf service or a .pgpass file, and give that instead.</source>
      <translation>A cadeia de conexão {connection} contém uma senha: o QGIS a escreveria em claro no histórico do Processing e nos registos. Coloque a senha numa configuração de autenticação (authcfg=...), numa conexão do QGIS, num serviço pg_service.conf ou num ficheiro .pgpass, e indique isso em vez dela.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="137" />
      <source>The connection to the PostgreSQL database {target} was lost while {doing}: PostgreSQL undid the unfinished work, nothing was written. Try again when the connection is back.</source>
      <translation>A ligação à base de dados PostgreSQL {target} perdeu-se durante {doing}: o PostgreSQL desfez o trabalho inacabado, nada foi escrito. Tente novamente quando a ligação voltar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="396" />
      <source>The connection to {host} was cut in the middle of an answer. Try again; what was already downloaded is kept.</source>
      <translation>A ligação a {host} foi cortada a meio de uma resposta. Tente novamente; o que já foi descarregado é conservado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="461" />
      <source>The connection was not saved: {reason}</source>
      <translation>A ligação não foi guardada: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="100" />
      <source>The copy to share, .gpkg or .csv, e.g. household_survey_shared.gpkg. A README in English and French beside it says what was done.</source>
      <translation>A cópia a partilhar, .gpkg ou .csv, p. ex., household_survey_shared.gpkg. Um README em inglês e francês ao lado dela indica o que foi feito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="182" />
      <source>The counts cannot be protected by suppression; aggregate to a larger area or drop the answer breakdown.</source>
      <translation>As contagens não podem ser protegidas por supressão; agregue numa unidade maior ou abdique da desagregação por resposta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/jobs.py" line="99" />
      <source>The counts could not be written into {file}: {error}</source>
      <translation>Não foi possível escrever as contagens em {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="92" />
      <source>The credentials for {name} could not be saved in the QGIS authentication database.</source>
      <translation>Não foi possível guardar as credenciais de {name} na base de dados de autenticação do QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="86" />
      <source>The credits printed on the map, data and boundaries with their licence, e.g. CartONG survey 2026; boundaries OCHA COD-AB (CC BY-IGO).</source>
      <translation>Os créditos impressos no mapa, dados e limites com a sua licença, p. ex., inquérito CartONG 2026; limites OCHA COD-AB (CC BY-IGO).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="139" />
      <source>The data collection period ends ({end}, PERIOD_END) before it starts ({start}, PERIOD_START): swap the two dates.</source>
      <translation>O período de recolha de dados termina ({end}, PERIOD_END) antes de começar ({start}, PERIOD_START): troque as duas datas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="85" />
      <source>The database already holds a schema '{schema}' that is not a survey shared by the toolkit: it is never replaced. Choose another schema name.</source>
      <translation>A base de dados já contém um esquema '{schema}' que não é um inquérito partilhado pela caixa de ferramentas: nunca é substituído. Escolha outro nome de esquema.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="92" />
      <source>The database already holds a survey schema '{schema}'. Choose another schema name, or replace it.</source>
      <translation>A base de dados já contém um esquema de inquérito '{schema}'. Escolha outro nome de esquema, ou substitua-o.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="301" />
      <source>The database {target} has no PostGIS, which the survey points need. Ask the database administrator to run: CREATE EXTENSION postgis;</source>
      <translation>A base de dados {target} não tem PostGIS, de que os pontos do inquérito precisam. Peça ao administrador da base de dados que execute: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="90" />
      <source>The database {target} holds no survey schema '{schema}'.</source>
      <translation>A base de dados {target} não contém nenhum esquema de inquérito «{schema}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="352" />
      <source>The database {target} holds no survey schema '{schema}'. Survey schemas there: {known}.</source>
      <translation>A base de dados {target} não contém nenhum esquema de inquérito '{schema}'. Esquemas de inquérito presentes: {known}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="124" />
      <source>The dates of {column} are written day/month/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>As datas de {column} estão escritas como dia/mês/ano (primeira: '{value}'), não como AAAA-MM-DD: foram lidas assim.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="132" />
      <source>The dates of {column} are written month/day/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>As datas de {column} estão escritas como mês/dia/ano (primeira: '{value}'), não como AAAA-MM-DD: foram lidas assim.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="67" />
      <source>The decisions in the cleaning log are not saved. Close the wizard and lose them?</source>
      <translation>As decisões do registo de limpeza não estão guardadas. Fechar o assistente e perdê-las?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="165" />
      <source>The defaults suit a household survey. Each flagged value becomes a row of the cleaning log that you review on the next pages.</source>
      <translation>Os valores predefinidos convêm a um inquérito aos agregados familiares. Cada valor assinalado torna-se uma linha do registo de limpeza, que irá rever nas páginas seguintes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="43" />
      <source>The disk is full: free some space (or choose another folder), then run again.</source>
      <translation>O disco está cheio: liberte espaço (ou escolha outra pasta) e execute novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="225" />
      <source>The disk is full: nothing was written. Free some space or choose another folder.</source>
      <translation>O disco está cheio: nada foi escrito. Liberte espaço ou escolha outra pasta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="169" />
      <source>The download from {host} was cancelled.</source>
      <translation>O descarregamento a partir de {host} foi cancelado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="275" />
      <source>The edited log was not imported</source>
      <translation>O registo alterado não foi importado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="283" />
      <source>The email and password of your ODK Central web account.</source>
      <translation>O e-mail e a senha da sua conta web do ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="67" />
      <source>The end time is earlier than the start time.</source>
      <translation>A hora de fim é anterior à hora de início.</translation>
    </message>
    <message>
      <source>The environment variable {name}, named for {what}, is not set or is empty.</source>
      <translation type="vanished">A variável de ambiente {name}, indicada para {what}, não está definida ou está vazia.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="65" />
      <source>The export file {file} holds %n decisions of the field teams (first: row {row}) and the option to keep the decisions is off: the file was not replaced. Keep the decisions, or export to another file.</source>
      <translation>
        <numerusform>O ficheiro de exportação {file} contém %n decisão das equipas de campo (primeira: linha {row}) e a opção de manter as decisões está desativada: o ficheiro não foi substituído. Mantenha as decisões ou exporte para outro ficheiro.</numerusform>
        <numerusform>O ficheiro de exportação {file} contém %n decisões das equipas de campo (primeira: linha {row}) e a opção de manter as decisões está desativada: o ficheiro não foi substituído. Mantenha as decisões ou exporte para outro ficheiro.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="398" />
      <source>The export file {file} holds %n decisions that differ from the cleaning log of {gpkg} (first: row {row}, {uuid}, {question}: '{decision}' in the file, '{logged}' in the log). Nothing was written: make them agree, or export to another file.</source>
      <translation>
        <numerusform>O ficheiro de exportação {file} contém %n decisão que difere do registo de limpeza de {gpkg} (primeira: linha {row}, {uuid}, {question}: '{decision}' no ficheiro, '{logged}' no registo). Nada foi escrito: faça-os coincidir ou exporte para outro ficheiro.</numerusform>
        <numerusform>O ficheiro de exportação {file} contém %n decisões que diferem do registo de limpeza de {gpkg} (primeira: linha {row}, {uuid}, {question}: '{decision}' no ficheiro, '{logged}' no registo). Nada foi escrito: faça-os coincidir ou exporte para outro ficheiro.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="382" />
      <source>The export file {file} holds %n decisions that the new cleaning log does not (first: row {row}): the file was not replaced. Bring its decisions into the log, or export to another file.</source>
      <translation>
        <numerusform>O ficheiro de exportação {file} contém %n decisão que o novo registo de limpeza não tem (primeira: linha {row}): o ficheiro não foi substituído. Traga as suas decisões para o registo ou exporte para outro ficheiro.</numerusform>
        <numerusform>O ficheiro de exportação {file} contém %n decisões que o novo registo de limpeza não tem (primeira: linha {row}): o ficheiro não foi substituído. Traga as suas decisões para o registo ou exporte para outro ficheiro.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="45" />
      <source>The export file {file} is not a cleaning log exported by the toolkit (its columns: {columns}): it was not replaced. Choose another export file, or move this one away.</source>
      <translation>O ficheiro de exportação {file} não é um registo de limpeza exportado pelo complemento (as suas colunas: {columns}): não foi substituído. Escolha outro ficheiro de exportação ou mova este para outro local.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="102" />
      <source>The export file {file} is the survey's own export or form: it was not replaced by the cleaning log. Choose another export file.</source>
      <translation>O ficheiro de exportação {file} é a própria exportação ou o próprio formulário do inquérito: não foi substituído pelo registo de limpeza. Escolha outro ficheiro de exportação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="138" />
      <source>The field holding the names of the areas, for the labels and the titles of atlas pages, e.g. adm2_name. Default adm2_name.</source>
      <translation>O campo que contém os nomes das unidades administrativas, para as etiquetas e os títulos das páginas do atlas, p. ex., adm2_name. Predefinição: adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="44" />
      <source>The field of the admin areas that holds their P-code, the code that joins survey answers to areas, e.g. adm2_pcode holding CF7112. Default adm2_pcode.</source>
      <translation>O campo das unidades administrativas que contém o seu P-code, o código que liga as respostas do inquérito às unidades, p. ex., adm2_pcode com CF7112. Predefinição: adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="51" />
      <source>The field of the admin areas that holds their name, e.g. adm2_name. Default adm2_name.</source>
      <translation>O campo das unidades administrativas que contém o seu nome, p. ex., adm2_name. Predefinição: adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="40" />
      <source>The field of the admin boundaries that holds the names typed answers are matched to, e.g. adm2_name. Default adm2_name.</source>
      <translation>O campo dos limites administrativos que contém os nomes a que as respostas escritas são associadas, p. ex., adm2_name. Predefinição: adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="122" />
      <source>The field package cannot be written into {folder}: the folder cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>O pacote de campo não pode ser escrito em {folder}: não é possível escrever nessa pasta ({reason}). Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="44" />
      <source>The field that holds the P-code of the level above, e.g. adm1_pcode: when two areas of different provinces have the same name, the province answered settles which one is meant.</source>
      <translation>O campo que contém o P-code do nível superior, p. ex., adm1_pcode: quando duas unidades administrativas de províncias diferentes têm o mesmo nome, a província respondida decide qual é a certa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="406" />
      <source>The field {field} of {layer} has negative values ({value} for example): circles cannot show them. Choose a choropleth map for this field.</source>
      <translation>O campo {field} de {layer} tem valores negativos ({value}, por exemplo): os círculos não os podem mostrar. Escolha um mapa coroplético para este campo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="141" />
      <source>The field {field} of {layer} is not numeric: it cannot be mapped in classes.</source>
      <translation>O campo {field} de {layer} não é numérico: não pode ser cartografado em classes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="51" />
      <source>The file exported from the server: a KoboToolbox or ONA CSV (';' or ',' separated) or XLSX export, an ODK Central zip of CSV files, or a GeoJSON file, e.g. household_survey_kobo.csv. The file is only read, never changed.</source>
      <translation>O ficheiro exportado do servidor: uma exportação CSV (separada por ';' ou ',') ou XLSX do KoboToolbox ou ONA, um zip de ficheiros CSV do ODK Central, ou um ficheiro GeoJSON, p. ex., household_survey_kobo.csv. O ficheiro é apenas lido, nunca alterado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="227" />
      <source>The file {file} cannot be read: {reason}. Is it open in another program?</source>
      <translation>Não é possível ler o ficheiro {file}: {reason}. Está aberto noutro programa?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="87" />
      <source>The file {file} does not exist (moved or deleted?).</source>
      <translation>O ficheiro {file} não existe (foi movido ou eliminado?).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="95" />
      <source>The file {file}, named for {what}, could not be read as text: {error}</source>
      <translation>O ficheiro {file}, indicado para {what}, não pôde ser lido como texto: {error}</translation>
    </message>
    <message>
      <source>The file {file}, named for {what}, does not exist.</source>
      <translation type="vanished">O ficheiro {file}, indicado para {what}, não existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="103" />
      <source>The file {file}, named for {what}, holds several lines: it must hold the secret alone.</source>
      <translation>O ficheiro {file}, indicado para {what}, contém várias linhas: deve conter apenas o segredo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="100" />
      <source>The file {file}, named for {what}, is empty.</source>
      <translation>O ficheiro {file}, indicado para {what}, está vazio.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="87" />
      <source>The file {file}, named for {what}, is too big to hold a secret: is it the right file?</source>
      <translation>O ficheiro {file}, indicado para {what}, é demasiado grande para conter um segredo: é o ficheiro certo?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="66" />
      <source>The file {file}, named in {parameter} for {what}, does not exist.</source>
      <translation>O ficheiro {file}, indicado em {parameter} para {what}, não existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="126" />
      <source>The first day of data collection (PERIOD_START) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-02.</source>
      <translation>O primeiro dia da recolha de dados (PERIOD_START) '{value}' não é uma data: escreva-o como AAAA-MM-DD, por exemplo 2026-03-02.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="72" />
      <source>The first day of data collection, as YYYY-MM-DD, e.g. 2026-03-02: submissions started earlier (tests, training) are flagged.</source>
      <translation>O primeiro dia da recolha de dados, como AAAA-MM-DD, p. ex., 2026-03-02: as submissões iniciadas antes (testes, formação) são assinaladas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="199" />
      <source>The first rows as read, and what was detected. Check that the columns are split correctly before importing.</source>
      <translation>As primeiras linhas tal como foram lidas, e o que foi detetado. Verifique se as colunas estão bem separadas antes de importar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="294" />
      <source>The folder {folder} does not exist.</source>
      <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="102" />
      <source>The font file {file} could not be loaded: Arabic map texts use an installed font.</source>
      <translation>Não foi possível carregar o ficheiro de tipo de letra {file}: os textos dos mapas em árabe usam um tipo de letra instalado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="99" />
      <source>The form accepts only answers above {low}.</source>
      <translation>O formulário só aceita respostas superiores a {low}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="104" />
      <source>The form accepts only answers below {high}.</source>
      <translation>O formulário só aceita respostas inferiores a {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="92" />
      <source>The form accepts only answers between {low} and {high}.</source>
      <translation>O formulário só aceita respostas entre {low} e {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="89" />
      <source>The form accepts only answers from {low} to {high}.</source>
      <translation>O formulário só aceita respostas de {low} a {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="102" />
      <source>The form accepts only answers of {high} or less.</source>
      <translation>O formulário só aceita respostas de {high} ou menos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="97" />
      <source>The form accepts only answers of {low} or more.</source>
      <translation>O formulário só aceita respostas de {low} ou mais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="30" />
      <source>The form defines "{column}" as a {type} question: it holds {what}.</source>
      <translation>O formulário define «{column}» como uma pergunta do tipo {type}: contém {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="228" />
      <source>The form file {file} does not exist.</source>
      <translation>O ficheiro de formulário {file} não existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="90" />
      <source>The form has no label in {language} for {missing}: they show their label in {used} instead (e.g. {examples}), so a label column may mix languages. Add the missing translations to the form to have every label in {language}.</source>
      <translation>O formulário não tem etiqueta em {language} para {missing}: em vez disso, mostram a sua etiqueta em {used} (p. ex., {examples}), pelo que uma coluna de etiquetas pode misturar línguas. Acrescente as traduções em falta ao formulário para ter todas as etiquetas em {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="44" />
      <source>The form has no labels in '{language}': labels are in {used} (the form has {languages}).</source>
      <translation>O formulário não tem etiquetas em «{language}»: as etiquetas estão em {used} (o formulário contém {languages}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="39" />
      <source>The form has no language named '{language}': the labels are those of its 'label' columns without a language name (called 'default'), the form's default. Its languages are {languages}: choose one of them to get another.</source>
      <translation>O formulário não tem nenhum idioma chamado «{language}»: as etiquetas são as das suas colunas «label» sem nome de idioma (chamadas «default»), o idioma predefinido do formulário. Os seus idiomas são {languages}: escolha um deles para obter outro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="98" />
      <source>The form names several questions '{name}' and the layer does not record which export column each of its columns ({columns}) came from: they were taken in the form's order. If the export had them in another order, check these columns by hand.</source>
      <translation>O formulário chama '{name}' a várias perguntas e a camada não indica de que coluna da exportação vem cada uma das suas colunas ({columns}): foram tomadas pela ordem do formulário. Se a exportação as tinha noutra ordem, verifique estas colunas à mão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="116" />
      <source>The form names several questions '{name}'; {path} has no column {column} in the layer (the name the import gives it): it was not checked.</source>
      <translation>O formulário chama '{name}' a várias perguntas; {path} não tem coluna {column} na camada (o nome que a importação lhe dá): não foi verificada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="97" />
      <source>The form {file} could not be read as an Excel XLSForm (.xlsx). Save it as .xlsx from KoboToolbox or Excel and try again.</source>
      <translation>Não foi possível ler o formulário {file} como um XLSForm do Excel (.xlsx). Guarde-o em .xlsx a partir do KoboToolbox ou do Excel e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="119" />
      <source>The form's ID (xmlFormId): the form_id of the XLSForm's settings sheet, also in the form's address on Central, e.g. household_survey.</source>
      <translation>O ID do formulário (xmlFormId): o form_id da folha settings do XLSForm, também no endereço do formulário no Central, p. ex., household_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="89" />
      <source>The form's ID on KoboToolbox (asset uid): the code of letters and digits in the form's address, e.g. aBcD1234eFgH5678iJkL9m in https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</source>
      <translation>O ID do formulário no KoboToolbox (asset uid): o código de letras e algarismos no endereço do formulário, p. ex., aBcD1234eFgH5678iJkL9m em https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="180" />
      <source>The grid cell size must be above 0 m (got {size} m).</source>
      <translation>O tamanho da célula da grelha deve ser superior a 0 m (valor recebido: {size} m).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="120" />
      <source>The household refused consent: it gave no other answer, but the submission keeps its location, area, time and enumerator, which it did not agree to share. Choose remove_survey to leave it out of the cleaned data, or no_action to keep it.</source>
      <translation>O agregado familiar recusou o consentimento: não deu nenhuma outra resposta, mas a submissão mantém a sua posição, zona, hora e inquiridor, que não aceitou partilhar. Escolha remove_survey para a excluir dos dados limpos, ou no_action para a manter.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="144" />
      <source>The k of k-anonymity: every count or combination shared describes at least k people.</source>
      <translation>O k do k-anonimato: cada contagem ou combinação partilhada descreve pelo menos k pessoas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="249" />
      <source>The key is kept in QGIS's password store: after Export, QGIS may ask for its master password (or to create one). For a one-off export without it, choose a key file.</source>
      <translation>A chave é guardada no armazenamento de senhas do QGIS: após Exportar, o QGIS pode pedir a sua senha mestra (ou criar uma). Para uma exportação pontual sem ela, escolha um ficheiro de chave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="234" />
      <source>The key is read from your file; QGIS's password store is not used. Use the same file next time to get the same pseudonyms.</source>
      <translation>A chave é lida do seu ficheiro; o armazenamento de senhas do QGIS não é usado. Use o mesmo ficheiro da próxima vez para obter os mesmos pseudónimos.</translation>
    </message>
    <message>
      <source>The labels of form {id} could not be read from its XForm ({reason}); question and choice names are shown instead.</source>
      <translation type="vanished">Não foi possível ler as etiquetas do formulário {id} a partir do seu XForm ({reason}); são mostrados em vez disso os nomes das perguntas e das opções.</translation>
    </message>
    <message>
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation type="vanished">O idioma das etiquetas do formulário escritas ao lado dos códigos, tal como as colunas de etiquetas do formulário o nomeiam: English (en), Français (fr), ou simplesmente fr. Vazio: o idioma predefinido do formulário. Sem formulário não altera nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="62" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation>A língua das etiquetas do formulário escritas ao lado dos códigos, tal como as colunas de etiquetas do formulário a nomeiam: English (en), Français (fr), ou apenas fr; default para as etiquetas das colunas 'label' simples do formulário, que não nomeiam nenhuma língua. Vazio: a língua predefinida do formulário. Sem formulário não muda nada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="40" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language; with Update, the language the GeoPackage was made with. An update asking another language is refused: its old and new rows would be labelled in two languages.</source>
      <translation>A língua das etiquetas do formulário escritas ao lado dos códigos, tal como as colunas de etiquetas do formulário a nomeiam: English (en), Français (fr), ou apenas fr; default para as etiquetas das colunas 'label' simples do formulário, que não nomeiam nenhuma língua. Vazio: a língua predefinida do formulário; com «Atualizar», a língua com que o GeoPackage foi criado. Uma atualização que peça outra língua é recusada: as suas linhas antigas e novas ficariam etiquetadas em duas línguas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="59" />
      <source>The language of the offline help in the package, as a two-letter code, e.g. fr. Empty: the language of QGIS.</source>
      <translation>O idioma da ajuda offline no pacote, como código de duas letras, p. ex., fr. Vazio: o idioma do QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="97" />
      <source>The language of the texts the toolkit writes on the map (legend, disclaimer, date, scale), as a two-letter code, e.g. fr. Your own title, subtitle and sources are printed as given.</source>
      <translation>O idioma dos textos que o complemento escreve no mapa (legenda, declaração de exoneração, data, escala), como código de duas letras, p. ex., fr. O seu próprio título, subtítulo e fontes são impressos tal como indicados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="131" />
      <source>The last day of data collection (PERIOD_END) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-20.</source>
      <translation>O último dia da recolha de dados (PERIOD_END) '{value}' não é uma data: escreva-o como AAAA-MM-DD, por exemplo 2026-03-20.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="76" />
      <source>The last day of data collection, as YYYY-MM-DD, e.g. 2026-03-20: submissions started later are flagged.</source>
      <translation>O último dia da recolha de dados, como AAAA-MM-DD, p. ex., 2026-03-20: as submissões iniciadas depois são assinaladas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="85" />
      <source>The last downloaded copy is still available: {file} ({records} submissions, synced {when}).</source>
      <translation>A última cópia descarregada continua disponível: {file} ({records} submissões, sincronizada em {when}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="487" />
      <source>The last downloaded copy {file} is in the project ({layers}).</source>
      <translation>A última cópia descarregada {file} está no projeto ({layers}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="212" />
      <source>The last downloaded copy {file} is in the project.</source>
      <translation>A última cópia descarregada {file} está no projeto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="271" />
      <source>The layer to share is missing or cannot be read.</source>
      <translation>A camada a partilhar está em falta ou não pode ser lida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="86" />
      <source>The layer {layer} cannot be read from {source}.</source>
      <translation>Não é possível ler a camada {layer} a partir de {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="135" />
      <source>The layer {layer} could not be reopened from {source}.</source>
      <translation>Não foi possível reabrir a camada {layer} a partir de {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="100" />
      <source>The layer {layer} does not hold single points: choose "Remove locations" or "Count by admin area" to share it.</source>
      <translation>A camada {layer} não contém pontos simples: escolha «Remover as posições» ou «Contar por unidade administrativa» para a partilhar.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="115" />
      <source>The layer {layer} has a filter ({filter}): only the {shown} of its %n submissions that it shows are shared, and every count (by area, small counts hidden, rare combinations) is made on them, not on the whole survey; the README says so. To share the whole survey, clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel).</source>
      <translation>
        <numerusform>A camada {layer} tem um filtro ({filter}): só são partilhadas as submissões que mostra, {shown} de %n, e todas as contagens (por unidade administrativa, contagens pequenas ocultadas, combinações raras) são feitas sobre elas, não sobre todo o inquérito; o README indica-o. Para partilhar todo o inquérito, limpe o filtro (Propriedades da camada &gt; Fonte &gt; Construtor de consultas, ou o ícone de filtro no painel Camadas).</numerusform>
        <numerusform>A camada {layer} tem um filtro ({filter}): só são partilhadas as submissões que mostra, {shown} de %n, e todas as contagens (por unidade administrativa, contagens pequenas ocultadas, combinações raras) são feitas sobre elas, não sobre todo o inquérito; o README indica-o. Para partilhar todo o inquérito, limpe o filtro (Propriedades da camada &gt; Fonte &gt; Construtor de consultas, ou o ícone de filtro no painel Camadas).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="86" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The checks compare each submission with the whole survey (duplicates, outliers, interviews in bursts) and write its cleaning log, which would lose the pending rows of the hidden submissions, so nothing was checked: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>A camada {layer} tem um filtro ({filter}): {shown} de %n submissão mostrada. As verificações comparam cada submissão com todo o inquérito (duplicados, valores atípicos, séries de entrevistas seguidas) e escrevem o seu registo de limpeza, que perderia as linhas pendentes das submissões ocultas, por isso nada foi verificado: limpe o filtro (Propriedades da camada &gt; Fonte &gt; Construtor de consultas, ou o ícone de filtro no painel Camadas) e execute novamente.</numerusform>
        <numerusform>A camada {layer} tem um filtro ({filter}): {shown} de %n submissões mostradas. As verificações comparam cada submissão com todo o inquérito (duplicados, valores atípicos, séries de entrevistas seguidas) e escrevem o seu registo de limpeza, que perderia as linhas pendentes das submissões ocultas, por isso nada foi verificado: limpe o filtro (Propriedades da camada &gt; Fonte &gt; Construtor de consultas, ou o ícone de filtro no painel Camadas) e execute novamente.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="101" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The cleaned survey is the whole survey minus the submissions the cleaning log removes, so nothing was written: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>A camada {layer} tem um filtro ({filter}): {shown} de %n submissão mostrada. O inquérito limpo é todo o inquérito menos as submissões que o registo de limpeza remove, por isso nada foi escrito: limpe o filtro (Propriedades da camada &gt; Fonte &gt; Construtor de consultas, ou o ícone de filtro no painel Camadas) e execute novamente.</numerusform>
        <numerusform>A camada {layer} tem um filtro ({filter}): {shown} de %n submissões mostradas. O inquérito limpo é todo o inquérito menos as submissões que o registo de limpeza remove, por isso nada foi escrito: limpe o filtro (Propriedades da camada &gt; Fonte &gt; Construtor de consultas, ou o ícone de filtro no painel Camadas) e execute novamente.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="77" />
      <source>The layer {layer} has no _uuid column: submissions cannot be matched.</source>
      <translation>A camada {layer} não tem coluna _uuid: as submissões não podem ser emparelhadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="448" />
      <source>The layer {layer} has no field {field} ({what}).</source>
      <translation>A camada {layer} não tem o campo {field} ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="104" />
      <source>The layer {layer} has no field {field} ({what}). Available fields: {fields}.</source>
      <translation>A camada {layer} não tem o campo {field} ({what}). Campos disponíveis: {fields}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="137" />
      <source>The layer {layer} has no field {field} to label the areas.</source>
      <translation>A camada {layer} não tem o campo {field} para etiquetar as unidades administrativas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="273" />
      <source>The layer {layer} has no field {field} to map.</source>
      <translation>A camada {layer} não tem o campo {field} para cartografar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="176" />
      <source>The layer {layer} has no field {field} to name the atlas pages.</source>
      <translation>A camada {layer} não tem o campo {field} para nomear as páginas do atlas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="401" />
      <source>The layer {layer} has no field {field}.</source>
      <translation>A camada {layer} não tem o campo {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="91" />
      <source>The layer {layer} has no field {field}: it is needed to name each submission in the cleaning log.</source>
      <translation>A camada {layer} não tem o campo {field}: é necessário para identificar cada submissão no registo de limpeza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="430" />
      <source>The layer {layer} has no field {field}: the cleaning log names each submission by it.</source>
      <translation>A camada {layer} não tem o campo {field}: o registo de limpeza identifica cada submissão por ele.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="177" />
      <source>The layer {layer} has no submission id column ({columns}): each point's offset follows its row number (fid). A copy made from a re-imported or re-ordered file moves the points another way: do not give both copies to the same partner.</source>
      <translation>A camada {layer} não tem coluna de identificador de submissão ({columns}): o deslocamento de cada ponto segue o seu número de linha (fid). Uma cópia feita a partir de um ficheiro reimportado ou reordenado desloca os pontos de outra maneira: não dê as duas cópias ao mesmo parceiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="163" />
      <source>The layer {layer} holds no points ({kind}): choose the survey's point layer, or the field of the submissions that holds their P-code.</source>
      <translation>A camada {layer} não contém pontos ({kind}): escolha a camada de pontos do inquérito, ou o campo das submissões que contém o seu P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="156" />
      <source>The layer {layer} is not a polygon layer.</source>
      <translation>A camada {layer} não é uma camada de polígonos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="266" />
      <source>The layer {layer} is not in a GeoPackage: choose a GeoPackage for the cleaning log.</source>
      <translation>A camada {layer} não está num GeoPackage: escolha um GeoPackage para o registo de limpeza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="101" />
      <source>The layer {layer} is not in a GeoPackage: choose the cleaning log file.</source>
      <translation>A camada {layer} não está num GeoPackage: escolha o ficheiro do registo de limpeza.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="88" />
      <source>The layer {layer} of the field package cannot be read: {file}</source>
      <translation>Não é possível ler a camada {layer} do pacote de campo: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="260" />
      <source>The layer's point lies {distance} m from these coordinates, at latitude {lat}, longitude {lon}: it was moved after the import, and the GPS checks used it. The new value brings the column to it.</source>
      <translation>O ponto da camada está a {distance} m destas coordenadas, na latitude {lat}, longitude {lon}: foi movido depois da importação, e as verificações GPS usaram-no. O novo valor leva a coluna até ele.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="490" />
      <source>The layer's points are where interviews took place, often people's homes: displace, snap or aggregate them before sharing.</source>
      <translation>Os pontos da camada são os locais das entrevistas, muitas vezes a residência das pessoas: desloque-os, ajuste-os a uma grelha ou agregue-os antes de os partilhar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="93" />
      <source>The layout template has no {kind} item with the id {id}.</source>
      <translation>O modelo de composição não tem nenhum elemento {kind} com o identificador {id}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="80" />
      <source>The layout template {file} is not valid XML.</source>
      <translation>O modelo de composição {file} não é um XML válido.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="217" />
      <source>The legend is too long for its box: some entries are cut.</source>
      <translation>A legenda é demasiado longa para a sua moldura: algumas entradas ficam cortadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="367" />
      <source>The location column {column} is not in {file}.</source>
      <translation>A coluna de posição {column} não está em {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="227" />
      <source>The login of '{name}' is read from the QGIS authentication manager (configuration {authcfg}).</source>
      <translation>As credenciais de «{name}» são lidas do gestor de autenticação do QGIS (configuração {authcfg}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="151" />
      <source>The map file; its extension sets the format: .pdf (vector, best for print), .png (image) or .svg (to edit in a drawing program), e.g. household_survey_map.pdf.</source>
      <translation>O ficheiro do mapa; a sua extensão define o formato: .pdf (vetorial, melhor para impressão), .png (imagem) ou .svg (para editar num programa de desenho), p. ex., household_survey_map.pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="79" />
      <source>The map title, e.g. Household WASH survey, Central African Republic. Empty: a title in the map's language saying what is mapped.</source>
      <translation>O título do mapa, p. ex., Inquérito WASH aos agregados familiares, República Centro-Africana. Vazio: um título no idioma do mapa que indica o que é cartografado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="133" />
      <source>The minimum count k must be 2 or more (got {k}).</source>
      <translation>A contagem mínima k deve ser 2 ou mais (valor recebido: {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="102" />
      <source>The minimum zoom {low} is above the maximum zoom {high}: choose a minimum zoom at or below the maximum.</source>
      <translation>O zoom mínimo {low} é superior ao zoom máximo {high}: escolha um zoom mínimo igual ou inferior ao máximo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="71" />
      <source>The name "{column}" contains "{keyword}": it likely holds {what}.</source>
      <translation>O nome «{column}» contém «{keyword}»: a coluna provavelmente contém {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="63" />
      <source>The name of the package, given to its folder and its zip, e.g. team_a_bangui. Default field_package.</source>
      <translation>O nome do pacote, dado à sua pasta e ao seu zip, p. ex., team_a_bangui. Predefinição: field_package.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="46" />
      <source>The new schema: lower case letters, digits and _. Empty: made from the GeoPackage's file name.</source>
      <translation>O novo esquema: letras minúsculas, algarismos e _. Vazio: formado a partir do nome de ficheiro do GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="120" />
      <source>The number of colour classes, from 2 to 7 (default 5). Fewer classes read better on paper.</source>
      <translation>O número de classes de cor, de 2 a 7 (5 por predefinição). Menos classes leem-se melhor em papel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="66" />
      <source>The number of submissions of form {uid} went down from {before} to {after} during the download (submissions were deleted on the server), so some could have been missed. Nothing was changed; download again.</source>
      <translation>O número de submissões do formulário {uid} desceu de {before} para {after} durante o descarregamento (foram eliminadas submissões no servidor), pelo que algumas podem ter sido perdidas. Nada foi alterado; descarregue novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="115" />
      <source>The number of the project on ODK Central, as in its address: https://central.example.org/#/projects/3 is project 3. Default 1.</source>
      <translation>O número do projeto no ODK Central, tal como no seu endereço: https://central.example.org/#/projects/3 é o projeto 3. Predefinição: 1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="65" />
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in % of the submissions answering), value_mean or value_median.</source>
      <translation>O campo numérico pelo qual as unidades administrativas são coloridas: submissions (a contagem de submissões, predefinição), answer_pct (uma proporção em % das submissões que respondem), value_mean ou value_median.</translation>
    </message>
    <message>
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in %), value_mean or value_median.</source>
      <translation type="vanished">O campo numérico pelo qual as unidades administrativas são coloridas: submissions (a contagem de submissões, predefinição), answer_pct (uma proporção em %), value_mean ou value_median.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="253" />
      <source>The office GeoPackage or the returned one has no 'survey' layer: import the survey first.</source>
      <translation>O GeoPackage do escritório ou o devolvido não tem camada 'survey': importe primeiro o inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="210" />
      <source>The office GeoPackage was merged, but the conflicts file {file} could not be written ({reason}): the same list is in its table {table}. Close the program that has the file open if any.</source>
      <translation>O GeoPackage do escritório foi fundido, mas não foi possível escrever o ficheiro de conflitos {file} ({reason}): a mesma lista está na tabela {table} do GeoPackage. Feche o programa que tenha o ficheiro aberto, se houver algum.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="127" />
      <source>The office GeoPackage {file} does not exist.</source>
      <translation>O GeoPackage do escritório {file} não existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="89" />
      <source>The office survey GeoPackage the package was prepared from, e.g. household_survey.gpkg. New submissions, values edited by the field team and cleaning decisions are merged into it; raw rows already there never change.</source>
      <translation>O GeoPackage de inquérito do escritório a partir do qual o pacote foi preparado, p. ex., household_survey.gpkg. As novas submissões, os valores editados pela equipa de campo e as decisões de limpeza são fundidos nele; as linhas brutas já presentes nunca mudam.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="299" />
      <source>The offline background is a vector map instead: {file} (countries and admin boundaries).</source>
      <translation>O fundo offline é antes um mapa vetorial: {file} (países e limites administrativos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="368" />
      <source>The offline background is a vector map of the countries and admin boundaries.</source>
      <translation>O fundo offline é um mapa vetorial dos países e dos limites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="260" />
      <source>The offline basemap would need {estimate} This is more than the cap of {cap} tiles: choose a smaller area or fewer zoom levels, or raise the maximum number of tiles if you have the time and the connection. Nothing was downloaded.</source>
      <translation>O mapa base offline precisaria de {estimate} É mais do que o limite de {cap} mosaicos: escolha uma área mais pequena ou menos níveis de zoom, ou aumente o número máximo de mosaicos se tiver o tempo e a ligação. Nada foi descarregado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="249" />
      <source>The offline basemap {file} must be an .mbtiles file.</source>
      <translation>O mapa base offline {file} tem de ser um ficheiro .mbtiles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="86" />
      <source>The output folder {folder} is not empty: choose an empty or new folder, so that nothing already there is replaced.</source>
      <translation>A pasta de saída {folder} não está vazia: escolha uma pasta vazia ou nova, para que nada do que já lá está seja substituído.</translation>
    </message>
    <message>
      <source>The output must not overwrite the input file {file}.</source>
      <translation type="vanished">A saída não deve substituir o ficheiro de entrada {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="100" />
      <source>The output refused the feature {fid} (uuid {uuid}){error}: no cleaned layer was written, as it would miss that submission.</source>
      <translation>A saída recusou a entidade {fid} (uuid {uuid}){error}: nenhuma camada limpa foi escrita, pois faltaria essa submissão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="145" />
      <source>The output {output} is the file {file} that the input "{input}" is read from: writing it would delete every layer and table that file holds (survey, raw data, cleaning log). Nothing was written; choose another file name.</source>
      <translation>A saída {output} é o ficheiro {file} a partir do qual é lida a entrada «{input}»: escrevê-la apagaria todas as camadas e tabelas desse ficheiro (inquérito, dados brutos, registo de limpeza). Nada foi escrito; escolha outro nome de ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="137" />
      <source>The output {output} would replace the table {table} of {file}, which the input "{input}" reads or which holds collected data or the toolkit's records. Nothing was written; choose another table name.</source>
      <translation>A saída {output} substituiria a tabela {table} de {file}, que a entrada «{input}» lê ou que contém dados recolhidos ou os registos do complemento. Nada foi escrito; escolha outro nome de tabela.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="151" />
      <source>The output {path} would be written outside the chosen folder {folder}; nothing was written.</source>
      <translation>A saída {path} seria escrita fora da pasta escolhida {folder}; nada foi escrito.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="224" />
      <source>The package did not carry %n columns of personal data ({columns}): they were not merged, the office values stay as they are.</source>
      <translation>
        <numerusform>O pacote não levava %n coluna de dados pessoais ({columns}): não foi fundida, os valores do escritório ficam como estão.</numerusform>
        <numerusform>O pacote não levava %n colunas de dados pessoais ({columns}): não foram fundidas, os valores do escritório ficam como estão.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="353" />
      <source>The package is ready</source>
      <translation>O pacote está pronto</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="253" />
      <source>The package records no time zone (prepared by an earlier version): %n date-times written in the field without a time zone ({columns}) were read in this computer's time zone ({zone}) and stored in UTC; check them if the field laptops were set to another time zone.</source>
      <translation>
        <numerusform>O pacote não regista nenhum fuso horário (preparado por uma versão anterior): %n data e hora escrita no terreno sem fuso horário ({columns}) foi lida no fuso horário deste computador ({zone}) e guardada em UTC; verifique-a se os portáteis de campo estavam configurados para outro fuso horário.</numerusform>
        <numerusform>O pacote não regista nenhum fuso horário (preparado por uma versão anterior): %n datas e horas escritas no terreno sem fuso horário ({columns}) foram lidas no fuso horário deste computador ({zone}) e guardadas em UTC; verifique-as se os portáteis de campo estavam configurados para outro fuso horário.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="144" />
      <source>The package still holds the exact location of each submission (the points of the map).</source>
      <translation>O pacote continua a conter a posição exata de cada submissão (os pontos do mapa).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="85" />
      <source>The package the team brought back: its zip, its manifest.json or its survey GeoPackage, e.g. field_package.zip.</source>
      <translation>O pacote que a equipa trouxe: o seu zip, o seu manifest.json ou o seu GeoPackage de inquérito, p. ex., field_package.zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="260" />
      <source>The package {package} was not prepared from {office}: none of its {count} submissions are there (another survey?). Nothing was merged; merge it into the survey file it was made from.</source>
      <translation>O pacote {package} não foi preparado a partir de {office}: nenhuma das suas {count} submissões lá está (outro inquérito?). Nada foi fundido; funda-o no ficheiro do inquérito a partir do qual foi preparado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="184" />
      <source>The personal-data keyword file {file} cannot be used ({error}). Fix it or clear the setting {setting} to use the bundled list.</source>
      <translation>O ficheiro de palavras-chave de dados pessoais {file} não pode ser usado ({error}). Corrija-o ou limpe a definição {setting} para usar a lista incluída no complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="200" />
      <source>The point lies in {found}, the answer is {answered}, and the other answers agree with {answered} ({answers}): the GPS point is more likely wrong than the answer. Check the location; give {found} as the new value only if the household really is there.</source>
      <translation>O ponto encontra-se em {found}, a resposta indica {answered}, e as outras respostas concordam com {answered} ({answers}): é mais provável que esteja errado o ponto GPS do que a resposta. Verifique a localização; indique {found} como novo valor apenas se o agregado familiar estiver realmente lá.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="205" />
      <source>The point lies in {found}, the answer is {answered}.</source>
      <translation>O ponto encontra-se em {found}, a resposta indica {answered}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/map_points.py" line="73" />
      <source>The points of {layer} are not a protected copy: household locations are personal data, so this map is not georeferenced; share it only if that was decided, or give the points of a copy made by “Export for sharing” instead.</source>
      <translation>Os pontos de {layer} não são uma cópia protegida: as localizações dos agregados familiares são dados pessoais, pelo que este mapa não está georreferenciado; partilhe-o apenas se isso tiver sido decidido, ou indique em vez disso os pontos de uma cópia feita com «Exportar para partilha».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="115" />
      <source>The project {file} could not be written: {error}</source>
      <translation>Não foi possível escrever o projeto {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="97" />
      <source>The project's polygon layers with a P-code field. The package takes the whole file they come from.</source>
      <translation>As camadas de polígonos do projeto com um campo P-code. O pacote leva todo o ficheiro de onde vêm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="72" />
      <source>The proxy set in QGIS (Settings &gt; Options &gt; Network) does not answer or refused the connection to {host} ({reason}). Check the proxy settings with your IT team.</source>
      <translation>O proxy definido no QGIS (Configurações &gt; Opções &gt; Rede) não responde ou recusou a ligação a {host} ({reason}). Verifique as definições do proxy com a sua equipa informática.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="140" />
      <source>The pseudonymisation key could not be saved in the QGIS authentication database.</source>
      <translation>Não foi possível guardar a chave de pseudonimização na base de dados de autenticação do QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="77" />
      <source>The pseudonymisation key in {source} must be at least 32 hexadecimal characters (64 recommended), on one line.</source>
      <translation>A chave de pseudonimização em {source} deve ter pelo menos 32 caracteres hexadecimais (recomendam-se 64), numa só linha.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="68" />
      <source>The question "{column}" is labelled "{label}", which contains "{keyword}": it likely holds {what}.</source>
      <translation>A etiqueta da pergunta «{column}» é «{label}», que contém «{keyword}»: a coluna provavelmente contém {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="375" />
      <source>The question has no answer to count: choose another question.</source>
      <translation>A pergunta não tem nenhuma resposta para contar: escolha outra pergunta.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="224" />
      <source>The questions of %n repeat tables ({repeats}) were not checked: the cleaning log names submissions, not repeat rows.</source>
      <translation>
        <numerusform>As perguntas de %n tabela de repetição ({repeats}) não foram verificadas: o registo de limpeza designa submissões, não linhas de repetição.</numerusform>
        <numerusform>As perguntas de %n tabelas de repetição ({repeats}) não foram verificadas: o registo de limpeza designa submissões, não linhas de repetição.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="183" />
      <source>The repeat tables ({tables}) could not be written beside the cleaned layer ({reason}). Nothing was written under its name.</source>
      <translation>Não foi possível escrever as tabelas de repetição ({tables}) ao lado da camada limpa ({reason}). Nada foi escrito com o seu nome.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="260" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer, without the %n rows that belong to removed submissions ({counts}).</source>
      <translation>
        <numerusform>As tabelas de repetição ({tables}) foram escritas ao lado da camada limpa, sem %n linha pertencente a uma submissão removida ({counts}).</numerusform>
        <numerusform>As tabelas de repetição ({tables}) foram escritas ao lado da camada limpa, sem as %n linhas pertencentes a submissões removidas ({counts}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="253" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer; none of their rows belongs to a removed submission.</source>
      <translation>As tabelas de repetição ({tables}) foram escritas ao lado da camada limpa; nenhuma das suas linhas pertence a uma submissão removida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="183" />
      <source>The request to {host} for {what} could not be sent: the token, the password or the server address holds a character that cannot be sent (a line break, or a character copied by mistake). Copy the token or password again, check the server address, then try again.</source>
      <translation>Não foi possível enviar o pedido a {host} para {what}: o token, a senha ou o endereço do servidor contém um carácter que não pode ser enviado (uma quebra de linha, ou um carácter copiado por engano). Copie novamente o token ou a senha, verifique o endereço do servidor e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="106" />
      <source>The returned package brings nothing new (merged already?): {file} was left as it was.</source>
      <translation>O pacote devolvido não traz nada de novo (já fundido?): {file} ficou como estava.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="89" />
      <source>The returned package {file} holds no survey GeoPackage named {name} (found: {found}).</source>
      <translation>O pacote devolvido {file} não contém nenhum GeoPackage de inquérito chamado {name} (encontrados: {found}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="77" />
      <source>The returned package {file} is neither a field package folder, its zip, nor a GeoPackage.</source>
      <translation>O pacote devolvido {file} não é nem uma pasta de pacote de campo, nem o seu zip, nem um GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="85" />
      <source>The review sheet {file} cannot be read: {error}</source>
      <translation>Não é possível ler a folha de revisão {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="72" />
      <source>The review sheet {file} does not exist.</source>
      <translation>A folha de revisão {file} não existe.</translation>
    </message>
    <message>
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version and change_type).</source>
      <translation type="vanished">A folha de revisão {file} não tem a coluna {columns}: exporte-a novamente a partir do registo partilhado (precisa de log_id, version e change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="111" />
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version, uuid, question and change_type).</source>
      <translation>A folha de revisão {file} não tem a coluna {columns}: exporte-a novamente a partir do registo partilhado (precisa de log_id, version, uuid, question (pergunta) e change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="181" />
      <source>The review sheet {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>A folha de revisão {file} tem a coluna {column} mais de uma vez (colunas {letters}): não é possível saber qual ler. Mantenha uma só coluna {column} (elimine ou mude o nome das outras) e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="251" />
      <source>The review sheet {file} is not from the cleaning log of {schema}: {count} of its {total} rows name another submission or question than the log row of the same log_id (row {row}: {uuid}, {question} in the sheet; {db_uuid}, {db_question} in the log). Nothing was saved. Choose the schema the sheet was exported from, or export a new review sheet from {schema} and decide on it.</source>
      <translation>A folha de revisão {file} não vem do registo de limpeza de {schema}: {count} das suas {total} linhas indicam outra submissão ou pergunta que não a da linha do registo com o mesmo log_id (linha {row}: {uuid}, {question} na folha; {db_uuid}, {db_question} no registo). Nada foi guardado. Escolha o esquema a partir do qual a folha foi exportada, ou exporte uma nova folha de revisão a partir de {schema} e decida sobre ela.</translation>
    </message>
    <message>
      <source>The reviewed log is saved, then applied: the cleaned copy is the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation type="vanished">O registo revisto é guardado e depois aplicado: a cópia limpa é a camada «survey_cleaned» do mesmo GeoPackage. Os dados brutos ficam inalterados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="128" />
      <source>The reviewed log is saved; applying it writes the cleaned copy, the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation>O registo revisto está guardado; aplicá-lo escreve a cópia limpa, a camada 'survey_cleaned' do mesmo GeoPackage. Os dados brutos ficam como estavam.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="138" />
      <source>The role {role} already exists and is not the one the toolkit made for the survey {schema}: its members would be able to read the survey. Nothing was written. Choose another schema name.</source>
      <translation>O papel {role} já existe e não é o que a caixa de ferramentas criou para o inquérito {schema}: os seus membros poderiam ler o inquérito. Nada foi escrito. Escolha outro nome de esquema.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="118" />
      <source>The role {role} does not exist and you may not create roles. Ask the database administrator to run: CREATE ROLE {role} NOLOGIN; (or to give you CREATEROLE).</source>
      <translation>A função {role} não existe e não pode criar funções. Peça ao administrador da base de dados que execute: CREATE ROLE {role} NOLOGIN; (ou que lhe dê CREATEROLE).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="199" />
      <source>The roles {reviewer} and {viewer} were kept with their members ({members}): they now read the new survey of {schema}. Revoke a role from anyone who should not (REVOKE &lt;role&gt; FROM &lt;person&gt;).</source>
      <translation>As funções {reviewer} e {viewer} foram mantidas com os seus membros ({members}): estes passam a ler o novo inquérito de {schema}. Retire a função a quem não o deva ler (REVOKE &lt;role&gt; FROM &lt;person&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="75" />
      <source>The same identifiers under another name replaced by pseudonyms with the same key: {columns}.</source>
      <translation>Os mesmos identificadores com outro nome, substituídos por pseudónimos com a mesma chave: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="117" />
      <source>The sample dataset was not found in {folder}; reinstall the plugin.</source>
      <translation>O conjunto de dados de exemplo não foi encontrado em {folder}; reinstale o complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="398" />
      <source>The saved connection '{name}' holds an old token or password: choose 'New connection', enter the new one and save it under the same name.</source>
      <translation>A ligação guardada «{name}» contém um token ou uma senha antigos: escolha «Nova ligação», introduza o novo e guarde-o com o mesmo nome.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="108" />
      <source>The saved credentials '{authcfg}' were not found in the QGIS authentication database. Enter the token or password again.</source>
      <translation>As credenciais guardadas «{authcfg}» não foram encontradas na base de dados de autenticação do QGIS. Introduza novamente o token ou a senha.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="130" />
      <source>The schema {schema} already holds a table '{table}' that is not a cleaned layer: it is left as it is. Choose another table name, such as {suggestion}.</source>
      <translation>O esquema {schema} já contém uma tabela «{table}» que não é uma camada limpa: fica como está. Escolha outro nome de tabela, como {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="142" />
      <source>The schema {schema} holds another survey (form '{stored_form}', from {stored_source}) than {file} (form '{form}'): it is not replaced. Nothing was written. Check the schema name; to replace that survey and everything saved in it by this one, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>O esquema {schema} contém outro inquérito (formulário '{stored_form}', de {stored_source}) diferente de {file} (formulário '{form}'): não é substituído. Nada foi escrito. Verifique o nome do esquema; para substituir esse inquérito, e tudo o que nele foi guardado, por este, escolha também 'Substituí-lo mesmo que contenha outro inquérito ou decisões'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="103" />
      <source>The secret named by {source} ({what})</source>
      <translation>O segredo indicado por {source} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="84" />
      <source>The secret of the authentication configuration {authcfg} ({what})</source>
      <translation>O segredo da configuração de autenticação {authcfg} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="336" />
      <source>The secret of the saved connection {name}</source>
      <translation>O segredo da ligação guardada {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="240" />
      <source>The secure connection (HTTPS/TLS) to {host} failed: {reason}. Check the server address (https:// or http://) and the computer's date and time; if your organisation inspects traffic, ask your IT team for its certificate.</source>
      <translation>A ligação segura (HTTPS/TLS) a {host} falhou: {reason}. Verifique o endereço do servidor (https:// ou http://) e a data e hora do computador; se a sua organização inspeciona o tráfego, peça o certificado à sua equipa informática.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="458" />
      <source>The server address cannot be read: write it the way https://kf.kobotoolbox.org is written.</source>
      <translation>O endereço do servidor não pode ser lido: escreva-o como se escreve https://kf.kobotoolbox.org.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="470" />
      <source>The server address must be the address alone, such as {address}: a user name, password or token written in it (before @, after ? or #) would be saved with the data, so give them in the authentication configuration or SECRET instead.</source>
      <translation>O endereço do servidor deve ser apenas o endereço, como {address}: um nome de utilizador, uma senha ou um token escritos nele (antes de @, depois de ? ou #) seriam guardados com os dados, por isso indique-os em vez disso na configuração de autenticação ou em SECRET.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="146" />
      <source>The server did not send the date of the last submission.</source>
      <translation>O servidor não enviou a data da última submissão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="96" />
      <source>The server name {host} could not be found (DNS). Check the address for typing mistakes and check that this computer is connected to the internet.</source>
      <translation>O nome de servidor {host} não foi encontrado (DNS). Verifique se o endereço não tem erros de escrita e se este computador está ligado à Internet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="393" />
      <source>The server or the login changed during the check: check again.</source>
      <translation>O servidor ou as credenciais mudaram durante a verificação: verifique novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="151" />
      <source>The session on {host} could not be closed; it ends by itself within 24 hours.</source>
      <translation>Não foi possível fechar a sessão em {host}; termina por si só dentro de 24 horas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="199" />
      <source>The shared GeoPackage could not be reopened to record its protection.</source>
      <translation>Não foi possível reabrir o GeoPackage para partilha para registar a sua proteção.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="163" />
      <source>The shared GeoPackage could not be written: {error}</source>
      <translation>Não foi possível escrever o GeoPackage para partilha: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="135" />
      <source>The shared file needs a name before {suffix}: {file} has none.</source>
      <translation>O ficheiro partilhado precisa de um nome antes de {suffix}: {file} não tem nenhum.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="57" />
      <source>The sheet of an XLSX export that holds the submissions, by its name, e.g. household_survey. Empty: the first visible sheet (hidden sheets are skipped). Not used for CSV, zip or GeoJSON files.</source>
      <translation>A folha de uma exportação XLSX que contém as submissões, pelo seu nome, p. ex., household_survey. Vazio: a primeira folha visível (as folhas ocultas são ignoradas). Não é usado para ficheiros CSV, zip ou GeoJSON.</translation>
    </message>
    <message>
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id and version columns as they are.</source>
      <translation type="vanished">A folha escrita por 'Exportar uma folha de revisão', com as suas decisões; mantenha as colunas log_id e version tal como estão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="88" />
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id, version, uuid, question, old_value and as_exported columns as they are.</source>
      <translation>A folha escrita por 'Exportar uma folha de revisão', com as suas decisões; mantenha as colunas log_id, version, uuid, question (pergunta), old_value e as_exported tal como estão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="147" />
      <source>The shortest plausible interview ({shortest} minutes, MIN_DURATION) is longer than the longest ({longest} minutes, MAX_DURATION): every interview would be flagged. Swap the two values.</source>
      <translation>A entrevista mais curta plausível ({shortest} minutos, MIN_DURATION) é mais longa do que a mais longa ({longest} minutos, MAX_DURATION): todas as entrevistas seriam assinaladas. Troque os dois valores.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="84" />
      <source>The smallest count shown, and the fewest rows that may share a combination of the columns an outsider could know. Default 5; 10 or more for sensitive data (protection, health).</source>
      <translation>A menor contagem mostrada, e o menor número de linhas que podem partilhar uma combinação das colunas que alguém de fora poderia conhecer. Predefinição: 5; 10 ou mais para dados sensíveis (proteção, saúde).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="220" />
      <source>The start state of {folder} is missing; start a new session in an empty folder.</source>
      <translation>O estado inicial de {folder} está em falta; inicie uma nova sessão numa pasta vazia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="80" />
      <source>The submission has no GPS point.</source>
      <translation>A submissão não tem ponto GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="227" />
      <source>The submission {uuid} has no location.</source>
      <translation>A submissão {uuid} não tem posição.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="139" />
      <source>The submission's id, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid and the ODK download writes it: it stays the same when the submission is edited on the server (the raw table keeps {column} as received).</source>
      <translation>O identificador da submissão, tirado da coluna {column} sem o seu prefixo 'uuid:', tal como o Kobo escreve _uuid e como o escreve o descarregamento do ODK: mantém-se igual quando a submissão é editada no servidor (a tabela bruta mantém {column} tal como foi recebida).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="144" />
      <source>The submission's instanceID, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid (the raw table keeps {column} as received).</source>
      <translation>O instanceID da submissão, tirado da coluna {column} sem o seu prefixo 'uuid:', tal como o Kobo escreve _uuid (a tabela bruta mantém {column} tal como foi recebida).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="222" />
      <source>The submissions go into a GeoPackage: raw tables as received, the 'survey' point layer and a log of each download.</source>
      <translation>As submissões são escritas num GeoPackage: tabelas brutas tal como recebidas, a camada de pontos «survey» e um registo de cada descarregamento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="187" />
      <source>The submissions were counted by their P-code, but the result cannot be mapped until it is set.</source>
      <translation>As submissões foram contadas pelo seu P-code, mas o resultado não pode ser cartografado enquanto o sistema de referência de coordenadas não for definido.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="15" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: raw tables exactly as received, the typed layer 'survey' and one table per repeat group. With Update, the existing file is extended. It is written to a temporary file first: a failed download leaves the previous file as it was.</source>
      <translation>O GeoPackage de inquérito a escrever, p. ex., household_survey.gpkg: as tabelas brutas exatamente tal como recebidas, a camada tipada 'survey' e uma tabela por grupo de repetição. Com Atualização, o ficheiro existente é ampliado. É escrito primeiro num ficheiro temporário: um descarregamento falhado deixa o ficheiro anterior como estava.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="68" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: the raw table exactly as received, the typed layer 'survey' (points in EPSG:4326), one table per repeat group and a metadata table. It is written to a temporary file and renamed when complete: a failed import leaves no half-written file.</source>
      <translation>O GeoPackage de inquérito a escrever, p. ex., household_survey.gpkg: a tabela bruta exatamente tal como recebida, a camada tipada 'survey' (pontos em EPSG:4326), uma tabela por grupo de repetição e uma tabela de metadados. É escrito num ficheiro temporário e renomeado quando está completo: uma importação falhada não deixa nenhum ficheiro meio escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="99" />
      <source>The survey GeoPackage {file} does not exist or is not a .gpkg file.</source>
      <translation>O GeoPackage de inquérito {file} não existe ou não é um ficheiro .gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="73" />
      <source>The survey GeoPackage {file} does not exist.</source>
      <translation>O GeoPackage de inquérito {file} não existe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="114" />
      <source>The survey GeoPackage {file} was written, but it could not be shared in PostgreSQL: {reason}</source>
      <translation>O GeoPackage do inquérito {file} foi escrito, mas não pôde ser partilhado no PostgreSQL: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="78" />
      <source>The survey GeoPackages and the admin boundaries go into the package with a project that opens without the internet, and the offline help.</source>
      <translation>Os GeoPackages de inquérito e os limites administrativos vão para o pacote com um projeto que abre sem internet, e a ajuda offline.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="48" />
      <source>The survey GeoPackages the field team takes along (written by the import or a download), e.g. household_survey.gpkg; their attachment folders come along.</source>
      <translation>Os GeoPackages de inquérito que a equipa de campo leva (escritos pela importação ou por um descarregamento), p. ex., household_survey.gpkg; as suas pastas de anexos vão com eles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="377" />
      <source>The survey has no numeric question: choose another kind of map.</source>
      <translation>O inquérito não tem nenhuma pergunta numérica: escolha outro tipo de mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="233" />
      <source>The survey is in the project. Next step: check and clean it (CartONG &gt; 2. Check and clean…).</source>
      <translation>O inquérito está no projeto. Passo seguinte: verificá-lo e limpá-lo (CartONG &gt; 2. Verificar e limpar…).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="22" />
      <source>The survey layer to read: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. It is only read, never changed.</source>
      <translation>A camada de inquérito a ler: normalmente a camada 'survey' do GeoPackage escrito pela importação ou por um descarregamento, p. ex., household_survey.gpkg|layername=survey. É apenas lida, nunca alterada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="29" />
      <source>The survey layer: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. Another layer or table works when it has the _uuid column that names each submission. It is only read, never changed.</source>
      <translation>A camada de inquérito: normalmente a camada 'survey' do GeoPackage escrito pela importação ou por um descarregamento, p. ex., household_survey.gpkg|layername=survey. Outra camada ou tabela serve se tiver a coluna _uuid que identifica cada submissão. É apenas lida, nunca alterada.</translation>
    </message>
    <message>
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing).</source>
      <translation type="vanished">Os pontos do inquérito desenhados por cima, p. ex., household_survey.gpkg|layername=survey; um mapa de calor precisa deles. Mostram onde os agregados familiares foram entrevistados: para um mapa partilhado fora da equipa, omita-os ou indique uma cópia protegida (Exportar para partilha).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="69" />
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing). Points that are not a protected copy are warned of, and the PDF is then not georeferenced.</source>
      <translation>Os pontos do inquérito desenhados por cima, p. ex., household_survey.gpkg|layername=survey; um mapa de calor precisa deles. Mostram onde os agregados familiares foram entrevistados: para um mapa partilhado fora da equipa, omita-os ou indique uma cópia protegida (Exportar para partilha). Os pontos que não são uma cópia protegida geram um aviso, e o PDF não é então georreferenciado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="116" />
      <source>The survey schema {schema} has no cleaning log in {target}: run the checks and copy the survey again.</source>
      <translation>O esquema de inquérito {schema} não tem registo de limpeza em {target}: execute as verificações e copie novamente o inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="393" />
      <source>The survey sheet of {file} names two questions '{name}' in the same group (rows {first} and {second}): each question needs its own name. Rename one of them, or import the data without the form.</source>
      <translation>A folha survey de {file} dá o mesmo nome '{name}' a duas perguntas do mesmo grupo (linhas {first} e {second}): cada pergunta precisa do seu próprio nome. Mude o nome de uma delas, ou importe os dados sem o formulário.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="270" />
      <source>The survey sheet of {file}: group '{name}' is never closed.</source>
      <translation>Folha survey de {file}: o grupo «{name}» nunca é fechado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="15" />
      <source>The survey submissions to count: the layer 'survey' of the imported GeoPackage (e.g. household_survey.gpkg|layername=survey) or its cleaned copy. Submissions without a location are counted only by a P-code field (JOIN_FIELD).</source>
      <translation>As submissões do inquérito a contar: a camada 'survey' do GeoPackage importado (p. ex., household_survey.gpkg|layername=survey) ou a sua cópia limpa. As submissões sem localização só são contadas através de um campo P-code (JOIN_FIELD).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="342" />
      <source>The surveys and boundaries have no location to take the area from: give the area of the offline basemap.</source>
      <translation>Os inquéritos e os limites não têm nenhuma localização de onde tirar a área: indique a área do mapa base offline.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="77" />
      <source>The table {table} cannot be created in {file}: {reason}</source>
      <translation>Não é possível criar a tabela {table} em {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="297" />
      <source>The table {table} could not be written into {file} ({reason}). {file} is unchanged: its other tables and a previous {table} are as they were.</source>
      <translation>Não foi possível escrever a tabela {table} em {file} ({reason}). {file} está inalterado: as suas outras tabelas e a tabela {table} anterior, se existia, estão como estavam.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="174" />
      <source>The table {table} of {file} has the column {column} more than once ({names}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>A tabela {table} de {file} tem a coluna {column} mais de uma vez ({names}): não é possível saber qual ler. Mantenha uma só coluna {column} (elimine ou mude o nome das outras) e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="180" />
      <source>The table {table} of {file} is damaged (row {row}): the package cannot be merged safely.</source>
      <translation>A tabela {table} de {file} está danificada (linha {row}): o pacote não pode ser fundido com segurança.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="89" />
      <source>The task failed.</source>
      <translation>A tarefa falhou.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="193" />
      <source>The tiles could not be written to {file}: {error}</source>
      <translation>Não foi possível escrever os mosaicos em {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="105" />
      <source>The time window of the burst check, in minutes (default 30).</source>
      <translation>A janela de tempo da verificação de rajadas, em minutos (30 por predefinição).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="66" />
      <source>The time zone the field laptops are set to, by its IANA name, e.g. Africa/Bangui. The merge reads the date-times QGIS 3.22 writes without a time zone in it. Empty: the time zone of this computer.</source>
      <translation>O fuso horário configurado nos portáteis de campo, pelo seu nome IANA, p. ex. Africa/Bangui. A fusão lê nele as datas e horas que o QGIS 3.22 escreve sem fuso horário. Vazio: o fuso horário deste computador.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="77" />
      <source>The time zone {zone} is UTC{offset} (the tz database reverses the sign of the Etc/GMT zones): give the place the field laptops are set to instead, such as Africa/Bangui.</source>
      <translation>O fuso horário {zone} é UTC{offset} (a base de dados tz inverte o sinal dos fusos Etc/GMT): indique antes o local configurado nos portáteis de campo, como Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="84" />
      <source>The time zone {zone} is not known: give the time zone the field laptops are set to by its IANA name, such as Africa/Bangui, or leave it empty for this computer's.</source>
      <translation>O fuso horário {zone} não é conhecido: indique o fuso horário dos portáteis de campo pelo seu nome IANA, como Africa/Bangui, ou deixe-o vazio para o deste computador.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="47" />
      <source>The times of {column} have no time zone while those of {other} have {offset}: they were read in {offset}.</source>
      <translation>As horas de {column} não têm fuso horário enquanto as de {other} têm {offset}: foram lidas em {offset}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="94" />
      <source>The title of the legend, e.g. Households interviewed. Empty: the name of the value mapped.</source>
      <translation>O título da legenda, p. ex., Agregados familiares entrevistados. Vazio: o nome do valor cartografado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="338" />
      <source>The token or password typed</source>
      <translation>O token ou a senha introduzidos</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="263" />
      <source>The training opens its own project: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>A formação abre o seu próprio projeto: {project}, com a sua %n camada, será fechado. Guardá-lo primeiro?</numerusform>
        <numerusform>A formação abre o seu próprio projeto: {project}, com as suas %n camadas, será fechado. Guardá-lo primeiro?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="330" />
      <source>The training project {file} could not be opened.</source>
      <translation>Não foi possível abrir o projeto de formação {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="83" />
      <source>The training project {file} could not be written.</source>
      <translation>Não foi possível escrever o projeto de formação {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="370" />
      <source>The training session could not be written in {folder} ({reason}): nothing was left there. Choose a folder you can write to.</source>
      <translation>Não foi possível escrever a sessão de formação em {folder} ({reason}): nada ficou lá. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="247" />
      <source>The upper limit of each class but the last, increasing. The first class starts at the smallest value, the last ends at the largest.</source>
      <translation>O limite superior de cada classe exceto a última, por ordem crescente. A primeira classe começa no valor mais pequeno e a última termina no maior.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="13" />
      <source>The widest zoom level to download, from 0 (the whole world) to 19 (a house). Default 5: a country.</source>
      <translation>O nível de zoom mais amplo a descarregar, de 0 (o mundo inteiro) a 19 (uma casa). Predefinição: 5, um país.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="86" />
      <source>The workbook has no sheet for them: import KoboToolbox's XLSX export with all its sheets (one per repeat group; hidden sheets are not read).</source>
      <translation>O livro não tem nenhuma folha para eles: importe a exportação XLSX do KoboToolbox com todas as suas folhas (uma por grupo de repetição; as folhas ocultas não são lidas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="320" />
      <source>Their explanation: '{theirs}'. Yours: '{mine}'.</source>
      <translation>A explicação da outra pessoa: '{theirs}'. A sua: '{mine}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="92" />
      <source>There is no field {field} in {layer} ({parameter}), nor one close to it. Write the name as the layer has it; its fields are: {fields}</source>
      <translation>A camada {layer} não tem o campo {field} ({parameter}), nem nenhum campo parecido. Escreva o nome tal como está na camada; os seus campos são: {fields}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="87" />
      <source>There is no field {field} in {layer} ({parameter}); the closest field names are: {close}. Write the name as the layer has it.</source>
      <translation>A camada {layer} não tem o campo {field} ({parameter}); os nomes de campos mais parecidos são: {close}. Escreva o nome tal como está na camada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="131" />
      <source>There is no layer to put on the map.</source>
      <translation>Não há nenhuma camada para colocar no mapa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="121" />
      <source>There is no offline help for this step yet. Use the online guide below when you are connected.</source>
      <translation>Ainda não há ajuda offline para este passo. Use o guia online abaixo quando tiver ligação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="307" />
      <source>There is not enough space in {folder} for the training session: it needs about {needed} MB and {free} MB are free. Nothing was written. Free some space on that disk or choose a folder on another disk.</source>
      <translation>Não há espaço suficiente em {folder} para a sessão de formação: precisa de cerca de {needed} MB e há {free} MB livres. Nada foi escrito. Liberte espaço nesse disco ou escolha uma pasta noutro disco.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="70" />
      <source>There is not enough space in {folder} to write {file}: nothing was written and any previous {file} was kept. Free some space on that disk or choose another folder.</source>
      <translation>Não há espaço suficiente em {folder} para escrever {file}: nada foi escrito e o {file} anterior, se existia, foi mantido. Liberte espaço nesse disco ou escolha outra pasta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="245" />
      <source>This GeoPackage already exists</source>
      <translation>Este GeoPackage já existe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="74" />
      <source>This QGIS has no '{method}' authentication method to keep the credentials.</source>
      <translation>Este QGIS não tem o método de autenticação «{method}» para guardar as credenciais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="154" />
      <source>This account has no forms on this server, or none shared with it.</source>
      <translation>Esta conta não tem formulários neste servidor, ou nenhum partilhado com ela.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="66" />
      <source>This computer's time zone ({zone}) is not a time zone QGIS knows by name: give the time zone the field laptops are set to (TIME_ZONE) by its IANA name, such as Africa/Bangui.</source>
      <translation>O fuso horário deste computador ({zone}) não é um fuso horário que o QGIS conheça pelo nome: indique o fuso horário dos portáteis de campo (TIME_ZONE) pelo seu nome IANA, como Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="149" />
      <source>This form is not deployed and has no submissions to download.</source>
      <translation>Este formulário não está implementado e não tem submissões para descarregar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="190" />
      <source>This layout has no atlas to export.</source>
      <translation>Esta composição não tem atlas para exportar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="101" />
      <source>This many interviews (default 4) started by one device or enumerator within the minutes below are flagged: too fast to be real interviews.</source>
      <translation>Este número de entrevistas (4 por predefinição) iniciadas por um mesmo dispositivo ou inquiridor nos minutos indicados abaixo são assinaladas: demasiado rápidas para serem entrevistas reais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="104" />
      <source>This package carries personal data: {what}.</source>
      <translation>Este pacote contém dados pessoais: {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="174" />
      <source>This package was prepared by version 0.2.0: changes made in the field to the rows of repeat tables of existing submissions cannot be told and were not merged; compare them by hand.</source>
      <translation>Este pacote foi preparado pela versão 0.2.0: as alterações feitas no terreno às linhas das tabelas de repetição de submissões existentes não podem ser identificadas e não foram fundidas; compare-as à mão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="324" />
      <source>This text is too long for its place on the map, even in small letters, and was shortened to end in “…”: “{text}”. Choose a shorter text to print it whole.</source>
      <translation>Este texto é demasiado longo para o seu lugar no mapa, mesmo em letra pequena, e foi encurtado para terminar em «…»: «{text}». Escolha um texto mais curto para o imprimir por inteiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="99" />
      <source>This update could not check for submissions deleted, edited or missing on {host} since the last download of form {id}, because the comparison with the server's list failed: {reason} The new submissions were written all the same. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>Esta atualização não conseguiu verificar as submissões eliminadas, editadas ou em falta em {host} desde o último descarregamento do formulário {id}, porque a comparação com a lista do servidor falhou: {reason} As novas submissões foram escritas mesmo assim. Para ter a certeza de ter a versão atual do servidor, descarregue o formulário para um novo GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="197" />
      <source>Thresholds</source>
      <translation>Limiares</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="96" />
      <source>Ticked (default): links to the server and names of attachments (photos, signatures) are removed, since a photo can show a face. Untick only for a copy that stays in the team.</source>
      <translation>Marcada (predefinição): as ligações ao servidor e os nomes dos anexos (fotos, assinaturas) são removidos, pois uma foto pode mostrar um rosto. Desmarque apenas para uma cópia que fica na equipa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="106" />
      <source>Ticked (default): the decisions already taken in the existing cleaning log (new values, no_action, remove_survey, with who and when) are kept and new findings added. Not ticked: the log is written afresh and earlier decisions are lost.</source>
      <translation>Marcada (predefinição): as decisões já tomadas no registo de limpeza existente (novos valores, no_action, remove_survey, com quem e quando) são mantidas e as novas constatações acrescentadas. Desmarcada: o registo é escrito de novo e as decisões anteriores perdem-se.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="127" />
      <source>Ticked: one page per admin area with data, zoomed on it, all in one PDF (the map file must end in .pdf).</source>
      <translation>Marcada: uma página por unidade administrativa com dados, ampliada sobre ela, todas num só PDF (o ficheiro do mapa deve terminar em .pdf).</translation>
    </message>
    <message>
      <source>Ticked: only the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation type="vanished">Marcada: apenas as submissões mais recentes do que a última sincronização registada no GeoPackage são descarregadas e acrescentadas. Desmarcada: todas as submissões do formulário são descarregadas para o GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="32" />
      <source>Ticked: photos, signatures and other files attached to the submissions are downloaded into a folder beside the GeoPackage, named after it (household_survey_attachments). It can take long and much space over a slow connection.</source>
      <translation>Marcada: as fotos, assinaturas e outros ficheiros anexados às submissões são descarregados para uma pasta ao lado do GeoPackage, com o nome dele (household_survey_attachments). Pode demorar muito e ocupar muito espaço com uma ligação lenta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="126" />
      <source>Ticked: the names of the areas (the name field below) are written on the map where they fit.</source>
      <translation>Marcada: os nomes das unidades administrativas (o campo de nome abaixo) são escritos no mapa onde cabem.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="23" />
      <source>Ticked: the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended, with any older one the GeoPackage lacks; submissions deleted, edited or reviewed again on the server since are named in a warning, not changed in the GeoPackage. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation>Marcada: as submissões mais recentes do que a última sincronização registada no GeoPackage são descarregadas e acrescentadas, juntamente com qualquer submissão mais antiga que falte no GeoPackage; as submissões eliminadas, editadas ou revistas de novo no servidor desde então são indicadas num aviso, sem serem alteradas no GeoPackage. Desmarcada: todas as submissões do formulário são descarregadas para o GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="98" />
      <source>Tiles estimated</source>
      <translation>Mosaicos estimados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="184" />
      <source>Tiles of a background map you have in QGIS (while you are online) are stored in the package. Without one, a simple background of countries and admin boundaries is used.</source>
      <translation>Os mosaicos de um mapa de fundo que tenha no QGIS (enquanto estiver online) são guardados no pacote. Sem ele, é usado um fundo simples de países e limites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="99" />
      <source>Tiles that could not be downloaded</source>
      <translation>Mosaicos que não foi possível descarregar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="97" />
      <source>Tiles written</source>
      <translation>Mosaicos escritos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="114" />
      <source>Time zone of the field laptops (e.g. Africa/Bangui; empty: this computer's)</source>
      <translation>Fuso horário dos portáteis de campo (p. ex. Africa/Bangui; vazio: o deste computador)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="84" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="57" />
      <source>To decide</source>
      <translation>A decidir</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="204" />
      <source>To zoom level (streets)</source>
      <translation>Até ao nível de zoom (ruas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="329" />
      <source>Training</source>
      <translation>Formação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="70" />
      <source>Training session summary</source>
      <translation>Resumo da sessão de formação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="198" />
      <source>Training session…</source>
      <translation>Sessão de formação…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="104" />
      <source>Two survey GeoPackages are named {file}: rename one, the package keeps one folder of data.</source>
      <translation>Dois GeoPackages de inquérito chamam-se {file}: mude o nome de um, o pacote guarda uma pasta de dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="385" />
      <source>Type the class limits, e.g. 10, 20, 50.</source>
      <translation>Escreva os limites de classe, p. ex., 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="48" />
      <source>Type the class limits, e.g. 10, 20, 50: maps of several rounds or surveys then compare.</source>
      <translation>Escreva os limites de classe, p. ex. 10, 20, 50: os mapas de várias rondas ou inquéritos ficam assim comparáveis.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="25" />
      <source>Typed admin names</source>
      <translation>Nomes de unidades administrativas escritos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="307" />
      <source>UTF-16 text without its byte-order mark</source>
      <translation>texto UTF-16 sem a sua marca de ordem de bytes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="70" />
      <source>Unexpected error during the import: {error}. Details are in the log.</source>
      <translation>Erro inesperado durante a importação: {error}. Os detalhes estão no registo de mensagens.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="64" />
      <source>Unexpected error: {error}. Details are in the message log.</source>
      <translation>Erro inesperado: {error}. Os detalhes estão no registo de mensagens.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="70" />
      <source>Unicode (UTF-8), with a few lines in {encoding}: check their accents</source>
      <translation>Unicode (UTF-8), com algumas linhas em {encoding}: verifique os seus acentos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="74" />
      <source>Unicode (UTF-8): accents and every script read correctly</source>
      <translation>Unicode (UTF-8): os acentos e todas as escritas são lidos corretamente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="87" />
      <source>Unknown background {name}; choose one of {names}.</source>
      <translation>Fundo de mapa desconhecido {name}; escolha um de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="27" />
      <source>Unknown classification {name}; choose one of {names}.</source>
      <translation>Classificação desconhecida {name}; escolha uma de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="88" />
      <source>Unknown location protection "{mode}"; use one of {modes}.</source>
      <translation>Proteção de posições desconhecida «{mode}»; use uma de {modes}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="170" />
      <source>Unknown map language {language}; choose one of {languages}.</source>
      <translation>Língua de mapa desconhecida {language}; escolha uma de {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="65" />
      <source>Unknown page {page}; choose one of {pages}.</source>
      <translation>Página desconhecida {page}; escolha uma de {pages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="61" />
      <source>Unknown palette {name}; choose one of {names}.</source>
      <translation>Paleta desconhecida {name}; escolha uma de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="125" />
      <source>Unknown server kind '{kind}': use KoboToolbox or ODK Central.</source>
      <translation>Tipo de servidor desconhecido «{kind}»: use KoboToolbox ou ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="128" />
      <source>Unknown statistic {name}; choose one of {names}.</source>
      <translation>Estatística desconhecida {name}; escolha uma de {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="66" />
      <source>Unsaved cleaning log</source>
      <translation>Registo de limpeza não guardado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="284" />
      <source>Unusual value within its {group}: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>Valor invulgar dentro do seu grupo {group}: mais de metade das respostas são iguais, por isso a sua pontuação z é calculada a partir da média dos desvios absolutos: {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="293" />
      <source>Unusual value within its {group}: robust z-score {z}.</source>
      <translation>Valor invulgar dentro do seu grupo {group}: pontuação z robusta {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="273" />
      <source>Unusual value within its {group}: the middle half of the answers there are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>Valor invulgar dentro do seu grupo {group}: a metade central das respostas aí é um mesmo valor, por isso a sua distância a esse valor é comparada com as distâncias das outras respostas a ele: pontuação z robusta {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="288" />
      <source>Unusual value: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>Valor invulgar: mais de metade das respostas são iguais, por isso a sua pontuação z é calculada a partir da média dos desvios absolutos: {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="296" />
      <source>Unusual value: robust z-score {z}.</source>
      <translation>Valor invulgar: pontuação z robusta {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="278" />
      <source>Unusual value: the middle half of the answers are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>Valor invulgar: a metade central das respostas é um mesmo valor, por isso a sua distância a esse valor é comparada com as distâncias das outras respostas a ele: pontuação z robusta {z}.</translation>
    </message>
    <message>
      <source>Unusual value{scope}: robust z-score {z}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="253" />
      <source>Update</source>
      <translation>Atualização</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="248" />
      <source>Update (only new submissions)</source>
      <translation>Atualizar (só as novas submissões)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="32" />
      <source>Update: download new submissions and append them</source>
      <translation>Atualizar: descarregar as novas submissões e acrescentá-las</translation>
    </message>
    <message>
      <source>Update: download only new submissions and append them</source>
      <translation type="vanished">Atualizar: descarregar só as novas submissões e acrescentá-las</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="52" />
      <source>Update: older submissions that were missing from the GeoPackage, added</source>
      <translation>Atualização: submissões mais antigas que faltavam no GeoPackage, acrescentadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="59" />
      <source>Update: uuids of the submissions deleted on the server (kept in the GeoPackage)</source>
      <translation>Atualização: uuid das submissões eliminadas no servidor (mantidas no GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="63" />
      <source>Update: uuids of the submissions edited or reviewed again on the server (kept as downloaded)</source>
      <translation>Atualização: uuid das submissões editadas ou revistas de novo no servidor (mantidas tal como descarregadas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="77" />
      <source>Upper admin level boundaries (optional)</source>
      <translation>Limites do nível administrativo superior (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="153" />
      <source>Upper level (optional)</source>
      <translation>Nível superior (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="105" />
      <source>Username</source>
      <translation>Nome de utilizador</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="191" />
      <source>Username and password (the token is fetched once; the password is not kept)</source>
      <translation>Nome de utilizador e senha (o token é obtido uma vez; a senha não é guardada)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="35" />
      <source>Value found</source>
      <translation>Valor encontrado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="62" />
      <source>Value to map</source>
      <translation>Valor a cartografar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="62" />
      <source>Values changed</source>
      <translation>Valores alterados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="64" />
      <source>Values edited</source>
      <translation>Valores editados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="424" />
      <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
      <translation>Ficheiros vetoriais (*.gpkg *.shp *.geojson *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="58" />
      <source>Viewer role</source>
      <translation>Função de leitor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="79" />
      <source>Visualisation and maps</source>
      <translation>Visualização e mapas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="63" />
      <source>WARNING: columns at high risk kept by your choice: {columns}.</source>
      <translation>AVISO: colunas de risco elevado mantidas por sua escolha: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="119" />
      <source>WARNING: exact locations kept. Share only under a data sharing agreement.</source>
      <translation>ATENÇÃO: posições exatas mantidas. Partilhe apenas no âmbito de um acordo de partilha de dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="102" />
      <source>WARNING: no submission id column; offsets follow the row number, so a copy of a re-imported file moves the points another way.</source>
      <translation>AVISO: não há coluna de identificador de submissão; os deslocamentos seguem o número de linha, por isso uma cópia de um ficheiro reimportado desloca os pontos de outra maneira.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="131" />
      <source>WARNING: the file holds {shown} of the %n submissions of the layer (its filter chose them): its counts are not the survey's totals.</source>
      <translation>
        <numerusform>ATENÇÃO: o ficheiro contém {shown} de %n submissão da camada (escolhida pelo seu filtro): as suas contagens não são os totais do inquérito.</numerusform>
        <numerusform>ATENÇÃO: o ficheiro contém {shown} de %n submissões da camada (escolhidas pelo seu filtro): as suas contagens não são os totais do inquérito.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="91" />
      <source>WARNING: the points are kept and can show the area a blanked value of {columns} stood for: count by admin area or remove the locations to share rare areas.</source>
      <translation>AVISO: os pontos são mantidos e podem mostrar a zona que um valor apagado de {columns} indicava: conte por unidade administrativa ou remova as localizações para partilhar zonas raras.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="94" />
      <source>Warning: anyone with this file can find the homes of the people surveyed. Share it only under a data sharing agreement.</source>
      <translation>Atenção: qualquer pessoa que tenha este ficheiro pode encontrar a residência das pessoas inquiridas. Partilhe-o apenas no âmbito de um acordo de partilha de dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="297" />
      <source>Warning: columns at high risk are kept: {columns}. Share the file only with partners bound by a data sharing agreement.</source>
      <translation>Atenção: são mantidas colunas com risco elevado: {columns}. Partilhe o ficheiro apenas com parceiros vinculados por um acordo de partilha de dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="76" />
      <source>Western European ({encoding}): check that accents read correctly</source>
      <translation>Europa Ocidental ({encoding}): verifique se os acentos são lidos corretamente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="225" />
      <source>What comes out: {outputs}</source>
      <translation>O que sai: {outputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="37" />
      <source>What each area gets: count (submissions), share (% giving the answer above), mean or median (of the numeric question below), e.g. median. Empty: share when a question is given, else count.</source>
      <translation>O que cada unidade administrativa obtém: count (submissões), share (% que dá a resposta acima), mean ou median (média ou mediana da pergunta numérica abaixo), p. ex., median. Vazio: share se for indicada uma pergunta; caso contrário, count.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="224" />
      <source>What goes in: {inputs}</source>
      <translation>O que entra: {inputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="77" />
      <source>What to take to the field</source>
      <translation>O que levar para o terreno</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="181" />
      <source>What will be done</source>
      <translation>O que será feito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="90" />
      <source>Where the middle half of the answers is one value (IQR 0, e.g. 1 pump in 120 of 124 households), the median distance of the other answers to it stands in for the IQR and for the median absolute deviation.</source>
      <translation>Onde a metade central das respostas é um só valor (IQR 0, p. ex. 1 bomba em 120 de 124 agregados familiares), a distância mediana das outras respostas a ele substitui o IQR e o desvio absoluto mediano.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="246" />
      <source>Where the points go is chosen on the next page.</source>
      <translation>O destino dos pontos escolhe-se na página seguinte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="62" />
      <source>Where the submissions concentrate: light yellow (few) to dark red (many).</source>
      <translation>Onde se concentram as submissões: do amarelo claro (poucas) ao vermelho escuro (muitas).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="67" />
      <source>Where the submissions were collected</source>
      <translation>Locais de recolha das submissões</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="57" />
      <source>Where the submissions were collected, one colour per answer (labels from the form).</source>
      <translation>Locais de recolha das submissões, uma cor por resposta (etiquetas do formulário).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="242" />
      <source>Where to write the package</source>
      <translation>Onde escrever o pacote</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="146" />
      <source>Where to write the protected copy. A note explaining what was done is written beside it (same name followed by .README.txt), in English and French.</source>
      <translation>Onde escrever a cópia protegida. Ao lado é escrita uma nota que explica o que foi feito (mesmo nome seguido de .README.txt), em inglês e em francês.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="17" />
      <source>Which families of checks to run (all by default). In qgis_process, their numbers separated by commas: 0 duplicates, 1 missing required answers, 2 outliers, 3 GPS points, 4 durations and dates, 5 'other (specify)' answers, 6 typed admin names; e.g. CHECKS=0,1,3.</source>
      <translation>Que famílias de verificações executar (todas por predefinição). No qgis_process, os seus números separados por vírgulas: 0 duplicados, 1 respostas obrigatórias em falta, 2 valores atípicos, 3 pontos GPS, 4 durações e datas, 5 respostas 'outro (especifique)', 6 nomes administrativos escritos; p. ex., CHECKS=0,1,3.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="90" />
      <source>Who made the map, printed with the date and written in the PDF's properties, e.g. your organisation. Default CartONG.</source>
      <translation>Quem fez o mapa, impresso com a data e escrito nas propriedades do PDF, p. ex., a sua organização. Predefinição: CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Why</source>
      <translation>Porquê</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="79" />
      <source>With the XLSForm, answers of cascading selects outside their cascade are flagged too: an admin2 whose choice row names another admin1 than the one answered (the choice_filter admin1=${admin1}).</source>
      <translation>Com o XLSForm, também são assinaladas as respostas de seleções em cascata fora da sua cascata: um admin2 cuja linha de opções nomeia outro admin1 que o respondido (o choice_filter admin1=${admin1}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="130" />
      <source>With the atlas: one PDF per area instead of one file, each named after the P-code and the name of its area, in a folder named after the map file (map.pdf gives the folder map).</source>
      <translation>Com o atlas: um PDF por unidade administrativa em vez de um só ficheiro, cada um com o nome do P-code e o nome da sua unidade, numa pasta com o nome do ficheiro do mapa (map.pdf dá a pasta map).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="134" />
      <source>With the atlas: the field holding the P-codes that name and order its pages, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>Com o atlas: o campo que contém os P-codes que nomeiam e ordenam as suas páginas, p. ex., adm2_pcode. Predefinição: adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="45" />
      <source>With the replacement: replace the schema even when it holds another survey (another form id) or decisions saved there that this GeoPackage does not hold. They are lost: bring them back to a GeoPackage first.</source>
      <translation>Com a substituição: substituir o esquema mesmo que contenha outro inquérito (outro ID de formulário) ou decisões aí guardadas que este GeoPackage não contém. Perdem-se: traga-as primeiro de volta para um GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="92" />
      <source>Without a connection the map keeps the light offline background (Natural Earth).</source>
      <translation>Sem ligação, o mapa mantém o fundo leve offline (Natural Earth).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="71" />
      <source>Without a desktop: the email the password above belongs to (empty: it is an app-user token)</source>
      <translation>Sem ambiente de trabalho: o e-mail a que pertence a senha acima (vazio: é um token de utilizador móvel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="46" />
      <source>Without a desktop: where the API token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>Sem ambiente de trabalho: onde está o token da API, env:VARIABLE ou file:CAMINHO (usado quando não é escolhida nenhuma configuração de autenticação)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="61" />
      <source>Without a desktop: where the password or app-user token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>Sem ambiente de trabalho: onde está a senha ou o token de utilizador móvel, env:VARIABLE ou file:CAMINHO (usado quando não é escolhida nenhuma configuração de autenticação)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="49" />
      <source>Without admin boundaries: a rectangle the points must be in, e.g. the country, 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Points outside are flagged.</source>
      <translation>Sem limites administrativos: um retângulo em que os pontos devem estar, p. ex., o país, 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Os pontos fora dele são assinalados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="226" />
      <source>Without the QGIS window: {command}</source>
      <translation>Sem a janela do QGIS: {command}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="265" />
      <source>Worst acceptable GPS precision</source>
      <translation>Pior precisão GPS aceitável</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="179" />
      <source>Worst acceptable GPS precision (metres)</source>
      <translation>Pior precisão GPS aceitável (metros)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="78" />
      <source>Write only counts by {column}, hiding counts below {k} (and other counts that would reveal them); no individual record is shared.</source>
      <translation>Escrever apenas contagens por {column}, ocultando as contagens inferiores a {k} (e as outras contagens que permitiriam deduzi-las); nenhum registo individual é partilhado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="146" />
      <source>Write the admin names (field below) where they fit</source>
      <translation>Escrever os nomes das unidades administrativas (campo abaixo) onde couberem</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="148" />
      <source>Write the area names where they fit</source>
      <translation>Escrever os nomes das unidades onde couberem</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="136" />
      <source>Write the log to XLSX or CSV for field teams</source>
      <translation>Escrever o registo em XLSX ou CSV para as equipas de campo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="65" />
      <source>Write the map as a PDF ready to print or share.</source>
      <translation>Guardar o mapa em PDF, pronto a imprimir ou partilhar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="39" />
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. Submissions whose consent was refused are left out, and so are the rows of repeat tables that belong to them. A KoboToolbox validation status keeps the status, not who validated. A layer with a filter shares only the submissions it shows, and says so. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation>Escreve uma cópia de uma camada de inquérito mais segura para partilhar (GeoPackage ou CSV). As colunas escolhidas são removidas ou substituídas por pseudónimos (um hash com chave; a chave fica no gestor de autenticação do QGIS). As colunas que provavelmente contêm dados pessoais de risco elevado (nomes, números de telefone...) são removidas, a menos que escolha pseudonimizá-las ou mantê-las (KEEP_FIELDS, registado no README). Tal como no assistente, as colunas que identificam pessoal, dispositivos, contas ou documentos são pseudonimizadas, salvo se escolher outra coisa; quando nenhuma chave pode ser aberta (uma execução sem a janela do QGIS e sem KEY_SOURCE), são removidas em vez disso. As ligações e os nomes dos anexos são removidos. Os pontos são deslocados ao acaso entre uma distância mínima e uma máxima, ajustados a uma grelha, removidos, ou substituídos por contagens por unidade administrativa em que as contagens inferiores a k são ocultadas, com outras contagens ocultadas para que nenhuma possa ser deduzida dos totais. As colunas que repetem a localização exata são removidas sempre que os pontos são protegidos. As combinações raras das colunas que alguém de fora poderia conhecer (zona, sexo, idade, dimensão do agregado familiar...) são esvaziadas até cada uma ser partilhada por k linhas. As submissões cujo consentimento foi recusado são excluídas, assim como as linhas das tabelas de repetição que lhes pertencem. Um estado de validação do KoboToolbox mantém o estado, não quem validou. Uma camada com um filtro só partilha as submissões que mostra, e indica-o. O que foi feito é registado na tabela cartong_protection e num README em inglês e francês junto ao ficheiro.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Escreve uma cópia de uma camada de inquérito mais segura para partilhar (GeoPackage ou CSV). As colunas escolhidas são removidas ou substituídas por pseudónimos (um hash com chave; a chave fica no gestor de autenticação do QGIS). As colunas que provavelmente contêm dados pessoais de risco elevado (nomes, números de telefone...) são removidas, a menos que escolha pseudonimizá-las ou mantê-las (KEEP_FIELDS, registado no README). Tal como no assistente, as colunas que identificam pessoal, dispositivos, contas ou documentos são pseudonimizadas, salvo se escolher outra coisa; quando nenhuma chave pode ser aberta (uma execução sem a janela do QGIS e sem KEY_SOURCE), são removidas em vez disso. As ligações e os nomes dos anexos são removidos. Os pontos são deslocados ao acaso entre uma distância mínima e uma máxima, ajustados a uma grelha, removidos, ou substituídos por contagens por unidade administrativa em que as contagens inferiores a k são ocultadas, com outras contagens ocultadas para que nenhuma possa ser deduzida dos totais. As colunas que repetem a localização exata são removidas sempre que os pontos são protegidos. As combinações raras das colunas que alguém de fora poderia conhecer (zona, sexo, idade, dimensão do agregado familiar...) são esvaziadas até cada uma ser partilhada por k linhas. O que foi feito é registado na tabela cartong_protection e num README em inglês e francês junto ao ficheiro.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Escreve uma cópia de uma camada de inquérito mais segura para partilhar (GeoPackage ou CSV). As colunas escolhidas são removidas ou substituídas por pseudónimos (um hash com chave; a chave fica no gestor de autenticação do QGIS). As colunas que provavelmente contêm dados pessoais de risco elevado (nomes, números de telefone...) são removidas, a menos que escolha pseudonimizá-las ou mantê-las (KEEP_FIELDS, registado no README). As ligações e os nomes dos anexos são removidos. Os pontos são deslocados ao acaso entre uma distância mínima e uma máxima, ajustados a uma grelha, removidos, ou substituídos por contagens por unidade administrativa em que as contagens inferiores a k são ocultadas, com outras contagens ocultadas para que nenhuma possa ser deduzida dos totais. As colunas que repetem a localização exata são removidas sempre que os pontos são protegidos. As combinações raras das colunas que alguém de fora poderia conhecer (zona, sexo, idade, dimensão do agregado familiar...) são esvaziadas até cada uma ser partilhada por k linhas. O que foi feito é registado na tabela cartong_protection e num README em inglês e francês junto ao ficheiro.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Escreve uma cópia de uma camada de inquérito mais segura para partilhar (GeoPackage ou CSV). As colunas escolhidas são removidas ou substituídas por pseudónimos (um hash com chave; a chave fica no gestor de autenticação do QGIS). As ligações e os nomes dos anexos são removidos. Os pontos são deslocados ao acaso entre uma distância mínima e uma máxima, ajustados a uma grelha, removidos, ou substituídos por contagens por unidade administrativa em que as contagens inferiores a k são ocultadas, juntamente com outras contagens para que nenhuma possa ser deduzida dos totais. As colunas que repetem a posição exata são removidas sempre que os pontos são protegidos. As combinações raras das colunas que uma pessoa externa poderia conhecer (zona, sexo, idade, tamanho do agregado familiar…) são apagadas até que cada uma seja partilhada por pelo menos k linhas. O que foi feito fica registado na tabela cartong_protection e num README em inglês e em francês ao lado do ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="24" />
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with three more columns, log_id, version and as_exported: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile; as_exported tells the rows you edited from the ones you only read.</source>
      <translation>Escreve o registo de limpeza de um inquérito partilhado no PostgreSQL, com as decisões de todos, numa folha CSV ou XLSX com mais três colunas, log_id, version e as_exported: preencha change_type, new_value e explanation e depois guarde-as com 'Guardar as decisões de revisão'. A versão permite à base de dados recusar uma decisão sobre uma linha que outra pessoa decidiu entretanto; as_exported distingue as linhas que editou das que apenas leu.</translation>
    </message>
    <message>
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with two more columns, log_id and version: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile.</source>
      <translation type="vanished">Escreve o registo de limpeza de um inquérito partilhado no PostgreSQL, com as decisões de todos, numa folha CSV ou XLSX com mais duas colunas, log_id e version: preencha change_type, new_value e explanation e depois guarde-as com 'Guardar as decisões de revisão'. A versão permite à base de dados recusar uma decisão sobre uma linha que outra pessoa decidiu entretanto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="20" />
      <source>Writes the survey of a PostgreSQL schema (shared with 'Share a survey in PostgreSQL') to a GeoPackage with the same tables, names and values, the cleaning log with everyone's decisions included, read from one consistent snapshot while others keep working. The file is written to a temporary name and renamed when complete. Works offline afterwards, and with every other algorithm of the toolkit.</source>
      <translation>Escreve o inquérito de um esquema PostgreSQL (partilhado com 'Partilhar um inquérito no PostgreSQL') num GeoPackage com as mesmas tabelas, nomes e valores, e o registo de limpeza com as decisões de todos, lidos de um instantâneo coerente enquanto os outros continuam a trabalhar. O ficheiro é escrito com um nome temporário e renomeado quando está completo. Funciona offline depois, e com todos os outros algoritmos do complemento.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="360" />
      <source>Writing the protected copy.</source>
      <translation>A escrever a cópia protegida.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="424" />
      <source>Writing {records} submissions into {file}…</source>
      <translation>A escrever {records} submissões em {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>XLSForm</source>
      <translation>XLSForm</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="161" />
      <source>XLSForm (*.xlsx *.XLSX *.xls *.XLS);;All files (*)</source>
      <translation>XLSForm (*.xlsx *.XLSX *.xls *.XLS);;Todos os ficheiros (*)</translation>
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
      <translation>XLSForm (opcional: acrescenta as restrições e as perguntas obrigatórias)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="54" />
      <source>XLSForm of the form (optional: adds constraints and required flags)</source>
      <translation>XLSForm do formulário (opcional: acrescenta as restrições e as perguntas obrigatórias)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="46" />
      <source>XLSForm of the survey (optional)</source>
      <translation>XLSForm do inquérito (opcional)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="167" />
      <source>You may read the survey {schema} but not write tables there: only its owner may store the cleaned layer in the database. Choose a file for the cleaned survey instead. ({reason})</source>
      <translation>Pode ler o inquérito {schema}, mas não escrever tabelas nele: só o seu proprietário pode guardar a camada limpa na base de dados. Em vez disso, escolha um ficheiro para o inquérito limpo. ({reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="280" />
      <source>Your KoboToolbox username and password are used once to fetch your API token; only the token is kept.</source>
      <translation>O seu nome de utilizador e a sua senha do KoboToolbox são usados uma única vez para obter o seu token de API; só o token é guardado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="68" />
      <source>Your name, written in the 'who' column of the rows you edit</source>
      <translation>O seu nome, escrito na coluna «who» das linhas que altera</translation>
    </message>
    <message>
      <source>Zip to copy: {zip} ({size:.1f} MB, {files} files).</source>
      <translation type="vanished">Zip a copiar: {zip} ({size:.1f} MB, {files} ficheiros).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="361" />
      <source>Zip to copy: {zip} ({size} MB, %n files).</source>
      <translation>
        <numerusform>Zip a copiar: {zip} ({size} MB, %n ficheiro).</numerusform>
        <numerusform>Zip a copiar: {zip} ({size} MB, %n ficheiros).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="306" />
      <source>a 7-Zip archive</source>
      <translation>um arquivo 7-Zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="302" />
      <source>a GIF image</source>
      <translation>uma imagem GIF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="301" />
      <source>a JPEG photo</source>
      <translation>uma fotografia JPEG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="40" />
      <source>a KoboToolbox, ODK Central or ONA export (CSV, XLSX, zip or GeoJSON) and, best, its XLSForm.</source>
      <translation>uma exportação do KoboToolbox, ODK Central ou ONA (CSV, XLSX, zip ou GeoJSON) e, de preferência, o seu XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="299" />
      <source>a PDF document</source>
      <translation>um documento PDF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="300" />
      <source>a PNG image</source>
      <translation>uma imagem PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="170" />
      <source>a PostgreSQL connection and the schema of a shared survey.</source>
      <translation>uma ligação PostgreSQL e o esquema de um inquérito partilhado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="188" />
      <source>a PostgreSQL connection, the schema of a shared survey and a review sheet with your decisions.</source>
      <translation>uma ligação PostgreSQL, o esquema de um inquérito partilhado e uma folha de revisão com as suas decisões.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="305" />
      <source>a RAR archive</source>
      <translation>um arquivo RAR</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="303" />
      <source>a SQLite database (a GeoPackage?)</source>
      <translation>uma base de dados SQLite (um GeoPackage?)</translation>
    </message>
    <message>
      <source>a change_response needs a question</source>
      <translation type="vanished">um change_response precisa de uma pergunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="141" />
      <source>a character that is not part of a token ({char})</source>
      <translation>um carácter que não faz parte de um token ({char})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="89" />
      <source>a cleaned copy of the survey; the numbers of values changed, submissions removed and log rows still pending.</source>
      <translation>uma cópia limpa do inquérito; os números de valores alterados, submissões removidas e linhas do registo ainda pendentes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="139" />
      <source>a control character (such as a tab)</source>
      <translation>um carácter de controlo (como uma tabulação)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="304" />
      <source>a gzip-compressed file</source>
      <translation>um ficheiro comprimido com gzip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="137" />
      <source>a line break</source>
      <translation>uma quebra de linha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="162" />
      <source>a new schema with every table of the survey, and its reviewer and viewer roles for the administrator to grant; the number of rows copied.</source>
      <translation>um novo esquema com cada tabela do inquérito, e as suas funções de revisor e de leitor que o administrador deve conceder; o número de linhas copiadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="142" />
      <source>a package folder and its zip with the project, data, basemap, offline help and a manifest of every file.</source>
      <translation>uma pasta de pacote e o seu zip com o projeto, os dados, o mapa de fundo, a ajuda offline e um manifesto de cada ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="111" />
      <source>a print-ready map in PDF, PNG or SVG, or an atlas with a page or a file per area.</source>
      <translation>um mapa pronto a imprimir em PDF, PNG ou SVG, ou um atlas com uma página ou um ficheiro por unidade administrativa.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="127" />
      <source>a protected copy (GeoPackage or CSV) with a README in English and French saying what was done.</source>
      <translation>uma cópia protegida (GeoPackage ou CSV) com um README em inglês e francês que indica o que foi feito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="180" />
      <source>a review sheet (XLSX or CSV) of the shared cleaning log, with its log_id and version columns; the number of log rows.</source>
      <translation>uma folha de revisão (XLSX ou CSV) do registo de limpeza partilhado, com as suas colunas log_id e version; o número de linhas do registo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="450" />
      <source>a row has more fields than the header</source>
      <translation>uma linha tem mais campos do que o cabeçalho</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="173" />
      <source>a row was refused</source>
      <translation>uma linha foi recusada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="236" />
      <source>a run without the QGIS window cannot open your default key</source>
      <translation>uma execução sem a janela do QGIS não consegue abrir a sua chave predefinida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="161" />
      <source>a survey GeoPackage and a PostgreSQL connection (with PostGIS) where you may create schemas.</source>
      <translation>um GeoPackage de inquérito e uma ligação PostgreSQL (com PostGIS) onde possa criar esquemas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="54" />
      <source>a survey GeoPackage as the import writes it, extended with Update; the numbers of new and of all submissions and of attachments.</source>
      <translation>um GeoPackage de inquérito tal como a importação o escreve, ampliado com Atualização; os números de submissões novas e de todas as submissões, e de anexos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="171" />
      <source>a survey GeoPackage with the same tables, the cleaning log with everyone's decisions included; the number of rows copied.</source>
      <translation>um GeoPackage de inquérito com as mesmas tabelas, incluindo o registo de limpeza com as decisões de todos; o número de linhas copiadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="41" />
      <source>a survey GeoPackage: the raw table as received, the typed layer 'survey', repeat tables; the number of submissions imported and of those without location, and the columns likely holding personal data at high risk.</source>
      <translation>um GeoPackage de inquérito: a tabela bruta tal como recebida, a camada tipada 'survey', as tabelas de repetição; o número de submissões importadas e das que não têm localização, e as colunas que provavelmente contêm dados pessoais de risco elevado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="85" />
      <source>a survey layer and its cleaning log with the decisions taken (the table in its GeoPackage, or an edited XLSX or CSV).</source>
      <translation>uma camada de inquérito e o seu registo de limpeza com as decisões tomadas (a tabela do seu GeoPackage, ou um XLSX ou CSV editado).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="117" />
      <source>a survey layer and, best, its XLSForm.</source>
      <translation>uma camada de inquérito e, de preferência, o seu XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="75" />
      <source>a survey layer with its _uuid column, best with its XLSForm and the admin boundaries.</source>
      <translation>uma camada de inquérito com a sua coluna _uuid, de preferência com o seu XLSForm e os limites administrativos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="126" />
      <source>a survey layer, the columns to remove or pseudonymise, and how to protect the locations.</source>
      <translation>uma camada de inquérito, as colunas a remover ou pseudonimizar, e como proteger as localizações.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="118" />
      <source>a table of the columns likely holding personal data, with their risk, the reason and a suggested protection; the numbers at high, medium and low risk.</source>
      <translation>uma tabela das colunas que provavelmente contêm dados pessoais, com o seu risco, o motivo e uma proteção sugerida; os números de risco elevado, médio e baixo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="309" />
      <source>a web page (HTML), perhaps a login or error page saved instead of the data</source>
      <translation>uma página web (HTML), talvez uma página de início de sessão ou de erro guardada em vez dos dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="166" />
      <source>a web page came instead, a login page perhaps</source>
      <translation>chegou uma página web em vez disso, talvez uma página de início de sessão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="298" />
      <source>a workbook protected by a password</source>
      <translation>um livro protegido por uma senha</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="296" />
      <source>a zip archive</source>
      <translation>um arquivo zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="291" />
      <source>a {change_type} needs a question</source>
      <translation>um {change_type} precisa de uma pergunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="68" />
      <source>accuracy</source>
      <translation>precisão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="109" />
      <source>adding the new submissions to PostgreSQL</source>
      <translation>adicionar as novas submissões ao PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="95" />
      <source>adding the new submissions to {schema}</source>
      <translation>adicionar as novas submissões a {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="107" />
      <source>admin areas with a value to map (the output of 'Count submissions by admin area'), and optionally the survey points and the boundaries of the level above.</source>
      <translation>unidades administrativas com um valor a cartografar (o resultado de «Contar as submissões por unidade administrativa») e, opcionalmente, os pontos do inquérito e os limites do nível superior.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="117" />
      <source>admin boundaries ({files})</source>
      <translation>limites administrativos ({files})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="157" />
      <source>admin code</source>
      <translation>código administrativo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="129" />
      <source>admin name</source>
      <translation>nome da unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="212" />
      <source>admin name ambiguous</source>
      <translation>nome de unidade administrativa ambíguo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="230" />
      <source>admin name and P-code disagree</source>
      <translation>nome de unidade administrativa e P-code não coincidem</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="202" />
      <source>admin name misspelt</source>
      <translation>nome de unidade administrativa mal escrito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="221" />
      <source>admin name not found</source>
      <translation>nome de unidade administrativa não encontrado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="67" />
      <source>altitude</source>
      <translation>altitude</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="60" />
      <source>an Excel workbook: no separator needed</source>
      <translation>um livro do Excel: não é necessário separador</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="133" />
      <source>an MBTiles file that QGIS and QField open without network, or a vector background when no tile can be made; the numbers of tiles estimated and written.</source>
      <translation>um ficheiro MBTiles que o QGIS e o QField abrem sem rede, ou um fundo vetorial quando não é possível criar nenhum mosaico; os números de mosaicos estimados e escritos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="310" />
      <source>an XML file</source>
      <translation>um ficheiro XML</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="297" />
      <source>an old Excel .xls file (or another Office 97-2003 document)</source>
      <translation>um antigo ficheiro Excel .xls (ou outro documento do Office 97-2003)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="62" />
      <source>an unknown form</source>
      <translation>um formulário desconhecido</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>and</source>
      <translation>e</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="179" />
      <source>and {count} more</source>
      <translation>e mais {count}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="401" />
      <source>answer cut short</source>
      <translation>resposta interrompida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="392" />
      <source>answer not compressed as announced</source>
      <translation>resposta não comprimida como anunciado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="111" />
      <source>answer outside its cascade</source>
      <translation>resposta fora da sua cascata</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="372" />
      <source>answer too slow</source>
      <translation>resposta demasiado lenta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>answers of</source>
      <translation>respostas de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="318" />
      <source>attachment {name}</source>
      <translation>o anexo {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="113" />
      <source>basemap Natural Earth</source>
      <translation>fundo de mapa Natural Earth</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>between</source>
      <translation>entre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="85" />
      <source>cells of</source>
      <translation>células de</translation>
    </message>
    <message>
      <source>change_type</source>
      <translation type="vanished">tipo de alteração (change_type)</translation>
    </message>
    <message>
      <source>check_id</source>
      <translation type="vanished">verificação (check_id)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="105" />
      <source>choropleth (default): areas coloured by classes of the value; circles: one circle per area, its size following the value, better for counts; heatmap: density of the survey points (needs the points).</source>
      <translation>choropleth (predefinição): unidades administrativas coloridas por classes do valor; circles: um círculo por unidade, cujo tamanho segue o valor, melhor para contagens; heatmap (mapa de calor): densidade dos pontos do inquérito (precisa dos pontos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>column</source>
      <translation>coluna</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="312" />
      <source>columns added: {names}</source>
      <translation>colunas acrescentadas: {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="314" />
      <source>columns missing: {names}</source>
      <translation>colunas em falta: {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="57" />
      <source>commas (,)</source>
      <translation>vírgulas (,)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="173" />
      <source>connecting</source>
      <translation>a ligar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="118" />
      <source>consent refused</source>
      <translation>consentimento recusado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="48" />
      <source>coordinate</source>
      <translation>coordenada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="296" />
      <source>copying the survey to PostgreSQL</source>
      <translation>a copiar o inquérito para o PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="376" />
      <source>copying the survey to a GeoPackage</source>
      <translation>a copiar o inquérito para um GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="113" />
      <source>copying the table {table}</source>
      <translation>a copiar a tabela {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="306" />
      <source>creating the schema {schema}</source>
      <translation>a criar o esquema {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="40" />
      <source>date</source>
      <translation>data</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="41" />
      <source>date and time</source>
      <translation>data e hora</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="204" />
      <source>date-times (ISO 8601)</source>
      <translation>datas e horas (ISO 8601)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates</source>
      <translation>datas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="191" />
      <source>dates (YYYY-MM-DD)</source>
      <translation>datas (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates and times</source>
      <translation>datas e horas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="19" />
      <source>dates of birth</source>
      <translation>datas de nascimento</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="39" />
      <source>decimal number</source>
      <translation>número decimal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="20" />
      <source>device or account identifiers</source>
      <translation>identificadores de dispositivo ou de conta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="150" />
      <source>duplicated answers</source>
      <translation>respostas duplicadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="103" />
      <source>duplicated key fields</source>
      <translation>campos-chave duplicados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="65" />
      <source>duplicated uuid</source>
      <translation>uuid duplicado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="14" />
      <source>e-mail addresses</source>
      <translation>endereços de e-mail</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="245" />
      <source>e.g. 10, 20, 50</source>
      <translation>p. ex. 10, 20, 50</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="69" />
      <source>e.g. Household survey, March 2026</source>
      <translation>p. ex. Inquérito aos agregados familiares, março de 2026</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="71" />
      <source>e.g. household survey (partner), boundaries OCHA COD-AB</source>
      <translation>p. ex. inquérito aos agregados familiares (parceiro), limites OCHA COD-AB</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="254" />
      <source>empty</source>
      <translation>vazio</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation type="vanished">explicação (explanation)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="87" />
      <source>feature {fid}</source>
      <translation>feição {fid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="61" />
      <source>form {form} of project {project} on {server}</source>
      <translation>formulário {form} do projeto {project} em {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="59" />
      <source>form {form} on {server}</source>
      <translation>formulário {form} em {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="194" />
      <source>form {id}</source>
      <translation>o formulário {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="150" />
      <source>form {uid}</source>
      <translation>o formulário {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="21" />
      <source>free text, which may name or describe people</source>
      <translation>texto livre, que pode nomear ou descrever pessoas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="49" />
      <source>geometry (WKT)</source>
      <translation>geometria (WKT)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="129" />
      <source>granting the survey roles</source>
      <translation>a conceder as funções do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="15" />
      <source>home addresses</source>
      <translation>endereços de residência</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="85" />
      <source>https://your.server.org</source>
      <translation>https://o.seu.servidor.org</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="13" />
      <source>identity or registration numbers</source>
      <translation>números de identidade ou de registo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="147" />
      <source>impossible coordinates</source>
      <translation>coordenadas impossíveis</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="65" />
      <source>interview ends before it starts</source>
      <translation>entrevista que termina antes de começar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="102" />
      <source>interview outside the data collection period</source>
      <translation>entrevista fora do período de recolha de dados</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="85" />
      <source>interview too long</source>
      <translation>entrevista demasiado longa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="75" />
      <source>interview too short</source>
      <translation>entrevista demasiado curta</translation>
    </message>
    <message>
      <source>issue</source>
      <translation type="vanished">problema (issue)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="57" />
      <source>it has an absolute path</source>
      <translation>tem um caminho absoluto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="62" />
      <source>it is a symbolic link</source>
      <translation>é uma ligação simbólica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="156" />
      <source>it is not UTF-8 text.</source>
      <translation>não é texto UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="129" />
      <source>it is not a number</source>
      <translation>não é um número</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="151" />
      <source>it is not valid JSON at line {line}, column {column} ({reason}).</source>
      <translation>não é JSON válido na linha {line}, coluna {column} ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="120" />
      <source>it may be {grouped} or {decimal}; write it without a thousands separator, with a point for decimals</source>
      <translation>pode ser {grouped} ou {decimal}; escreva-o sem separador de milhares, com um ponto para as casas decimais</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="97" />
      <source>its choices are in the form's external choices (itemsets.csv)</source>
      <translation>as suas opções estão nas opções externas do formulário (itemsets.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="92" />
      <source>its choices are in the form's media file {file}</source>
      <translation>as suas opções estão no ficheiro multimédia do formulário {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="95" />
      <source>its choices are in the form's media file {file}.csv (search())</source>
      <translation>as suas opções estão no ficheiro multimédia do formulário {file}.csv (search())</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="54" />
      <source>its name contains a NUL character</source>
      <translation>o seu nome contém um carácter NUL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="59" />
      <source>its path climbs out of the folder with '..'</source>
      <translation>o seu caminho sai da pasta com «..»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="399" />
      <source>its rows cannot be matched to the survey's</source>
      <translation>as suas linhas não podem ser emparelhadas com as do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="263" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="64" />
      <source>latitude</source>
      <translation>latitude</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="121" />
      <source>latitude and longitude swapped</source>
      <translation>latitude e longitude trocadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>log id {log_id}</source>
      <translation>id de registo {log_id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="65" />
      <source>longitude</source>
      <translation>longitude</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="38" />
      <source>made from the file name</source>
      <translation>tirado do nome do ficheiro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="142" />
      <source>many interviews in little time</source>
      <translation>muitas entrevistas em pouco tempo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="472" />
      <source>name</source>
      <translation>nome</translation>
    </message>
    <message>
      <source>new_value</source>
      <translation type="vanished">valor novo (new_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="274" />
      <source>no answer (the connection failed)</source>
      <translation>sem resposta (a ligação falhou)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="74" />
      <source>no choice of the list {list} has a value in a column {column} of the choices sheet</source>
      <translation>nenhuma opção da lista {list} tem um valor numa coluna {column} da folha choices</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>no form</source>
      <translation>sem formulário</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="62" />
      <source>no layer</source>
      <translation>nenhuma camada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="208" />
      <source>no limit</source>
      <translation>sem limite</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="282" />
      <source>no submission has the uuid {uuid}</source>
      <translation>nenhuma submissão tem o uuid {uuid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="416" />
      <source>none</source>
      <translation>nenhuma</translation>
    </message>
    <message>
      <source>none (Excel)</source>
      <translation type="vanished">nenhum (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>none found</source>
      <translation>nenhuma encontrada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="306" />
      <source>none was given</source>
      <translation>nenhuma foi indicada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="231" />
      <source>not a number</source>
      <translation>não é um número</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="169" />
      <source>not a whole XForm: cut or damaged</source>
      <translation>não é um XForm completo: cortado ou danificado</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="280" />
      <source>not asked: the server's file storage was failing (see the warning).</source>
      <translation>não foi pedido: o armazenamento de ficheiros do servidor estava a falhar (ver o aviso).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="81" />
      <source>not done</source>
      <translation>não concluído</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="78" />
      <source>not needed (Excel)</source>
      <translation>não é necessário (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>numbers</source>
      <translation>números</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="175" />
      <source>numeric question</source>
      <translation>pergunta numérica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="142" />
      <source>offline (default): the countries of Natural Earth bundled with the toolkit, no network needed; osm: OpenStreetMap tiles, credited on the map, only when a connection exists.</source>
      <translation>offline (predefinição): os países da Natural Earth incluídos no complemento, sem necessidade de rede; osm: mosaicos do OpenStreetMap, creditados no mapa, apenas quando há ligação.</translation>
    </message>
    <message>
      <source>old_value</source>
      <translation type="vanished">valor anterior (old_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="42" />
      <source>one choice</source>
      <translation>opção única</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="11" />
      <source>people's names</source>
      <translation>nomes de pessoas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="12" />
      <source>phone numbers</source>
      <translation>números de telefone</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="17" />
      <source>photos, recordings, signatures or links to attachments</source>
      <translation>fotos, gravações, assinaturas ou ligações para anexos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="312" />
      <source>plain text</source>
      <translation>texto simples</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="159" />
      <source>poor GPS precision</source>
      <translation>precisão GPS insuficiente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="16" />
      <source>precise GPS locations of homes or people</source>
      <translation>posições GPS precisas de residências ou pessoas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="171" />
      <source>question</source>
      <translation>pergunta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="85" />
      <source>question {name}</source>
      <translation>pergunta {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="308" />
      <source>random or damaged bytes, in no format the toolkit knows</source>
      <translation>bytes aleatórios ou danificados, em nenhum formato que o complemento conheça</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="113" />
      <source>reading the cleaning log of {schema}</source>
      <translation>a ler o registo de limpeza de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="90" />
      <source>reading the form of {schema}</source>
      <translation>a ler o formulário de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="59" />
      <source>reading the survey schemas of {target}</source>
      <translation>a ler os esquemas de inquérito de {target}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="373" />
      <source>reading the survey {schema}</source>
      <translation>a ler o inquérito {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="82" />
      <source>recode other</source>
      <translation>recodificar «outro»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="87" />
      <source>required answer missing</source>
      <translation>resposta obrigatória em falta</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>row {row}</source>
      <translation>linha {row}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="400" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log</source>
      <translation>linha {row} ({uuid}, {question}, {check}): {here} no ficheiro, {there} no registo do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="398" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log (by {who})</source>
      <translation>linha {row} ({uuid}, {question}, {check}): {here} no ficheiro, {there} no registo do inquérito (por {who})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="154" />
      <source>saving decisions in the cleaning log of {schema}</source>
      <translation>a guardar decisões no registo de limpeza de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="56" />
      <source>semicolons (;)</source>
      <translation>pontos e vírgulas (;)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="18" />
      <source>sensitive characteristics (ethnicity, religion, health, violence...)</source>
      <translation>características sensíveis (etnia, religião, saúde, violência…)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="43" />
      <source>several choices</source>
      <translation>opções múltiplas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="145" />
      <source>smaller counts are hidden, rarer combinations blanked</source>
      <translation>as contagens menores são ocultadas, as combinações mais raras apagadas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="308" />
      <source>statistical outlier</source>
      <translation>valor atípico estatístico</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="310" />
      <source>statistical outlier (common value)</source>
      <translation>valor atípico estatístico (valor comum)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="309" />
      <source>statistical outlier (mean absolute deviation)</source>
      <translation>valor atípico estatístico (média dos desvios absolutos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="154" />
      <source>submission {uuid} of form {id}</source>
      <translation>a submissão {uuid} do formulário {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="266" />
      <source>survey (cleaned)</source>
      <translation>inquérito (limpo)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="134" />
      <source>survey ({file})</source>
      <translation>inquérito ({file})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="97" />
      <source>survey submissions (points, or a P-code field) and admin area polygons with P-codes.</source>
      <translation>as submissões do inquérito (pontos, ou um campo P-code) e os polígonos das unidades administrativas com P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="157" />
      <source>tab</source>
      <translation>tabulação</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="58" />
      <source>tabs</source>
      <translation>tabulações</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="37" />
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="66" />
      <source>the API token</source>
      <translation>o token de API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="62" />
      <source>the KoboToolbox API token</source>
      <translation>o token da API do KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="85" />
      <source>the ODK Central password or app-user token</source>
      <translation>a senha do ODK Central ou o token de utilizador móvel</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="50" />
      <source>the address of a KoboToolbox server, the form's ID and your API token (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>o endereço de um servidor KoboToolbox, o ID do formulário e o seu token de API (numa configuração de autenticação do QGIS, ou indicado por env:/file: sem a janela do QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="62" />
      <source>the address of an ODK Central server, the project number, the form's ID and your login (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>o endereço de um servidor ODK Central, o número do projeto, o ID do formulário e o seu início de sessão (numa configuração de autenticação do QGIS, ou indicado por env:/file: sem a janela do QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="132" />
      <source>the address of an XYZ or WMS basemap, an area and zoom levels.</source>
      <translation>o endereço de um mapa de fundo XYZ ou WMS, uma área e níveis de zoom.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="98" />
      <source>the admin areas with the number of submissions, or the share of an answer, or the mean or median of a number, each area below the threshold marked 'insufficient'.</source>
      <translation>as unidades administrativas com o número de submissões, ou a proporção de uma resposta, ou a média ou a mediana de um número, cada unidade abaixo do limiar marcada 'insufficient'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="441" />
      <source>the attachments of {id}</source>
      <translation>os anexos de {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="148" />
      <source>the cell {cell} ({column}) holds a formula with no saved result: open the file in Excel or LibreOffice and save it, or type the value</source>
      <translation>a célula {cell} ({column}) contém uma fórmula sem resultado guardado: abra o ficheiro no Excel ou no LibreOffice e guarde-o, ou escreva o valor</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="134" />
      <source>the column holds whole numbers</source>
      <translation>a coluna contém números inteiros</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="264" />
      <source>the column {column} of {table}</source>
      <translation>a coluna {column} de {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="255" />
      <source>the current project (never saved)</source>
      <translation>o projeto atual (nunca guardado)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="303" />
      <source>the data has no question {question}</source>
      <translation>os dados não têm a pergunta {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="189" />
      <source>the decisions saved in the shared cleaning log, with who and when; the numbers saved, refused (someone decided first) and unchanged.</source>
      <translation>as decisões guardadas no registo de limpeza partilhado, com quem e quando; os números de guardadas, recusadas (outra pessoa decidiu primeiro) e inalteradas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="344" />
      <source>the disk is full</source>
      <translation>o disco está cheio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="100" />
      <source>the exact location of each submission</source>
      <translation>a posição exata de cada submissão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="275" />
      <source>the file cannot be opened for writing</source>
      <translation>o ficheiro não pode ser aberto para escrita</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="106" />
      <source>the form has no choice list '{list}'</source>
      <translation>o formulário não tem a lista de opções «{list}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="103" />
      <source>the form has no choice list '{list}' (it has '{other}': check the spelling)</source>
      <translation>o formulário não tem a lista de opções «{list}» (tem «{other}»: verifique a ortografia)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="70" />
      <source>the form has no question {name}</source>
      <translation>o formulário não tem nenhuma pergunta {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="72" />
      <source>the form has several questions {name}</source>
      <translation>o formulário tem várias perguntas {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="167" />
      <source>the forms of project {id}</source>
      <translation>os formulários do projeto {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="129" />
      <source>the list of forms</source>
      <translation>a lista de formulários</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="160" />
      <source>the list of projects</source>
      <translation>a lista de projetos</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="125" />
      <source>the list of submissions of form {id}</source>
      <translation>a lista de submissões do formulário {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_index.py" line="35" />
      <source>the list of submissions of form {uid}</source>
      <translation>a lista de submissões do formulário {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="128" />
      <source>the login</source>
      <translation>o início de sessão</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="22" />
      <source>the names of survey staff</source>
      <translation>os nomes do pessoal do inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="104" />
      <source>the new uuid {uuid} is the uuid of another submission ({ids}): it would be there twice</source>
      <translation>o novo uuid {uuid} é o uuid de outra submissão ({ids}): apareceria duas vezes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="151" />
      <source>the office GeoPackage with the new submissions, the values edited and repeat rows added by the field team and the cleaning decisions merged, and a CSV of the conflicts and of the field changes not merged, such as rows deleted in the field (the office kept its values and rows).</source>
      <translation>o GeoPackage do escritório com as novas submissões, os valores editados e as linhas de repetição adicionadas pela equipa de campo e as decisões de limpeza fundidos, e um CSV dos conflitos e das alterações de campo não fundidas, como as linhas eliminadas no terreno (o escritório manteve os seus valores e as suas linhas).</translation>
    </message>
    <message>
      <source>the office GeoPackage with the new submissions, the values edited by the field team and the cleaning decisions merged, and a CSV of the conflicts (office values kept).</source>
      <translation type="vanished">o GeoPackage do escritório com as novas submissões, os valores editados pela equipa de campo e as decisões de limpeza fundidos, e um CSV dos conflitos (os valores do escritório são mantidos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="150" />
      <source>the package a field team brought back and the office survey GeoPackage.</source>
      <translation>o pacote que uma equipa de campo trouxe e o GeoPackage do inquérito do escritório.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="23" />
      <source>the place where people live, identifying in small places</source>
      <translation>o local onde as pessoas vivem, o que as identifica em localidades pequenas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="67" />
      <source>the pseudonymisation key</source>
      <translation>a chave de pseudonimização</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="84" />
      <source>the question {parent} it names has no column in the layer</source>
      <translation>a pergunta {parent} que nomeia não tem coluna na camada</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="79" />
      <source>the question {parent} it names is in the repeat group {repeat}</source>
      <translation>a pergunta {parent} que nomeia está no grupo repetido {repeat}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="99" />
      <source>the raw tables ({tables})</source>
      <translation>as tabelas brutas ({tables})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="208" />
      <source>the requested page</source>
      <translation>a página pedida</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="316" />
      <source>the same columns in another order</source>
      <translation>as mesmas colunas noutra ordem</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="77" />
      <source>the submission names this file, but the server listed no attachment of that name.</source>
      <translation>a submissão nomeia este ficheiro, mas o servidor não listou nenhum anexo com esse nome.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="371" />
      <source>the submissions of form {id}</source>
      <translation>as submissões do formulário {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="180" />
      <source>the submissions of form {uid}</source>
      <translation>as submissões do formulário {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="76" />
      <source>the survey</source>
      <translation>o inquérito</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="141" />
      <source>the survey GeoPackages, admin boundaries and, optionally, a basemap source for the area.</source>
      <translation>os GeoPackages de inquérito, os limites administrativos e, opcionalmente, uma fonte de mapa de fundo para a área.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="76" />
      <source>the table 'cleaning_log' (one row per value to review) in the survey's GeoPackage, optionally an Excel or CSV copy for field teams, and the number of rows raised by each check.</source>
      <translation>a tabela 'cleaning_log' (uma linha por valor a rever) no GeoPackage do inquérito, opcionalmente uma cópia Excel ou CSV para as equipas de campo, e o número de linhas geradas por cada verificação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="262" />
      <source>the table {table}</source>
      <translation>a tabela {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="276" />
      <source>the uuid is empty</source>
      <translation>o uuid está vazio</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="208" />
      <source>times in milliseconds since 1970</source>
      <translation>marcas temporais em milissegundos desde 1970</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="224" />
      <source>to</source>
      <translation>a</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="227" />
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>uuid</source>
      <translation type="vanished">uuid</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="50" />
      <source>value outside the form's constraint</source>
      <translation>valor fora da restrição do formulário</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="59" />
      <source>vertical bars (|)</source>
      <translation>barras verticais (|)</translation>
    </message>
    <message>
      <source>when</source>
      <translation type="vanished">quando (when)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="181" />
      <source>where its GPS point falls</source>
      <translation>onde fica o seu ponto GPS</translation>
    </message>
    <message>
      <source>who</source>
      <translation type="vanished">quem (who)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="38" />
      <source>whole number</source>
      <translation>número inteiro</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>whole numbers</source>
      <translation>números inteiros</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="183" />
      <source>whose P-code it gives</source>
      <translation>cujo P-code indica</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="145" />
      <source>write TRUE or FALSE</source>
      <translation>escreva TRUE ou FALSE</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="181" />
      <source>write the date and time as YYYY-MM-DDTHH:MM:SS</source>
      <translation>escreva a data e a hora como AAAA-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="169" />
      <source>write the date as YYYY-MM-DD</source>
      <translation>escreva a data como AAAA-MM-DD</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="143" />
      <source>writing the cleaned layer {table} in {schema}</source>
      <translation>a escrever a camada limpa {table} em {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="80" />
      <source>writing the cleaning log of {schema}</source>
      <translation>escrever o registo de limpeza de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="44" />
      <source>yes/no (0/1)</source>
      <translation>sim/não (0/1)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_flags.py" line="84" />
      <source>yes/no answers of the choice '{choice}' (1/0, True/False, or its own code or label)</source>
      <translation>respostas sim/não da opção «{choice}» (1/0, True/False, ou o seu próprio código ou etiqueta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="210" />
      <source>{answered} is the P-code of no admin area; the point lies in {found}.</source>
      <translation>{answered} não é o P-code de nenhuma unidade administrativa; o ponto está em {found}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="169" />
      <source>{areas}: {count}</source>
      <translation>{areas}: {count}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="192" />
      <source>{area} has no boundary (its geometry is empty): no page was made for it.</source>
      <translation>{area} não tem limite (a sua geometria está vazia): nenhuma página foi feita para ela.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows pending.</source>
      <translation type="vanished">{changed} valores alterados, {removed} submissões removidas, {pending} linhas do registo pendentes.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows still pending, {kept} kept as they are.</source>
      <translation type="vanished">{changed} valores alterados, {removed} submissões removidas, {pending} linhas do registo ainda pendentes, {kept} mantidas tal como estão.</translation>
    </message>
    <message>
      <source>{changed} values will be changed and {removed} submissions removed; {kept} rows are kept as they are.</source>
      <translation type="vanished">Serão alterados {changed} valores e removidas {removed} submissões; {kept} linhas são mantidas tal como estão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="334" />
      <source>{check}: {count} rows ({seconds} s)</source>
      <translation>{check}: {count} linhas ({seconds} s)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="27" />
      <source>{code} ({count} areas)</source>
      <translation>{code} ({count} áreas)</translation>
    </message>
    <message>
      <source>{columns} columns; encoding {encoding}; delimiter {delimiter}; location: {location}; repeat tables: {repeats}; form languages: {languages}.</source>
      <translation type="vanished">{columns} colunas; codificação {encoding}; separador {delimiter}; posição: {location}; tabelas de repetição: {repeats}; línguas do formulário: {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="90" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of no choice of the list '{list}': the row cannot be applied to {answer}. Write the change on {answer}, with the choice's name</source>
      <translation>{column} é a etiqueta que a importação deriva de {answer}, e '{label}' não é a etiqueta de nenhuma opção da lista '{list}': a linha não pode ser aplicada a {answer}. Escreva a alteração em {answer}, com o nome da opção</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="85" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of several choices of the list '{list}' ({codes}): the row cannot tell which one it means. Write the change on {answer}, with the choice's name</source>
      <translation>{column} é a etiqueta que a importação deriva de {answer}, e '{label}' é a etiqueta de várias opções da lista '{list}' ({codes}): a linha não permite saber a qual se refere. Escreva a alteração em {answer}, com o nome da opção</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="283" />
      <source>{column}: {explanation}</source>
      <translation>{column}: {explanation}</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage.</source>
      <translation type="vanished">{count} anexos não puderam ser descarregados e foram ignorados: {files}. As submissões estão todas no GeoPackage.</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation type="vanished">{count} anexos não puderam ser descarregados e foram ignorados: {files}. As submissões estão todas no GeoPackage; para obter os ficheiros mais tarde, volte a executar o descarregamento para este GeoPackage com as caixas «Atualizar» e «Descarregar os anexos» marcadas.</translation>
    </message>
    <message>
      <source>{count} decisions of the saved log are kept.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="59" />
      <source>{count} form constraint(s) not checked, their expressions are beyond what the checks read: {questions}. Check these answers by hand.</source>
      <translation>{count} restrição(ões) do formulário não verificada(s), as suas expressões vão além do que as verificações leem: {questions}. Verifique estas respostas à mão.</translation>
    </message>
    <message>
      <source>{count} forms. Select one, then Next.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="50" />
      <source>{count} of {total} values of "{column}" are KoboToolbox validation statuses naming the account of the person who validated the submission ("by_whom"): a copy for sharing keeps only the status.</source>
      <translation>{count} de {total} valores de «{column}» são estados de validação do KoboToolbox que indicam a conta da pessoa que validou a submissão ("by_whom"): uma cópia para partilha só mantém o estado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="35" />
      <source>{count} of {total} values of "{column}" contain names also written in "{source}".</source>
      <translation>{count} de {total} valores de «{column}» contêm nomes escritos também em «{source}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="40" />
      <source>{count} of {total} values of "{column}" contain {what}.</source>
      <translation>{count} de {total} valores de «{column}» contêm {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="45" />
      <source>{count} of {total} values of "{column}" look like {what}.</source>
      <translation>{count} de {total} valores de «{column}» parecem ser {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="135" />
      <source>{count} or more interviews started by the same {by} within {minutes} minutes.</source>
      <translation>{count} entrevistas ou mais iniciadas pelo mesmo {by} em menos de {minutes} minutos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="93" />
      <source>{count} problem(s) in the help catalogue; the bundled catalogue is used for the rest. Details: CartONG › Learn › Problems in the help catalogue, or the CartONG log.</source>
      <translation>{count} problema(s) no catálogo de ajuda; para o resto é usado o catálogo incluído no complemento. Detalhes: CartONG › Aprender › Problemas no catálogo de ajuda, ou o registo do CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="79" />
      <source>{encoding}: check that the text reads correctly</source>
      <translation>{encoding}: verifique se o texto é lido corretamente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="37" />
      <source>{error} The export file {file} may hold decisions of the field teams: it was not replaced. Choose another export file, or move this one away.</source>
      <translation>{error} O ficheiro de exportação {file} pode conter decisões das equipas de campo: não foi substituído. Escolha outro ficheiro de exportação ou mova este para outro local.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="64" />
      <source>{file} already exists. Replace it? Everything it holds will be lost. Choose No to keep it, then another name ({free} is free).</source>
      <translation>{file} já existe. Substituí-lo? Tudo o que contém será perdido. Escolha Não para o manter e depois outro nome ({free} está livre).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="289" />
      <source>{file} already exists: choose "A key file I keep…" to use it, or another name for the new key.</source>
      <translation>{file} já existe: escolha "Um ficheiro de chave que guardo…" para o usar, ou outro nome para a nova chave.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/returned_files.py" line="85" />
      <source>{file} appeared in {folder} during the merge (another program writing there, or a file whose name differs only in upper or lower case): nothing was merged, so that no row links to a different file. Run the merge again.</source>
      <translation>{file} apareceu em {folder} durante a fusão (outro programa a escrever lá, ou um ficheiro cujo nome só difere em maiúsculas ou minúsculas): nada foi fundido, para que nenhuma linha remeta para um ficheiro diferente. Volte a executar a fusão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="273" />
      <source>{file} cannot be opened: {error}. Export the data again as a plain zip (no password).</source>
      <translation>Não é possível abrir {file}: {error}. Exporte novamente os dados como um zip simples (sem senha).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="449" />
      <source>{file} cannot be read as CSV: {reason}</source>
      <translation>{file} não pode ser lido como CSV: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="61" />
      <source>{file} cannot be read as GeoJSON: {reason}</source>
      <translation>{file} não pode ser lido como GeoJSON: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="244" />
      <source>{file} cannot be read as JSON: {reason}</source>
      <translation>{file} não pode ser lido como JSON: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="45" />
      <source>{file} cannot be read or written (permission denied). Choose a file or folder you can use.</source>
      <translation>{file} não pode ser lido nem escrito (permissão negada). Escolha um ficheiro ou uma pasta que possa usar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="442" />
      <source>{file} cannot be read: {error}</source>
      <translation>{file} não pode ser lido: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="195" />
      <source>{file} cannot be written: the folder {folder} cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>{file} não pode ser escrito: não é possível escrever na pasta {folder} ({reason}). Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="42" />
      <source>{file} cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a CSV, spreadsheet or shapefile loses them, and a copy shared from it would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>{file} não pode conter o inquérito limpo: só um GeoPackage conserva tal como estão o formulário do inquérito, as suas tabelas de repetição e as suas datas e horas (um CSV, uma folha de cálculo ou um shapefile perde-os, e uma cópia partilhada a partir dele perderia as proteções que os leem); escolha um ficheiro GeoPackage (.gpkg) para o inquérito limpo e faça a exportação para partilha a partir desse ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="140" />
      <source>{file} contains binary data: it is not a CSV text file (it looks like {what}).</source>
      <translation>{file} contém dados binários: não é um ficheiro de texto CSV (parece {what}).</translation>
    </message>
    <message>
      <source>{file} contains binary data: it is not a CSV text file.</source>
      <translation type="vanished">{file} contém dados binários: não é um ficheiro de texto CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_zip.py" line="43" />
      <source>{file} contains no CSV file.</source>
      <translation>{file} não contém nenhum ficheiro CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="247" />
      <source>{file} could not be extracted ({error}).</source>
      <translation>Não foi possível extrair {file} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="102" />
      <source>{file} could not be read as an Excel workbook (.xlsx).</source>
      <translation>Não foi possível ler {file} como um livro do Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="300" />
      <source>{file} could not be saved: {error}</source>
      <translation>Não foi possível guardar {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="207" />
      <source>{file} could not be written ({error}): check the free disk space and that the folder can be written to.</source>
      <translation>Não foi possível escrever {file} ({error}): verifique o espaço livre em disco e se é possível escrever na pasta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="95" />
      <source>{file} could not be written completely (the file written is damaged or incomplete): nothing was replaced. Check that the disk of {folder} has free space and try again.</source>
      <translation>{file} não pôde ser escrito por completo (o ficheiro escrito está danificado ou incompleto): nada foi substituído. Verifique se o disco de {folder} tem espaço livre e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="216" />
      <source>{file} could not be written completely in the folder {folder} ({reason}). Nothing was written under that name and a previous {file} is unchanged.</source>
      <translation>Não foi possível escrever {file} por completo na pasta {folder} ({reason}). Nada foi escrito com esse nome e o {file} anterior, se existia, está inalterado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="204" />
      <source>{file} could not be written: the disk holding the folder {folder} is full. Nothing was written under that name and a previous {file} is unchanged. Free some space or choose another folder.</source>
      <translation>Não foi possível escrever {file}: o disco que contém a pasta {folder} está cheio. Nada foi escrito com esse nome e o {file} anterior, se existia, está inalterado. Liberte espaço ou escolha outra pasta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="369" />
      <source>{file} does not match the form {form}: none of its {count} columns is a question of the form. Choose the form this export was downloaded with.</source>
      <translation>{file} não corresponde ao formulário {form}: nenhuma das suas {count} colunas é uma pergunta do formulário. Escolha o formulário com que esta exportação foi descarregada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="309" />
      <source>{file} has a header row but no data rows.</source>
      <translation>{file} tem uma linha de cabeçalho mas nenhuma linha de dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="65" />
      <source>{file} has its labels in {kept}, a language the form no longer has ({languages}): the new submissions are labelled in {used}, so its label columns mix two languages. Download the survey again without Update to have every label in one language.</source>
      <translation>{file} tem as etiquetas em {kept}, uma língua que o formulário já não tem ({languages}): as novas submissões são etiquetadas em {used}, pelo que as suas colunas de etiquetas misturam duas línguas. Descarregue de novo o inquérito sem «Atualizar» para ter todas as etiquetas numa só língua.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="52" />
      <source>{file} has its labels in {kept}: an update writes the new submissions' labels in that language too, so that old and new rows match. To have labels in {asked}, download the survey again without Update (or into a new GeoPackage).</source>
      <translation>{file} tem as etiquetas em {kept}: uma atualização escreve também nessa língua as etiquetas das novas submissões, para que as linhas antigas e as novas correspondam. Para ter as etiquetas em {asked}, descarregue de novo o inquérito sem «Atualizar» (ou para um novo GeoPackage).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="89" />
      <source>{file} has labels in {kept}: an update now would add submissions without labels to it, so nothing was changed. Update again once the server gives the form, or give its XLSForm.</source>
      <translation>{file} tem etiquetas em {kept}: uma atualização agora acrescentar-lhe-ia submissões sem etiquetas, por isso nada foi alterado. Volte a atualizar quando o servidor fornecer o formulário, ou indique o seu XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="38" />
      <source>{file} has no 'survey' layer to look for personal data in.</source>
      <translation>{file} não tem a camada «survey» onde procurar dados pessoais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="179" />
      <source>{file} has no 'survey' layer: import the survey first.</source>
      <translation>{file} não tem a camada «survey»: importe primeiro o inquérito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="233" />
      <source>{file} has no 'survey' sheet: it is not an XLSForm.</source>
      <translation>{file} não tem a folha «survey»: não é um XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/extents.py" line="47" />
      <source>{file} has no coordinate reference system, so where its features lie is unknown. Set it in the layer properties (Source), or add the .prj file beside the Shapefile.</source>
      <translation>{file} não tem sistema de referência de coordenadas, por isso não se sabe onde estão as suas entidades. Defina-o nas propriedades da camada (Fonte), ou acrescente o ficheiro .prj ao lado do Shapefile.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="103" />
      <source>{file} has no features.</source>
      <translation>{file} não contém nenhuma entidade.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="40" />
      <source>{file} has no layer '{layer}'.</source>
      <translation>{file} não tem a camada «{layer}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="450" />
      <source>{file} has no layer of areas (polygons).</source>
      <translation>{file} não tem nenhuma camada de unidades administrativas (polígonos).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="303" />
      <source>{file} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
      <translation>{file} não tem folha '{sheet}'; as suas folhas são: {sheets}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="180" />
      <source>{file} has no sheet with data.</source>
      <translation>{file} não tem nenhuma folha com dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="250" />
      <source>{file} has no submissions.</source>
      <translation>{file} não tem submissões.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="420" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit} (the typed table, with a label column beside each select question, would have {typed}). Export fewer questions, or split the export, and import each part.</source>
      <translation>{file} tem {count} colunas; uma tabela GeoPackage admite no máximo {limit} (a tabela tipada, com uma coluna de etiqueta junto a cada pergunta de seleção, teria {typed}). Exporte menos perguntas, ou divida a exportação, e importe cada parte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="218" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit}. Export fewer questions, or split the export, and import each part.</source>
      <translation>{file} tem {count} colunas; uma tabela GeoPackage admite no máximo {limit}. Exporte menos perguntas, ou divida a exportação, e importe cada parte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="324" />
      <source>{file} holds a KoboToolbox export imported from a file; an update adds the submissions after its last _id. Make sure it is the same form.</source>
      <translation>{file} contém uma exportação do KoboToolbox importada de um ficheiro; uma atualização acrescenta as submissões posteriores ao seu último _id. Confirme que se trata do mesmo formulário.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="335" />
      <source>{file} holds another form ({source}): replace it or choose another file.</source>
      <translation>{file} contém outro formulário ({source}): substitua-o ou escolha outro ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="67" />
      <source>{file} holds only its header row: none of the exported submissions has a row in {table}, which was imported as an empty table with its columns.</source>
      <translation>{file} só contém a sua linha de cabeçalho: nenhuma das submissões exportadas tem uma linha em {table}, que foi importada como uma tabela vazia com as suas colunas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="39" />
      <source>{file} holds the submissions of {held}, not of {given}: an update adds only the new submissions of the form it was downloaded from, so choose that server and form again, or download {given} into a new GeoPackage.</source>
      <translation>{file} contém as submissões de {held}, não de {given}: uma atualização só acrescenta as novas submissões do formulário a partir do qual foi descarregado, por isso escolha novamente esse servidor e esse formulário, ou descarregue {given} para um novo GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="110" />
      <source>{file} holds {count} files, more than the limit of {limit}: it was not opened.</source>
      <translation>{file} contém {count} ficheiros, mais do que o limite de {limit}: não foi aberto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="162" />
      <source>{file} is JSON but holds no list of submissions (under 'results' for KoboToolbox, 'value' for ODK Central).</source>
      <translation>{file} é JSON mas não contém nenhuma lista de submissões (em 'results' para o KoboToolbox, 'value' para o ODK Central).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="218" />
      <source>{file} is ODK Central's table of the repeat '{repeat}' saved alone, not the submissions: its {rows} rows are items of {count} submission(s) ({column}). They were imported as the rows of the survey layer; to import the submissions with their repeats, save the Submissions with $expand=* or use Download from a server.</source>
      <translation>{file} é a tabela da repetição «{repeat}» do ODK Central guardada sozinha, não as submissões: as suas {rows} linhas são itens de submissões (número de submissões: {count}; {column}). Foram importadas como as linhas da camada de inquérito; para importar as submissões com as suas repetições, guarde Submissions com $expand=* ou use Descarregar de um servidor.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="282" />
      <source>{file} is UTF-8 except %n lines, written in {encoding} (lines {lines}): only those lines were read as {encoding}, the rest as UTF-8. Check their accents.</source>
      <translation>
        <numerusform>{file} está em UTF-8 exceto %n linha, escrita em {encoding} (linha {lines}): só essa linha foi lida como {encoding}, o resto como UTF-8. Verifique os seus acentos.</numerusform>
        <numerusform>{file} está em UTF-8 exceto %n linhas, escritas em {encoding} (linhas {lines}): só essas linhas foram lidas como {encoding}, o resto como UTF-8. Verifique os seus acentos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="153" />
      <source>{file} is a KoboToolbox form definition, not submissions: download the data (or use Download from a server).</source>
      <translation>{file} é uma definição de formulário do KoboToolbox, não submissões: descarregue os dados (ou use Descarregar de um servidor).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="82" />
      <source>{file} is a folder, not a file: choose a file name for the output, not a folder.</source>
      <translation>{file} é uma pasta, não um ficheiro: escolha um nome de ficheiro para a saída, não uma pasta.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="124" />
      <source>{file} is a zip or Excel file, not a CSV text file. Choose the .xlsx or .zip import, or export the data again as CSV.</source>
      <translation>{file} é um ficheiro zip ou Excel, não um ficheiro de texto CSV. Escolha a importação .xlsx ou .zip, ou exporte novamente os dados em CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="100" />
      <source>{file} is an old Excel .xls file: export the data again as .xlsx or CSV.</source>
      <translation>{file} é um ficheiro antigo do Excel .xls: exporte novamente os dados em .xlsx ou CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="63" />
      <source>{file} is an old Excel file (.xls), which this QGIS cannot read. Open it in Excel or LibreOffice, save it as .xlsx and choose that file.</source>
      <translation>{file} é um ficheiro antigo do Excel (.xls), que esta versão do QGIS não consegue ler. Abra-o no Excel ou no LibreOffice, guarde-o como .xlsx e escolha esse ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="102" />
      <source>{file} is damaged or incomplete (perhaps cut short while it was downloaded or copied): it cannot be opened. Download or copy it again.</source>
      <translation>{file} está danificado ou incompleto (talvez cortado durante o download ou a cópia): não pode ser aberto. Descarregue-o ou copie-o de novo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="265" />
      <source>{file} is damaged: the sizes or checksums it declares do not match what it holds ({error}). Download or copy it again.</source>
      <translation>{file} está danificado: os tamanhos ou somas de verificação que declara não correspondem ao seu conteúdo ({error}). Descarregue-o ou copie-o novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="233" />
      <source>{file} is empty.</source>
      <translation>{file} está vazio.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="291" />
      <source>{file} is neither UTF-8 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>{file} não é texto UTF-8 nem Windows-1252. Guarde-o novamente como «CSV UTF-8» e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="297" />
      <source>{file} is not UTF-8, and its text could be Windows-1252 (Excel in French, Spanish, Portuguese or English) as well as Windows-1256 (Excel in Arabic): it was read as {encoding}. Check its text, or save it again as 'CSV UTF-8' in Excel and use that file.</source>
      <translation>{file} não está em UTF-8, e o seu texto tanto pode ser Windows-1252 (Excel em francês, espanhol, português ou inglês) como Windows-1256 (Excel em árabe): foi lido como {encoding}. Verifique o seu texto, ou guarde-o novamente como «CSV UTF-8» no Excel e use esse ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="307" />
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel in French, Spanish, Portuguese or English). Check its accents; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>{file} não está em UTF-8: foi lido como Windows-1252 (Excel em francês, espanhol, português ou inglês). Verifique os seus acentos; para evitar esta suposição, guarde-o novamente como «CSV UTF-8» no Excel.</translation>
    </message>
    <message>
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel). Check accents in the imported text.</source>
      <translation type="vanished">{file} não está em UTF-8: foi lido como Windows-1252 (Excel). Verifique os acentos do texto importado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="303" />
      <source>{file} is not UTF-8: it was read as Windows-1256 (Excel in Arabic). Check its text; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>{file} não está em UTF-8: foi lido como Windows-1256 (Excel em árabe). Verifique o seu texto; para evitar esta suposição, guarde-o novamente como «CSV UTF-8» no Excel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="133" />
      <source>{file} is not a CSV export: it looks like {what}. Download the export again.</source>
      <translation>{file} não é uma exportação CSV: parece {what}. Descarregue novamente a exportação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="79" />
      <source>{file} is not a GeoPackage that GDAL can read: {error}</source>
      <translation>{file} não é um GeoPackage que o GDAL consiga ler: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="145" />
      <source>{file} is not a readable training session ({error}).</source>
      <translation>{file} não é uma sessão de formação legível ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable zip archive ({error}).</source>
      <translation type="vanished">{file} não é um arquivo zip legível ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="321" />
      <source>{file} is not a survey GeoPackage: it can only be replaced.</source>
      <translation>{file} não é um GeoPackage de inquérito: só pode ser substituído.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="96" />
      <source>{file} is not a zip archive: it looks like {what}.</source>
      <translation>{file} não é um arquivo zip: parece {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="126" />
      <source>{file} is not an Excel workbook (.xlsx): it looks like {what}.</source>
      <translation>{file} não é um livro do Excel (.xlsx): parece {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="194" />
      <source>{file} is one page of a paged download ({rows} submissions; the server named another page: {link}): the submissions of the other pages are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>{file} é uma página de um descarregamento paginado ({rows} submissões; o servidor indicava outra página: {link}): as submissões das outras páginas não estão no ficheiro. Descarregue todas as páginas, ou use Descarregar de um servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="188" />
      <source>{file} is one page of a paged download: it holds {rows} of the {count} submissions the server had; the other {missing} are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>{file} é uma página de um descarregamento paginado: contém {rows} das {count} submissões que o servidor tinha; as outras {missing} não estão no ficheiro. Descarregue todas as páginas, ou use Descarregar de um servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="158" />
      <source>{file} is open in QGIS or another program, so it cannot be replaced safely. Remove its layers from the project (or close the program) and try again; the file was not changed.</source>
      <translation>{file} está aberto no QGIS ou noutro programa, pelo que não pode ser substituído em segurança. Remova as suas camadas do projeto (ou feche o programa) e tente novamente; o ficheiro não foi alterado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="130" />
      <source>{file} is protected by a password (the member "{member}" is encrypted): the toolkit cannot open it. Export the data again without a password, or extract the archive with its password and import the CSV files.</source>
      <translation>{file} está protegido por uma senha (o elemento «{member}» está cifrado): o complemento não o consegue abrir. Exporte novamente os dados sem senha, ou extraia o arquivo com a sua senha e importe os ficheiros CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="287" />
      <source>{file} is protected by a password, so it cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave it empty), save it and choose it again.</source>
      <translation>{file} está protegido por uma senha, por isso não pode ser lido. Abra-o no Excel, retire a senha (Ficheiro &gt; Informações &gt; Proteger livro &gt; Encriptar com palavra-passe, deixe-a vazia), guarde-o e escolha-o de novo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="46" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds, its events linked to their submission by its 'instance ID' column.</source>
      <translation>{file} é o registo de auditoria do formulário (uma linha por evento dos inquiridores, não submissões): as suas colunas start e end foram lidas como datas e horas a partir de milissegundos, e os seus eventos ligados à sua submissão pela sua coluna «instance ID».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="52" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds. It has no 'instance ID' column, so its events are not linked to their submission.</source>
      <translation>{file} é o registo de auditoria do formulário (uma linha por evento dos inquiridores, não submissões): as suas colunas start e end foram lidas como datas e horas a partir de milissegundos. Não tem coluna «instance ID», por isso os seus eventos não estão ligados à sua submissão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="53" />
      <source>{file} is used by layers of the open project ({layers}): it cannot be replaced. Choose another file name, or remove these layers from the project first.</source>
      <translation>{file} é usado por camadas do projeto aberto ({layers}): não pode ser substituído. Escolha outro nome de ficheiro, ou remova primeiro essas camadas do projeto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/csv_delimiter.py" line="113" />
      <source>{file} looks cut off: its last row (row {row}) is incomplete and the file does not end with a line break, as when a download stops early. Download the export again.</source>
      <translation>{file} parece cortado: a sua última linha (linha {row}) está incompleta e o ficheiro não termina com uma quebra de linha, como quando um descarregamento para antes do tempo. Descarregue novamente a exportação.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="183" />
      <source>{file} now exists: go back to the first page to choose what to do. Nothing was written.</source>
      <translation>{file} passou a existir: volte à primeira página para escolher o que fazer. Nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="113" />
      <source>{file} of the returned package {package} is damaged or was not copied completely (a USB stick pulled out too early, a failing disk): it cannot be merged, and the office GeoPackage was not changed. Copy the package again from the field laptop, then run again.</source>
      <translation>{file} do pacote devolvido {package} está danificado ou não foi copiado por completo (uma pen USB retirada cedo demais, um disco com falhas): não pode ser fundido, e o GeoPackage do escritório não foi alterado. Copie novamente o pacote a partir do portátil de campo e execute novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="323" />
      <source>{file} was already there and was kept as it was; the incomplete basemap is {partial}: compare them before replacing one with the other.</source>
      <translation>{file} já existia e foi mantido tal como estava; o mapa base incompleto é {partial}: compare-os antes de substituir um pelo outro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="276" />
      <source>{file} was not downloaded from a server, so it cannot be updated from one. Download into a new GeoPackage instead.</source>
      <translation>{file} não foi descarregado de um servidor, pelo que não pode ser atualizado a partir de um. Descarregue antes para um novo GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="328" />
      <source>{file} was not downloaded from a server: it can only be replaced.</source>
      <translation>{file} não foi descarregado de um servidor: só pode ser substituído.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="162" />
      <source>{file} was not prepared as a field package (it has no table {table}): its changes cannot be told from the office's, nothing was merged.</source>
      <translation>{file} não foi preparado como pacote de campo (não tem a tabela {table}): as suas alterações não podem ser distinguidas das do escritório, nada foi fundido.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="121" />
      <source>{file} was refused: it holds two files named "{member}" (once made valid on every system), and one would replace the other.</source>
      <translation>{file} foi recusado: contém dois ficheiros chamados «{member}» (depois de o nome ser tornado válido em todos os sistemas), e um substituiria o outro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="349" />
      <source>{file} was refused: it links to other files or addresses ({links}). Export the data again from the server, or save a copy without external links (Excel: Data &gt; Edit Links &gt; Break Link).</source>
      <translation>{file} foi recusado: remete para outros ficheiros ou endereços ({links}). Exporte novamente os dados a partir do servidor, ou guarde uma cópia sem ligações externas (Excel: Dados &gt; Editar Ligações &gt; Quebrar Ligação).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="159" />
      <source>{file} was refused: it would expand to {size} MB, more than the limit of {limit} MB.</source>
      <translation>{file} foi recusado: ocuparia {size} MB depois de descomprimido, mais do que o limite de {limit} MB.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="232" />
      <source>{file} was refused: the member "{member}" expands far beyond its declared size, which looks like a zip bomb.</source>
      <translation>{file} foi recusado: o elemento «{member}» descomprime-se muito além do seu tamanho declarado, o que parece uma bomba zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="140" />
      <source>{file} was refused: the member "{member}" is unsafe because {reason}. Ask for a fresh export from the server.</source>
      <translation>{file} foi recusado: o elemento «{member}» não é seguro porque {reason}. Peça uma nova exportação a partir do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="150" />
      <source>{file} was refused: the member "{member}" would expand to {size} MB ({ratio:.0f} times its compressed size), which looks like a zip bomb.</source>
      <translation>{file} foi recusado: o elemento «{member}» ocuparia {size} MB depois de descomprimido ({ratio:.0f} vezes o seu tamanho comprimido), o que parece uma bomba zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="361" />
      <source>{file} was refused: {count} cells hold formulas ({cells}); a survey export holds values only. Paste the cells as values and try again.</source>
      <translation>{file} foi recusado: {count} células contêm fórmulas ({cells}); uma exportação de inquérito só contém valores. Cole as células como valores e tente novamente.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="65" />
      <source>{file}, column {column}: %n date-times have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>{file}, coluna {column}: %n data e hora não tem fuso horário enquanto as outras têm todas {offset} (linha {row}: «{value}»); também foi lida em {offset}. Verifique-a; a tabela bruta conserva-a tal como foi escrita.</numerusform>
        <numerusform>{file}, coluna {column}: %n datas e horas não têm fuso horário enquanto as outras têm todas {offset} (a primeira na linha {row}: «{value}»); também foram lidas em {offset}. Verifique-as; a tabela bruta conserva-as tal como foram escritas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="73" />
      <source>{file}, column {column}: %n date-times have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>{file}, coluna {column}: %n data e hora não tem fuso horário enquanto as outras têm fusos diferentes (linha {row}: «{value}»); foi lida como UTC. Verifique-a; a tabela bruta conserva-a tal como foi escrita.</numerusform>
        <numerusform>{file}, coluna {column}: %n datas e horas não têm fuso horário enquanto as outras têm fusos diferentes (a primeira na linha {row}: «{value}»); foram lidas como UTC. Verifique-as; a tabela bruta conserva-as tal como foram escritas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="241" />
      <source>{file}, column {column}: %n locations cannot be read and were imported without geometry (rows {rows}; first at row {row}: {reason}). The raw table keeps them.</source>
      <translation>
        <numerusform>{file}, coluna {column}: %n localização não pode ser lida e foi importada sem geometria (linhas {rows}; a primeira na linha {row}: {reason}). A tabela bruta conserva-a.</numerusform>
        <numerusform>{file}, coluna {column}: %n localizações não podem ser lidas e foram importadas sem geometria (linhas {rows}; a primeira na linha {row}: {reason}). A tabela bruta conserva-as.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="97" />
      <source>{file}, column {column}: question {question} has no labels in the form given: {where}. Its codes are imported and its label column left empty.</source>
      <translation>{file}, coluna {column}: a pergunta {question} não tem etiquetas no formulário fornecido: {where}. Os seus códigos são importados e a sua coluna de etiquetas fica vazia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="113" />
      <source>{file}, column {column}: the export writes one label for several choices of question {question} (list '{list}': {shared}), so which one was chosen cannot be told; {count} answer(s) were left without a code, their label kept (first at row {row}). Export the data with XML values (codes) to tell them apart; the raw table keeps the answers.</source>
      <translation>{file}, coluna {column}: a exportação escreve uma mesma etiqueta para várias opções da pergunta {question} (lista «{list}»: {shared}), pelo que não é possível saber qual foi escolhida; {count} resposta(s) ficaram sem código, com a sua etiqueta (a primeira na linha {row}). Exporte os dados com valores XML (códigos) para as distinguir; a tabela bruta conserva as respostas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="183" />
      <source>{file}, column {column}: the list '{list}' has several choices of the same name ({choices}) and the question's choice_filter does not tell which one an answer means; {count} answer(s) were left without a label (first at row {row}). The raw table keeps them.</source>
      <translation>{file}, coluna {column}: a lista «{list}» tem várias opções com o mesmo nome ({choices}) e o choice_filter da pergunta não indica a qual se refere uma resposta; {count} resposta(s) ficaram sem etiqueta (a primeira na linha {row}). A tabela bruta conserva-as.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="365" />
      <source>{file}, column {column}: {count} answer(s) are choice labels, not codes, and were read as the codes of those choices (first at row {row}: '{value}' is '{code}'). The raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} resposta(s) são etiquetas de opções, não códigos, e foram lidas como os códigos dessas opções (a primeira na linha {row}: '{value}' é '{code}'). A tabela bruta conserva-as.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="248" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their choices were read from the export's choice columns ({columns}). The raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} resposta(s) não são uma lista de etiquetas da lista de opções «{list}» (a primeira na linha {row}: «{value}»); as suas opções foram lidas das colunas de opções da exportação ({columns}). A tabela bruta conserva-as.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="256" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their label was left empty. The raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} resposta(s) não são uma lista de etiquetas da lista de opções «{list}» (a primeira na linha {row}: «{value}»); a sua etiqueta ficou vazia. A tabela bruta conserva-as.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="76" />
      <source>{file}, column {column}: {count} answer(s) are not in the choice list '{list}' (first at row {row}: '{value}'); the code is kept as its own label.</source>
      <translation>{file}, coluna {column}: {count} resposta(s) não constam da lista de opções «{list}» (a primeira na linha {row}: «{value}»); o código serve de etiqueta.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">{file}, coluna {column}: {count} data(s) e hora(s) não têm fuso horário enquanto as outras têm todas {offset} (a primeira na linha {row}: «{value}»); também foram lidas em {offset}. Verifique-as; a tabela bruta conserva-as tal como foram escritas.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">{file}, coluna {column}: {count} data(s) e hora(s) não têm fuso horário enquanto as outras têm fusos diferentes (a primeira na linha {row}: «{value}»); foram lidas como UTC. Verifique-as; a tabela bruta conserva-as tal como foram escritas.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} location(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">{file}, coluna {column}: {count} posição(ões) não podem ser lidas e foram importadas sem geometria (a primeira na linha {row}: {reason})</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} shape(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">{file}, coluna {column}: {count} forma(s) não podem ser lidas e foram importadas sem geometria (a primeira na linha {row}: {reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="284" />
      <source>{file}, column {column}: {count} value(s) are Excel serial numbers, read as dates of Excel's 1900 date system (first at row {row}: '{value}' is {date}). The raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} valor(es) são números de série do Excel, lidos como datas do sistema de datas 1900 do Excel (o primeiro na linha {row}: '{value}' é {date}). A tabela bruta conserva-os.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="162" />
      <source>{file}, column {column}: {count} value(s) are not {what} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} valor(es) não são {what} e foram deixados vazios na tabela tipada (o primeiro na linha {row}: «{value}»). A tabela bruta conserva-os.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="148" />
      <source>{file}, column {column}: {count} value(s) are outside {low}..{high} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} valor(es) estão fora de {low}..{high} e foram deixados vazios na tabela tipada (o primeiro na linha {row}: '{value}'). A tabela bruta conserva-os.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="160" />
      <source>{file}, column {column}: {count} value(s) have a comma then three digits, read as a decimal comma (first at row {row}: '{value}' is {number}). If the comma separates thousands, correct them; the raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} valor(es) têm uma vírgula seguida de três algarismos, lida como vírgula decimal (o primeiro na linha {row}: '{value}' é {number}). Se a vírgula separa os milhares, corrija-os; a tabela bruta conserva-os.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="184" />
      <source>{file}, column {column}: {count} value(s) have a point then three zeros, read as a decimal point (first at row {row}: '{value}' is {number}). If the point separates thousands, correct them; the raw table keeps them.</source>
      <translation>{file}, coluna {column}: {count} valor(es) têm um ponto seguido de três zeros, lido como ponto decimal (o primeiro na linha {row}: '{value}' é {number}). Se o ponto separa os milhares, corrija-os; a tabela bruta conserva-os.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="120" />
      <source>{file}, column {column}: {count} value(s) have more digits than a decimal of the typed table holds and were rounded there (first at row {row}: '{value}' is stored as {number}). The raw table keeps them as written.</source>
      <translation>{file}, coluna {column}: {count} valor(es) têm mais dígitos do que um decimal da tabela tipada admite e foram arredondados nela (o primeiro na linha {row}: «{value}» é guardado como {number}). A tabela bruta conserva-os tal como foram escritos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="476" />
      <source>{file}, line {row}: {saw} fields where the header has {expected}. A value probably contains the delimiter without quotes.</source>
      <translation>{file}, linha {row}: {saw} campos quando o cabeçalho tem {expected}. Um valor contém provavelmente o separador sem aspas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/spreadsheet_layers.py" line="83" />
      <source>{file}, sheet {sheet}: every cell is text, so its first row cannot be told from a row of answers and its columns have no names (Field1, Field2...): the plugin cannot tell which hold personal data or which question each one answers. Save the sheet as a CSV file (UTF-8) and give that file, or import the workbook with Import survey data.</source>
      <translation>{file}, folha {sheet}: todas as células são texto, por isso a sua primeira linha não se distingue de uma linha de respostas e as suas colunas não têm nome (Field1, Field2...): o plugin não consegue saber quais contêm dados pessoais nem a que pergunta responde cada uma. Guarde a folha como ficheiro CSV (UTF-8) e indique esse ficheiro, ou importe o livro com Importar dados de inquérito.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_cells.py" line="69" />
      <source>{file}: %n cells are longer than the {limit} characters Excel keeps (first: row {row}, column {column}); the file holds them whole, but Excel cuts them when the file is opened and saved there. Edit such rows in the CSV export or in QGIS.</source>
      <translation>
        <numerusform>{file}: %n célula excede os {limit} caracteres que o Excel conserva (primeira: linha {row}, coluna {column}); o ficheiro contém-na inteira, mas o Excel corta-a quando o ficheiro é aberto e guardado nele. Edite essas linhas na exportação CSV ou no QGIS.</numerusform>
        <numerusform>{file}: %n células excedem os {limit} caracteres que o Excel conserva (primeira: linha {row}, coluna {column}); o ficheiro contém-nas inteiras, mas o Excel corta-as quando o ficheiro é aberto e guardado nele. Edite essas linhas na exportação CSV ou no QGIS.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="420" />
      <source>{file}: %n choice columns name a choice that is not in the form's list (kept as yes/no columns of their question): {columns}</source>
      <translation>
        <numerusform>{file}: %n coluna de opção designa uma opção que não está na lista do formulário (mantida como coluna sim/não da sua pergunta): {columns}</numerusform>
        <numerusform>{file}: %n colunas de opção designam uma opção que não está na lista do formulário (mantidas como colunas sim/não da sua pergunta): {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="444" />
      <source>{file}: %n column names are used more than once: {names}. The names as received are kept in the cartong_columns table.</source>
      <translation>
        <numerusform>{file}: %n nome de coluna é usado mais de uma vez: {names}. Os nomes tal como recebidos são guardados na tabela cartong_columns.</numerusform>
        <numerusform>{file}: %n nomes de coluna são usados mais de uma vez: {names}. Os nomes tal como recebidos são guardados na tabela cartong_columns.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/flat_repeats.py" line="197" />
      <source>{file}: %n columns are repeat groups flattened into one sheet (such as {example}): each item became a row of its repeat's table ({tables}). Items without any answer (empty or n/a) were left out: {skipped}. The raw table keeps these columns as received.</source>
      <translation>
        <numerusform>{file}: %n coluna é um grupo de repetição achatado numa só folha (como {example}): cada item tornou-se uma linha da tabela da sua repetição ({tables}). Os itens sem qualquer resposta (vazios ou n/a) foram omitidos: {skipped}. A tabela bruta mantém estas colunas tal como recebidas.</numerusform>
        <numerusform>{file}: %n colunas são grupos de repetição achatados numa só folha (como {example}): cada item tornou-se uma linha da tabela da sua repetição ({tables}). Os itens sem qualquer resposta (vazios ou n/a) foram omitidos: {skipped}. A tabela bruta mantém estas colunas tal como recebidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="387" />
      <source>{file}: %n columns hold the answers that earlier versions of the form collected for the question(s) {questions}, which the form {form} now marks 'disabled' (not yet disabled then); they were imported with those questions' types: {columns}</source>
      <translation>
        <numerusform>{file}: %n coluna contém as respostas que versões anteriores do formulário recolheram para a pergunta {questions}, que o formulário {form} marca agora como 'disabled' (ainda não o estava então); foi importada com o tipo dessa pergunta: {columns}</numerusform>
        <numerusform>{file}: %n colunas contêm as respostas que versões anteriores do formulário recolheram para a(s) pergunta(s) {questions}, que o formulário {form} marca agora como 'disabled' (ainda não o estavam então); foram importadas com os tipos dessas perguntas: {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="405" />
      <source>{file}: %n empty rows at the end of the table are not submissions and were not imported.</source>
      <translation>
        <numerusform>{file}: %n linha vazia no fim da tabela não é uma submissão e não foi importada.</numerusform>
        <numerusform>{file}: %n linhas vazias no fim da tabela não são submissões e não foram importadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="52" />
      <source>{file}: %n repeat groups of the form have no rows in this file ({repeats}), so their answers were not imported (this does not mean that nobody answered them).</source>
      <translation>
        <numerusform>{file}: %n grupo de repetição do formulário não tem linhas neste ficheiro ({repeats}), pelo que as suas respostas não foram importadas (isto não significa que ninguém lhe tenha respondido).</numerusform>
        <numerusform>{file}: %n grupos de repetição do formulário não têm linhas neste ficheiro ({repeats}), pelo que as suas respostas não foram importadas (isto não significa que ninguém lhes tenha respondido).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="273" />
      <source>{file}: %n rows repeat the header row (rows {rows}): several files were probably joined into one. They are not submissions and were left out of the typed table; the raw table keeps them as received.</source>
      <translation>
        <numerusform>{file}: %n linha repete a linha de cabeçalho (linha {rows}): provavelmente foram unidos dois ficheiros num só. Não é uma submissão e foi deixada fora da tabela tipada; a tabela bruta conserva-a tal como recebida.</numerusform>
        <numerusform>{file}: %n linhas repetem a linha de cabeçalho (linhas {rows}): provavelmente foram unidos vários ficheiros num só. Não são submissões e foram deixadas fora da tabela tipada; a tabela bruta conserva-as tal como recebidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="205" />
      <source>{file}: %n rows' {key} (rows {rows}) match no row of {parent}, but their _submission__uuid names a submission: the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>{file}: o {key} de %n linha (linha {rows}) não corresponde a nenhuma linha de {parent}, mas o seu _submission__uuid indica uma submissão: as linhas de {table} foram ligadas à sua submissão por _submission__uuid.</numerusform>
        <numerusform>{file}: o {key} de %n linhas (linhas {rows}) não corresponde a nenhuma linha de {parent}, mas o seu _submission__uuid indica uma submissão: as linhas de {table} foram ligadas à sua submissão por _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="223" />
      <source>{file}: %n rows' {key} (rows {rows}) point at other submissions than their own _submission__uuid; the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>{file}: em %n linha (linhas {rows}), {key} aponta para outra submissão que não a do seu _submission__uuid; as linhas de {table} foram ligadas à sua submissão por _submission__uuid.</numerusform>
        <numerusform>{file}: em %n linhas (linhas {rows}), {key} aponta para outras submissões que não a do seu _submission__uuid; as linhas de {table} foram ligadas à sua submissão por _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="233" />
      <source>{file}: %n rows' {key} (rows {rows}) point at rows of {parent} from other submissions than their own _submission__uuid: they are shown under those rows. Check them at the source.</source>
      <translation>
        <numerusform>{file}: em %n linha (linhas {rows}), {key} aponta para linhas de {parent} de outra submissão que não a do seu _submission__uuid: é mostrada sob essas linhas. Verifique-a na origem.</numerusform>
        <numerusform>{file}: em %n linhas (linhas {rows}), {key} aponta para linhas de {parent} de outras submissões que não a do seu _submission__uuid: são mostradas sob essas linhas. Verifique-as na origem.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="256" />
      <source>{file}: %n rows' {key} match no row of {parent} (rows {rows}; first: {value}); they were kept unlinked, so counts per submission leave them out.</source>
      <translation>
        <numerusform>{file}: em %n linha, {key} não corresponde a nenhuma linha de {parent} (linhas {rows}; primeiro valor: {value}); ficou sem ligação, por isso as contagens por submissão não a incluem.</numerusform>
        <numerusform>{file}: em %n linhas, {key} não corresponde a nenhuma linha de {parent} (linhas {rows}; primeiro valor: {value}); ficaram sem ligação, por isso as contagens por submissão não as incluem.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="372" />
      <source>{file}: %n values hold a NUL character (first: row {row}, column {column}); the raw table keeps them whole, but QGIS shows and checks the texts only up to that character. Fix them at the source.</source>
      <translation>
        <numerusform>{file}: %n valor contém um carácter NUL (o primeiro: linha {row}, coluna {column}); a tabela bruta conserva-o inteiro, mas o QGIS só mostra e verifica os textos até esse carácter. Corrija-o na origem.</numerusform>
        <numerusform>{file}: %n valores contêm um carácter NUL (o primeiro: linha {row}, coluna {column}); a tabela bruta conserva-os inteiros, mas o QGIS só mostra e verifica os textos até esse carácter. Corrija-os na origem.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="114" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name, but the form {form} has no repeat group named {name}, so its rows were imported as text in a table of their own. Choose the form this export was downloaded with.</source>
      <translation>{file}: o ODK Central numera o ficheiro de um grupo de repetição ({table}) quando vários grupos de repetição do formulário têm o seu nome, mas o formulário {form} não tem nenhum grupo de repetição chamado {name}, por isso as suas linhas foram importadas como texto numa tabela própria. Escolha o formulário com que esta exportação foi descarregada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="108" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name; which repeat group named {name} of the form {form} it holds cannot be told from the KEY of its rows, so its rows were imported as text in a table of their own.</source>
      <translation>{file}: o ODK Central numera o ficheiro de um grupo de repetição ({table}) quando vários grupos de repetição do formulário têm o seu nome; a KEY das suas linhas não permite saber qual dos grupos de repetição chamados {name} do formulário {form} contém, por isso as suas linhas foram importadas como texto numa tabela própria.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="267" />
      <source>{file}: PostgreSQL names are at most 63 bytes, and {what} is longer: PostgreSQL would shorten it and the shared survey would not have the same names. Nothing was written. Shorten that name (or its group's) in the form, or keep this survey in its GeoPackage.</source>
      <translation>{file}: os nomes do PostgreSQL têm no máximo 63 bytes, e {what} é mais longo: o PostgreSQL encurtá-lo-ia e o inquérito partilhado não teria os mesmos nomes. Nada foi escrito. Encurte esse nome (ou o do seu grupo) no formulário, ou mantenha este inquérito no seu GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="466" />
      <source>{file}: a quote opened near line {row} is never closed, so the rest of the file would be one value. Fix the quotes or export the data again.</source>
      <translation>{file}: umas aspas abertas perto da linha {row} nunca são fechadas, pelo que o resto do ficheiro seria um único valor. Corrija as aspas ou exporte novamente os dados.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="183" />
      <source>{file}: column {col} has no name in the header row but holds values; it was imported as '{name}'.</source>
      <translation>{file}: a coluna {col} não tem nome na linha de cabeçalho mas contém valores; foi importada com o nome «{name}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="160" />
      <source>{file}: its _parent_table_name names '{parent}', which is no file imported here, and no form says whether it is the survey (its rows' _submission__uuid do not show it): {table} was imported unlinked, as its _parent_index may number the rows of another table. Import it with its parent's file, or give the form.</source>
      <translation>{file}: o seu _parent_table_name indica '{parent}', que não é nenhum dos ficheiros importados aqui, e nenhum formulário diz se é o inquérito (o _submission__uuid das suas linhas não o mostra): {table} foi importada sem ligação, pois o seu _parent_index pode numerar as linhas de outra tabela. Importe-a com o ficheiro do seu pai, ou indique o formulário.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="158" />
      <source>{file}: no delimiter (comma, semicolon, tab or |) gives the first rows as many fields as the header; the file was read with {delimiter}. Check that the columns are right, or save it again as CSV from a spreadsheet.</source>
      <translation>{file}: nenhum separador (vírgula, ponto e vírgula, tabulação ou |) dá às primeiras linhas tantos campos como o cabeçalho; o ficheiro foi lido com {delimiter}. Verifique se as colunas estão corretas, ou guarde-o de novo como CSV a partir de uma folha de cálculo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="361" />
      <source>{file}: none of the {count} columns of repeat {table} is a question of the form {form} (the form may no longer have this repeat); they were imported as text.</source>
      <translation>{file}: nenhuma das {count} colunas da repetição {table} é uma pergunta do formulário {form} (o formulário pode já não ter esta repetição); foram importadas como texto.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="270" />
      <source>{file}: on %n rows the point of column {column} and the columns {lat} / {lon} are other places (rows {rows}; first at row {row}: '{value}' against {lat_value} / {lon_value}); the map uses {column}. The typed table keeps both as exported: check which one is right before using the coordinate columns.</source>
      <translation>
        <numerusform>{file}: em %n linha, o ponto da coluna {column} e as colunas {lat} / {lon} são locais diferentes (linhas {rows}; a primeira na linha {row}: «{value}» contra {lat_value} / {lon_value}); o mapa usa {column}. A tabela tipada conserva ambos tal como foram exportados: verifique qual está certo antes de usar as colunas de coordenadas.</numerusform>
        <numerusform>{file}: em %n linhas, o ponto da coluna {column} e as colunas {lat} / {lon} são locais diferentes (linhas {rows}; a primeira na linha {row}: «{value}» contra {lat_value} / {lon_value}); o mapa usa {column}. A tabela tipada conserva ambos tal como foram exportados: verifique qual está certo antes de usar as colunas de coordenadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="96" />
      <source>{file}: once flattened, the names of the nested properties {names} are already other properties' names; they were imported under their paths instead, so that no value is lost.</source>
      <translation>
        <numerusform>{file}: %n propriedade aninhada, {names}, tem, uma vez achatada, o nome de outra propriedade; foi importada com o seu caminho em vez disso, para que nenhum valor se perca.</numerusform>
        <numerusform>{file}: %n propriedades aninhadas, {names}, têm, uma vez achatadas, os nomes de outras propriedades; foram importadas com os seus caminhos em vez disso, para que nenhum valor se perca.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="232" />
      <source>{file}: row 2 holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>{file}: a linha 2 contém etiquetas HXL ({count} colunas etiquetadas), não uma submissão; as etiquetas são guardadas na tabela cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="173" />
      <source>{file}: row 2 holds the questions' labels (a second header row, as ONA's "include labels" export writes it), not a submission; the labels are kept in the cartong_columns table.</source>
      <translation>{file}: a linha 2 contém as etiquetas das perguntas (uma segunda linha de cabeçalho, tal como a escreve a exportação «include labels» do ONA), não uma submissão; as etiquetas são guardadas na tabela cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="225" />
      <source>{file}: row {row} holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>{file}: a linha {row} contém etiquetas HXL ({count} colunas etiquetadas), não uma submissão; as etiquetas são guardadas na tabela cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="317" />
      <source>{file}: row {row} is another header row, different from row 1 ({differences}): two exports of different form versions were probably joined into one file, so values would land under the wrong questions. Nothing was imported: import each export separately, or download one export of all versions from the server.</source>
      <translation>{file}: a linha {row} é outra linha de cabeçalho, diferente da linha 1 ({differences}): provavelmente foram unidas num só ficheiro duas exportações de versões diferentes do formulário, pelo que os valores ficariam sob as perguntas erradas. Nada foi importado: importe cada exportação separadamente, ou descarregue do servidor uma única exportação de todas as versões.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="379" />
      <source>{file}: row {row} was cut off by the end of the file: %n rows of {typed} made from it were left out of that table, so that checks, counts and maps do not take a partial submission for a whole one; {raw} keeps them as received.</source>
      <translation>
        <numerusform>{file}: a linha {row} foi cortada pelo fim do ficheiro: %n linha de {typed} feita a partir dela foi deixada fora dessa tabela, para que as verificações, contagens e mapas não tomem uma submissão parcial por uma completa; {raw} guarda-a tal como foi recebida.</numerusform>
        <numerusform>{file}: a linha {row} foi cortada pelo fim do ficheiro: %n linhas de {typed} feitas a partir dela foram deixadas fora dessa tabela, para que as verificações, contagens e mapas não tomem uma submissão parcial por uma completa; {raw} guarda-as tal como foram recebidas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="217" />
      <source>{file}: rows 2 to {last} are header rows with HXL hashtags ({count} tagged columns), not submissions; the hashtags and header texts are kept in the cartong_columns table.</source>
      <translation>{file}: as linhas 2 a {last} são linhas de cabeçalho com etiquetas HXL ({count} colunas etiquetadas), não submissões; as etiquetas e os textos do cabeçalho são guardados na tabela cartong_columns.</translation>
    </message>
    <message>
      <source>{file}: the column name '{name}' is used twice (columns {first} and {second}). Rename one of them.</source>
      <translation type="vanished">{file}: o nome de coluna «{name}» é usado duas vezes (colunas {first} e {second}). Mude o nome de uma delas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="434" />
      <source>{file}: the column names were changed by R (make.names); {count} of them were read as the export's own names ({examples}). The raw table keeps them as received.</source>
      <translation>{file}: o R alterou os nomes das colunas (make.names); {count} deles foram lidos como os nomes próprios da exportação ({examples}). A tabela bruta conserva-os tal como foram recebidos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="313" />
      <source>{file}: the hidden sheet(s) {sheets} were not imported; name one as the sheet to read if it holds the submissions.</source>
      <translation>{file}: as folhas ocultas {sheets} não foram importadas; indique uma como a folha a ler se contiver as submissões.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="137" />
      <source>{file}: the parent of the repeat table {table} (named in its _parent_table_name or PARENT_KEY column) is not a table of this export, or several tables fit its name: {table} was left unlinked rather than joined to rows it may not belong to. Its rows keep their parent's number in _parent_index or PARENT_KEY.</source>
      <translation>{file}: o pai da tabela de repetição {table} (indicado na sua coluna _parent_table_name ou PARENT_KEY) não é uma tabela desta exportação, ou várias tabelas correspondem ao seu nome: {table} ficou sem ligação em vez de ser ligada a linhas às quais talvez não pertença. As suas linhas mantêm o número do seu pai em _parent_index ou PARENT_KEY.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="378" />
      <source>{file}: the points were built from column {column}, the location the server keeps for each submission ([latitude, longitude], taken from its first geopoint), as no geopoint column was found or chosen. The column is kept as exported.</source>
      <translation>{file}: os pontos foram construídos a partir da coluna {column}, a localização que o servidor guarda para cada submissão ([latitude, longitude], tirada do seu primeiro geopoint), pois não foi encontrada nem escolhida nenhuma coluna geopoint. A coluna é mantida tal como foi exportada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="186" />
      <source>{file}: the submissions were read from the sheet '{sheet}'.</source>
      <translation>{file}: as submissões foram lidas da folha '{sheet}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="369" />
      <source>{file}: {count} cells hold formulas ({cells}); the toolkit reads the values last saved by the spreadsheet and never computes them. Check these cells.</source>
      <translation>{file}: {count} células contêm fórmulas ({cells}); o complemento lê os valores guardados pela última vez pela folha de cálculo e nunca os calcula. Verifique estas células.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="379" />
      <source>{file}: {count} column(s) are not in the form and were imported as text: {columns}</source>
      <translation>{file}: {count} coluna(s) que não estão no formulário foram importadas como texto: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_headers.py" line="167" />
      <source>{file}: {count} column(s) fit several questions or choices of the form {form}, so which one is meant cannot be told and they were imported as text: {columns}. Download the export again with XML values and '/' between groups to tell them apart.</source>
      <translation>{file}: {count} coluna(s) correspondem a várias perguntas ou opções do formulário {form}; não é possível saber a qual se referem, por isso foram importadas como texto: {columns}. Descarregue de novo a exportação com valores XML e «/» entre grupos para as distinguir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="406" />
      <source>{file}: {count} column(s) of {table} bear the name of several questions of other levels of the form {form} (the main level or other repeats) and none of this table's own; which one is meant cannot be told, so they were imported as text: {columns}</source>
      <translation>{file}: {count} coluna(s) de {table} têm o nome de várias perguntas de outros níveis do formulário {form} (o nível principal ou outras repetições) e de nenhuma pergunta própria desta tabela; não é possível saber a qual se referem, por isso foram importadas como texto: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="404" />
      <source>{file}: {count} of {total} submission(s) were collected with another version of the form ({versions} in column {column}, first at row {row}) than the form given ({version}): its choice labels and question types may not be theirs. Questions of the form not in the export: {missing}.</source>
      <translation>{file}: {count} de {total} submissão(ões) foram recolhidas com outra versão do formulário ({versions} na coluna {column}, a primeira na linha {row}) que o formulário indicado ({version}): as suas etiquetas de opções e tipos de pergunta podem não ser os delas. Perguntas do formulário que não estão na exportação: {missing}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="384" />
      <source>{file}: {count} row(s) have fewer fields than the header (first: row {row}, from column {column}); the missing values were left empty.</source>
      <translation>{file}: {count} linha(s) têm menos campos do que o cabeçalho (a primeira: linha {row}, a partir da coluna {column}); os valores em falta foram deixados vazios.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="175" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so each row of {table} was linked to the row of {parent} its {child_key} names within its own submission (_submission__uuid).</source>
      <translation>{file}: {key} repete-se em {parent} ({values}), como quando duas exportações são coladas uma por baixo da outra, por isso cada linha de {table} foi ligada à linha de {parent} que o seu {child_key} indica dentro da sua própria submissão (_submission__uuid).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="166" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>{file}: {key} repete-se em {parent} ({values}), como quando duas exportações são coladas uma por baixo da outra, por isso as linhas de {table} foram ligadas à sua submissão por _submission__uuid.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="183" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other: {table} was left unlinked rather than shown under two parents. Import each export on its own.</source>
      <translation>{file}: {key} repete-se em {parent} ({values}), como quando duas exportações são coladas uma por baixo da outra: {table} ficou sem ligação em vez de ser mostrada sob dois pais. Importe cada exportação separadamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="354" />
      <source>{file}: {new} new submissions ({total} in all) from {pages} pages in {seconds} s.</source>
      <translation>{file}: {new} novas submissões ({total} no total) de {pages} páginas em {seconds} s.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="107" />
      <source>{folder} already holds a training session: continue it or reset it.</source>
      <translation>{folder} já contém uma sessão de formação: continue-a ou reponha-a.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="110" />
      <source>{folder} is not empty. Choose an empty folder for the training session, so that Reset never deletes your own files.</source>
      <translation>{folder} não está vazia. Escolha uma pasta vazia para a sessão de formação, para que «Repor» nunca elimine os seus próprios ficheiros.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/submissions.py" line="100" />
      <source>{form} (rows counted from submission {first} of this download)</source>
      <translation>{form} (linhas contadas a partir da submissão {first} deste descarregamento)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="80" />
      <source>{found} of {added} rows were saved</source>
      <translation>foram guardadas {found} de {added} linhas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="82" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk.</source>
      <translation>{high} colunas com risco elevado, {medium} com risco médio, {low} com risco baixo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="269" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk. The list helps; it does not guarantee that nothing else is personal.</source>
      <translation>{high} colunas com risco elevado, {medium} com risco médio, {low} com risco baixo. A lista ajuda; não garante que nada mais seja pessoal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="134" />
      <source>{host} accepted the credentials, but this account lacks permission to read {what} (HTTP 403). Ask the project owner to share it with you (at least 'view submissions').</source>
      <translation>{host} aceitou as credenciais, mas esta conta não tem permissão para ler {what} (HTTP 403). Peça ao proprietário do projeto que o partilhe consigo (pelo menos «ver submissões»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="188" />
      <source>{host} announced {expected} submissions of form {uid} but sent {received}: {missing} are missing. Check the form on the server and download again.</source>
      <translation>{host} anunciou {expected} submissões do formulário {uid} mas enviou {received}: faltam {missing}. Verifique o formulário no servidor e volte a descarregar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="156" />
      <source>{host} answered HTTP {status} for {what}.</source>
      <translation>{host} respondeu HTTP {status} para {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="133" />
      <source>{host} answered {what} with a web page, not data: a proxy may have answered instead of the server, or the address leads to a login or error page. Check the server address (open it in a web browser), then try again.</source>
      <translation>{host} respondeu a {what} com uma página web, não com dados: um proxy pode ter respondido em vez do servidor, ou o endereço leva a uma página de início de sessão ou de erro. Verifique o endereço do servidor (abra-o num navegador web) e tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo_pages.py" line="127" />
      <source>{host} answered, but not with a KoboToolbox list (no 'results'). Check that the address is a KoboToolbox server.</source>
      <translation>{host} respondeu, mas não com uma lista do KoboToolbox (não há «results»). Verifique se o endereço é o de um servidor KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="44" />
      <source>{host} answered, but not with an OData list (no 'value'). Check that the address is an ODK Central server.</source>
      <translation>{host} respondeu, mas não com uma lista OData (não há «value»). Verifique se o endereço é o de um servidor ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="492" />
      <source>{host} answered, but not with the list expected from ODK Central.</source>
      <translation>{host} respondeu, mas não com a lista esperada do ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="65" />
      <source>{host} did not answer within {seconds} seconds. The connection may be slow or the server overloaded: try again later, or on a better connection.</source>
      <translation>{host} não respondeu em {seconds} segundos. A ligação pode estar lenta ou o servidor sobrecarregado: tente mais tarde, ou com uma ligação melhor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="196" />
      <source>{host} did not give the light list of the submissions of form {id}, so this update could not check for submissions deleted, edited or missing on the server since the last download. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>{host} não forneceu a lista leve das submissões do formulário {id}, por isso esta atualização não pôde verificar as submissões eliminadas, editadas ou em falta no servidor desde o último descarregamento. Para ter a certeza de que tem a versão atual do servidor, descarregue o formulário para um novo GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="132" />
      <source>{host} did not return a session token: is it an ODK Central server?</source>
      <translation>{host} não devolveu nenhum token de sessão: é um servidor ODK Central?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="71" />
      <source>{host} did not return an API token: is it a KoboToolbox server?</source>
      <translation>{host} não devolveu nenhum token de API: é um servidor KoboToolbox?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="259" />
      <source>{host} does not expand the repeats of form {id} inline ($expand, ODK Central 1.2 and later): they are downloaded from their own tables instead.</source>
      <translation>{host} não integra as repetições do formulário {id} na resposta ($expand, ODK Central 1.2 e posteriores): são descarregadas a partir das suas próprias tabelas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="235" />
      <source>{host} gave no usable address for attachment {name} of submission {uuid} ({link}: not an http or https address), so it was not asked; report it to the server's administrator.</source>
      <translation>{host} não deu nenhum endereço utilizável para o anexo {name} da submissão {uuid} ({link}: não é um endereço http ou https), por isso não foi pedido; comunique-o ao administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="68" />
      <source>{host} gave the number of submissions of form {id} as {value}, which is not a number: whether every submission came could not be checked against it.</source>
      <translation>{host} deu como número de submissões do formulário {id} o valor {value}, que não é um número: não foi possível verificar com ele se chegaram todas as submissões.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="148" />
      <source>{host} is busy or failing (HTTP {status}) and still was after {attempts} attempts. Try again later; what was already downloaded is kept.</source>
      <translation>{host} está ocupado ou com falhas (HTTP {status}) e continuava assim após {attempts} tentativas. Tente mais tarde; o que já foi descarregado é conservado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="340" />
      <source>{host} keeps its attachments on {files}, KoboToolbox's file server of the same domain: the token is sent there too, for the attachments only.</source>
      <translation>{host} guarda os seus anexos em {files}, o servidor de ficheiros do KoboToolbox do mesmo domínio: o token também é enviado para lá, apenas para os anexos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="216" />
      <source>{host} redirected {what} from address to address in a loop ({address}), so it never arrived: the server, or a proxy in front of it, is misconfigured (for example http and https addresses sending to each other). Report it to the server's administrator.</source>
      <translation>{host} redirecionou {what} de endereço em endereço em ciclo ({address}), por isso nunca chegou: o servidor, ou um proxy à frente dele, está mal configurado (por exemplo, endereços http e https que se redirecionam um para o outro). Informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="171" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, because the app-user token is part of every address asked of {host} and would have gone to {other}: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} redirecionou {what} para outro servidor ({other}); este redirecionamento não foi seguido, porque o token de utilizador móvel faz parte de cada endereço pedido a {host} e teria ido para {other}: verifique o endereço do servidor junto do seu administrador, o servidor pode ter mudado de endereço.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="164" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, so that what it sends (for the login: your e-mail and password) never leaves {host}: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} redirecionou {what} para outro servidor ({other}); o redirecionamento não foi seguido, para que o que é enviado (para o início de sessão: o seu e-mail e a sua senha) nunca saia de {host}: verifique o endereço do servidor com o seu administrador, o servidor pode ter mudado de endereço.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="201" />
      <source>{host} redirected {what} to another server ({other}); its answer was not taken as the data of {host} and the download was stopped: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} redirecionou {what} para outro servidor ({other}); a sua resposta não foi tomada como os dados de {host} e o descarregamento foi interrompido: verifique o endereço do servidor com o seu administrador, o servidor pode ter mudado de endereço.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="86" />
      <source>{host} refused the app-user token (HTTP 403): in ODK Central, app users can send submissions but not read them. To download the data, sign in with the email and password of a web user who has the Project Viewer or Project Manager role in this project.</source>
      <translation>{host} recusou o token de utilizador móvel (HTTP 403): no ODK Central, os utilizadores móveis podem enviar submissões mas não lê-las. Para descarregar os dados, inicie sessão com o e-mail e a senha de um utilizador web que tenha a função Observador do projeto (Project Viewer) ou Gestor do projeto (Project Manager) neste projeto.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="127" />
      <source>{host} refused the credentials (HTTP 401): the token or password is wrong or has expired. Enter a new one in the server connection settings.</source>
      <translation>{host} recusou as credenciais (HTTP 401): o token ou a senha estão errados ou expiraram. Introduza um novo nas definições de ligação ao servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="361" />
      <source>{host} sends {what} too slowly: {received} bytes in the last {seconds} seconds. The connection is stalled; try again later or on a better connection, what was already downloaded is kept.</source>
      <translation>{host} envia {what} demasiado devagar: {received} bytes nos últimos {seconds} segundos. A ligação está bloqueada; tente novamente mais tarde ou com uma ligação melhor, o que já foi descarregado é conservado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="266" />
      <source>{host} sent a 'next page' link for {what} that leads back to a page already downloaded (after {pages} pages): the list would never end, so the download was stopped. Nothing was changed; report it to the server's administrator.</source>
      <translation>{host} enviou para {what} uma ligação de 'página seguinte' que leva a uma página já descarregada (após {pages} páginas): a lista nunca terminaria, por isso o descarregamento foi interrompido. Nada foi alterado; informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="255" />
      <source>{host} sent a 'next page' link for {what} that leads to another server ({other}) or is written ambiguously: it was not followed, so that the credentials and the link stay on {host}. The download was stopped; report it to the server's administrator.</source>
      <translation>{host} enviou para {what} uma ligação de 'página seguinte' que leva a outro servidor ({other}) ou que está escrita de forma ambígua: não foi seguida, para que as credenciais e a ligação fiquem em {host}. O descarregamento foi interrompido; informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="127" />
      <source>{host} sent an answer for {what} that is not valid JSON ({reason}).</source>
      <translation>{host} enviou para {what} uma resposta que não é JSON válido ({reason}).</translation>
    </message>
    <message>
      <source>{host} sent an incomplete or invalid answer for {what} (not valid JSON: {reason}). The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation type="vanished">{host} enviou uma resposta incompleta ou inválida para {what} (JSON inválido: {reason}). A ligação pode ter sido cortada ou um proxy pode ter respondido em vez do servidor; tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="140" />
      <source>{host} sent an incomplete or invalid answer for {what}: the data was cut short or is not in the expected format. The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation>{host} enviou para {what} uma resposta incompleta ou inválida: os dados foram cortados ou não estão no formato esperado. A ligação pode ter sido cortada ou um proxy pode ter respondido em vez do servidor; tente novamente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="66" />
      <source>{host} sent data that is not UTF-8 and declared it as {charset}: it was read as {charset}. Check a few accented names in the survey; if they look wrong, ask the server's administrator to send UTF-8.</source>
      <translation>{host} enviou dados que não estão em UTF-8 e declarou-os como {charset}: foram lidos como {charset}. Verifique alguns nomes com acentos no inquérito; se parecerem errados, peça ao administrador do servidor que envie UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="238" />
      <source>{host} sent more than {limit} pages for {what}: the download was stopped. Nothing was changed; check the form on the server.</source>
      <translation>{host} enviou mais de {limit} páginas para {what}: o descarregamento foi interrompido. Nada foi alterado; verifique o formulário no servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="348" />
      <source>{host} sent more than {size} MB for {what}: it was not kept.</source>
      <translation>{host} enviou mais de {size} MB para {what}: não foi conservado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="353" />
      <source>{host} sent more than {size} MB for {what}: the download was stopped before it filled the computer's memory. Nothing was changed; ask the server's administrator about this form.</source>
      <translation>{host} enviou mais de {size} MB para {what}: o descarregamento foi interrompido antes de encher a memória do computador. Nada foi alterado; pergunte ao administrador do servidor sobre este formulário.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="180" />
      <source>{host} sent {count} submissions of form {uid} more than once: each was kept once.</source>
      <translation>{host} enviou {count} submissões do formulário {uid} mais de uma vez: cada uma foi conservada uma só vez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="288" />
      <source>{host} sent {pages} pages in a row for {what} that brought no new submission ({received} of {total} received): the list would never end, so the download was stopped. Report it to the server's administrator.</source>
      <translation>{host} enviou para {what} {pages} páginas seguidas sem nenhuma submissão nova ({received} de {total} recebidas): a lista nunca terminaria, por isso o descarregamento foi interrompido. Informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="228" />
      <source>{host} sent {what} saying it is compressed ({encoding}) when it is not, so it cannot be read: the server, or a proxy in front of it, is misconfigured. Report it to the server's administrator.</source>
      <translation>{host} enviou {what} indicando que está comprimido ({encoding}) quando não está, por isso não pode ser lido: o servidor, ou um proxy à frente dele, está mal configurado. Informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="157" />
      <source>{host} sent {what} with a character that is not valid text (half of an emoji, or text not in UTF-8) in {fields}: it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>{host} enviou {what} com um carácter que não é texto válido (metade de um emoji, ou texto que não está em UTF-8) em {fields}: foi substituído por {mark}, o resto é mantido tal como foi enviado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="213" />
      <source>{host} sent, for {what}, an item that is not a submission (page {page}, item {number}: {kind} instead of a JSON object). Nothing was changed; report it to the server's administrator.</source>
      <translation>{host} enviou, para {what}, um elemento que não é uma submissão (página {page}, elemento {number}: {kind} em vez de um objeto JSON). Nada foi alterado; informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="376" />
      <source>{host} was still sending a page of {what} after {seconds} seconds ({received} bytes): the download was stopped. Try again later or on a better connection; what was already downloaded is kept.</source>
      <translation>{host} ainda estava a enviar uma página de {what} após {seconds} segundos ({received} bytes): o descarregamento foi interrompido. Tente novamente mais tarde ou com uma ligação melhor; o que já foi descarregado é conservado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="220" />
      <source>{host} writes its 'next page' links for {what} with another address ({other}), as a server behind a proxy or configured with another domain name does: the pages are asked of {host}, and nothing is sent to {other}.</source>
      <translation>{host} escreve as suas ligações de 'página seguinte' para {what} com outro endereço ({other}), como faz um servidor atrás de um proxy ou configurado com outro nome de domínio: as páginas são pedidas a {host}, e nada é enviado para {other}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/file_download.py" line="291" />
      <source>{host}'s file storage answered {answer} for {row} attachments in a row: the remaining %n attachments were not asked. The submissions are all in the GeoPackage; run the download again with Update and attachments ticked later to fetch them.</source>
      <translation>
        <numerusform>O armazenamento de ficheiros de {host} falhou ({answer}) em {row} anexos seguidos: não foi pedido %n anexo restante. As submissões estão todas no GeoPackage; volte a executar o descarregamento mais tarde com as caixas «Atualizar» e «Descarregar os anexos» marcadas para o obter.</numerusform>
        <numerusform>O armazenamento de ficheiros de {host} falhou ({answer}) em {row} anexos seguidos: não foram pedidos os %n anexos restantes. As submissões estão todas no GeoPackage; volte a executar o descarregamento mais tarde com as caixas «Atualizar» e «Descarregar os anexos» marcadas para os obter.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="419" />
      <source>{host}: {reason} for {what}; retry {attempt} of {total} in {seconds} seconds.</source>
      <translation>{host}: {reason} para {what}; nova tentativa {attempt} de {total} dentro de {seconds} segundos.</translation>
    </message>
    <message>
      <source>{host}: {reason} for {what}; retry {attempt} of {total}.</source>
      <translation type="vanished">{host}: {reason} para {what}; nova tentativa {attempt} de {total}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="121" />
      <source>{kind}: an A4 landscape map of the sample survey</source>
      <translation>{kind}: um mapa A4 na horizontal do inquérito de exemplo</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="82" />
      <source>{label} (label)</source>
      <translation>{label} (etiqueta)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/companions.py" line="123" />
      <source>{layer} carries no form of the survey, so the protections that read it (lists of people, calculated positions, question types) could not apply: share the survey's GeoPackage, which carries its form, instead.</source>
      <translation>{layer} não contém o formulário do inquérito, por isso as proteções que o leem (listas de pessoas, posições calculadas, tipos de pergunta) não puderam ser aplicadas: partilhe antes o GeoPackage do inquérito, que contém o seu formulário.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="191" />
      <source>{layer} holds rows of submissions (a repeat table) whose survey table was not found beside it: whether their households refused consent could not be checked, and rows of refusals may be shared. Share the table from the GeoPackage the survey was imported into to leave them out.</source>
      <translation>{layer} contém linhas de submissões (uma tabela de repetição) cuja tabela do inquérito não foi encontrada ao lado dela: não foi possível verificar se os seus agregados familiares recusaram o consentimento, e podem ser partilhadas linhas de agregados familiares que o recusaram. Partilhe a tabela a partir do GeoPackage para o qual o inquérito foi importado, para as excluir.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="422" />
      <source>{layer} is a repeat table: its rows belong to submissions by _submission__uuid and _index, and the cleaning log names submissions (_uuid), not repeat rows, so it cannot be applied to it. Apply the log to the survey layer; correct a repeat answer in a copy of {layer} in QGIS, or remove the whole submission with remove_survey.</source>
      <translation>{layer} é uma tabela de repetição: as suas linhas pertencem às submissões por _submission__uuid e _index, e o registo de limpeza designa submissões (_uuid), não linhas de repetição, por isso não lhe pode ser aplicado. Aplique o registo à camada de inquérito; corrija uma resposta de repetição numa cópia de {layer} no QGIS, ou remova a submissão inteira com remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="255" />
      <source>{mode} in {seconds} s: {counts}.</source>
      <translation>{mode} em {seconds} s: {counts}.</translation>
    </message>
    <message>
      <source>{mode}: {new} new submissions, {total} in all, from {pages} pages in {seconds} s; {files} attachments.</source>
      <translation type="vanished">{mode}: {new} novas submissões, {total} no total, de {pages} páginas em {seconds} s; {files} anexos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="212" />
      <source>{name} ({url})</source>
      <translation>{name} ({url})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="210" />
      <source>{name} cannot be {value}: choose one of {options}.</source>
      <translation>{name} não pode valer {value}: escolha uma destas opções: {options}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/download_common.py" line="128" />
      <source>{new} (%n of them older, missing from the GeoPackage)</source>
      <translation>
        <numerusform>{new} (%n delas mais antiga, em falta no GeoPackage)</numerusform>
        <numerusform>{new} (%n delas mais antigas, em falta no GeoPackage)</numerusform>
      </translation>
    </message>
    <message>
      <source>{new} new submissions downloaded into {file}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">{new} novas submissões, {edits} valores editados, {decisions} decisões de limpeza fundidos em {file}.</translation>
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {rows} repeat rows added, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">{new} novas submissões, {edits} valores editados, {rows} linhas de repetição adicionadas, {decisions} decisões de limpeza fundidos em {file}.</translation>
    </message>
    <message>
      <source>{new} new submissions, {total} in all, {pages} pages, {files} attachments.</source>
      <translation type="vanished">{new} novas submissões, {total} no total, {pages} páginas, {files} anexos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="54" />
      <source>{parameter} gives env: for {what}, but no environment variable of that name is set, or it is empty. After env: write the name of a variable that holds the secret, never the secret itself: if you wrote {what} there, put it in an environment variable or a file and name that instead.</source>
      <translation>{parameter} indica env: para {what}, mas não está definida nenhuma variável de ambiente com esse nome, ou está vazia. Depois de env: escreva o nome de uma variável que contenha o segredo, nunca o próprio segredo: se escreveu aí {what}, coloque-o numa variável de ambiente ou num ficheiro e indique-o antes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="72" />
      <source>{parameter} gives file: for {what}, but what follows is not an existing file, and it may be the secret itself. Put {what} in a file or an environment variable and write file:PATH or env:NAME instead.</source>
      <translation>{parameter} indica file: para {what}, mas o que se segue não é um ficheiro existente, e pode ser o próprio segredo. Coloque {what} num ficheiro ou numa variável de ambiente e escreva antes file:PATH ou env:NAME.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="117" />
      <source>{parameter} is '{value}', not a number: give a number.</source>
      <translation>{parameter} é '{value}', que não é um número: indique um número.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="79" />
      <source>{parameter} must start with env: or file: ({what}): what was given is not an existing file, and it may be the secret itself. Put it in an environment variable or a file and write env:NAME or file:PATH instead.</source>
      <translation>{parameter} tem de começar por env: ou file: ({what}): o que foi indicado não é um ficheiro existente, e pode ser o próprio segredo. Coloque-o numa variável de ambiente ou num ficheiro e escreva antes env:NAME ou file:PATH.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="204" />
      <source>{parent} → {child}</source>
      <translation>{parent} → {child}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="194" />
      <source>{place} is not the area answered in {column} ({code}).</source>
      <translation>{place} não é a unidade administrativa indicada em {column} ({code}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="88" />
      <source>{questions} and {choices}</source>
      <translation>{questions} e {choices}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="141" />
      <source>{question} '{code}' belongs to no choice row matching {answers}.</source>
      <translation>{question} '{code}' não pertence a nenhuma linha de opções que corresponda a {answers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="134" />
      <source>{question} '{code}' belongs to {parent} '{expected}', but {parent} is '{answer}'.</source>
      <translation>{question} '{code}' pertence a {parent} '{expected}', mas {parent} é '{answer}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="297" />
      <source>{question} is a question of the repeat {repeat}, whose rows the cleaning log cannot change (it names submissions, not repeat rows): correct it in a copy of the {repeat} table in QGIS, or remove the whole submission with remove_survey</source>
      <translation>{question} é uma pergunta da repetição {repeat}, cujas linhas o registo de limpeza não pode alterar (designa submissões, não linhas de repetição): corrija-a numa cópia da tabela {repeat} no QGIS, ou remova a submissão inteira com remove_survey</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="311" />
      <source>{question} is not an answer but the key or the geometry of the layer: the cleaning log cannot change it</source>
      <translation>{question} não é uma resposta, mas sim a chave ou a geometria da camada: o registo de limpeza não a pode alterar</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="89" />
      <source>{question} is required by the form and was relevant, but is empty.</source>
      <translation>A pergunta {question} é obrigatória no formulário e era relevante, mas a resposta está vazia.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="43" />
      <source>{question} was not checked against its choice_filter '{filter}': only filters of {example} equalities joined by 'and' are read. Check its answers by hand.</source>
      <translation>{question} não foi verificada face ao seu choice_filter '{filter}': só são lidos os filtros de igualdades {example} unidas por 'and'. Verifique as suas respostas à mão.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="53" />
      <source>{question} was not checked against its choice_filter '{filter}': {reason}. Check its answers by hand.</source>
      <translation>{question} não foi verificada face ao seu choice_filter '{filter}': {reason}. Verifique as suas respostas à mão.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="86" />
      <source>{question}: in %n submissions the answer and its choice columns disagree after the cleaning log (it changed one and not the other). Add the matching changes to the log.</source>
      <translation>
        <numerusform>{question}: em %n submissão a resposta e as suas colunas de opções não concordam após o registo de limpeza (alterou uma e não a outra). Acrescente ao registo a alteração correspondente.</numerusform>
        <numerusform>{question}: em %n submissões a resposta e as suas colunas de opções não concordam após o registo de limpeza (alterou uma e não a outra). Acrescente ao registo as alterações correspondentes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/choice_filters.py" line="92" />
      <source>{question}: in %n submissions the answer is not one of the choices the form allows for their other answers (choice_filter {filter}) after the cleaning log (first: feature {fid}, {question} {code} with {answers}). Check the log's rows on these questions.</source>
      <translation>
        <numerusform>{question}: em %n submissão a resposta não é uma das opções que o formulário permite para as suas outras respostas (choice_filter {filter}) depois de aplicado o registo de limpeza (entidade {fid}, {question} {code} com {answers}). Verifique as linhas do registo sobre estas perguntas.</numerusform>
        <numerusform>{question}: em %n submissões a resposta não é uma das opções que o formulário permite para as suas outras respostas (choice_filter {filter}) depois de aplicado o registo de limpeza (a primeira: entidade {fid}, {question} {code} com {answers}). Verifique as linhas do registo sobre estas perguntas.</numerusform>
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
      <translation>{rows} pontos deslocados numa direção aleatória de {min:.0f} a {max:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="113" />
      <source>{rows} points moved to the centre of {size:.0f} m grid cells.</source>
      <translation>{rows} pontos deslocados para o centro de células de grelha de {size:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="202" />
      <source>{rows} rows for {submissions} submissions.</source>
      <translation>{rows} linhas para {submissions} submissões.</translation>
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
      <translation>{server} respondeu a {what} com HTTP {status} e sem ficheiro, por isso nada foi guardado. Volte a executar o descarregamento mais tarde com as caixas «Atualizar» e «Descarregar os anexos» marcadas; se continuar a acontecer, informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="173" />
      <source>{server} answered {what} with a message instead of the file ({message}), so it was not kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} respondeu a {what} com uma mensagem em vez do ficheiro ({message}), por isso a resposta não foi guardada. Volte a executar o descarregamento mais tarde com as caixas «Atualizar» e «Descarregar os anexos» marcadas; se continuar a acontecer, informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="106" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept. Check in a web browser that this account can open the form's attachments, then run an update with attachments to fetch it.</source>
      <translation>{server} respondeu a {what} com uma página web (uma página de início de sessão, por exemplo) em vez do ficheiro, por isso a resposta não foi guardada. Verifique num navegador web que esta conta consegue abrir os anexos do formulário e depois execute uma atualização com anexos para obter o ficheiro.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="113" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept: the file is on {other}, which is not {host} and so gets none of its credentials. Ask the administrator of {host} to serve the attachments from {host}, then run an update with attachments.</source>
      <translation>{server} respondeu a {what} com uma página web (uma página de início de sessão, por exemplo) em vez do ficheiro, por isso a resposta não foi guardada: o ficheiro está em {other}, que não é {host} e por isso não recebe nenhuma das suas credenciais. Peça ao administrador de {host} que sirva os anexos a partir de {host} e depois execute uma atualização com anexos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="149" />
      <source>{server} answered {what} with only part of the file (HTTP 206 Partial Content), so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} respondeu a {what} com apenas uma parte do ficheiro (HTTP 206 Partial Content), por isso nada foi guardado. Volte a executar o descarregamento mais tarde com as caixas «Atualizar» e «Descarregar os anexos» marcadas; se continuar a acontecer, informe o administrador do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="165" />
      <source>{server} sent an empty answer for {what} instead of the file, so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} enviou uma resposta vazia para {what} em vez do ficheiro, por isso nada foi guardado. Volte a executar o descarregamento mais tarde com as caixas «Atualizar» e «Descarregar os anexos» marcadas; se continuar a acontecer, informe o administrador do servidor.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="191" />
      <source>{shown} of %n rows shown</source>
      <translation>
        <numerusform>{shown} de %n linha mostrada</numerusform>
        <numerusform>{shown} de %n linhas mostradas</numerusform>
      </translation>
    </message>
    <message>
      <source>{shown} of {rows} rows shown; {pending} pending, {changed} to change, {removed} to remove, {kept} kept as they are.</source>
      <translation type="vanished">{shown} de {rows} linhas mostradas; {pending} pendentes, {changed} a alterar, {removed} a remover, {kept} mantidas tal como estão.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="399" />
      <source>{table}: the form now gives {column} another type, but that column of the survey layer holds only {kind}: %n new answers that did not fit were left empty there ({raw} keeps them as answered).</source>
      <translation>
        <numerusform>{table}: o formulário dá agora outro tipo a {column}, mas essa coluna da camada do inquérito só contém {kind}: %n resposta nova que não cabia foi deixada vazia ({raw} guarda-a tal como respondida).</numerusform>
        <numerusform>{table}: o formulário dá agora outro tipo a {column}, mas essa coluna da camada do inquérito só contém {kind}: %n respostas novas que não cabiam foram deixadas vazias ({raw} guarda-as tal como respondidas).</numerusform>
      </translation>
    </message>
    <message>
      <source>{total} submissions counted in {areas} areas; {outside} outside every area or with an unknown P-code; {missing} without location or P-code.</source>
      <translation type="vanished">{total} submissões contadas em {areas} unidades; {outside} fora de qualquer unidade ou com um P-code desconhecido; {missing} sem posição nem P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="57" />
      <source>{what} has no http or https address: it was not asked.</source>
      <translation>{what} não tem endereço http ou https: não foi feito nenhum pedido.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="121" />
      <source>{what} is not on {host} (HTTP 404): it may have been deleted from its submission, or not uploaded yet.</source>
      <translation>Não encontrado em {host} (HTTP 404): {what}. O ficheiro pode ter sido eliminado da sua submissão, ou ainda não ter sido carregado.</translation>
    </message>
    <message>
      <source>{what} is {size} MB but only {free} MB are free on the disk of {folder}: free some space or choose another folder, then download again.</source>
      <translation type="vanished">{what} tem {size} MB mas só restam {free} MB livres no disco de {folder}: liberte espaço ou escolha outra pasta e volte a descarregar.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="189" />
      <source>{what} is {size} MB, more than the free space on the disk of {folder} ({free} MB): it was not downloaded. Free some space, then run the download again with Update and attachments ticked.</source>
      <translation>{what} tem {size} MB, mais do que o espaço livre no disco de {folder} ({free} MB): o ficheiro não foi descarregado. Liberte espaço e volte a executar o descarregamento com as caixas «Atualizar» e «Descarregar os anexos» marcadas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="69" />
      <source>{what} per admin area</source>
      <translation>{what} por unidade administrativa</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="141" />
      <source>{what} was not found on {host} (HTTP 404): the form may have been deleted or archived, or its ID is wrong. Check it on the server's web page.</source>
      <translation>Não encontrado em {host} (HTTP 404): {what}. O formulário pode ter sido eliminado ou arquivado, ou o seu ID está errado. Verifique-o na página web do servidor.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="213" />
      <source>{where} (id "{id}")</source>
      <translation>{where} (id "{id}")</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="297" />
      <source>{where} ({uuid}, {question}): {who} saved '{db_change}' (new value '{db_value}') at {when}, version {db_version}, after you loaded version {version}. Yours, '{change_type}' (new value '{new_value}'), was not saved: load the log again and decide on the current value.</source>
      <translation>{where} ({uuid}, {question}): {who} guardou '{db_change}' (novo valor '{db_value}') em {when}, versão {db_version}, depois de ter carregado a versão {version}. A sua, '{change_type}' (novo valor '{new_value}'), não foi guardada: carregue novamente o registo e decida sobre o valor atual.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="147" />
      <source>{where} holds {problem}: copy it again, in full and on one line, from where it was created.</source>
      <translation>{where} contém {problem}: copie novamente o valor, completo e numa só linha, a partir do local onde foi criado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="92" />
      <source>{where}, step "{id}"</source>
      <translation>{where}, passo "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="96" />
      <source>{where}: "expect" must have a type among {types}.</source>
      <translation>{where}: "expect" deve ter um tipo entre {types}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="270" />
      <source>{where}: "language" must be a two-letter code such as en or fr.</source>
      <translation>{where}: "language" deve ser um código de duas letras, como en ou fr.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="248" />
      <source>{where}: "title" must give the title by language, e.g. {{"en": "…", "fr": "…"}}.</source>
      <translation>{where}: "title" deve dar o título por língua, por exemplo {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="264" />
      <source>{where}: "url" must be an http(s) address (found "{url}").</source>
      <translation>{where}: "url" deve ser um endereço http(s) (encontrado: "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="225" />
      <source>{where}: "versions" must map a language (en, fr…) to a title and a url.</source>
      <translation>{where}: "versions" deve associar cada língua (en, fr…) a um título e um url.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="276" />
      <source>{where}: "{key}" must be a list of names.</source>
      <translation>{where}: "{key}" deve ser uma lista de nomes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="63" />
      <source>{where}: "{name}" must give at least the English text: {{"en": "…", "fr": "…"}}.</source>
      <translation>{where}: "{name}" deve dar pelo menos o texto em inglês: {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="47" />
      <source>{where}: '{value}' is not a valid value for the field {column}: {reason}</source>
      <translation>{where}: '{value}' não é um valor válido para o campo {column}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="206" />
      <source>{where}: an entry must be an object with id, title, topic and url.</source>
      <translation>{where}: uma entrada deve ser um objeto com id, title, topic e url.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="101" />
      <source>{where}: every step needs its own id.</source>
      <translation>{where}: cada passo precisa do seu próprio id.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="310" />
      <source>{where}: id "{id}" is used twice; the first one is kept.</source>
      <translation>{where}: o id "{id}" é usado duas vezes; o primeiro é conservado.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="238" />
      <source>{where}: the "{lang}" version has no http(s) url (found "{url}").</source>
      <translation>{where}: a versão "{lang}" não tem url http(s) (encontrado: "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="235" />
      <source>{where}: the "{lang}" version has no title.</source>
      <translation>{where}: a versão "{lang}" não tem título.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="212" />
      <source>{where}: the entry has no "id".</source>
      <translation>{where}: a entrada não tem "id".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="293" />
      <source>{where}: the log row {log_id} no longer exists; your decision '{change_type}' was not saved.</source>
      <translation>{where}: a linha {log_id} do registo já não existe; a sua decisão '{change_type}' não foi guardada.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="217" />
      <source>{where}: topic "{topic}" is not one of: {topics}.</source>
      <translation>{where}: o tema "{topic}" não é um de: {topics}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="328" />
      <source>{where}: your sheet has log row {log_id} as {uuid}, {question}, old value '{old_value}', but the cleaning log now holds {db_uuid}, {db_question}, old value '{db_old_value}' there (the survey was shared or checked again). Your decision '{change_type}' was not saved: export a new review sheet and decide on that row again.</source>
      <translation>{where}: a sua folha tem a linha {log_id} do registo como {uuid}, {question}, valor antigo '{old_value}', mas o registo de limpeza contém agora aí {db_uuid}, {db_question}, valor antigo '{db_old_value}' (o inquérito foi partilhado ou verificado novamente). A sua decisão '{change_type}' não foi guardada: exporte uma nova folha de revisão e decida novamente sobre essa linha.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="33" />
      <source>“{code}”: {count} (first: feature {fid})</source>
      <translation>«{code}»: {count} (primeira: entidade {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="196" />
      <source>“{given}” is the label of the answer “{code}” of {field}, the choice name the survey stores ({count} submissions give it): “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>«{given}» é a etiqueta da resposta «{code}» de {field}, o nome de opção que o inquérito guarda ({count} submissões dão-na): «{code}» foi contada. Indique ANSWER_VALUE={code} para a contar sem este aviso.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="38" />
      <source>“{text}” as {number}: {count} (first: feature {fid})</source>
      <translation>«{text}» como {number}: {count} (primeira: entidade {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="104" />
      <source>“{typed}” as {code}: {count} (first: feature {fid})</source>
      <translation>«{typed}» como {code}: {count} (primeira: entidade {fid})</translation>
    </message>
  </context>
</TS>
