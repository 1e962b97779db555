<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
      <translation> soumissions</translation>
    </message>
    <message>
      <source> within its {group}</source>
      <translation type="vanished"> au sein de son groupe {group}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="59" />
      <source>"{column}" holds the labels of the answers to "{question}", chosen from a list of {what}.</source>
      <translation>La colonne « {column} » contient les libellés des réponses à « {question} », choisies dans une liste qui contient {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="55" />
      <source>"{column}" is calculated from the location question "{question}": it holds {what}.</source>
      <translation>La colonne « {column} » est calculée à partir de la question de localisation « {question} » : elle contient {what}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="244" />
      <source>%n GPS points of the layer lie away from the coordinates answered in {latitude}/{longitude} (first: {uuid}): they were moved after the import, and the GPS checks used the points, not the columns.</source>
      <translation>
        <numerusform>%n point GPS de la couche est éloigné des coordonnées répondues dans {latitude}/{longitude} (premier : {uuid}) : il a été déplacé après l'import, et les contrôles GPS ont utilisé le point, pas les colonnes.</numerusform>
        <numerusform>%n points GPS de la couche sont éloignés des coordonnées répondues dans {latitude}/{longitude} (premier : {uuid}) : ils ont été déplacés après l'import, et les contrôles GPS ont utilisé les points, pas les colonnes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="263" />
      <source>%n _uuids shared by several rows of {table} had rows added or deleted, in a package prepared by version 0.2.0 that cannot tell them apart: their field changes were not merged.</source>
      <translation>
        <numerusform>%n _uuid partagé par plusieurs lignes de {table} a eu des lignes ajoutées ou supprimées, dans un paquet préparé par la version 0.2.0 qui ne sait pas les distinguer : les modifications de champs et de lignes faites sur le terrain pour ce _uuid n'ont pas été fusionnées.</numerusform>
        <numerusform>%n _uuid partagés par plusieurs lignes de {table} ont eu des lignes ajoutées ou supprimées, dans un paquet préparé par la version 0.2.0 qui ne sait pas les distinguer : les modifications de champs et de lignes faites sur le terrain pour ces _uuid n'ont pas été fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="105" />
      <source>%n answers of {field} are not numbers and were left out of the summary per area: {listed}. Correct them in the survey if they are numbers.</source>
      <translation>
        <numerusform>%n réponse de {field} n'est pas un nombre et a été laissée hors du résumé par unité : {listed}. Corrigez-la dans l'enquête si c'est un nombre.</numerusform>
        <numerusform>%n réponses de {field} ne sont pas des nombres et ont été laissées hors du résumé par unité : {listed}. Corrigez-les dans l'enquête si ce sont des nombres.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="115" />
      <source>%n answers of {field} are written with a decimal comma and were counted as numbers, as the import reads them: {listed}. If the comma separates thousands, correct them in the survey.</source>
      <translation>
        <numerusform>%n réponse de {field} est écrite avec une virgule décimale et a été comptée comme un nombre, comme l'import la lit : {listed}. Si la virgule sépare les milliers, corrigez-la dans l'enquête.</numerusform>
        <numerusform>%n réponses de {field} sont écrites avec une virgule décimale et ont été comptées comme des nombres, comme l'import les lit : {listed}. Si la virgule sépare les milliers, corrigez-les dans l'enquête.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="252" />
      <source>%n areas</source>
      <translation>
        <numerusform>%n unité</numerusform>
        <numerusform>%n unités</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="118" />
      <source>%n areas of {layer} have no P-code ({areas}): each is counted on its own, none merged. Give them their P-codes.</source>
      <translation>
        <numerusform>%n zone de {layer} n'a pas de P-code ({areas}) : elle est comptée à part. Donnez-lui son P-code.</numerusform>
        <numerusform>%n zones de {layer} n'ont pas de P-code ({areas}) : chacune est comptée à part, aucune n'est fusionnée. Donnez-leur leurs P-codes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="105" />
      <source>%n areas of {layer} have no boundary (their geometry is empty): {areas}. No submission can be placed in them by location: their submissions are counted outside every area. Give them their boundaries, or count by the P-code of the submissions.</source>
      <translation>
        <numerusform>%n unité de {layer} n'a pas de limite (sa géométrie est vide) : {areas}. Aucune soumission ne peut y être placée d'après sa position : ses soumissions sont comptées hors de toute unité. Donnez-lui sa limite, ou comptez par le P-code des soumissions.</numerusform>
        <numerusform>%n unités de {layer} n'ont pas de limite (leur géométrie est vide) : {areas}. Aucune soumission ne peut y être placée d'après sa position : leurs soumissions sont comptées hors de toute unité. Donnez-leur leurs limites, ou comptez par le P-code des soumissions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/export_map.py" line="276" />
      <source>%n areas of {layer} show a value made from fewer than {n} submissions: the map hides them as insufficient data, but the layer still holds their values; do not share the layer as it is.</source>
      <translation>
        <numerusform>%n unité de {layer} montre une valeur faite de moins de {n} soumissions : la carte la masque comme données insuffisantes, mais la couche garde la valeur ; ne partagez pas la couche telle quelle.</numerusform>
        <numerusform>%n unités de {layer} montrent une valeur faite de moins de {n} soumissions : la carte les masque comme données insuffisantes, mais la couche garde leurs valeurs ; ne partagez pas la couche telle quelle.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="263" />
      <source>%n attachments</source>
      <translation>
        <numerusform>%n pièce jointe</numerusform>
        <numerusform>%n pièces jointes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachments.py" line="33" />
      <source>%n attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation>
        <numerusform>%n pièce jointe n'a pas pu être téléchargée et a été ignorée : {files}. Les soumissions sont toutes dans le GeoPackage ; pour récupérer le fichier plus tard, relancez le téléchargement dans ce GeoPackage en cochant « Mettre à jour » et « Télécharger les pièces jointes ».</numerusform>
        <numerusform>%n pièces jointes n'ont pas pu être téléchargées et ont été ignorées : {files}. Les soumissions sont toutes dans le GeoPackage ; pour récupérer les fichiers plus tard, relancez le téléchargement dans ce GeoPackage en cochant « Mettre à jour » et « Télécharger les pièces jointes ».</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="128" />
      <source>%n attachments had the names of different files already in {folder}: they were copied under new names and their rows link to those names: {files}.</source>
      <translation>
        <numerusform>%n pièce jointe portait le nom d'un autre fichier déjà présent dans {folder} : elle a été copiée sous un nouveau nom et sa ligne renvoie à ce nom : {files}.</numerusform>
        <numerusform>%n pièces jointes portaient les noms d'autres fichiers déjà présents dans {folder} : elles ont été copiées sous de nouveaux noms et leurs lignes renvoient à ces noms : {files}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="120" />
      <source>%n attachments of the merged rows were copied into {folder}.</source>
      <translation>
        <numerusform>%n pièce jointe des lignes fusionnées a été copiée dans {folder}.</numerusform>
        <numerusform>%n pièces jointes des lignes fusionnées ont été copiées dans {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="246" />
      <source>%n attachments of {file} are missing and not in the package: {files}</source>
      <translation>
        <numerusform>%n pièce jointe de {file} manque et n'est pas dans le paquet : {files}</numerusform>
        <numerusform>%n pièces jointes de {file} manquent et ne sont pas dans le paquet : {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="53" />
      <source>%n attachments were missing after earlier downloads: {recovered} fetched now, {still} still missing.</source>
      <translation>
        <numerusform>%n pièce jointe manquait après les téléchargements précédents : {recovered} récupérée maintenant, {still} toujours manquante.</numerusform>
        <numerusform>%n pièces jointes manquaient après les téléchargements précédents : récupérées maintenant, {recovered} ; toujours manquantes, {still}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="425" />
      <source>%n change_response rows of the cleaning log {file} have no new value (rows {rows}): their answers were emptied, as blank_response does. If that was not meant, write the new values (a check that suggests none leaves them to you) or choose no_action.</source>
      <translation>
        <numerusform>%n ligne change_response du journal de nettoyage {file} n'a pas de nouvelle valeur (ligne {rows}) : sa réponse a été vidée, comme le fait blank_response. Si ce n'était pas voulu, écrivez la nouvelle valeur (un contrôle qui n'en propose aucune vous la laisse) ou choisissez no_action.</numerusform>
        <numerusform>%n lignes change_response du journal de nettoyage {file} n'ont pas de nouvelle valeur (lignes {rows}) : leurs réponses ont été vidées, comme le fait blank_response. Si ce n'était pas voulu, écrivez les nouvelles valeurs (un contrôle qui n'en propose aucune vous les laisse) ou choisissez no_action.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="128" />
      <source>%n changes made in the field were not merged (see the warnings above).</source>
      <translation>
        <numerusform>%n modification faite sur le terrain n'a pas été fusionnée (voir les avertissements ci-dessus).</numerusform>
        <numerusform>%n modifications faites sur le terrain n'ont pas été fusionnées (voir les avertissements ci-dessus).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="74" />
      <source>%n changes of the cleaning log name an old value the survey does not have (first: row {row}, {column}: '{old}' in the log, '{found}' in the survey). Was the log made for this survey?</source>
      <translation>
        <numerusform>%n modification du journal de nettoyage donne une ancienne valeur que l'enquête n'a pas (première : ligne {row}, {column} : « {old} » dans le journal, « {found} » dans l'enquête). Le journal a-t-il été fait pour cette enquête ?</numerusform>
        <numerusform>%n modifications du journal de nettoyage donnent une ancienne valeur que l'enquête n'a pas (première : ligne {row}, {column} : « {old} » dans le journal, « {found} » dans l'enquête). Le journal a-t-il été fait pour cette enquête ?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="81" />
      <source>%n choices (lists: {lists})</source>
      <translation>
        <numerusform>%n choix (liste : {lists})</numerusform>
        <numerusform>%n choix (listes : {lists})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="95" />
      <source>%n cleaning decisions</source>
      <translation>
        <numerusform>%n décision de nettoyage</numerusform>
        <numerusform>%n décisions de nettoyage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="124" />
      <source>%n cleaning decisions about those columns were left out too.</source>
      <translation>
        <numerusform>%n décision de nettoyage sur ces colonnes a aussi été laissée de côté.</numerusform>
        <numerusform>%n décisions de nettoyage sur ces colonnes ont aussi été laissées de côté.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="95" />
      <source>%n columns at high risk ({columns})</source>
      <translation>
        <numerusform>%n colonne à risque élevé ({columns})</numerusform>
        <numerusform>%n colonnes à risque élevé ({columns})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="285" />
      <source>%n columns likely hold personal data ({high} at high risk). Protect them before sharing the file.</source>
      <translation>
        <numerusform>%n colonne contient probablement des données personnelles (dont {high} à risque élevé). Protégez-la avant de partager le fichier.</numerusform>
        <numerusform>%n colonnes contiennent probablement des données personnelles (dont {high} à risque élevé). Protégez-les avant de partager le fichier.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="84" />
      <source>%n columns of the layer keep their questions' group path (first: '{column}'): they were checked as their questions ('{question}'...), the names the cleaning log uses.</source>
      <translation>
        <numerusform>%n colonne de la couche garde le chemin de groupe de sa question (première : « {column} ») : elle a été contrôlée comme sa question « {question} », le nom qu'utilise le journal de nettoyage.</numerusform>
        <numerusform>%n colonnes de la couche gardent le chemin de groupe de leurs questions (première : « {column} ») : elles ont été contrôlées comme leurs questions (« {question} »...), les noms qu'utilise le journal de nettoyage.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="85" />
      <source>%n columns, separated by {separator}.</source>
      <translation>
        <numerusform>%n colonne, séparée par {separator}.</numerusform>
        <numerusform>%n colonnes, séparées par {separator}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="131" />
      <source>%n conflicts are between two copies of this package (one package copied onto several laptops?): another copy merged before had changed the values otherwise; the values merged first were kept.</source>
      <translation>
        <numerusform>%n conflit oppose deux copies de ce paquet (un même paquet copié sur plusieurs ordinateurs ?) : une autre copie fusionnée avant avait modifié la valeur autrement ; la valeur fusionnée en premier a été gardée.</numerusform>
        <numerusform>%n conflits opposent deux copies de ce paquet (un même paquet copié sur plusieurs ordinateurs ?) : une autre copie fusionnée avant avait modifié les valeurs autrement ; les valeurs fusionnées en premier ont été gardées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="116" />
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept.</source>
      <translation>
        <numerusform>%n conflit : une valeur a été modifiée à la fois au bureau et sur le terrain. La valeur du bureau a été gardée.</numerusform>
        <numerusform>%n conflits : des valeurs ont été modifiées à la fois au bureau et sur le terrain. Les valeurs du bureau ont été gardées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept; see the table {table} and {csv}.</source>
      <translation type="vanished">
        <numerusform>%n conflit : une valeur a été modifiée à la fois au bureau et sur le terrain. La valeur du bureau a été gardée ; voir la table {table} et {csv}.</numerusform>
        <numerusform>%n conflits : des valeurs ont été modifiées à la fois au bureau et sur le terrain. Les valeurs du bureau ont été gardées ; voir la table {table} et {csv}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone ({columns}) were read as the time of the field laptops ({zone}, recorded when the package was prepared) and stored in UTC, as the office stores them.</source>
      <translation type="vanished">
        <numerusform>%n date-heure saisie sur le terrain sans fuseau horaire ({columns}) a été lue à l'heure des ordinateurs de terrain ({zone}, enregistrée lors de la préparation du paquet) et conservée en UTC, comme au bureau.</numerusform>
        <numerusform>%n dates-heures saisies sur le terrain sans fuseau horaire ({columns}) ont été lues à l'heure des ordinateurs de terrain ({zone}, enregistrée lors de la préparation du paquet) et conservées en UTC, comme au bureau.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="264" />
      <source>%n date-times written in the field without a time zone ({columns}) were read in the time zone chosen for the field laptops when the package was prepared ({zone}) and stored in UTC, as the office stores them.</source>
      <translation>
        <numerusform>%n date-heure saisie sur le terrain sans fuseau horaire ({columns}) a été lue dans le fuseau horaire choisi pour les ordinateurs de terrain lors de la préparation du paquet ({zone}) et conservée en UTC, comme le bureau les conserve.</numerusform>
        <numerusform>%n dates-heures saisies sur le terrain sans fuseau horaire ({columns}) ont été lues dans le fuseau horaire choisi pour les ordinateurs de terrain lors de la préparation du paquet ({zone}) et conservées en UTC, comme le bureau les conserve.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="304" />
      <source>%n date-times written in the field without a time zone are in the hour the clocks repeat when they go back in the field laptops' time zone ({zone}) (the first: {value}, fid {row} of {table}, column {column}): they were read as the later of the two possible times; check them.</source>
      <translation>
        <numerusform>%n date-heure saisie sur le terrain sans fuseau horaire est dans l'heure que les horloges répètent au passage à l'heure d'hiver dans le fuseau horaire des ordinateurs de terrain ({zone}) ({value}, fid {row} de {table}, colonne {column}) : elle a été lue comme la plus tardive des deux heures possibles ; vérifiez-la.</numerusform>
        <numerusform>%n dates-heures saisies sur le terrain sans fuseau horaire sont dans l'heure que les horloges répètent au passage à l'heure d'hiver dans le fuseau horaire des ordinateurs de terrain ({zone}) (la première : {value}, fid {row} de {table}, colonne {column}) : elles ont été lues comme la plus tardive des deux heures possibles ; vérifiez-les.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone are the office's in UTC's clock, as QGIS 3.22 writes untouched values it saves again, but other times in the field laptops' time zone ({zone}): they were taken as unchanged (the first: fid {row} of {table}, column {column}); if some were corrections made on a laptop, make them again in the office file.</source>
      <translation type="vanished">
        <numerusform>%n date-heure saisie sur le terrain sans fuseau horaire est celle du bureau à l'heure UTC, comme QGIS 3.22 écrit une valeur non modifiée qu'il enregistre de nouveau, mais une autre heure dans le fuseau horaire des ordinateurs de terrain ({zone}) : elle a été considérée comme inchangée (fid {row} de {table}, colonne {column}) ; si c'était une correction faite sur un ordinateur de terrain, refaites-la dans le fichier du bureau.</numerusform>
        <numerusform>%n dates-heures saisies sur le terrain sans fuseau horaire sont celles du bureau à l'heure UTC, comme QGIS 3.22 écrit les valeurs non modifiées qu'il enregistre de nouveau, mais d'autres heures dans le fuseau horaire des ordinateurs de terrain ({zone}) : elles ont été considérées comme inchangées (la première : fid {row} de {table}, colonne {column}) ; si certaines étaient des corrections faites sur un ordinateur de terrain, refaites-les dans le fichier du bureau.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="283" />
      <source>%n date-times written in the field without a time zone do not exist in the field laptops' time zone ({zone}), in the hour the clocks skip when they go forward (the first: {value}, fid {row} of {table}, column {column}): they were not merged and are listed in the table {conflicts}; write in the office file the times they really were.</source>
      <translation>
        <numerusform>%n date-heure saisie sur le terrain sans fuseau horaire n'existe pas dans le fuseau horaire des ordinateurs de terrain ({zone}), dans l'heure que les horloges sautent au passage à l'heure d'été ({value}, fid {row} de {table}, colonne {column}) : elle n'a pas été fusionnée et figure dans la table {conflicts} ; écrivez dans le fichier du bureau l'heure qu'il était vraiment.</numerusform>
        <numerusform>%n dates-heures saisies sur le terrain sans fuseau horaire n'existent pas dans le fuseau horaire des ordinateurs de terrain ({zone}), dans l'heure que les horloges sautent au passage à l'heure d'été (la première : {value}, fid {row} de {table}, colonne {column}) : elles n'ont pas été fusionnées et figurent dans la table {conflicts} ; écrivez dans le fichier du bureau les heures qu'il était vraiment.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="88" />
      <source>%n dates of {column} are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year without doubt (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Export the data again from the server, or write the dates YYYY-MM-DD.</source>
      <translation>
        <numerusform>%n date de {column} n'est pas une date ISO (AAAA-MM-JJ) et n'a pas pu être lue sans ambiguïté comme jour/mois/année (première : {uuid}, « {value} ») : son entretien n'a pas été contrôlé pour la durée, la période de collecte ni les séries d'entretiens rapprochées. Exportez à nouveau les données depuis le serveur, ou écrivez les dates AAAA-MM-JJ.</numerusform>
        <numerusform>%n dates de {column} ne sont pas des dates ISO (AAAA-MM-JJ) et n'ont pas pu être lues sans ambiguïté comme jour/mois/année (première : {uuid}, « {value} ») : leurs entretiens n'ont pas été contrôlés pour la durée, la période de collecte ni les séries d'entretiens rapprochées. Exportez à nouveau les données depuis le serveur, ou écrivez les dates AAAA-MM-JJ.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="115" />
      <source>%n decisions are still pending: they change nothing.</source>
      <translation>
        <numerusform>%n décision est encore en attente : elle ne change rien.</numerusform>
        <numerusform>%n décisions sont encore en attente : elles ne changent rien.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="206" />
      <source>%n decisions of the saved log are kept.</source>
      <translation>
        <numerusform>%n décision du journal enregistré est conservée.</numerusform>
        <numerusform>%n décisions du journal enregistré sont conservées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="190" />
      <source>%n decisions saved in the replaced schema {schema} by {who} were dropped.</source>
      <translation>
        <numerusform>%n décision enregistrée par {who} dans le schéma remplacé {schema} a été supprimée.</numerusform>
        <numerusform>%n décisions enregistrées par {who} dans le schéma remplacé {schema} ont été supprimées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/review_sheet.py" line="112" />
      <source>%n decisions saved.</source>
      <translation>
        <numerusform>%n décision enregistrée.</numerusform>
        <numerusform>%n décisions enregistrées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="384" />
      <source>%n decisions were not saved because someone else decided on the same rows first:
{rows}</source>
      <translation>
        <numerusform>%n décision n'a pas été enregistrée car quelqu'un d'autre a décidé avant vous sur la même ligne :
{rows}</numerusform>
        <numerusform>%n décisions n'ont pas été enregistrées car quelqu'un d'autre a décidé avant vous sur les mêmes lignes :
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="367" />
      <source>%n decisions were not saved: their log rows now hold another submission, question or old value:
{rows}</source>
      <translation>
        <numerusform>%n décision n'a pas été enregistrée : sa ligne de journal contient maintenant une autre soumission, question ou ancienne valeur :
{rows}</numerusform>
        <numerusform>%n décisions n'ont pas été enregistrées : leurs lignes de journal contiennent maintenant une autre soumission, question ou ancienne valeur :
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="379" />
      <source>%n decisions were not saved: their rows are no longer in the cleaning log:
{rows}</source>
      <translation>
        <numerusform>%n décision n'a pas été enregistrée : sa ligne n'est plus dans le journal de nettoyage :
{rows}</numerusform>
        <numerusform>%n décisions n'ont pas été enregistrées : leurs lignes ne sont plus dans le journal de nettoyage :
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="138" />
      <source>%n files linked from the merged rows are not in the returned package and were not copied: {files}. Copy them from the field laptop (the package's data folder) into the folder of {office}.</source>
      <translation>
        <numerusform>%n fichier référencé par les lignes fusionnées n'est pas dans le paquet revenu et n'a pas été copié : {files}. Copiez-le depuis l'ordinateur de terrain (le dossier de données du paquet) dans le dossier de {office}.</numerusform>
        <numerusform>%n fichiers référencés par les lignes fusionnées ne sont pas dans le paquet revenu et n'ont pas été copiés : {files}. Copiez-les depuis l'ordinateur de terrain (le dossier de données du paquet) dans le dossier de {office}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="254" />
      <source>%n files of the attachments folder of {file} belong to no remaining submission (deleted since?) and were not packaged: {files}</source>
      <translation>
        <numerusform>%n fichier du dossier des pièces jointes de {file} n'appartient à aucune soumission restante (supprimée depuis ?) et n'a pas été mis dans le paquet : {files}</numerusform>
        <numerusform>%n fichiers du dossier des pièces jointes de {file} n'appartiennent à aucune soumission restante (supprimée depuis ?) et n'ont pas été mis dans le paquet : {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="157" />
      <source>%n forms. Select one, then Next.</source>
      <translation>
        <numerusform>%n formulaire. Sélectionnez-le, puis Suivant.</numerusform>
        <numerusform>%n formulaires. Sélectionnez-en un, puis Suivant.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="145" />
      <source>%n interviews have no {column} time: they were not checked for duration, collection period or bursts.</source>
      <translation>
        <numerusform>%n entretien n'a pas d'heure {column} : il n'a pas été contrôlé pour la durée, la période de collecte ni les séries d'entretiens rapprochées.</numerusform>
        <numerusform>%n entretiens n'ont pas d'heure {column} : ils n'ont pas été contrôlés pour la durée, la période de collecte ni les séries d'entretiens rapprochées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="233" />
      <source>%n items of the repeat {repeat} (not submissions) imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>%n élément de la répétition {repeat} (pas une soumission) importé dans {file} ; {missing} sans position. Tables : {tables}. Langue : {language}.</numerusform>
        <numerusform>%n éléments de la répétition {repeat} (pas des soumissions) importés dans {file} ; {missing} sans position. Tables : {tables}. Langue : {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="95" />
      <source>%n items of the repeat {repeat} imported ({missing} without location) into {file} in {seconds:.1f} s; they are not submissions.</source>
      <translation>
        <numerusform>%n élément de la répétition {repeat} importé ({missing} sans position) dans {file} en {seconds:.1f} s ; ce n'est pas une soumission.</numerusform>
        <numerusform>%n éléments de la répétition {repeat} importés ({missing} sans position) dans {file} en {seconds:.1f} s ; ce ne sont pas des soumissions.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="226" />
      <source>%n kept as they are</source>
      <translation>
        <numerusform>%n laissée telle quelle</numerusform>
        <numerusform>%n laissées telles quelles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="65" />
      <source>%n labels were updated to match their changed answers.</source>
      <translation>
        <numerusform>%n libellé a été mis à jour pour suivre sa réponse modifiée.</numerusform>
        <numerusform>%n libellés ont été mis à jour pour suivre leurs réponses modifiées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="148" />
      <source>%n links of the merged rows point out of the package's attachment folders ({folders}) and were not followed: {files}. No file was copied for them.</source>
      <translation>
        <numerusform>%n lien des lignes fusionnées pointe hors des dossiers de pièces jointes du paquet ({folders}) et n'a pas été suivi : {files}. Aucun fichier n'a été copié pour lui.</numerusform>
        <numerusform>%n liens des lignes fusionnées pointent hors des dossiers de pièces jointes du paquet ({folders}) et n'ont pas été suivis : {files}. Aucun fichier n'a été copié pour eux.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/apply_log.py" line="255" />
      <source>%n log rows pending</source>
      <translation>
        <numerusform>%n ligne du journal en attente</numerusform>
        <numerusform>%n lignes du journal en attente</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="225" />
      <source>%n log rows still pending</source>
      <translation>
        <numerusform>%n ligne du journal encore en attente</numerusform>
        <numerusform>%n lignes du journal encore en attente</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_json.py" line="171" />
      <source>%n more submissions from {host} held such characters, replaced the same way.</source>
      <translation>
        <numerusform>%n autre soumission de {host} contenait de tels caractères, remplacés de la même façon.</numerusform>
        <numerusform>%n autres soumissions de {host} contenaient de tels caractères, remplacés de la même façon.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="260" />
      <source>%n new submissions</source>
      <translation>
        <numerusform>%n nouvelle soumission</numerusform>
        <numerusform>%n nouvelles soumissions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="153" />
      <source>%n new submissions came from the field without a _uuid: they were added with new ones ({uuids}).</source>
      <translation>
        <numerusform>%n nouvelle soumission est arrivée du terrain sans _uuid : elle a été ajoutée avec un nouveau ({uuids}).</numerusform>
        <numerusform>%n nouvelles soumissions sont arrivées du terrain sans _uuid : elles ont été ajoutées avec de nouveaux ({uuids}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="168" />
      <source>%n new submissions downloaded into {file}.</source>
      <translation>
        <numerusform>%n nouvelle soumission téléchargée dans {file}.</numerusform>
        <numerusform>%n nouvelles soumissions téléchargées dans {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="91" />
      <source>%n of the {total} rows of {table} the package left with differ in the returned copy (most in the columns {columns}): a layer re-saved or converted by another program, or replaced by another one, looks like this; its changes were merged where the office had not changed the value, so check those columns in {office} before relying on them.</source>
      <translation>
        <numerusform>%n des {total} lignes de {table} parties avec le paquet diffère dans la copie rendue (surtout dans les colonnes {columns}) : c'est ce que montre une couche réenregistrée ou convertie par un autre programme, ou remplacée par une autre ; ses modifications ont été fusionnées là où le bureau n'avait pas modifié la valeur, vérifiez donc ces colonnes dans {office} avant de vous y fier.</numerusform>
        <numerusform>%n des {total} lignes de {table} parties avec le paquet diffèrent dans la copie rendue (surtout dans les colonnes {columns}) : c'est ce que montre une couche réenregistrée ou convertie par un autre programme, ou remplacée par une autre ; ses modifications ont été fusionnées là où le bureau n'avait pas modifié la valeur, vérifiez donc ces colonnes dans {office} avant de vous y fier.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="315" />
      <source>%n of {total} tiles could not be downloaded (a server error, no answer or an invalid image): the basemap has holes at zoom {zooms}.</source>
      <translation>
        <numerusform>%n tuile sur {total} n'a pas pu être téléchargée (erreur du serveur, absence de réponse ou image non valide) : le fond de carte a des trous au zoom {zooms}.</numerusform>
        <numerusform>%n tuiles sur {total} n'ont pas pu être téléchargées (erreur du serveur, absence de réponse ou image non valide) : le fond de carte a des trous au zoom {zooms}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="262" />
      <source>%n pages</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="196" />
      <source>%n pending</source>
      <translation>
        <numerusform>%n en attente</numerusform>
        <numerusform>%n en attente</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="133" />
      <source>%n photos or files linked from those columns were left out too.</source>
      <translation>
        <numerusform>%n photo ou fichier lié à ces colonnes a aussi été laissé de côté.</numerusform>
        <numerusform>%n photos ou fichiers liés à ces colonnes ont aussi été laissés de côté.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="379" />
      <source>%n photos or files of the submissions were missing: they are listed in manifest.json.</source>
      <translation>
        <numerusform>%n photo ou fichier des soumissions manquait : il est listé dans manifest.json.</numerusform>
        <numerusform>%n photos ou fichiers des soumissions manquaient : ils sont listés dans manifest.json.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="76" />
      <source>%n questions</source>
      <translation>
        <numerusform>%n question</numerusform>
        <numerusform>%n questions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="94" />
      <source>%n repeat rows added</source>
      <translation>
        <numerusform>%n ligne de répétition ajoutée</numerusform>
        <numerusform>%n lignes de répétition ajoutées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="180" />
      <source>%n repeat rows of form {id} on {host} belong to no submission that was downloaded ({parents}), so they are not in the GeoPackage. A submission sent during the download comes with the next update.</source>
      <translation>
        <numerusform>%n ligne de répétition du formulaire {id} sur {host} n'appartient à aucune soumission téléchargée ({parents}) ; elle n'est donc pas dans le GeoPackage. Une soumission envoyée pendant le téléchargement arrive avec la mise à jour suivante.</numerusform>
        <numerusform>%n lignes de répétition du formulaire {id} sur {host} n'appartiennent à aucune soumission téléchargée ({parents}) ; elles ne sont donc pas dans le GeoPackage. Une soumission envoyée pendant le téléchargement arrive avec la mise à jour suivante.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="69" />
      <source>%n rows added in the field came without an _index, or with one the office holds: they were given the office's next ones ({indexes}), which the rows added under them name as their _parent_index.</source>
      <translation>
        <numerusform>%n ligne ajoutée sur le terrain n'avait pas d'_index, ou en avait un que le bureau utilise déjà : elle a reçu le suivant du bureau ({indexes}), que les lignes ajoutées sous elle indiquent comme leur _parent_index.</numerusform>
        <numerusform>%n lignes ajoutées sur le terrain n'avaient pas d'_index, ou en avaient un que le bureau utilise déjà : elles ont reçu les suivants du bureau ({indexes}), que les lignes ajoutées sous elles indiquent comme leur _parent_index.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="109" />
      <source>%n rows are kept as they are</source>
      <translation>
        <numerusform>%n ligne est laissée telle quelle</numerusform>
        <numerusform>%n lignes sont laissées telles quelles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="180" />
      <source>%n rows belong to submissions that refused consent ({column} in the table {table}): they were left out of the shared file.</source>
      <translation>
        <numerusform>%n ligne appartient à une soumission qui a refusé le consentement ({column} dans la table {table}) : elle a été exclue du fichier partagé.</numerusform>
        <numerusform>%n lignes appartiennent à des soumissions qui ont refusé le consentement ({column} dans la table {table}) : elles ont été exclues du fichier partagé.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="120" />
      <source>%n rows copied into {schema} of {target} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n ligne copiée dans {schema} de {target} en {seconds:.1f} s.</numerusform>
        <numerusform>%n lignes copiées dans {schema} de {target} en {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="282" />
      <source>%n rows imported from {file}. Save them to keep them.</source>
      <translation>
        <numerusform>%n ligne importée depuis {file}. Enregistrez-la pour la conserver.</numerusform>
        <numerusform>%n lignes importées depuis {file}. Enregistrez-les pour les conserver.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="413" />
      <source>%n rows of the cleaning log {file} are decided otherwise in the survey's own cleaning log {own}, which is not applied when a log file is chosen: {rows}. Bring the decisions together in one log and apply it again.</source>
      <translation>
        <numerusform>%n ligne du journal de nettoyage {file} est décidée autrement dans le journal de nettoyage propre à l'enquête, {own}, qui n'est pas appliqué quand un fichier de journal est choisi : {rows}. Réunissez les décisions dans un seul journal et appliquez-le à nouveau.</numerusform>
        <numerusform>%n lignes du journal de nettoyage {file} sont décidées autrement dans le journal de nettoyage propre à l'enquête, {own}, qui n'est pas appliqué quand un fichier de journal est choisi : {rows}. Réunissez les décisions dans un seul journal et appliquez-le à nouveau.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="454" />
      <source>%n rows of the cleaning log {file} name submissions that are not in the data (was the log made on another survey, or on submissions removed since?); they were skipped. Rows and uuids: {rows}</source>
      <translation>
        <numerusform>%n ligne du journal de nettoyage {file} nomme une soumission qui n'est pas dans les données (le journal a-t-il été fait sur une autre enquête, ou sur des soumissions supprimées depuis ?) ; elle a été ignorée. Ligne et uuid : {rows}</numerusform>
        <numerusform>%n lignes du journal de nettoyage {file} nomment des soumissions qui ne sont pas dans les données (le journal a-t-il été fait sur une autre enquête, ou sur des soumissions supprimées depuis ?) ; elles ont été ignorées. Lignes et uuid : {rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="71" />
      <source>%n rows of the cleaning log {file} were already applied to this layer by an earlier run (rows {rows}, recorded in its table {table}): they were skipped, so that nothing is changed or removed twice.</source>
      <translation>
        <numerusform>%n ligne du journal de nettoyage {file} a déjà été appliquée à cette couche lors d'une exécution précédente (ligne {rows}, consignée dans sa table {table}) : elle a été ignorée, afin que rien ne soit modifié ni supprimé deux fois.</numerusform>
        <numerusform>%n lignes du journal de nettoyage {file} ont déjà été appliquées à cette couche lors d'une exécution précédente (lignes {rows}, consignées dans sa table {table}) : elles ont été ignorées, afin que rien ne soit modifié ni supprimé deux fois.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="267" />
      <source>%n rows of the survey's repeat tables belong to submissions the cleaning log removed ({counts}), and the cleaned layer {output} is written without its repeat tables: the survey's tables still hold them. Write the cleaned layer to a new GeoPackage to get its repeat tables without such rows.</source>
      <translation>
        <numerusform>%n ligne des tables de répétition de l'enquête appartient à une soumission que le journal de nettoyage a supprimée ({counts}), et la couche nettoyée {output} est écrite sans ses tables de répétition : les tables de l'enquête la contiennent toujours. Écrivez la couche nettoyée dans un nouveau GeoPackage pour obtenir ses tables de répétition sans de telles lignes.</numerusform>
        <numerusform>%n lignes des tables de répétition de l'enquête appartiennent à des soumissions que le journal de nettoyage a supprimées ({counts}), et la couche nettoyée {output} est écrite sans ses tables de répétition : les tables de l'enquête les contiennent toujours. Écrivez la couche nettoyée dans un nouveau GeoPackage pour obtenir ses tables de répétition sans de telles lignes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="256" />
      <source>%n rows of {table} added in the field belong to no submission merged (their PARENT_KEY is empty or is not the KEY of a submission of this package): they were not merged.</source>
      <translation>
        <numerusform>%n ligne de {table} ajoutée sur le terrain n'appartient à aucune soumission fusionnée (son PARENT_KEY est vide ou n'est pas la valeur KEY d'une soumission de ce paquet) : elle n'a pas été fusionnée.</numerusform>
        <numerusform>%n lignes de {table} ajoutées sur le terrain n'appartiennent à aucune soumission fusionnée (leur PARENT_KEY est vide ou n'est pas la valeur KEY d'une soumission de ce paquet) : elles n'ont pas été fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="248" />
      <source>%n rows of {table} added in the field belong to no submission merged (their _submission__uuid is empty or another package's): they were not merged.</source>
      <translation>
        <numerusform>%n ligne de {table} ajoutée sur le terrain n'appartient à aucune soumission fusionnée (son _submission__uuid est vide ou celui d'un autre paquet) : elle n'a pas été fusionnée.</numerusform>
        <numerusform>%n lignes de {table} ajoutées sur le terrain n'appartiennent à aucune soumission fusionnée (leur _submission__uuid est vide ou celui d'un autre paquet) : elles n'ont pas été fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="208" />
      <source>%n rows of {table} added in the field have the _uuid of submissions the office holds: they were not merged.</source>
      <translation>
        <numerusform>%n ligne de {table} ajoutée sur le terrain a le _uuid d'une soumission présente au bureau : elle n'a pas été fusionnée.</numerusform>
        <numerusform>%n lignes de {table} ajoutées sur le terrain ont le _uuid de soumissions présentes au bureau : elles n'ont pas été fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="215" />
      <source>%n rows of {table} added in the field, without a _uuid, have the same answers and point as submissions another copy of this package brought: they were not added (if they are other households, add them by hand).</source>
      <translation>
        <numerusform>%n ligne de {table} ajoutée sur le terrain, sans _uuid, a les mêmes réponses et le même point qu'une soumission apportée par une autre copie de ce paquet : elle n'a pas été ajoutée (s'il s'agit d'un autre ménage, ajoutez-la à la main).</numerusform>
        <numerusform>%n lignes de {table} ajoutées sur le terrain, sans _uuid, ont les mêmes réponses et le même point que des soumissions apportées par une autre copie de ce paquet : elles n'ont pas été ajoutées (s'il s'agit d'autres ménages, ajoutez-les à la main).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="200" />
      <source>%n rows of {table} changed or added in the field belong to submissions removed in the office: they were not merged.</source>
      <translation>
        <numerusform>%n ligne de {table} modifiée ou ajoutée sur le terrain appartient à une soumission supprimée au bureau : elle n'a pas été fusionnée.</numerusform>
        <numerusform>%n lignes de {table} modifiées ou ajoutées sur le terrain appartiennent à des soumissions supprimées au bureau : elles n'ont pas été fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="194" />
      <source>%n rows of {table} deleted in the field were kept in the office: deletions are not merged.</source>
      <translation>
        <numerusform>%n ligne de {table} supprimée sur le terrain a été gardée au bureau : les suppressions ne sont pas fusionnées.</numerusform>
        <numerusform>%n lignes de {table} supprimées sur le terrain ont été gardées au bureau : les suppressions ne sont pas fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="232" />
      <source>%n rows of {table} have dates written in the field that are not dates (e.g. 12/03/2024 instead of 2024-03-12): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>%n ligne de {table} a une date écrite sur le terrain qui n'est pas une date (p. ex. 12/03/2024 au lieu de 2024-03-12) : la valeur du bureau a été gardée (chacune est listée avec son texte).</numerusform>
        <numerusform>%n lignes de {table} ont des dates écrites sur le terrain qui ne sont pas des dates (p. ex. 12/03/2024 au lieu de 2024-03-12) : les valeurs du bureau ont été gardées (chacune est listée avec son texte).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="240" />
      <source>%n rows of {table} have numbers written in the field that their columns cannot hold (e.g. '30 500,5' or 'six'): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>%n ligne de {table} a un nombre écrit sur le terrain que sa colonne ne peut pas contenir (p. ex. « 30 500,5 » ou « six ») : la valeur du bureau a été gardée (chacune est listée avec son texte).</numerusform>
        <numerusform>%n lignes de {table} ont des nombres écrits sur le terrain que leurs colonnes ne peuvent pas contenir (p. ex. « 30 500,5 » ou « six ») : les valeurs du bureau ont été gardées (chacune est listée avec son texte).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="224" />
      <source>%n rows of {table} have values entered in the field in columns the office file does not have: they were not merged (each is listed with its column and value).</source>
      <translation>
        <numerusform>%n ligne de {table} a des valeurs saisies sur le terrain dans des colonnes que le fichier du bureau n'a pas : elles n'ont pas été fusionnées (chacune est listée avec sa colonne et sa valeur).</numerusform>
        <numerusform>%n lignes de {table} ont des valeurs saisies sur le terrain dans des colonnes que le fichier du bureau n'a pas : elles n'ont pas été fusionnées (chacune est listée avec sa colonne et sa valeur).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_repeats.py" line="62" />
      <source>%n rows shared belong to {submissions} submissions missing from the table {table} of the same GeoPackage (removed in cleaning?): they are shared all the same. To share only the rows of kept submissions, share a copy of the table without them.</source>
      <translation>
        <numerusform>%n ligne partagée appartient à {submissions} soumission absente de la table {table} du même GeoPackage (retirée au nettoyage ?) : elle est partagée quand même. Pour ne partager que les lignes des soumissions gardées, partagez une copie de la table sans elle.</numerusform>
        <numerusform>%n lignes partagées appartiennent à {submissions} soumissions absentes de la table {table} du même GeoPackage (retirées au nettoyage ?) : elles sont partagées quand même. Pour ne partager que les lignes des soumissions gardées, partagez une copie de la table sans elles.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="43" />
      <source>%n rows written to {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n ligne écrite dans {file} en {seconds:.1f} s.</numerusform>
        <numerusform>%n lignes écrites dans {file} en {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="459" />
      <source>%n rows written to {file}.</source>
      <translation>
        <numerusform>%n ligne écrite dans {file}.</numerusform>
        <numerusform>%n lignes écrites dans {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="141" />
      <source>%n select answers changed in the field are not choices of the form ({values}): they were merged as written, with themselves as their labels; check them in the table {table}.</source>
      <translation>
        <numerusform>%n réponse à choix modifiée sur le terrain n'est pas un choix du formulaire ({values}) : elle a été fusionnée telle qu'écrite, avec elle-même pour libellé ; vérifiez-la dans la table {table}.</numerusform>
        <numerusform>%n réponses à choix modifiées sur le terrain ne sont pas des choix du formulaire ({values}) : elles ont été fusionnées telles qu'écrites, avec elles-mêmes pour libellés ; vérifiez-les dans la table {table}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/resume.py" line="71" />
      <source>%n submissions already downloaded are kept beside {file}: the next download of this form into it continues from there.</source>
      <translation>
        <numerusform>%n soumission déjà téléchargée est conservée à côté de {file} : le prochain téléchargement de ce formulaire dans ce fichier reprendra à partir de là.</numerusform>
        <numerusform>%n soumissions déjà téléchargées sont conservées à côté de {file} : le prochain téléchargement de ce formulaire dans ce fichier reprendra à partir de là.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="253" />
      <source>%n submissions are outside every area or have an unknown P-code.</source>
      <translation>
        <numerusform>%n soumission est hors de toute unité ou a un P-code inconnu.</numerusform>
        <numerusform>%n soumissions sont hors de toute unité ou ont un P-code inconnu.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="173" />
      <source>%n submissions gave no answer to {question} (skipped or refused): each share is of the submissions that answered, and the threshold counts them only.</source>
      <translation>
        <numerusform>%n soumission n'a pas répondu à {question} (question sautée ou refusée) : chaque part est celle des soumissions qui ont répondu, et le seuil ne compte qu'elles.</numerusform>
        <numerusform>%n soumissions n'ont pas répondu à {question} (question sautée ou refusée) : chaque part est celle des soumissions qui ont répondu, et le seuil ne compte qu'elles.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="265" />
      <source>%n submissions give answers to {field} written like “{code}” but which the form names as another choice (its name or its label): {listed}. They were not counted as “{code}”: check them.</source>
      <translation>
        <numerusform>%n soumission donne à {field} une réponse écrite comme « {code} » mais que le formulaire désigne comme un autre choix (par son nom ou son libellé) : {listed}. Elle n'a pas été comptée comme « {code} » : vérifiez-la.</numerusform>
        <numerusform>%n soumissions donnent à {field} des réponses écrites comme « {code} » mais que le formulaire désigne comme un autre choix (par son nom ou son libellé) : {listed}. Elles n'ont pas été comptées comme « {code} » : vérifiez-les.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="255" />
      <source>%n submissions give “{code}” to {field} written otherwise: {listed}. They were counted as “{code}”, the same answer. Correct the survey to write it one way.</source>
      <translation>
        <numerusform>%n soumission donne à {field} la réponse « {code} » écrite autrement : {listed}. Elle a été comptée comme « {code} », la même réponse. Corrigez l'enquête pour qu'elle l'écrive d'une seule façon.</numerusform>
        <numerusform>%n soumissions donnent à {field} la réponse « {code} » écrite autrement : {listed}. Elles ont été comptées comme « {code} », la même réponse. Corrigez l'enquête pour qu'elle l'écrive d'une seule façon.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="89" />
      <source>%n submissions have a P-code that matches no area of {layer} and are not counted: {listed}. Correct these P-codes in the survey, or choose the admin layer of their level, and count again.</source>
      <translation>
        <numerusform>%n soumission a un P-code qui ne correspond à aucune zone de {layer} et n'est pas comptée : {listed}. Corrigez le P-code dans l'enquête, ou choisissez la couche administrative de son niveau, et comptez de nouveau.</numerusform>
        <numerusform>%n soumissions ont un P-code qui ne correspond à aucune zone de {layer} et ne sont pas comptées : {listed}. Corrigez ces P-codes dans l'enquête, ou choisissez la couche administrative de leur niveau, et comptez de nouveau.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="154" />
      <source>%n submissions have a location outside the earth (first: feature {fid}: {x}, {y}) and are not counted. Correct their GPS locations (latitude and longitude swapped or mistyped?).</source>
      <translation>
        <numerusform>%n soumission a une position hors de la Terre (entité {fid} : {x}, {y}) et n'est pas comptée. Corrigez sa position GPS (latitude et longitude inversées ou mal saisies ?).</numerusform>
        <numerusform>%n soumissions ont une position hors de la Terre (première : entité {fid} : {x}, {y}) et ne sont pas comptées. Corrigez leurs positions GPS (latitude et longitude inversées ou mal saisies ?).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="258" />
      <source>%n submissions have no location or P-code.</source>
      <translation>
        <numerusform>%n soumission n'a ni localisation ni P-code.</numerusform>
        <numerusform>%n soumissions n'ont ni localisation ni P-code.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="67" />
      <source>%n submissions have the uuid {uuid} ({ids}) and {matched} of them the old value '{old}': the row cannot tell which one it means. Give the old value that only the submission to change has</source>
      <translation>
        <numerusform>%n soumission a l'uuid {uuid} ({ids}), dont {matched} avec l'ancienne valeur « {old} » : la ligne ne permet pas de savoir laquelle elle désigne. Indiquez l'ancienne valeur que seule la soumission à modifier possède</numerusform>
        <numerusform>%n soumissions ont l'uuid {uuid} ({ids}), dont {matched} avec l'ancienne valeur « {old} » : la ligne ne permet pas de savoir laquelle elle désigne. Indiquez l'ancienne valeur que seule la soumission à modifier possède</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="75" />
      <source>%n submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove. Give in old_value the value of its question that only the submission to remove has, or write the question _uuid to remove every copy but the first</source>
      <translation>
        <numerusform>%n soumission a l'uuid {uuid} ({ids}) : la ligne ne permet pas de savoir laquelle supprimer. Indiquez dans old_value la valeur de sa question que seule la soumission à supprimer possède, ou écrivez la question _uuid pour supprimer toutes les copies sauf la première</numerusform>
        <numerusform>%n soumissions ont l'uuid {uuid} ({ids}) : la ligne ne permet pas de savoir laquelle supprimer. Indiquez dans old_value la valeur de sa question que seule la soumission à supprimer possède, ou écrivez la question _uuid pour supprimer toutes les copies sauf la première</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="103" />
      <source>%n submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>%n soumission importée ({missing} sans position) dans {file} en {seconds:.1f} s.</numerusform>
        <numerusform>%n soumissions importées ({missing} sans position) dans {file} en {seconds:.1f} s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="241" />
      <source>%n submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>%n soumission importée dans {file} ; {missing} sans position. Tables : {tables}. Langue : {language}.</numerusform>
        <numerusform>%n soumissions importées dans {file} ; {missing} sans position. Tables : {tables}. Langue : {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="261" />
      <source>%n submissions in all</source>
      <translation>
        <numerusform>%n soumission au total</numerusform>
        <numerusform>%n soumissions au total</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="236" />
      <source>%n submissions in {file} were deleted on {host} since they were downloaded: {uuids}. They are still in the GeoPackage and in every export made from it (an update removes nothing). To remove them, add a row with the change type remove_survey and their uuid to the cleaning log and apply it, or download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>%n soumission de {file} a été supprimée sur {host} depuis son téléchargement : {uuids}. Elle est toujours dans le GeoPackage et dans chaque export fait à partir de celui-ci (une mise à jour ne supprime rien). Pour la retirer, ajoutez au journal de nettoyage une ligne avec le type de changement remove_survey et son uuid, puis appliquez le journal, ou téléchargez le formulaire dans un nouveau GeoPackage.</numerusform>
        <numerusform>%n soumissions de {file} ont été supprimées sur {host} depuis leur téléchargement : {uuids}. Elles sont toujours dans le GeoPackage et dans chaque export fait à partir de celui-ci (une mise à jour ne supprime rien). Pour les retirer, ajoutez au journal de nettoyage une ligne par soumission avec le type de changement remove_survey et son uuid, puis appliquez le journal, ou téléchargez le formulaire dans un nouveau GeoPackage.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="250" />
      <source>%n submissions in {file} were edited or reviewed again on {host} since they were downloaded: {uuids}. The GeoPackage keeps their answers and review state as first downloaded; to get the edited versions, download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>%n soumission de {file} a été modifiée ou revue à nouveau sur {host} depuis son téléchargement : {uuids}. Le GeoPackage garde ses réponses et son statut de revue tels que téléchargés la première fois ; pour obtenir la version modifiée, téléchargez le formulaire dans un nouveau GeoPackage.</numerusform>
        <numerusform>%n soumissions de {file} ont été modifiées ou revues à nouveau sur {host} depuis leur téléchargement : {uuids}. Le GeoPackage garde leurs réponses et leur statut de revue tels que téléchargés la première fois ; pour obtenir les versions modifiées, téléchargez le formulaire dans un nouveau GeoPackage.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="128" />
      <source>%n submissions lie in several overlapping areas of {layer} ({listed}); each was counted once, in the first area listed (in the order of the layer). Check the boundaries: areas of one level do not overlap.</source>
      <translation>
        <numerusform>%n soumission se trouve dans plusieurs zones de {layer} qui se chevauchent ({listed}) ; elle a été comptée une fois, dans la première zone citée (dans l'ordre de la couche). Vérifiez les limites : les zones d'un même niveau ne se chevauchent pas.</numerusform>
        <numerusform>%n soumissions se trouvent dans plusieurs zones de {layer} qui se chevauchent ({listed}) ; chacune a été comptée une fois, dans la première zone citée (dans l'ordre de la couche). Vérifiez les limites : les zones d'un même niveau ne se chevauchent pas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="141" />
      <source>%n submissions lie right on a border shared by areas of {layer} ({listed}); each was counted once, in the area whose P-code comes first (the first listed). A shared border is no overlap: the boundaries need no correction.</source>
      <translation>
        <numerusform>%n soumission se trouve exactement sur une limite commune à des unités de {layer} ({listed}) ; elle a été comptée une fois, dans l'unité dont le P-code vient en premier (la première citée). Une limite commune n'est pas un chevauchement : les limites n'ont pas besoin d'être corrigées.</numerusform>
        <numerusform>%n soumissions se trouvent exactement sur une limite commune à des unités de {layer} ({listed}) ; chacune a été comptée une fois, dans l'unité dont le P-code vient en premier (la première citée). Une limite commune n'est pas un chevauchement : les limites n'ont pas besoin d'être corrigées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="221" />
      <source>%n submissions of form {id} are on {host} but not in the GeoPackage, and could not be downloaded on their own: {uuids}. Download the form into a new GeoPackage to get them.</source>
      <translation>
        <numerusform>%n soumission du formulaire {id} est sur {host} mais pas dans le GeoPackage, et n'a pas pu être téléchargée séparément : {uuids}. Téléchargez le formulaire dans un nouveau GeoPackage pour l'obtenir.</numerusform>
        <numerusform>%n soumissions du formulaire {id} sont sur {host} mais pas dans le GeoPackage, et n'ont pas pu être téléchargées séparément : {uuids}. Téléchargez le formulaire dans un nouveau GeoPackage pour les obtenir.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="111" />
      <source>%n submissions of form {id} on {host} are encrypted and could not be read, so they were not imported: download the form's submissions from ODK Central with the encryption passphrase (or decrypt them with ODK Briefcase) and import that export; every update asks for them again.</source>
      <translation>
        <numerusform>%n soumission du formulaire {id} sur {host} est chiffrée et n'a pas pu être lue, elle n'a donc pas été importée : téléchargez les soumissions du formulaire depuis ODK Central avec la phrase secrète de chiffrement (ou déchiffrez-les avec ODK Briefcase) et importez cet export ; chaque mise à jour les redemande.</numerusform>
        <numerusform>%n soumissions du formulaire {id} sur {host} sont chiffrées et n'ont pas pu être lues, elles n'ont donc pas été importées : téléchargez les soumissions du formulaire depuis ODK Central avec la phrase secrète de chiffrement (ou déchiffrez-les avec ODK Briefcase) et importez cet export ; chaque mise à jour les redemande.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="208" />
      <source>%n submissions of form {id} on {host} were not in the GeoPackage although they are older than the newest one held (restored on the server, sent late, or missing from the file first imported): they were downloaded and added.</source>
      <translation>
        <numerusform>%n soumission du formulaire {id} sur {host} n'était pas dans le GeoPackage bien qu'elle soit plus ancienne que la plus récente qu'il contient (restaurée sur le serveur, envoyée en retard ou absente du fichier importé au départ) : elle a été téléchargée et ajoutée.</numerusform>
        <numerusform>%n soumissions du formulaire {id} sur {host} n'étaient pas dans le GeoPackage bien qu'elles soient plus anciennes que la plus récente qu'il contient (restaurées sur le serveur, envoyées en retard ou absentes du fichier importé au départ) : elles ont été téléchargées et ajoutées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="99" />
      <source>%n submissions of form {id} that the pages missed could not be downloaded on their own from {host} (deleted meanwhile, or the server would not send them alone): {uuids}. If they are still on the server, download the form again.</source>
      <translation>
        <numerusform>%n soumission du formulaire {id} manquée par les pages n'a pas pu être téléchargée à part depuis {host} (supprimée entre-temps, ou le serveur ne l'envoie pas seule) : {uuids}. Si elle est toujours sur le serveur, téléchargez de nouveau le formulaire.</numerusform>
        <numerusform>%n soumissions du formulaire {id} manquées par les pages n'ont pas pu être téléchargées à part depuis {host} (supprimées entre-temps, ou le serveur ne les envoie pas seules) : {uuids}. Si elles sont toujours sur le serveur, téléchargez de nouveau le formulaire.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="214" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before their repeats ({repeats}) could be read: {uuids}. They are kept as they were read, without them.</source>
      <translation>
        <numerusform>%n soumission du formulaire {id} a été supprimée sur {host} pendant le téléchargement, avant que ses répétitions ({repeats}) aient pu être lues : {uuids}. Elle est gardée telle qu'elle a été lue, sans elles.</numerusform>
        <numerusform>%n soumissions du formulaire {id} ont été supprimées sur {host} pendant le téléchargement, avant que leurs répétitions ({repeats}) aient pu être lues : {uuids}. Elles sont gardées telles qu'elles ont été lues, sans elles.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="172" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before they could be downloaded: {uuids}. They are no longer on the server.</source>
      <translation>
        <numerusform>%n soumission du formulaire {id} a été supprimée sur {host} pendant le téléchargement, avant d'avoir pu être téléchargée : {uuids}. Elle n'est plus sur le serveur.</numerusform>
        <numerusform>%n soumissions du formulaire {id} ont été supprimées sur {host} pendant le téléchargement, avant d'avoir pu être téléchargées : {uuids}. Elles ne sont plus sur le serveur.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="187" />
      <source>%n submissions of form {id} were not in the pages sent by {host} (submissions were sent, deleted or restored on the server during the download); they were downloaded on their own.</source>
      <translation>
        <numerusform>%n soumission du formulaire {id} n'était pas dans les pages envoyées par {host} (des soumissions ont été envoyées, supprimées ou restaurées sur le serveur pendant le téléchargement) ; elle a été téléchargée à part.</numerusform>
        <numerusform>%n soumissions du formulaire {id} n'étaient pas dans les pages envoyées par {host} (des soumissions ont été envoyées, supprimées ou restaurées sur le serveur pendant le téléchargement) ; elles ont été téléchargées à part.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/kobo.py" line="256" />
      <source>%n submissions of form {uid} on {host} came without an _id or _uuid and were perhaps sent again: they may have been written twice. Check for duplicates.</source>
      <translation>
        <numerusform>%n soumission du formulaire {uid} sur {host} est arrivée sans _id ni _uuid et a peut-être été renvoyée : elle a peut-être été écrite deux fois. Vérifiez les doublons.</numerusform>
        <numerusform>%n soumissions du formulaire {uid} sur {host} sont arrivées sans _id ni _uuid et ont peut-être été renvoyées : elles ont peut-être été écrites deux fois. Vérifiez les doublons.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="57" />
      <source>%n submissions of {points} lie outside every area of {admin} and are not counted. If they were made in these areas, their latitude and longitude may be swapped, or {points} may have the wrong coordinate reference system ({crs}).</source>
      <translation>
        <numerusform>%n soumission de {points} se trouve hors de toute unité de {admin} et n'est pas comptée. Si elle a été faite dans ces unités, sa latitude et sa longitude sont peut-être inversées, ou {points} a peut-être un mauvais système de coordonnées de référence ({crs}).</numerusform>
        <numerusform>%n soumissions de {points} se trouvent hors de toute unité de {admin} et ne sont pas comptées. Si elles ont été faites dans ces unités, leur latitude et leur longitude sont peut-être inversées, ou {points} a peut-être un mauvais système de coordonnées de référence ({crs}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refusals.py" line="49" />
      <source>%n submissions refused consent ({column}): they were left out of the shared file.</source>
      <translation>
        <numerusform>%n soumission a refusé le consentement ({column}) : elle a été exclue du fichier partagé.</numerusform>
        <numerusform>%n soumissions ont refusé le consentement ({column}) : elles ont été exclues du fichier partagé.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="224" />
      <source>%n submissions removed</source>
      <translation>
        <numerusform>%n soumission supprimée</numerusform>
        <numerusform>%n soumissions supprimées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation type="vanished">
        <numerusform>%n soumission a été comptée dans une zone dont elle écrit le P-code autrement (espaces, tirets, caractères pleine largeur ou un '.0' ajouté par Excel) : {listed}. Vérifiez qu'il s'agit bien de la même zone, et corrigez le P-code dans l'enquête.</numerusform>
        <numerusform>%n soumissions ont été comptées dans une zone dont elles écrivent le P-code autrement (espaces, tirets, caractères pleine largeur ou un '.0' ajouté par Excel) : {listed}. Vérifiez qu'il s'agit bien des mêmes zones, et corrigez les P-codes dans l'enquête.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="108" />
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, invisible characters, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation>
        <numerusform>%n soumission a été comptée dans une zone dont elle écrit le P-code autrement (espaces, tirets, caractères invisibles, caractères pleine largeur ou un '.0' ajouté par Excel) : {listed}. Vérifiez qu'il s'agit bien de la même zone, et corrigez le P-code dans l'enquête.</numerusform>
        <numerusform>%n soumissions ont été comptées dans une zone dont elles écrivent le P-code autrement (espaces, tirets, caractères invisibles, caractères pleine largeur ou un '.0' ajouté par Excel) : {listed}. Vérifiez qu'il s'agit bien des mêmes zones, et corrigez les P-codes dans l'enquête.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="250" />
      <source>%n submissions were counted in {areas}.</source>
      <translation>
        <numerusform>%n soumission a été comptée dans {areas}.</numerusform>
        <numerusform>%n soumissions ont été comptées dans {areas}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="108" />
      <source>%n submissions will be removed</source>
      <translation>
        <numerusform>%n soumission sera supprimée</numerusform>
        <numerusform>%n soumissions seront supprimées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="270" />
      <source>%n temporary layers are held in memory only: they are lost, saved or not.</source>
      <translation>
        <numerusform>%n couche temporaire n'existe qu'en mémoire : elle sera perdue, enregistrée ou non.</numerusform>
        <numerusform>%n couches temporaires n'existent qu'en mémoire : elles seront perdues, enregistrées ou non.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="53" />
      <source>%n tiles (about {size} MB, {minutes} min over a field connection).</source>
      <translation>
        <numerusform>%n tuile (environ {size} Mo, {minutes} min avec une connexion de terrain).</numerusform>
        <numerusform>%n tuiles (environ {size} Mo, {minutes} min avec une connexion de terrain).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="331" />
      <source>%n tiles written to {file}.</source>
      <translation>
        <numerusform>%n tuile écrite dans {file}.</numerusform>
        <numerusform>%n tuiles écrites dans {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="75" />
      <source>%n times of {column} have no time zone while the others have several (first: {uuid}, '{value}'): they were read as UTC; check their durations.</source>
      <translation>
        <numerusform>%n heure de {column} n'a pas de fuseau horaire alors que les autres en ont plusieurs (première : {uuid}, « {value} ») : elle a été lue en UTC ; vérifiez sa durée.</numerusform>
        <numerusform>%n heures de {column} n'ont pas de fuseau horaire alors que les autres en ont plusieurs (première : {uuid}, « {value} ») : elles ont été lues en UTC ; vérifiez leurs durées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="64" />
      <source>%n times of {column} have no time zone while the others have {offset} (first: {uuid}, '{value}'): they were read in {offset}.</source>
      <translation>
        <numerusform>%n heure de {column} n'a pas de fuseau horaire alors que les autres ont {offset} (première : {uuid}, « {value} ») : elle a été lue en {offset}.</numerusform>
        <numerusform>%n heures de {column} n'ont pas de fuseau horaire alors que les autres ont {offset} (première : {uuid}, « {value} ») : elles ont été lues en {offset}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="197" />
      <source>%n to change</source>
      <translation>
        <numerusform>%n à modifier</numerusform>
        <numerusform>%n à modifier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="198" />
      <source>%n to remove</source>
      <translation>
        <numerusform>%n à supprimer</numerusform>
        <numerusform>%n à supprimer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="223" />
      <source>%n values changed</source>
      <translation>
        <numerusform>%n valeur modifiée</numerusform>
        <numerusform>%n valeurs modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="93" />
      <source>%n values edited</source>
      <translation>
        <numerusform>%n valeur modifiée</numerusform>
        <numerusform>%n valeurs modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="72" />
      <source>%n values of {column} are dates without a time (first: {uuid}, '{value}'): their interviews were checked for the collection period only.</source>
      <translation>
        <numerusform>%n valeur de {column} est une date sans heure (première : {uuid}, « {value} ») : son entretien n'a été contrôlé que pour la période de collecte.</numerusform>
        <numerusform>%n valeurs de {column} sont des dates sans heure (première : {uuid}, « {value} ») : leurs entretiens n'ont été contrôlés que pour la période de collecte.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="104" />
      <source>%n values of {column} could not be read as dates (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Write them YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.</source>
      <translation>
        <numerusform>%n valeur de {column} n'a pas pu être lue comme une date (première : {uuid}, « {value} ») : son entretien n'a pas été contrôlé pour la durée, la période de collecte ni les séries d'entretiens rapprochées. Écrivez-la AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ss, comme Kobo et ODK exportent les dates.</numerusform>
        <numerusform>%n valeurs de {column} n'ont pas pu être lues comme des dates (première : {uuid}, « {value} ») : leurs entretiens n'ont pas été contrôlés pour la durée, la période de collecte ni les séries d'entretiens rapprochées. Écrivez-les AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ss, comme Kobo et ODK exportent les dates.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="103" />
      <source>%n values will be changed</source>
      <translation>
        <numerusform>%n valeur sera modifiée</numerusform>
        <numerusform>%n valeurs seront modifiées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="130" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="132" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="129" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="72" />
      <source>&amp;Reviewer</source>
      <translation>&amp;Examiné par</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="24" />
      <source>'Other (specify)' answers</source>
      <translation>Réponses « Autre (préciser) »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="439" />
      <source>'{name}' (columns {columns}, imported as {names})</source>
      <translation>« {name} » (colonnes {columns}, importées sous les noms {names})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="93" />
      <source>'{path}' ('{flat}')</source>
      <translation>« {path} » (« {flat} »)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="60" />
      <source>'{schema}' is not a usable schema name: use lower case letters, digits and _ (for example {suggestion}).</source>
      <translation>« {schema} » n'est pas un nom de schéma utilisable : utilisez des minuscules, des chiffres et _ (par exemple {suggestion}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="123" />
      <source>'{table}' is a table the survey {schema} came with: the cleaned layer never replaces it. Choose another table name, such as {suggestion}.</source>
      <translation>« {table} » est une table fournie avec l'enquête {schema} : la couche nettoyée ne la remplace jamais. Choisissez un autre nom de table, par exemple {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="52" />
      <source>'{text}' cannot name a PostgreSQL schema: use letters, digits and _.</source>
      <translation>« {text} » ne peut pas nommer un schéma PostgreSQL : utilisez des lettres, des chiffres et _.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="384" />
      <source>'{value}' (choices are separated by spaces)</source>
      <translation>'{value}' (les choix sont séparés par des espaces)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="382" />
      <source>'{value}' (the label of {code})</source>
      <translation>'{value}' (le libellé de {code})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="312" />
      <source>'{value}' has a coordinate that is not a finite number.</source>
      <translation>« {value} » a une coordonnée qui n'est pas un nombre fini.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="308" />
      <source>'{value}' is an empty geometry (a coordinate is missing or not a number).</source>
      <translation>« {value} » est une géométrie vide (une coordonnée manque ou n'est pas un nombre).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="44" />
      <source>'{value}' is not a finite number ({what}).</source>
      <translation>« {value} » n'est pas un nombre fini ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="305" />
      <source>'{value}' is not a geometry.</source>
      <translation>« {value} » n'est pas une géométrie.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="62" />
      <source>'{value}' is not a geopoint: expected 'latitude longitude altitude accuracy'.</source>
      <translation>« {value} » n'est pas un geopoint : format attendu « latitude longitude altitude précision ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="79" />
      <source>'{value}' is not a line: it needs at least 2 points.</source>
      <translation>« {value} » n'est pas une ligne : il faut au moins 2 points.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="351" />
      <source>'{value}' is not a location</source>
      <translation>« {value} » n'est pas une position</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="42" />
      <source>'{value}' is not a number ({what}).</source>
      <translation>« {value} » n'est pas un nombre ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="91" />
      <source>'{value}' is not a polygon: it needs at least 3 distinct points.</source>
      <translation>« {value} » n'est pas un polygone : il faut au moins 3 points distincts.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="270" />
      <source>'{value}' is not one of {allowed}</source>
      <translation>« {value} » ne fait pas partie des valeurs admises ({allowed})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="315" />
      <source>'{value}' is outside -180..180 / -90..90: is the file in another coordinate system than WGS 84 (longitude, latitude)?</source>
      <translation>« {value} » est hors de -180..180 / -90..90 : le fichier est-il dans un autre système de coordonnées que WGS 84 (longitude, latitude) ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="448" />
      <source>(its list of attachments)</source>
      <translation>(sa liste de pièces jointes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/i18n.py" line="80" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="326" />
      <source>... and {count} more.</source>
      <translation>… et {count} autres.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="269" />
      <source>... started within</source>
      <translation>… commencés en moins de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="200" />
      <source>... started within (minutes)</source>
      <translation>… commencés en moins de (minutes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="43" />
      <source>1. Import survey data…</source>
      <translation>1. Importer les données d'enquête…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="50" />
      <source>2. Check and clean…</source>
      <translation>2. Contrôler et nettoyer…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="57" />
      <source>3. Make a map…</source>
      <translation>3. Créer une carte…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="64" />
      <source>4. Export the map…</source>
      <translation>4. Exporter la carte…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="23" />
      <source>7 cascading selects: answers whose choice belongs to another answer of the question their choice_filter names (needs the XLSForm).</source>
      <translation>7 sélections en cascade : réponses dont le choix appartient à une autre réponse de la question que nomme leur choice_filter (il faut le XLSForm).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="128" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="37" />
      <source>A .xlsx or .csv file; cells starting like a formula are prefixed with an apostrophe.</source>
      <translation>Un fichier .xlsx ou .csv ; les cellules qui commencent comme une formule sont précédées d'une apostrophe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="94" />
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept) and each field change not merged (a row deleted in the field, a change to a row the office removed), with its reason, e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation>Un fichier CSV qui liste chaque valeur modifiée à la fois au bureau et par l'équipe de terrain (la valeur du bureau est conservée) et chaque modification de champ ou de ligne faite sur le terrain et non fusionnée (une ligne supprimée sur le terrain, une modification d'une ligne que le bureau a supprimée), avec sa raison, p. ex. conflicts.csv. La même liste est dans la table field_conflicts.</translation>
    </message>
    <message>
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept), e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation type="vanished">Un fichier CSV qui liste chaque valeur modifiée à la fois au bureau et par l'équipe de terrain (la valeur du bureau est conservée), p. ex. conflicts.csv. La même liste est dans la table field_conflicts.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="56" />
      <source>A GPS point is often a home. Move, snap or count the points by admin area before sharing them.</source>
      <translation>Un point GPS correspond souvent à un domicile. Déplacez les points, alignez-les sur une grille ou comptez-les par unité administrative avant de les partager.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="52" />
      <source>A GeoPackage of admin boundaries to take along, e.g. admin_boundaries.gpkg.</source>
      <translation>Un GeoPackage de limites administratives à emporter, p. ex. admin_boundaries.gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="32" />
      <source>A GeoPackage of admin boundaries, e.g. admin_boundaries.gpkg, drawn in the vector background written when no tile can be downloaded.</source>
      <translation>Un GeoPackage de limites administratives, p. ex. admin_boundaries.gpkg, dessiné dans le fond vectoriel écrit quand aucune tuile ne peut être téléchargée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="38" />
      <source>A GeoPackage of this run is being written by another program (QGIS editing it, a database browser, a synchronisation tool): it is locked. Save or close the edits there, then run again.</source>
      <translation>Un GeoPackage de cette exécution est en cours d'écriture par un autre programme (QGIS qui le modifie, un explorateur de bases de données, un outil de synchronisation) : il est verrouillé. Enregistrez ou fermez les modifications dans ce programme, puis relancez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="168" />
      <source>A GeoPackage, shapefile or GeoJSON of admin areas with their P-codes (e.g. an OCHA COD-AB).</source>
      <translation>Un GeoPackage, shapefile ou GeoJSON d'unités administratives avec leurs P-codes (par exemple un COD-AB d'OCHA).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="22" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey or dbname=surveys host=db.example.org sslmode=require. Passwords come from the connection's authentication configuration, never from this parameter.</source>
      <translation>Une connexion PostgreSQL de QGIS (Explorateur &gt; PostgreSQL), ou une chaîne de connexion comme service=survey ou dbname=surveys host=db.example.org sslmode=require. Les mots de passe viennent de la configuration d'authentification de la connexion, jamais de ce paramètre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="60" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey. When chosen, the survey GeoPackage is copied into a new schema of that database in one transaction: if the connection drops, nothing is left there. Passwords come from the connection's authentication configuration.</source>
      <translation>Une connexion PostgreSQL de QGIS (Explorateur &gt; PostgreSQL), ou une chaîne de connexion telle que service=survey. Si elle est choisie, le GeoPackage de l'enquête est copié dans un nouveau schéma de cette base en une seule transaction : si la connexion est coupée, rien n'y reste. Les mots de passe viennent de la configuration d'authentification de la connexion.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="201" />
      <source>A Shapefile cuts field names to 10 characters ({fields}): the map export finds them under their cut names, but other tools may not, and the file cannot record the threshold and the sources of the counts. A GeoPackage (.gpkg) keeps all of them.</source>
      <translation>Un Shapefile coupe les noms de champs à 10 caractères ({fields}) : l'export de carte les retrouve sous leurs noms coupés, mais d'autres outils peut-être pas, et le fichier ne peut pas garder le seuil ni les sources des comptages. Un GeoPackage (.gpkg) garde tout cela.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="52" />
      <source>A circle at the centre of each area, its surface proportional to the number of submissions.</source>
      <translation>Un cercle au centre de chaque unité, de surface proportionnelle au nombre de soumissions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="127" />
      <source>A field laptop can be lost or stolen: by default, the personal data at high risk and the raw tables stay at the office. Include them only for an encrypted laptop, and delete the package from it after the merge. The points of the submissions are in the package either way.</source>
      <translation>Un ordinateur de terrain peut être perdu ou volé : par défaut, les données personnelles à risque élevé et les tables brutes restent au bureau. Ne les incluez que pour un ordinateur portable chiffré, et supprimez-en le paquet après la fusion. Les points des soumissions sont dans le paquet dans tous les cas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="23" />
      <source>A field of the submissions that holds the P-code of the area answered, e.g. admin2 holding CF7112. Chosen: submissions are counted by this code, those without GPS included. Empty: each submission is placed by its location.</source>
      <translation>Un champ des soumissions qui contient le P-code de l'unité répondue, p. ex. admin2 contenant CF7112. Choisi : les soumissions sont comptées par ce code, y compris celles sans GPS. Vide : chaque soumission est placée d'après sa localisation.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="325" />
      <source>A heatmap needs the survey points (POINTS).</source>
      <translation>Une carte de chaleur nécessite les points d'enquête (POINTS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="212" />
      <source>A key file I keep…</source>
      <translation>Un fichier de clé que je conserve…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="83" />
      <source>A line under the title: area, period, population, e.g. Submissions per sous-préfecture, 2-20 March 2026.</source>
      <translation>Une ligne sous le titre : zone, période, population, p. ex. Soumissions par sous-préfecture, 2-20 mars 2026.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="206" />
      <source>A new key for this file only (pseudonyms cannot be linked to other exports)</source>
      <translation>Une nouvelle clé pour ce fichier seulement (pseudonymes impossibles à relier à d'autres exports)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="241" />
      <source>A new key is written to the file you name (it must not exist yet). Keep it safe and apart from the shared data: whoever has it can check a guessed name against its pseudonym.</source>
      <translation>Une nouvelle clé est écrite dans le fichier que vous indiquez (il ne doit pas encore exister). Conservez-la en lieu sûr, à l'écart des données partagées : qui la détient peut vérifier un nom deviné contre son pseudonyme.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="112" />
      <source>A new table each time: the layout then still works when the project is saved and reopened.</source>
      <translation>Une nouvelle table à chaque fois : la mise en page fonctionne alors toujours quand le projet est enregistré puis rouvert.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="233" />
      <source>A number is expected here.</source>
      <translation>Un nombre est attendu ici.</translation>
    </message>
    <message>
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency).</source>
      <translation type="vanished">Une question numérique pour une moyenne ou une médiane, p. ex. hh_size (personnes) ou income_month (dans la monnaie de la question).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="42" />
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency). Answers that are not numbers are left out and named.</source>
      <translation>Une question numérique pour une moyenne ou une médiane, p. ex. hh_size (personnes) ou income_month (dans la monnaie de la question). Les réponses qui ne sont pas des nombres sont laissées de côté et nommées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="34" />
      <source>A point less than 50 m from the area answered counts as in it (a point on a border, within the error of a phone's GPS), whatever the units of the boundaries. The P-code answered is compared without case or spaces (cf11 is CF11); one of no area is flagged as such.</source>
      <translation>Un point à moins de 50 m de l'unité répondue compte comme s'y trouvant (un point sur une limite, dans l'erreur du GPS d'un téléphone), quelles que soient les unités des limites. Le P-code répondu est comparé sans casse ni espaces (cf11 est CF11) ; un P-code d'aucune unité est signalé comme tel.</translation>
    </message>
    <message>
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number and the share (%) of submissions giving that answer.</source>
      <translation type="vanished">Une question dont compter les réponses, p. ex. water_source. Avec la réponse ci-dessous, chaque unité reçoit aussi le nombre et la part (%) de soumissions qui donnent cette réponse.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="28" />
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number of submissions answering the question (value_count), and the number and the share (%) of them giving that answer: submissions that skipped or refused it are left out.</source>
      <translation>Une question dont compter les réponses, p. ex. water_source. Avec la réponse ci-dessous, chaque unité reçoit aussi le nombre de soumissions qui répondent à la question (value_count), et le nombre et la part (%) d'entre elles qui donnent cette réponse : les soumissions qui l'ont sautée ou refusée sont laissées de côté.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="232" />
      <source>A request to {host} could not be sent ({error}).</source>
      <translation>Une requête vers {host} n'a pas pu être envoyée ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="42" />
      <source>A survey GeoPackage written by Import survey data or a download (it is not changed).</source>
      <translation>Un GeoPackage d'enquête écrit par Importer des données d'enquête ou par un téléchargement (il n'est pas modifié).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="17" />
      <source>A table with one row per column likely holding personal data: column, risk (high, medium, low), category, reason, suggested_action and explanation. E.g. personal_data.csv, or a temporary layer.</source>
      <translation>Une table avec une ligne par colonne contenant probablement des données personnelles : column, risk (high, medium, low), category, reason, suggested_action et explanation. P. ex. personal_data.csv, ou une couche temporaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="31" />
      <source>A temporary layer cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a copy shared from a temporary layer would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>Une couche temporaire ne peut pas contenir l'enquête nettoyée : seul un GeoPackage conserve tels quels le formulaire de l'enquête, ses tables de répétition et ses dates-heures (une copie partagée depuis une couche temporaire perdrait les protections qui les lisent) ; choisissez un fichier GeoPackage (.gpkg) pour l'enquête nettoyée, puis faites l'export pour le partage à partir de ce fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="78" />
      <source>A value holds a NUL character, which PostgreSQL cannot store: {value}</source>
      <translation>Une valeur contient un caractère NUL, que PostgreSQL ne peut pas stocker : {value}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="107" />
      <source>API token</source>
      <translation>Jeton d'API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>About the same number of areas in each class.</source>
      <translation>À peu près le même nombre d'unités dans chaque classe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="283" />
      <source>Add the layers to the project</source>
      <translation>Ajouter les couches au projet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="57" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="154" />
      <source>Admin area column (P-codes) for counts</source>
      <translation>Colonne d'unité administrative (P-codes) pour les effectifs</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="88" />
      <source>Admin area polygons, e.g. the layer admin2 of admin_boundaries.gpkg: the areas the counts are given for, or the areas moved points must stay in.</source>
      <translation>Les polygones des unités administratives, p. ex. la couche admin2 de admin_boundaries.gpkg : les unités pour lesquelles les comptages sont donnés, ou celles où les points déplacés doivent rester.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="135" />
      <source>Admin areas</source>
      <translation>Unités administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="105" />
      <source>Admin areas (for counts, or to keep moved points in their area)</source>
      <translation>Unités administratives (pour les effectifs, ou pour garder les points déplacés dans leur unité)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="348" />
      <source>Admin areas (optional, shown in grey)</source>
      <translation>Unités administratives (facultatif, affichées en gris)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="48" />
      <source>Admin areas (polygons with P-codes)</source>
      <translation>Unités administratives (polygones avec P-codes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="55" />
      <source>Admin areas with a count</source>
      <translation>Unités administratives avec un effectif</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="170" />
      <source>Admin areas: for the counts, or to keep moved points in their area (optional)</source>
      <translation>Unités administratives : pour les effectifs, ou pour garder les points déplacés dans leur unité (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="150" />
      <source>Admin boundaries</source>
      <translation>Limites administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="102" />
      <source>Admin boundaries (*.gpkg *.shp *.geojson *.json)</source>
      <translation>Limites administratives (*.gpkg *.shp *.geojson *.json)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="53" />
      <source>Admin boundaries (GeoPackage, optional)</source>
      <translation>Limites administratives (GeoPackage, facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="108" />
      <source>Admin boundaries (area of interest, P-codes, gazetteer)</source>
      <translation>Limites administratives (zone d'intérêt, P-codes, répertoire géographique)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="73" />
      <source>Admin boundaries (optional)</source>
      <translation>Limites administratives (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="87" />
      <source>Admin boundaries for the vector background (optional)</source>
      <translation>Limites administratives pour le fond vectoriel (facultatif)</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="93" />
      <source>All %n decisions of the log are still pending: the cleaned layer would be identical to the raw data, yet maps would pick it as cleaned. Decide the rows first (Back).</source>
      <translation>
        <numerusform>La %n décision du journal est encore en attente : la couche nettoyée serait identique aux données brutes, et les cartes la prendraient pourtant pour nettoyée. Décidez d'abord les lignes (Précédent).</numerusform>
        <numerusform>Les %n décisions du journal sont toutes encore en attente : la couche nettoyée serait identique aux données brutes, et les cartes la prendraient pourtant pour nettoyée. Décidez d'abord les lignes (Précédent).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="82" />
      <source>All checks</source>
      <translation>Tous les contrôles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="87" />
      <source>All decisions</source>
      <translation>Toutes les décisions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="185" />
      <source>Also counts the submissions without GPS, and the ones whose GPS point is wrong.</source>
      <translation>Compte aussi les soumissions sans GPS, et celles dont le point GPS est erroné.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="217" />
      <source>Also export the log for field teams (CSV or XLSX, optional)</source>
      <translation>Exporter aussi le journal pour les équipes de terrain (CSV ou XLSX, facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="88" />
      <source>Also in the shared database as {schema}: give colleagues the role {reviewer} to review it, {viewer} to read it.</source>
      <translation>Aussi dans la base de données partagée sous le nom {schema} : donnez aux collègues le rôle {reviewer} pour la vérifier, {viewer} pour la lire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="25" />
      <source>Also put the survey in a shared database (PostgreSQL), where colleagues can review it</source>
      <translation>Mettre aussi l'enquête dans une base de données partagée (PostgreSQL), où des collègues peuvent la vérifier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="57" />
      <source>Also share it in a PostgreSQL database (optional)</source>
      <translation>La partager aussi dans une base de données PostgreSQL (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="124" />
      <source>Also show each submission as a point</source>
      <translation>Afficher aussi chaque soumission par un point</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="115" />
      <source>Also write the log as an Excel workbook (.xlsx) or a CSV file, e.g. cleaning_log.xlsx, for field teams to fill in new_value and change_type; bring it back with 'Apply the cleaning log'.</source>
      <translation>Écrire aussi le journal en classeur Excel (.xlsx) ou en fichier CSV, p. ex. cleaning_log.xlsx, pour que les équipes de terrain remplissent new_value et change_type ; rapportez-le avec « Appliquer le journal de nettoyage ».</translation>
    </message>
    <message>
      <source>An A4 landscape map made with this toolkit</source>
      <translation type="vanished">Une carte A4 paysage réalisée avec cette boîte à outils</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="84" />
      <source>An answer is unusual when it lies further than this many interquartile ranges beyond the quartiles (below Q1 - k x IQR or above Q3 + k x IQR). Default 3, far out; 1.5 flags many more. A value is flagged only when the robust z-score agrees.</source>
      <translation>Une réponse est inhabituelle quand elle se trouve à plus de ce nombre d'écarts interquartiles au-delà des quartiles (sous Q1 - k x IQR ou au-dessus de Q3 + k x IQR). Par défaut 3, très loin ; 1.5 signale beaucoup plus. Une valeur n'est signalée comme valeur aberrante que si le z-score robuste est d'accord.</translation>
    </message>
    <message>
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more.</source>
      <translation type="vanished">Une réponse est inhabituelle quand son z-score robuste (0.6745 x sa distance à la médiane, en écarts absolus médians) dépasse ce nombre. Par défaut 3.5 ; plus bas signale davantage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="95" />
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more. Where more than half the answers are equal (median absolute deviation 0), its distance to the median in mean absolute deviations (x 1.2533) stands in for it.</source>
      <translation>Une réponse est inhabituelle quand son z-score robuste (0.6745 x sa distance à la médiane, en écarts absolus médians) dépasse ce nombre. Par défaut 3.5 ; plus bas signale davantage. Quand plus de la moitié des réponses sont égales (écart absolu médian de 0), sa distance à la médiane en unités de moyenne des écarts absolus (x 1.2533) en tient lieu.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="327" />
      <source>An atlas is made of choropleth pages: choose MAP_TYPE choropleth for it.</source>
      <translation>Un atlas est composé de pages choroplèthes : choisissez MAP_TYPE choropleth.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="77" />
      <source>An empty or new folder where the package folder and its zip are written, e.g. /home/me/packages/team_a.</source>
      <translation>Un dossier vide ou nouveau où le dossier du paquet et son zip sont écrits, p. ex. /home/me/packages/team_a.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="48" />
      <source>An unexpected error stopped the run ({error}). The details are in the log (View &gt; Panels &gt; Log Messages, CartONG tab).</source>
      <translation>Une erreur inattendue a arrêté l'exécution ({error}). Les détails sont dans le journal (Vue &gt; Panneaux &gt; Journal des messages, onglet CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="78" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="182" />
      <source>Another server (type its address)</source>
      <translation>Autre serveur (saisissez son adresse)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="72" />
      <source>Answer to 'other' of {question}: recode into an existing or a new choice.</source>
      <translation>Réponse « autre » à {question} : à recoder vers un choix existant ou un nouveau choix.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="68" />
      <source>Answer to 'other' of {question}; close to the existing choice '{code}' (score {score}).</source>
      <translation>Réponse « autre » à {question} ; proche du choix existant « {code} » (score {score}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="204" />
      <source>Answer to count</source>
      <translation>Réponse à compter</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="77" />
      <source>Answer to count (choice name)</source>
      <translation>Réponse à compter (nom du choix)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="62" />
      <source>Answers to “{question}”</source>
      <translation>Réponses à « {question} »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="195" />
      <source>App-user token</source>
      <translation>Jeton d'utilisateur mobile (app user)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="127" />
      <source>Apply the cleaning log</source>
      <translation>Appliquer le journal de nettoyage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="188" />
      <source>Applying the cleaning log to {layer}</source>
      <translation>Application du journal de nettoyage à {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="80" />
      <source>Archiving</source>
      <translation>Archivage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="83" />
      <source>Area of interest</source>
      <translation>Zone d'intérêt</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="134" />
      <source>Area of interest when there are no admin boundaries (optional)</source>
      <translation>Zone d'intérêt en l'absence de limites administratives (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="276" />
      <source>Area of interest, without an admin layer (GPS points outside are flagged)</source>
      <translation>Zone d'intérêt, sans couche de limites administratives (les points GPS en dehors sont signalés)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="62" />
      <source>Area of the basemap (empty: the surveys and boundaries)</source>
      <translation>Zone du fond de carte (vide : celle des enquêtes et des limites)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="202" />
      <source>Area of this page</source>
      <translation>Unité administrative de cette page</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="46" />
      <source>Areas where fewer submissions than this answered the question get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation>Les unités où moins de soumissions que ce nombre ont répondu à la question n'ont ni effectif de la réponse, ni pourcentage, ni moyenne, ni médiane, seulement le statut 'insufficient', pour que 1 réponse sur 2 ne soit pas montrée comme 50 %. Par défaut 5 soumissions ; augmentez-le pour les questions sensibles.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">Les unités avec moins de soumissions (ou de réponses) que ce nombre n'ont ni effectif de la réponse, ni pourcentage, ni moyenne, ni médiane, seulement le statut 'insufficient', pour que 1 réponse sur 2 ne soit pas montrée comme 50 %. Par défaut 5 soumissions ; augmentez-le pour les questions sensibles.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">Les unités avec moins de soumissions (ou de réponses) que ce nombre n'ont ni pourcentage, ni moyenne, ni médiane, seulement le statut 'insufficient', pour que 1 réponse sur 2 ne soit pas montrée comme 50 %. Par défaut 5 soumissions ; augmentez-le pour les questions sensibles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="239" />
      <source>Areas with fewer submissions show 'insufficient data', not a percentage or a mean.</source>
      <translation>Les unités ayant moins de soumissions affichent « données insuffisantes », pas un pourcentage ni une moyenne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="140" />
      <source>At the merge, the office keeps its values of what was left out.</source>
      <translation>Lors de la fusion, le bureau garde ses valeurs pour ce qui a été laissé de côté.</translation>
    </message>
    <message>
      <source>Atlas as one PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder named after the map file</source>
      <translation type="vanished">Atlas sous forme d'un PDF par unité, nommé &lt;P-code&gt;_&lt;name&gt;.pdf, dans un dossier portant le nom du fichier de la carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="154" />
      <source>Atlas as one PDF per area, named by its P-code and name (CF111_Bimbo.pdf), in a folder named after the map file</source>
      <translation>Atlas sous forme d'un PDF par unité, nommé d'après son P-code et son nom (CF111_Bimbo.pdf), dans un dossier portant le nom du fichier de la carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="388" />
      <source>Atlas of {pages} pages written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>Atlas de {pages} pages écrit dans {file}. La mise en page « {layout} » se trouve dans le projet (Projet &gt; Mises en page) pour des retouches manuelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="149" />
      <source>Atlas: one page per admin area with data (PDF only)</source>
      <translation>Atlas : une page par unité administrative ayant des données (PDF uniquement)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="116" />
      <source>Atlas: one page per admin area with data, zoomed on it (PDF)</source>
      <translation>Atlas : une page par unité administrative ayant des données, centrée sur elle (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="67" />
      <source>Attachment columns removed: {columns}.</source>
      <translation>Colonnes de pièces jointes supprimées : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="389" />
      <source>Attachment {name} of submission {uuid} was skipped: {reason}</source>
      <translation>La pièce jointe {name} de la soumission {uuid} a été ignorée : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="50" />
      <source>Attachments downloaded</source>
      <translation>Pièces jointes téléchargées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="92" />
      <source>Attachments missing</source>
      <translation>Pièces jointes manquantes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="276" />
      <source>Attachments: {folder}</source>
      <translation>Pièces jointes : {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="42" />
      <source>Authentication configuration (email and password, or app-user token)</source>
      <translation>Configuration d'authentification (e-mail et mot de passe, ou jeton d'utilisateur mobile)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="40" />
      <source>Authentication configuration holding the API token</source>
      <translation>Configuration d'authentification contenant le jeton d'API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="74" />
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="311" />
      <source>Automatic ({column})</source>
      <translation>Automatique ({column})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="388" />
      <source>Back at the office, merge the returned package with the algorithm "Merge a returned field package".</source>
      <translation>De retour au bureau, fusionnez le paquet revenu avec l'algorithme « Fusionner un paquet de terrain revenu ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="197" />
      <source>Background map</source>
      <translation>Fond de carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="183" />
      <source>Background map for offline work</source>
      <translation>Fond de carte pour travailler hors ligne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="374" />
      <source>Background map: countries and admin boundaries only. {reason}</source>
      <translation>Fond de carte : pays et limites administratives seulement. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="371" />
      <source>Background map: {tiles} tiles stored for offline work.</source>
      <translation>Fond de carte : {tiles} tuiles enregistrées pour le travail hors ligne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="178" />
      <source>Background: offline (bundled Natural Earth countries) or osm (OpenStreetMap, credited on the map, when a connection exists)</source>
      <translation>Fond de carte : offline (pays Natural Earth fournis avec l'extension) ou osm (OpenStreetMap, crédité sur la carte, si une connexion existe)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="133" />
      <source>Basemap</source>
      <translation>Fond de carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="27" />
      <source>Basemap source (XYZ address with {z}/{x}/{y}, or a WMS/XYZ layer source)</source>
      <translation>Source du fond de carte (adresse XYZ avec {z}/{x}/{y}, ou source de couche WMS/XYZ)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="115" />
      <source>Blank rare combinations of: {columns} (k = {k}).</source>
      <translation>Effacer les combinaisons rares de : {columns} (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="54" />
      <source>Blank the value</source>
      <translation>Effacer la valeur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="107" />
      <source>Boundary of the upper admin level</source>
      <translation>Limite du niveau administratif supérieur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="17" />
      <source>Bring a shared survey back to a GeoPackage</source>
      <translation>Ramener une enquête partagée dans un GeoPackage</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">Rapporte le travail d'une équipe de terrain dans le GeoPackage d'enquête du bureau : les nouvelles soumissions (par _uuid, avec leurs lignes brutes et leurs lignes de répétition telles que reçues), les valeurs modifiées sur le terrain (dans l'enquête et dans ses tables de répétition), les lignes de répétition ajoutées à une soumission, et les décisions de nettoyage prises là-bas (avec qui et quand). Les lignes sont appariées par l'identité que le paquet a enregistrée lors de sa préparation, si bien qu'une ligne supprimée d'un côté ne reporte jamais une modification sur une autre. Une valeur modifiée à la fois au bureau et sur le terrain est un conflit : la valeur du bureau est gardée. Une ligne supprimée sur le terrain n'est pas supprimée au bureau (pour retirer une soumission, consignez une décision remove_survey dans le journal de nettoyage) ; elle est listée comme non fusionnée, comme une modification d'une ligne que le bureau a supprimée. Les conflits et ce qui n'a pas été fusionné sont listés, avec la raison, dans la table field_conflicts et dans le CSV. Les lignes brutes déjà au bureau ne changent jamais. Indiquez le zip du paquet, son manifest.json ou son GeoPackage d'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="25" />
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Photos and other files taken in the field are copied beside the office GeoPackage, into a folder named after it (survey_attachments for survey.gpkg) with one folder per submission, never over a different file. Copies of one package used on several laptops each bring their own new submissions; an answer changed differently on two copies is a conflict. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation>Rapporte le travail d'une équipe de terrain dans le GeoPackage d'enquête du bureau : les nouvelles soumissions (par _uuid, avec leurs lignes brutes et leurs lignes de répétition telles que reçues), les valeurs modifiées sur le terrain (dans l'enquête et dans ses tables de répétition), les lignes de répétition ajoutées à une soumission, et les décisions de nettoyage prises là-bas (avec qui et quand). Les lignes sont appariées par l'identité que le paquet a enregistrée lors de sa préparation, si bien qu'une ligne supprimée d'un côté ne reporte jamais une modification sur une autre. Une valeur modifiée à la fois au bureau et sur le terrain est un conflit : la valeur du bureau est gardée. Une ligne supprimée sur le terrain n'est pas supprimée au bureau (pour retirer une soumission, consignez une décision remove_survey dans le journal de nettoyage) ; elle est listée comme non fusionnée, comme une modification d'une ligne que le bureau a supprimée. Les conflits et ce qui n'a pas été fusionné sont listés, avec la raison, dans la table field_conflicts et dans le CSV. Les lignes brutes déjà au bureau ne changent jamais. Les photos et autres fichiers pris sur le terrain sont copiés à côté du GeoPackage du bureau, dans un dossier nommé d'après lui (survey_attachments pour survey.gpkg) avec un dossier par soumission, jamais par-dessus un fichier différent. Des copies d'un même paquet utilisées sur plusieurs ordinateurs portables apportent chacune leurs propres nouvelles soumissions ; une réponse modifiée différemment sur deux copies est un conflit. Indiquez le zip du paquet, son manifest.json ou son GeoPackage d'enquête.</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field, and the cleaning decisions taken there (with who and when). A value changed both in the office and in the field is a conflict: the office value is kept and the conflict is listed in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">Rapporte le travail d'une équipe de terrain dans le GeoPackage d'enquête du bureau : les nouvelles soumissions (par _uuid, avec leurs lignes brutes et leurs lignes de répétition telles que reçues), les valeurs modifiées sur le terrain et les décisions de nettoyage prises là-bas (avec qui et quand). Une valeur modifiée à la fois au bureau et sur le terrain est un conflit : la valeur du bureau est gardée et le conflit est listé dans la table field_conflicts et dans le CSV. Les lignes brutes déjà au bureau ne changent jamais. Indiquez le zip du paquet, son manifest.json ou son GeoPackage d'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="174" />
      <source>Build it anyway</source>
      <translation>La créer quand même</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="136" />
      <source>Build the cleaned layer</source>
      <translation>Créer la couche nettoyée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="198" />
      <source>Building the cleaned layer…</source>
      <translation>Construction de la couche nettoyée…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="342" />
      <source>Building the layout…</source>
      <translation>Construction de la mise en page…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="354" />
      <source>Building the {page} layout…</source>
      <translation>Construction de la mise en page {page}…</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">Construit la couche nettoyée à partir de la couche d'enquête et du journal de nettoyage, de la même façon à chaque fois : les lignes change_response appliquent la nouvelle valeur, les lignes blank_response la vident, les lignes remove_survey suppriment la soumission (pour un uuid en doublon, seulement les copies suivantes), les lignes no_action et pending ne changent rien. Le journal est la table « cleaning_log » du GeoPackage de l'enquête, sauf si vous choisissez un journal CSV/XLSX modifié, par exemple rempli pour cleaningtools dans R. Les lignes portant sur une soumission absente de la couche sont ignorées et listées ; un journal dont les questions ou les valeurs ne conviennent pas à la couche est refusé, avec la liste de ses lignes erronées. La couche d'entrée n'est pas modifiée. Quand une latitude/longitude inversée ou corrigée est appliquée, le point est aussi déplacé.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file).</source>
      <translation type="vanished">Construit la couche nettoyée à partir de la couche d'enquête et du journal de nettoyage, de la même façon à chaque fois : les lignes change_response appliquent la nouvelle valeur, les lignes remove_survey suppriment la soumission (pour un uuid en doublon, seulement les copies suivantes), les lignes no_action et pending ne changent rien. Le journal est la table « cleaning_log » du GeoPackage de l'enquête, sauf si vous choisissez un journal CSV/XLSX modifié ; un journal dont les uuid ou les questions ne correspondent pas à la couche est refusé, avec la liste de ses lignes erronées. La couche d'entrée n'est pas modifiée. Quand une latitude/longitude inversée ou corrigée est appliquée, le point est aussi déplacé. Une couche d'enquête d'un schéma partagé dans PostgreSQL utilise les décisions que les relecteurs ont enregistrées dans le journal de nettoyage de ce schéma, et une sortie temporaire devient une table du même schéma nommée d'après la couche (survey_cleaned), remplacée en une seule transaction (il faut les droits du propriétaire du schéma ; les autres choisissent un fichier).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="27" />
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file). Otherwise the cleaned survey is a GeoPackage: a temporary output is one in QGIS's temporary folder, deleted when QGIS closes.</source>
      <translation>Construit la couche nettoyée à partir de la couche d'enquête et du journal de nettoyage, de la même façon à chaque fois : les lignes change_response appliquent la nouvelle valeur, les lignes blank_response la vident, les lignes remove_survey suppriment la soumission (pour un uuid en doublon, seulement les copies suivantes), les lignes no_action et pending ne changent rien. Le journal est la table « cleaning_log » du GeoPackage de l'enquête, sauf si vous choisissez un journal CSV/XLSX modifié, comme un journal rempli pour cleaningtools dans R. Les lignes portant sur une soumission absente de la couche sont ignorées et listées ; un journal dont les questions ou les valeurs ne correspondent pas à la couche est refusé, avec la liste de ses lignes erronées. La couche d'entrée n'est pas modifiée. Quand une latitude/longitude inversée ou corrigée est appliquée, le point est aussi déplacé. Une couche d'enquête d'un schéma partagé dans PostgreSQL utilise les décisions que les relecteurs ont enregistrées dans le journal de nettoyage de ce schéma, et une sortie temporaire devient une table du même schéma nommée d'après la couche (survey_cleaned), remplacée en une seule transaction (il faut les droits du propriétaire du schéma ; les autres choisissent un fichier). Sinon, l'enquête nettoyée est un GeoPackage : une sortie temporaire est un GeoPackage du dossier temporaire de QGIS, supprimé à la fermeture de QGIS.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log; a log whose uuids or questions do not match the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">Construit la couche nettoyée à partir de la couche d'enquête et du journal de nettoyage, de la même façon à chaque fois : les lignes change_response appliquent la nouvelle valeur, les lignes remove_survey suppriment la soumission (pour un uuid en doublon, seulement les copies suivantes), les lignes no_action et pending ne changent rien. Le journal est la table « cleaning_log » du GeoPackage de l'enquête, sauf si vous choisissez un journal CSV/XLSX modifié ; un journal dont les uuid ou les questions ne correspondent pas à la couche est refusé, avec la liste de ses lignes erronées. La couche d'entrée n'est pas modifiée. Quand une latitude/longitude inversée ou corrigée est appliquée, le point est aussi déplacé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="59" />
      <source>CSV (*.csv *.CSV)</source>
      <translation>CSV (*.csv *.CSV)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="126" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="275" />
      <source>Cancel the build</source>
      <translation>Annuler la préparation du paquet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="366" />
      <source>Cancel the export</source>
      <translation>Annuler l'export</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="105" />
      <source>Cancel the import</source>
      <translation>Annuler l'import</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="65" />
      <source>Cancelled while {what}: nothing was written.</source>
      <translation>Annulé pendant {what} : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="213" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="287" />
      <source>Cancelled: no cleaned layer was written.</source>
      <translation>Annulé : aucune couche nettoyée n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="153" />
      <source>Cancelled: no field package was written.</source>
      <translation>Annulé : aucun paquet de terrain n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="425" />
      <source>Cancelled: no map was written.</source>
      <translation>Annulé : aucune carte n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="276" />
      <source>Cancelled: no offline basemap was written.</source>
      <translation>Annulé : aucun fond de carte hors ligne n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="344" />
      <source>Cancelled: nothing was left in the folder.</source>
      <translation>Annulé : rien n'a été laissé dans le dossier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="309" />
      <source>Cancelled: the atlas was not written.</source>
      <translation>Annulé : l'atlas n'a pas été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="196" />
      <source>Cancelled: the cleaned layer was not changed.</source>
      <translation>Annulé : la couche nettoyée n'a pas été modifiée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="239" />
      <source>Cancelled: the counts were not written.</source>
      <translation>Annulé : les comptages n'ont pas été écrits.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="187" />
      <source>Cancelled: the office GeoPackage was not changed.</source>
      <translation>Annulé : le GeoPackage du bureau n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="138" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="145" />
      <source>Cannot connect to the PostgreSQL database {target}: {detail}. Check the host, port and database of the connection and that the server is running.</source>
      <translation>Impossible de se connecter à la base PostgreSQL {target} : {detail}. Vérifiez l'hôte, le port et la base de la connexion, et que le serveur fonctionne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="204" />
      <source>Cannot export the atlas to {file}: use a file ending in .pdf.</source>
      <translation>Impossible d'exporter l'atlas vers {file} : utilisez un fichier se terminant par .pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="134" />
      <source>Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.</source>
      <translation>Impossible d'exporter le journal de nettoyage vers {file} : choisissez un fichier .csv ou .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="66" />
      <source>Cannot export the map to {file}: use a file ending in {formats}.</source>
      <translation>Impossible d'exporter la carte vers {file} : utilisez un fichier se terminant par {formats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="103" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}).</source>
      <translation>Impossible de joindre {host} : cet ordinateur semble hors ligne, ou le serveur est en panne ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="108" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}). Check the connection and try again; the last downloaded copy is still available.</source>
      <translation>Impossible de joindre {host} : cet ordinateur semble hors ligne, ou le serveur est en panne ({reason}). Vérifiez la connexion et réessayez ; la dernière copie téléchargée reste disponible.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="342" />
      <source>Cannot read a cleaning log from {file}: choose a .csv or .xlsx file.</source>
      <translation>Impossible de lire un journal de nettoyage dans {file} : choisissez un fichier .csv ou .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="77" />
      <source>Cannot read the layout template {file}: {error}</source>
      <translation>Impossible de lire le modèle de mise en page {file} : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="81" />
      <source>Cannot write the atlas pages into the folder {folder}: {file} is a file, not a folder. Rename or move that file, or choose another map file name.</source>
      <translation>Impossible d'écrire les pages de l'atlas dans le dossier {folder} : {file} est un fichier, pas un dossier. Renommez ou déplacez ce fichier, ou choisissez un autre nom de fichier pour la carte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="60" />
      <source>Cannot write {file}: {error}. Choose another folder or file name.</source>
      <translation>Impossible d'écrire {file} : {error}. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="218" />
      <source>CartONG</source>
      <translation>CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="141" />
      <source>CartONG Toolkit</source>
      <translation>Boîte à outils CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/provider.py" line="50" />
      <source>CartONG Toolkit: survey data import, cleaning and maps</source>
      <translation>Boîte à outils CartONG : import, nettoyage et cartographie des données d'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="51" />
      <source>CartONG Toolkit…</source>
      <translation>Boîte à outils CartONG…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="68" />
      <source>CartONG help</source>
      <translation>Aide CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="64" />
      <source>CartONG help catalogue</source>
      <translation>Catalogue d'aide CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="67" />
      <source>CartONG training</source>
      <translation>Formation CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="77" />
      <source>CartONG: {name}</source>
      <translation>CartONG : {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="26" />
      <source>Cascading selects</source>
      <translation>Sélections en cascade</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="53" />
      <source>Change the value</source>
      <translation>Modifier la valeur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="38" />
      <source>Check</source>
      <translation>Contrôle</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="35" />
      <source>Check and clean survey data</source>
      <translation>Contrôler et nettoyer les données d'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="211" />
      <source>Check the data collection period</source>
      <translation>Contrôler la période de collecte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="100" />
      <source>Check: {check}</source>
      <translation>Contrôle : {check}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="172" />
      <source>Checking %n submissions…</source>
      <translation>
        <numerusform>Contrôle de %n soumission…</numerusform>
        <numerusform>Contrôle de %n soumissions…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="216" />
      <source>Checking the connection…</source>
      <translation>Vérification de la connexion…</translation>
    </message>
    <message>
      <source>Checking {count} submissions…</source>
      <translation type="vanished">Contrôle de {count} soumissions…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="168" />
      <source>Checking {layer}</source>
      <translation>Contrôle de {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="67" />
      <source>Checks a survey layer (or table) for duplicated submissions, missing required answers, values out of range or unusual, GPS problems (missing, at 0,0, swapped, outside the admin areas, poor precision, in another area than answered), interview durations, collection dates and bursts, 'other (specify)' answers to recode, and typed admin names to match to P-codes. With the XLSForm the checks know required questions, skip logic and constraints. Each flagged value becomes a row of the cleaning log (uuid, question, old_value, new_value, issue, check_id, change_type...), written as the table 'cleaning_log' of the survey's GeoPackage (or of the GeoPackage you choose). Decisions already taken in an existing log are kept. The raw data is not changed.</source>
      <translation>Contrôle une couche (ou table) d'enquête : soumissions en doublon, réponses obligatoires manquantes, valeurs hors limites ou inhabituelles, problèmes GPS (point manquant, en 0,0, coordonnées inversées, hors des unités administratives, précision insuffisante, dans une autre unité que celle indiquée), durées des entretiens, dates de collecte et séries d'entretiens rapprochées, réponses « autre (préciser) » à recoder, et noms d'unités administratives saisis à rapprocher des P-codes. Avec le XLSForm, les contrôles connaissent les questions obligatoires, la logique de saut et les contraintes. Chaque valeur signalée devient une ligne du journal de nettoyage (uuid, question, old_value, new_value, issue, check_id, change_type…), écrit dans la table « cleaning_log » du GeoPackage de l'enquête (ou du GeoPackage de votre choix). Les décisions déjà prises dans un journal existant sont conservées. Les données brutes ne sont pas modifiées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="164" />
      <source>Checks and thresholds</source>
      <translation>Contrôles et seuils</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="220" />
      <source>Checks cancelled: no cleaning log was written. Click Back, then Next to run them again.</source>
      <translation>Contrôles annulés : aucun journal de nettoyage n'a été écrit. Cliquez sur Précédent, puis sur Suivant pour les relancer.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="180" />
      <source>Checks to run</source>
      <translation>Contrôles à lancer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="71" />
      <source>Choice labels and choice columns blanked with their question in {rows} rows: {columns}.</source>
      <translation>Libellés de choix et colonnes de choix effacés avec leur question dans {rows} lignes : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="69" />
      <source>Choice labels and choice columns removed with their question: {columns}.</source>
      <translation>Libellés de choix et colonnes de choix supprimés avec leur question : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="275" />
      <source>Choice labels are written in the chosen language beside the codes; the codes are always kept.</source>
      <translation>Les libellés des choix sont écrits dans la langue choisie à côté des codes ; les codes sont toujours conservés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="368" />
      <source>Choose a .gpkg file for the survey GeoPackage, not {file}.</source>
      <translation>Choisissez un fichier .gpkg pour le GeoPackage d'enquête, pas {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="72" />
      <source>Choose a PostgreSQL connection: the name of a QGIS connection (Browser &gt; PostgreSQL) or a connection string such as service=survey.</source>
      <translation>Choisissez une connexion PostgreSQL : le nom d'une connexion de QGIS (Explorateur &gt; PostgreSQL) ou une chaîne de connexion comme service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="353" />
      <source>Choose an empty folder for the training session</source>
      <translation>Choisissez un dossier vide pour la session de formation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="243" />
      <source>Choose an empty or new folder: the package folder and its zip go inside it. Copy the zip to the field laptop and open the project inside.</source>
      <translation>Choisissez un dossier vide ou nouveau : le dossier du paquet et son zip y sont écrits. Copiez le zip sur l'ordinateur de terrain et ouvrez le projet qu'il contient.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="323" />
      <source>Choose another file: the shared copy cannot replace the survey itself.</source>
      <translation>Choisissez un autre fichier : la copie à partager ne peut pas remplacer l'enquête elle-même.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="94" />
      <source>Choose at least one survey GeoPackage for the field package.</source>
      <translation>Choisissez au moins un GeoPackage d'enquête pour le paquet de terrain.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="58" />
      <source>Choose the P-code and name fields of the admin layer {layer}.</source>
      <translation>Choisissez les champs P-code et nom de la couche administrative {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="216" />
      <source>Choose the P-code field of the admin area layer.</source>
      <translation>Choisissez le champ P-code de la couche des unités administratives.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="394" />
      <source>Choose the P-code field of the admin boundaries.</source>
      <translation>Choisissez le champ P-code des limites administratives.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="214" />
      <source>Choose the admin area column to count by.</source>
      <translation>Choisissez la colonne d'unité administrative pour compter.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="59" />
      <source>Choose the admin boundaries and their P-code field.</source>
      <translation>Choisissez les limites administratives et leur champ P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="173" />
      <source>Choose the answer to count for the question {field}.</source>
      <translation>Choisissez la réponse à compter pour la question {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="60" />
      <source>Choose the authentication configuration that holds your KoboToolbox API token.</source>
      <translation>Choisissez la configuration d'authentification qui contient votre jeton d'API KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="83" />
      <source>Choose the authentication configuration that holds your ODK Central login.</source>
      <translation>Choisissez la configuration d'authentification qui contient vos identifiants ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="101" />
      <source>Choose the export downloaded from KoboToolbox, ODK Central or ONA (CSV, XLSX or zip) and, if you have it, the XLSForm it was collected with.</source>
      <translation>Choisissez l'export téléchargé depuis KoboToolbox, ODK Central ou ONA (CSV, XLSX ou zip) et, si vous l'avez, le XLSForm avec lequel les données ont été collectées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="51" />
      <source>Choose the form whose submissions to download.</source>
      <translation>Choisissez le formulaire dont vous voulez télécharger les soumissions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="42" />
      <source>Choose the imported survey layer, the XLSForm it was collected with (required questions, constraints and skip logic are then checked) and, if you have them, the admin boundaries of the area surveyed.</source>
      <translation>Choisissez la couche d'enquête importée, son XLSForm (questions obligatoires, contraintes et logique de saut sont alors contrôlées) et, si vous les avez, les limites administratives de la zone enquêtée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="275" />
      <source>Choose the key file.</source>
      <translation>Choisissez le fichier de clé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="76" />
      <source>Choose the map that answers your question. Every map comes in a print-ready layout with title, legend, scale bar, north arrow, sources and disclaimer.</source>
      <translation>Choisissez la carte qui répond à votre question. Chaque carte est livrée dans une mise en page prête à imprimer, avec titre, légende, barre d'échelle, flèche du nord, sources et avertissement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="388" />
      <source>Choose the numeric question whose mean is mapped.</source>
      <translation>Choisissez la question numérique dont la moyenne est cartographiée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="390" />
      <source>Choose the numeric question whose median is mapped.</source>
      <translation>Choisissez la question numérique dont la médiane est cartographiée.</translation>
    </message>
    <message>
      <source>Choose the numeric question whose {statistic} is mapped.</source>
      <translation type="vanished">Choisissez la question numérique dont la statistique {statistic} est cartographiée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="393" />
      <source>Choose the question and the answer whose share is mapped.</source>
      <translation>Choisissez la question et la réponse dont la part est cartographiée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="373" />
      <source>Choose the question to map.</source>
      <translation>Choisissez la question à cartographier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="396" />
      <source>Choose the question whose answers are the P-codes.</source>
      <translation>Choisissez la question dont les réponses sont les P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="60" />
      <source>Choose the server and how to log in. Tokens and passwords are kept only in the QGIS authentication manager, never in the project or the settings.</source>
      <translation>Choisissez le serveur et la connexion. Jetons et mots de passe restent dans le gestionnaire d'authentification de QGIS, jamais dans le projet ni les paramètres.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="109" />
      <source>Choose the survey layer to share and, if you have it, the XLSForm it was collected with: the form tells which questions hold names, GPS points or photos.</source>
      <translation>Choisissez la couche d'enquête à partager et, si vous l'avez, le XLSForm avec lequel les données ont été collectées : le formulaire indique quelles questions contiennent des noms, des points GPS ou des photos.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="56" />
      <source>Choose the survey layer.</source>
      <translation>Choisissez la couche d'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="110" />
      <source>Choose the survey, the admin boundaries with their P-codes, and how each submission finds its area.</source>
      <translation>Choisissez l'enquête, les limites administratives avec leurs P-codes, et la façon dont chaque soumission est rattachée à son unité.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="43" />
      <source>Choropleth: mean or median of a number per admin area</source>
      <translation>Choroplèthe : moyenne ou médiane par unité</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="35" />
      <source>Choropleth: share of an answer per admin area (%)</source>
      <translation>Choroplèthe : part d'une réponse par unité (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="30" />
      <source>Choropleth: submissions per admin area</source>
      <translation>Choroplèthe : soumissions par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="396" />
      <source>Circle area proportional to the value</source>
      <translation>Surface des cercles proportionnelle à la valeur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="252" />
      <source>Class limits</source>
      <translation>Limites de classes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="124" />
      <source>Class limits of your own, e.g. 10, 20, 50 (replace the METHOD; with ';' between limits, a comma is a decimal comma)</source>
      <translation>Vos propres limites de classes, par ex. 10, 20, 50 (remplacent METHOD ; avec « ; » entre les limites, la virgule sert de séparateur décimal)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="115" />
      <source>Class limits of your own, increasing, e.g. 10, 20, 50: classes from the smallest value to 10, 10 to 20, 20 to 50 and 50 to the largest. With a decimal comma, put ';' between limits: 2,5; 5; 7,5. Replaces the method and the number of classes.</source>
      <translation>Vos propres limites de classes, croissantes, p. ex. 10, 20, 50 : classes de la plus petite valeur à 10, de 10 à 20, de 20 à 50 et de 50 à la plus grande. Avec une virgule décimale, mettez ';' entre les limites : 2,5; 5; 7,5. Remplace la méthode et le nombre de classes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Class limits where the values jump.</source>
      <translation>Limites de classes là où les valeurs font un saut.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="221" />
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Classes of the same width.</source>
      <translation>Classes de même amplitude.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="117" />
      <source>Classes: quantile (equal count), jenks (natural breaks), equal (intervals) or pretty</source>
      <translation>Classes : quantile (effectifs égaux), jenks (ruptures naturelles), equal (intervalles égaux) ou pretty (bornes arrondies)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="59" />
      <source>Cleaned survey</source>
      <translation>Enquête nettoyée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="210" />
      <source>Cleaning</source>
      <translation>Nettoyage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="66" />
      <source>Cleaning decisions merged</source>
      <translation>Décisions de nettoyage fusionnées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="224" />
      <source>Cleaning log</source>
      <translation>Journal de nettoyage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="52" />
      <source>Cleaning log (CSV, XLSX or GeoPackage; empty: the survey's GeoPackage)</source>
      <translation>Journal de nettoyage (CSV, XLSX ou GeoPackage ; vide : le GeoPackage de l'enquête)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="264" />
      <source>Cleaning log exported to {file}.</source>
      <translation>Journal de nettoyage exporté vers {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="427" />
      <source>Cleaning log of {schema} in {target}: {kept} rows kept with their decisions, {new} new, {gone} no longer raised removed.</source>
      <translation>Journal de nettoyage de {schema} dans {target} : {kept} lignes gardées avec leurs décisions, {new} nouvelles, {gone} qui ne sont plus signalées retirées.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="247" />
      <source>Cleaning log saved in {file} (%n rows).</source>
      <translation>
        <numerusform>Journal de nettoyage enregistré dans {file} (%n ligne).</numerusform>
        <numerusform>Journal de nettoyage enregistré dans {file} (%n lignes).</numerusform>
      </translation>
    </message>
    <message>
      <source>Cleaning log saved in {file} ({rows} rows).</source>
      <translation type="vanished">Journal de nettoyage enregistré dans {file} ({rows} lignes).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="389" />
      <source>Cleaning log {file}, column {column}: %n new answers are not in the choice list '{list}' (rows {rows}: {values}); they are applied as written, each code as its own label.</source>
      <translation>
        <numerusform>Journal de nettoyage {file}, colonne {column} : %n nouvelle réponse ne figure pas dans la liste de choix « {list} » (ligne {rows} : {values}) ; elle est appliquée telle qu'écrite, chaque code servant de libellé.</numerusform>
        <numerusform>Journal de nettoyage {file}, colonne {column} : %n nouvelles réponses ne figurent pas dans la liste de choix « {list} » (lignes {rows} : {values}) ; elles sont appliquées telles qu'écrites, chaque code servant de libellé.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="54" />
      <source>Cleaning logs (*.xlsx *.csv *.gpkg)</source>
      <translation>Journaux de nettoyage (*.xlsx *.csv *.gpkg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Cleaning logs (*.xlsx *.csv)</source>
      <translation>Journaux de nettoyage (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="266" />
      <source>Click a row to read why the column was flagged.</source>
      <translation>Cliquez sur une ligne pour lire pourquoi la colonne a été signalée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="166" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closed</source>
      <translation>Fermé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="174" />
      <source>Closest gazetteer name: {place}, score {score}.</source>
      <translation>Nom le plus proche dans le répertoire géographique : {place}, score {score}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closing</source>
      <translation>En cours de fermeture</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="271" />
      <source>Collection period</source>
      <translation>Période de collecte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="47" />
      <source>Column “{column}” of the exported cleaning log</source>
      <translation>Colonne « {column} » du journal de nettoyage exporté</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="146" />
      <source>Columns an outsider could know</source>
      <translation>Colonnes qu'une personne extérieure pourrait connaître</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="136" />
      <source>Columns an outsider could know (area, sex, age, household size…): combinations shared by fewer than k rows are blanked.</source>
      <translation>Colonnes qu'une personne extérieure pourrait connaître (zone, sexe, âge, taille du ménage…) : les combinaisons partagées par moins de k lignes sont effacées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="91" />
      <source>Columns an outsider could know (rare combinations are blanked)</source>
      <translation>Colonnes qu'une personne extérieure pourrait connaître (les combinaisons rares sont effacées)</translation>
    </message>
    <message>
      <source>Columns at high risk (names, phone numbers...) to keep in the copy anyway, e.g. village when the partner needs it. Not recommended: each one is named in the README. Any other column at high risk is removed unless it is pseudonymised.</source>
      <translation type="vanished">Les colonnes à risque élevé (noms, numéros de téléphone...) à garder quand même dans la copie, p. ex. village quand le partenaire en a besoin. Déconseillé : chacune est nommée dans le README. Toute autre colonne à risque élevé est retirée, sauf si elle est pseudonymisée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="197" />
      <source>Columns at high risk kept by your choice (comma-separated)</source>
      <translation>Colonnes à risque élevé conservées par votre choix (séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="192" />
      <source>Columns at high risk removed by default (comma-separated)</source>
      <translation>Colonnes à risque élevé supprimées par défaut (séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="61" />
      <source>Columns at high risk removed by default: {columns}.</source>
      <translation>Colonnes à risque élevé supprimées par défaut : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="81" />
      <source>Columns at high risk to keep anyway (not recommended; written in the README)</source>
      <translation>Colonnes à risque élevé à conserver malgré tout (déconseillé ; consigné dans le README)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="32" />
      <source>Columns flagged as personal data to keep in the copy as they are, e.g. village when the partner needs it. Not recommended: a column at high risk kept is named in the README. Without a choice, any other column at high risk is removed, and columns identifying staff, devices, accounts or documents are pseudonymised (removed when no key can be opened), as the wizard starts them.</source>
      <translation>Les colonnes signalées comme données personnelles à garder telles quelles dans la copie, p. ex. village quand le partenaire en a besoin. Déconseillé : une colonne à risque élevé gardée est nommée dans le README. Sans choix, toute autre colonne à risque élevé est supprimée, et les colonnes identifiant le personnel, des appareils, des comptes ou des documents sont pseudonymisées (supprimées quand aucune clé ne peut être ouverte), comme dans l'état initial de l'assistant.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="78" />
      <source>Columns likely holding personal data at high risk</source>
      <translation>Colonnes contenant probablement des données personnelles à risque élevé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="292" />
      <source>Columns likely holding personal data at high risk were kept as you chose: {columns}. The README says so; share the file only under a data sharing agreement.</source>
      <translation>Les colonnes contenant probablement des données personnelles à risque élevé ont été conservées comme vous l'avez choisi : {columns}. Le README l'indique ; ne partagez le fichier que dans le cadre d'un accord de partage de données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="284" />
      <source>Columns likely holding personal data at high risk were removed by default: {columns}. To share them, pseudonymise them (PSEUDONYMISE_FIELDS) or keep them (KEEP_FIELDS).</source>
      <translation>Les colonnes contenant probablement des données personnelles à risque élevé ont été supprimées par défaut : {columns}. Pour les partager, pseudonymisez-les (PSEUDONYMISE_FIELDS) ou conservez-les (KEEP_FIELDS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="95" />
      <source>Columns of personal data at high risk (left out or carried)</source>
      <translation>Colonnes de données personnelles à risque élevé (laissées de côté ou emportées)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="168" />
      <source>Columns of the field copy that the office survey does not have were not merged: {columns}</source>
      <translation>Les colonnes de la copie de terrain absentes de l'enquête du bureau n'ont pas été fusionnées : {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="28" />
      <source>Columns removed from the copy, e.g. respondent_name and phone. Run 'Detect personal data' first: its list names the candidates.</source>
      <translation>Les colonnes retirées de la copie, p. ex. respondent_name et phone. Lancez d'abord « Détecter les données personnelles » : sa liste nomme les candidates.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="59" />
      <source>Columns removed: {columns}.</source>
      <translation>Colonnes supprimées : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="109" />
      <source>Columns repeating the exact location are removed too.</source>
      <translation>Les colonnes répétant la position exacte sont aussi supprimées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="65" />
      <source>Columns repeating the exact location removed: {columns}.</source>
      <translation>Colonnes répétant la position exacte supprimées : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="79" />
      <source>Columns replaced by pseudonyms (key {key}, in the key file {file}): {columns}.</source>
      <translation>Colonnes remplacées par des pseudonymes (clé {key}, dans le fichier de clé {file}) : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="83" />
      <source>Columns replaced by pseudonyms (key {key}, kept in your QGIS authentication database): {columns}.</source>
      <translation>Colonnes remplacées par des pseudonymes (clé {key}, conservée dans votre base d'authentification QGIS) : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="43" />
      <source>Columns someone outside could know about a person, e.g. admin2, head_gender, head_age, hh_size. Values are blanked wherever their combination is shared by fewer than k rows.</source>
      <translation>Les colonnes qu'une personne extérieure pourrait connaître sur quelqu'un, p. ex. admin2, head_gender, head_age, hh_size. Les valeurs sont effacées partout où leur combinaison est partagée par moins de k lignes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="164" />
      <source>Columns that likely hold personal data, found from the form, the column names and the values. Choose what to do with each before sharing; read the reason when unsure.</source>
      <translation>Colonnes qui contiennent probablement des données personnelles, repérées grâce au formulaire, aux noms des colonnes et aux valeurs. Choisissez quoi faire de chacune avant de partager ; lisez la raison en cas de doute.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="65" />
      <source>Columns to remove</source>
      <translation>Colonnes à supprimer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="71" />
      <source>Columns to replace by pseudonyms</source>
      <translation>Colonnes à remplacer par des pseudonymes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="38" />
      <source>Columns whose values are replaced by pseudonyms, e.g. household_id: the same value always gets the same pseudonym with the same key, so rows can still be linked, but the value cannot be read back without the key.</source>
      <translation>Les colonnes dont les valeurs sont remplacées par des pseudonymes, p. ex. household_id : la même valeur reçoit toujours le même pseudonyme avec la même clé, les lignes peuvent donc encore être reliées, mais la valeur ne peut pas être retrouvée sans la clé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="59" />
      <source>Compare numbers within each value of this field, e.g. admin1, when areas differ (incomes in the capital and in villages). Groups of fewer than 20 submissions get no statistical check.</source>
      <translation>Comparer les nombres au sein de chaque valeur de ce champ, p. ex. admin1, quand les zones diffèrent (revenus dans la capitale et dans les villages). Les groupes de moins de 20 soumissions n'ont pas de contrôle statistique.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="246" />
      <source>Compare numbers within groups of</source>
      <translation>Comparer les nombres au sein des groupes de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="150" />
      <source>Compare numbers within groups of this field (optional)</source>
      <translation>Comparer les nombres au sein des groupes de ce champ (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="242" />
      <source>Compare numbers within groups of this question (e.g. admin1); empty: the whole survey</source>
      <translation>Comparer les nombres au sein des groupes de cette question (par ex. admin1) ; vide : toute l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="271" />
      <source>Comparing {file} with the list of submissions on {host}…</source>
      <translation>Comparaison de {file} avec la liste des soumissions sur {host}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="59" />
      <source>Conflicts (CSV)</source>
      <translation>Conflits (CSV)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="67" />
      <source>Conflicts (office value kept)</source>
      <translation>Conflits (valeur du bureau gardée)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="415" />
      <source>Connected to {url}: {count} forms, {deployed} deployed.</source>
      <translation>Connecté à {url} : {count} formulaires, dont {deployed} déployés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="383" />
      <source>Connecting to {url}</source>
      <translation>Connexion à {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="381" />
      <source>Connecting to {url}…</source>
      <translation>Connexion à {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="385" />
      <source>Connection cancelled.</source>
      <translation>Connexion annulée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="376" />
      <source>Continue</source>
      <translation>Continuer</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/resume.py" line="95" />
      <source>Continuing the interrupted download of {file}: %n submissions were already downloaded.</source>
      <translation>
        <numerusform>Reprise du téléchargement interrompu de {file} : %n soumission était déjà téléchargée.</numerusform>
        <numerusform>Reprise du téléchargement interrompu de {file} : %n soumissions étaient déjà téléchargées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="245" />
      <source>Coordinate system: {crs}</source>
      <translation>Système de coordonnées : {crs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="29" />
      <source>Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in one transaction: if anything fails or the connection drops, nothing is left in the database. Two roles are created for the schema, named after it (for a schema household_2026: household_2026_reviewer, who may record cleaning decisions, and household_2026_viewer, who may only read); the administrator grants them to people. Raw tables refuse any change. The GeoPackage is only read.</source>
      <translation>Copie chaque table d'un GeoPackage d'enquête (les tables brutes telles que reçues, la couche d'enquête typée avec ses points, les tables de répétition, le journal de nettoyage, les tables de métadonnées et du formulaire) dans un nouveau schéma d'une base PostgreSQL avec PostGIS, avec les mêmes noms et valeurs, en une seule transaction : si quelque chose échoue ou si la connexion tombe, rien ne reste dans la base. Deux rôles sont créés pour le schéma, nommés d'après lui (pour un schéma household_2026 : household_2026_reviewer, qui peut enregistrer des décisions de nettoyage, et household_2026_viewer, qui peut seulement lire) ; l'administrateur les attribue aux personnes. Les tables brutes refusent toute modification. Le GeoPackage est seulement lu.</translation>
    </message>
    <message>
      <source>Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in one transaction: if anything fails or the connection drops, nothing is left in the database. Two roles are created for the schema: &lt;schema&gt;_reviewer (may record cleaning decisions) and &lt;schema&gt;_viewer (may only read); the administrator grants them to people. Raw tables refuse any change. The GeoPackage is only read.</source>
      <translation type="vanished">Copie chaque table d'un GeoPackage d'enquête (les tables brutes telles que reçues, la couche d'enquête typée avec ses points, les tables de répétition, le journal de nettoyage, les tables de métadonnées et du formulaire) dans un nouveau schéma d'une base PostgreSQL avec PostGIS, avec les mêmes noms et valeurs, en une seule transaction : si quelque chose échoue ou si la connexion tombe, rien ne reste dans la base. Deux rôles sont créés pour le schéma : &lt;schema&gt;_reviewer (peut enregistrer des décisions de nettoyage) et &lt;schema&gt;_viewer (peut seulement lire) ; l'administrateur les attribue aux personnes. Les tables brutes refusent toute modification. Le GeoPackage est seulement lu.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="92" />
      <source>Copy it only to an encrypted laptop, and delete it from the laptop after the merge.</source>
      <translation>Ne le copiez que sur un ordinateur portable chiffré, et supprimez-le de l'ordinateur après la fusion.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="307" />
      <source>Copying the data and building the project…</source>
      <translation>Copie des données et construction du projet…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="70" />
      <source>Count by admin area</source>
      <translation>Compter par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="122" />
      <source>Count by admin area (small counts hidden)</source>
      <translation>Compter par unité administrative (petits effectifs masqués)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="26" />
      <source>Count submissions by admin area</source>
      <translation>Compter les soumissions par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="58" />
      <source>Count submissions by admin area and lay out a print-ready map.</source>
      <translation>Compter les soumissions par unité administrative et mettre en page une carte prête à imprimer.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="270" />
      <source>Counting submissions per admin area</source>
      <translation>Comptage des soumissions par unité administrative</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="281" />
      <source>Counting the %n submissions of {layer} per area…</source>
      <translation>
        <numerusform>Comptage de %n soumission de {layer} par unité…</numerusform>
        <numerusform>Comptage des %n soumissions de {layer} par unité…</numerusform>
      </translation>
    </message>
    <message>
      <source>Counting the {count} submissions of {layer} per area…</source>
      <translation type="vanished">Comptage des {count} soumissions de {layer} par unité…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="157" />
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="32" />
      <source>Countries (offline background)</source>
      <translation>Pays (fond hors ligne)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="131" />
      <source>Counts below k are hidden; rare combinations are blanked until k rows share them.</source>
      <translation>Les effectifs inférieurs à k sont masqués ; les combinaisons rares sont effacées jusqu'à ce qu'au moins k lignes les partagent.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="121" />
      <source>Counts by {columns} for {rows} areas; {small} small counts and {other} other counts hidden (k = {k}).</source>
      <translation>Effectifs par {columns} pour {rows} unités ; {small} petits effectifs et {other} autres effectifs masqués (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="29" />
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent of those answering it; areas where fewer submissions than the threshold answered get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation>Compte les points d'enquête dans chaque unité administrative (soumissions de terrain). Les points sont placés selon leur position, ou selon un champ P-code s'il est choisi (les points sans GPS sont alors comptés aussi). En option, compte les soumissions donnant une réponse précise à une question, et leur part en pourcentage parmi celles qui y ont répondu ; les unités où moins de soumissions que le seuil ont répondu n'ont ni l'effectif de cette réponse ni son pourcentage, seulement le statut « insufficient », pour que les petits effectifs n'induisent pas en erreur et ne révèlent pas ce qu'ont répondu quelques ménages. STATISTIC mean ou median avec une question numérique donne sa moyenne (champ value_mean) ou sa médiane (value_median) par unité, selon la même règle : les unités ayant moins de réponses que le seuil n'ont pas de valeur mais le statut « insufficient ».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">Compte les points d'enquête dans chaque unité administrative (soumissions de terrain). Les points sont placés selon leur position, ou selon un champ P-code s'il est choisi (les points sans GPS sont alors comptés aussi). En option, compte les soumissions donnant une réponse précise à une question, et leur part en pourcentage ; les unités ayant moins de soumissions que le seuil n'ont ni l'effectif de cette réponse ni son pourcentage, seulement le statut « insufficient », pour que les petits effectifs n'induisent pas en erreur et ne révèlent pas ce qu'ont répondu quelques ménages. STATISTIC mean ou median avec une question numérique donne sa moyenne (champ value_mean) ou sa médiane (value_median) par unité, selon la même règle : les unités ayant moins de réponses que le seuil n'ont pas de valeur mais le statut « insufficient ».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">Compte les points d'enquête dans chaque unité administrative (soumissions de terrain). Les points sont placés selon leur position, ou selon un champ P-code s'il est choisi (les points sans GPS sont alors comptés aussi). En option, compte les soumissions donnant une réponse précise à une question, et leur part en pourcentage ; les unités ayant moins de soumissions que le seuil n'ont pas de pourcentage mais le statut « insufficient », pour que les petits effectifs n'induisent pas en erreur. STATISTIC mean ou median avec une question numérique donne sa moyenne (champ value_mean) ou sa médiane (value_median) par unité, selon la même règle : les unités ayant moins de réponses que le seuil n'ont pas de valeur mais le statut « insufficient ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="80" />
      <source>Counts: a question whose answers are counted by area too, e.g. water_source. Empty: only the number of submissions.</source>
      <translation>Comptages : une question dont les réponses sont aussi comptées par unité, p. ex. water_source. Vide : seulement le nombre de soumissions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="77" />
      <source>Counts: the column of the survey that holds the P-code of each submission's area, e.g. admin2 (default).</source>
      <translation>Comptages : la colonne de l'enquête qui contient le P-code de l'unité de chaque soumission, p. ex. admin2 (par défaut).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="135" />
      <source>Create the map</source>
      <translation>Créer la carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="108" />
      <source>Data and admin areas</source>
      <translation>Données et unités administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="77" />
      <source>Data cleaning</source>
      <translation>Nettoyage des données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="76" />
      <source>Data collection</source>
      <translation>Collecte de données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="104" />
      <source>Data collection ran from {first} to {last}.</source>
      <translation>La collecte de données a eu lieu du {first} au {last}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="81" />
      <source>Data protection</source>
      <translation>Protection des données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="34" />
      <source>Data protection: export for sharing</source>
      <translation>Protection des données : export pour le partage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="57" />
      <source>Data protection: export for sharing…</source>
      <translation>Protection des données : export pour le partage…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="193" />
      <source>Data protection…</source>
      <translation>Protection des données…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="86" />
      <source>Data sources</source>
      <translation>Sources des données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="108" />
      <source>Data to share</source>
      <translation>Données à partager</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="51" />
      <source>Database connection</source>
      <translation>Connexion à la base de données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="61" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="227" />
      <source>Date: {date}</source>
      <translation>Date : {date}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="236" />
      <source>Decide each row: change the value (type the new value), remove the submission, keep it as it is, or leave it to decide. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation>Décidez chaque ligne : modifier la valeur (saisissez la nouvelle valeur), supprimer la soumission, la laisser telle quelle, ou la garder à décider. Double-cliquez sur une ligne pour voir la soumission sur la carte. Les équipes de terrain peuvent modifier une copie exportée ; importez-la quand elles ont terminé.</translation>
    </message>
    <message>
      <source>Decide each row: change_response (set new_value), remove_survey, no_action or pending. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation type="vanished">Décidez chaque ligne : change_response (remplir new_value), remove_survey, no_action ou pending. Double-clic : voir la soumission sur la carte. Les équipes terrain peuvent modifier une copie exportée, à réimporter ensuite.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="42" />
      <source>Decided on</source>
      <translation>Décidé le</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="39" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="95" />
      <source>Decisions refused (someone decided first)</source>
      <translation>Décisions refusées (quelqu'un a décidé avant)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="98" />
      <source>Decisions refused (the log row is another one now)</source>
      <translation>Décisions refusées (la ligne du journal en est maintenant une autre)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="94" />
      <source>Decisions saved</source>
      <translation>Décisions enregistrées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="189" />
      <source>Delete everything done in {folder} and start again from the sample data?</source>
      <translation>Supprimer tout ce qui a été fait dans {folder} et recommencer à partir des données d'exemple ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="436" />
      <source>Density of submissions</source>
      <translation>Densité des soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Deployed</source>
      <translation>Déployé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="225" />
      <source>Detect personal data</source>
      <translation>Détecter les données personnelles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="62" />
      <source>Device or account ID</source>
      <translation>Identifiant d'appareil ou de compte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="44" />
      <source>Device or resource busy</source>
      <translation>Périphérique ou ressource occupé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="46" />
      <source>Displacement needs a minimum distance above 0 and a maximum distance above the minimum (got {min} m and {max} m).</source>
      <translation>Le déplacement exige une distance minimale supérieure à 0 et une distance maximale supérieure à la minimale (valeurs reçues : {min} m et {max} m).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Done at</source>
      <translation>Terminée le</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="332" />
      <source>Done.</source>
      <translation>Terminé.</translation>
    </message>
    <message>
      <source>Done: {action} {columns}</source>
      <translation type="vanished">Fait : {action} {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="46" />
      <source>Download</source>
      <translation>Téléchargement</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="36" />
      <source>Download attachments (photos) beside the GeoPackage</source>
      <translation>Télécharger les pièces jointes (photos) à côté du GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="298" />
      <source>Download attachments (photos) into the folder {folder} beside the GeoPackage</source>
      <translation>Télécharger les pièces jointes (photos) dans le dossier {folder} à côté du GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="195" />
      <source>Download cancelled: no GeoPackage was written.</source>
      <translation>Téléchargement annulé : aucun GeoPackage n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="193" />
      <source>Download cancelled: {file} was left as it was.</source>
      <translation>Téléchargement annulé : {file} est resté inchangé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="166" />
      <source>Download finished.</source>
      <translation>Téléchargement terminé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/wizard.py" line="38" />
      <source>Download from KoboToolbox / ODK Central</source>
      <translation>Télécharger depuis KoboToolbox / ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="187" />
      <source>Download from a server…</source>
      <translation>Télécharger depuis un serveur…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="16" />
      <source>Download survey from KoboToolbox</source>
      <translation>Télécharger une enquête depuis KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="23" />
      <source>Download survey from ODK Central</source>
      <translation>Télécharger une enquête depuis ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="122" />
      <source>Downloading every submission of {form} into {file}…</source>
      <translation>Téléchargement de toutes les soumissions de {form} dans {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="120" />
      <source>Downloading the new submissions of {form} into {file}…</source>
      <translation>Téléchargement des nouvelles soumissions de {form} dans {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="104" />
      <source>Downloading {form}</source>
      <translation>Téléchargement de {form}</translation>
    </message>
    <message>
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', only submissions newer than the last sync are downloaded and appended. If the download fails, the previous GeoPackage is left untouched.</source>
      <translation type="vanished">Télécharge toutes les soumissions d'un formulaire KoboToolbox déployé (API v2) dans un GeoPackage d'enquête : tables brutes telles que reçues, couche de points typée « survey » et journal de chaque synchronisation. Le jeton d'API est lu dans la configuration d'authentification de QGIS ; il n'est jamais enregistré ailleurs. Avec « Mettre à jour », seules les soumissions plus récentes que la dernière synchronisation sont téléchargées et ajoutées. Si le téléchargement échoue, le GeoPackage précédent reste intact.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="19" />
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). If the download fails, the previous GeoPackage is left untouched.</source>
      <translation>Télécharge toutes les soumissions d'un formulaire KoboToolbox déployé (API v2) dans un GeoPackage d'enquête : tables brutes telles que reçues, couche de points typée « survey » et journal de chaque synchronisation. Le jeton d'API est lu dans la configuration d'authentification de QGIS ; il n'est jamais enregistré ailleurs. Avec « Mettre à jour », les soumissions plus récentes que la dernière synchronisation sont téléchargées et ajoutées, et le GeoPackage est comparé à la liste du serveur : les soumissions plus anciennes qui lui manquent sont ajoutées aussi ; les soumissions supprimées, modifiées ou revues à nouveau sur le serveur sont nommées dans un avertissement mais gardées telles que téléchargées la première fois (pour obtenir la version actuelle du serveur, téléchargez dans un nouveau GeoPackage). Si le téléchargement échoue, le GeoPackage précédent reste intact.</translation>
    </message>
    <message>
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', only submissions newer than the last sync are downloaded and appended; a failed download leaves the previous GeoPackage untouched.</source>
      <translation type="vanished">Télécharge toutes les soumissions d'un formulaire ODK Central (OData, répétitions comprises) dans un GeoPackage d'enquête. La configuration d'authentification contient soit votre e-mail et votre mot de passe (Basic), soit un jeton d'utilisateur mobile (app user). Les libellés et les choix sont lus dans le formulaire sur le serveur ; fournissez aussi le XLSForm pour conserver ses contraintes et ses questions obligatoires. Avec « Mettre à jour », seules les soumissions plus récentes que la dernière synchronisation sont téléchargées et ajoutées ; un téléchargement échoué laisse le GeoPackage précédent intact.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="26" />
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). A failed download leaves the previous GeoPackage untouched.</source>
      <translation>Télécharge toutes les soumissions d'un formulaire ODK Central (OData, répétitions comprises) dans un GeoPackage d'enquête. La configuration d'authentification contient soit votre e-mail et votre mot de passe (Basic), soit un jeton d'utilisateur mobile (app user). Les libellés et les choix sont lus dans le formulaire sur le serveur ; fournissez aussi le XLSForm pour conserver ses contraintes et ses questions obligatoires. Avec « Mettre à jour », les soumissions plus récentes que la dernière synchronisation sont téléchargées et ajoutées, et le GeoPackage est comparé à la liste du serveur : les soumissions plus anciennes qui lui manquent sont ajoutées aussi ; les soumissions supprimées, modifiées ou revues à nouveau sur le serveur sont nommées dans un avertissement mais gardées telles que téléchargées la première fois (pour obtenir la version actuelle du serveur, téléchargez dans un nouveau GeoPackage). Un téléchargement échoué laisse le GeoPackage précédent intact.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="71" />
      <source>Downloads the tiles of an XYZ or WMS basemap over an area, at the chosen zoom levels, into one MBTiles file that QGIS and QField open without network (QGIS's own 'Generate XYZ tiles' algorithm draws them). The number of tiles, the size and the time are logged before it starts; above the maximum number of tiles nothing is downloaded. When no tile can be made (no network, a server error, only empty tiles), a vector background of the countries (and of the admin boundaries, when given) is written instead, as a GeoPackage beside the chosen file, and the log says so.</source>
      <translation>Télécharge les tuiles d'un fond de carte XYZ ou WMS sur une zone, aux niveaux de zoom choisis, dans un seul fichier MBTiles que QGIS et QField ouvrent sans réseau (elles sont dessinées par l'algorithme « Générer des tuiles XYZ » de QGIS). Le nombre de tuiles, la taille et la durée sont indiqués avant le départ ; au-delà du nombre maximum de tuiles, rien n'est téléchargé. Si aucune tuile ne peut être produite (pas de réseau, erreur du serveur, seulement des tuiles vides), un fond vectoriel des pays (et des limites administratives, si elles sont données) est écrit à la place, en GeoPackage à côté du fichier choisi, et le journal le dit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="33" />
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails), when it holds the same survey (form id) and no decision this GeoPackage lacks; otherwise nothing is written. The members of its roles keep them and read the new survey.</source>
      <translation>Supprimer un schéma existant de ce nom dans la même transaction (il reste si la copie échoue), quand il contient la même enquête (ID du formulaire) et aucune décision absente de ce GeoPackage ; sinon rien n'est écrit. Les membres de ses rôles les gardent et lisent la nouvelle enquête.</translation>
    </message>
    <message>
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails). Its decisions are lost: bring them back to a GeoPackage first.</source>
      <translation type="vanished">Supprimer un schéma existant de ce nom dans la même transaction (il reste si la copie échoue). Ses décisions sont perdues : ramenez-les d'abord dans un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="19" />
      <source>Duplicates</source>
      <translation>Doublons</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="56" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="31" />
      <source>Each area coloured by its number of submissions, in colour-blind-safe classes.</source>
      <translation>Chaque unité colorée selon son nombre de soumissions, en classes adaptées aux daltoniens.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="44" />
      <source>Each area coloured by the mean or median answer to a numeric question (household size, income…); too few answers show 'insufficient data', not a misleading mean.</source>
      <translation>Chaque unité colorée selon la moyenne ou la médiane des réponses à une question numérique (taille du ménage, revenu…) ; trop peu de réponses : « données insuffisantes », pas une moyenne trompeuse.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="36" />
      <source>Each area coloured by the share of submissions giving one answer. Areas with too few submissions show 'insufficient data' instead of a misleading percentage.</source>
      <translation>Chaque unité colorée selon la part des soumissions donnant une réponse. Les unités ayant trop peu de soumissions affichent « données insuffisantes » au lieu d'un pourcentage trompeur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="179" />
      <source>Each submission counts in the area…</source>
      <translation>Chaque soumission compte dans l'unité…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="277" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="194" />
      <source>Email and password</source>
      <translation>E-mail et mot de passe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="258" />
      <source>Encoding {encoding}; delimiter {delimiter}</source>
      <translation>Encodage {encoding} ; délimiteur {delimiter}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Equal intervals</source>
      <translation>Intervalles égaux</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="141" />
      <source>Every answer is the same as in submission {uuid}; remove_survey drops this one.</source>
      <translation>Toutes les réponses sont identiques à celles de la soumission {uuid} ; remove_survey supprime celle-ci.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="20" />
      <source>Every area is in the output, with 0 where no submission falls.</source>
      <translation>Chaque unité figure dans la sortie, avec 0 là où aucune soumission ne tombe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="119" />
      <source>Every page keeps the classes of the whole country, so pages compare; the title names the area and its P-code.</source>
      <translation>Chaque page garde les classes de tout le pays, pour que les pages soient comparables ; le titre indique l'unité et son P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Example value</source>
      <translation>Exemple de valeur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="101" />
      <source>Example with the sample survey, in the language of the map. Your map shows your data and your texts.</source>
      <translation>Exemple avec l'enquête d'exemple, dans la langue de la carte. Votre carte montre vos données et vos textes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="321" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="85" />
      <source>Exercises file {file} could not be read: {error}</source>
      <translation>Le fichier d'exercices {file} n'a pas pu être lu : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="89" />
      <source>Exercises file {file}, exercise "{id}"</source>
      <translation>Fichier d'exercices {file}, exercice "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="40" />
      <source>Explanation</source>
      <translation>Explication</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="77" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="35" />
      <source>Export a print-ready map (PDF)</source>
      <translation>Exporter une carte prête à imprimer (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="21" />
      <source>Export a review sheet of the shared cleaning log</source>
      <translation>Exporter une feuille de revue du journal de nettoyage partagé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="431" />
      <source>Export cancelled: nothing was written.</source>
      <translation>Export annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="423" />
      <source>Export finished.</source>
      <translation>Export terminé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="36" />
      <source>Export for sharing</source>
      <translation>Exporter pour le partage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_options.py" line="99" />
      <source>Export for sharing cancelled; nothing was written.</source>
      <translation>Export pour le partage annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="139" />
      <source>Export for sharing writes a GeoPackage (.gpkg) or a CSV (.csv), not {file}.</source>
      <translation>L'export pour le partage écrit un GeoPackage (.gpkg) ou un CSV (.csv), pas {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="390" />
      <source>Export for sharing: {file}</source>
      <translation>Export pour le partage : {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="84" />
      <source>Export summary…</source>
      <translation>Exporter le résumé…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="319" />
      <source>Export the cleaning log</source>
      <translation>Exporter le journal de nettoyage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="223" />
      <source>Export the session summary</source>
      <translation>Exporter le résumé de la session</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="231" />
      <source>Exported cleaning log</source>
      <translation>Journal de nettoyage exporté</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="362" />
      <source>Exporting {file}…</source>
      <translation>Export de {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="395" />
      <source>Exporting… QGIS stays usable meanwhile.</source>
      <translation>Export en cours… QGIS reste utilisable pendant ce temps.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="134" />
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Few submissions</source>
      <translation>Peu de soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="142" />
      <source>Fewest people in a group</source>
      <translation>Nombre minimal de personnes par groupe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="103" />
      <source>Fewest submissions for a percentage</source>
      <translation>Nombre minimal de soumissions pour un pourcentage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="68" />
      <source>Field changes not merged (listed with the conflicts)</source>
      <translation>Modifications de champs et de lignes faites sur le terrain, non fusionnées (listées avec les conflits)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="111" />
      <source>Field laptops' time zone: {zone} (UTC{offset} today).</source>
      <translation>Fuseau horaire des ordinateurs de terrain : {zone} (UTC{offset} aujourd'hui).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="122" />
      <source>Field package written: %n files, {size} MB, in {seconds} s: {zip}</source>
      <translation>
        <numerusform>Paquet de terrain écrit : %n fichier, {size} Mo, en {seconds} s : {zip}</numerusform>
        <numerusform>Paquet de terrain écrit : %n fichiers, {size} Mo, en {seconds} s : {zip}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="49" />
      <source>Field packages (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</source>
      <translation>Paquets de terrain (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="53" />
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name (typed in qgis_process as village,respondent_name): submissions with the same values are flagged. A name that is not a field of the layer is refused. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation>Les champs qui, ensemble, identifient un ménage ou une personne, p. ex. household_id, ou village et respondent_name (saisis dans qgis_process sous la forme village,respondent_name) : les soumissions avec les mêmes valeurs sont signalées comme doublons. Un nom qui n'est pas un champ de la couche est refusé. Vide : seuls les _uuid répétés et les réponses identiques sont signalés.</translation>
    </message>
    <message>
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name: submissions with the same values are flagged. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation type="vanished">Les champs qui, ensemble, identifient un ménage ou une personne, p. ex. household_id, ou village et respondent_name : les soumissions avec les mêmes valeurs sont signalées comme doublons. Vide : seuls les _uuid répétés et les réponses identiques sont signalés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="107" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="41" />
      <source>File exists</source>
      <translation>Le fichier existe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="45" />
      <source>File name too long</source>
      <translation>Nom de fichier trop long</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="56" />
      <source>File names of the attachments skipped</source>
      <translation>Noms de fichiers des pièces jointes ignorées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="89" />
      <source>Files in the package</source>
      <translation>Fichiers du paquet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="51" />
      <source>Find duplicates, GPS errors, outliers and short interviews; keep a cleaning log.</source>
      <translation>Repérer les doublons, les erreurs GPS, les valeurs aberrantes et les entretiens trop courts ; tenir un journal de nettoyage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="169" />
      <source>First day of data collection (YYYY-MM-DD, optional)</source>
      <translation>Premier jour de la collecte de données (AAAA-MM-JJ, facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="255" />
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="65" />
      <source>Folder: {folder}</source>
      <translation>Dossier : {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="121" />
      <source>For a share, a mean or a median: areas where fewer submissions than this answered are hatched and labelled 'insufficient data' instead of a misleading value; counts made with a higher threshold keep theirs. Default 5 submissions.</source>
      <translation>Pour une part, une moyenne ou une médiane : les unités où moins de soumissions que ce nombre ont répondu sont hachurées et étiquetées « données insuffisantes » au lieu d'une valeur trompeuse ; des comptages faits avec un seuil plus élevé gardent le leur. Par défaut 5 soumissions.</translation>
    </message>
    <message>
      <source>For a share, a mean or a median: areas with fewer submissions than this are hatched and labelled 'insufficient data' instead of a misleading value. Default 5 submissions.</source>
      <translation type="vanished">Pour une part, une moyenne ou une médiane : les unités avec moins de soumissions que ce nombre sont hachurées et étiquetées « données insuffisantes » au lieu d'une valeur trompeuse. Par défaut 5 soumissions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="30" />
      <source>For example https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the source of a WMS or XYZ layer as shown in its properties. Respect the tile provider's terms of use.</source>
      <translation>Par exemple https://tile.openstreetmap.org/{z}/{x}/{y}.png, ou la source d'une couche WMS ou XYZ telle qu'affichée dans ses propriétés. Respectez les conditions d'utilisation du fournisseur de tuiles.</translation>
    </message>
    <message>
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen.</source>
      <translation type="vanished">Pour les exécutions sans la fenêtre de QGIS : où se trouve la clé, env:CARTONG_KEY (une variable d'environnement) ou file:/home/me/cartong_key.txt (un fichier contenant 64 caractères hexadécimaux). Utilisé quand aucune configuration d'authentification n'est choisie.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="53" />
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen. Without it such a run cannot open your default key, so the columns pseudonymised by default are removed instead.</source>
      <translation>Pour les exécutions sans la fenêtre de QGIS : où se trouve la clé, env:CARTONG_KEY (une variable d'environnement) ou file:/home/me/cartong_key.txt (un fichier contenant 64 caractères hexadécimaux). Utilisé quand aucune configuration d'authentification n'est choisie. Sans ce paramètre, une telle exécution ne peut pas ouvrir votre clé par défaut : les colonnes pseudonymisées par défaut sont donc supprimées à la place.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Form ID</source>
      <translation>ID du formulaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="43" />
      <source>Form ID (asset uid)</source>
      <translation>ID du formulaire (asset uid)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="50" />
      <source>Form ID (xmlFormId)</source>
      <translation>ID du formulaire (xmlFormId)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>Form languages: {languages}.</source>
      <translation>Langues du formulaire : {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="60" />
      <source>Form {uid}: {added} new submissions arrived during the download; they are included.</source>
      <translation>Formulaire {uid} : {added} nouvelles soumissions sont arrivées pendant le téléchargement ; elles sont incluses.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="74" />
      <source>Form {uid}: {deleted} submissions were deleted on the server during the download.</source>
      <translation>Formulaire {uid} : {deleted} soumissions ont été supprimées sur le serveur pendant le téléchargement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="272" />
      <source>Form: {name} ({count} submissions on the server)</source>
      <translation>Formulaire : {name} ({count} soumissions sur le serveur)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="106" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="63" />
      <source>Free text</source>
      <translation>Texte libre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="144" />
      <source>From collected data to a print-ready map, one step at a time.</source>
      <translation>Des données collectées à la carte prête à imprimer, étape par étape.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="203" />
      <source>From zoom level (whole country)</source>
      <translation>Du niveau de zoom (pays entier)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="56" />
      <source>GPS check not run: the layer has no {latitude}/{longitude} columns, no geopoint answer and no point geometry. Run the checks on the survey layer that holds the GPS points.</source>
      <translation>Contrôle GPS non exécuté : la couche n'a ni colonnes {latitude}/{longitude}, ni réponse geopoint, ni géométrie ponctuelle. Lancez les contrôles sur la couche d'enquête qui contient les points GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="46" />
      <source>GPS line</source>
      <translation>ligne GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="58" />
      <source>GPS location</source>
      <translation>Position GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="45" />
      <source>GPS point</source>
      <translation>point GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="88" />
      <source>GPS point at (0, 0)</source>
      <translation>point GPS en (0, 0)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="218" />
      <source>GPS point in another admin area</source>
      <translation>point GPS dans une autre unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="78" />
      <source>GPS point missing</source>
      <translation>point GPS manquant</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="272" />
      <source>GPS point moved: coordinates out of date</source>
      <translation>Point GPS déplacé : coordonnées périmées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="132" />
      <source>GPS point outside the area of interest</source>
      <translation>point GPS hors de la zone d'intérêt</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="22" />
      <source>GPS points</source>
      <translation>Points GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="79" />
      <source>GPS points whose precision (the accuracy radius the phone recorded, e.g. _location_precision) is worse than this many metres are flagged. Default 50 m; 20 m in a dense camp.</source>
      <translation>Les points GPS dont la précision (le rayon d'exactitude enregistré par le téléphone, p. ex. _location_precision) est pire que ce nombre de mètres sont signalés. Par défaut 50 m ; 20 m dans un camp dense.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="47" />
      <source>GPS polygon</source>
      <translation>polygone GPS</translation>
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
      <translation>GeoPackage du journal de nettoyage (vide : le GeoPackage de l'enquête)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="274" />
      <source>GeoPackage: {file}</source>
      <translation>GeoPackage : {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="127" />
      <source>Grant the roles to people: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;</source>
      <translation>Attribuez les rôles aux personnes : GRANT {reviewer} TO un_relecteur; GRANT {viewer} TO un_lecteur;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="149" />
      <source>Grid cell size (m)</source>
      <translation>Taille de maille de la grille (m)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="225" />
      <source>HTML (*.html);;Markdown (*.md)</source>
      <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="61" />
      <source>Heatmap of the submissions</source>
      <translation>Carte de chaleur des soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="199" />
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="328" />
      <source>Help catalogue {file} could not be read ({error}).</source>
      <translation>Le catalogue d'aide {file} n'a pas pu être lu ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="333" />
      <source>Help catalogue {file} is not valid JSON: line {line}, column {column}: {error}. The bundled catalogue is used meanwhile.</source>
      <translation>Le catalogue d'aide {file} n'est pas un JSON valide : ligne {line}, colonne {column} : {error}. Le catalogue fourni avec l'extension est utilisé en attendant.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="325" />
      <source>Help catalogue {file} was not found; check the path in the CartONG settings.</source>
      <translation>Le catalogue d'aide {file} est introuvable ; vérifiez le chemin dans les paramètres CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="302" />
      <source>Help catalogue {file}, entry {n}</source>
      <translation>Catalogue d'aide {file}, entrée {n}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="340" />
      <source>Help catalogue {file}: "format" must be "{expected}".</source>
      <translation>Catalogue d'aide {file} : "format" doit valoir "{expected}".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="298" />
      <source>Help catalogue {file}: expected {{"resources": [ … ]}} at the top of the file.</source>
      <translation>Catalogue d'aide {file} : {{"resources": [ … ]}} attendu au début du fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <source>Household locations are personal data: share a map showing them only if that was decided.</source>
      <translation type="vanished">Les positions des ménages sont des données personnelles : ne partagez une carte qui les montre que si cela a été décidé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="59" />
      <source>How exact locations are protected: 0 move points at random between the smallest and largest displacement (default), 1 snap them to a grid, 2 counts by admin area with small counts hidden, 3 remove locations, 4 keep them (only for a team allowed to see where households live).</source>
      <translation>Comment les localisations exactes sont protégées : 0 déplacer les points au hasard entre le plus petit et le plus grand déplacement (par défaut), 1 les caler sur une grille, 2 comptages par unité administrative avec les petits comptages masqués, 3 retirer les localisations, 4 les garder (seulement pour une équipe autorisée à voir où vivent les ménages).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="262" />
      <source>How far from the usual answers a number is flagged</source>
      <translation>À quelle distance des réponses habituelles un nombre est signalé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="110" />
      <source>How the class limits are chosen: quantile (the same number of areas in each class, default), jenks (natural breaks), equal (intervals of equal width) or pretty (round numbers). Not used when class limits are given.</source>
      <translation>Comment les limites de classes sont choisies : quantile (le même nombre d'unités dans chaque classe, par défaut), jenks (seuils naturels), equal (intervalles de même largeur) ou pretty (nombres ronds). Non utilisé quand des limites de classes sont données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="264" />
      <source>How unusual a number must be to be flagged</source>
      <translation>À quel point un nombre doit être inhabituel pour être signalé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="53" />
      <source>Humanitarian server (kobo.humanitarianresponse.info)</source>
      <translation>Serveur humanitaire (kobo.humanitarianresponse.info)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="55" />
      <source>ID number</source>
      <translation>Numéro d'identité</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="77" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="100" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Import an edited cleaning log</source>
      <translation>Importer un journal de nettoyage modifié</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/import_report.py" line="55" />
      <source>Import cancelled: nothing was written.</source>
      <translation>Import annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="137" />
      <source>Import edited log…</source>
      <translation>Importer un journal modifié…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="168" />
      <source>Import finished.</source>
      <translation>Import terminé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/wizard.py" line="24" />
      <source>Import survey data</source>
      <translation>Importer des données d'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="32" />
      <source>Import survey data (KoboToolbox, ODK, ONA)</source>
      <translation>Importer des données d'enquête (KoboToolbox, ODK, ONA)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="43" />
      <source>Importing {file}</source>
      <translation>Import de {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="144" />
      <source>Importing… QGIS stays usable meanwhile.</source>
      <translation>Import en cours… QGIS reste utilisable pendant ce temps.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="45" />
      <source>In %n submissions the location text and its latitude/longitude columns were kept in agreement with the log's changes.</source>
      <translation>
        <numerusform>Dans %n soumission, le texte de la position et ses colonnes latitude/longitude ont été gardés en accord avec la modification du journal.</numerusform>
        <numerusform>Dans %n soumissions, le texte de la position et ses colonnes latitude/longitude ont été gardés en accord avec les modifications du journal.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="55" />
      <source>In %n submissions the log changes both the location text and its latitude/longitude columns, and they disagree (first: feature {fid}); the points follow the latitude/longitude.</source>
      <translation>
        <numerusform>Dans %n soumission, le journal modifie à la fois le texte de la position et ses colonnes latitude/longitude, et ils ne concordent pas (première : entité {fid}) ; le point suit la latitude/longitude.</numerusform>
        <numerusform>Dans %n soumissions, le journal modifie à la fois le texte de la position et ses colonnes latitude/longitude, et ils ne concordent pas (première : entité {fid}) ; les points suivent la latitude/longitude.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="279" />
      <source>In KoboToolbox: Account settings &gt; Security &gt; API key.</source>
      <translation>Dans KoboToolbox : Paramètres du compte &gt; Sécurité &gt; Clé API.</translation>
    </message>
    <message>
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link.</source>
      <translation type="vanished">Dans ODK Central : Projet &gt; Utilisateurs mobiles (App Users) ; le jeton est la dernière partie du lien de l'utilisateur mobile.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="284" />
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link. App users can send submissions but not read them: to download data, use a web account with the Project Viewer role.</source>
      <translation>Dans ODK Central : Projet &gt; Utilisateurs mobiles ; le jeton est la dernière partie du lien de l'utilisateur mobile. Les utilisateurs mobiles peuvent envoyer des soumissions mais pas les lire : pour télécharger les données, utilisez un compte web avec le rôle Lecteur du projet (Project Viewer).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="122" />
      <source>In the field</source>
      <translation>Sur le terrain</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="119" />
      <source>Include the personal data (names, phones, GPS coordinates, photos)</source>
      <translation>Inclure les données personnelles (noms, téléphones, coordonnées GPS, photos)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="81" />
      <source>Include the personal data at high risk and the raw tables (encrypted laptop only)</source>
      <translation>Inclure les données personnelles à risque élevé et les tables brutes (ordinateur portable chiffré seulement)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="172" />
      <source>Insufficient data</source>
      <translation>Données insuffisantes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="435" />
      <source>Insufficient data (fewer than {n} submissions answering)</source>
      <translation>Données insuffisantes (moins de {n} soumissions ayant répondu)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="436" />
      <source>Insufficient data (fewer than {n} submissions)</source>
      <translation>Données insuffisantes (moins de {n} soumissions)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="23" />
      <source>Interview durations and dates</source>
      <translation>Durées et dates des entretiens</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="68" />
      <source>Interviews longer than this, in minutes, are flagged (default 120): often a form left open and finished later.</source>
      <translation>Les entretiens plus longs que cette durée, en minutes, sont signalés (par défaut 120) : souvent un formulaire laissé ouvert et terminé plus tard.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="64" />
      <source>Interviews shorter than this, in minutes, are flagged (default 10; refusals are not). Take the shortest real interview of the pilot.</source>
      <translation>Les entretiens plus courts que cette durée, en minutes, sont signalés (par défaut 10 ; pas les refus). Prenez l'entretien réel le plus court du pilote.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="42" />
      <source>Is a directory</source>
      <translation>Est un dossier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="37" />
      <source>Issue</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="93" />
      <source>It is not in the shared database: {reason}</source>
      <translation>Elle n'est pas dans la base de données partagée : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="438" />
      <source>It was tried {attempts} times over {seconds} seconds in all.</source>
      <translation>Essayé {attempts} fois en {seconds} secondes en tout.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="311" />
      <source>JSON text</source>
      <translation>du texte JSON</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Keep</source>
      <translation>Garder</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="87" />
      <source>Keep although flagged: {columns}</source>
      <translation>Garder malgré le signalement : {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="56" />
      <source>Keep as it is</source>
      <translation>Laisser telle quelle</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="115" />
      <source>Keep each moved point inside its admin area</source>
      <translation>Garder chaque point déplacé dans son unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="104" />
      <source>Keep each moved point inside its admin area ({layer}).</source>
      <translation>Garder chaque point déplacé dans son unité administrative ({layer}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="124" />
      <source>Keep exact locations (not recommended)</source>
      <translation>Garder les positions exactes (déconseillé)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="109" />
      <source>Keep the counts per area in the survey's GeoPackage</source>
      <translation>Garder les effectifs par unité dans le GeoPackage de l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="203" />
      <source>Keep the decisions of the existing cleaning log</source>
      <translation>Garder les décisions du journal de nettoyage existant</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="72" />
      <source>Keep the exact locations (not recommended)</source>
      <translation>Garder les positions exactes (déconseillé)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="99" />
      <source>Keep the exact locations (not recommended).</source>
      <translation>Garder les positions exactes (déconseillé).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="140" />
      <source>Key fields that identify a household (optional)</source>
      <translation>Champs clés identifiant un ménage (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="173" />
      <source>Key file</source>
      <translation>Fichier de clé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="172" />
      <source>Key files (*.key *.txt);;All files (*)</source>
      <translation>Fichiers de clé (*.key *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="245" />
      <source>Key questions for duplicates</source>
      <translation>Questions clés pour les doublons</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="91" />
      <source>Kind of basemap (mbtiles or vector)</source>
      <translation>Type de fond de carte (mbtiles ou vector)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="96" />
      <source>Kind of basemap written (mbtiles or vector)</source>
      <translation>Type de fond de carte écrit (mbtiles ou vector)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="74" />
      <source>Kind of map</source>
      <translation>Type de carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="77" />
      <source>KoboToolbox</source>
      <translation>KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="52" />
      <source>KoboToolbox European Union server (eu.kobotoolbox.org)</source>
      <translation>Serveur KoboToolbox de l'Union européenne (eu.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="51" />
      <source>KoboToolbox global server (kf.kobotoolbox.org)</source>
      <translation>Serveur mondial KoboToolbox (kf.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="91" />
      <source>KoboToolbox's CSV export never includes repeat groups: import its XLSX export (one sheet per repeat group) or download the data from the server instead.</source>
      <translation>L'export CSV de KoboToolbox ne contient jamais les groupes répétés : importez plutôt son export XLSX (une feuille par groupe répété) ou téléchargez les données depuis le serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="290" />
      <source>Label language</source>
      <translation>Langue des libellés</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="23" />
      <source>Label language (e.g. English (en), fr; empty: the form's default)</source>
      <translation>Langue des libellés (par ex. English (en), fr ; vide : celle du formulaire par défaut)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="283" />
      <source>Labels: {language}.</source>
      <translation>Libellés : {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="52" />
      <source>Landscape</source>
      <translation>Paysage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="83" />
      <source>Language of the map</source>
      <translation>Langue de la carte</translation>
    </message>
    <message>
      <source>Language of the map texts: en (English) or fr (French)</source>
      <translation type="vanished">Langue des textes de la carte : en (anglais) ou fr (français)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="92" />
      <source>Language of the map texts: en (English), fr (French), es (Spanish), pt (Portuguese) or ar (Arabic, laid out right to left)</source>
      <translation>Langue des textes de la carte : en (anglais), fr (français), es (espagnol), pt (portugais) ou ar (arabe, mise en page de droite à gauche)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="112" />
      <source>Language of the offline help</source>
      <translation>Langue de l'aide hors ligne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="67" />
      <source>Language of the offline help (en, fr…; empty: QGIS's)</source>
      <translation>Langue de l'aide hors ligne (en, fr… ; vide : celle de QGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="141" />
      <source>Largest displacement (m)</source>
      <translation>Déplacement maximal (m)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="174" />
      <source>Last day of data collection (YYYY-MM-DD, optional)</source>
      <translation>Dernier jour de la collecte de données (AAAA-MM-JJ, facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Last submission</source>
      <translation>Dernière soumission</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="90" />
      <source>Latitude and longitude are both 0: the GPS had no fix.</source>
      <translation>La latitude et la longitude valent toutes deux 0 : le GPS n'avait pas de position.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="115" />
      <source>Latitude and longitude seem swapped: swapped, the point falls in the area of interest.</source>
      <translation>La latitude et la longitude semblent inversées : une fois permutées, le point tombe dans la zone d'intérêt.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="50" />
      <source>Latitude {value} is outside -90..90.</source>
      <translation>La latitude {value} est hors de l'intervalle -90..90.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="118" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="279" />
      <source>Layers in the project: {layers}.</source>
      <translation>Couches dans le projet : {layers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="36" />
      <source>Layout and texts</source>
      <translation>Mise en page et textes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="74" />
      <source>Learn</source>
      <translation>Apprendre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="328" />
      <source>Learn more: {link}</source>
      <translation>En savoir plus : {link}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="232" />
      <source>Learn more: {title}, {url}</source>
      <translation>Pour en savoir plus : {title}, {url}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="109" />
      <source>Left out of the package to protect personal data: %n columns at high risk ({columns}).</source>
      <translation>
        <numerusform>Laissée hors du paquet pour protéger les données personnelles : %n colonne à risque élevé ({columns}).</numerusform>
        <numerusform>Laissées hors du paquet pour protéger les données personnelles : %n colonnes à risque élevé ({columns}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="117" />
      <source>Left out too: the tables {tables}, which the field work and the merge do not need.</source>
      <translation>Laissées de côté aussi : les tables {tables}, dont le travail de terrain et la fusion n'ont pas besoin.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="294" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="88" />
      <source>Legend title</source>
      <translation>Titre de la légende</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="47" />
      <source>Limits of my own</source>
      <translation>Mes propres limites</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="96" />
      <source>Links and attachment names removed from {rows} values.</source>
      <translation>Liens et noms de pièces jointes supprimés de {rows} valeurs.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="122" />
      <source>Links and small groups</source>
      <translation>Liens et petits groupes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="111" />
      <source>Listing cancelled.</source>
      <translation>Liste annulée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="109" />
      <source>Listing the forms of {url}</source>
      <translation>Liste des formulaires de {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="112" />
      <source>Listing the forms of {url}…</source>
      <translation>Récupération de la liste des formulaires de {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="30" />
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names and labels in English, French, Spanish, Portuguese and Arabic (an editable keyword list) and by the pattern of their values (phone numbers in any digits). Read the list before sharing: it helps, it does not guarantee.</source>
      <translation>Liste les colonnes d'une couche d'enquête qui contiennent probablement des données personnelles (noms, numéros de téléphone, numéros d'identité, positions GPS précises, texte libre, photos et liens vers des pièces jointes), avec un niveau de risque (élevé, moyen, faible), la raison et une protection suggérée. Les colonnes sont repérées par leur type XLSForm (si le formulaire est fourni), par les mots de leur nom et de leur libellé en anglais, français, espagnol, portugais et arabe (une liste de mots-clés modifiable) et par la forme de leurs valeurs (numéros de téléphone, quel que soit le système de chiffres). Relisez la liste avant de partager : elle aide, elle ne garantit rien.</translation>
    </message>
    <message>
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names in English and French (an editable keyword list) and by the pattern of their values. Read the list before sharing: it helps, it does not guarantee.</source>
      <translation type="vanished">Liste les colonnes d'une couche d'enquête qui contiennent probablement des données personnelles (noms, numéros de téléphone, numéros d'identité, positions GPS précises, texte libre, photos et liens vers des pièces jointes), avec un niveau de risque (élevé, moyen, faible), la raison et une protection suggérée. Les colonnes sont repérées par leur type XLSForm (si le formulaire est fourni), par les mots de leur nom en anglais et en français (une liste de mots-clés modifiable) et par la forme de leurs valeurs. Relisez la liste avant de partager : elle aide, elle ne garantit rien.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="165" />
      <source>Load my boundaries…</source>
      <translation>Charger mes limites…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="160" />
      <source>Load the sample's boundaries</source>
      <translation>Charger les limites de l'exemple</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="291" />
      <source>Location column</source>
      <translation>Colonne de position</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>Location: {location}.</source>
      <translation>Position : {location}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="60" />
      <source>Locations</source>
      <translation>Positions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="55" />
      <source>Locations and small groups</source>
      <translation>Positions et petits groupes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="117" />
      <source>Locations removed: the file holds no points.</source>
      <translation>Positions supprimées : le fichier ne contient aucun point.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="115" />
      <source>Log in with</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="39" />
      <source>Log rows</source>
      <translation>Lignes du journal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="65" />
      <source>Log rows kept as they are</source>
      <translation>Lignes du journal laissées telles quelles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="64" />
      <source>Log rows still pending</source>
      <translation>Lignes du journal encore en attente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="93" />
      <source>Login</source>
      <translation>Identifiants</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="89" />
      <source>Logo (optional)</source>
      <translation>Logo (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="87" />
      <source>Longer than {limit} minutes.</source>
      <translation>Plus de {limit} minutes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="267" />
      <source>Longest plausible interview</source>
      <translation>Durée d'entretien plausible maximale</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="164" />
      <source>Longest plausible interview (minutes)</source>
      <translation>Durée d'entretien plausible maximale (minutes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="52" />
      <source>Longitude {value} is outside -180..180.</source>
      <translation>La longitude {value} est hors de l'intervalle -180..180.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="69" />
      <source>Lower case letters, digits and _. Empty: made from the survey's name.</source>
      <translation>Lettres minuscules, chiffres et _. Vide : tiré du nom de l'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="94" />
      <source>MBTiles (*.mbtiles *.MBTILES)</source>
      <translation>MBTiles (*.mbtiles *.MBTILES)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="37" />
      <source>Make a map</source>
      <translation>Créer une carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="68" />
      <source>Make an offline basemap (MBTiles)</source>
      <translation>Créer un fond de carte hors ligne (MBTiles)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="328" />
      <source>Make it again when the source answers, before going to the field.</source>
      <translation>Refaites le fond de carte quand la source répond, avant de partir sur le terrain.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="88" />
      <source>Manifest</source>
      <translation>Manifeste</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="139" />
      <source>Manual classes need their limits, e.g. 10, 20, 50.</source>
      <translation>Les classes manuelles ont besoin de leurs limites, par ex. 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="122" />
      <source>Many areas share the same few values: quantile classes holding a single value ({values}) were merged, so the map has fewer classes than asked.</source>
      <translation>Beaucoup d'unités administratives partagent les mêmes quelques valeurs : les classes de quantiles ne contenant qu'une seule valeur ({values}) ont été fusionnées, la carte a donc moins de classes que demandé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Many submissions</source>
      <translation>Beaucoup de soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="440" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="87" />
      <source>Map author</source>
      <translation>Auteur de la carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>Map file</source>
      <translation>Fichier de la carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="246" />
      <source>Map reference: {reference}</source>
      <translation>Référence de la carte : {reference}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="107" />
      <source>Map type: choropleth (areas in colour classes), circles (proportional symbols) or heatmap (density of the survey points, admin areas as outlines)</source>
      <translation>Type de carte : choropleth (unités en classes de couleur), circles (symboles proportionnels) ou heatmap (densité des points d'enquête, unités administratives en contour)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="404" />
      <source>Map written to {file}.</source>
      <translation>Carte écrite dans {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="395" />
      <source>Map written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>Carte écrite dans {file}. La mise en page « {layout} » se trouve dans le projet (Projet &gt; Mises en page) pour des retouches manuelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="229" />
      <source>Map: {author}</source>
      <translation>Réalisation : {author}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="120" />
      <source>Maps</source>
      <translation>Cartes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="38" />
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. Class limits can be given by hand (BREAKS, e.g. 10, 20, 50). A heatmap shows where the survey points concentrate instead. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation>Cartographie un effectif (ou une part) par unité administrative en classes adaptées aux daltoniens, avec les points d'enquête par-dessus, dans une mise en page avec titre, légende, barre d'échelle, flèche du nord, carte de situation, sources, date, avertissement et système de coordonnées, et l'exporte à 300 ppp. Les limites de classes peuvent être saisies à la main (BREAKS, par ex. 10, 20, 50). Une carte de chaleur montre plutôt où se concentrent les points d'enquête. Le type de fichier suit l'extension : .pdf (vectoriel), .png ou .svg. Les textes suivent la langue choisie.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="48" />
      <source>Maximum number of tiles (0: no limit)</source>
      <translation>Nombre maximum de tuiles (0 : sans limite)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="43" />
      <source>Maximum zoom</source>
      <translation>Zoom maximum</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="210" />
      <source>Mean</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="189" />
      <source>Mean of “{question}”</source>
      <translation>Moyenne de « {question} »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="50" />
      <source>Mean of “{question}” per admin area</source>
      <translation>Moyenne de « {question} » par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="52" />
      <source>Mean per admin area</source>
      <translation>Moyenne par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Mean per area</source>
      <translation>Moyenne par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="363" />
      <source>Means from</source>
      <translation>Moyennes à partir de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="211" />
      <source>Median (less swayed by a few extreme answers)</source>
      <translation>Médiane (moins influencée par quelques réponses extrêmes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="187" />
      <source>Median of “{question}”</source>
      <translation>Médiane de « {question} »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="56" />
      <source>Median of “{question}” per admin area</source>
      <translation>Médiane de « {question} » par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="58" />
      <source>Median per admin area</source>
      <translation>Médiane par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Median per area</source>
      <translation>Médiane par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="22" />
      <source>Merge a returned field package</source>
      <translation>Fusionner un paquet de terrain revenu</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="88" />
      <source>Merged into {file}: {counts}.</source>
      <translation>Fusionné dans {file} : {counts}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="253" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="38" />
      <source>Minimum zoom</source>
      <translation>Zoom minimum</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="61" />
      <source>Minutes since start</source>
      <translation>Minutes depuis le début</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="61" />
      <source>Minutes since the last reset</source>
      <translation>Minutes depuis la dernière réinitialisation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="20" />
      <source>Missing required answers</source>
      <translation>Réponses obligatoires manquantes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="68" />
      <source>Move each point at random</source>
      <translation>Déplacer chaque point au hasard</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="120" />
      <source>Move points at random (displace)</source>
      <translation>Déplacer les points au hasard</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="94" />
      <source>Move points by {min:.0f} to {max:.0f} m at random.</source>
      <translation>Déplacer les points au hasard de {min:.0f} à {max:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="69" />
      <source>Moving points: the largest distance a point is moved, in metres (default 2000). More protects more but may move a point into another area: give the admin areas to keep points in their own.</source>
      <translation>Déplacement des points : la plus grande distance de déplacement d'un point, en mètres (par défaut 2000). Plus protège davantage mais peut déplacer un point dans une autre unité : donnez les unités administratives pour garder les points dans la leur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="65" />
      <source>Moving points: the smallest distance a point is moved, in metres (default 250). In a town 250 m hides a household among many; in scattered villages use more.</source>
      <translation>Déplacement des points : la plus petite distance de déplacement d'un point, en mètres (par défaut 250). En ville, 250 m cachent un ménage parmi beaucoup d'autres ; dans des villages dispersés, prenez plus.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="204" />
      <source>My usual key (pseudonyms match my other exports)</source>
      <translation>Ma clé habituelle (pseudonymes identiques à ceux de mes autres exports)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="75" />
      <source>Name field</source>
      <translation>Champ du nom</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="59" />
      <source>Name field of the admin areas</source>
      <translation>Champ du nom des unités administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="169" />
      <source>Name field of the admin areas (labels, atlas pages)</source>
      <translation>Champ du nom des unités administratives (étiquettes, pages de l'atlas)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="120" />
      <source>Name field of the admin boundaries</source>
      <translation>Champ du nom des limites administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="52" />
      <source>Name of the survey in the database</source>
      <translation>Nom de l'enquête dans la base de données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Natural breaks (Jenks)</source>
      <translation>Ruptures naturelles (Jenks)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="120" />
      <source>Natural breaks (Jenks) or limits of your own would suit these values better.</source>
      <translation>Les seuils naturels (Jenks) ou des limites choisies par vous conviendraient mieux à ces valeurs.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="75" />
      <source>Needs definition</source>
      <translation>Définition des besoins</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="205" />
      <source>New connection</source>
      <translation>Nouvelle connexion</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="48" />
      <source>New submissions</source>
      <translation>Nouvelles soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="36" />
      <source>New value</source>
      <translation>Nouvelle valeur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="45" />
      <source>Next &gt;</source>
      <translation>Suivant &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="245" />
      <source>Next page</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="93" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="40" />
      <source>No PostgreSQL connection is saved in QGIS yet: ask your database administrator for one and add it in the Browser (PostgreSQL &gt; New Connection).</source>
      <translation>Aucune connexion PostgreSQL n'est encore enregistrée dans QGIS : demandez-en une à l'administrateur de votre base de données et ajoutez-la dans l'Explorateur (PostgreSQL &gt; Nouvelle connexion).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="261" />
      <source>No XLSForm was given: column types were inferred from the values and choices have no labels.</source>
      <translation>Aucun XLSForm n'a été fourni : les types de colonnes ont été déduits des valeurs et les choix n'ont pas de libellés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="389" />
      <source>No admin boundaries in the project: this map counts the submissions per area. Load the sample's boundaries or your own.</source>
      <translation>Aucune limite administrative dans le projet : cette carte compte les soumissions par unité administrative. Chargez les limites de l'exemple ou les vôtres.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="224" />
      <source>No answer</source>
      <translation>Sans réponse</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="94" />
      <source>No answer of {field} is a number ({listed}): a mean or median needs a numeric question. Choose the question holding the numbers.</source>
      <translation>Aucune réponse de {field} n'est un nombre ({listed}) : une moyenne ou une médiane nécessite une question numérique. Choisissez la question qui contient les nombres.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="440" />
      <source>No area of {layer} has a value in {field}: no submission was counted in any of its areas, so the map shows every area without data. If the survey was made there, check the submissions' coordinates (latitude and longitude swapped, or the wrong coordinate reference system) and count them again (Count submissions by admin area).</source>
      <translation>Aucune unité de {layer} n'a de valeur dans {field} : aucune soumission n'a été comptée dans ses unités, donc la carte montre toutes les unités sans données. Si l'enquête a été faite là, vérifiez les coordonnées des soumissions (latitude et longitude inversées, ou mauvais système de coordonnées de référence) et comptez-les à nouveau (Compter les soumissions par unité administrative).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="366" />
      <source>No basemap source was given.</source>
      <translation>Aucune source de fond de carte n'a été indiquée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="217" />
      <source>No column is pseudonymised.</source>
      <translation>Aucune colonne n'est pseudonymisée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="292" />
      <source>No column looks like personal data. The check helps; it does not guarantee.</source>
      <translation>Aucune colonne ne semble contenir de données personnelles. Le contrôle aide ; il ne garantit rien.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="220" />
      <source>No connection: the page above has the essentials.</source>
      <translation>Pas de connexion : la page ci-dessus contient l'essentiel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="84" />
      <source>No copy of this form has been downloaded on this computer yet.</source>
      <translation>Aucune copie de ce formulaire n'a encore été téléchargée sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No data</source>
      <translation>Aucune donnée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="280" />
      <source>No file exists at the path typed in {label}: choose the file that holds the key, not the key.</source>
      <translation>Aucun fichier n'existe au chemin saisi dans {label} : choisissez le fichier qui contient la clé, pas la clé elle-même.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="189" />
      <source>No gazetteer name is close enough (best score {score}: {places}).</source>
      <translation>Aucun nom du répertoire géographique n'est assez proche (meilleur score {score} : {places}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="212" />
      <source>No image at {file}.</source>
      <translation>Aucune image à l'emplacement {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="424" />
      <source>No offline world map in {path}: install QGIS 3.18 or later, or give a basemap that can be reached.</source>
      <translation>Pas de carte du monde hors ligne dans {path} : installez QGIS 3.18 ou plus récent, ou indiquez un fond de carte joignable.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="150" />
      <source>No offline world map in {path}: the map has no background.</source>
      <translation>Pas de carte du monde hors ligne dans {path} : la carte n'a pas de fond.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="214" />
      <source>No online resource is listed for this step.</source>
      <translation>Aucune ressource en ligne n'est répertoriée pour cette étape.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="242" />
      <source>No output GeoPackage was given.</source>
      <translation>Aucun GeoPackage de sortie n'a été indiqué.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="102" />
      <source>No personal data at high risk was found in the surveys.</source>
      <translation>Aucune des enquêtes ne contient de données personnelles à risque élevé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="48" />
      <source>No place was named for {what}: write env:VARIABLE or file:PATH.</source>
      <translation>Aucun emplacement n'a été indiqué pour {what} : écrivez env:VARIABLE ou file:CHEMIN.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="55" />
      <source>No pseudonymisation key: create or choose one first.</source>
      <translation>Aucune clé de pseudonymisation : créez-en ou choisissez-en une d'abord.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="450" />
      <source>No server address was given.</source>
      <translation>Aucune adresse de serveur n'a été indiquée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="39" />
      <source>No space left on device</source>
      <translation>Aucun espace disponible sur le périphérique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="213" />
      <source>No submission answers {field}: the share of “{given}” is 0 % in every area with enough submissions.</source>
      <translation>Aucune soumission ne répond à {field} : la part de « {given} » est de 0 % dans chaque unité ayant assez de soumissions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="313" />
      <source>No submission falls in an area of {layer}: check the join (location or P-code) and the admin layer.</source>
      <translation>Aucune soumission ne tombe dans une unité de {layer} : vérifiez la jointure (position ou P-code) et la couche administrative.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="191" />
      <source>No submission gives the answer “{given}” to {field}, but {count} give “{code}”, the same written otherwise: “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>Aucune soumission ne donne la réponse « {given} » à {field}, mais {count} donnent « {code} », la même réponse écrite autrement : « {code} » a été comptée. Indiquez ANSWER_VALUE={code} pour la compter sans cet avertissement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="215" />
      <source>No submission gives the answer “{given}” to {field}: its share is 0 % in every area with enough submissions. The answers given are: {answers}. Check ANSWER_VALUE: it is the choice name the survey stores, not its label.</source>
      <translation>Aucune soumission ne donne la réponse « {given} » à {field} : sa part est de 0 % dans chaque unité ayant assez de soumissions. Les réponses données sont : {answers}. Vérifiez ANSWER_VALUE : c'est le nom de choix que l'enquête enregistre, pas son libellé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="207" />
      <source>No submission gives the answer “{given}” to {field}; it may be any of {codes} (written otherwise, or the same label). Give ANSWER_VALUE the one to count.</source>
      <translation>Aucune soumission ne donne la réponse « {given} » à {field} ; il peut s'agir de n'importe laquelle de ces réponses : {codes} (écrites autrement, ou avec le même libellé). Indiquez dans ANSWER_VALUE celle à compter.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="256" />
      <source>No submission has a value in {field}: nothing to aggregate.</source>
      <translation>Aucune soumission n'a de valeur dans {field} : rien à agréger.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="223" />
      <source>No submission has the uuid {uuid} in {layer}.</source>
      <translation>Aucune soumission n'a l'uuid {uuid} dans {layer}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="46" />
      <source>No submission of {points} lies in any area of {admin}: all %n submissions are outside every area, so every area counts 0 and a map of these counts is empty. If the survey was made in these areas, its latitude and longitude are most likely swapped, or {points} has the wrong coordinate reference system ({crs}): look at both layers on a map, fix the coordinates, and count again.</source>
      <translation>
        <numerusform>Aucune soumission de {points} ne se trouve dans une unité de {admin} : %n soumission est hors de toute unité, donc chaque unité compte 0 et une carte de ces comptages est vide. Si l'enquête a été faite dans ces unités, ses latitudes et longitudes sont très probablement inversées, ou {points} a un mauvais système de coordonnées de référence ({crs}) : regardez les deux couches sur une carte, corrigez les coordonnées et comptez à nouveau.</numerusform>
        <numerusform>Aucune soumission de {points} ne se trouve dans une unité de {admin} : les %n soumissions sont toutes hors de toute unité, donc chaque unité compte 0 et une carte de ces comptages est vide. Si l'enquête a été faite dans ces unités, ses latitudes et longitudes sont très probablement inversées, ou {points} a un mauvais système de coordonnées de référence ({crs}) : regardez les deux couches sur une carte, corrigez les coordonnées et comptez à nouveau.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No submissions</source>
      <translation>Aucune soumission</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="36" />
      <source>No such file or directory</source>
      <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="140" />
      <source>No survey layer in the project: import a survey first (step 1), or add the 'survey' layer of its GeoPackage.</source>
      <translation>Aucune couche d'enquête dans le projet : importez d'abord une enquête (étape 1), ou ajoutez la couche « survey » de son GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="371" />
      <source>No survey layer with points in the project: import a survey first (step 1).</source>
      <translation>Aucune couche d'enquête avec des points dans le projet : importez d'abord une enquête (étape 1).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="291" />
      <source>No tile could be made from {source} (no network, a server error, or only empty tiles).</source>
      <translation>Aucune tuile n'a pu être produite depuis {source} (pas de réseau, erreur du serveur, ou seulement des tuiles vides).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="194" />
      <source>No tiles: countries and admin boundaries only</source>
      <translation>Pas de tuiles : pays et limites administratives seulement</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="180" />
      <source>No translation file {file}: the map texts stay in English.</source>
      <translation>Pas de fichier de traduction {file} : les textes de la carte restent en anglais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="262" />
      <source>No warnings.</source>
      <translation>Aucun avertissement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="229" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="43" />
      <source>Not a directory</source>
      <translation>N'est pas un dossier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="316" />
      <source>Not run: choose the admin boundaries on the first page (Back) to check typed admin names. Without them, GPS points are checked against the area of interest below only when you tick it.</source>
      <translation>Non exécuté : choisissez les limites administratives sur la première page (Précédent) pour contrôler les noms d'unités administratives saisis. Sans elles, les points GPS ne sont comparés à la zone d'intérêt ci-dessous que si vous la cochez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="204" />
      <source>Not saved yet.</source>
      <translation>Pas encore enregistré.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="126" />
      <source>Nothing is changed in this layer: a protected copy is written at the end.</source>
      <translation>Rien n'est modifié dans cette couche : une copie protégée est écrite à la fin.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="218" />
      <source>Nothing was written.</source>
      <translation>Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="255" />
      <source>Number of classes</source>
      <translation>Nombre de classes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="213" />
      <source>Numeric question</source>
      <translation>Question numérique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="93" />
      <source>Numeric question for a mean or median (optional)</source>
      <translation>Question numérique pour une moyenne ou une médiane (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="78" />
      <source>ODK Central</source>
      <translation>ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="81" />
      <source>ODK Central keeps each repeat group apart: import its zip export, which holds one CSV per repeat group, or the submissions downloaded through OData with $expand=*.</source>
      <translation>ODK Central garde chaque groupe répété à part : importez son export zip, qui contient un CSV par groupe répété, ou les soumissions téléchargées via OData avec $expand=*.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="125" />
      <source>ODK Central needs an email and password, or an app-user token.</source>
      <translation>ODK Central demande un e-mail et un mot de passe, ou un jeton d'utilisateur mobile (app user).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="39" />
      <source>ODK Central server address</source>
      <translation>Adresse du serveur ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="70" />
      <source>Off (default): the columns found to hold personal data at high risk (names, phone numbers, GPS coordinates written out, photo links), the cleaning decisions and photos of those columns and the raw tables stay at the office; the merge keeps the office values of what was left out. On: the package carries them, for a field team that needs them, on an encrypted laptop only; delete the package from the laptop after the merge. Either way the points of the submissions stay exact.</source>
      <translation>Non coché (par défaut) : les colonnes où des données personnelles à risque élevé ont été trouvées (noms, numéros de téléphone, coordonnées GPS écrites dans une colonne, liens vers des photos), les décisions de nettoyage et les photos de ces colonnes ainsi que les tables brutes restent au bureau ; la fusion garde les valeurs du bureau pour ce qui a été laissé de côté. Coché : le paquet les contient, pour une équipe de terrain qui en a besoin, sur un ordinateur portable chiffré seulement ; supprimez le paquet de l'ordinateur après la fusion. Dans tous les cas, les points des soumissions restent exacts.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="54" />
      <source>Office survey GeoPackage</source>
      <translation>GeoPackage d'enquête du bureau</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="31" />
      <source>Offline basemap</source>
      <translation>Fond de carte hors ligne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="254" />
      <source>Offline basemap, zoom {low} to {high}: {estimate}</source>
      <translation>Fond de carte hors ligne, zoom {low} à {high} : {estimate}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="49" />
      <source>Offline help…</source>
      <translation>Aide hors ligne…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="125" />
      <source>One PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder beside the file</source>
      <translation>Un PDF par unité, nommé &lt;P-code&gt;_&lt;name&gt;.pdf, dans un dossier à côté du fichier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="90" />
      <source>Online resources of CartONG's resource centre for this step</source>
      <translation>Ressources en ligne du centre de ressources de CartONG pour cette étape</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="218" />
      <source>Online: the guide opens in your browser.</source>
      <translation>En ligne : le guide s'ouvre dans votre navigateur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="98" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the API token is, env:KOBO_TOKEN (an environment variable) or file:/home/me/kobo_token.txt (a file holding the token). Give the place, never the token itself: parameter values are kept in the Processing history and in models.</source>
      <translation>Seulement pour les exécutions sans la fenêtre de QGIS (qgis_process, tâches planifiées), où le mot de passe principal ne peut pas être demandé : où se trouve le jeton d'API, env:KOBO_TOKEN (une variable d'environnement) ou file:/home/me/kobo_token.txt (un fichier qui contient le jeton). Donnez l'emplacement, jamais le jeton lui-même : les valeurs des paramètres sont gardées dans l'historique de Processing et dans les modèles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="128" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the password or app-user token is, env:ODK_PASSWORD (an environment variable) or file:/home/me/odk_password.txt (a file holding it). Give the place, never the secret itself: parameter values are kept in the Processing history and in models.</source>
      <translation>Seulement pour les exécutions sans la fenêtre de QGIS (qgis_process, tâches planifiées), où le mot de passe principal ne peut pas être demandé : où se trouve le mot de passe ou le jeton d'utilisateur mobile, env:ODK_PASSWORD (une variable d'environnement) ou file:/home/me/odk_password.txt (un fichier qui le contient). Donnez l'emplacement, jamais le secret lui-même : les valeurs des paramètres sont gardées dans l'historique de Processing et dans les modèles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="134" />
      <source>Only with the place of a password above: the email of the ODK Central account the password belongs to, e.g. data.manager@example.org. Leave it empty when the place holds an app-user token.</source>
      <translation>Seulement avec l'emplacement d'un mot de passe ci-dessus : l'e-mail du compte ODK Central auquel le mot de passe appartient, p. ex. data.manager@example.org. Laissez-le vide quand l'emplacement contient un jeton d'utilisateur mobile.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="215" />
      <source>Open the Data protection wizard on the imported survey layer.</source>
      <translation>Ouvrir l'assistant Protection des données sur la couche d'enquête importée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="467" />
      <source>Open the README note</source>
      <translation>Ouvrir la note README</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="240" />
      <source>Open the folder</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="65" />
      <source>Open the last downloaded copy</source>
      <translation>Ouvrir la dernière copie téléchargée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="140" />
      <source>Open the layout…</source>
      <translation>Ouvrir la mise en page…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="103" />
      <source>Open the map when it is written</source>
      <translation>Ouvrir la carte une fois écrite</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="97" />
      <source>Open the online guide</source>
      <translation>Ouvrir le guide en ligne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="90" />
      <source>OpenStreetMap background when online (credited on the map)</source>
      <translation>Fond OpenStreetMap si connecté (crédité sur la carte)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="94" />
      <source>OpenStreetMap cannot be reached: the map uses the offline background.</source>
      <translation>OpenStreetMap est injoignable : la carte utilise le fond de carte hors ligne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="38" />
      <source>Operation not permitted</source>
      <translation>Opération non permise</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="91" />
      <source>Optional: one count per answer of this question.</source>
      <translation>Facultatif : un effectif par réponse à cette question.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="274" />
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="107" />
      <source>Or a key kept outside QGIS: env:VARIABLE or file:PATH holding 64 hexadecimal characters (runs without a desktop; no master password asked)</source>
      <translation>Ou une clé conservée hors de QGIS : env:VARIABLE ou file:CHEMIN contenant 64 caractères hexadécimaux (exécutions sans interface ; aucun mot de passe principal demandé)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="103" />
      <source>Or another file</source>
      <translation>Ou un autre fichier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="109" />
      <source>Other users of this computer can read {file}: restrict it (chmod 600).</source>
      <translation>D'autres utilisateurs de cet ordinateur peuvent lire {file} : restreignez-en l'accès (chmod 600).</translation>
    </message>
    <message>
      <source>Outlier fences (interquartile ranges)</source>
      <translation type="vanished">Bornes des valeurs aberrantes (écarts interquartiles)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="249" />
      <source>Outlier fences, in interquartile ranges: a number is flagged when it lies this many times the spread of the middle half of the answers below the first quartile or above the third. 1.5 is usual; 3 flags only extremes.</source>
      <translation>Barrières des valeurs aberrantes, en écarts interquartiles : un nombre est signalé quand il se trouve à plus de ce nombre de fois l'étendue de la moitié centrale des réponses sous le premier quartile ou au-dessus du troisième. 1,5 est l'usage ; 3 ne signale que les extrêmes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="184" />
      <source>Outlier fences: interquartile ranges beyond the quartiles</source>
      <translation>Bornes des valeurs aberrantes : nombre d'écarts interquartiles au-delà des quartiles</translation>
    </message>
    <message>
      <source>Outlier threshold (robust z-score)</source>
      <translation type="vanished">Seuil des valeurs aberrantes (score z robuste)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="188" />
      <source>Outlier threshold: robust z-score</source>
      <translation>Seuil des valeurs aberrantes : score z robuste</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="21" />
      <source>Outliers</source>
      <translation>Valeurs aberrantes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="123" />
      <source>Output GeoPackage</source>
      <translation>GeoPackage de sortie</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="177" />
      <source>Output file</source>
      <translation>Fichier de sortie</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="85" />
      <source>Output folder (empty or new)</source>
      <translation>Dossier de sortie (vide ou nouveau)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="52" />
      <source>Outside the form's constraint '{constraint}'.</source>
      <translation>Hors de la contrainte du formulaire « {constraint} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="455" />
      <source>P-code</source>
      <translation>P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="74" />
      <source>P-code field</source>
      <translation>Champ P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="163" />
      <source>P-code field naming the atlas pages</source>
      <translation>Champ P-code pour nommer les pages de l'atlas</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="54" />
      <source>P-code field of the admin areas</source>
      <translation>Champ P-code des unités administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="115" />
      <source>P-code field of the admin boundaries</source>
      <translation>Champ P-code des limites administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="65" />
      <source>P-code field of the submissions (empty: join by location)</source>
      <translation>Champ P-code des soumissions (vide : jointure par position)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="159" />
      <source>P-code of each submission</source>
      <translation>P-code de chaque soumission</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="227" />
      <source>P-code of no admin area</source>
      <translation>P-code d'aucune unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;Image PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="89" />
      <source>PDF (vector, for print)</source>
      <translation>PDF (vectoriel, pour l'impression)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="79" />
      <source>PDF keeps texts sharp and searchable for print; PNG is an image for reports and messages; SVG is for designers. The layout also stays in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>Le PDF garde des textes nets et consultables pour l'impression ; le PNG est une image pour les rapports et les messages ; le SVG est destiné aux graphistes. La mise en page reste aussi dans le projet (Projet &gt; Mises en page) pour des retouches manuelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="90" />
      <source>PNG image</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PNG image (*.png)</source>
      <translation>Image PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="86" />
      <source>Package folder</source>
      <translation>Dossier du paquet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="259" />
      <source>Package name</source>
      <translation>Nom du paquet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="87" />
      <source>Package zip</source>
      <translation>Zip du paquet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="79" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="241" />
      <source>Page {page}: {records} of {total} submissions downloaded.</source>
      <translation>Page {page} : {records} soumissions téléchargées sur {total}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="38" />
      <source>Page, language and the texts around the map. The date, scale bar, north arrow, coordinate system and disclaimer are added for you.</source>
      <translation>Page, langue et textes autour de la carte. La date, la barre d'échelle, la flèche du nord, le système de coordonnées et l'avertissement sont ajoutés automatiquement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="101" />
      <source>Page: a4_landscape, a4_portrait, a3_landscape or a3_portrait</source>
      <translation>Page : a4_landscape (A4 paysage), a4_portrait (A4 portrait), a3_landscape (A3 paysage) ou a3_portrait (A3 portrait)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="101" />
      <source>Paper size and orientation: a4_landscape (default), a4_portrait, a3_landscape or a3_portrait. A3 suits wall maps.</source>
      <translation>Taille et orientation du papier : a4_landscape (par défaut), a4_portrait, a3_landscape ou a3_portrait. L'A3 convient aux cartes murales.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="76" />
      <source>Parent P-code field</source>
      <translation>Champ P-code parent</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="126" />
      <source>Parent P-code field of the admin boundaries</source>
      <translation>Champ P-code parent des limites administratives</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="106" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="234" />
      <source>Pending rows change nothing. Decide them (Back), or send the exported log to the field team, then apply again: the cleaned layer is rebuilt from the imported data each time.</source>
      <translation>Les lignes en attente ne changent rien. Décidez-les (Précédent), ou envoyez le journal exporté à l'équipe de terrain, puis appliquez de nouveau : la couche nettoyée est reconstruite à partir des données importées à chaque fois.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="241" />
      <source>Percentages from</source>
      <translation>Pourcentages à partir de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="37" />
      <source>Permission denied</source>
      <translation>Permission refusée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="53" />
      <source>Person name</source>
      <translation>Nom de personne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="145" />
      <source>Personal data at high risk in the survey layer: {columns}. Protect these columns (Data protection, or cartong:exportforsharing) before sharing the file.</source>
      <translation>Données personnelles à risque élevé dans la couche d'enquête : {columns}. Protégez ces colonnes (Protection des données, ou cartong:exportforsharing) avant de partager le fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="281" />
      <source>Personal data could not be looked for: {error}</source>
      <translation>La recherche de données personnelles n'a pas pu être faite : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="163" />
      <source>Personal data found</source>
      <translation>Données personnelles trouvées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="54" />
      <source>Phone number</source>
      <translation>Numéro de téléphone</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="59" />
      <source>Photo or attachment</source>
      <translation>Photo ou pièce jointe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="65" />
      <source>Place of residence</source>
      <translation>Lieu de résidence</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="86" />
      <source>Platform</source>
      <translation>Plateforme</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="71" />
      <source>Point: latitude {lat}, longitude {lon}.</source>
      <translation>Point : latitude {lat}, longitude {lon}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="56" />
      <source>Points coloured by the answer to a question</source>
      <translation>Points colorés selon la réponse à une question</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="109" />
      <source>Points kept in their admin area; {rows} could not be and may lie in a neighbouring area.</source>
      <translation>Points maintenus dans leur unité administrative ; {rows} n'ont pas pu l'être et peuvent se trouver dans une unité voisine.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="29" />
      <source>Points outside every area, or in another area than the one answered, are flagged, and typed admin names are matched to their P-codes.</source>
      <translation>Les points en dehors de toute unité, ou dans une autre unité que celle répondue, sont signalés, et les noms d'unités administratives saisis sont rapprochés de leurs P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="53" />
      <source>Portrait</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="154" />
      <source>Possible personal data ({risk} risk): {column}. {reason}</source>
      <translation>Données personnelles possibles (risque : {risk}) : {column}. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="20" />
      <source>PostgreSQL connection</source>
      <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="129" />
      <source>PostgreSQL did not accept the login for {target}: {detail}. Store the user name and password in an authentication configuration of the connection (Browser &gt; PostgreSQL &gt; Edit connection &gt; Authentication), then try again.</source>
      <translation>PostgreSQL n'a pas accepté l'identification pour {target} : {detail}. Enregistrez le nom d'utilisateur et le mot de passe dans une configuration d'authentification de la connexion (Explorateur &gt; PostgreSQL &gt; Modifier la connexion &gt; Authentification), puis réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="211" />
      <source>PostgreSQL refused row {row} of the table {table}, column {column}: {detail}.</source>
      <translation>PostgreSQL a refusé la ligne {row} de la table {table}, colonne {column} : {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="215" />
      <source>PostgreSQL refused row {row} of the table {table}: {detail}.</source>
      <translation>PostgreSQL a refusé la ligne {row} de la table {table} : {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="162" />
      <source>PostgreSQL refused {doing} in {target}: {detail}</source>
      <translation>PostgreSQL a refusé {doing} dans {target} : {detail}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="152" />
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role, named after its schema: for a schema household_2026, household_2026_viewer to read it, household_2026_reviewer to record cleaning decisions (GRANT household_2026_reviewer TO your_login).</source>
      <translation>PostgreSQL a refusé {doing} dans {target} : {detail}. Demandez à l'administrateur de la base le rôle de l'enquête, nommé d'après son schéma : pour un schéma household_2026, household_2026_viewer pour la lire, household_2026_reviewer pour enregistrer des décisions de nettoyage (GRANT household_2026_reviewer TO your_login).</translation>
    </message>
    <message>
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role: &lt;schema&gt;_viewer to read it, &lt;schema&gt;_reviewer to record cleaning decisions (GRANT &lt;role&gt; TO &lt;you&gt;).</source>
      <translation type="vanished">PostgreSQL a refusé {doing} dans {target} : {detail}. Demandez à l'administrateur de la base le rôle de l'enquête : &lt;schema&gt;_viewer pour la lire, &lt;schema&gt;_reviewer pour enregistrer des décisions de nettoyage (GRANT &lt;role&gt; TO &lt;you&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="161" />
      <source>Precision worse than {limit} m.</source>
      <translation>Précision moins bonne que {limit} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="31" />
      <source>Prepare a field package (offline)</source>
      <translation>Préparer un paquet de terrain (hors ligne)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="397" />
      <source>Prepare for the field</source>
      <translation>Préparer pour le terrain</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="197" />
      <source>Prepare for the field…</source>
      <translation>Préparer pour le terrain…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="310" />
      <source>Preparing the field package</source>
      <translation>Préparation du paquet de terrain</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="267" />
      <source>Preparing the package</source>
      <translation>Préparation du paquet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="198" />
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="56" />
      <source>Problems in the help catalogue…</source>
      <translation>Problèmes dans le catalogue d'aide…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="47" />
      <source>Project ID</source>
      <translation>ID du projet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="51" />
      <source>Proportional circles: submissions per admin area</source>
      <translation>Cercles proportionnels : soumissions par unité</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="213" />
      <source>Protect personal data…</source>
      <translation>Protéger les données personnelles…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="118" />
      <source>Protection of locations</source>
      <translation>Protection des positions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="178" />
      <source>Pseudonymisation key</source>
      <translation>Clé de pseudonymisation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="100" />
      <source>Pseudonymisation key (empty: your default key, created if needed)</source>
      <translation>Clé de pseudonymisation (vide : votre clé par défaut, créée si nécessaire)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Pseudonymise</source>
      <translation>Pseudonymiser</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="86" />
      <source>Pseudonymise: {columns}</source>
      <translation>Pseudonymiser : {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="82" />
      <source>Put the training folder back as it was at the start</source>
      <translation>Remettre le dossier de formation dans son état de départ</translation>
    </message>
    <message>
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. Bring the package back with 'Merge a returned field package'.</source>
      <translation type="vanished">Réunit dans un dossier et un zip tout ce dont une équipe de terrain a besoin pour travailler sans réseau : le projet QGIS (chemins relatifs), les GeoPackages d'enquête avec leurs pièces jointes, les limites administratives, les styles, les mises en page, un fond de carte hors ligne de la zone (ou un fond vectoriel si aucune tuile ne peut être produite), l'aide hors ligne dans la langue choisie et le catalogue de formation. manifest.json donne la taille et le sha256 de chaque fichier. Le dossier de sortie doit être vide ou nouveau. Les pièces jointes manquantes sont listées dans le journal et le manifeste. Rapportez le paquet avec « Fusionner un paquet de terrain revenu ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="34" />
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. The personal data at high risk (names, phone numbers, GPS coordinates written out, photo links) and the raw tables stay at the office unless you include them; the manifest says what was left out. Bring the package back with 'Merge a returned field package'.</source>
      <translation>Réunit dans un dossier et un zip tout ce dont une équipe de terrain a besoin pour travailler sans réseau : le projet QGIS (chemins relatifs), les GeoPackages d'enquête avec leurs pièces jointes, les limites administratives, les styles, les mises en page, un fond de carte hors ligne de la zone (ou un fond vectoriel si aucune tuile ne peut être produite), l'aide hors ligne dans la langue choisie et le catalogue de formation. manifest.json donne la taille et le sha256 de chaque fichier. Le dossier de sortie doit être vide ou nouveau. Les pièces jointes manquantes sont listées dans le journal et le manifeste. Les données personnelles à risque élevé (noms, numéros de téléphone, coordonnées GPS écrites dans une colonne, liens vers des photos) et les tables brutes restent au bureau, sauf si vous les incluez ; le manifeste indique ce qui a été laissé de côté. Rapportez le paquet avec « Fusionner un paquet de terrain revenu ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="312" />
      <source>QGIS could not export the map to {file} ({error}): check that the folder is writable and the disk not full.</source>
      <translation>QGIS n'a pas pu exporter la carte vers {file} ({error}) : vérifiez que le dossier est accessible en écriture et que le disque n'est pas plein.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="85" />
      <source>QGIS could not load the layout template {file}.</source>
      <translation>QGIS n'a pas pu charger le modèle de mise en page {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="256" />
      <source>QGIS did not write every page of the atlas into {folder}; nothing was kept.</source>
      <translation>QGIS n'a pas écrit toutes les pages de l'atlas dans {folder} ; rien n'a été conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="96" />
      <source>QGIS has no PostgreSQL connection named '{name}'. Known connections: {names}. Add it in the Browser (PostgreSQL &gt; New Connection) or give a connection string such as service=survey.</source>
      <translation>QGIS n'a pas de connexion PostgreSQL nommée « {name} ». Connexions connues : {names}. Ajoutez-la dans l'Explorateur (PostgreSQL &gt; Nouvelle connexion) ou donnez une chaîne de connexion comme service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="48" />
      <source>QGIS stays usable during the download. If it fails or is cancelled, the GeoPackage is left as it was.</source>
      <translation>QGIS reste utilisable pendant le téléchargement. En cas d'échec ou d'annulation, le GeoPackage reste inchangé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="118" />
      <source>QGIS stays usable while the checks run. Nothing is written until you save the log on the next page.</source>
      <translation>QGIS reste utilisable pendant les contrôles. Rien n'est écrit tant que vous n'avez pas enregistré le journal à la page suivante.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="171" />
      <source>QGIS's 'Generate XYZ tiles (MBTiles)' algorithm is not available: enable the Processing plugin and try again.</source>
      <translation>L'algorithme de QGIS « Générer des tuiles XYZ (MBTiles) » n'est pas disponible : activez l'extension Traitements et réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="218" />
      <source>QGIS's tile algorithm failed on this area (the details are in the log, CartONG tab).</source>
      <translation>L'algorithme de tuiles de QGIS a échoué sur cette zone (les détails sont dans le journal des messages, onglet CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="197" />
      <source>QGIS's tile algorithm stopped.</source>
      <translation>L'algorithme de tuiles de QGIS s'est arrêté.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>Quantiles</source>
      <translation>Quantiles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="34" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="73" />
      <source>Question for a share of answers (optional)</source>
      <translation>Question pour une part des réponses (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="159" />
      <source>Question to count answers of (optional)</source>
      <translation>Question dont compter les réponses (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="232" />
      <source>Questions that together identify a household, e.g. household id and date: two submissions with the same values are flagged</source>
      <translation>Questions qui, ensemble, identifient un ménage, par ex. identifiant du ménage et date : deux soumissions ayant les mêmes valeurs sont signalées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="188" />
      <source>README beside the shared file</source>
      <translation>README à côté du fichier partagé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="250" />
      <source>Rare combinations of {columns} were blanked, but the file keeps its points: a point can show the area or place a blanked value stood for, so the count of {k} rows does not hold for the file. To share rare areas, count by admin area or remove the locations.</source>
      <translation>Les combinaisons rares de {columns} ont été effacées, mais le fichier garde ses points : un point peut montrer la zone ou le lieu que désignait une valeur effacée, si bien que la règle des {k} lignes ne vaut pas pour le fichier. Pour partager des zones rares, comptez par unité administrative ou retirez les localisations.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="87" />
      <source>Rare combinations of {columns}: {values} values blanked in {rows} rows (k = {k}).</source>
      <translation>Combinaisons rares de {columns} : {values} valeurs effacées dans {rows} lignes (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="44" />
      <source>Read a KoboToolbox, ODK or ONA export with its XLSForm into a GeoPackage.</source>
      <translation>Lire un export KoboToolbox, ODK ou ONA avec son XLSForm dans un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Read the note before sending the file: it travels with it.</source>
      <translation>Lisez la note avant d'envoyer le fichier : elle l'accompagne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="40" />
      <source>Read-only file system</source>
      <translation>Système de fichiers accessible en lecture seulement</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="221" />
      <source>Reading the file was cancelled. Click Back, then Next to read it again.</source>
      <translation>La lecture du fichier a été annulée. Cliquez sur Précédent, puis sur Suivant pour le relire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="182" />
      <source>Reading the file…</source>
      <translation>Lecture du fichier…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="238" />
      <source>Reading {file}</source>
      <translation>Lecture de {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="316" />
      <source>Reading {layer}...</source>
      <translation>Lecture de {layer}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="35" />
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, KoboToolbox or ODK Central submissions saved as JSON, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group (also for repeats flattened into columns such as kids[1]/name), a metadata table and the columns as received (cartong_columns: names, HXL hashtags). Rows without a location are kept without geometry and counted; HXL hashtag rows and empty rows at the end are not submissions. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation>Lit un export d'enquête (CSV séparé par ; ou ,, XLSX avec feuilles de répétition, zip ODK Central, soumissions KoboToolbox ou ODK Central enregistrées en JSON, ou fichier GeoJSON) et, s'il est fourni, le XLSForm avec lequel il a été collecté. Écrit un GeoPackage contenant la table brute exactement telle que reçue, une couche typée « survey » (nombres, dates, libellés des choix dans la langue choisie à côté des codes, points en EPSG:4326), une table par groupe de répétition (aussi pour les répétitions aplaties en colonnes comme kids[1]/name), une table de métadonnées et les colonnes telles que reçues (cartong_columns : noms, hashtags HXL). Les lignes sans localisation sont conservées sans géométrie et comptées ; les lignes de hashtags HXL et les lignes vides en fin de fichier ne sont pas des soumissions. Sans formulaire, les types de colonnes sont déduits des valeurs. Un XLSX est lu à partir de sa première feuille visible (les feuilles masquées sont ignorées), sauf si SHEET en nomme une autre.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values.</source>
      <translation type="vanished">Lit un export d'enquête (CSV séparé par des points-virgules ou des virgules, XLSX avec feuilles de répétition, zip ODK Central ou fichier GeoJSON) et, s'il est fourni, le XLSForm avec lequel il a été collecté. Écrit un GeoPackage contenant la table brute telle que reçue, une couche typée « survey » (nombres, dates, libellés des choix dans la langue choisie à côté des codes, points en EPSG:4326), une table par groupe répété et une table de métadonnées. Les lignes sans position sont conservées sans géométrie et comptées. Sans formulaire, les types de colonnes sont déduits des valeurs.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation type="vanished">Lit un export d'enquête (CSV séparé par des points-virgules ou des virgules, XLSX avec feuilles de répétition, zip ODK Central ou fichier GeoJSON) et, s'il est fourni, le XLSForm avec lequel il a été collecté. Écrit un GeoPackage contenant la table brute telle que reçue, une couche typée « survey » (nombres, dates, libellés des choix dans la langue choisie à côté des codes, points en EPSG:4326), une table par groupe répété et une table de métadonnées. Les lignes sans position sont conservées sans géométrie et comptées. Sans formulaire, les types de colonnes sont déduits des valeurs. Un XLSX est lu dans sa première feuille visible (les feuilles masquées sont ignorées), sauf si SHEET en nomme une autre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="60" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="124" />
      <source>Remove links and attachment file names</source>
      <translation>Supprimer les liens et les noms de fichiers des pièces jointes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="111" />
      <source>Remove links and attachment file names.</source>
      <translation>Supprimer les liens et les noms de fichiers des pièces jointes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="184" />
      <source>Remove links and attachment names</source>
      <translation>Supprimer les liens et les noms de pièces jointes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="123" />
      <source>Remove locations</source>
      <translation>Supprimer les positions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="71" />
      <source>Remove the locations</source>
      <translation>Supprimer les positions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="98" />
      <source>Remove the locations.</source>
      <translation>Supprimer les positions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="55" />
      <source>Remove the submission</source>
      <translation>Supprimer la soumission</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="85" />
      <source>Remove: {columns}</source>
      <translation>Supprimer : {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="90" />
      <source>Repeat groups (tables of their own): {repeats}.</source>
      <translation>Groupes répétés (tables à part) : {repeats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="65" />
      <source>Repeat rows added to submissions</source>
      <translation>Lignes de répétition ajoutées aux soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="250" />
      <source>Replace (download every submission again)</source>
      <translation>Remplacer (télécharger de nouveau toutes les soumissions)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="41" />
      <source>Replace it even when it holds another survey or decisions</source>
      <translation>Le remplacer même s'il contient une autre enquête ou des décisions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="63" />
      <source>Replace the existing file?</source>
      <translation>Remplacer le fichier existant ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="71" />
      <source>Replace the schema if it exists</source>
      <translation>Remplacer le schéma s'il existe</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="159" />
      <source>Replacing {schema} would lose %n decisions saved there by {who} that {file} does not hold. Nothing was written. Bring the survey back to a GeoPackage first (Bring a shared survey back to a GeoPackage) and run the checks there, or run the checks on the survey layer of the database, which keeps the decisions; to drop them, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>
        <numerusform>Remplacer {schema} ferait perdre %n décision qui y a été enregistrée par {who} et que {file} ne contient pas. Rien n'a été écrit. Ramenez d'abord l'enquête dans un GeoPackage (Ramener une enquête partagée dans un GeoPackage) et lancez-y les contrôles, ou lancez les contrôles sur la couche d'enquête de la base de données, qui garde les décisions ; pour l'abandonner, choisissez aussi « Le remplacer même s'il contient une autre enquête ou des décisions ».</numerusform>
        <numerusform>Remplacer {schema} ferait perdre %n décisions qui y ont été enregistrées par {who} et que {file} ne contient pas. Rien n'a été écrit. Ramenez d'abord l'enquête dans un GeoPackage (Ramener une enquête partagée dans un GeoPackage) et lancez-y les contrôles, ou lancez les contrôles sur la couche d'enquête de la base de données, qui garde les décisions ; pour les abandonner, choisissez aussi « Le remplacer même s'il contient une autre enquête ou des décisions ».</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="81" />
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="257" />
      <source>Reset opens the training project again: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>Réinitialiser rouvre le projet de formation : {project}, avec sa couche (%n), sera fermé. L'enregistrer d'abord ?</numerusform>
        <numerusform>Réinitialiser rouvre le projet de formation : {project}, avec ses %n couches, sera fermé. L'enregistrer d'abord ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Reset the training</source>
      <translation>Réinitialiser la formation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="281" />
      <source>Reset without saving</source>
      <translation>Réinitialiser sans enregistrer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="93" />
      <source>Resets: {times}</source>
      <translation>Réinitialisations : {times}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="108" />
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="188" />
      <source>Resolution (dpi)</source>
      <translation>Résolution (ppp)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="146" />
      <source>Resolution of the export in dots per inch: 300 (default) for print, 150 for screens and e-mail, up to 1200. Higher is sharper and heavier: an A3 page in PNG at 600 dpi is about 7000 x 9900 pixels.</source>
      <translation>Résolution de l'export en points par pouce : 300 (par défaut) pour l'impression, 150 pour les écrans et l'e-mail, jusqu'à 1200. Plus haut est plus net et plus lourd : une page A3 en PNG à 600 dpi fait environ 7000 x 9900 pixels.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="47" />
      <source>Returned field package (zip, manifest.json or GeoPackage)</source>
      <translation>Paquet de terrain revenu (zip, manifest.json ou GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Review sheet</source>
      <translation>Feuille de revue</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheet (CSV or XLSX)</source>
      <translation>Feuille de revue (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheets (*.xlsx *.csv)</source>
      <translation>Feuilles de revue (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="235" />
      <source>Review the cleaning log</source>
      <translation>Examiner le journal de nettoyage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="41" />
      <source>Reviewer</source>
      <translation>Relu par</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="57" />
      <source>Reviewer role</source>
      <translation>Rôle de relecteur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="256" />
      <source>Robust z-score: how many typical deviations (median absolute deviation) a number lies from the median. 3.5 is usual.</source>
      <translation>Score z robuste : à combien d'écarts typiques (écart absolu médian) un nombre se trouve de la médiane. 3,5 est l'usage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Round numbers as class limits.</source>
      <translation>Nombres ronds comme limites de classes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Rounded breaks</source>
      <translation>Bornes arrondies</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="44" />
      <source>Row {row} of the cleaning log</source>
      <translation>Ligne {row} du journal de nettoyage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="42" />
      <source>Row {row} of the cleaning log {file}</source>
      <translation>Ligne {row} du journal de nettoyage {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="47" />
      <source>Row {row} of the cleaning log {file} changes {column}, the label the import derives from {answer}: it was applied to {answer} (new value '{code}'), and the label follows.</source>
      <translation>La ligne {row} du journal de nettoyage {file} modifie {column}, le libellé que l'import déduit de {answer} : elle a été appliquée à {answer} (nouvelle valeur « {code} »), et le libellé suit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="52" />
      <source>Row {row} of the cleaning log {file} empties {column}, the label the import derives from {answer}: {answer} was emptied, and the label follows.</source>
      <translation>La ligne {row} du journal de nettoyage {file} vide {column}, le libellé que l'import déduit de {answer} : {answer} a été vidé, et le libellé suit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="151" />
      <source>Row {row} of the cleaning log {file} has {count} cells for {columns} columns: a value holds the separator (a decimal comma in a comma-separated file?). Put that value in quotes, or save the log with semicolons.</source>
      <translation>La ligne {row} du journal de nettoyage {file} a {count} cellules pour {columns} colonnes : une valeur contient le séparateur (une virgule décimale dans un fichier séparé par des virgules ?). Mettez cette valeur entre guillemets, ou enregistrez le journal avec des points-virgules.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="35" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}) and each has {column} '{old}': each was removed.</source>
      <translation>
        <numerusform>Ligne {row} du journal de nettoyage {file} : %n soumission a l'uuid {uuid} ({ids}) et a {column} « {old} » : elle a été supprimée.</numerusform>
        <numerusform>Ligne {row} du journal de nettoyage {file} : %n soumissions ont l'uuid {uuid} ({ids}) et chacune a {column} « {old} » : chacune a été supprimée.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="113" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}); {column} was changed in each of them.</source>
      <translation>
        <numerusform>Ligne {row} du journal de nettoyage {file} : %n soumission a l'uuid {uuid} ({ids}) ; {column} a été modifié dans chacune d'elles.</numerusform>
        <numerusform>Ligne {row} du journal de nettoyage {file} : %n soumissions ont l'uuid {uuid} ({ids}) ; {column} a été modifié dans chacune d'elles.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_times.py" line="87" />
      <source>Row {row} of the cleaning log {file}: '{value}' has no UTC offset, and {column} is kept in UTC while the survey gives no offset for that submission. Write it with its offset, e.g. 2021-07-05T10:40:00+03:00 (Z for UTC).</source>
      <translation>Ligne {row} du journal de nettoyage {file} : « {value} » n'a pas de décalage UTC, et {column} est conservé en UTC alors que l'enquête ne donne pas de décalage pour cette soumission. Écrivez la valeur avec son décalage, p. ex. 2021-07-05T10:40:00+03:00 (Z pour UTC).</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log {file}: '{value}' is not a valid value for the field {field}.</source>
      <translation type="vanished">Ligne {row} du journal de nettoyage {file} : « {value} » n'est pas une valeur valide pour le champ {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="325" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is already removed by row {first}.</source>
      <translation>Ligne {row} du journal de nettoyage {file} : la soumission {uuid} est déjà supprimée par la ligne {first}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="317" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is no longer duplicated in this layer (the row was already applied, or its other copies are gone): it was kept.</source>
      <translation>Ligne {row} du journal de nettoyage {file} : la soumission {uuid} n'est plus en doublon dans cette couche (la ligne a déjà été appliquée, ou ses autres copies ont disparu) : elle a été conservée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="45" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was changed.</source>
      <translation>Ligne {row} du journal de nettoyage {file} : {count} soumissions ont l'uuid {uuid} ({ids}) ; seule la soumission {id}, dont {column} vaut « {old} », a été modifiée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="50" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was removed.</source>
      <translation>Ligne {row} du journal de nettoyage {file} : {count} soumissions ont l'uuid {uuid} ({ids}) ; seule la soumission {id}, dont {column} vaut « {old} », a été supprimée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="443" />
      <source>Row {row} of the cleaning log {file}: {problem}; the row was skipped.</source>
      <translation>Ligne {row} du journal de nettoyage {file} : {problem} ; la ligne a été ignorée.</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log: '{value}' is not a valid value for {column}.</source>
      <translation type="vanished">Ligne {row} du journal de nettoyage : « {value} » n'est pas une valeur valide pour {column}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="54" />
      <source>Row {row} of the export file {file}: {problem}. Its decision cannot be read: the file was not replaced.</source>
      <translation>Ligne {row} du fichier d'export {file} : {problem}. Sa décision ne peut pas être lue : le fichier n'a pas été remplacé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="354" />
      <source>Row {row} of the review sheet {file}: {problem}; its decision was not saved.</source>
      <translation>Ligne {row} de la feuille de revue {file} : {problem} ; sa décision n'a pas été enregistrée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="158" />
      <source>Row {row} of the sheet {sheet} of {file}: {problem}; the cell was read as empty.</source>
      <translation>Ligne {row} de la feuille {sheet} de {file} : {problem} ; la cellule a été lue comme vide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="318" />
      <source>Row {row} of the survey sheet of {file}: '{name}' has no type; ignored.</source>
      <translation>Ligne {row} de la feuille survey de {file} : « {name} » n'a pas de type ; ignorée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="349" />
      <source>Row {row} of the survey sheet of {file}: '{type}' names no choice list.</source>
      <translation>Ligne {row} de la feuille survey de {file} : « {type} » n'indique aucune liste de choix.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="340" />
      <source>Row {row} of the survey sheet of {file}: '{type}' without a matching begin.</source>
      <translation>Ligne {row} de la feuille survey de {file} : « {type} » sans « begin » correspondant.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="472" />
      <source>Row {row} of the survey sheet of {file}: the loop '{name}' runs over the list '{list}', which has no choices; its questions are ignored.</source>
      <translation>Ligne {row} de la feuille survey de {file} : la boucle « {name} » parcourt la liste « {list} », qui n'a aucun choix ; ses questions sont ignorées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="412" />
      <source>Row {row} of the survey sheet of {file}: the name '{name}' is used twice.</source>
      <translation>Ligne {row} de la feuille survey de {file} : le nom « {name} » est utilisé deux fois.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="184" />
      <source>Row {row} of the table {table}, column {column}: the text is not valid UTF-8 (another program wrote it), and PostgreSQL cannot store it. Nothing was written. Correct that value in the GeoPackage, or import the survey again from its export.</source>
      <translation>Ligne {row} de la table {table}, colonne {column} : le texte n'est pas de l'UTF-8 valide (un autre programme l'a écrit), et PostgreSQL ne peut pas le stocker. Rien n'a été écrit. Corrigez cette valeur dans le GeoPackage, ou importez à nouveau l'enquête depuis son export.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="128" />
      <source>Row {row} of {file}, column change_type: '{value}' is not one of {allowed}.</source>
      <translation>Ligne {row} de {file}, colonne change_type : « {value} » n'est pas l'une des valeurs {allowed}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="140" />
      <source>Row {row} of {file}, column {column}: '{value}' is not a number; keep the log_id and version columns as exported.</source>
      <translation>Ligne {row} de {file}, colonne {column} : « {value} » n'est pas un nombre ; gardez les colonnes log_id et version telles qu'exportées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="322" />
      <source>Row {row}, column {column}: {message}</source>
      <translation>Ligne {row}, colonne {column} : {message}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="33" />
      <source>Rows copied</source>
      <translation>Lignes copiées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="226" />
      <source>Rows in the cleaning log</source>
      <translation>Lignes du journal de nettoyage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="132" />
      <source>Rows in the log</source>
      <translation>Lignes du journal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="230" />
      <source>Rows raised by the check: {check}</source>
      <translation>Lignes signalées par le contrôle : {check}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="96" />
      <source>Rows unchanged</source>
      <translation>Lignes inchangées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="228" />
      <source>Rows waiting for a decision</source>
      <translation>Lignes en attente de décision</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="189" />
      <source>Rows written</source>
      <translation>Lignes écrites</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="296" />
      <source>Rows {first} and {row} of the cleaning log {file} give {column} of {uuid} different values ('{value}', then '{new}'): the last one is applied.</source>
      <translation>Les lignes {first} et {row} du journal de nettoyage {file} donnent à {column} de {uuid} des valeurs différentes (« {value} », puis « {new} ») : la dernière est appliquée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="63" />
      <source>Run data-quality checks</source>
      <translation>Lancer les contrôles de qualité des données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="117" />
      <source>Run the checks</source>
      <translation>Lancer les contrôles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>SVG (*.svg)</source>
      <translation>SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="91" />
      <source>SVG (for designers)</source>
      <translation>SVG (pour les graphistes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="95" />
      <source>Same {keys} as submission {uuid}.</source>
      <translation>Mêmes valeurs de {keys} que la soumission {uuid}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="213" />
      <source>Save a new key to a file…</source>
      <translation>Enregistrer une nouvelle clé dans un fichier…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="95" />
      <source>Save each repeat group's own CSV beside this file, named {stem}-&lt;repeat&gt;.csv, and import it again.</source>
      <translation>Enregistrez le CSV propre à chaque groupe répété à côté de ce fichier, sous le nom {stem}-&lt;repeat&gt;.csv, puis importez de nouveau ce fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="68" />
      <source>Save review decisions in the shared cleaning log</source>
      <translation>Enregistrer les décisions de revue dans le journal de nettoyage partagé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="121" />
      <source>Save this connection in the QGIS authentication manager as</source>
      <translation>Enregistrer cette connexion (authentification QGIS) sous le nom</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="139" />
      <source>Save to the GeoPackage</source>
      <translation>Enregistrer dans le GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="280" />
      <source>Save, then reset</source>
      <translation>Enregistrer, puis réinitialiser</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="283" />
      <source>Save, then start</source>
      <translation>Enregistrer, puis commencer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="467" />
      <source>Saved as '{name}' in the QGIS authentication manager.</source>
      <translation>Enregistrée sous « {name} » dans le gestionnaire d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="87" />
      <source>Saved connection</source>
      <translation>Connexion enregistrée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="71" />
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. A decision held in a formula whose result the sheet never saved (a sheet written by a program, not opened and saved in a spreadsheet) is skipped and named. Needs the survey's reviewer role.</source>
      <translation>Enregistre les décisions d'une feuille de revue (issue de « Exporter une feuille de revue ») dans le journal de nettoyage partagé dans PostgreSQL. La base enregistre qui a enregistré chaque décision et quand. Une décision sur une ligne que quelqu'un d'autre a décidée depuis l'export de la feuille est refusée, et les deux décisions sont listées : exportez une nouvelle feuille pour voir la sienne. Une décision dont la ligne de journal contient maintenant une autre soumission, question ou ancienne valeur est refusée, et une feuille exportée du journal d'une autre enquête est refusée en entier. Les lignes inchangées ne sont pas écrites. Une décision contenue dans une formule dont la feuille n'a jamais enregistré le résultat (une feuille écrite par un programme, pas ouverte et enregistrée dans un tableur) est ignorée et signalée. Nécessite le rôle de relecteur de l'enquête.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">Enregistre les décisions d'une feuille de revue (issue de « Exporter une feuille de revue ») dans le journal de nettoyage partagé dans PostgreSQL. La base enregistre qui a enregistré chaque décision et quand. Une décision sur une ligne que quelqu'un d'autre a décidée depuis l'export de la feuille est refusée, et les deux décisions sont listées : exportez une nouvelle feuille pour voir la sienne. Une décision dont la ligne de journal contient maintenant une autre soumission, question ou ancienne valeur est refusée, et une feuille exportée du journal d'une autre enquête est refusée en entier. Les lignes inchangées ne sont pas écrites. Nécessite le rôle de relecteur de l'enquête.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">Enregistre les décisions d'une feuille de revue (issue de « Exporter une feuille de revue ») dans le journal de nettoyage partagé dans PostgreSQL. La base enregistre qui a enregistré chaque décision et quand. Une décision sur une ligne que quelqu'un d'autre a décidée depuis l'export de la feuille est refusée, et les deux décisions sont listées : exportez une nouvelle feuille pour voir la sienne. Les lignes inchangées ne sont pas écrites. Nécessite le rôle de relecteur de l'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="68" />
      <source>Schema for the survey in PostgreSQL</source>
      <translation>Schéma de l'enquête dans PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="58" />
      <source>Search by name or form ID</source>
      <translation>Rechercher par nom ou ID de formulaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="93" />
      <source>Search uuid, question, values, issue…</source>
      <translation>Rechercher uuid, question, valeurs, problème…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="111" />
      <source>See the table {table} and {csv}.</source>
      <translation>Voir la table {table} et {csv}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="113" />
      <source>See the table {table} in {file}.</source>
      <translation>Voir la table {table} dans {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="60" />
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="88" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="90" />
      <source>Server address</source>
      <translation>Adresse du serveur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="34" />
      <source>Server address (kf.kobotoolbox.org, eu.kobotoolbox.org, your own server)</source>
      <translation>Adresse du serveur (kf.kobotoolbox.org, eu.kobotoolbox.org, votre propre serveur)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="58" />
      <source>Server and login</source>
      <translation>Serveur et connexion</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="183" />
      <source>Several gazetteer names fit equally well (score {score}): {places}. Choose one.</source>
      <translation>Plusieurs noms du répertoire géographique conviennent aussi bien (score {score}) : {places}. Choisissez-en un.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="161" />
      <source>Several new submissions of the field copy have the same _uuid ({uuids}): they were all added; check whether they are the same household and remove the copies by a remove_survey decision.</source>
      <translation>Plusieurs nouvelles soumissions de la copie de terrain ont le même _uuid ({uuids}) : toutes ont été ajoutées ; vérifiez s'il s'agit du même ménage et retirez les copies par une décision remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="26" />
      <source>Share a survey in PostgreSQL (PostGIS)</source>
      <translation>Partager une enquête dans PostgreSQL (PostGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="94" />
      <source>Share of submissions (%)</source>
      <translation>Part des soumissions (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="44" />
      <source>Share of submissions answering “{answer}”</source>
      <translation>Part des soumissions répondant « {answer} »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="46" />
      <source>Share of submissions giving the chosen answer, by admin area</source>
      <translation>Part des soumissions donnant la réponse choisie, par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="145" />
      <source>Shared file</source>
      <translation>Fichier à partager</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="69" />
      <source>Sheet holding the submissions (XLSX; empty: the first visible sheet)</source>
      <translation>Feuille contenant les soumissions (XLSX ; vide : la première feuille visible)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="77" />
      <source>Shorter than {limit} minutes.</source>
      <translation>Moins de {limit} minutes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="266" />
      <source>Shortest plausible interview</source>
      <translation>Durée d'entretien plausible minimale</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="159" />
      <source>Shortest plausible interview (minutes)</source>
      <translation>Durée d'entretien plausible minimale (minutes)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="286" />
      <source>Show choice labels instead of codes in forms and tables</source>
      <translation>Afficher les libellés des choix au lieu des codes dans les formulaires et les tables</translation>
    </message>
    <message>
      <source>Show the submissions as points on the map</source>
      <translation type="vanished">Afficher les soumissions sous forme de points sur la carte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="90" />
      <source>Size of the package (bytes)</source>
      <translation>Taille du paquet (octets)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="164" />
      <source>Smallest count shown (k)</source>
      <translation>Plus petit effectif affiché (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="132" />
      <source>Smallest displacement (m)</source>
      <translation>Déplacement minimal (m)</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation type="vanished">Plus petit groupe (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="69" />
      <source>Snap points to a grid</source>
      <translation>Aligner les points sur une grille</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="97" />
      <source>Snap points to a {size:.0f} m grid.</source>
      <translation>Aligner les points sur une grille de {size:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="74" />
      <source>Snapping: the size of the grid cells in metres (default 1000); each point goes to the centre of its cell.</source>
      <translation>Calage : la taille des cellules de la grille en mètres (par défaut 1000) ; chaque point va au centre de sa cellule.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="225" />
      <source>Sources: {sources}</source>
      <translation>Sources : {sources}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation>Tableur (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="64" />
      <source>Staff name</source>
      <translation>Nom d'un membre du personnel</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Start a training session</source>
      <translation>Commencer une session de formation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="51" />
      <source>Start training session…</source>
      <translation>Démarrer une session de formation…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="284" />
      <source>Start without saving</source>
      <translation>Commencer sans enregistrer</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="66" />
      <source>Started: {time}</source>
      <translation>Début : {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="214" />
      <source>Statistic</source>
      <translation>Statistique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="83" />
      <source>Statistic: count, share (of the answer), mean or median (of the numeric question); empty: share when a question is given, else count</source>
      <translation>Statistique : count (effectif), share (part de la réponse), mean (moyenne) ou median (médiane) de la question numérique ; vide : share si une question est indiquée, sinon count</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="177" />
      <source>Step done: {steps}</source>
      <translation>Étape(s) terminée(s) : {steps}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="68" />
      <source>Steps done: {done} of {total}</source>
      <translation>Étapes terminées : {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="74" />
      <source>Steps tick themselves when their result appears. Double-click a step for its help page.</source>
      <translation>Les étapes se cochent d'elles-mêmes quand leur résultat apparaît. Double-cliquez sur une étape pour ouvrir sa page d'aide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="209" />
      <source>Stop above this number of tiles</source>
      <translation>S'arrêter au-delà de ce nombre de tuiles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="33" />
      <source>Submission</source>
      <translation>Soumission</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="113" />
      <source>Submission (GPS location)</source>
      <translation>Soumission (position GPS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="55" />
      <source>Submission uuid {uuid} appears more than once; this copy (_index {row}) repeats an earlier one. Choose remove_survey to drop the later copies (the first one is kept).</source>
      <translation>L'uuid de soumission {uuid} apparaît plusieurs fois ; cette copie (_index {row}) répète une soumission antérieure. Choisissez remove_survey pour supprimer les copies suivantes (la première est conservée).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="164" />
      <source>Submission {id} from {host}: the answer to {fields} held a character that is not valid text (half of an emoji, or text not in UTF-8); it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>Soumission {id} de {host} : la réponse à {fields} contenait un caractère qui n'est pas du texte valide (une moitié d'emoji, ou du texte qui n'est pas en UTF-8) ; il a été remplacé par {mark}, le reste est conservé tel qu'envoyé.</translation>
    </message>
    <message>
      <source>Submission {uuid} was removed in the office and kept in the field: it was not added back.</source>
      <translation type="vanished">La soumission {uuid} a été retirée au bureau et gardée sur le terrain : elle n'a pas été rajoutée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Submissions</source>
      <translation>Soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="83" />
      <source>Submissions answering the numeric question</source>
      <translation>Soumissions répondant à la question numérique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="82" />
      <source>Submissions answering {question}</source>
      <translation>Soumissions répondant à {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="78" />
      <source>Submissions answering {question} = {answer}</source>
      <translation>Soumissions où {question} = {answer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="183" />
      <source>Submissions answering “{answer}” (%)</source>
      <translation>Soumissions répondant « {answer} » (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="227" />
      <source>Submissions flagged</source>
      <translation>Soumissions signalées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="79" />
      <source>Submissions giving the chosen answer</source>
      <translation>Soumissions donnant la réponse choisie</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="75" />
      <source>Submissions imported</source>
      <translation>Soumissions importées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="49" />
      <source>Submissions in the GeoPackage</source>
      <translation>Soumissions dans le GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="51" />
      <source>Submissions kept from an interrupted download, not downloaded again</source>
      <translation>Soumissions conservées d'un téléchargement interrompu, non téléchargées à nouveau</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="203" />
      <source>Submissions of form {id} were deleted on {host} while the download read their repeats: some submissions downloaded may lack their repeat rows. Download again.</source>
      <translation>Des soumissions du formulaire {id} ont été supprimées sur {host} pendant que le téléchargement lisait leurs répétitions : certaines soumissions téléchargées n'ont peut-être pas leurs lignes de répétition. Téléchargez à nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="111" />
      <source>Submissions per admin area</source>
      <translation>Soumissions par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="367" />
      <source>Submissions per area</source>
      <translation>Soumissions par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="63" />
      <source>Submissions removed</source>
      <translation>Soumissions supprimées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="76" />
      <source>Submissions without location</source>
      <translation>Soumissions sans position</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="85" />
      <source>Subtitle</source>
      <translation>Sous-titre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="231" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="232" />
      <source>Summary written to {file}</source>
      <translation>Résumé enregistré dans {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="67" />
      <source>Summary written: {time}</source>
      <translation>Résumé produit : {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="50" />
      <source>Survey</source>
      <translation>Enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="220" />
      <source>Survey GeoPackage</source>
      <translation>GeoPackage de l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="90" />
      <source>Survey GeoPackages</source>
      <translation>GeoPackages d'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="117" />
      <source>Survey data workflow</source>
      <translation>Chaîne de traitement des données d'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>Survey export</source>
      <translation>Export d'enquête</translation>
    </message>
    <message>
      <source>Survey export (CSV, XLSX or zip)</source>
      <translation type="vanished">Export d'enquête (CSV, XLSX ou zip)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="52" />
      <source>Survey export (CSV, XLSX, zip or JSON)</source>
      <translation>Export d'enquête (CSV, XLSX, zip ou JSON)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="100" />
      <source>Survey export and its form</source>
      <translation>Export d'enquête et son formulaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="54" />
      <source>Survey exports (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;All files (*)</source>
      <translation>Exports d'enquête (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="110" />
      <source>Survey exports (*.csv *.xlsx *.zip *.geojson *.json);;All files (*)</source>
      <translation>Exports d'enquête (*.csv *.xlsx *.zip *.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="71" />
      <source>Survey layer</source>
      <translation>Couche d'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="41" />
      <source>Survey layer and form</source>
      <translation>Couche d'enquête et formulaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="46" />
      <source>Survey layer or table</source>
      <translation>Couche ou table d'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="71" />
      <source>Survey points (optional)</source>
      <translation>Points d'enquête (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="56" />
      <source>Survey schema</source>
      <translation>Schéma de l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="77" />
      <source>Survey schema in PostgreSQL</source>
      <translation>Schéma de l'enquête dans PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="44" />
      <source>Survey submissions</source>
      <translation>Soumissions de l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="70" />
      <source>Survey submissions by admin area</source>
      <translation>Soumissions de l'enquête par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachments.py" line="230" />
      <source>Survey: attachments open from the form</source>
      <translation>Enquête : pièces jointes ouvertes depuis le formulaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="268" />
      <source>Suspicious interviews by one device</source>
      <translation>Entretiens suspects par un même appareil</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="193" />
      <source>Suspicious number of interviews by one device ...</source>
      <translation>Nombre suspect d'entretiens par un même appareil…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="123" />
      <source>Teams (PostgreSQL)</source>
      <translation>Équipes (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="131" />
      <source>Test the connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="88" />
      <source>Text: {encoding}.</source>
      <translation>Texte : {encoding}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="238" />
      <source>The 'survey' sheet of {file} needs the columns 'type' and 'name'.</source>
      <translation>La feuille « survey » de {file} doit avoir les colonnes « type » et « name ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="38" />
      <source>The CartONG Processing provider is already registered.</source>
      <translation>Le fournisseur de traitements CartONG est déjà enregistré.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="69" />
      <source>The GeoPackage is not the survey shared in {schema}: row {row} of {table} differs. Nothing was written. Share it under another schema, or replace that schema.</source>
      <translation>Le GeoPackage n'est pas l'enquête partagée dans {schema} : la ligne {row} de {table} diffère. Rien n'a été écrit. Partagez-le sous un autre schéma, ou remplacez ce schéma.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="111" />
      <source>The GeoPackage to write the table 'cleaning_log' into, e.g. cleaning.gpkg. Empty: the survey's own GeoPackage, beside the data it is about; the survey tables are not changed.</source>
      <translation>Le GeoPackage où écrire la table 'cleaning_log' (le journal de nettoyage), p. ex. cleaning.gpkg. Vide : le GeoPackage de l'enquête elle-même, à côté des données qu'il concerne ; les tables de l'enquête ne sont pas modifiées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="31" />
      <source>The GeoPackage to write; an existing file is replaced only when the new one is complete.</source>
      <translation>Le GeoPackage à écrire ; un fichier existant n'est remplacé que lorsque le nouveau est complet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="58" />
      <source>The GeoPackage {file} cannot be created: {reason}</source>
      <translation>Le GeoPackage {file} ne peut pas être créé : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="93" />
      <source>The GeoPackage {file} cannot be opened for writing: {error}</source>
      <translation>Le GeoPackage {file} ne peut pas être ouvert en écriture : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="324" />
      <source>The GeoPackage {file} cannot be written: {reason}. Choose another folder or close the program using it.</source>
      <translation>Le GeoPackage {file} ne peut pas être écrit : {reason}. Choisissez un autre dossier ou fermez le programme qui l'utilise.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/outputs.py" line="192" />
      <source>The GeoPackage {file} holds %n cleaning decisions: writing the survey in its place would lose them. Choose a new GeoPackage, or export the cleaning log first (cleaning wizard, Export) and then delete the file.</source>
      <translation>
        <numerusform>Le GeoPackage {file} contient %n décision de nettoyage : écrire l'enquête à sa place la perdrait. Choisissez un nouveau GeoPackage, ou exportez d'abord le journal de nettoyage (assistant de nettoyage, Exporter…) puis supprimez le fichier.</numerusform>
        <numerusform>Le GeoPackage {file} contient %n décisions de nettoyage : écrire l'enquête à sa place les perdrait. Choisissez un nouveau GeoPackage, ou exportez d'abord le journal de nettoyage (assistant de nettoyage, Exporter…) puis supprimez le fichier.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/damaged_files.py" line="45" />
      <source>The GeoPackage {file} is damaged: SQLite cannot read all of it (a copy cut short, a failing disk or USB stick). Take it from a backup, or import the survey again into a new GeoPackage, then run again.</source>
      <translation>Le GeoPackage {file} est endommagé : SQLite ne peut pas le lire en entier (copie interrompue, disque ou clé USB défaillants). Reprenez-le d'une sauvegarde, ou importez à nouveau l'enquête dans un nouveau GeoPackage, puis relancez.</translation>
    </message>
    <message>
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When no tile can be made, a vector background GeoPackage is written beside it.</source>
      <translation type="vanished">Le fichier MBTiles à écrire, p. ex. bangui_basemap.mbtiles ; QGIS et QField l'ouvrent sans réseau. Quand aucune tuile ne peut être produite, un GeoPackage de fond vectoriel est écrit à côté.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="36" />
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When tiles could not be downloaded, the run says how many and at which zooms, and an existing file is kept: the incomplete basemap goes beside it (name_partial.mbtiles). When no tile can be made, a vector background is written beside it (name_background.gpkg), never over another file.</source>
      <translation>Le fichier MBTiles à écrire, p. ex. bangui_basemap.mbtiles ; QGIS et QField l'ouvrent sans réseau. Quand des tuiles n'ont pas pu être téléchargées, l'exécution indique combien et à quels niveaux de zoom, et un fichier existant est gardé : le fond de carte incomplet est écrit à côté (name_partial.mbtiles). Quand aucune tuile ne peut être produite, un fond vectoriel est écrit à côté (name_background.gpkg), jamais par-dessus un autre fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="92" />
      <source>The P-code field of the admin areas, matched to the survey's area column, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>Le champ de P-code des unités administratives, rapproché de la colonne d'unité de l'enquête, p. ex. adm2_pcode. Par défaut adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="31" />
      <source>The PostgreSQL connections saved in QGIS (Browser &gt; PostgreSQL). The password stays in the connection's authentication configuration.</source>
      <translation>Les connexions PostgreSQL enregistrées dans QGIS (Explorateur &gt; PostgreSQL). Le mot de passe reste dans la configuration d'authentification de la connexion.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="49" />
      <source>The PostgreSQL layer names no schema: open the survey layer from its schema in the Browser (PostgreSQL &gt; connection &gt; schema &gt; survey).</source>
      <translation>La couche PostgreSQL ne nomme aucun schéma : ouvrez la couche de l'enquête depuis son schéma dans l'Explorateur (PostgreSQL &gt; connexion &gt; schéma &gt; survey).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="124" />
      <source>The PostgreSQL password cannot be read: {reason}</source>
      <translation>Le mot de passe PostgreSQL ne peut pas être lu : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="31" />
      <source>The PostgreSQL schema holding the survey: lower case letters, digits and _.</source>
      <translation>Le schéma PostgreSQL qui contient l'enquête : minuscules, chiffres et _.</translation>
    </message>
    <message>
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms from one export to the next.</source>
      <translation type="vanished">La configuration d'authentification QGIS qui contient la clé de pseudonymisation. Vide : votre clé par défaut, créée à la première utilisation et gardée dans la base d'authentification. La même clé donne les mêmes pseudonymes d'un export à l'autre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="48" />
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms, and the same moved points, from one export to the next.</source>
      <translation>La configuration d'authentification QGIS qui contient la clé de pseudonymisation. Vide : votre clé par défaut, créée à la première utilisation et gardée dans la base d'authentification. La même clé donne les mêmes pseudonymes, et les mêmes points déplacés, d'un export à l'autre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="84" />
      <source>The QGIS authentication configuration that holds your KoboToolbox API token (in Kobo: Account settings &gt; Security &gt; API key). The token stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>La configuration d'authentification QGIS qui contient votre jeton d'API KoboToolbox (dans Kobo : Account settings &gt; Security &gt; API key). Le jeton reste dans la base d'authentification de QGIS, protégé par son mot de passe principal ; seul l'identifiant de la configuration est enregistré.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="110" />
      <source>The QGIS authentication configuration that holds your ODK Central login: Basic with your email and password, or an app-user token. The secret stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>La configuration d'authentification QGIS qui contient vos identifiants ODK Central : Basic avec votre e-mail et votre mot de passe, ou un jeton d'utilisateur mobile. Le secret reste dans la base d'authentification de QGIS, protégé par son mot de passe principal ; seul l'identifiant de la configuration est enregistré.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="56" />
      <source>The QGIS authentication database is locked: enter its master password when QGIS asks for it, then try again.</source>
      <translation>La base d'authentification de QGIS est verrouillée : saisissez son mot de passe principal quand QGIS le demande, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="49" />
      <source>The QGIS authentication system is not available, so the password or token cannot be kept safely. Check Settings &gt; Options &gt; Authentication.</source>
      <translation>Le système d'authentification de QGIS n'est pas disponible : le mot de passe ou le jeton ne peut donc pas être conservé en sécurité. Vérifiez Préférences &gt; Options &gt; Authentification.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="117" />
      <source>The QGIS authentication system is not available, so the pseudonymisation key cannot be kept safely.</source>
      <translation>Le système d'authentification de QGIS n'est pas disponible : la clé de pseudonymisation ne peut donc pas être conservée en sécurité.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="122" />
      <source>The QGIS master password is needed to keep the pseudonymisation key: set it in Settings &gt; Options &gt; Authentication and try again.</source>
      <translation>Le mot de passe principal de QGIS est nécessaire pour conserver la clé de pseudonymisation : définissez-le dans Préférences &gt; Options &gt; Authentification et réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="170" />
      <source>The XForm of form {id} on {host} could not be read ({reason}), so the download has no labels and no choice lists: question and choice names are shown instead, and select questions have no label column.</source>
      <translation>Le XForm du formulaire {id} sur {host} n'a pas pu être lu ({reason}) ; le téléchargement n'a donc ni libellés ni liste de choix : les noms des questions et des choix sont affichés à la place, et les questions à choix n'ont pas de colonne de libellés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="14" />
      <source>The XLSForm the survey was collected with (.xlsx or .xls, as downloaded from the form's page on the server), e.g. household_survey_form.xlsx. With it, questions keep their types, labels, choices, required flags, skip logic and constraints; without it, they are guessed from the values.</source>
      <translation>Le XLSForm avec lequel l'enquête a été collectée (.xlsx ou .xls, tel que téléchargé depuis la page du formulaire sur le serveur), p. ex. household_survey_form.xlsx. Avec lui, les questions gardent leurs types, libellés, choix, indicateurs obligatoires, logique de saut et contraintes ; sans lui, ils sont devinés à partir des valeurs.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="79" />
      <source>The address of the KoboToolbox server: https://kf.kobotoolbox.org (global server), https://eu.kobotoolbox.org (European server) or your organisation's own server. The address only, without /api/v2.</source>
      <translation>L'adresse du serveur KoboToolbox : https://kf.kobotoolbox.org (serveur mondial), https://eu.kobotoolbox.org (serveur européen) ou le serveur propre à votre organisation. L'adresse seule, sans /api/v2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="109" />
      <source>The address of your ODK Central server, e.g. https://central.example.org, without /v1.</source>
      <translation>L'adresse de votre serveur ODK Central, p. ex. https://central.example.org, sans /v1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="110" />
      <source>The admin area column {column} is not in the layer {layer}.</source>
      <translation>La colonne d'unité administrative {column} n'est pas dans la couche {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="37" />
      <source>The admin area polygons with their P-codes, e.g. the layer admin2 of admin_boundaries.gpkg (OCHA COD-AB boundaries).</source>
      <translation>Les polygones des unités administratives avec leurs P-codes, p. ex. la couche admin2 de admin_boundaries.gpkg (limites COD-AB de l'OCHA).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="163" />
      <source>The admin areas of the sample survey (Central African Republic), admin1 and admin2.</source>
      <translation>Les unités administratives de l'enquête d'exemple (République centrafricaine), admin1 et admin2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="61" />
      <source>The admin areas with the value to map, usually the output of 'Count submissions by admin area', e.g. counts.gpkg.</source>
      <translation>Les unités administratives avec la valeur à cartographier, en général la sortie de « Compter les soumissions par unité administrative », p. ex. counts.gpkg.</translation>
    </message>
    <message>
      <source>The admin areas with their counts: submissions, and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg, or a temporary layer.</source>
      <translation type="vanished">Les unités administratives avec leurs comptages : submissions (le nombre de soumissions), et answer_count et answer_pct pour une part, value_mean ou value_median pour une moyenne ou une médiane, avec data_status. P. ex. counts.gpkg, ou une couche temporaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="51" />
      <source>The admin areas with their counts: submissions, value_count (submissions answering the question), and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg (a Shapefile cuts the field names), or a temporary layer.</source>
      <translation>Les unités administratives avec leurs comptages : submissions (le nombre de soumissions), value_count (les soumissions qui répondent à la question), et answer_count et answer_pct pour une part, value_mean ou value_median pour une moyenne ou une médiane, avec data_status. P. ex. counts.gpkg (un Shapefile coupe les noms des champs), ou une couche temporaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="456" />
      <source>The admin boundaries {file} cannot be read.</source>
      <translation>Les limites administratives {file} ne peuvent pas être lues.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="112" />
      <source>The admin boundaries {file} do not exist.</source>
      <translation>Les limites administratives {file} n'existent pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="210" />
      <source>The admin layer {layer} has no areas: choose the layer holding the boundaries.</source>
      <translation>La couche administrative {layer} n'a aucune zone : choisissez la couche qui contient les limites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="34" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. Each submission is counted once: the areas of one P-code are one area (one feature) in the result. Check the boundaries: a P-code names one area.</source>
      <translation>La couche administrative {layer} a {count} P-code(s) partagé(s) par plusieurs zones : {codes}. Chaque soumission est comptée une fois : les zones d'un même P-code forment une seule zone (une entité) dans le résultat. Vérifiez les limites : un P-code désigne une seule zone.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="445" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. The P-code checks cannot tell these areas apart; check the boundaries.</source>
      <translation>La couche administrative {layer} a {count} P-code(s) partagé(s) par plusieurs zones : {codes}. Les contrôles de P-codes ne peuvent pas distinguer ces zones ; vérifiez les limites.</translation>
    </message>
    <message>
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole.</source>
      <translation type="vanished">La réponse à compter, écrite avec son nom de choix dans le formulaire (pas son libellé), p. ex. borehole.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="33" />
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole. When no submission gives it, the run says which answers they give.</source>
      <translation>La réponse à compter, écrite avec son nom de choix dans le formulaire (pas son libellé), p. ex. borehole. Quand aucune soumission ne la donne, l'exécution indique quelles réponses les soumissions donnent.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="178" />
      <source>The answered P-code is {code}.</source>
      <translation>Le P-code indiqué dans la réponse est {code}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="63" />
      <source>The answers to "{column}" are chosen from a list of {what} (their labels in "{labels}").</source>
      <translation>Les réponses à « {column} » sont choisies dans une liste qui contient {what} (leurs libellés dans « {labels} »).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="55" />
      <source>The area of the basemap, e.g. 18.4,18.7,4.3,4.5 [EPSG:4326]. Empty: the extent of the surveys and the boundaries.</source>
      <translation>La zone du fond de carte, p. ex. 18.4,18.7,4.3,4.5 [EPSG:4326]. Vide : l'emprise des enquêtes et des limites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="359" />
      <source>The area of the offline basemap is empty: choose an area, a layer or the survey's boundaries.</source>
      <translation>La zone du fond de carte hors ligne est vide : choisissez une zone, une couche ou les limites administratives de l'enquête.</translation>
    </message>
    <message>
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax).</source>
      <translation type="vanished">La zone à couvrir, p. ex. l'emprise de la couche des limites administratives, ou 18.4,18.7,4.3,4.5 [EPSG:4326] pour Bangui (xmin, xmax, ymin, ymax).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="27" />
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax). An area across the 180th meridian is refused: make one basemap on each side.</source>
      <translation>La zone à couvrir, p. ex. l'emprise de la couche des limites administratives, ou 18.4,18.7,4.3,4.5 [EPSG:4326] pour Bangui (xmin, xmax, ymin, ymax). Une zone qui traverse le 180e méridien est refusée : faites un fond de carte de chaque côté.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="373" />
      <source>The area {extent} crosses the antimeridian (longitude 180: west edge {west}, east edge {east}); one offline basemap cannot go across it. Make two basemaps, one on each side of longitude 180, with longitudes between -180 and 180 and the west edge first.</source>
      <translation>La zone {extent} traverse l'antiméridien (longitude 180 : bord ouest {west}, bord est {east}) ; un fond de carte hors ligne ne peut pas le traverser. Faites deux fonds de carte, un de chaque côté de la longitude 180, avec des longitudes comprises entre -180 et 180 et le bord ouest en premier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="163" />
      <source>The authentication configuration {authcfg} does not hold a CartONG pseudonymisation key.</source>
      <translation>La configuration d'authentification {authcfg} ne contient pas de clé de pseudonymisation CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="66" />
      <source>The authentication configuration {authcfg} holds no token.</source>
      <translation>La configuration d'authentification {authcfg} ne contient aucun jeton.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="152" />
      <source>The authentication configuration {authcfg} was not found: choose another pseudonymisation key or create a new one.</source>
      <translation>La configuration d'authentification {authcfg} est introuvable : choisissez une autre clé de pseudonymisation ou créez-en une nouvelle.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="54" />
      <source>The basemap is not started when it would need more tiles: raise it on purpose, knowing the size and time given in the log.</source>
      <translation>Le fond de carte n'est pas lancé s'il demande plus de tuiles : relevez la limite en connaissance de cause, d'après la taille et la durée indiquées dans le journal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="127" />
      <source>The basemap source '{source}' is neither an XYZ address with {{z}}, {{x}} and {{y}} nor a WMS/XYZ layer source (url=…): copy it from the layer's properties, Information tab.</source>
      <translation>La source de fond de carte « {source} » n'est ni une adresse XYZ avec {{z}}, {{x}} et {{y}}, ni une source de couche WMS/XYZ (url=…) : copiez-la depuis les propriétés de la couche, onglet Information.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="138" />
      <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by CartONG or its partners.</source>
      <translation>Les limites et les noms indiqués ainsi que les désignations employées sur cette carte n'impliquent ni reconnaissance ni acceptation officielle de la part de CartONG ou de ses partenaires.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="75" />
      <source>The boundaries of the level above, e.g. the layer admin1 of admin_boundaries.gpkg, drawn as thicker outlines.</source>
      <translation>Les limites du niveau supérieur, p. ex. la couche admin1 de admin_boundaries.gpkg, dessinées en contours plus épais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="52" />
      <source>The class limit {value} is not a number: write limits like 10, 20, 50.</source>
      <translation>La limite de classe {value} n'est pas un nombre : écrivez les limites ainsi : 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="56" />
      <source>The class limits {limits} must increase: write them like 10, 20, 50.</source>
      <translation>Les limites de classes {limits} doivent être croissantes : écrivez-les ainsi : 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="124" />
      <source>The cleaned GeoPackage could not record which rows of the cleaning log it was built with ({reason}). Nothing was written under its name.</source>
      <translation>Le GeoPackage nettoyé n'a pas pu enregistrer avec quelles lignes du journal de nettoyage il a été construit ({reason}). Rien n'a été écrit sous son nom.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="132" />
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer is written as the table survey_cleaned of its schema (or into a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation>La copie nettoyée de l'enquête, p. ex. household_survey_clean.gpkg ou une nouvelle couche du GeoPackage de l'enquête. Pour une enquête partagée dans PostgreSQL, une couche temporaire est écrite comme la table survey_cleaned de son schéma (ou dans une table de ce schéma choisie avec Enregistrer dans une table de base de données). La couche d'entrée et la table brute ne sont pas modifiées.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer means the table survey_cleaned of its schema (or a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation type="vanished">La copie nettoyée de l'enquête, p. ex. household_survey_clean.gpkg ou une nouvelle couche du GeoPackage de l'enquête. Pour une enquête partagée dans PostgreSQL, une couche temporaire signifie la table survey_cleaned de son schéma (ou une table de ce schéma choisie avec Enregistrer dans une table de base de données). La couche d'entrée et la table brute ne sont pas modifiées.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. The input layer and the raw table are not changed.</source>
      <translation type="vanished">La copie nettoyée de l'enquête, p. ex. household_survey_clean.gpkg ou une nouvelle couche du GeoPackage de l'enquête. La couche d'entrée et la table brute ne sont pas modifiées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="216" />
      <source>The cleaned layer 'survey_cleaned' is in {file} and in the project.</source>
      <translation>La couche nettoyée « survey_cleaned » se trouve dans {file} et dans le projet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="59" />
      <source>The cleaned layer could not be written into {file}.</source>
      <translation>La couche nettoyée n'a pas pu être écrite dans {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="293" />
      <source>The cleaned layer is the table {table} of {schema} in {target} ({rows} rows).</source>
      <translation>La couche nettoyée est la table {table} de {schema} dans {target} ({rows} lignes).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="346" />
      <source>The cleaned layer {file} could not get the survey's exact values back (date-times with their milliseconds and time zone, rows without a location) ({reason}). Nothing was written under that name, as its values would differ from the survey's.</source>
      <translation>La couche nettoyée {file} n'a pas pu retrouver les valeurs exactes de l'enquête (dates-heures avec leurs millisecondes et leur fuseau horaire, lignes sans localisation) ({reason}). Rien n'a été écrit sous ce nom, car ses valeurs différeraient de celles de l'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="80" />
      <source>The cleaned survey was written to a temporary GeoPackage ({file}) that QGIS deletes when it closes. To keep it, run again with a GeoPackage file for the cleaned survey (the decisions stay in the cleaning log), or export it for sharing before closing QGIS.</source>
      <translation>L'enquête nettoyée a été écrite dans un GeoPackage temporaire ({file}) que QGIS supprime à sa fermeture. Pour la garder, relancez avec un fichier GeoPackage pour l'enquête nettoyée (les décisions restent dans le journal de nettoyage), ou exportez-la pour le partage avant de fermer QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="66" />
      <source>The cleaning log cannot be written into {file}: the file or its folder is read-only. Choose another GeoPackage for the cleaning log, in a folder you can write to.</source>
      <translation>Le journal de nettoyage ne peut pas être écrit dans {file} : le fichier ou son dossier est en lecture seule. Choisissez un autre GeoPackage pour le journal de nettoyage, dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="122" />
      <source>The cleaning log cannot be written into {file}: {error}</source>
      <translation>Le journal de nettoyage ne peut pas être écrit dans {file} : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="168" />
      <source>The cleaning log could not be saved; nothing was applied.</source>
      <translation>Le journal de nettoyage n'a pas pu être enregistré ; rien n'a été appliqué.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="54" />
      <source>The cleaning log goes into a GeoPackage: choose a file ending in .gpkg, not {file}.</source>
      <translation>Le journal de nettoyage va dans un GeoPackage : choisissez un fichier se terminant par .gpkg, pas {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="91" />
      <source>The cleaning log is empty: the cleaned layer will be a copy of the survey.</source>
      <translation>Le journal de nettoyage est vide : la couche nettoyée sera une copie de l'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="147" />
      <source>The cleaning log is kept in {file}; the raw data is never changed.</source>
      <translation>Le journal de nettoyage est conservé dans {file} ; les données brutes ne sont jamais modifiées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="261" />
      <source>The cleaning log was not exported</source>
      <translation>Le journal de nettoyage n'a pas été exporté</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="242" />
      <source>The cleaning log was not saved</source>
      <translation>Le journal de nettoyage n'a pas été enregistré</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="126" />
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage, or of its schema for a survey shared in PostgreSQL. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation>Le journal de nettoyage avec les décisions. Vide : la table 'cleaning_log' du GeoPackage de l'enquête, ou de son schéma pour une enquête partagée dans PostgreSQL. Ou un fichier modifié, p. ex. cleaning_log.xlsx, avec les colonnes IMPACT/REACH uuid, question, old_value, new_value et change_type.</translation>
    </message>
    <message>
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation type="vanished">Le journal de nettoyage avec les décisions. Vide : la table 'cleaning_log' du GeoPackage de l'enquête. Ou un fichier modifié, p. ex. cleaning_log.xlsx, avec les colonnes IMPACT/REACH uuid, question, old_value, new_value et change_type.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="35" />
      <source>The cleaning log {file} cannot be read: {error}</source>
      <translation>Le journal de nettoyage {file} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="321" />
      <source>The cleaning log {file} does not exist.</source>
      <translation>Le journal de nettoyage {file} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="327" />
      <source>The cleaning log {file} does not match the data; fix these rows and import it again:
{rows}</source>
      <translation>Le journal de nettoyage {file} ne correspond pas aux données ; corrigez ces lignes et importez-le de nouveau :
{rows}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="69" />
      <source>The cleaning log {file} has %n values that do not fit their fields; fix these rows and apply it again:
{rows}</source>
      <translation>
        <numerusform>Le journal de nettoyage {file} a %n valeur qui ne convient pas à son champ ; corrigez ces lignes et appliquez-le de nouveau :
{rows}</numerusform>
        <numerusform>Le journal de nettoyage {file} a %n valeurs qui ne conviennent pas à leurs champs ; corrigez ces lignes et appliquez-le de nouveau :
{rows}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="197" />
      <source>The cleaning log {file} has no column {columns}; it needs at least uuid and question (and usually old_value, new_value, issue, change_type).</source>
      <translation>Le journal de nettoyage {file} n'a pas de colonne {columns} ; il lui faut au moins uuid et question (et en général old_value, new_value, issue, change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="329" />
      <source>The cleaning log {file} has no sheet.</source>
      <translation>Le journal de nettoyage {file} n'a aucune feuille.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="229" />
      <source>The cleaning log {file} has rows of change_response but no column new_value (its columns: {columns}). Name the column that holds the new values new_value.</source>
      <translation>Le journal de nettoyage {file} a des lignes change_response mais pas de colonne new_value (ses colonnes : {columns}). Nommez new_value la colonne qui contient les nouvelles valeurs.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="169" />
      <source>The cleaning log {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>Le journal de nettoyage {file} contient la colonne {column} plusieurs fois (colonnes {letters}) : impossible de savoir laquelle lire. Gardez une seule colonne {column} (supprimez ou renommez les autres), puis réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="83" />
      <source>The cleaning log {file} is neither UTF-8, UTF-16 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>Le journal de nettoyage {file} n'est ni du texte UTF-8, ni UTF-16, ni Windows-1252. Enregistrez-le de nouveau en « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="17" />
      <source>The closest zoom level to download, from 0 to 19. Default 12: towns, villages and main roads. Each level more needs about 4 times as many tiles: 15 shows streets but may need hours.</source>
      <translation>Le niveau de zoom le plus proche à télécharger, de 0 à 19. Par défaut 12 : villes, villages et routes principales. Chaque niveau de plus demande environ 4 fois plus de tuiles : 15 montre les rues mais peut demander des heures.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="87" />
      <source>The code column {column} is not in the layer {layer}.</source>
      <translation>La colonne de codes {column} n'est pas dans la couche {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="85" />
      <source>The column {column} cannot be created in {table}: {reason}</source>
      <translation>La colonne {column} ne peut pas être créée dans {table} : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="59" />
      <source>The column {column} has {count} different answers (more than {limit}): counted by area, each would become a column name of the shared file. Choose a question with a short list of answers, or count submissions only (no answers column).</source>
      <translation>La colonne {column} a {count} réponses différentes (plus de {limit}) : en comptant par zone, chacune deviendrait un nom de colonne du fichier partagé. Choisissez une question avec une courte liste de réponses, ou comptez seulement les soumissions (sans colonne de réponses).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="50" />
      <source>The column {column} holds free text: counted by area, each typed answer would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>La colonne {column} contient du texte libre : en comptant par zone, chaque réponse saisie deviendrait un nom de colonne du fichier partagé. Choisissez une question avec une courte liste de réponses (comme water_source), ou comptez seulement les soumissions (sans colonne de réponses).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="84" />
      <source>The column {column} is not in the layer {layer}.</source>
      <translation>La colonne {column} n'est pas dans la couche {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="42" />
      <source>The column {column} likely holds personal data at high risk: counted by area, each of its answers would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>La colonne {column} contient probablement des données personnelles à risque élevé : en comptant par zone, chacune de ses réponses deviendrait un nom de colonne du fichier partagé. Choisissez une question avec une courte liste de réponses (comme water_source), ou comptez seulement les soumissions (sans colonne de réponses).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="301" />
      <source>The columns {columns} identify staff, devices, accounts or documents and are pseudonymised by default, but no pseudonymisation key could be opened ({reason}): they were removed instead. To share them as pseudonyms, name a key with KEY_SOURCE (file:... or env:...) or KEY_AUTHCFG; to keep them as they are, list them in KEEP_FIELDS.</source>
      <translation>Les colonnes {columns} identifient le personnel, des appareils, des comptes ou des documents et sont pseudonymisées par défaut, mais aucune clé de pseudonymisation n'a pu être ouverte ({reason}) : elles ont été supprimées à la place. Pour les partager sous forme de pseudonymes, indiquez une clé avec KEY_SOURCE (file:... ou env:...) ou KEY_AUTHCFG ; pour les garder telles quelles, listez-les dans KEEP_FIELDS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="132" />
      <source>The conflicts file {file} is a folder: give a file name, e.g. conflicts.csv.</source>
      <translation>Le fichier des conflits {file} est un dossier : indiquez un nom de fichier, p. ex. conflicts.csv.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="45" />
      <source>The connection string {connection} holds a password: QGIS would write it in clear in the Processing history and logs. Put the password in an authentication configuration (authcfg=...), a QGIS connection, a pg_service.conf service or a .pgpass file, and give that instead.</source>
      <translation>La chaîne de connexion {connection} contient un mot de passe : QGIS l’écrirait en clair dans l’historique de Processing et les journaux. Mettez le mot de passe dans une configuration d’authentification (authcfg=...), une connexion QGIS, un service pg_service.conf ou un fichier .pgpass, et indiquez-les à la place.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="137" />
      <source>The connection to the PostgreSQL database {target} was lost while {doing}: PostgreSQL undid the unfinished work, nothing was written. Try again when the connection is back.</source>
      <translation>La connexion à la base PostgreSQL {target} a été perdue pendant {doing} : PostgreSQL a annulé le travail inachevé, rien n'a été écrit. Réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="396" />
      <source>The connection to {host} was cut in the middle of an answer. Try again; what was already downloaded is kept.</source>
      <translation>La connexion à {host} a été coupée au milieu d'une réponse. Réessayez ; ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="461" />
      <source>The connection was not saved: {reason}</source>
      <translation>La connexion n'a pas été enregistrée : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="100" />
      <source>The copy to share, .gpkg or .csv, e.g. household_survey_shared.gpkg. A README in English and French beside it says what was done.</source>
      <translation>La copie à partager, .gpkg ou .csv, p. ex. household_survey_shared.gpkg. Un README en anglais et en français à côté dit ce qui a été fait.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="182" />
      <source>The counts cannot be protected by suppression; aggregate to a larger area or drop the answer breakdown.</source>
      <translation>Les effectifs ne peuvent pas être protégés par masquage ; agrégez à une unité plus grande ou renoncez à la ventilation par réponse.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/jobs.py" line="99" />
      <source>The counts could not be written into {file}: {error}</source>
      <translation>Les effectifs n'ont pas pu être écrits dans {file} : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="92" />
      <source>The credentials for {name} could not be saved in the QGIS authentication database.</source>
      <translation>Les identifiants de {name} n'ont pas pu être enregistrés dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="86" />
      <source>The credits printed on the map, data and boundaries with their licence, e.g. CartONG survey 2026; boundaries OCHA COD-AB (CC BY-IGO).</source>
      <translation>Les crédits imprimés sur la carte, données et limites avec leur licence, p. ex. Enquête CartONG 2026 ; limites OCHA COD-AB (CC BY-IGO).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="139" />
      <source>The data collection period ends ({end}, PERIOD_END) before it starts ({start}, PERIOD_START): swap the two dates.</source>
      <translation>La période de collecte se termine ({end}, PERIOD_END) avant de commencer ({start}, PERIOD_START) : inversez les deux dates.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="85" />
      <source>The database already holds a schema '{schema}' that is not a survey shared by the toolkit: it is never replaced. Choose another schema name.</source>
      <translation>La base de données contient déjà un schéma '{schema}' qui n'est pas une enquête partagée par la boîte à outils : il n'est jamais remplacé. Choisissez un autre nom de schéma.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="92" />
      <source>The database already holds a survey schema '{schema}'. Choose another schema name, or replace it.</source>
      <translation>La base de données contient déjà un schéma d'enquête « {schema} ». Choisissez un autre nom de schéma, ou remplacez-le.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="301" />
      <source>The database {target} has no PostGIS, which the survey points need. Ask the database administrator to run: CREATE EXTENSION postgis;</source>
      <translation>La base {target} n'a pas PostGIS, nécessaire aux points de l'enquête. Demandez à l'administrateur de la base d'exécuter : CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="90" />
      <source>The database {target} holds no survey schema '{schema}'.</source>
      <translation>La base de données {target} ne contient aucun schéma d'enquête « {schema} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="352" />
      <source>The database {target} holds no survey schema '{schema}'. Survey schemas there: {known}.</source>
      <translation>La base {target} ne contient pas de schéma d'enquête « {schema} ». Schémas d'enquête présents : {known}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="124" />
      <source>The dates of {column} are written day/month/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>Les dates de {column} sont écrites jour/mois/année (première : « {value} »), et non AAAA-MM-JJ : elles ont été lues ainsi.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="132" />
      <source>The dates of {column} are written month/day/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>Les dates de {column} sont écrites mois/jour/année (première : « {value} »), et non AAAA-MM-JJ : elles ont été lues ainsi.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="67" />
      <source>The decisions in the cleaning log are not saved. Close the wizard and lose them?</source>
      <translation>Les décisions du journal de nettoyage ne sont pas enregistrées. Fermer l'assistant et les perdre ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="165" />
      <source>The defaults suit a household survey. Each flagged value becomes a row of the cleaning log that you review on the next pages.</source>
      <translation>Les valeurs par défaut conviennent à une enquête ménages. Chaque valeur signalée devient une ligne du journal de nettoyage, que vous examinerez dans les pages suivantes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="43" />
      <source>The disk is full: free some space (or choose another folder), then run again.</source>
      <translation>Le disque est plein : libérez de l'espace (ou choisissez un autre dossier), puis relancez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="225" />
      <source>The disk is full: nothing was written. Free some space or choose another folder.</source>
      <translation>Le disque est plein : rien n'a été écrit. Libérez de l'espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="169" />
      <source>The download from {host} was cancelled.</source>
      <translation>Le téléchargement depuis {host} a été annulé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="275" />
      <source>The edited log was not imported</source>
      <translation>Le journal modifié n'a pas été importé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="283" />
      <source>The email and password of your ODK Central web account.</source>
      <translation>L'e-mail et le mot de passe de votre compte web ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="67" />
      <source>The end time is earlier than the start time.</source>
      <translation>L'heure de fin est antérieure à l'heure de début.</translation>
    </message>
    <message>
      <source>The environment variable {name}, named for {what}, is not set or is empty.</source>
      <translation type="vanished">La variable d'environnement {name}, indiquée pour {what}, n'est pas définie ou est vide.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="65" />
      <source>The export file {file} holds %n decisions of the field teams (first: row {row}) and the option to keep the decisions is off: the file was not replaced. Keep the decisions, or export to another file.</source>
      <translation>
        <numerusform>Le fichier d'export {file} contient %n décision des équipes de terrain (première : ligne {row}) et l'option de conserver les décisions est désactivée : le fichier n'a pas été remplacé. Conservez les décisions, ou exportez vers un autre fichier.</numerusform>
        <numerusform>Le fichier d'export {file} contient %n décisions des équipes de terrain (première : ligne {row}) et l'option de conserver les décisions est désactivée : le fichier n'a pas été remplacé. Conservez les décisions, ou exportez vers un autre fichier.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="398" />
      <source>The export file {file} holds %n decisions that differ from the cleaning log of {gpkg} (first: row {row}, {uuid}, {question}: '{decision}' in the file, '{logged}' in the log). Nothing was written: make them agree, or export to another file.</source>
      <translation>
        <numerusform>Le fichier d'export {file} contient %n décision qui diffère du journal de nettoyage de {gpkg} (première : ligne {row}, {uuid}, {question} : « {decision} » dans le fichier, « {logged} » dans le journal). Rien n'a été écrit : mettez-les en accord, ou exportez vers un autre fichier.</numerusform>
        <numerusform>Le fichier d'export {file} contient %n décisions qui diffèrent du journal de nettoyage de {gpkg} (première : ligne {row}, {uuid}, {question} : « {decision} » dans le fichier, « {logged} » dans le journal). Rien n'a été écrit : mettez-les en accord, ou exportez vers un autre fichier.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="382" />
      <source>The export file {file} holds %n decisions that the new cleaning log does not (first: row {row}): the file was not replaced. Bring its decisions into the log, or export to another file.</source>
      <translation>
        <numerusform>Le fichier d'export {file} contient %n décision que le nouveau journal de nettoyage n'a pas (première : ligne {row}) : le fichier n'a pas été remplacé. Reportez ses décisions dans le journal, ou exportez vers un autre fichier.</numerusform>
        <numerusform>Le fichier d'export {file} contient %n décisions que le nouveau journal de nettoyage n'a pas (première : ligne {row}) : le fichier n'a pas été remplacé. Reportez ses décisions dans le journal, ou exportez vers un autre fichier.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="45" />
      <source>The export file {file} is not a cleaning log exported by the toolkit (its columns: {columns}): it was not replaced. Choose another export file, or move this one away.</source>
      <translation>Le fichier d'export {file} n'est pas un journal de nettoyage exporté par la boîte à outils (ses colonnes : {columns}) : il n'a pas été remplacé. Choisissez un autre fichier d'export, ou déplacez celui-ci ailleurs.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="102" />
      <source>The export file {file} is the survey's own export or form: it was not replaced by the cleaning log. Choose another export file.</source>
      <translation>Le fichier d'export {file} est l'export ou le formulaire de l'enquête elle-même : il n'a pas été remplacé par le journal de nettoyage. Choisissez un autre fichier d'export.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="138" />
      <source>The field holding the names of the areas, for the labels and the titles of atlas pages, e.g. adm2_name. Default adm2_name.</source>
      <translation>Le champ contenant les noms des unités, pour les étiquettes et les titres des pages de l'atlas, p. ex. adm2_name. Par défaut adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="44" />
      <source>The field of the admin areas that holds their P-code, the code that joins survey answers to areas, e.g. adm2_pcode holding CF7112. Default adm2_pcode.</source>
      <translation>Le champ des unités administratives qui contient leur P-code, le code qui relie les réponses de l'enquête aux unités, p. ex. adm2_pcode contenant CF7112. Par défaut adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="51" />
      <source>The field of the admin areas that holds their name, e.g. adm2_name. Default adm2_name.</source>
      <translation>Le champ des unités administratives qui contient leur nom, p. ex. adm2_name. Par défaut adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="40" />
      <source>The field of the admin boundaries that holds the names typed answers are matched to, e.g. adm2_name. Default adm2_name.</source>
      <translation>Le champ des limites administratives qui contient les noms auxquels les réponses saisies sont rapprochées, p. ex. adm2_name. Par défaut adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="122" />
      <source>The field package cannot be written into {folder}: the folder cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>Le paquet de terrain ne peut pas être écrit dans {folder} : impossible d'écrire dans ce dossier ({reason}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="44" />
      <source>The field that holds the P-code of the level above, e.g. adm1_pcode: when two areas of different provinces have the same name, the province answered settles which one is meant.</source>
      <translation>Le champ qui contient le P-code du niveau supérieur, p. ex. adm1_pcode : quand deux unités de préfectures différentes ont le même nom, la préfecture répondue tranche laquelle est voulue.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="406" />
      <source>The field {field} of {layer} has negative values ({value} for example): circles cannot show them. Choose a choropleth map for this field.</source>
      <translation>Le champ {field} de {layer} a des valeurs négatives ({value} par exemple) : des cercles ne peuvent pas les montrer. Choisissez une carte choroplèthe pour ce champ.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="141" />
      <source>The field {field} of {layer} is not numeric: it cannot be mapped in classes.</source>
      <translation>Le champ {field} de {layer} n'est pas numérique : il ne peut pas être cartographié en classes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="51" />
      <source>The file exported from the server: a KoboToolbox or ONA CSV (';' or ',' separated) or XLSX export, an ODK Central zip of CSV files, or a GeoJSON file, e.g. household_survey_kobo.csv. The file is only read, never changed.</source>
      <translation>Le fichier exporté du serveur : un export KoboToolbox ou ONA en CSV (séparé par ';' ou ',') ou en XLSX, un zip de fichiers CSV d'ODK Central, ou un fichier GeoJSON, p. ex. household_survey_kobo.csv. Le fichier est seulement lu, jamais modifié.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="227" />
      <source>The file {file} cannot be read: {reason}. Is it open in another program?</source>
      <translation>Le fichier {file} ne peut pas être lu : {reason}. Est-il ouvert dans un autre programme ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="87" />
      <source>The file {file} does not exist (moved or deleted?).</source>
      <translation>Le fichier {file} n'existe pas (déplacé ou supprimé ?).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="95" />
      <source>The file {file}, named for {what}, could not be read as text: {error}</source>
      <translation>Le fichier {file}, indiqué pour {what}, n'a pas pu être lu comme du texte : {error}</translation>
    </message>
    <message>
      <source>The file {file}, named for {what}, does not exist.</source>
      <translation type="vanished">Le fichier {file}, indiqué pour {what}, n'existe pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="103" />
      <source>The file {file}, named for {what}, holds several lines: it must hold the secret alone.</source>
      <translation>Le fichier {file}, indiqué pour {what}, contient plusieurs lignes : il doit contenir le secret seul.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="100" />
      <source>The file {file}, named for {what}, is empty.</source>
      <translation>Le fichier {file}, indiqué pour {what}, est vide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="87" />
      <source>The file {file}, named for {what}, is too big to hold a secret: is it the right file?</source>
      <translation>Le fichier {file}, indiqué pour {what}, est trop gros pour contenir un secret : est-ce le bon fichier ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="66" />
      <source>The file {file}, named in {parameter} for {what}, does not exist.</source>
      <translation>Le fichier {file}, indiqué dans {parameter} pour {what}, n'existe pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="126" />
      <source>The first day of data collection (PERIOD_START) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-02.</source>
      <translation>Le premier jour de la collecte (PERIOD_START) « {value} » n'est pas une date : écrivez-le AAAA-MM-JJ, par exemple 2026-03-02.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="72" />
      <source>The first day of data collection, as YYYY-MM-DD, e.g. 2026-03-02: submissions started earlier (tests, training) are flagged.</source>
      <translation>Le premier jour de la collecte, au format AAAA-MM-JJ, p. ex. 2026-03-02 : les soumissions commencées avant (tests, formation) sont signalées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="199" />
      <source>The first rows as read, and what was detected. Check that the columns are split correctly before importing.</source>
      <translation>Les premières lignes telles qu'elles ont été lues, et ce qui a été détecté. Vérifiez que les colonnes sont correctement séparées avant d'importer.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="294" />
      <source>The folder {folder} does not exist.</source>
      <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="102" />
      <source>The font file {file} could not be loaded: Arabic map texts use an installed font.</source>
      <translation>Le fichier de police {file} n'a pas pu être chargé : les textes des cartes en arabe utilisent une police installée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="99" />
      <source>The form accepts only answers above {low}.</source>
      <translation>Le formulaire n'accepte que des réponses supérieures à {low}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="104" />
      <source>The form accepts only answers below {high}.</source>
      <translation>Le formulaire n'accepte que des réponses inférieures à {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="92" />
      <source>The form accepts only answers between {low} and {high}.</source>
      <translation>Le formulaire n'accepte que des réponses comprises entre {low} et {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="89" />
      <source>The form accepts only answers from {low} to {high}.</source>
      <translation>Le formulaire n'accepte que des réponses de {low} à {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="102" />
      <source>The form accepts only answers of {high} or less.</source>
      <translation>Le formulaire n'accepte que des réponses de {high} ou moins.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="97" />
      <source>The form accepts only answers of {low} or more.</source>
      <translation>Le formulaire n'accepte que des réponses de {low} ou plus.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="30" />
      <source>The form defines "{column}" as a {type} question: it holds {what}.</source>
      <translation>Le formulaire définit « {column} » comme une question de type {type} : elle contient {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="228" />
      <source>The form file {file} does not exist.</source>
      <translation>Le fichier de formulaire {file} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="90" />
      <source>The form has no label in {language} for {missing}: they show their label in {used} instead (e.g. {examples}), so a label column may mix languages. Add the missing translations to the form to have every label in {language}.</source>
      <translation>Le formulaire n'a pas de libellé en {language} pour {missing} : c'est leur libellé en {used} qui s'affiche à la place (p. ex. {examples}), si bien qu'une colonne de libellés peut mélanger les langues. Ajoutez les traductions manquantes au formulaire pour avoir tous les libellés en {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="44" />
      <source>The form has no labels in '{language}': labels are in {used} (the form has {languages}).</source>
      <translation>Le formulaire n'a pas de libellés en « {language} » : les libellés sont en {used} (le formulaire contient {languages}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="39" />
      <source>The form has no language named '{language}': the labels are those of its 'label' columns without a language name (called 'default'), the form's default. Its languages are {languages}: choose one of them to get another.</source>
      <translation>Le formulaire n'a pas de langue nommée « {language} » : les libellés sont ceux de ses colonnes « label » sans nom de langue (appelées « default »), la langue par défaut du formulaire. Ses langues sont {languages} : choisissez-en une pour en obtenir une autre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="98" />
      <source>The form names several questions '{name}' and the layer does not record which export column each of its columns ({columns}) came from: they were taken in the form's order. If the export had them in another order, check these columns by hand.</source>
      <translation>Le formulaire nomme plusieurs questions « {name} » et la couche n'indique pas de quelle colonne de l'export vient chacune de ses colonnes ({columns}) : elles ont été prises dans l'ordre du formulaire. Si l'export les avait dans un autre ordre, vérifiez ces colonnes à la main.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="116" />
      <source>The form names several questions '{name}'; {path} has no column {column} in the layer (the name the import gives it): it was not checked.</source>
      <translation>Le formulaire nomme plusieurs questions « {name} » ; {path} n'a pas de colonne {column} dans la couche (le nom que lui donne l'import) : elle n'a pas été vérifiée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="97" />
      <source>The form {file} could not be read as an Excel XLSForm (.xlsx). Save it as .xlsx from KoboToolbox or Excel and try again.</source>
      <translation>Le formulaire {file} n'a pas pu être lu comme un XLSForm Excel (.xlsx). Enregistrez-le en .xlsx depuis KoboToolbox ou Excel et réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="119" />
      <source>The form's ID (xmlFormId): the form_id of the XLSForm's settings sheet, also in the form's address on Central, e.g. household_survey.</source>
      <translation>L'identifiant du formulaire (xmlFormId) : le form_id de la feuille settings du XLSForm, aussi dans l'adresse du formulaire sur Central, p. ex. household_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="89" />
      <source>The form's ID on KoboToolbox (asset uid): the code of letters and digits in the form's address, e.g. aBcD1234eFgH5678iJkL9m in https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</source>
      <translation>L'identifiant du formulaire sur KoboToolbox (asset uid) : le code de lettres et de chiffres dans l'adresse du formulaire, p. ex. aBcD1234eFgH5678iJkL9m dans https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="180" />
      <source>The grid cell size must be above 0 m (got {size} m).</source>
      <translation>La taille de maille de la grille doit être supérieure à 0 m (valeur reçue : {size} m).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="120" />
      <source>The household refused consent: it gave no other answer, but the submission keeps its location, area, time and enumerator, which it did not agree to share. Choose remove_survey to leave it out of the cleaned data, or no_action to keep it.</source>
      <translation>Le ménage a refusé le consentement : il n'a donné aucune autre réponse, mais la soumission conserve sa position, sa zone, son heure et son enquêteur, qu'il n'a pas accepté de partager. Choisissez remove_survey pour l'exclure des données nettoyées, ou no_action pour la conserver.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="144" />
      <source>The k of k-anonymity: every count or combination shared describes at least k people.</source>
      <translation>Le k du k-anonymat : chaque effectif ou combinaison partagé décrit au moins k personnes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="249" />
      <source>The key is kept in QGIS's password store: after Export, QGIS may ask for its master password (or to create one). For a one-off export without it, choose a key file.</source>
      <translation>La clé est conservée dans le gestionnaire de mots de passe de QGIS : après Exporter, QGIS peut demander son mot de passe principal (ou d'en créer un). Pour un export ponctuel sans lui, choisissez un fichier de clé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="234" />
      <source>The key is read from your file; QGIS's password store is not used. Use the same file next time to get the same pseudonyms.</source>
      <translation>La clé est lue dans votre fichier ; le gestionnaire de mots de passe de QGIS n'est pas utilisé. Reprenez le même fichier la prochaine fois pour obtenir les mêmes pseudonymes.</translation>
    </message>
    <message>
      <source>The labels of form {id} could not be read from its XForm ({reason}); question and choice names are shown instead.</source>
      <translation type="vanished">Les libellés du formulaire {id} n'ont pas pu être lus dans son XForm ({reason}) ; les noms des questions et des choix sont affichés à la place.</translation>
    </message>
    <message>
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation type="vanished">La langue des libellés du formulaire écrits à côté des codes, telle que les colonnes de libellés du formulaire la nomment : English (en), Français (fr), ou simplement fr. Vide : la langue par défaut du formulaire. Sans formulaire, cela ne change rien.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="62" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation>La langue des libellés du formulaire écrits à côté des codes, comme les colonnes de libellés du formulaire la nomment : English (en), Français (fr), ou simplement fr ; default pour les libellés des colonnes « label » simples du formulaire, qui ne nomment aucune langue. Vide : la langue par défaut du formulaire. Sans formulaire, cela ne change rien.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="40" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language; with Update, the language the GeoPackage was made with. An update asking another language is refused: its old and new rows would be labelled in two languages.</source>
      <translation>La langue des libellés du formulaire écrits à côté des codes, comme les colonnes de libellés du formulaire la nomment : English (en), Français (fr), ou simplement fr ; default pour les libellés des colonnes « label » simples du formulaire, qui ne nomment aucune langue. Vide : la langue par défaut du formulaire ; avec Mettre à jour, la langue dans laquelle le GeoPackage a été créé. Une mise à jour qui demande une autre langue est refusée : ses anciennes et ses nouvelles lignes auraient des libellés en deux langues.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="59" />
      <source>The language of the offline help in the package, as a two-letter code, e.g. fr. Empty: the language of QGIS.</source>
      <translation>La langue de l'aide hors ligne du paquet, en code à deux lettres, p. ex. fr. Vide : la langue de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="97" />
      <source>The language of the texts the toolkit writes on the map (legend, disclaimer, date, scale), as a two-letter code, e.g. fr. Your own title, subtitle and sources are printed as given.</source>
      <translation>La langue des textes que la boîte à outils écrit sur la carte (légende, avertissement, date, échelle), en code à deux lettres, p. ex. fr. Vos propres titre, sous-titre et sources sont imprimés tels quels.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="131" />
      <source>The last day of data collection (PERIOD_END) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-20.</source>
      <translation>Le dernier jour de la collecte (PERIOD_END) « {value} » n'est pas une date : écrivez-le AAAA-MM-JJ, par exemple 2026-03-20.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="76" />
      <source>The last day of data collection, as YYYY-MM-DD, e.g. 2026-03-20: submissions started later are flagged.</source>
      <translation>Le dernier jour de la collecte, au format AAAA-MM-JJ, p. ex. 2026-03-20 : les soumissions commencées après sont signalées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="85" />
      <source>The last downloaded copy is still available: {file} ({records} submissions, synced {when}).</source>
      <translation>La dernière copie téléchargée reste disponible : {file} ({records} soumissions, synchronisée le {when}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="487" />
      <source>The last downloaded copy {file} is in the project ({layers}).</source>
      <translation>La dernière copie téléchargée {file} se trouve dans le projet ({layers}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="212" />
      <source>The last downloaded copy {file} is in the project.</source>
      <translation>La dernière copie téléchargée {file} se trouve dans le projet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="271" />
      <source>The layer to share is missing or cannot be read.</source>
      <translation>La couche à partager est absente ou illisible.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="86" />
      <source>The layer {layer} cannot be read from {source}.</source>
      <translation>La couche {layer} ne peut pas être lue depuis {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="135" />
      <source>The layer {layer} could not be reopened from {source}.</source>
      <translation>La couche {layer} n'a pas pu être rouverte depuis {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="100" />
      <source>The layer {layer} does not hold single points: choose "Remove locations" or "Count by admin area" to share it.</source>
      <translation>La couche {layer} ne contient pas de points simples : choisissez « Supprimer les positions » ou « Compter par unité administrative » pour la partager.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="115" />
      <source>The layer {layer} has a filter ({filter}): only the {shown} of its %n submissions that it shows are shared, and every count (by area, small counts hidden, rare combinations) is made on them, not on the whole survey; the README says so. To share the whole survey, clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel).</source>
      <translation>
        <numerusform>La couche {layer} a un filtre ({filter}) : seules les soumissions qu'elle affiche, {shown} sur %n, sont partagées, et tous les effectifs (par unité administrative, petits effectifs masqués, combinaisons rares) sont calculés sur elles, et non sur l'ensemble de l'enquête ; le README l'indique. Pour partager toute l'enquête, supprimez le filtre (Propriétés de la couche &gt; Source &gt; Constructeur de requêtes, ou l'icône de filtre dans le panneau Couches).</numerusform>
        <numerusform>La couche {layer} a un filtre ({filter}) : seules les soumissions qu'elle affiche, {shown} sur %n, sont partagées, et tous les effectifs (par unité administrative, petits effectifs masqués, combinaisons rares) sont calculés sur elles, et non sur l'ensemble de l'enquête ; le README l'indique. Pour partager toute l'enquête, supprimez le filtre (Propriétés de la couche &gt; Source &gt; Constructeur de requêtes, ou l'icône de filtre dans le panneau Couches).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="86" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The checks compare each submission with the whole survey (duplicates, outliers, interviews in bursts) and write its cleaning log, which would lose the pending rows of the hidden submissions, so nothing was checked: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>La couche {layer} a un filtre ({filter}) : {shown} sur %n soumission affichée. Les contrôles comparent chaque soumission à l'ensemble de l'enquête (doublons, valeurs aberrantes, séries d'entretiens rapprochées) et écrivent son journal de nettoyage, qui perdrait les lignes en attente des soumissions masquées ; rien n'a donc été contrôlé : supprimez le filtre (Propriétés de la couche &gt; Source &gt; Constructeur de requêtes, ou l'icône de filtre dans le panneau Couches) et relancez.</numerusform>
        <numerusform>La couche {layer} a un filtre ({filter}) : {shown} sur %n soumissions affichées. Les contrôles comparent chaque soumission à l'ensemble de l'enquête (doublons, valeurs aberrantes, séries d'entretiens rapprochées) et écrivent son journal de nettoyage, qui perdrait les lignes en attente des soumissions masquées ; rien n'a donc été contrôlé : supprimez le filtre (Propriétés de la couche &gt; Source &gt; Constructeur de requêtes, ou l'icône de filtre dans le panneau Couches) et relancez.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="101" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The cleaned survey is the whole survey minus the submissions the cleaning log removes, so nothing was written: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>La couche {layer} a un filtre ({filter}) : {shown} sur %n soumission affichée. L'enquête nettoyée est l'enquête entière moins les soumissions que le journal de nettoyage supprime ; rien n'a donc été écrit : supprimez le filtre (Propriétés de la couche &gt; Source &gt; Constructeur de requêtes, ou l'icône de filtre dans le panneau Couches) et relancez.</numerusform>
        <numerusform>La couche {layer} a un filtre ({filter}) : {shown} sur %n soumissions affichées. L'enquête nettoyée est l'enquête entière moins les soumissions que le journal de nettoyage supprime ; rien n'a donc été écrit : supprimez le filtre (Propriétés de la couche &gt; Source &gt; Constructeur de requêtes, ou l'icône de filtre dans le panneau Couches) et relancez.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="77" />
      <source>The layer {layer} has no _uuid column: submissions cannot be matched.</source>
      <translation>La couche {layer} n'a pas de colonne _uuid : les soumissions ne peuvent pas être appariées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="448" />
      <source>The layer {layer} has no field {field} ({what}).</source>
      <translation>La couche {layer} n'a pas de champ {field} ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="104" />
      <source>The layer {layer} has no field {field} ({what}). Available fields: {fields}.</source>
      <translation>La couche {layer} n'a pas de champ {field} ({what}). Champs disponibles : {fields}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="137" />
      <source>The layer {layer} has no field {field} to label the areas.</source>
      <translation>La couche {layer} n'a pas de champ {field} pour étiqueter les unités administratives.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="273" />
      <source>The layer {layer} has no field {field} to map.</source>
      <translation>La couche {layer} n'a pas de champ {field} à cartographier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="176" />
      <source>The layer {layer} has no field {field} to name the atlas pages.</source>
      <translation>La couche {layer} n'a pas de champ {field} pour nommer les pages de l'atlas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="401" />
      <source>The layer {layer} has no field {field}.</source>
      <translation>La couche {layer} n'a pas de champ {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="91" />
      <source>The layer {layer} has no field {field}: it is needed to name each submission in the cleaning log.</source>
      <translation>La couche {layer} n'a pas de champ {field} : il est nécessaire pour identifier chaque soumission dans le journal de nettoyage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="430" />
      <source>The layer {layer} has no field {field}: the cleaning log names each submission by it.</source>
      <translation>La couche {layer} n'a pas de champ {field} : le journal de nettoyage désigne chaque soumission par ce champ.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="177" />
      <source>The layer {layer} has no submission id column ({columns}): each point's offset follows its row number (fid). A copy made from a re-imported or re-ordered file moves the points another way: do not give both copies to the same partner.</source>
      <translation>La couche {layer} n'a pas de colonne d'identifiant de soumission ({columns}) : le déplacement de chaque point suit son numéro de ligne (fid). Une copie faite à partir d'un fichier réimporté ou réordonné déplace les points autrement : ne donnez pas les deux copies au même partenaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="163" />
      <source>The layer {layer} holds no points ({kind}): choose the survey's point layer, or the field of the submissions that holds their P-code.</source>
      <translation>La couche {layer} ne contient pas de points ({kind}) : choisissez la couche de points de l'enquête, ou le champ des soumissions qui contient leur P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="156" />
      <source>The layer {layer} is not a polygon layer.</source>
      <translation>La couche {layer} n'est pas une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="266" />
      <source>The layer {layer} is not in a GeoPackage: choose a GeoPackage for the cleaning log.</source>
      <translation>La couche {layer} n'est pas dans un GeoPackage : choisissez un GeoPackage pour le journal de nettoyage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="101" />
      <source>The layer {layer} is not in a GeoPackage: choose the cleaning log file.</source>
      <translation>La couche {layer} n'est pas dans un GeoPackage : choisissez le fichier du journal de nettoyage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="88" />
      <source>The layer {layer} of the field package cannot be read: {file}</source>
      <translation>La couche {layer} du paquet de terrain ne peut pas être lue : {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="260" />
      <source>The layer's point lies {distance} m from these coordinates, at latitude {lat}, longitude {lon}: it was moved after the import, and the GPS checks used it. The new value brings the column to it.</source>
      <translation>Le point de la couche se trouve à {distance} m de ces coordonnées, à la latitude {lat}, longitude {lon} : il a été déplacé après l'import, et les contrôles GPS l'ont utilisé. La nouvelle valeur aligne la colonne sur lui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="490" />
      <source>The layer's points are where interviews took place, often people's homes: displace, snap or aggregate them before sharing.</source>
      <translation>Les points de la couche sont les lieux des entretiens, souvent le domicile des personnes : déplacez-les, alignez-les sur une grille ou agrégez-les avant de les partager.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="93" />
      <source>The layout template has no {kind} item with the id {id}.</source>
      <translation>Le modèle de mise en page n'a pas d'élément {kind} avec l'identifiant {id}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="80" />
      <source>The layout template {file} is not valid XML.</source>
      <translation>Le modèle de mise en page {file} n'est pas un XML valide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="217" />
      <source>The legend is too long for its box: some entries are cut.</source>
      <translation>La légende est trop longue pour son cadre : certaines entrées sont coupées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="367" />
      <source>The location column {column} is not in {file}.</source>
      <translation>La colonne de position {column} n'est pas dans {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="227" />
      <source>The login of '{name}' is read from the QGIS authentication manager (configuration {authcfg}).</source>
      <translation>Les identifiants de « {name} » sont lus dans le gestionnaire d'authentification de QGIS (configuration {authcfg}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="151" />
      <source>The map file; its extension sets the format: .pdf (vector, best for print), .png (image) or .svg (to edit in a drawing program), e.g. household_survey_map.pdf.</source>
      <translation>Le fichier de la carte ; son extension fixe le format : .pdf (vectoriel, le mieux pour l'impression), .png (image) ou .svg (à retoucher dans un logiciel de dessin), p. ex. household_survey_map.pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="79" />
      <source>The map title, e.g. Household WASH survey, Central African Republic. Empty: a title in the map's language saying what is mapped.</source>
      <translation>Le titre de la carte, p. ex. Enquête ménages EHA, République centrafricaine. Vide : un titre dans la langue de la carte qui dit ce qui est représenté.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="133" />
      <source>The minimum count k must be 2 or more (got {k}).</source>
      <translation>L'effectif minimal k doit être de 2 ou plus (valeur reçue : {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="102" />
      <source>The minimum zoom {low} is above the maximum zoom {high}: choose a minimum zoom at or below the maximum.</source>
      <translation>Le zoom minimum {low} dépasse le zoom maximum {high} : choisissez un zoom minimum inférieur ou égal au maximum.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="71" />
      <source>The name "{column}" contains "{keyword}": it likely holds {what}.</source>
      <translation>Le nom « {column} » contient « {keyword} » : la colonne contient probablement {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="63" />
      <source>The name of the package, given to its folder and its zip, e.g. team_a_bangui. Default field_package.</source>
      <translation>Le nom du paquet, donné à son dossier et à son zip, p. ex. team_a_bangui. Par défaut field_package.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="46" />
      <source>The new schema: lower case letters, digits and _. Empty: made from the GeoPackage's file name.</source>
      <translation>Le nouveau schéma : minuscules, chiffres et _. Vide : tiré du nom de fichier du GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="120" />
      <source>The number of colour classes, from 2 to 7 (default 5). Fewer classes read better on paper.</source>
      <translation>Le nombre de classes de couleur, de 2 à 7 (par défaut 5). Moins de classes se lisent mieux sur papier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="66" />
      <source>The number of submissions of form {uid} went down from {before} to {after} during the download (submissions were deleted on the server), so some could have been missed. Nothing was changed; download again.</source>
      <translation>Le nombre de soumissions du formulaire {uid} est passé de {before} à {after} pendant le téléchargement (des soumissions ont été supprimées sur le serveur) : certaines ont pu être manquées. Rien n'a été modifié ; relancez le téléchargement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="115" />
      <source>The number of the project on ODK Central, as in its address: https://central.example.org/#/projects/3 is project 3. Default 1.</source>
      <translation>Le numéro du projet sur ODK Central, tel que dans son adresse : https://central.example.org/#/projects/3 est le projet 3. Par défaut 1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="65" />
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in % of the submissions answering), value_mean or value_median.</source>
      <translation>Le champ numérique qui colore les unités : submissions (le nombre de soumissions, par défaut), answer_pct (une part en % des soumissions qui répondent), value_mean ou value_median.</translation>
    </message>
    <message>
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in %), value_mean or value_median.</source>
      <translation type="vanished">Le champ numérique qui colore les unités : submissions (le nombre de soumissions, par défaut), answer_pct (une part en %), value_mean ou value_median.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="253" />
      <source>The office GeoPackage or the returned one has no 'survey' layer: import the survey first.</source>
      <translation>Le GeoPackage du bureau ou celui qui revient n'a pas de couche « survey » : importez d'abord l'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="210" />
      <source>The office GeoPackage was merged, but the conflicts file {file} could not be written ({reason}): the same list is in its table {table}. Close the program that has the file open if any.</source>
      <translation>Le GeoPackage du bureau a été fusionné, mais le fichier des conflits {file} n'a pas pu être écrit ({reason}) : la même liste se trouve dans la table {table} du GeoPackage. Fermez le programme qui a ce fichier ouvert, s'il y en a un.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="127" />
      <source>The office GeoPackage {file} does not exist.</source>
      <translation>Le GeoPackage du bureau {file} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="89" />
      <source>The office survey GeoPackage the package was prepared from, e.g. household_survey.gpkg. New submissions, values edited by the field team and cleaning decisions are merged into it; raw rows already there never change.</source>
      <translation>Le GeoPackage d'enquête du bureau à partir duquel le paquet a été préparé, p. ex. household_survey.gpkg. Les nouvelles soumissions, les valeurs modifiées par l'équipe de terrain et les décisions de nettoyage y sont fusionnées ; les lignes brutes déjà présentes ne changent jamais.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="299" />
      <source>The offline background is a vector map instead: {file} (countries and admin boundaries).</source>
      <translation>Le fond hors ligne est à la place une carte vectorielle : {file} (pays et limites administratives).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="368" />
      <source>The offline background is a vector map of the countries and admin boundaries.</source>
      <translation>Le fond hors ligne est une carte vectorielle des pays et des limites administratives.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="260" />
      <source>The offline basemap would need {estimate} This is more than the cap of {cap} tiles: choose a smaller area or fewer zoom levels, or raise the maximum number of tiles if you have the time and the connection. Nothing was downloaded.</source>
      <translation>Le fond de carte hors ligne demanderait {estimate} C'est plus que la limite de {cap} tuiles : choisissez une zone plus petite ou moins de niveaux de zoom, ou relevez le nombre maximum de tuiles si vous avez le temps et la connexion. Rien n'a été téléchargé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="249" />
      <source>The offline basemap {file} must be an .mbtiles file.</source>
      <translation>Le fond de carte hors ligne {file} doit être un fichier .mbtiles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="86" />
      <source>The output folder {folder} is not empty: choose an empty or new folder, so that nothing already there is replaced.</source>
      <translation>Le dossier de sortie {folder} n'est pas vide : choisissez un dossier vide ou nouveau, pour que rien de ce qui s'y trouve ne soit remplacé.</translation>
    </message>
    <message>
      <source>The output must not overwrite the input file {file}.</source>
      <translation type="vanished">La sortie ne doit pas écraser le fichier d'entrée {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="100" />
      <source>The output refused the feature {fid} (uuid {uuid}){error}: no cleaned layer was written, as it would miss that submission.</source>
      <translation>La sortie a refusé l'entité {fid} (uuid {uuid}){error} : aucune couche nettoyée n'a été écrite, car il y manquerait cette soumission.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="145" />
      <source>The output {output} is the file {file} that the input "{input}" is read from: writing it would delete every layer and table that file holds (survey, raw data, cleaning log). Nothing was written; choose another file name.</source>
      <translation>La sortie {output} est le fichier {file} d'où l'entrée « {input} » est lue : l'écrire effacerait toutes les couches et tables de ce fichier (enquête, données brutes, journal de nettoyage). Rien n'a été écrit ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="137" />
      <source>The output {output} would replace the table {table} of {file}, which the input "{input}" reads or which holds collected data or the toolkit's records. Nothing was written; choose another table name.</source>
      <translation>La sortie {output} remplacerait la table {table} de {file}, que l'entrée « {input} » lit ou qui contient des données collectées ou les registres de la boîte à outils. Rien n'a été écrit ; choisissez un autre nom de table.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="151" />
      <source>The output {path} would be written outside the chosen folder {folder}; nothing was written.</source>
      <translation>La sortie {path} serait écrite hors du dossier choisi {folder} ; rien n'a été écrit.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="224" />
      <source>The package did not carry %n columns of personal data ({columns}): they were not merged, the office values stay as they are.</source>
      <translation>
        <numerusform>Le paquet ne contenait pas %n colonne de données personnelles ({columns}) : elle n'a pas été fusionnée, les valeurs du bureau restent telles quelles.</numerusform>
        <numerusform>Le paquet ne contenait pas %n colonnes de données personnelles ({columns}) : elles n'ont pas été fusionnées, les valeurs du bureau restent telles quelles.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="353" />
      <source>The package is ready</source>
      <translation>Le paquet est prêt</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="253" />
      <source>The package records no time zone (prepared by an earlier version): %n date-times written in the field without a time zone ({columns}) were read in this computer's time zone ({zone}) and stored in UTC; check them if the field laptops were set to another time zone.</source>
      <translation>
        <numerusform>Le paquet n'enregistre aucun fuseau horaire (préparé par une version antérieure) : %n date-heure saisie sur le terrain sans fuseau horaire ({columns}) a été lue dans le fuseau horaire de cet ordinateur ({zone}) et conservée en UTC ; vérifiez-la si les ordinateurs de terrain étaient réglés sur un autre fuseau horaire.</numerusform>
        <numerusform>Le paquet n'enregistre aucun fuseau horaire (préparé par une version antérieure) : %n dates-heures saisies sur le terrain sans fuseau horaire ({columns}) ont été lues dans le fuseau horaire de cet ordinateur ({zone}) et conservées en UTC ; vérifiez-les si les ordinateurs de terrain étaient réglés sur un autre fuseau horaire.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="144" />
      <source>The package still holds the exact location of each submission (the points of the map).</source>
      <translation>Le paquet contient toujours la position exacte de chaque soumission (les points de la carte).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="85" />
      <source>The package the team brought back: its zip, its manifest.json or its survey GeoPackage, e.g. field_package.zip.</source>
      <translation>Le paquet rapporté par l'équipe : son zip, son manifest.json ou son GeoPackage d'enquête, p. ex. field_package.zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="260" />
      <source>The package {package} was not prepared from {office}: none of its {count} submissions are there (another survey?). Nothing was merged; merge it into the survey file it was made from.</source>
      <translation>Le paquet {package} n'a pas été préparé à partir de {office} : aucune de ses {count} soumissions ne s'y trouve (une autre enquête ?). Rien n'a été fusionné ; fusionnez-le dans le fichier d'enquête à partir duquel il a été préparé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="184" />
      <source>The personal-data keyword file {file} cannot be used ({error}). Fix it or clear the setting {setting} to use the bundled list.</source>
      <translation>Le fichier de mots-clés de données personnelles {file} est inutilisable ({error}). Corrigez-le ou videz le paramètre {setting} pour utiliser la liste fournie avec l'extension.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="200" />
      <source>The point lies in {found}, the answer is {answered}, and the other answers agree with {answered} ({answers}): the GPS point is more likely wrong than the answer. Check the location; give {found} as the new value only if the household really is there.</source>
      <translation>Le point se trouve dans {found}, la réponse indique {answered}, et les autres réponses concordent avec {answered} ({answers}) : le point GPS est plus probablement faux que la réponse. Vérifiez la position ; n'indiquez {found} comme nouvelle valeur que si le ménage s'y trouve vraiment.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="205" />
      <source>The point lies in {found}, the answer is {answered}.</source>
      <translation>Le point se trouve dans {found}, la réponse indique {answered}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/map_points.py" line="73" />
      <source>The points of {layer} are not a protected copy: household locations are personal data, so this map is not georeferenced; share it only if that was decided, or give the points of a copy made by “Export for sharing” instead.</source>
      <translation>Les points de {layer} ne sont pas une copie protégée : les positions des ménages sont des données personnelles, donc cette carte n'est pas géoréférencée ; ne la partagez que si cela a été décidé, ou donnez plutôt les points d'une copie faite par « Exporter pour le partage ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="115" />
      <source>The project {file} could not be written: {error}</source>
      <translation>Le projet {file} n'a pas pu être écrit : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="97" />
      <source>The project's polygon layers with a P-code field. The package takes the whole file they come from.</source>
      <translation>Les couches de polygones du projet ayant un champ P-code. Le paquet prend tout le fichier dont elles viennent.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="72" />
      <source>The proxy set in QGIS (Settings &gt; Options &gt; Network) does not answer or refused the connection to {host} ({reason}). Check the proxy settings with your IT team.</source>
      <translation>Le proxy défini dans QGIS (Préférences &gt; Options &gt; Réseau) ne répond pas ou a refusé la connexion à {host} ({reason}). Vérifiez les paramètres du proxy avec votre service informatique.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="140" />
      <source>The pseudonymisation key could not be saved in the QGIS authentication database.</source>
      <translation>La clé de pseudonymisation n'a pas pu être enregistrée dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="77" />
      <source>The pseudonymisation key in {source} must be at least 32 hexadecimal characters (64 recommended), on one line.</source>
      <translation>La clé de pseudonymisation de {source} doit comporter au moins 32 caractères hexadécimaux (64 recommandés), sur une seule ligne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="68" />
      <source>The question "{column}" is labelled "{label}", which contains "{keyword}": it likely holds {what}.</source>
      <translation>Le libellé de la question « {column} » est « {label} », qui contient « {keyword} » : la colonne contient probablement {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="375" />
      <source>The question has no answer to count: choose another question.</source>
      <translation>La question n'a aucune réponse à compter : choisissez une autre question.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="224" />
      <source>The questions of %n repeat tables ({repeats}) were not checked: the cleaning log names submissions, not repeat rows.</source>
      <translation>
        <numerusform>Les questions de %n table de répétition ({repeats}) n'ont pas été contrôlées : le journal de nettoyage désigne des soumissions, pas des lignes de répétition.</numerusform>
        <numerusform>Les questions de %n tables de répétition ({repeats}) n'ont pas été contrôlées : le journal de nettoyage désigne des soumissions, pas des lignes de répétition.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="183" />
      <source>The repeat tables ({tables}) could not be written beside the cleaned layer ({reason}). Nothing was written under its name.</source>
      <translation>Les tables de répétition ({tables}) n'ont pas pu être écrites à côté de la couche nettoyée ({reason}). Rien n'a été écrit sous son nom.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="260" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer, without the %n rows that belong to removed submissions ({counts}).</source>
      <translation>
        <numerusform>Les tables de répétition ({tables}) ont été écrites à côté de la couche nettoyée, sans %n ligne appartenant à une soumission supprimée ({counts}).</numerusform>
        <numerusform>Les tables de répétition ({tables}) ont été écrites à côté de la couche nettoyée, sans les %n lignes appartenant à des soumissions supprimées ({counts}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="253" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer; none of their rows belongs to a removed submission.</source>
      <translation>Les tables de répétition ({tables}) ont été écrites à côté de la couche nettoyée ; aucune de leurs lignes n'appartient à une soumission supprimée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="183" />
      <source>The request to {host} for {what} could not be sent: the token, the password or the server address holds a character that cannot be sent (a line break, or a character copied by mistake). Copy the token or password again, check the server address, then try again.</source>
      <translation>La requête vers {host} pour {what} n'a pas pu être envoyée : le jeton, le mot de passe ou l'adresse du serveur contient un caractère qui ne peut pas être envoyé (un saut de ligne, ou un caractère copié par erreur). Copiez de nouveau le jeton ou le mot de passe, vérifiez l'adresse du serveur, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="106" />
      <source>The returned package brings nothing new (merged already?): {file} was left as it was.</source>
      <translation>Le paquet revenu n'apporte rien de nouveau (déjà fusionné ?) : {file} est resté tel quel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="89" />
      <source>The returned package {file} holds no survey GeoPackage named {name} (found: {found}).</source>
      <translation>Le paquet revenu {file} ne contient aucun GeoPackage d'enquête nommé {name} (trouvés : {found}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="77" />
      <source>The returned package {file} is neither a field package folder, its zip, nor a GeoPackage.</source>
      <translation>Le paquet revenu {file} n'est ni un dossier de paquet de terrain, ni son zip, ni un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="85" />
      <source>The review sheet {file} cannot be read: {error}</source>
      <translation>La feuille de revue {file} ne peut pas être lue : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="72" />
      <source>The review sheet {file} does not exist.</source>
      <translation>La feuille de revue {file} n'existe pas.</translation>
    </message>
    <message>
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version and change_type).</source>
      <translation type="vanished">La feuille de revue {file} n'a pas de colonne {columns} : exportez-la à nouveau depuis le journal partagé (il lui faut log_id, version et change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="111" />
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version, uuid, question and change_type).</source>
      <translation>La feuille de revue {file} n'a pas de colonne {columns} : exportez-la à nouveau depuis le journal partagé (il lui faut log_id, version, uuid, question et change_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="181" />
      <source>The review sheet {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>La feuille de revue {file} contient la colonne {column} plusieurs fois (colonnes {letters}) : impossible de savoir laquelle lire. Gardez une seule colonne {column} (supprimez ou renommez les autres), puis réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="251" />
      <source>The review sheet {file} is not from the cleaning log of {schema}: {count} of its {total} rows name another submission or question than the log row of the same log_id (row {row}: {uuid}, {question} in the sheet; {db_uuid}, {db_question} in the log). Nothing was saved. Choose the schema the sheet was exported from, or export a new review sheet from {schema} and decide on it.</source>
      <translation>La feuille de revue {file} ne vient pas du journal de nettoyage de {schema} : {count} de ses {total} lignes désignent une autre soumission ou question que la ligne du journal ayant le même log_id (ligne {row} : {uuid}, {question} dans la feuille ; {db_uuid}, {db_question} dans le journal). Rien n'a été enregistré. Choisissez le schéma depuis lequel la feuille a été exportée, ou exportez une nouvelle feuille de revue depuis {schema} et décidez sur celle-ci.</translation>
    </message>
    <message>
      <source>The reviewed log is saved, then applied: the cleaned copy is the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation type="vanished">Le journal examiné est enregistré, puis appliqué : la copie nettoyée est la couche « survey_cleaned » du même GeoPackage. Les données brutes restent inchangées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="128" />
      <source>The reviewed log is saved; applying it writes the cleaned copy, the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation>Le journal relu est enregistré ; l'appliquer écrit la copie nettoyée, la couche 'survey_cleaned' du même GeoPackage. Les données brutes restent telles quelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="138" />
      <source>The role {role} already exists and is not the one the toolkit made for the survey {schema}: its members would be able to read the survey. Nothing was written. Choose another schema name.</source>
      <translation>Le rôle {role} existe déjà et n'est pas celui que la boîte à outils a créé pour l'enquête {schema} : ses membres pourraient lire l'enquête. Rien n'a été écrit. Choisissez un autre nom de schéma.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="118" />
      <source>The role {role} does not exist and you may not create roles. Ask the database administrator to run: CREATE ROLE {role} NOLOGIN; (or to give you CREATEROLE).</source>
      <translation>Le rôle {role} n'existe pas et vous ne pouvez pas créer de rôles. Demandez à l'administrateur de la base de données d'exécuter : CREATE ROLE {role} NOLOGIN; (ou de vous donner CREATEROLE).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="199" />
      <source>The roles {reviewer} and {viewer} were kept with their members ({members}): they now read the new survey of {schema}. Revoke a role from anyone who should not (REVOKE &lt;role&gt; FROM &lt;person&gt;).</source>
      <translation>Les rôles {reviewer} et {viewer} ont été conservés avec leurs membres ({members}) : ceux-ci lisent désormais la nouvelle enquête de {schema}. Retirez le rôle à quiconque ne devrait pas la lire (REVOKE &lt;role&gt; FROM &lt;person&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="75" />
      <source>The same identifiers under another name replaced by pseudonyms with the same key: {columns}.</source>
      <translation>Les mêmes identifiants sous un autre nom, remplacés par des pseudonymes avec la même clé : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="117" />
      <source>The sample dataset was not found in {folder}; reinstall the plugin.</source>
      <translation>Le jeu de données d'exemple est introuvable dans {folder} ; réinstallez l'extension.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="398" />
      <source>The saved connection '{name}' holds an old token or password: choose 'New connection', enter the new one and save it under the same name.</source>
      <translation>La connexion enregistrée « {name} » contient un ancien jeton ou mot de passe : choisissez « Nouvelle connexion », saisissez le nouveau et enregistrez-le sous le même nom.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="108" />
      <source>The saved credentials '{authcfg}' were not found in the QGIS authentication database. Enter the token or password again.</source>
      <translation>Les identifiants enregistrés « {authcfg} » sont introuvables dans la base d'authentification de QGIS. Saisissez de nouveau le jeton ou le mot de passe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="130" />
      <source>The schema {schema} already holds a table '{table}' that is not a cleaned layer: it is left as it is. Choose another table name, such as {suggestion}.</source>
      <translation>Le schéma {schema} contient déjà une table « {table} » qui n'est pas une couche nettoyée : elle est laissée telle quelle. Choisissez un autre nom de table, par exemple {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="142" />
      <source>The schema {schema} holds another survey (form '{stored_form}', from {stored_source}) than {file} (form '{form}'): it is not replaced. Nothing was written. Check the schema name; to replace that survey and everything saved in it by this one, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>Le schéma {schema} contient une autre enquête (formulaire « {stored_form} », provenant de {stored_source}) que {file} (formulaire « {form} ») : il n'est pas remplacé. Rien n'a été écrit. Vérifiez le nom du schéma ; pour remplacer cette enquête, et tout ce qui y a été enregistré, par celle-ci, choisissez aussi « Le remplacer même s'il contient une autre enquête ou des décisions ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="103" />
      <source>The secret named by {source} ({what})</source>
      <translation>Le secret désigné par {source} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="84" />
      <source>The secret of the authentication configuration {authcfg} ({what})</source>
      <translation>Le secret de la configuration d'authentification {authcfg} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="336" />
      <source>The secret of the saved connection {name}</source>
      <translation>Le secret de la connexion enregistrée {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="240" />
      <source>The secure connection (HTTPS/TLS) to {host} failed: {reason}. Check the server address (https:// or http://) and the computer's date and time; if your organisation inspects traffic, ask your IT team for its certificate.</source>
      <translation>La connexion sécurisée (HTTPS/TLS) à {host} a échoué : {reason}. Vérifiez l'adresse du serveur (https:// ou http://) ainsi que la date et l'heure de l'ordinateur ; si votre organisation inspecte le trafic, demandez son certificat à votre service informatique.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="458" />
      <source>The server address cannot be read: write it the way https://kf.kobotoolbox.org is written.</source>
      <translation>L'adresse du serveur ne peut pas être lue : écrivez-la comme s'écrit https://kf.kobotoolbox.org.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="470" />
      <source>The server address must be the address alone, such as {address}: a user name, password or token written in it (before @, after ? or #) would be saved with the data, so give them in the authentication configuration or SECRET instead.</source>
      <translation>L'adresse du serveur doit être l'adresse seule, comme {address} : un nom d'utilisateur, un mot de passe ou un jeton qui y serait écrit (avant @, après ? ou #) serait enregistré avec les données ; indiquez-les plutôt dans la configuration d'authentification ou dans SECRET.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="146" />
      <source>The server did not send the date of the last submission.</source>
      <translation>Le serveur n'a pas envoyé la date de la dernière soumission.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="96" />
      <source>The server name {host} could not be found (DNS). Check the address for typing mistakes and check that this computer is connected to the internet.</source>
      <translation>Le nom de serveur {host} est introuvable (DNS). Vérifiez que l'adresse ne contient pas de faute de frappe et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="393" />
      <source>The server or the login changed during the check: check again.</source>
      <translation>Le serveur ou les identifiants ont changé pendant la vérification : vérifiez de nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="151" />
      <source>The session on {host} could not be closed; it ends by itself within 24 hours.</source>
      <translation>La session sur {host} n'a pas pu être fermée ; elle se termine d'elle-même dans les 24 heures.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="199" />
      <source>The shared GeoPackage could not be reopened to record its protection.</source>
      <translation>Le GeoPackage à partager n'a pas pu être rouvert pour y consigner sa protection.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="163" />
      <source>The shared GeoPackage could not be written: {error}</source>
      <translation>Le GeoPackage à partager n'a pas pu être écrit : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="135" />
      <source>The shared file needs a name before {suffix}: {file} has none.</source>
      <translation>Le fichier partagé doit avoir un nom avant {suffix} : {file} n'en a pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="57" />
      <source>The sheet of an XLSX export that holds the submissions, by its name, e.g. household_survey. Empty: the first visible sheet (hidden sheets are skipped). Not used for CSV, zip or GeoJSON files.</source>
      <translation>La feuille d'un export XLSX qui contient les soumissions, par son nom, p. ex. household_survey. Vide : la première feuille visible (les feuilles masquées sont ignorées). Sans effet pour les fichiers CSV, zip ou GeoJSON.</translation>
    </message>
    <message>
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id and version columns as they are.</source>
      <translation type="vanished">La feuille écrite par « Exporter une feuille de revue », avec vos décisions ; gardez ses colonnes log_id et version telles quelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="88" />
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id, version, uuid, question, old_value and as_exported columns as they are.</source>
      <translation>La feuille écrite par « Exporter une feuille de revue », avec vos décisions ; gardez ses colonnes log_id, version, uuid, question, old_value et as_exported telles quelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="147" />
      <source>The shortest plausible interview ({shortest} minutes, MIN_DURATION) is longer than the longest ({longest} minutes, MAX_DURATION): every interview would be flagged. Swap the two values.</source>
      <translation>L'entretien plausible le plus court ({shortest} minutes, MIN_DURATION) est plus long que le plus long ({longest} minutes, MAX_DURATION) : tous les entretiens seraient signalés. Inversez les deux valeurs.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="84" />
      <source>The smallest count shown, and the fewest rows that may share a combination of the columns an outsider could know. Default 5; 10 or more for sensitive data (protection, health).</source>
      <translation>Le plus petit comptage montré, et le moins de lignes pouvant partager une combinaison des colonnes qu'une personne extérieure pourrait connaître. Par défaut 5 ; 10 ou plus pour des données sensibles (protection, santé).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="220" />
      <source>The start state of {folder} is missing; start a new session in an empty folder.</source>
      <translation>L'état de départ de {folder} est manquant ; démarrez une nouvelle session dans un dossier vide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="80" />
      <source>The submission has no GPS point.</source>
      <translation>La soumission n'a pas de point GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="227" />
      <source>The submission {uuid} has no location.</source>
      <translation>La soumission {uuid} n'a pas de position.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="139" />
      <source>The submission's id, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid and the ODK download writes it: it stays the same when the submission is edited on the server (the raw table keeps {column} as received).</source>
      <translation>L'identifiant de la soumission, tiré de la colonne {column} sans son préfixe 'uuid:', comme Kobo écrit _uuid et comme l'écrit le téléchargement ODK : il reste le même quand la soumission est modifiée sur le serveur (la table brute garde {column} tel que reçu).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="144" />
      <source>The submission's instanceID, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid (the raw table keeps {column} as received).</source>
      <translation>L'instanceID de la soumission, tiré de la colonne {column} sans son préfixe 'uuid:', comme Kobo écrit _uuid (la table brute garde {column} tel que reçu).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="222" />
      <source>The submissions go into a GeoPackage: raw tables as received, the 'survey' point layer and a log of each download.</source>
      <translation>Les soumissions sont écrites dans un GeoPackage : tables brutes telles que reçues, couche de points « survey » et journal de chaque téléchargement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="187" />
      <source>The submissions were counted by their P-code, but the result cannot be mapped until it is set.</source>
      <translation>Les soumissions ont été comptées par leur P-code, mais le résultat ne peut pas être cartographié tant que le système de coordonnées de référence n'est pas défini.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="15" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: raw tables exactly as received, the typed layer 'survey' and one table per repeat group. With Update, the existing file is extended. It is written to a temporary file first: a failed download leaves the previous file as it was.</source>
      <translation>Le GeoPackage d'enquête à écrire, p. ex. household_survey.gpkg : les tables brutes exactement telles que reçues, la couche typée 'survey' et une table par groupe répété. Avec Mettre à jour, le fichier existant est complété. Il est d'abord écrit dans un fichier temporaire : un téléchargement qui échoue laisse le fichier précédent tel quel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="68" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: the raw table exactly as received, the typed layer 'survey' (points in EPSG:4326), one table per repeat group and a metadata table. It is written to a temporary file and renamed when complete: a failed import leaves no half-written file.</source>
      <translation>Le GeoPackage d'enquête à écrire, p. ex. household_survey.gpkg : la table brute exactement telle que reçue, la couche typée 'survey' (points en EPSG:4326), une table par groupe répété et une table de métadonnées. Il est écrit dans un fichier temporaire puis renommé une fois complet : un import qui échoue ne laisse aucun fichier à moitié écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="99" />
      <source>The survey GeoPackage {file} does not exist or is not a .gpkg file.</source>
      <translation>Le GeoPackage d'enquête {file} n'existe pas ou n'est pas un fichier .gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="73" />
      <source>The survey GeoPackage {file} does not exist.</source>
      <translation>Le GeoPackage d'enquête {file} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="114" />
      <source>The survey GeoPackage {file} was written, but it could not be shared in PostgreSQL: {reason}</source>
      <translation>Le GeoPackage de l'enquête {file} a été écrit, mais il n'a pas pu être partagé dans PostgreSQL : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="78" />
      <source>The survey GeoPackages and the admin boundaries go into the package with a project that opens without the internet, and the offline help.</source>
      <translation>Les GeoPackages d'enquête et les limites administratives entrent dans le paquet, avec un projet qui s'ouvre sans internet et l'aide hors ligne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="48" />
      <source>The survey GeoPackages the field team takes along (written by the import or a download), e.g. household_survey.gpkg; their attachment folders come along.</source>
      <translation>Les GeoPackages d'enquête que l'équipe de terrain emporte (écrits par l'import ou un téléchargement), p. ex. household_survey.gpkg ; leurs dossiers de pièces jointes viennent avec eux.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="377" />
      <source>The survey has no numeric question: choose another kind of map.</source>
      <translation>L'enquête n'a aucune question numérique : choisissez un autre type de carte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="233" />
      <source>The survey is in the project. Next step: check and clean it (CartONG &gt; 2. Check and clean…).</source>
      <translation>L'enquête est dans le projet. Étape suivante : la contrôler et la nettoyer (CartONG &gt; 2. Contrôler et nettoyer…).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="22" />
      <source>The survey layer to read: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. It is only read, never changed.</source>
      <translation>La couche d'enquête à lire : en général la couche 'survey' du GeoPackage écrit par l'import ou un téléchargement, p. ex. household_survey.gpkg|layername=survey. Elle est seulement lue, jamais modifiée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="29" />
      <source>The survey layer: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. Another layer or table works when it has the _uuid column that names each submission. It is only read, never changed.</source>
      <translation>La couche d'enquête : en général la couche 'survey' du GeoPackage écrit par l'import ou un téléchargement, p. ex. household_survey.gpkg|layername=survey. Une autre couche ou table convient si elle a la colonne _uuid qui nomme chaque soumission. Elle est seulement lue, jamais modifiée.</translation>
    </message>
    <message>
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing).</source>
      <translation type="vanished">Les points de l'enquête dessinés au-dessus, p. ex. household_survey.gpkg|layername=survey ; une carte de chaleur en a besoin. Ils montrent où les ménages ont été interrogés : pour une carte partagée hors de l'équipe, laissez-les de côté ou donnez une copie protégée (Exporter pour le partage).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="69" />
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing). Points that are not a protected copy are warned of, and the PDF is then not georeferenced.</source>
      <translation>Les points de l'enquête dessinés au-dessus, p. ex. household_survey.gpkg|layername=survey ; une carte de chaleur en a besoin. Ils montrent où les ménages ont été interrogés : pour une carte partagée hors de l'équipe, laissez-les de côté ou donnez une copie protégée (Exporter pour le partage). Les points qui ne sont pas une copie protégée font l'objet d'un avertissement, et le PDF n'est alors pas géoréférencé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="116" />
      <source>The survey schema {schema} has no cleaning log in {target}: run the checks and copy the survey again.</source>
      <translation>Le schéma d'enquête {schema} n'a pas de journal de nettoyage dans {target} : lancez les contrôles et copiez l'enquête à nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="393" />
      <source>The survey sheet of {file} names two questions '{name}' in the same group (rows {first} and {second}): each question needs its own name. Rename one of them, or import the data without the form.</source>
      <translation>La feuille survey de {file} nomme deux questions « {name} » dans le même groupe (lignes {first} et {second}) : chaque question doit avoir son propre nom. Renommez l'une d'elles, ou importez les données sans le formulaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="270" />
      <source>The survey sheet of {file}: group '{name}' is never closed.</source>
      <translation>Feuille survey de {file} : le groupe « {name} » n'est jamais fermé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="15" />
      <source>The survey submissions to count: the layer 'survey' of the imported GeoPackage (e.g. household_survey.gpkg|layername=survey) or its cleaned copy. Submissions without a location are counted only by a P-code field (JOIN_FIELD).</source>
      <translation>Les soumissions de l'enquête à compter : la couche 'survey' du GeoPackage importé (p. ex. household_survey.gpkg|layername=survey) ou sa copie nettoyée. Les soumissions sans localisation ne sont comptées que par un champ de P-code (JOIN_FIELD).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="342" />
      <source>The surveys and boundaries have no location to take the area from: give the area of the offline basemap.</source>
      <translation>Les enquêtes et les limites n'ont aucune localisation d'où tirer la zone : indiquez la zone du fond de carte hors ligne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="77" />
      <source>The table {table} cannot be created in {file}: {reason}</source>
      <translation>La table {table} ne peut pas être créée dans {file} : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="297" />
      <source>The table {table} could not be written into {file} ({reason}). {file} is unchanged: its other tables and a previous {table} are as they were.</source>
      <translation>La table {table} n'a pas pu être écrite dans {file} ({reason}). {file} est inchangé : ses autres tables et l'éventuelle table {table} précédente sont restées telles quelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="174" />
      <source>The table {table} of {file} has the column {column} more than once ({names}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>La table {table} de {file} contient la colonne {column} plusieurs fois ({names}) : impossible de savoir laquelle lire. Gardez une seule colonne {column} (supprimez ou renommez les autres), puis réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="180" />
      <source>The table {table} of {file} is damaged (row {row}): the package cannot be merged safely.</source>
      <translation>La table {table} de {file} est endommagée (ligne {row}) : le paquet ne peut pas être fusionné sans risque.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="89" />
      <source>The task failed.</source>
      <translation>La tâche a échoué.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="193" />
      <source>The tiles could not be written to {file}: {error}</source>
      <translation>Les tuiles n'ont pas pu être écrites dans {file} : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="105" />
      <source>The time window of the burst check, in minutes (default 30).</source>
      <translation>La fenêtre de temps du contrôle des rafales, en minutes (par défaut 30).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="66" />
      <source>The time zone the field laptops are set to, by its IANA name, e.g. Africa/Bangui. The merge reads the date-times QGIS 3.22 writes without a time zone in it. Empty: the time zone of this computer.</source>
      <translation>Le fuseau horaire réglé sur les ordinateurs de terrain, par son nom IANA, p. ex. Africa/Bangui. La fusion y lit les dates-heures que QGIS 3.22 écrit sans fuseau horaire. Vide : le fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="77" />
      <source>The time zone {zone} is UTC{offset} (the tz database reverses the sign of the Etc/GMT zones): give the place the field laptops are set to instead, such as Africa/Bangui.</source>
      <translation>Le fuseau horaire {zone} est UTC{offset} (la base tz inverse le signe des fuseaux Etc/GMT) : donnez plutôt le lieu réglé sur les ordinateurs de terrain, comme Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="84" />
      <source>The time zone {zone} is not known: give the time zone the field laptops are set to by its IANA name, such as Africa/Bangui, or leave it empty for this computer's.</source>
      <translation>Le fuseau horaire {zone} est inconnu : donnez le fuseau horaire réglé sur les ordinateurs de terrain par son nom IANA, comme Africa/Bangui, ou laissez-le vide pour celui de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="47" />
      <source>The times of {column} have no time zone while those of {other} have {offset}: they were read in {offset}.</source>
      <translation>Les heures de {column} n'ont pas de fuseau horaire alors que celles de {other} ont {offset} : elles ont été lues en {offset}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="94" />
      <source>The title of the legend, e.g. Households interviewed. Empty: the name of the value mapped.</source>
      <translation>Le titre de la légende, p. ex. Ménages interrogés. Vide : le nom de la valeur représentée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="338" />
      <source>The token or password typed</source>
      <translation>Le jeton ou le mot de passe saisi</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="263" />
      <source>The training opens its own project: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>La formation ouvre son propre projet : {project}, avec %n couche, sera fermé. L'enregistrer d'abord ?</numerusform>
        <numerusform>La formation ouvre son propre projet : {project}, avec ses %n couches, sera fermé. L'enregistrer d'abord ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="330" />
      <source>The training project {file} could not be opened.</source>
      <translation>Le projet de formation {file} n'a pas pu être ouvert.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="83" />
      <source>The training project {file} could not be written.</source>
      <translation>Le projet de formation {file} n'a pas pu être écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="370" />
      <source>The training session could not be written in {folder} ({reason}): nothing was left there. Choose a folder you can write to.</source>
      <translation>La session de formation n'a pas pu être écrite dans {folder} ({reason}) : rien n'y a été laissé. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="247" />
      <source>The upper limit of each class but the last, increasing. The first class starts at the smallest value, the last ends at the largest.</source>
      <translation>La limite supérieure de chaque classe sauf la dernière, par ordre croissant. La première classe commence à la plus petite valeur, la dernière se termine à la plus grande.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="13" />
      <source>The widest zoom level to download, from 0 (the whole world) to 19 (a house). Default 5: a country.</source>
      <translation>Le niveau de zoom le plus large à télécharger, de 0 (le monde entier) à 19 (une maison). Par défaut 5 : un pays.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="86" />
      <source>The workbook has no sheet for them: import KoboToolbox's XLSX export with all its sheets (one per repeat group; hidden sheets are not read).</source>
      <translation>Le classeur n'a pas de feuille pour eux : importez l'export XLSX de KoboToolbox avec toutes ses feuilles (une par groupe répété ; les feuilles masquées ne sont pas lues).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="320" />
      <source>Their explanation: '{theirs}'. Yours: '{mine}'.</source>
      <translation>Son explication : « {theirs} ». La vôtre : « {mine} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="92" />
      <source>There is no field {field} in {layer} ({parameter}), nor one close to it. Write the name as the layer has it; its fields are: {fields}</source>
      <translation>Il n'y a pas de champ {field} dans {layer} ({parameter}), ni de champ au nom proche. Écrivez le nom tel qu'il est dans la couche ; ses champs sont : {fields}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="87" />
      <source>There is no field {field} in {layer} ({parameter}); the closest field names are: {close}. Write the name as the layer has it.</source>
      <translation>Il n'y a pas de champ {field} dans {layer} ({parameter}) ; les noms de champs les plus proches sont : {close}. Écrivez le nom tel qu'il est dans la couche.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="131" />
      <source>There is no layer to put on the map.</source>
      <translation>Il n'y a aucune couche à mettre sur la carte.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="121" />
      <source>There is no offline help for this step yet. Use the online guide below when you are connected.</source>
      <translation>Il n'y a pas encore d'aide hors ligne pour cette étape. Utilisez le guide en ligne ci-dessous lorsque vous disposez d'une connexion.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="307" />
      <source>There is not enough space in {folder} for the training session: it needs about {needed} MB and {free} MB are free. Nothing was written. Free some space on that disk or choose a folder on another disk.</source>
      <translation>Il n'y a pas assez de place dans {folder} pour la session de formation : elle demande environ {needed} Mo et {free} Mo sont libres. Rien n'a été écrit. Libérez de la place sur ce disque ou choisissez un dossier sur un autre disque.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="70" />
      <source>There is not enough space in {folder} to write {file}: nothing was written and any previous {file} was kept. Free some space on that disk or choose another folder.</source>
      <translation>Il n'y a pas assez d'espace dans {folder} pour écrire {file} : rien n'a été écrit et l'éventuel {file} précédent a été conservé. Libérez de l'espace sur ce disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="245" />
      <source>This GeoPackage already exists</source>
      <translation>Ce GeoPackage existe déjà</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="74" />
      <source>This QGIS has no '{method}' authentication method to keep the credentials.</source>
      <translation>Ce QGIS n'a pas de méthode d'authentification « {method} » pour conserver les identifiants.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="154" />
      <source>This account has no forms on this server, or none shared with it.</source>
      <translation>Ce compte n'a aucun formulaire sur ce serveur, ou aucun ne lui est partagé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="66" />
      <source>This computer's time zone ({zone}) is not a time zone QGIS knows by name: give the time zone the field laptops are set to (TIME_ZONE) by its IANA name, such as Africa/Bangui.</source>
      <translation>Le fuseau horaire de cet ordinateur ({zone}) n'est pas un fuseau horaire que QGIS connaît par son nom : donnez le fuseau horaire réglé sur les ordinateurs de terrain (TIME_ZONE) par son nom IANA, comme Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="149" />
      <source>This form is not deployed and has no submissions to download.</source>
      <translation>Ce formulaire n'est pas déployé et n'a aucune soumission à télécharger.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="190" />
      <source>This layout has no atlas to export.</source>
      <translation>Cette mise en page n'a pas d'atlas à exporter.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="101" />
      <source>This many interviews (default 4) started by one device or enumerator within the minutes below are flagged: too fast to be real interviews.</source>
      <translation>Ce nombre d'entretiens (par défaut 4) commencés par un même appareil ou enquêteur dans les minutes ci-dessous est signalé : trop rapide pour être de vrais entretiens.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="104" />
      <source>This package carries personal data: {what}.</source>
      <translation>Ce paquet contient des données personnelles : {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="174" />
      <source>This package was prepared by version 0.2.0: changes made in the field to the rows of repeat tables of existing submissions cannot be told and were not merged; compare them by hand.</source>
      <translation>Ce paquet a été préparé par la version 0.2.0 : les modifications faites sur le terrain aux lignes des tables de répétition des soumissions existantes ne peuvent pas être identifiées et n'ont pas été fusionnées ; comparez-les à la main.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="324" />
      <source>This text is too long for its place on the map, even in small letters, and was shortened to end in “…”: “{text}”. Choose a shorter text to print it whole.</source>
      <translation>Ce texte est trop long pour sa place sur la carte, même en petits caractères, et a été raccourci pour se terminer par « … » : « {text} ». Choisissez un texte plus court pour l'imprimer en entier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="99" />
      <source>This update could not check for submissions deleted, edited or missing on {host} since the last download of form {id}, because the comparison with the server's list failed: {reason} The new submissions were written all the same. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>Cette mise à jour n'a pas pu vérifier les soumissions supprimées, modifiées ou manquantes sur {host} depuis le dernier téléchargement du formulaire {id}, car la comparaison avec la liste du serveur a échoué : {reason} Les nouvelles soumissions ont quand même été écrites. Pour être sûr d'avoir la version actuelle du serveur, téléchargez le formulaire dans un nouveau GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="197" />
      <source>Thresholds</source>
      <translation>Seuils</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="96" />
      <source>Ticked (default): links to the server and names of attachments (photos, signatures) are removed, since a photo can show a face. Untick only for a copy that stays in the team.</source>
      <translation>Coché (par défaut) : les liens vers le serveur et les noms des pièces jointes (photos, signatures) sont retirés, car une photo peut montrer un visage. Décochez seulement pour une copie qui reste dans l'équipe.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="106" />
      <source>Ticked (default): the decisions already taken in the existing cleaning log (new values, no_action, remove_survey, with who and when) are kept and new findings added. Not ticked: the log is written afresh and earlier decisions are lost.</source>
      <translation>Coché (par défaut) : les décisions déjà prises dans le journal de nettoyage existant (nouvelles valeurs, no_action, remove_survey, avec qui et quand) sont conservées et les nouveaux constats ajoutés. Non coché : le journal est réécrit à neuf et les décisions antérieures sont perdues.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="127" />
      <source>Ticked: one page per admin area with data, zoomed on it, all in one PDF (the map file must end in .pdf).</source>
      <translation>Coché : une page par unité administrative avec des données, zoomée sur elle, toutes dans un seul PDF (le fichier de carte doit finir par .pdf).</translation>
    </message>
    <message>
      <source>Ticked: only the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation type="vanished">Coché : seules les soumissions plus récentes que la dernière synchronisation enregistrée dans le GeoPackage sont téléchargées et ajoutées. Non coché : toutes les soumissions du formulaire sont téléchargées dans le GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="32" />
      <source>Ticked: photos, signatures and other files attached to the submissions are downloaded into a folder beside the GeoPackage, named after it (household_survey_attachments). It can take long and much space over a slow connection.</source>
      <translation>Coché : les photos, signatures et autres fichiers joints aux soumissions sont téléchargés dans un dossier à côté du GeoPackage, nommé d'après lui (household_survey_attachments). Cela peut prendre longtemps et beaucoup de place avec une connexion lente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="126" />
      <source>Ticked: the names of the areas (the name field below) are written on the map where they fit.</source>
      <translation>Coché : les noms des unités (le champ de nom ci-dessous) sont écrits sur la carte là où ils tiennent.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="23" />
      <source>Ticked: the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended, with any older one the GeoPackage lacks; submissions deleted, edited or reviewed again on the server since are named in a warning, not changed in the GeoPackage. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation>Coché : les soumissions plus récentes que la dernière synchronisation enregistrée dans le GeoPackage sont téléchargées et ajoutées, avec toute soumission plus ancienne qui manque au GeoPackage ; les soumissions supprimées, modifiées ou revues à nouveau sur le serveur depuis sont nommées dans un avertissement, sans être modifiées dans le GeoPackage. Non coché : toutes les soumissions du formulaire sont téléchargées dans le GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="98" />
      <source>Tiles estimated</source>
      <translation>Tuiles estimées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="184" />
      <source>Tiles of a background map you have in QGIS (while you are online) are stored in the package. Without one, a simple background of countries and admin boundaries is used.</source>
      <translation>Les tuiles d'un fond de carte que vous avez dans QGIS (tant que vous êtes en ligne) sont enregistrées dans le paquet. Sans fond de carte, un fond simple de pays et de limites administratives est utilisé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="99" />
      <source>Tiles that could not be downloaded</source>
      <translation>Tuiles qui n'ont pas pu être téléchargées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="97" />
      <source>Tiles written</source>
      <translation>Tuiles écrites</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="114" />
      <source>Time zone of the field laptops (e.g. Africa/Bangui; empty: this computer's)</source>
      <translation>Fuseau horaire des ordinateurs de terrain (p. ex. Africa/Bangui ; vide : celui de cet ordinateur)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="84" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="57" />
      <source>To decide</source>
      <translation>À décider</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="204" />
      <source>To zoom level (streets)</source>
      <translation>Au niveau de zoom (rues)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="329" />
      <source>Training</source>
      <translation>Formation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="70" />
      <source>Training session summary</source>
      <translation>Résumé de la session de formation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="198" />
      <source>Training session…</source>
      <translation>Session de formation…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="104" />
      <source>Two survey GeoPackages are named {file}: rename one, the package keeps one folder of data.</source>
      <translation>Deux GeoPackages d'enquête s'appellent {file} : renommez-en un, le paquet n'a qu'un dossier de données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="385" />
      <source>Type the class limits, e.g. 10, 20, 50.</source>
      <translation>Saisissez les limites des classes, par exemple 10, 20, 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="48" />
      <source>Type the class limits, e.g. 10, 20, 50: maps of several rounds or surveys then compare.</source>
      <translation>Saisissez les limites de classes, par ex. 10, 20, 50 : les cartes de plusieurs cycles ou enquêtes sont alors comparables.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="25" />
      <source>Typed admin names</source>
      <translation>Noms d'unités administratives saisis</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="307" />
      <source>UTF-16 text without its byte-order mark</source>
      <translation>du texte UTF-16 sans son indicateur d'ordre des octets (BOM)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="70" />
      <source>Unexpected error during the import: {error}. Details are in the log.</source>
      <translation>Erreur inattendue pendant l'import : {error}. Les détails figurent dans le journal des messages.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="64" />
      <source>Unexpected error: {error}. Details are in the message log.</source>
      <translation>Erreur inattendue : {error}. Les détails figurent dans le journal des messages.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="70" />
      <source>Unicode (UTF-8), with a few lines in {encoding}: check their accents</source>
      <translation>Unicode (UTF-8), avec quelques lignes en {encoding} : vérifiez leurs accents</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="74" />
      <source>Unicode (UTF-8): accents and every script read correctly</source>
      <translation>Unicode (UTF-8) : les accents et toutes les écritures se lisent correctement</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="87" />
      <source>Unknown background {name}; choose one of {names}.</source>
      <translation>Fond de carte inconnu {name} ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="27" />
      <source>Unknown classification {name}; choose one of {names}.</source>
      <translation>Classification inconnue {name} ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="88" />
      <source>Unknown location protection "{mode}"; use one of {modes}.</source>
      <translation>Protection des positions inconnue « {mode} » ; utilisez l'une des suivantes : {modes}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="170" />
      <source>Unknown map language {language}; choose one of {languages}.</source>
      <translation>Langue de carte inconnue {language} ; choisissez parmi {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="65" />
      <source>Unknown page {page}; choose one of {pages}.</source>
      <translation>Page inconnue {page} ; choisissez parmi {pages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="61" />
      <source>Unknown palette {name}; choose one of {names}.</source>
      <translation>Palette inconnue {name} ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="125" />
      <source>Unknown server kind '{kind}': use KoboToolbox or ODK Central.</source>
      <translation>Type de serveur inconnu « {kind} » : utilisez KoboToolbox ou ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="128" />
      <source>Unknown statistic {name}; choose one of {names}.</source>
      <translation>Statistique inconnue {name} ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="66" />
      <source>Unsaved cleaning log</source>
      <translation>Journal de nettoyage non enregistré</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="284" />
      <source>Unusual value within its {group}: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>Valeur inhabituelle au sein de son groupe {group} : plus de la moitié des réponses sont égales, son score z est donc calculé à partir de la moyenne des écarts absolus : {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="293" />
      <source>Unusual value within its {group}: robust z-score {z}.</source>
      <translation>Valeur inhabituelle au sein de son groupe {group} : score z robuste {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="273" />
      <source>Unusual value within its {group}: the middle half of the answers there are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>Valeur inhabituelle au sein de son groupe {group} : la moitié centrale des réponses y est une même valeur, donc sa distance à cette valeur est comparée aux distances des autres réponses à celle-ci : score z robuste {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="288" />
      <source>Unusual value: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>Valeur inhabituelle : plus de la moitié des réponses sont égales, son score z est donc calculé à partir de la moyenne des écarts absolus : {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="296" />
      <source>Unusual value: robust z-score {z}.</source>
      <translation>Valeur inhabituelle : score z robuste {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="278" />
      <source>Unusual value: the middle half of the answers are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>Valeur inhabituelle : la moitié centrale des réponses est une même valeur, donc sa distance à cette valeur est comparée aux distances des autres réponses à celle-ci : score z robuste {z}.</translation>
    </message>
    <message>
      <source>Unusual value{scope}: robust z-score {z}.</source>
      <translation type="vanished">Valeur inhabituelle{scope} : score z robuste {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="253" />
      <source>Update</source>
      <translation>Mise à jour</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="248" />
      <source>Update (only new submissions)</source>
      <translation>Mettre à jour (seulement les nouvelles soumissions)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="32" />
      <source>Update: download new submissions and append them</source>
      <translation>Mettre à jour : télécharger les nouvelles soumissions et les ajouter</translation>
    </message>
    <message>
      <source>Update: download only new submissions and append them</source>
      <translation type="vanished">Mettre à jour : télécharger seulement les nouvelles soumissions et les ajouter</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="52" />
      <source>Update: older submissions that were missing from the GeoPackage, added</source>
      <translation>Mise à jour : soumissions plus anciennes qui manquaient dans le GeoPackage, ajoutées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="59" />
      <source>Update: uuids of the submissions deleted on the server (kept in the GeoPackage)</source>
      <translation>Mise à jour : uuid des soumissions supprimées sur le serveur (conservées dans le GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="63" />
      <source>Update: uuids of the submissions edited or reviewed again on the server (kept as downloaded)</source>
      <translation>Mise à jour : uuid des soumissions modifiées ou revues à nouveau sur le serveur (conservées telles que téléchargées)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="77" />
      <source>Upper admin level boundaries (optional)</source>
      <translation>Limites du niveau administratif supérieur (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="153" />
      <source>Upper level (optional)</source>
      <translation>Niveau supérieur (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="105" />
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="191" />
      <source>Username and password (the token is fetched once; the password is not kept)</source>
      <translation>Nom d'utilisateur et mot de passe (le jeton est récupéré une fois ; le mot de passe n'est pas conservé)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="35" />
      <source>Value found</source>
      <translation>Valeur trouvée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="62" />
      <source>Value to map</source>
      <translation>Valeur à cartographier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="62" />
      <source>Values changed</source>
      <translation>Valeurs modifiées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="64" />
      <source>Values edited</source>
      <translation>Valeurs modifiées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="424" />
      <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
      <translation>Fichiers vecteur (*.gpkg *.shp *.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="58" />
      <source>Viewer role</source>
      <translation>Rôle de lecteur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="79" />
      <source>Visualisation and maps</source>
      <translation>Visualisation et cartes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="63" />
      <source>WARNING: columns at high risk kept by your choice: {columns}.</source>
      <translation>ATTENTION : colonnes à risque élevé conservées par votre choix : {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="119" />
      <source>WARNING: exact locations kept. Share only under a data sharing agreement.</source>
      <translation>ATTENTION : positions exactes conservées. Ne partagez que dans le cadre d'un accord de partage de données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="102" />
      <source>WARNING: no submission id column; offsets follow the row number, so a copy of a re-imported file moves the points another way.</source>
      <translation>ATTENTION : pas de colonne d'identifiant de soumission ; les déplacements suivent le numéro de ligne, donc une copie d'un fichier réimporté déplace les points autrement.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="131" />
      <source>WARNING: the file holds {shown} of the %n submissions of the layer (its filter chose them): its counts are not the survey's totals.</source>
      <translation>
        <numerusform>ATTENTION : le fichier contient {shown} sur %n soumission de la couche (choisie par son filtre) : ses effectifs ne sont pas les totaux de l'enquête.</numerusform>
        <numerusform>ATTENTION : le fichier contient {shown} sur %n soumissions de la couche (choisies par son filtre) : ses effectifs ne sont pas les totaux de l'enquête.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="91" />
      <source>WARNING: the points are kept and can show the area a blanked value of {columns} stood for: count by admin area or remove the locations to share rare areas.</source>
      <translation>ATTENTION : les points sont conservés et peuvent montrer la zone que désignait une valeur effacée de {columns} : comptez par unité administrative ou retirez les localisations pour partager des zones rares.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="94" />
      <source>Warning: anyone with this file can find the homes of the people surveyed. Share it only under a data sharing agreement.</source>
      <translation>Attention : toute personne disposant de ce fichier peut retrouver le domicile des personnes enquêtées. Ne le partagez que dans le cadre d'un accord de partage de données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="297" />
      <source>Warning: columns at high risk are kept: {columns}. Share the file only with partners bound by a data sharing agreement.</source>
      <translation>Attention : des colonnes à risque élevé sont conservées : {columns}. Ne partagez le fichier qu'avec des partenaires liés par un accord de partage de données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="76" />
      <source>Western European ({encoding}): check that accents read correctly</source>
      <translation>Europe de l'Ouest ({encoding}) : vérifiez que les accents se lisent correctement</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="225" />
      <source>What comes out: {outputs}</source>
      <translation>Ce qui sort : {outputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="37" />
      <source>What each area gets: count (submissions), share (% giving the answer above), mean or median (of the numeric question below), e.g. median. Empty: share when a question is given, else count.</source>
      <translation>Ce que reçoit chaque unité : count (soumissions), share (% qui donnent la réponse ci-dessus), mean ou median (moyenne ou médiane de la question numérique ci-dessous), p. ex. median. Vide : share quand une question est donnée, sinon count.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="224" />
      <source>What goes in: {inputs}</source>
      <translation>Ce qui entre : {inputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="77" />
      <source>What to take to the field</source>
      <translation>Ce qu'il faut emporter sur le terrain</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="181" />
      <source>What will be done</source>
      <translation>Ce qui sera fait</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="90" />
      <source>Where the middle half of the answers is one value (IQR 0, e.g. 1 pump in 120 of 124 households), the median distance of the other answers to it stands in for the IQR and for the median absolute deviation.</source>
      <translation>Là où la moitié centrale des réponses est une seule valeur (IQR 0, par ex. 1 pompe dans 120 ménages sur 124), la distance médiane des autres réponses à celle-ci remplace l'IQR et l'écart absolu médian.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="246" />
      <source>Where the points go is chosen on the next page.</source>
      <translation>L'emplacement des points se choisit à la page suivante.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="62" />
      <source>Where the submissions concentrate: light yellow (few) to dark red (many).</source>
      <translation>Là où les soumissions se concentrent : du jaune clair (peu) au rouge foncé (beaucoup).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="67" />
      <source>Where the submissions were collected</source>
      <translation>Lieux de collecte des soumissions</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="57" />
      <source>Where the submissions were collected, one colour per answer (labels from the form).</source>
      <translation>Lieux de collecte des soumissions, une couleur par réponse (libellés du formulaire).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="242" />
      <source>Where to write the package</source>
      <translation>Où écrire le paquet</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="146" />
      <source>Where to write the protected copy. A note explaining what was done is written beside it (same name followed by .README.txt), in English and French.</source>
      <translation>Où écrire la copie protégée. Une note expliquant ce qui a été fait est écrite à côté (même nom suivi de .README.txt), en anglais et en français.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="17" />
      <source>Which families of checks to run (all by default). In qgis_process, their numbers separated by commas: 0 duplicates, 1 missing required answers, 2 outliers, 3 GPS points, 4 durations and dates, 5 'other (specify)' answers, 6 typed admin names; e.g. CHECKS=0,1,3.</source>
      <translation>Les familles de contrôles à lancer (toutes par défaut). Dans qgis_process, leurs numéros séparés par des virgules : 0 doublons, 1 réponses obligatoires manquantes, 2 valeurs aberrantes, 3 points GPS, 4 durées et dates, 5 réponses « autre (précisez) », 6 noms d'unités administratives saisis ; p. ex. CHECKS=0,1,3.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="90" />
      <source>Who made the map, printed with the date and written in the PDF's properties, e.g. your organisation. Default CartONG.</source>
      <translation>Qui a fait la carte, imprimé avec la date et écrit dans les propriétés du PDF, p. ex. votre organisation. Par défaut CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="79" />
      <source>With the XLSForm, answers of cascading selects outside their cascade are flagged too: an admin2 whose choice row names another admin1 than the one answered (the choice_filter admin1=${admin1}).</source>
      <translation>Avec le XLSForm, les réponses de sélections en cascade hors de leur cascade sont signalées aussi : un admin2 dont la ligne de choix nomme un autre admin1 que celui répondu (le choice_filter admin1=${admin1}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="130" />
      <source>With the atlas: one PDF per area instead of one file, each named after the P-code and the name of its area, in a folder named after the map file (map.pdf gives the folder map).</source>
      <translation>Avec l'atlas : un PDF par unité au lieu d'un seul fichier, chacun nommé d'après le P-code et le nom de son unité, dans un dossier nommé d'après le fichier de carte (map.pdf donne le dossier map).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="134" />
      <source>With the atlas: the field holding the P-codes that name and order its pages, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>Avec l'atlas : le champ contenant les P-codes qui nomment et ordonnent ses pages, p. ex. adm2_pcode. Par défaut adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="45" />
      <source>With the replacement: replace the schema even when it holds another survey (another form id) or decisions saved there that this GeoPackage does not hold. They are lost: bring them back to a GeoPackage first.</source>
      <translation>Avec le remplacement : remplacer le schéma même s'il contient une autre enquête (un autre ID de formulaire) ou des décisions qui y ont été enregistrées et que ce GeoPackage ne contient pas. Elles sont perdues : ramenez-les d'abord dans un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="92" />
      <source>Without a connection the map keeps the light offline background (Natural Earth).</source>
      <translation>Sans connexion, la carte garde le fond léger hors ligne (Natural Earth).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="71" />
      <source>Without a desktop: the email the password above belongs to (empty: it is an app-user token)</source>
      <translation>Sans interface : l'adresse e-mail à laquelle appartient le mot de passe ci-dessus (vide : c'est un jeton d'utilisateur mobile)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="46" />
      <source>Without a desktop: where the API token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>Sans interface : où se trouve le jeton d'API, env:VARIABLE ou file:CHEMIN (utilisé quand aucune configuration d'authentification n'est choisie)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="61" />
      <source>Without a desktop: where the password or app-user token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>Sans interface : où se trouve le mot de passe ou le jeton d'utilisateur mobile, env:VARIABLE ou file:CHEMIN (utilisé quand aucune configuration d'authentification n'est choisie)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="49" />
      <source>Without admin boundaries: a rectangle the points must be in, e.g. the country, 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Points outside are flagged.</source>
      <translation>Sans limites administratives : un rectangle dans lequel les points doivent se trouver, p. ex. le pays, 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Les points en dehors sont signalés.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="226" />
      <source>Without the QGIS window: {command}</source>
      <translation>Sans la fenêtre de QGIS : {command}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="265" />
      <source>Worst acceptable GPS precision</source>
      <translation>Seuil de précision GPS acceptable</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="179" />
      <source>Worst acceptable GPS precision (metres)</source>
      <translation>Seuil de précision GPS acceptable (mètres)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="78" />
      <source>Write only counts by {column}, hiding counts below {k} (and other counts that would reveal them); no individual record is shared.</source>
      <translation>Écrire uniquement des effectifs par {column}, en masquant les effectifs inférieurs à {k} (et les autres effectifs qui permettraient de les retrouver) ; aucun enregistrement individuel n'est partagé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="146" />
      <source>Write the admin names (field below) where they fit</source>
      <translation>Écrire les noms des unités administratives (champ ci-dessous) là où ils tiennent</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="148" />
      <source>Write the area names where they fit</source>
      <translation>Écrire les noms des unités là où ils tiennent</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="136" />
      <source>Write the log to XLSX or CSV for field teams</source>
      <translation>Écrire le journal en XLSX ou CSV pour les équipes de terrain</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="65" />
      <source>Write the map as a PDF ready to print or share.</source>
      <translation>Enregistrer la carte en PDF, prête à imprimer ou à partager.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="39" />
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. Submissions whose consent was refused are left out, and so are the rows of repeat tables that belong to them. A KoboToolbox validation status keeps the status, not who validated. A layer with a filter shares only the submissions it shows, and says so. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation>Écrit une copie d'une couche d'enquête plus sûre à partager (GeoPackage ou CSV). Les colonnes choisies sont supprimées ou remplacées par des pseudonymes (un hachage à clé ; la clé reste dans le gestionnaire d'authentification de QGIS). Les colonnes contenant probablement des données personnelles à risque élevé (noms, numéros de téléphone...) sont supprimées, sauf si vous choisissez de les pseudonymiser ou de les conserver (KEEP_FIELDS, consigné dans le README). Comme dans l'assistant, les colonnes identifiant le personnel, des appareils, des comptes ou des documents sont pseudonymisées, sauf si vous en décidez autrement ; quand aucune clé ne peut être ouverte (une exécution sans la fenêtre de QGIS et sans KEY_SOURCE), elles sont supprimées à la place. Les liens et noms de pièces jointes sont supprimés. Les points sont déplacés au hasard entre une distance minimale et maximale, ramenés sur une grille, supprimés, ou remplacés par des effectifs par unité administrative où les effectifs inférieurs à k sont masqués, d'autres effectifs étant masqués pour qu'aucun ne puisse être recalculé à partir des totaux. Les colonnes répétant la localisation exacte sont supprimées dès que les points sont protégés. Les combinaisons rares des colonnes qu'une personne extérieure pourrait connaître (zone, sexe, âge, taille du ménage...) sont effacées jusqu'à ce que chacune soit partagée par k lignes. Les soumissions dont le consentement a été refusé sont exclues, ainsi que les lignes des tables de répétition qui leur appartiennent. Un statut de validation KoboToolbox garde le statut, pas la personne qui a validé. Une couche filtrée ne partage que les soumissions qu'elle affiche, et l'indique. Ce qui a été fait est consigné dans la table cartong_protection et dans un README en anglais et en français à côté du fichier.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Écrit une copie d'une couche d'enquête plus sûre à partager (GeoPackage ou CSV). Les colonnes choisies sont supprimées ou remplacées par des pseudonymes (un hachage à clé ; la clé reste dans le gestionnaire d'authentification de QGIS). Les colonnes contenant probablement des données personnelles à risque élevé (noms, numéros de téléphone...) sont supprimées, sauf si vous choisissez de les pseudonymiser ou de les conserver (KEEP_FIELDS, consigné dans le README). Comme dans l'assistant, les colonnes identifiant le personnel, des appareils, des comptes ou des documents sont pseudonymisées, sauf si vous en décidez autrement ; quand aucune clé ne peut être ouverte (une exécution sans la fenêtre de QGIS et sans KEY_SOURCE), elles sont supprimées à la place. Les liens et noms de pièces jointes sont supprimés. Les points sont déplacés au hasard entre une distance minimale et maximale, ramenés sur une grille, supprimés, ou remplacés par des effectifs par unité administrative où les effectifs inférieurs à k sont masqués, d'autres effectifs étant masqués pour qu'aucun ne puisse être recalculé à partir des totaux. Les colonnes répétant la localisation exacte sont supprimées dès que les points sont protégés. Les combinaisons rares des colonnes qu'une personne extérieure pourrait connaître (zone, sexe, âge, taille du ménage...) sont effacées jusqu'à ce que chacune soit partagée par k lignes. Ce qui a été fait est consigné dans la table cartong_protection et dans un README en anglais et en français à côté du fichier.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Écrit une copie d'une couche d'enquête plus sûre à partager (GeoPackage ou CSV). Les colonnes choisies sont supprimées ou remplacées par des pseudonymes (un hachage à clé ; la clé reste dans le gestionnaire d'authentification de QGIS). Les colonnes contenant probablement des données personnelles à risque élevé (noms, numéros de téléphone...) sont supprimées, sauf si vous choisissez de les pseudonymiser ou de les conserver (KEEP_FIELDS, consigné dans le README). Les liens et noms de pièces jointes sont supprimés. Les points sont déplacés au hasard entre une distance minimale et maximale, ramenés sur une grille, supprimés, ou remplacés par des effectifs par unité administrative où les effectifs inférieurs à k sont masqués, d'autres effectifs étant masqués pour qu'aucun ne puisse être recalculé à partir des totaux. Les colonnes répétant la localisation exacte sont supprimées dès que les points sont protégés. Les combinaisons rares des colonnes qu'une personne extérieure pourrait connaître (zone, sexe, âge, taille du ménage...) sont effacées jusqu'à ce que chacune soit partagée par k lignes. Ce qui a été fait est consigné dans la table cartong_protection et dans un README en anglais et en français à côté du fichier.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">Écrit une copie d'une couche d'enquête plus sûre à partager (GeoPackage ou CSV). Les colonnes choisies sont supprimées ou remplacées par des pseudonymes (un hachage avec clé ; la clé reste dans le gestionnaire d'authentification de QGIS). Les liens et les noms de pièces jointes sont supprimés. Les points sont déplacés au hasard entre une distance minimale et une distance maximale, alignés sur une grille, supprimés, ou remplacés par des effectifs par unité administrative où les effectifs inférieurs à k sont masqués, ainsi que d'autres effectifs pour qu'aucun ne puisse être déduit des totaux. Les colonnes qui répètent la position exacte sont supprimées dès que les points sont protégés. Les combinaisons rares des colonnes qu'une personne extérieure pourrait connaître (zone, sexe, âge, taille du ménage…) sont effacées jusqu'à ce que chacune soit partagée par au moins k lignes. Ce qui a été fait est consigné dans la table cartong_protection et dans un README en anglais et en français à côté du fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="24" />
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with three more columns, log_id, version and as_exported: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile; as_exported tells the rows you edited from the ones you only read.</source>
      <translation>Écrit le journal de nettoyage d'une enquête partagée dans PostgreSQL, avec les décisions de chacun, dans une feuille CSV ou XLSX avec trois colonnes de plus, log_id, version et as_exported : remplissez change_type, new_value et explanation, puis enregistrez-les avec « Enregistrer les décisions de revue ». La version permet à la base de refuser une décision sur une ligne que quelqu'un d'autre a décidée entre-temps ; as_exported distingue les lignes que vous avez modifiées de celles que vous avez seulement lues.</translation>
    </message>
    <message>
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with two more columns, log_id and version: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile.</source>
      <translation type="vanished">Écrit le journal de nettoyage d'une enquête partagée dans PostgreSQL, avec les décisions de chacun, dans une feuille CSV ou XLSX avec deux colonnes de plus, log_id et version : remplissez change_type, new_value et explanation, puis enregistrez-les avec « Enregistrer les décisions de revue ». La version permet à la base de refuser une décision sur une ligne que quelqu'un d'autre a décidée entre-temps.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="20" />
      <source>Writes the survey of a PostgreSQL schema (shared with 'Share a survey in PostgreSQL') to a GeoPackage with the same tables, names and values, the cleaning log with everyone's decisions included, read from one consistent snapshot while others keep working. The file is written to a temporary name and renamed when complete. Works offline afterwards, and with every other algorithm of the toolkit.</source>
      <translation>Écrit l'enquête d'un schéma PostgreSQL (partagée avec « Partager une enquête dans PostgreSQL ») dans un GeoPackage avec les mêmes tables, noms et valeurs, et le journal de nettoyage avec les décisions de chacun, lus dans un même instantané cohérent pendant que les autres continuent à travailler. Le fichier est écrit sous un nom temporaire et renommé une fois complet. Fonctionne ensuite hors ligne, et avec tous les autres algorithmes de la boîte à outils.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="360" />
      <source>Writing the protected copy.</source>
      <translation>Écriture de la copie protégée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="424" />
      <source>Writing {records} submissions into {file}…</source>
      <translation>Écriture de {records} soumissions dans {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>XLSForm</source>
      <translation>XLSForm</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="161" />
      <source>XLSForm (*.xlsx *.XLSX *.xls *.XLS);;All files (*)</source>
      <translation>XLSForm (*.xlsx *.XLSX *.xls *.XLS);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>XLSForm (*.xlsx)</source>
      <translation type="vanished">XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="72" />
      <source>XLSForm (optional)</source>
      <translation>XLSForm (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="242" />
      <source>XLSForm (optional: adds constraints and required flags)</source>
      <translation>XLSForm (facultatif : ajoute les contraintes et les questions obligatoires)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="54" />
      <source>XLSForm of the form (optional: adds constraints and required flags)</source>
      <translation>XLSForm du formulaire (facultatif : ajoute les contraintes et les questions obligatoires)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="46" />
      <source>XLSForm of the survey (optional)</source>
      <translation>XLSForm de l'enquête (facultatif)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="167" />
      <source>You may read the survey {schema} but not write tables there: only its owner may store the cleaned layer in the database. Choose a file for the cleaned survey instead. ({reason})</source>
      <translation>Vous pouvez lire l'enquête {schema} mais pas y écrire de tables : seul son propriétaire peut enregistrer la couche nettoyée dans la base de données. Choisissez plutôt un fichier pour l'enquête nettoyée. ({reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="280" />
      <source>Your KoboToolbox username and password are used once to fetch your API token; only the token is kept.</source>
      <translation>Votre nom d'utilisateur et votre mot de passe KoboToolbox servent une seule fois à récupérer votre jeton d'API ; seul le jeton est conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="68" />
      <source>Your name, written in the 'who' column of the rows you edit</source>
      <translation>Votre nom, écrit dans la colonne « who » des lignes que vous modifiez</translation>
    </message>
    <message>
      <source>Zip to copy: {zip} ({size:.1f} MB, {files} files).</source>
      <translation type="vanished">Zip à copier : {zip} ({size:.1f} Mo, {files} fichiers).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="361" />
      <source>Zip to copy: {zip} ({size} MB, %n files).</source>
      <translation>
        <numerusform>Zip à copier : {zip} ({size} Mo, %n fichier).</numerusform>
        <numerusform>Zip à copier : {zip} ({size} Mo, %n fichiers).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="306" />
      <source>a 7-Zip archive</source>
      <translation>une archive 7-Zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="302" />
      <source>a GIF image</source>
      <translation>une image GIF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="301" />
      <source>a JPEG photo</source>
      <translation>une photo JPEG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="40" />
      <source>a KoboToolbox, ODK Central or ONA export (CSV, XLSX, zip or GeoJSON) and, best, its XLSForm.</source>
      <translation>un export KoboToolbox, ODK Central ou ONA (CSV, XLSX, zip ou GeoJSON) et, de préférence, son XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="299" />
      <source>a PDF document</source>
      <translation>un document PDF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="300" />
      <source>a PNG image</source>
      <translation>une image PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="170" />
      <source>a PostgreSQL connection and the schema of a shared survey.</source>
      <translation>une connexion PostgreSQL et le schéma d'une enquête partagée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="188" />
      <source>a PostgreSQL connection, the schema of a shared survey and a review sheet with your decisions.</source>
      <translation>une connexion PostgreSQL, le schéma d'une enquête partagée et une feuille de revue avec vos décisions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="305" />
      <source>a RAR archive</source>
      <translation>une archive RAR</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="303" />
      <source>a SQLite database (a GeoPackage?)</source>
      <translation>une base de données SQLite (un GeoPackage ?)</translation>
    </message>
    <message>
      <source>a change_response needs a question</source>
      <translation type="vanished">un change_response nécessite une question</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="141" />
      <source>a character that is not part of a token ({char})</source>
      <translation>un caractère qui ne fait pas partie d'un jeton ({char})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="89" />
      <source>a cleaned copy of the survey; the numbers of values changed, submissions removed and log rows still pending.</source>
      <translation>une copie nettoyée de l'enquête ; les nombres de valeurs modifiées, de soumissions retirées et de lignes du journal encore en attente.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="139" />
      <source>a control character (such as a tab)</source>
      <translation>un caractère de contrôle (comme une tabulation)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="304" />
      <source>a gzip-compressed file</source>
      <translation>un fichier compressé gzip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="137" />
      <source>a line break</source>
      <translation>un saut de ligne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="162" />
      <source>a new schema with every table of the survey, and its reviewer and viewer roles for the administrator to grant; the number of rows copied.</source>
      <translation>un nouveau schéma avec chaque table de l'enquête, et ses rôles de relecteur et de lecteur que l'administrateur attribue ; le nombre de lignes copiées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="142" />
      <source>a package folder and its zip with the project, data, basemap, offline help and a manifest of every file.</source>
      <translation>un dossier de paquet et son zip avec le projet, les données, le fond de carte, l'aide hors ligne et un manifeste de chaque fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="111" />
      <source>a print-ready map in PDF, PNG or SVG, or an atlas with a page or a file per area.</source>
      <translation>une carte prête à imprimer en PDF, PNG ou SVG, ou un atlas avec une page ou un fichier par unité.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="127" />
      <source>a protected copy (GeoPackage or CSV) with a README in English and French saying what was done.</source>
      <translation>une copie protégée (GeoPackage ou CSV) avec un README en anglais et en français qui dit ce qui a été fait.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="180" />
      <source>a review sheet (XLSX or CSV) of the shared cleaning log, with its log_id and version columns; the number of log rows.</source>
      <translation>une feuille de revue (XLSX ou CSV) du journal de nettoyage partagé, avec ses colonnes log_id et version ; le nombre de lignes du journal.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="450" />
      <source>a row has more fields than the header</source>
      <translation>une ligne a plus de champs que l'en-tête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="173" />
      <source>a row was refused</source>
      <translation>une ligne a été refusée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="236" />
      <source>a run without the QGIS window cannot open your default key</source>
      <translation>une exécution sans la fenêtre de QGIS ne peut pas ouvrir votre clé par défaut</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="161" />
      <source>a survey GeoPackage and a PostgreSQL connection (with PostGIS) where you may create schemas.</source>
      <translation>un GeoPackage d'enquête et une connexion PostgreSQL (avec PostGIS) où vous pouvez créer des schémas.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="54" />
      <source>a survey GeoPackage as the import writes it, extended with Update; the numbers of new and of all submissions and of attachments.</source>
      <translation>un GeoPackage d'enquête tel que l'import l'écrit, complété avec Mettre à jour ; les nombres de nouvelles soumissions, de toutes les soumissions et de pièces jointes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="171" />
      <source>a survey GeoPackage with the same tables, the cleaning log with everyone's decisions included; the number of rows copied.</source>
      <translation>un GeoPackage d'enquête avec les mêmes tables, le journal de nettoyage avec les décisions de chacun ; le nombre de lignes copiées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="41" />
      <source>a survey GeoPackage: the raw table as received, the typed layer 'survey', repeat tables; the number of submissions imported and of those without location, and the columns likely holding personal data at high risk.</source>
      <translation>un GeoPackage d'enquête : la table brute telle que reçue, la couche typée 'survey', les tables des groupes répétés ; le nombre de soumissions importées et de celles sans localisation, et les colonnes contenant probablement des données personnelles à risque élevé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="85" />
      <source>a survey layer and its cleaning log with the decisions taken (the table in its GeoPackage, or an edited XLSX or CSV).</source>
      <translation>une couche d'enquête et son journal de nettoyage avec les décisions prises (la table de son GeoPackage, ou un XLSX ou CSV modifié).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="117" />
      <source>a survey layer and, best, its XLSForm.</source>
      <translation>une couche d'enquête et, de préférence, son XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="75" />
      <source>a survey layer with its _uuid column, best with its XLSForm and the admin boundaries.</source>
      <translation>une couche d'enquête avec sa colonne _uuid, de préférence avec son XLSForm et les limites administratives.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="126" />
      <source>a survey layer, the columns to remove or pseudonymise, and how to protect the locations.</source>
      <translation>une couche d'enquête, les colonnes à retirer ou à pseudonymiser, et la façon de protéger les localisations.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="118" />
      <source>a table of the columns likely holding personal data, with their risk, the reason and a suggested protection; the numbers at high, medium and low risk.</source>
      <translation>une table des colonnes contenant probablement des données personnelles, avec leur risque, la raison et une protection suggérée ; les nombres à risque élevé, moyen et faible.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="309" />
      <source>a web page (HTML), perhaps a login or error page saved instead of the data</source>
      <translation>une page web (HTML), peut-être une page de connexion ou d'erreur enregistrée à la place des données</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="166" />
      <source>a web page came instead, a login page perhaps</source>
      <translation>une page web est arrivée à la place, peut-être une page de connexion</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="298" />
      <source>a workbook protected by a password</source>
      <translation>un classeur protégé par un mot de passe</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="296" />
      <source>a zip archive</source>
      <translation>une archive zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="291" />
      <source>a {change_type} needs a question</source>
      <translation>un {change_type} a besoin d'une question</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="68" />
      <source>accuracy</source>
      <translation>précision</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="109" />
      <source>adding the new submissions to PostgreSQL</source>
      <translation>l'ajout des nouvelles soumissions à PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="95" />
      <source>adding the new submissions to {schema}</source>
      <translation>l'ajout des nouvelles soumissions à {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="107" />
      <source>admin areas with a value to map (the output of 'Count submissions by admin area'), and optionally the survey points and the boundaries of the level above.</source>
      <translation>les unités administratives avec une valeur à cartographier (la sortie de « Compter les soumissions par unité administrative »), et en option les points de l'enquête et les limites du niveau supérieur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="117" />
      <source>admin boundaries ({files})</source>
      <translation>limites administratives ({files})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="157" />
      <source>admin code</source>
      <translation>code administratif</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="129" />
      <source>admin name</source>
      <translation>nom de l'unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="212" />
      <source>admin name ambiguous</source>
      <translation>nom d'unité administrative ambigu</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="230" />
      <source>admin name and P-code disagree</source>
      <translation>nom d'unité administrative et P-code discordants</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="202" />
      <source>admin name misspelt</source>
      <translation>nom d'unité administrative mal orthographié</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="221" />
      <source>admin name not found</source>
      <translation>nom d'unité administrative introuvable</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="67" />
      <source>altitude</source>
      <translation>altitude</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="60" />
      <source>an Excel workbook: no separator needed</source>
      <translation>un classeur Excel : aucun séparateur nécessaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="133" />
      <source>an MBTiles file that QGIS and QField open without network, or a vector background when no tile can be made; the numbers of tiles estimated and written.</source>
      <translation>un fichier MBTiles que QGIS et QField ouvrent sans réseau, ou un fond vectoriel quand aucune tuile ne peut être produite ; les nombres de tuiles estimées et écrites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="310" />
      <source>an XML file</source>
      <translation>un fichier XML</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="297" />
      <source>an old Excel .xls file (or another Office 97-2003 document)</source>
      <translation>un ancien fichier Excel .xls (ou un autre document Office 97-2003)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="62" />
      <source>an unknown form</source>
      <translation>un formulaire inconnu</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="179" />
      <source>and {count} more</source>
      <translation>et {count} autres</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="401" />
      <source>answer cut short</source>
      <translation>réponse interrompue</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="392" />
      <source>answer not compressed as announced</source>
      <translation>réponse non compressée comme annoncé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="111" />
      <source>answer outside its cascade</source>
      <translation>réponse hors de sa cascade</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="372" />
      <source>answer too slow</source>
      <translation>réponse trop lente</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>answers of</source>
      <translation>réponses de</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="318" />
      <source>attachment {name}</source>
      <translation>la pièce jointe {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="113" />
      <source>basemap Natural Earth</source>
      <translation>fond de carte Natural Earth</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>between</source>
      <translation>entre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="85" />
      <source>cells of</source>
      <translation>mailles de</translation>
    </message>
    <message>
      <source>change_type</source>
      <translation type="vanished">type de modification (change_type)</translation>
    </message>
    <message>
      <source>check_id</source>
      <translation type="vanished">contrôle (check_id)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="105" />
      <source>choropleth (default): areas coloured by classes of the value; circles: one circle per area, its size following the value, better for counts; heatmap: density of the survey points (needs the points).</source>
      <translation>choropleth (par défaut) : unités colorées par classes de la valeur ; circles : un cercle par unité, de taille suivant la valeur, mieux pour des comptages ; heatmap : carte de chaleur de la densité des points de l'enquête (il faut les points).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>column</source>
      <translation>colonne</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="312" />
      <source>columns added: {names}</source>
      <translation>colonnes ajoutées : {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="314" />
      <source>columns missing: {names}</source>
      <translation>colonnes manquantes : {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="57" />
      <source>commas (,)</source>
      <translation>des virgules (,)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="173" />
      <source>connecting</source>
      <translation>la connexion</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="118" />
      <source>consent refused</source>
      <translation>consentement refusé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="48" />
      <source>coordinate</source>
      <translation>coordonnée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="296" />
      <source>copying the survey to PostgreSQL</source>
      <translation>la copie de l'enquête vers PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="376" />
      <source>copying the survey to a GeoPackage</source>
      <translation>la copie de l'enquête vers un GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="113" />
      <source>copying the table {table}</source>
      <translation>la copie de la table {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="306" />
      <source>creating the schema {schema}</source>
      <translation>la création du schéma {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="40" />
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="41" />
      <source>date and time</source>
      <translation>date et heure</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="204" />
      <source>date-times (ISO 8601)</source>
      <translation>des dates-heures (ISO 8601)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates</source>
      <translation>des dates</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="191" />
      <source>dates (YYYY-MM-DD)</source>
      <translation>des dates (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates and times</source>
      <translation>des dates et heures</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="19" />
      <source>dates of birth</source>
      <translation>des dates de naissance</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="39" />
      <source>decimal number</source>
      <translation>nombre décimal</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="20" />
      <source>device or account identifiers</source>
      <translation>des identifiants d'appareil ou de compte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="150" />
      <source>duplicated answers</source>
      <translation>réponses en doublon</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="103" />
      <source>duplicated key fields</source>
      <translation>champs clés en doublon</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="65" />
      <source>duplicated uuid</source>
      <translation>uuid en doublon</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="14" />
      <source>e-mail addresses</source>
      <translation>des adresses e-mail</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="245" />
      <source>e.g. 10, 20, 50</source>
      <translation>par ex. 10, 20, 50</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="69" />
      <source>e.g. Household survey, March 2026</source>
      <translation>par ex. Enquête ménages, mars 2026</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="71" />
      <source>e.g. household survey (partner), boundaries OCHA COD-AB</source>
      <translation>par ex. enquête ménages (partenaire), limites OCHA COD-AB</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="254" />
      <source>empty</source>
      <translation>vide</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation type="vanished">explication (explanation)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="87" />
      <source>feature {fid}</source>
      <translation>entité {fid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="61" />
      <source>form {form} of project {project} on {server}</source>
      <translation>formulaire {form} du projet {project} sur {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="59" />
      <source>form {form} on {server}</source>
      <translation>formulaire {form} sur {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="194" />
      <source>form {id}</source>
      <translation>le formulaire {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="150" />
      <source>form {uid}</source>
      <translation>le formulaire {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="21" />
      <source>free text, which may name or describe people</source>
      <translation>du texte libre, qui peut nommer ou décrire des personnes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="49" />
      <source>geometry (WKT)</source>
      <translation>géométrie (WKT)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="129" />
      <source>granting the survey roles</source>
      <translation>l'attribution des rôles de l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="15" />
      <source>home addresses</source>
      <translation>des adresses de domicile</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="85" />
      <source>https://your.server.org</source>
      <translation>https://votre.serveur.org</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="13" />
      <source>identity or registration numbers</source>
      <translation>des numéros d'identité ou d'enregistrement</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="147" />
      <source>impossible coordinates</source>
      <translation>coordonnées impossibles</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="65" />
      <source>interview ends before it starts</source>
      <translation>entretien terminé avant d'avoir commencé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="102" />
      <source>interview outside the data collection period</source>
      <translation>entretien hors de la période de collecte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="85" />
      <source>interview too long</source>
      <translation>entretien trop long</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="75" />
      <source>interview too short</source>
      <translation>entretien trop court</translation>
    </message>
    <message>
      <source>issue</source>
      <translation type="vanished">problème (issue)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="57" />
      <source>it has an absolute path</source>
      <translation>son chemin est absolu</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="62" />
      <source>it is a symbolic link</source>
      <translation>c'est un lien symbolique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="156" />
      <source>it is not UTF-8 text.</source>
      <translation>ce n'est pas du texte UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="129" />
      <source>it is not a number</source>
      <translation>ce n'est pas un nombre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="151" />
      <source>it is not valid JSON at line {line}, column {column} ({reason}).</source>
      <translation>ce n'est pas du JSON valide à la ligne {line}, colonne {column} ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="120" />
      <source>it may be {grouped} or {decimal}; write it without a thousands separator, with a point for decimals</source>
      <translation>ce peut être {grouped} ou {decimal} ; écrivez-le sans séparateur de milliers, avec un point pour les décimales</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="97" />
      <source>its choices are in the form's external choices (itemsets.csv)</source>
      <translation>ses choix sont dans les choix externes du formulaire (itemsets.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="92" />
      <source>its choices are in the form's media file {file}</source>
      <translation>ses choix sont dans le fichier média du formulaire {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="95" />
      <source>its choices are in the form's media file {file}.csv (search())</source>
      <translation>ses choix sont dans le fichier média du formulaire {file}.csv (search())</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="54" />
      <source>its name contains a NUL character</source>
      <translation>son nom contient un caractère NUL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="59" />
      <source>its path climbs out of the folder with '..'</source>
      <translation>son chemin sort du dossier avec « .. »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="399" />
      <source>its rows cannot be matched to the survey's</source>
      <translation>ses lignes ne peuvent pas être appariées à celles de l'enquête</translation>
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
      <translation>latitude et longitude inversées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>log id {log_id}</source>
      <translation>identifiant de journal {log_id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="65" />
      <source>longitude</source>
      <translation>longitude</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="38" />
      <source>made from the file name</source>
      <translation>tiré du nom du fichier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="142" />
      <source>many interviews in little time</source>
      <translation>nombreux entretiens en peu de temps</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="472" />
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <source>new_value</source>
      <translation type="vanished">nouvelle valeur (new_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="274" />
      <source>no answer (the connection failed)</source>
      <translation>aucune réponse (la connexion a échoué)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="74" />
      <source>no choice of the list {list} has a value in a column {column} of the choices sheet</source>
      <translation>aucun choix de la liste {list} n'a de valeur dans une colonne {column} de la feuille choices</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>no form</source>
      <translation>pas de formulaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="62" />
      <source>no layer</source>
      <translation>aucune couche</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="208" />
      <source>no limit</source>
      <translation>sans limite</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="282" />
      <source>no submission has the uuid {uuid}</source>
      <translation>aucune soumission n'a l'uuid {uuid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="416" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>none (Excel)</source>
      <translation type="vanished">aucun (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>none found</source>
      <translation>aucune trouvée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="306" />
      <source>none was given</source>
      <translation>aucune n'a été indiquée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="231" />
      <source>not a number</source>
      <translation>pas un nombre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="169" />
      <source>not a whole XForm: cut or damaged</source>
      <translation>pas un XForm complet : tronqué ou endommagé</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="280" />
      <source>not asked: the server's file storage was failing (see the warning).</source>
      <translation>non demandée : le stockage de fichiers du serveur était défaillant (voir l'avertissement).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="81" />
      <source>not done</source>
      <translation>non terminée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="78" />
      <source>not needed (Excel)</source>
      <translation>sans objet (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>numbers</source>
      <translation>des nombres</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="175" />
      <source>numeric question</source>
      <translation>question numérique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="142" />
      <source>offline (default): the countries of Natural Earth bundled with the toolkit, no network needed; osm: OpenStreetMap tiles, credited on the map, only when a connection exists.</source>
      <translation>offline (par défaut) : les pays de Natural Earth fournis avec la boîte à outils, sans réseau ; osm : tuiles OpenStreetMap, créditées sur la carte, seulement quand une connexion existe.</translation>
    </message>
    <message>
      <source>old_value</source>
      <translation type="vanished">ancienne valeur (old_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="42" />
      <source>one choice</source>
      <translation>choix unique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="11" />
      <source>people's names</source>
      <translation>des noms de personnes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="12" />
      <source>phone numbers</source>
      <translation>des numéros de téléphone</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="17" />
      <source>photos, recordings, signatures or links to attachments</source>
      <translation>des photos, enregistrements, signatures ou liens vers des pièces jointes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="312" />
      <source>plain text</source>
      <translation>du texte brut</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="159" />
      <source>poor GPS precision</source>
      <translation>précision GPS insuffisante</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="16" />
      <source>precise GPS locations of homes or people</source>
      <translation>des positions GPS précises de domiciles ou de personnes</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="171" />
      <source>question</source>
      <translation>question</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="85" />
      <source>question {name}</source>
      <translation>question {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="308" />
      <source>random or damaged bytes, in no format the toolkit knows</source>
      <translation>des octets aléatoires ou abîmés, dans aucun format connu de la boîte à outils</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="113" />
      <source>reading the cleaning log of {schema}</source>
      <translation>la lecture du journal de nettoyage de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="90" />
      <source>reading the form of {schema}</source>
      <translation>la lecture du formulaire de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="59" />
      <source>reading the survey schemas of {target}</source>
      <translation>la lecture des schémas d'enquête de {target}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="373" />
      <source>reading the survey {schema}</source>
      <translation>la lecture de l'enquête {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="82" />
      <source>recode other</source>
      <translation>recoder « autre »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="87" />
      <source>required answer missing</source>
      <translation>réponse obligatoire manquante</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>row {row}</source>
      <translation>ligne {row}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="400" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log</source>
      <translation>ligne {row} ({uuid}, {question}, {check}) : {here} dans le fichier, {there} dans le journal de l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="398" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log (by {who})</source>
      <translation>ligne {row} ({uuid}, {question}, {check}) : {here} dans le fichier, {there} dans le journal de l'enquête (par {who})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="154" />
      <source>saving decisions in the cleaning log of {schema}</source>
      <translation>l'enregistrement des décisions dans le journal de nettoyage de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="56" />
      <source>semicolons (;)</source>
      <translation>des points-virgules (;)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="18" />
      <source>sensitive characteristics (ethnicity, religion, health, violence...)</source>
      <translation>des caractéristiques sensibles (ethnie, religion, santé, violences…)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="43" />
      <source>several choices</source>
      <translation>choix multiples</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="145" />
      <source>smaller counts are hidden, rarer combinations blanked</source>
      <translation>plus petits effectifs masqués, combinaisons plus rares effacées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="308" />
      <source>statistical outlier</source>
      <translation>valeur aberrante statistique</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="310" />
      <source>statistical outlier (common value)</source>
      <translation>valeur aberrante statistique (valeur commune)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="309" />
      <source>statistical outlier (mean absolute deviation)</source>
      <translation>valeur aberrante statistique (moyenne des écarts absolus)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="154" />
      <source>submission {uuid} of form {id}</source>
      <translation>la soumission {uuid} du formulaire {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="266" />
      <source>survey (cleaned)</source>
      <translation>enquête (nettoyée)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="134" />
      <source>survey ({file})</source>
      <translation>enquête ({file})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="97" />
      <source>survey submissions (points, or a P-code field) and admin area polygons with P-codes.</source>
      <translation>les soumissions de l'enquête (points, ou un champ de P-code) et les polygones des unités administratives avec leurs P-codes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="157" />
      <source>tab</source>
      <translation>tabulation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="58" />
      <source>tabs</source>
      <translation>des tabulations</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="37" />
      <source>text</source>
      <translation>texte</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="66" />
      <source>the API token</source>
      <translation>le jeton d'API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="62" />
      <source>the KoboToolbox API token</source>
      <translation>le jeton d'API KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="85" />
      <source>the ODK Central password or app-user token</source>
      <translation>le mot de passe ODK Central ou le jeton d'utilisateur mobile</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="50" />
      <source>the address of a KoboToolbox server, the form's ID and your API token (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>l'adresse d'un serveur KoboToolbox, l'identifiant du formulaire et votre jeton d'API (dans une configuration d'authentification QGIS, ou désigné par env:/file: sans la fenêtre de QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="62" />
      <source>the address of an ODK Central server, the project number, the form's ID and your login (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>l'adresse d'un serveur ODK Central, le numéro du projet, l'identifiant du formulaire et vos identifiants (dans une configuration d'authentification QGIS, ou désignés par env:/file: sans la fenêtre de QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="132" />
      <source>the address of an XYZ or WMS basemap, an area and zoom levels.</source>
      <translation>l'adresse d'un fond de carte XYZ ou WMS, une zone et des niveaux de zoom.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="98" />
      <source>the admin areas with the number of submissions, or the share of an answer, or the mean or median of a number, each area below the threshold marked 'insufficient'.</source>
      <translation>les unités administratives avec le nombre de soumissions, ou la part d'une réponse, ou la moyenne ou la médiane d'un nombre, chaque unité sous le seuil étant marquée 'insufficient'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="441" />
      <source>the attachments of {id}</source>
      <translation>les pièces jointes de {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="148" />
      <source>the cell {cell} ({column}) holds a formula with no saved result: open the file in Excel or LibreOffice and save it, or type the value</source>
      <translation>la cellule {cell} ({column}) contient une formule sans résultat enregistré : ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le, ou saisissez la valeur</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="134" />
      <source>the column holds whole numbers</source>
      <translation>la colonne contient des nombres entiers</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="264" />
      <source>the column {column} of {table}</source>
      <translation>la colonne {column} de {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="255" />
      <source>the current project (never saved)</source>
      <translation>le projet en cours (jamais enregistré)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="303" />
      <source>the data has no question {question}</source>
      <translation>les données n'ont pas de question {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="189" />
      <source>the decisions saved in the shared cleaning log, with who and when; the numbers saved, refused (someone decided first) and unchanged.</source>
      <translation>les décisions enregistrées dans le journal de nettoyage partagé, avec qui et quand ; les nombres de décisions enregistrées, refusées (quelqu'un a décidé avant) et de lignes inchangées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="344" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="100" />
      <source>the exact location of each submission</source>
      <translation>la position exacte de chaque soumission</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="275" />
      <source>the file cannot be opened for writing</source>
      <translation>le fichier ne peut pas être ouvert en écriture</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="106" />
      <source>the form has no choice list '{list}'</source>
      <translation>le formulaire n'a pas de liste de choix « {list} »</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="103" />
      <source>the form has no choice list '{list}' (it has '{other}': check the spelling)</source>
      <translation>le formulaire n'a pas de liste de choix « {list} » (il a « {other} » : vérifiez l'orthographe)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="70" />
      <source>the form has no question {name}</source>
      <translation>le formulaire n'a pas de question {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="72" />
      <source>the form has several questions {name}</source>
      <translation>le formulaire a plusieurs questions {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="167" />
      <source>the forms of project {id}</source>
      <translation>les formulaires du projet {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="129" />
      <source>the list of forms</source>
      <translation>la liste des formulaires</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="160" />
      <source>the list of projects</source>
      <translation>la liste des projets</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="125" />
      <source>the list of submissions of form {id}</source>
      <translation>la liste des soumissions du formulaire {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_index.py" line="35" />
      <source>the list of submissions of form {uid}</source>
      <translation>la liste des soumissions du formulaire {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="128" />
      <source>the login</source>
      <translation>la connexion</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="22" />
      <source>the names of survey staff</source>
      <translation>les noms du personnel de l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="104" />
      <source>the new uuid {uuid} is the uuid of another submission ({ids}): it would be there twice</source>
      <translation>le nouvel uuid {uuid} est l'uuid d'une autre soumission ({ids}) : il apparaîtrait deux fois</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="151" />
      <source>the office GeoPackage with the new submissions, the values edited and repeat rows added by the field team and the cleaning decisions merged, and a CSV of the conflicts and of the field changes not merged, such as rows deleted in the field (the office kept its values and rows).</source>
      <translation>le GeoPackage du bureau avec les nouvelles soumissions, les valeurs modifiées et les lignes de répétition ajoutées par l'équipe de terrain et les décisions de nettoyage fusionnées, et un CSV des conflits et des modifications de champs et de lignes faites sur le terrain et non fusionnées, comme les lignes supprimées sur le terrain (le bureau a gardé ses valeurs et ses lignes).</translation>
    </message>
    <message>
      <source>the office GeoPackage with the new submissions, the values edited by the field team and the cleaning decisions merged, and a CSV of the conflicts (office values kept).</source>
      <translation type="vanished">le GeoPackage du bureau avec les nouvelles soumissions, les valeurs modifiées par l'équipe de terrain et les décisions de nettoyage fusionnées, et un CSV des conflits (valeurs du bureau conservées).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="150" />
      <source>the package a field team brought back and the office survey GeoPackage.</source>
      <translation>le paquet rapporté par une équipe de terrain et le GeoPackage d'enquête du bureau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="23" />
      <source>the place where people live, identifying in small places</source>
      <translation>le lieu où vivent les personnes, ce qui les identifie dans les petites localités</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="67" />
      <source>the pseudonymisation key</source>
      <translation>la clé de pseudonymisation</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="84" />
      <source>the question {parent} it names has no column in the layer</source>
      <translation>la question {parent} qu'il nomme n'a pas de colonne dans la couche</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="79" />
      <source>the question {parent} it names is in the repeat group {repeat}</source>
      <translation>la question {parent} qu'il nomme est dans le groupe répété {repeat}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="99" />
      <source>the raw tables ({tables})</source>
      <translation>les tables brutes ({tables})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="208" />
      <source>the requested page</source>
      <translation>la page demandée</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="316" />
      <source>the same columns in another order</source>
      <translation>les mêmes colonnes dans un autre ordre</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="77" />
      <source>the submission names this file, but the server listed no attachment of that name.</source>
      <translation>la soumission nomme ce fichier, mais le serveur n'a listé aucune pièce jointe de ce nom.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="371" />
      <source>the submissions of form {id}</source>
      <translation>les soumissions du formulaire {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="180" />
      <source>the submissions of form {uid}</source>
      <translation>les soumissions du formulaire {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="76" />
      <source>the survey</source>
      <translation>l'enquête</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="141" />
      <source>the survey GeoPackages, admin boundaries and, optionally, a basemap source for the area.</source>
      <translation>les GeoPackages d'enquête, les limites administratives et, en option, une source de fond de carte pour la zone.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="76" />
      <source>the table 'cleaning_log' (one row per value to review) in the survey's GeoPackage, optionally an Excel or CSV copy for field teams, and the number of rows raised by each check.</source>
      <translation>la table 'cleaning_log' (une ligne par valeur à examiner) dans le GeoPackage de l'enquête, en option une copie Excel ou CSV pour les équipes de terrain, et le nombre de lignes levées par chaque contrôle.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="262" />
      <source>the table {table}</source>
      <translation>la table {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="276" />
      <source>the uuid is empty</source>
      <translation>l'uuid est vide</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="208" />
      <source>times in milliseconds since 1970</source>
      <translation>des horodatages en millisecondes depuis 1970</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="224" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="227" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>uuid</source>
      <translation type="vanished">uuid</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="50" />
      <source>value outside the form's constraint</source>
      <translation>valeur hors de la contrainte du formulaire</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="59" />
      <source>vertical bars (|)</source>
      <translation>des barres verticales (|)</translation>
    </message>
    <message>
      <source>when</source>
      <translation type="vanished">quand (when)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="181" />
      <source>where its GPS point falls</source>
      <translation>où tombe son point GPS</translation>
    </message>
    <message>
      <source>who</source>
      <translation type="vanished">qui (who)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="38" />
      <source>whole number</source>
      <translation>nombre entier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>whole numbers</source>
      <translation>des nombres entiers</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="183" />
      <source>whose P-code it gives</source>
      <translation>dont elle donne le P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="145" />
      <source>write TRUE or FALSE</source>
      <translation>écrivez TRUE ou FALSE</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="181" />
      <source>write the date and time as YYYY-MM-DDTHH:MM:SS</source>
      <translation>écrivez la date et l'heure sous la forme AAAA-MM-JJTHH:MM:SS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="169" />
      <source>write the date as YYYY-MM-DD</source>
      <translation>écrivez la date sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="143" />
      <source>writing the cleaned layer {table} in {schema}</source>
      <translation>l'écriture de la couche nettoyée {table} dans {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="80" />
      <source>writing the cleaning log of {schema}</source>
      <translation>l'écriture du journal de nettoyage de {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="44" />
      <source>yes/no (0/1)</source>
      <translation>oui/non (0/1)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_flags.py" line="84" />
      <source>yes/no answers of the choice '{choice}' (1/0, True/False, or its own code or label)</source>
      <translation>des réponses oui/non du choix « {choice} » (1/0, True/False, ou son propre code ou libellé)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="210" />
      <source>{answered} is the P-code of no admin area; the point lies in {found}.</source>
      <translation>{answered} n'est le P-code d'aucune unité administrative ; le point se trouve dans {found}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="169" />
      <source>{areas}: {count}</source>
      <translation>{areas} : {count}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="192" />
      <source>{area} has no boundary (its geometry is empty): no page was made for it.</source>
      <translation>{area} n'a pas de limite (sa géométrie est vide) : aucune page n'a été faite pour elle.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows pending.</source>
      <translation type="vanished">{changed} valeurs modifiées, {removed} soumissions supprimées, {pending} lignes du journal en attente.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows still pending, {kept} kept as they are.</source>
      <translation type="vanished">{changed} valeurs modifiées, {removed} soumissions supprimées, {pending} lignes du journal encore en attente, {kept} laissées telles quelles.</translation>
    </message>
    <message>
      <source>{changed} values will be changed and {removed} submissions removed; {kept} rows are kept as they are.</source>
      <translation type="vanished">{changed} valeurs seront modifiées et {removed} soumissions supprimées ; {kept} lignes sont laissées telles quelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="334" />
      <source>{check}: {count} rows ({seconds} s)</source>
      <translation>{check} : {count} lignes ({seconds} s)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="27" />
      <source>{code} ({count} areas)</source>
      <translation>{code} ({count} zones)</translation>
    </message>
    <message>
      <source>{columns} columns; encoding {encoding}; delimiter {delimiter}; location: {location}; repeat tables: {repeats}; form languages: {languages}.</source>
      <translation type="vanished">{columns} colonnes ; encodage {encoding} ; séparateur {delimiter} ; position : {location} ; tables de répétition : {repeats} ; langues du formulaire : {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="90" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of no choice of the list '{list}': the row cannot be applied to {answer}. Write the change on {answer}, with the choice's name</source>
      <translation>{column} est le libellé que l'import déduit de {answer}, et « {label} » n'est le libellé d'aucun choix de la liste « {list} » : la ligne ne peut pas être appliquée à {answer}. Écrivez la modification sur {answer}, avec le nom du choix</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="85" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of several choices of the list '{list}' ({codes}): the row cannot tell which one it means. Write the change on {answer}, with the choice's name</source>
      <translation>{column} est le libellé que l'import déduit de {answer}, et « {label} » est le libellé de plusieurs choix de la liste « {list} » ({codes}) : la ligne ne permet pas de savoir lequel elle désigne. Écrivez la modification sur {answer}, avec le nom du choix</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="283" />
      <source>{column}: {explanation}</source>
      <translation>{column} : {explanation}</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage.</source>
      <translation type="vanished">{count} pièces jointes n'ont pas pu être téléchargées et ont été ignorées : {files}. Les soumissions sont toutes dans le GeoPackage.</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation type="vanished">{count} pièces jointes n'ont pas pu être téléchargées et ont été ignorées : {files}. Les soumissions sont toutes dans le GeoPackage ; pour récupérer les fichiers plus tard, relancez le téléchargement dans ce GeoPackage en cochant « Mettre à jour » et « Télécharger les pièces jointes ».</translation>
    </message>
    <message>
      <source>{count} columns likely hold personal data ({high} at high risk). Protect them before sharing the file.</source>
      <translation type="vanished">{count} colonnes contiennent probablement des données personnelles (dont {high} à risque élevé). Protégez-les avant de partager le fichier.</translation>
    </message>
    <message>
      <source>{count} decisions of the saved log are kept.</source>
      <translation type="vanished">{count} décisions du journal enregistré sont conservées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="59" />
      <source>{count} form constraint(s) not checked, their expressions are beyond what the checks read: {questions}. Check these answers by hand.</source>
      <translation>{count} contrainte(s) du formulaire non contrôlée(s), leurs expressions dépassent ce que les contrôles savent lire : {questions}. Vérifiez ces réponses à la main.</translation>
    </message>
    <message>
      <source>{count} forms. Select one, then Next.</source>
      <translation type="vanished">{count} formulaires. Sélectionnez-en un, puis Suivant.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="50" />
      <source>{count} of {total} values of "{column}" are KoboToolbox validation statuses naming the account of the person who validated the submission ("by_whom"): a copy for sharing keeps only the status.</source>
      <translation>{count} valeurs sur {total} de « {column} » sont des statuts de validation KoboToolbox qui nomment le compte de la personne ayant validé la soumission ("by_whom") : une copie pour le partage ne garde que le statut.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="35" />
      <source>{count} of {total} values of "{column}" contain names also written in "{source}".</source>
      <translation>{count} valeurs sur {total} de « {column} » contiennent des noms écrits aussi dans « {source} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="40" />
      <source>{count} of {total} values of "{column}" contain {what}.</source>
      <translation>{count} valeurs sur {total} de « {column} » contiennent {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="45" />
      <source>{count} of {total} values of "{column}" look like {what}.</source>
      <translation>{count} valeurs sur {total} de « {column} » semblent être {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="135" />
      <source>{count} or more interviews started by the same {by} within {minutes} minutes.</source>
      <translation>{count} entretiens ou plus commencés avec le même {by} en moins de {minutes} minutes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="93" />
      <source>{count} problem(s) in the help catalogue; the bundled catalogue is used for the rest. Details: CartONG › Learn › Problems in the help catalogue, or the CartONG log.</source>
      <translation>{count} problème(s) dans le catalogue d'aide ; le catalogue fourni avec l'extension est utilisé pour le reste. Détails : CartONG › Apprendre › Problèmes dans le catalogue d'aide, ou le journal CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="79" />
      <source>{encoding}: check that the text reads correctly</source>
      <translation>{encoding} : vérifiez que le texte se lit correctement</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="37" />
      <source>{error} The export file {file} may hold decisions of the field teams: it was not replaced. Choose another export file, or move this one away.</source>
      <translation>{error} Le fichier d'export {file} contient peut-être des décisions des équipes de terrain : il n'a pas été remplacé. Choisissez un autre fichier d'export, ou déplacez celui-ci ailleurs.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="64" />
      <source>{file} already exists. Replace it? Everything it holds will be lost. Choose No to keep it, then another name ({free} is free).</source>
      <translation>{file} existe déjà. Le remplacer ? Tout ce qu'il contient sera perdu. Choisissez Non pour le garder, puis un autre nom ({free} est libre).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="289" />
      <source>{file} already exists: choose "A key file I keep…" to use it, or another name for the new key.</source>
      <translation>{file} existe déjà : choisissez « Un fichier de clé que je conserve… » pour l'utiliser, ou un autre nom pour la nouvelle clé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/returned_files.py" line="85" />
      <source>{file} appeared in {folder} during the merge (another program writing there, or a file whose name differs only in upper or lower case): nothing was merged, so that no row links to a different file. Run the merge again.</source>
      <translation>{file} est apparu dans {folder} pendant la fusion (un autre programme qui y écrit, ou un fichier dont le nom ne diffère que par des majuscules ou des minuscules) : rien n'a été fusionné, afin qu'aucune ligne ne renvoie à un autre fichier. Relancez la fusion.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="273" />
      <source>{file} cannot be opened: {error}. Export the data again as a plain zip (no password).</source>
      <translation>{file} ne peut pas être ouvert : {error}. Exportez à nouveau les données en zip simple (sans mot de passe).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="449" />
      <source>{file} cannot be read as CSV: {reason}</source>
      <translation>{file} ne peut pas être lu comme un CSV : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="61" />
      <source>{file} cannot be read as GeoJSON: {reason}</source>
      <translation>{file} ne peut pas être lu comme un GeoJSON : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="244" />
      <source>{file} cannot be read as JSON: {reason}</source>
      <translation>{file} ne peut pas être lu comme JSON : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="45" />
      <source>{file} cannot be read or written (permission denied). Choose a file or folder you can use.</source>
      <translation>{file} ne peut être ni lu ni écrit (accès refusé). Choisissez un fichier ou un dossier que vous pouvez utiliser.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="442" />
      <source>{file} cannot be read: {error}</source>
      <translation>{file} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="195" />
      <source>{file} cannot be written: the folder {folder} cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>{file} ne peut pas être écrit : impossible d'écrire dans le dossier {folder} ({reason}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="42" />
      <source>{file} cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a CSV, spreadsheet or shapefile loses them, and a copy shared from it would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>{file} ne peut pas contenir l'enquête nettoyée : seul un GeoPackage conserve tels quels le formulaire de l'enquête, ses tables de répétition et ses dates-heures (un CSV, un tableur ou un shapefile les perd, et une copie partagée depuis celui-ci perdrait les protections qui les lisent) ; choisissez un fichier GeoPackage (.gpkg) pour l'enquête nettoyée, puis faites l'export pour le partage à partir de ce fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="140" />
      <source>{file} contains binary data: it is not a CSV text file (it looks like {what}).</source>
      <translation>{file} contient des données binaires : ce n'est pas un fichier texte CSV (cela ressemble à {what}).</translation>
    </message>
    <message>
      <source>{file} contains binary data: it is not a CSV text file.</source>
      <translation type="vanished">{file} contient des données binaires : ce n'est pas un fichier texte CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_zip.py" line="43" />
      <source>{file} contains no CSV file.</source>
      <translation>{file} ne contient aucun fichier CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="247" />
      <source>{file} could not be extracted ({error}).</source>
      <translation>{file} n'a pas pu être extrait ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="102" />
      <source>{file} could not be read as an Excel workbook (.xlsx).</source>
      <translation>{file} n'a pas pu être lu comme un classeur Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="300" />
      <source>{file} could not be saved: {error}</source>
      <translation>{file} n'a pas pu être enregistré : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="207" />
      <source>{file} could not be written ({error}): check the free disk space and that the folder can be written to.</source>
      <translation>{file} n'a pas pu être écrit ({error}) : vérifiez l'espace disque libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="95" />
      <source>{file} could not be written completely (the file written is damaged or incomplete): nothing was replaced. Check that the disk of {folder} has free space and try again.</source>
      <translation>{file} n'a pas pu être écrit entièrement (le fichier écrit est endommagé ou incomplet) : rien n'a été remplacé. Vérifiez qu'il reste de l'espace libre sur le disque de {folder} et réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="216" />
      <source>{file} could not be written completely in the folder {folder} ({reason}). Nothing was written under that name and a previous {file} is unchanged.</source>
      <translation>{file} n'a pas pu être écrit entièrement dans le dossier {folder} ({reason}). Rien n'a été écrit sous ce nom et l'éventuel {file} précédent est inchangé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="204" />
      <source>{file} could not be written: the disk holding the folder {folder} is full. Nothing was written under that name and a previous {file} is unchanged. Free some space or choose another folder.</source>
      <translation>{file} n'a pas pu être écrit : le disque qui contient le dossier {folder} est plein. Rien n'a été écrit sous ce nom et l'éventuel {file} précédent est inchangé. Libérez de l'espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="369" />
      <source>{file} does not match the form {form}: none of its {count} columns is a question of the form. Choose the form this export was downloaded with.</source>
      <translation>{file} ne correspond pas au formulaire {form} : aucune de ses {count} colonnes n'est une question du formulaire. Choisissez le formulaire avec lequel cet export a été téléchargé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="309" />
      <source>{file} has a header row but no data rows.</source>
      <translation>{file} a une ligne d'en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="65" />
      <source>{file} has its labels in {kept}, a language the form no longer has ({languages}): the new submissions are labelled in {used}, so its label columns mix two languages. Download the survey again without Update to have every label in one language.</source>
      <translation>{file} a ses libellés en {kept}, une langue que le formulaire n'a plus ({languages}) : les nouvelles soumissions ont leurs libellés en {used}, si bien que ses colonnes de libellés mélangent deux langues. Téléchargez de nouveau l'enquête sans « Mettre à jour » pour avoir tous les libellés dans une seule langue.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="52" />
      <source>{file} has its labels in {kept}: an update writes the new submissions' labels in that language too, so that old and new rows match. To have labels in {asked}, download the survey again without Update (or into a new GeoPackage).</source>
      <translation>{file} a ses libellés en {kept} : une mise à jour écrit aussi les libellés des nouvelles soumissions dans cette langue, pour que les anciennes et les nouvelles lignes concordent. Pour avoir les libellés en {asked}, téléchargez de nouveau l'enquête sans « Mettre à jour » (ou dans un nouveau GeoPackage).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="89" />
      <source>{file} has labels in {kept}: an update now would add submissions without labels to it, so nothing was changed. Update again once the server gives the form, or give its XLSForm.</source>
      <translation>{file} a des libellés dans {kept} : une mise à jour maintenant y ajouterait des soumissions sans libellés ; rien n'a donc été modifié. Relancez la mise à jour quand le serveur fournira le formulaire, ou indiquez son XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="38" />
      <source>{file} has no 'survey' layer to look for personal data in.</source>
      <translation>{file} n'a pas de couche « survey » dans laquelle rechercher des données personnelles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="179" />
      <source>{file} has no 'survey' layer: import the survey first.</source>
      <translation>{file} n'a pas de couche « survey » : importez d'abord l'enquête.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="233" />
      <source>{file} has no 'survey' sheet: it is not an XLSForm.</source>
      <translation>{file} n'a pas de feuille « survey » : ce n'est pas un XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/extents.py" line="47" />
      <source>{file} has no coordinate reference system, so where its features lie is unknown. Set it in the layer properties (Source), or add the .prj file beside the Shapefile.</source>
      <translation>{file} n'a pas de système de coordonnées de référence : on ne sait donc pas où se trouvent ses entités. Définissez-le dans les propriétés de la couche (Source), ou ajoutez le fichier .prj à côté du Shapefile.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="103" />
      <source>{file} has no features.</source>
      <translation>{file} ne contient aucune entité.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="40" />
      <source>{file} has no layer '{layer}'.</source>
      <translation>{file} n'a pas de couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="450" />
      <source>{file} has no layer of areas (polygons).</source>
      <translation>{file} n'a aucune couche d'unités administratives (polygones).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="303" />
      <source>{file} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
      <translation>{file} n'a pas de feuille « {sheet} » ; ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="180" />
      <source>{file} has no sheet with data.</source>
      <translation>{file} n'a aucune feuille contenant des données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="250" />
      <source>{file} has no submissions.</source>
      <translation>{file} ne contient aucune soumission.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="420" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit} (the typed table, with a label column beside each select question, would have {typed}). Export fewer questions, or split the export, and import each part.</source>
      <translation>{file} a {count} colonnes ; une table GeoPackage en contient au plus {limit} (la table typée, avec une colonne de libellé à côté de chaque question à choix, en aurait {typed}). Exportez moins de questions, ou découpez l'export, et importez chaque partie.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="218" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit}. Export fewer questions, or split the export, and import each part.</source>
      <translation>{file} a {count} colonnes ; une table GeoPackage en contient au plus {limit}. Exportez moins de questions, ou découpez l'export, et importez chaque partie.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="324" />
      <source>{file} holds a KoboToolbox export imported from a file; an update adds the submissions after its last _id. Make sure it is the same form.</source>
      <translation>{file} contient un export KoboToolbox importé depuis un fichier ; une mise à jour ajoute les soumissions postérieures à son dernier _id. Vérifiez qu'il s'agit bien du même formulaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="335" />
      <source>{file} holds another form ({source}): replace it or choose another file.</source>
      <translation>{file} contient un autre formulaire ({source}) : remplacez-le ou choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="67" />
      <source>{file} holds only its header row: none of the exported submissions has a row in {table}, which was imported as an empty table with its columns.</source>
      <translation>{file} ne contient que sa ligne d'en-tête : aucune des soumissions exportées n'a de ligne dans {table}, qui a été importée comme une table vide avec ses colonnes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="39" />
      <source>{file} holds the submissions of {held}, not of {given}: an update adds only the new submissions of the form it was downloaded from, so choose that server and form again, or download {given} into a new GeoPackage.</source>
      <translation>{file} contient les soumissions de {held}, pas de {given} : une mise à jour n'ajoute que les nouvelles soumissions du formulaire depuis lequel il a été téléchargé ; choisissez donc à nouveau ce serveur et ce formulaire, ou téléchargez {given} dans un nouveau GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="110" />
      <source>{file} holds {count} files, more than the limit of {limit}: it was not opened.</source>
      <translation>{file} contient {count} fichiers, plus que la limite de {limit} : il n'a pas été ouvert.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="162" />
      <source>{file} is JSON but holds no list of submissions (under 'results' for KoboToolbox, 'value' for ODK Central).</source>
      <translation>{file} est un fichier JSON mais ne contient pas de liste de soumissions (sous « results » pour KoboToolbox, « value » pour ODK Central).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="218" />
      <source>{file} is ODK Central's table of the repeat '{repeat}' saved alone, not the submissions: its {rows} rows are items of {count} submission(s) ({column}). They were imported as the rows of the survey layer; to import the submissions with their repeats, save the Submissions with $expand=* or use Download from a server.</source>
      <translation>{file} est la table de la répétition « {repeat} » d'ODK Central enregistrée seule, pas les soumissions : ses {rows} lignes sont des éléments de soumissions (nombre de soumissions : {count} ; {column}). Elles ont été importées comme lignes de la couche d'enquête ; pour importer les soumissions avec leurs répétitions, enregistrez Submissions avec $expand=* ou utilisez Télécharger depuis un serveur.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="282" />
      <source>{file} is UTF-8 except %n lines, written in {encoding} (lines {lines}): only those lines were read as {encoding}, the rest as UTF-8. Check their accents.</source>
      <translation>
        <numerusform>{file} est en UTF-8 sauf %n ligne, écrite en {encoding} (ligne {lines}) : seule cette ligne a été lue en {encoding}, le reste en UTF-8. Vérifiez ses accents.</numerusform>
        <numerusform>{file} est en UTF-8 sauf %n lignes, écrites en {encoding} (lignes {lines}) : seules ces lignes ont été lues en {encoding}, le reste en UTF-8. Vérifiez leurs accents.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="153" />
      <source>{file} is a KoboToolbox form definition, not submissions: download the data (or use Download from a server).</source>
      <translation>{file} est une définition de formulaire KoboToolbox, pas des soumissions : téléchargez les données (ou utilisez Télécharger depuis un serveur).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="82" />
      <source>{file} is a folder, not a file: choose a file name for the output, not a folder.</source>
      <translation>{file} est un dossier, pas un fichier : choisissez un nom de fichier pour la sortie, pas un dossier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="124" />
      <source>{file} is a zip or Excel file, not a CSV text file. Choose the .xlsx or .zip import, or export the data again as CSV.</source>
      <translation>{file} est un fichier zip ou Excel, pas un fichier texte CSV. Choisissez l'import .xlsx ou .zip, ou exportez de nouveau les données en CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="100" />
      <source>{file} is an old Excel .xls file: export the data again as .xlsx or CSV.</source>
      <translation>{file} est un ancien fichier Excel .xls : exportez de nouveau les données en .xlsx ou en CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="63" />
      <source>{file} is an old Excel file (.xls), which this QGIS cannot read. Open it in Excel or LibreOffice, save it as .xlsx and choose that file.</source>
      <translation>{file} est un ancien fichier Excel (.xls), que ce QGIS ne sait pas lire. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le en .xlsx et choisissez ce fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="102" />
      <source>{file} is damaged or incomplete (perhaps cut short while it was downloaded or copied): it cannot be opened. Download or copy it again.</source>
      <translation>{file} est endommagé ou incomplet (peut-être coupé pendant le téléchargement ou la copie) : il ne peut pas être ouvert. Téléchargez-le ou copiez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="265" />
      <source>{file} is damaged: the sizes or checksums it declares do not match what it holds ({error}). Download or copy it again.</source>
      <translation>{file} est endommagé : les tailles ou sommes de contrôle qu'il déclare ne correspondent pas à son contenu ({error}). Téléchargez-le ou copiez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="233" />
      <source>{file} is empty.</source>
      <translation>{file} est vide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="291" />
      <source>{file} is neither UTF-8 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>{file} n'est ni un texte UTF-8 ni un texte Windows-1252. Enregistrez-le de nouveau au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="297" />
      <source>{file} is not UTF-8, and its text could be Windows-1252 (Excel in French, Spanish, Portuguese or English) as well as Windows-1256 (Excel in Arabic): it was read as {encoding}. Check its text, or save it again as 'CSV UTF-8' in Excel and use that file.</source>
      <translation>{file} n'est pas en UTF-8, et son texte pourrait être aussi bien du Windows-1252 (Excel en français, espagnol, portugais ou anglais) que du Windows-1256 (Excel en arabe) : il a été lu en {encoding}. Vérifiez son texte, ou enregistrez-le de nouveau au format « CSV UTF-8 » dans Excel et utilisez ce fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="307" />
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel in French, Spanish, Portuguese or English). Check its accents; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>{file} n'est pas en UTF-8 : il a été lu en Windows-1252 (Excel en français, espagnol, portugais ou anglais). Vérifiez ses accents ; pour éviter d'avoir à deviner l'encodage, enregistrez-le de nouveau au format « CSV UTF-8 » dans Excel.</translation>
    </message>
    <message>
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel). Check accents in the imported text.</source>
      <translation type="vanished">{file} n'est pas en UTF-8 : il a été lu en Windows-1252 (Excel). Vérifiez les accents du texte importé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="303" />
      <source>{file} is not UTF-8: it was read as Windows-1256 (Excel in Arabic). Check its text; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>{file} n'est pas en UTF-8 : il a été lu en Windows-1256 (Excel en arabe). Vérifiez son texte ; pour éviter d'avoir à deviner l'encodage, enregistrez-le de nouveau au format « CSV UTF-8 » dans Excel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="133" />
      <source>{file} is not a CSV export: it looks like {what}. Download the export again.</source>
      <translation>{file} n'est pas un export CSV : cela ressemble à {what}. Téléchargez de nouveau l'export.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="79" />
      <source>{file} is not a GeoPackage that GDAL can read: {error}</source>
      <translation>{file} n'est pas un GeoPackage que GDAL peut lire : {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="145" />
      <source>{file} is not a readable training session ({error}).</source>
      <translation>{file} n'est pas une session de formation lisible ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable zip archive ({error}).</source>
      <translation type="vanished">{file} n'est pas une archive zip lisible ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="321" />
      <source>{file} is not a survey GeoPackage: it can only be replaced.</source>
      <translation>{file} n'est pas un GeoPackage d'enquête : il peut seulement être remplacé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="96" />
      <source>{file} is not a zip archive: it looks like {what}.</source>
      <translation>{file} n’est pas une archive zip : cela ressemble à {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="126" />
      <source>{file} is not an Excel workbook (.xlsx): it looks like {what}.</source>
      <translation>{file} n'est pas un classeur Excel (.xlsx) : cela ressemble à {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="194" />
      <source>{file} is one page of a paged download ({rows} submissions; the server named another page: {link}): the submissions of the other pages are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>{file} est une page d'un téléchargement paginé ({rows} soumissions ; le serveur indiquait une autre page : {link}) : les soumissions des autres pages ne sont pas dans le fichier. Téléchargez toutes les pages, ou utilisez Télécharger depuis un serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="188" />
      <source>{file} is one page of a paged download: it holds {rows} of the {count} submissions the server had; the other {missing} are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>{file} est une page d'un téléchargement paginé : il contient {rows} des {count} soumissions que comptait le serveur ; les {missing} autres ne sont pas dans le fichier. Téléchargez toutes les pages, ou utilisez Télécharger depuis un serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="158" />
      <source>{file} is open in QGIS or another program, so it cannot be replaced safely. Remove its layers from the project (or close the program) and try again; the file was not changed.</source>
      <translation>{file} est ouvert dans QGIS ou dans un autre programme : il ne peut donc pas être remplacé sans risque. Retirez ses couches du projet (ou fermez le programme) et réessayez ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="130" />
      <source>{file} is protected by a password (the member "{member}" is encrypted): the toolkit cannot open it. Export the data again without a password, or extract the archive with its password and import the CSV files.</source>
      <translation>{file} est protégé par un mot de passe (l'élément « {member} » est chiffré) : la boîte à outils ne peut pas l'ouvrir. Exportez à nouveau les données sans mot de passe, ou extrayez l'archive avec son mot de passe et importez les fichiers CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="287" />
      <source>{file} is protected by a password, so it cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave it empty), save it and choose it again.</source>
      <translation>{file} est protégé par un mot de passe, il ne peut donc pas être lu. Ouvrez-le dans Excel, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur &gt; Chiffrer avec mot de passe, laissez-le vide), enregistrez-le et choisissez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="46" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds, its events linked to their submission by its 'instance ID' column.</source>
      <translation>{file} est le journal d'audit du formulaire (une ligne par événement des enquêteurs, pas des soumissions) : ses colonnes start et end ont été lues comme des dates-heures à partir de millisecondes, et ses événements reliés à leur soumission par sa colonne « instance ID ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="52" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds. It has no 'instance ID' column, so its events are not linked to their submission.</source>
      <translation>{file} est le journal d'audit du formulaire (une ligne par événement des enquêteurs, pas des soumissions) : ses colonnes start et end ont été lues comme des dates-heures à partir de millisecondes. Il n'a pas de colonne « instance ID », donc ses événements ne sont pas reliés à leur soumission.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="53" />
      <source>{file} is used by layers of the open project ({layers}): it cannot be replaced. Choose another file name, or remove these layers from the project first.</source>
      <translation>{file} est utilisé par des couches du projet ouvert ({layers}) : il ne peut pas être remplacé. Choisissez un autre nom de fichier, ou retirez d'abord ces couches du projet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/csv_delimiter.py" line="113" />
      <source>{file} looks cut off: its last row (row {row}) is incomplete and the file does not end with a line break, as when a download stops early. Download the export again.</source>
      <translation>{file} semble tronqué : sa dernière ligne (ligne {row}) est incomplète et le fichier ne se termine pas par un saut de ligne, comme lorsqu'un téléchargement s'arrête trop tôt. Téléchargez de nouveau l'export.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="183" />
      <source>{file} now exists: go back to the first page to choose what to do. Nothing was written.</source>
      <translation>{file} existe maintenant : revenez à la première page pour choisir quoi faire. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="113" />
      <source>{file} of the returned package {package} is damaged or was not copied completely (a USB stick pulled out too early, a failing disk): it cannot be merged, and the office GeoPackage was not changed. Copy the package again from the field laptop, then run again.</source>
      <translation>{file} du paquet revenu {package} est endommagé ou n'a pas été copié entièrement (clé USB retirée trop tôt, disque défaillant) : il ne peut pas être fusionné, et le GeoPackage du bureau n'a pas été modifié. Copiez à nouveau le paquet depuis l'ordinateur de terrain, puis relancez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="323" />
      <source>{file} was already there and was kept as it was; the incomplete basemap is {partial}: compare them before replacing one with the other.</source>
      <translation>{file} existait déjà et a été gardé tel quel ; le fond de carte incomplet est {partial} : comparez-les avant de remplacer l'un par l'autre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="276" />
      <source>{file} was not downloaded from a server, so it cannot be updated from one. Download into a new GeoPackage instead.</source>
      <translation>{file} n'a pas été téléchargé depuis un serveur : il ne peut donc pas être mis à jour depuis un serveur. Téléchargez plutôt dans un nouveau GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="328" />
      <source>{file} was not downloaded from a server: it can only be replaced.</source>
      <translation>{file} n'a pas été téléchargé depuis un serveur : il peut seulement être remplacé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="162" />
      <source>{file} was not prepared as a field package (it has no table {table}): its changes cannot be told from the office's, nothing was merged.</source>
      <translation>{file} n'a pas été préparé comme paquet de terrain (il n'a pas de table {table}) : ses modifications ne peuvent pas être distinguées de celles du bureau, rien n'a été fusionné.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="121" />
      <source>{file} was refused: it holds two files named "{member}" (once made valid on every system), and one would replace the other.</source>
      <translation>{file} a été refusé : il contient deux fichiers nommés « {member} » (une fois leur nom rendu valide sur tous les systèmes), et l'un remplacerait l'autre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="349" />
      <source>{file} was refused: it links to other files or addresses ({links}). Export the data again from the server, or save a copy without external links (Excel: Data &gt; Edit Links &gt; Break Link).</source>
      <translation>{file} a été refusé : il renvoie à d'autres fichiers ou adresses ({links}). Exportez de nouveau les données depuis le serveur, ou enregistrez une copie sans liens externes (Excel : Données &gt; Modifier les liens &gt; Rompre le lien).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="159" />
      <source>{file} was refused: it would expand to {size} MB, more than the limit of {limit} MB.</source>
      <translation>{file} a été refusé : il occuperait {size} Mo une fois décompressé, plus que la limite de {limit} Mo.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="232" />
      <source>{file} was refused: the member "{member}" expands far beyond its declared size, which looks like a zip bomb.</source>
      <translation>{file} a été refusé : l'élément « {member} » se décompresse bien au-delà de sa taille déclarée, ce qui ressemble à une bombe zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="140" />
      <source>{file} was refused: the member "{member}" is unsafe because {reason}. Ask for a fresh export from the server.</source>
      <translation>{file} a été refusé : l'élément « {member} » n'est pas sûr, car {reason}. Demandez un nouvel export depuis le serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="150" />
      <source>{file} was refused: the member "{member}" would expand to {size} MB ({ratio:.0f} times its compressed size), which looks like a zip bomb.</source>
      <translation>{file} a été refusé : l'élément « {member} » occuperait {size} Mo une fois décompressé ({ratio:.0f} fois sa taille compressée), ce qui ressemble à une bombe zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="361" />
      <source>{file} was refused: {count} cells hold formulas ({cells}); a survey export holds values only. Paste the cells as values and try again.</source>
      <translation>{file} a été refusé : {count} cellules contiennent des formules ({cells}) ; un export d'enquête ne contient que des valeurs. Collez les cellules en tant que valeurs et réessayez.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="65" />
      <source>{file}, column {column}: %n date-times have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>{file}, colonne {column} : %n date-heure n'a pas de fuseau horaire alors que les autres ont toutes {offset} (ligne {row} : « {value} ») ; elle a été lue en {offset} elle aussi. Vérifiez-la ; la table brute la conserve telle qu'écrite.</numerusform>
        <numerusform>{file}, colonne {column} : %n dates-heures n'ont pas de fuseau horaire alors que les autres ont toutes {offset} (première à la ligne {row} : « {value} ») ; elles ont été lues en {offset} elles aussi. Vérifiez-les ; la table brute les conserve telles qu'écrites.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="73" />
      <source>{file}, column {column}: %n date-times have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>{file}, colonne {column} : %n date-heure n'a pas de fuseau horaire alors que les autres ont des fuseaux différents (ligne {row} : « {value} ») ; elle a été lue en UTC. Vérifiez-la ; la table brute la conserve telle qu'écrite.</numerusform>
        <numerusform>{file}, colonne {column} : %n dates-heures n'ont pas de fuseau horaire alors que les autres ont des fuseaux différents (première à la ligne {row} : « {value} ») ; elles ont été lues en UTC. Vérifiez-les ; la table brute les conserve telles qu'écrites.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="241" />
      <source>{file}, column {column}: %n locations cannot be read and were imported without geometry (rows {rows}; first at row {row}: {reason}). The raw table keeps them.</source>
      <translation>
        <numerusform>{file}, colonne {column} : %n localisation ne peut pas être lue et a été importée sans géométrie (lignes {rows} ; première à la ligne {row} : {reason}). La table brute la conserve.</numerusform>
        <numerusform>{file}, colonne {column} : %n localisations ne peuvent pas être lues et ont été importées sans géométrie (lignes {rows} ; première à la ligne {row} : {reason}). La table brute les conserve.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="97" />
      <source>{file}, column {column}: question {question} has no labels in the form given: {where}. Its codes are imported and its label column left empty.</source>
      <translation>{file}, colonne {column} : la question {question} n'a pas de libellés dans le formulaire fourni : {where}. Ses codes sont importés et sa colonne de libellés est laissée vide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="113" />
      <source>{file}, column {column}: the export writes one label for several choices of question {question} (list '{list}': {shared}), so which one was chosen cannot be told; {count} answer(s) were left without a code, their label kept (first at row {row}). Export the data with XML values (codes) to tell them apart; the raw table keeps the answers.</source>
      <translation>{file}, colonne {column} : l'export écrit un même libellé pour plusieurs choix de la question {question} (liste « {list} » : {shared}), si bien qu'on ne peut pas savoir lequel a été choisi ; {count} réponse(s) ont été laissées sans code, avec leur libellé (première à la ligne {row}). Exportez les données avec les valeurs XML (codes) pour les distinguer ; la table brute conserve les réponses.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="183" />
      <source>{file}, column {column}: the list '{list}' has several choices of the same name ({choices}) and the question's choice_filter does not tell which one an answer means; {count} answer(s) were left without a label (first at row {row}). The raw table keeps them.</source>
      <translation>{file}, colonne {column} : la liste « {list} » a plusieurs choix de même nom ({choices}) et le choice_filter de la question n'indique pas lequel une réponse désigne ; {count} réponse(s) sont restées sans libellé (la première à la ligne {row}). La table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="365" />
      <source>{file}, column {column}: {count} answer(s) are choice labels, not codes, and were read as the codes of those choices (first at row {row}: '{value}' is '{code}'). The raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} réponse(s) sont des libellés de choix, pas des codes, et ont été lues comme les codes de ces choix (la première à la ligne {row} : « {value} » est « {code} »). La table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="248" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their choices were read from the export's choice columns ({columns}). The raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} réponse(s) ne sont pas une liste de libellés de la liste de choix « {list} » (la première à la ligne {row} : « {value} ») ; leurs choix ont été lus dans les colonnes de choix de l'export ({columns}). La table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="256" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their label was left empty. The raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} réponse(s) ne sont pas une liste de libellés de la liste de choix « {list} » (la première à la ligne {row} : « {value} ») ; leur libellé a été laissé vide. La table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="76" />
      <source>{file}, column {column}: {count} answer(s) are not in the choice list '{list}' (first at row {row}: '{value}'); the code is kept as its own label.</source>
      <translation>{file}, colonne {column} : {count} réponse(s) ne figurent pas dans la liste de choix « {list} » (première à la ligne {row} : « {value} ») ; le code sert de libellé.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">{file}, colonne {column} : {count} date-heure(s) n'ont pas de fuseau horaire alors que les autres ont toutes {offset} (première à la ligne {row} : « {value} ») ; elles ont été lues en {offset} elles aussi. Vérifiez-les ; la table brute les conserve telles qu'écrites.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">{file}, colonne {column} : {count} date-heure(s) n'ont pas de fuseau horaire alors que les autres ont des fuseaux différents (première à la ligne {row} : « {value} ») ; elles ont été lues en UTC. Vérifiez-les ; la table brute les conserve telles qu'écrites.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} location(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">{file}, colonne {column} : {count} position(s) illisibles ont été importées sans géométrie (première à la ligne {row} : {reason})</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} shape(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">{file}, colonne {column} : {count} forme(s) illisibles ont été importées sans géométrie (première à la ligne {row} : {reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="284" />
      <source>{file}, column {column}: {count} value(s) are Excel serial numbers, read as dates of Excel's 1900 date system (first at row {row}: '{value}' is {date}). The raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} valeur(s) sont des numéros de série Excel, lus comme des dates du système de dates 1900 d'Excel (la première à la ligne {row} : « {value} » est {date}). La table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="162" />
      <source>{file}, column {column}: {count} value(s) are not {what} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} valeur(s) ne sont pas {what} et ont été laissées vides dans la table typée (première à la ligne {row} : « {value} »). La table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="148" />
      <source>{file}, column {column}: {count} value(s) are outside {low}..{high} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} valeur(s) sont hors de {low}..{high} et ont été laissées vides dans la table typée (la première à la ligne {row} : « {value} »). La table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="160" />
      <source>{file}, column {column}: {count} value(s) have a comma then three digits, read as a decimal comma (first at row {row}: '{value}' is {number}). If the comma separates thousands, correct them; the raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} valeur(s) ont une virgule suivie de trois chiffres, lue comme une virgule décimale (la première à la ligne {row} : « {value} » vaut {number}). Si la virgule sépare les milliers, corrigez-les ; la table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="184" />
      <source>{file}, column {column}: {count} value(s) have a point then three zeros, read as a decimal point (first at row {row}: '{value}' is {number}). If the point separates thousands, correct them; the raw table keeps them.</source>
      <translation>{file}, colonne {column} : {count} valeur(s) ont un point suivi de trois zéros, lu comme un point décimal (la première à la ligne {row} : « {value} » vaut {number}). Si le point sépare les milliers, corrigez-les ; la table brute les conserve.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="120" />
      <source>{file}, column {column}: {count} value(s) have more digits than a decimal of the typed table holds and were rounded there (first at row {row}: '{value}' is stored as {number}). The raw table keeps them as written.</source>
      <translation>{file}, colonne {column} : {count} valeur(s) ont plus de chiffres qu'un nombre décimal de la table typée ne peut en contenir et y ont été arrondies (première à la ligne {row} : « {value} » est stockée comme {number}). La table brute les conserve telles qu'écrites.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="476" />
      <source>{file}, line {row}: {saw} fields where the header has {expected}. A value probably contains the delimiter without quotes.</source>
      <translation>{file}, ligne {row} : {saw} champs alors que l'en-tête en a {expected}. Une valeur contient probablement le séparateur sans guillemets.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/spreadsheet_layers.py" line="83" />
      <source>{file}, sheet {sheet}: every cell is text, so its first row cannot be told from a row of answers and its columns have no names (Field1, Field2...): the plugin cannot tell which hold personal data or which question each one answers. Save the sheet as a CSV file (UTF-8) and give that file, or import the workbook with Import survey data.</source>
      <translation>{file}, feuille {sheet} : toutes les cellules sont du texte, donc sa première ligne ne se distingue pas d'une ligne de réponses et ses colonnes n'ont pas de nom (Field1, Field2...) : le plugin ne peut pas savoir lesquelles contiennent des données personnelles ni à quelle question chacune répond. Enregistrez la feuille en fichier CSV (UTF-8) et donnez ce fichier, ou importez le classeur avec Importer des données d'enquête.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_cells.py" line="69" />
      <source>{file}: %n cells are longer than the {limit} characters Excel keeps (first: row {row}, column {column}); the file holds them whole, but Excel cuts them when the file is opened and saved there. Edit such rows in the CSV export or in QGIS.</source>
      <translation>
        <numerusform>{file} : %n cellule dépasse les {limit} caractères qu'Excel conserve (première : ligne {row}, colonne {column}) ; le fichier la contient en entier, mais Excel la coupe quand le fichier y est ouvert puis enregistré. Modifiez ces lignes dans l'export CSV ou dans QGIS.</numerusform>
        <numerusform>{file} : %n cellules dépassent les {limit} caractères qu'Excel conserve (première : ligne {row}, colonne {column}) ; le fichier les contient en entier, mais Excel les coupe quand le fichier y est ouvert puis enregistré. Modifiez ces lignes dans l'export CSV ou dans QGIS.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="420" />
      <source>{file}: %n choice columns name a choice that is not in the form's list (kept as yes/no columns of their question): {columns}</source>
      <translation>
        <numerusform>{file} : %n colonne de choix nomme un choix absent de la liste du formulaire (gardée comme colonne oui/non de sa question) : {columns}</numerusform>
        <numerusform>{file} : %n colonnes de choix nomment un choix absent de la liste du formulaire (gardées comme colonnes oui/non de leur question) : {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="444" />
      <source>{file}: %n column names are used more than once: {names}. The names as received are kept in the cartong_columns table.</source>
      <translation>
        <numerusform>{file} : %n nom de colonne est utilisé plusieurs fois : {names}. Les noms tels que reçus sont conservés dans la table cartong_columns.</numerusform>
        <numerusform>{file} : %n noms de colonnes sont utilisés plusieurs fois : {names}. Les noms tels que reçus sont conservés dans la table cartong_columns.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/flat_repeats.py" line="197" />
      <source>{file}: %n columns are repeat groups flattened into one sheet (such as {example}): each item became a row of its repeat's table ({tables}). Items without any answer (empty or n/a) were left out: {skipped}. The raw table keeps these columns as received.</source>
      <translation>
        <numerusform>{file} : %n colonne est un groupe répété aplati dans une seule feuille (par exemple {example}) : chaque élément est devenu une ligne de la table de sa répétition ({tables}). Éléments sans aucune réponse (vides ou n/a) laissés de côté : {skipped}. La table brute garde la colonne telle que reçue.</numerusform>
        <numerusform>{file} : %n colonnes sont des groupes répétés aplatis dans une seule feuille (par exemple {example}) : chaque élément est devenu une ligne de la table de sa répétition ({tables}). Éléments sans aucune réponse (vides ou n/a) laissés de côté : {skipped}. La table brute garde ces colonnes telles que reçues.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="387" />
      <source>{file}: %n columns hold the answers that earlier versions of the form collected for the question(s) {questions}, which the form {form} now marks 'disabled' (not yet disabled then); they were imported with those questions' types: {columns}</source>
      <translation>
        <numerusform>{file} : %n colonne contient les réponses que des versions antérieures du formulaire ont recueillies pour la question {questions}, que le formulaire {form} marque désormais « disabled » (elle ne l'était pas encore) ; elle a été importée avec le type de cette question : {columns}</numerusform>
        <numerusform>{file} : %n colonnes contiennent les réponses que des versions antérieures du formulaire ont recueillies pour la ou les questions {questions}, que le formulaire {form} marque désormais « disabled » (elles ne l'étaient pas encore) ; elles ont été importées avec le type de ces questions : {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="405" />
      <source>{file}: %n empty rows at the end of the table are not submissions and were not imported.</source>
      <translation>
        <numerusform>{file} : %n ligne vide à la fin du tableau n'est pas une soumission et n'a pas été importée.</numerusform>
        <numerusform>{file} : %n lignes vides à la fin du tableau ne sont pas des soumissions et n'ont pas été importées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="52" />
      <source>{file}: %n repeat groups of the form have no rows in this file ({repeats}), so their answers were not imported (this does not mean that nobody answered them).</source>
      <translation>
        <numerusform>{file} : %n groupe répété du formulaire n'a aucune ligne dans ce fichier ({repeats}), ses réponses n'ont donc pas été importées (cela ne veut pas dire que personne n'y a répondu).</numerusform>
        <numerusform>{file} : %n groupes répétés du formulaire n'ont aucune ligne dans ce fichier ({repeats}), leurs réponses n'ont donc pas été importées (cela ne veut pas dire que personne n'y a répondu).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="273" />
      <source>{file}: %n rows repeat the header row (rows {rows}): several files were probably joined into one. They are not submissions and were left out of the typed table; the raw table keeps them as received.</source>
      <translation>
        <numerusform>{file} : %n ligne répète la ligne d'en-tête (ligne {rows}) : deux fichiers ont probablement été réunis en un seul. Ce n'est pas une soumission, et elle a été laissée hors de la table typée ; la table brute la conserve telle que reçue.</numerusform>
        <numerusform>{file} : %n lignes répètent la ligne d'en-tête (lignes {rows}) : plusieurs fichiers ont probablement été réunis en un seul. Ce ne sont pas des soumissions, et elles ont été laissées hors de la table typée ; la table brute les conserve telles que reçues.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="205" />
      <source>{file}: %n rows' {key} (rows {rows}) match no row of {parent}, but their _submission__uuid names a submission: the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>{file} : le {key} de %n ligne (ligne {rows}) ne correspond à aucune ligne de {parent}, mais son _submission__uuid désigne une soumission : les lignes de {table} ont été reliées à leur soumission par _submission__uuid.</numerusform>
        <numerusform>{file} : le {key} de %n lignes (lignes {rows}) ne correspond à aucune ligne de {parent}, mais leur _submission__uuid désigne une soumission : les lignes de {table} ont été reliées à leur soumission par _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="223" />
      <source>{file}: %n rows' {key} (rows {rows}) point at other submissions than their own _submission__uuid; the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>{file} : sur %n ligne (lignes {rows}), {key} pointe vers une autre soumission que celle de son _submission__uuid ; les lignes de {table} ont été reliées à leur soumission par _submission__uuid.</numerusform>
        <numerusform>{file} : sur %n lignes (lignes {rows}), {key} pointe vers d'autres soumissions que celles de leur _submission__uuid ; les lignes de {table} ont été reliées à leur soumission par _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="233" />
      <source>{file}: %n rows' {key} (rows {rows}) point at rows of {parent} from other submissions than their own _submission__uuid: they are shown under those rows. Check them at the source.</source>
      <translation>
        <numerusform>{file} : sur %n ligne (lignes {rows}), {key} pointe vers des lignes de {parent} d'une autre soumission que celle de son _submission__uuid : elle est affichée sous ces lignes. Vérifiez-la à la source.</numerusform>
        <numerusform>{file} : sur %n lignes (lignes {rows}), {key} pointe vers des lignes de {parent} d'autres soumissions que celle de leur _submission__uuid : elles sont affichées sous ces lignes. Vérifiez-les à la source.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="256" />
      <source>{file}: %n rows' {key} match no row of {parent} (rows {rows}; first: {value}); they were kept unlinked, so counts per submission leave them out.</source>
      <translation>
        <numerusform>{file} : sur %n ligne, {key} ne correspond à aucune ligne de {parent} (lignes {rows} ; première valeur : {value}) ; elle a été gardée sans lien, donc les comptages par soumission ne l'incluent pas.</numerusform>
        <numerusform>{file} : sur %n lignes, {key} ne correspond à aucune ligne de {parent} (lignes {rows} ; première valeur : {value}) ; elles ont été gardées sans lien, donc les comptages par soumission les laissent de côté.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="372" />
      <source>{file}: %n values hold a NUL character (first: row {row}, column {column}); the raw table keeps them whole, but QGIS shows and checks the texts only up to that character. Fix them at the source.</source>
      <translation>
        <numerusform>{file} : %n valeur contient un caractère NUL (première : ligne {row}, colonne {column}) ; la table brute la garde en entier, mais QGIS n'affiche et ne contrôle les textes que jusqu'à ce caractère. Corrigez-la à la source.</numerusform>
        <numerusform>{file} : %n valeurs contiennent un caractère NUL (première : ligne {row}, colonne {column}) ; la table brute les garde en entier, mais QGIS n'affiche et ne contrôle les textes que jusqu'à ce caractère. Corrigez-les à la source.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="114" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name, but the form {form} has no repeat group named {name}, so its rows were imported as text in a table of their own. Choose the form this export was downloaded with.</source>
      <translation>{file} : ODK Central numérote le fichier d'un groupe répété ({table}) quand plusieurs groupes répétés du formulaire portent son nom, mais le formulaire {form} n'a aucun groupe répété nommé {name} : ses lignes ont donc été importées comme texte dans une table à part. Choisissez le formulaire avec lequel cet export a été téléchargé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="108" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name; which repeat group named {name} of the form {form} it holds cannot be told from the KEY of its rows, so its rows were imported as text in a table of their own.</source>
      <translation>{file} : ODK Central numérote le fichier d'un groupe répété ({table}) quand plusieurs groupes répétés du formulaire portent son nom ; la colonne KEY de ses lignes ne permet pas de dire lequel des groupes répétés nommés {name} du formulaire {form} il contient : ses lignes ont donc été importées comme texte dans une table à part.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="267" />
      <source>{file}: PostgreSQL names are at most 63 bytes, and {what} is longer: PostgreSQL would shorten it and the shared survey would not have the same names. Nothing was written. Shorten that name (or its group's) in the form, or keep this survey in its GeoPackage.</source>
      <translation>{file} : les noms PostgreSQL font au plus 63 octets, et {what} est plus long : PostgreSQL le raccourcirait et l'enquête partagée n'aurait pas les mêmes noms. Rien n'a été écrit. Raccourcissez ce nom (ou celui de son groupe) dans le formulaire, ou gardez cette enquête dans son GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="466" />
      <source>{file}: a quote opened near line {row} is never closed, so the rest of the file would be one value. Fix the quotes or export the data again.</source>
      <translation>{file} : un guillemet ouvert vers la ligne {row} n'est jamais fermé, si bien que le reste du fichier formerait une seule valeur. Corrigez les guillemets ou exportez de nouveau les données.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="183" />
      <source>{file}: column {col} has no name in the header row but holds values; it was imported as '{name}'.</source>
      <translation>{file} : la colonne {col} n'a pas de nom dans la ligne d'en-tête mais contient des valeurs ; elle a été importée sous le nom « {name} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="160" />
      <source>{file}: its _parent_table_name names '{parent}', which is no file imported here, and no form says whether it is the survey (its rows' _submission__uuid do not show it): {table} was imported unlinked, as its _parent_index may number the rows of another table. Import it with its parent's file, or give the form.</source>
      <translation>{file} : son _parent_table_name désigne « {parent} », qui n'est aucun des fichiers importés ici, et aucun formulaire ne dit s'il s'agit de l'enquête (le _submission__uuid de ses lignes ne le montre pas) : {table} a été importée sans lien, car son _parent_index peut numéroter les lignes d'une autre table. Importez-la avec le fichier de son parent, ou donnez le formulaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="158" />
      <source>{file}: no delimiter (comma, semicolon, tab or |) gives the first rows as many fields as the header; the file was read with {delimiter}. Check that the columns are right, or save it again as CSV from a spreadsheet.</source>
      <translation>{file} : aucun séparateur (virgule, point-virgule, tabulation ou |) ne donne aux premières lignes autant de champs que l'en-tête ; le fichier a été lu avec {delimiter}. Vérifiez que les colonnes sont correctes, ou enregistrez-le de nouveau en CSV depuis un tableur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="361" />
      <source>{file}: none of the {count} columns of repeat {table} is a question of the form {form} (the form may no longer have this repeat); they were imported as text.</source>
      <translation>{file} : aucune des {count} colonnes de la répétition {table} n'est une question du formulaire {form} (le formulaire n'a peut-être plus cette répétition) ; elles ont été importées comme texte.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="270" />
      <source>{file}: on %n rows the point of column {column} and the columns {lat} / {lon} are other places (rows {rows}; first at row {row}: '{value}' against {lat_value} / {lon_value}); the map uses {column}. The typed table keeps both as exported: check which one is right before using the coordinate columns.</source>
      <translation>
        <numerusform>{file} : sur %n ligne, le point de la colonne {column} et les colonnes {lat} / {lon} sont des lieux différents (lignes {rows} ; première à la ligne {row} : « {value} » contre {lat_value} / {lon_value}) ; la carte utilise {column}. La table typée garde les deux tels qu'exportés : vérifiez lequel est juste avant d'utiliser les colonnes de coordonnées.</numerusform>
        <numerusform>{file} : sur %n lignes, le point de la colonne {column} et les colonnes {lat} / {lon} sont des lieux différents (lignes {rows} ; première à la ligne {row} : « {value} » contre {lat_value} / {lon_value}) ; la carte utilise {column}. La table typée garde les deux tels qu'exportés : vérifiez lequel est juste avant d'utiliser les colonnes de coordonnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="96" />
      <source>{file}: once flattened, the names of the nested properties {names} are already other properties' names; they were imported under their paths instead, so that no value is lost.</source>
      <translation>
        <numerusform>{file} : %n propriété imbriquée, {names}, a, une fois aplatie, le nom d'une autre propriété ; elle a été importée sous son chemin à la place, afin qu'aucune valeur ne soit perdue.</numerusform>
        <numerusform>{file} : %n propriétés imbriquées, {names}, ont, une fois aplaties, les noms d'autres propriétés ; elles ont été importées sous leur chemin à la place, afin qu'aucune valeur ne soit perdue.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="232" />
      <source>{file}: row 2 holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>{file} : la ligne 2 contient des hashtags HXL ({count} colonnes étiquetées), pas une soumission ; les hashtags sont conservés dans la table cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="173" />
      <source>{file}: row 2 holds the questions' labels (a second header row, as ONA's "include labels" export writes it), not a submission; the labels are kept in the cartong_columns table.</source>
      <translation>{file} : la ligne 2 contient les libellés des questions (une deuxième ligne d'en-tête, comme l'écrit l'export « include labels » d'ONA), pas une soumission ; les libellés sont conservés dans la table cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="225" />
      <source>{file}: row {row} holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>{file} : la ligne {row} contient des hashtags HXL ({count} colonnes étiquetées), pas une soumission ; les hashtags sont conservés dans la table cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="317" />
      <source>{file}: row {row} is another header row, different from row 1 ({differences}): two exports of different form versions were probably joined into one file, so values would land under the wrong questions. Nothing was imported: import each export separately, or download one export of all versions from the server.</source>
      <translation>{file} : la ligne {row} est une autre ligne d'en-tête, différente de la ligne 1 ({differences}) : deux exports de versions différentes du formulaire ont probablement été réunis en un seul fichier, et des valeurs se retrouveraient sous les mauvaises questions. Rien n'a été importé : importez chaque export séparément, ou téléchargez depuis le serveur un seul export de toutes les versions.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="379" />
      <source>{file}: row {row} was cut off by the end of the file: %n rows of {typed} made from it were left out of that table, so that checks, counts and maps do not take a partial submission for a whole one; {raw} keeps them as received.</source>
      <translation>
        <numerusform>{file} : la ligne {row} a été coupée par la fin du fichier : %n ligne de {typed} issue de celle-ci a été laissée hors de cette table, pour que les contrôles, comptages et cartes ne prennent pas une soumission partielle pour une soumission entière ; {raw} la garde telle que reçue.</numerusform>
        <numerusform>{file} : la ligne {row} a été coupée par la fin du fichier : %n lignes de {typed} issues de celle-ci ont été laissées hors de cette table, pour que les contrôles, comptages et cartes ne prennent pas une soumission partielle pour une soumission entière ; {raw} les garde telles que reçues.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="217" />
      <source>{file}: rows 2 to {last} are header rows with HXL hashtags ({count} tagged columns), not submissions; the hashtags and header texts are kept in the cartong_columns table.</source>
      <translation>{file} : les lignes 2 à {last} sont des lignes d'en-tête avec des hashtags HXL ({count} colonnes étiquetées), pas des soumissions ; les hashtags et les textes d'en-tête sont conservés dans la table cartong_columns.</translation>
    </message>
    <message>
      <source>{file}: the column name '{name}' is used twice (columns {first} and {second}). Rename one of them.</source>
      <translation type="vanished">{file} : le nom de colonne « {name} » est utilisé deux fois (colonnes {first} et {second}). Renommez l'une d'elles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="434" />
      <source>{file}: the column names were changed by R (make.names); {count} of them were read as the export's own names ({examples}). The raw table keeps them as received.</source>
      <translation>{file} : les noms de colonnes ont été modifiés par R (make.names) ; {count} d'entre eux ont été lus comme les noms d'origine de l'export ({examples}). La table brute les garde tels que reçus.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="313" />
      <source>{file}: the hidden sheet(s) {sheets} were not imported; name one as the sheet to read if it holds the submissions.</source>
      <translation>{file} : la ou les feuilles masquées {sheets} n'ont pas été importées ; indiquez-en une comme feuille à lire si elle contient les soumissions.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="137" />
      <source>{file}: the parent of the repeat table {table} (named in its _parent_table_name or PARENT_KEY column) is not a table of this export, or several tables fit its name: {table} was left unlinked rather than joined to rows it may not belong to. Its rows keep their parent's number in _parent_index or PARENT_KEY.</source>
      <translation>{file} : le parent de la table de répétition {table} (nommé dans sa colonne _parent_table_name ou PARENT_KEY) n'est pas une table de cet export, ou plusieurs tables correspondent à son nom : {table} a été laissée sans lien plutôt que reliée à des lignes auxquelles elle n'appartient peut-être pas. Ses lignes gardent le numéro de leur parent dans _parent_index ou PARENT_KEY.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="378" />
      <source>{file}: the points were built from column {column}, the location the server keeps for each submission ([latitude, longitude], taken from its first geopoint), as no geopoint column was found or chosen. The column is kept as exported.</source>
      <translation>{file} : les points ont été construits à partir de la colonne {column}, la position que le serveur garde pour chaque soumission ([latitude, longitude], prise de son premier geopoint), car aucune colonne geopoint n'a été trouvée ou choisie. La colonne est gardée telle qu'exportée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="186" />
      <source>{file}: the submissions were read from the sheet '{sheet}'.</source>
      <translation>{file} : les soumissions ont été lues dans la feuille « {sheet} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="369" />
      <source>{file}: {count} cells hold formulas ({cells}); the toolkit reads the values last saved by the spreadsheet and never computes them. Check these cells.</source>
      <translation>{file} : {count} cellules contiennent des formules ({cells}) ; l'extension lit les valeurs enregistrées en dernier par le tableur et ne les calcule jamais. Vérifiez ces cellules.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="379" />
      <source>{file}: {count} column(s) are not in the form and were imported as text: {columns}</source>
      <translation>{file} : {count} colonne(s) absentes du formulaire ont été importées comme texte : {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_headers.py" line="167" />
      <source>{file}: {count} column(s) fit several questions or choices of the form {form}, so which one is meant cannot be told and they were imported as text: {columns}. Download the export again with XML values and '/' between groups to tell them apart.</source>
      <translation>{file} : {count} colonne(s) correspondent à plusieurs questions ou choix du formulaire {form} ; impossible de savoir lequel est visé, elles ont donc été importées comme texte : {columns}. Téléchargez de nouveau l'export avec les valeurs XML et « / » entre les groupes pour les distinguer.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="406" />
      <source>{file}: {count} column(s) of {table} bear the name of several questions of other levels of the form {form} (the main level or other repeats) and none of this table's own; which one is meant cannot be told, so they were imported as text: {columns}</source>
      <translation>{file} : {count} colonne(s) de {table} portent le nom de plusieurs questions d'autres niveaux du formulaire {form} (le niveau principal ou d'autres répétitions) et d'aucune question propre à cette table ; impossible de savoir laquelle est visée, elles ont donc été importées comme texte : {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="404" />
      <source>{file}: {count} of {total} submission(s) were collected with another version of the form ({versions} in column {column}, first at row {row}) than the form given ({version}): its choice labels and question types may not be theirs. Questions of the form not in the export: {missing}.</source>
      <translation>{file} : {count} soumission(s) sur {total} ont été collectées avec une autre version du formulaire ({versions} dans la colonne {column}, la première à la ligne {row}) que le formulaire donné ({version}) : ses libellés de choix et ses types de question ne sont peut-être pas les leurs. Questions du formulaire absentes de l'export : {missing}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="384" />
      <source>{file}: {count} row(s) have fewer fields than the header (first: row {row}, from column {column}); the missing values were left empty.</source>
      <translation>{file} : {count} ligne(s) ont moins de champs que l'en-tête (première : ligne {row}, à partir de la colonne {column}) ; les valeurs manquantes ont été laissées vides.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="175" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so each row of {table} was linked to the row of {parent} its {child_key} names within its own submission (_submission__uuid).</source>
      <translation>{file} : {key} se répète dans {parent} ({values}), comme lorsque deux exports sont collés l'un sous l'autre, donc chaque ligne de {table} a été reliée à la ligne de {parent} que désigne son {child_key} au sein de sa propre soumission (_submission__uuid).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="166" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>{file} : {key} se répète dans {parent} ({values}), comme lorsque deux exports sont collés l'un sous l'autre, donc les lignes de {table} ont été reliées à leur soumission par _submission__uuid.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="183" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other: {table} was left unlinked rather than shown under two parents. Import each export on its own.</source>
      <translation>{file} : {key} se répète dans {parent} ({values}), comme lorsque deux exports sont collés l'un sous l'autre : {table} a été laissée sans lien plutôt qu'affichée sous deux parents. Importez chaque export séparément.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="354" />
      <source>{file}: {new} new submissions ({total} in all) from {pages} pages in {seconds} s.</source>
      <translation>{file} : {new} nouvelles soumissions ({total} au total) sur {pages} pages en {seconds} s.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="107" />
      <source>{folder} already holds a training session: continue it or reset it.</source>
      <translation>{folder} contient déjà une session de formation : poursuivez-la ou réinitialisez-la.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="110" />
      <source>{folder} is not empty. Choose an empty folder for the training session, so that Reset never deletes your own files.</source>
      <translation>{folder} n'est pas vide. Choisissez un dossier vide pour la session de formation, afin que « Réinitialiser » ne supprime jamais vos propres fichiers.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/submissions.py" line="100" />
      <source>{form} (rows counted from submission {first} of this download)</source>
      <translation>{form} (lignes comptées à partir de la soumission {first} de ce téléchargement)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="80" />
      <source>{found} of {added} rows were saved</source>
      <translation>{found} lignes sur {added} ont été enregistrées</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="82" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk.</source>
      <translation>{high} colonnes à risque élevé, {medium} à risque moyen, {low} à risque faible.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="269" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk. The list helps; it does not guarantee that nothing else is personal.</source>
      <translation>{high} colonnes à risque élevé, {medium} à risque moyen, {low} à risque faible. La liste aide ; elle ne garantit pas que rien d'autre n'est personnel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="134" />
      <source>{host} accepted the credentials, but this account lacks permission to read {what} (HTTP 403). Ask the project owner to share it with you (at least 'view submissions').</source>
      <translation>{host} a accepté les identifiants, mais ce compte n'a pas l'autorisation de lire {what} (HTTP 403). Demandez au propriétaire du projet de vous le partager (au moins « voir les soumissions »).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="188" />
      <source>{host} announced {expected} submissions of form {uid} but sent {received}: {missing} are missing. Check the form on the server and download again.</source>
      <translation>{host} a annoncé {expected} soumissions du formulaire {uid} mais en a envoyé {received} : il en manque {missing}. Vérifiez le formulaire sur le serveur et téléchargez à nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="156" />
      <source>{host} answered HTTP {status} for {what}.</source>
      <translation>{host} a répondu HTTP {status} pour {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="133" />
      <source>{host} answered {what} with a web page, not data: a proxy may have answered instead of the server, or the address leads to a login or error page. Check the server address (open it in a web browser), then try again.</source>
      <translation>{host} a répondu à {what} par une page web, pas par des données : un proxy a peut-être répondu à la place du serveur, ou l'adresse mène à une page de connexion ou d'erreur. Vérifiez l'adresse du serveur (ouvrez-la dans un navigateur web), puis réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo_pages.py" line="127" />
      <source>{host} answered, but not with a KoboToolbox list (no 'results'). Check that the address is a KoboToolbox server.</source>
      <translation>{host} a répondu, mais pas avec une liste KoboToolbox (pas de « results »). Vérifiez que l'adresse est celle d'un serveur KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="44" />
      <source>{host} answered, but not with an OData list (no 'value'). Check that the address is an ODK Central server.</source>
      <translation>{host} a répondu, mais pas avec une liste OData (pas de « value »). Vérifiez que l'adresse est celle d'un serveur ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="492" />
      <source>{host} answered, but not with the list expected from ODK Central.</source>
      <translation>{host} a répondu, mais pas avec la liste attendue d'ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="65" />
      <source>{host} did not answer within {seconds} seconds. The connection may be slow or the server overloaded: try again later, or on a better connection.</source>
      <translation>{host} n'a pas répondu dans les {seconds} secondes. La connexion est peut-être lente ou le serveur surchargé : réessayez plus tard, ou avec une meilleure connexion.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="196" />
      <source>{host} did not give the light list of the submissions of form {id}, so this update could not check for submissions deleted, edited or missing on the server since the last download. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>{host} n'a pas fourni la liste allégée des soumissions du formulaire {id} : cette mise à jour n'a donc pas pu vérifier les soumissions supprimées, modifiées ou manquantes sur le serveur depuis le dernier téléchargement. Pour être sûr d'avoir la version actuelle du serveur, téléchargez le formulaire dans un nouveau GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="132" />
      <source>{host} did not return a session token: is it an ODK Central server?</source>
      <translation>{host} n'a pas renvoyé de jeton de session : s'agit-il d'un serveur ODK Central ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="71" />
      <source>{host} did not return an API token: is it a KoboToolbox server?</source>
      <translation>{host} n'a pas renvoyé de jeton d'API : s'agit-il d'un serveur KoboToolbox ?</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="259" />
      <source>{host} does not expand the repeats of form {id} inline ($expand, ODK Central 1.2 and later): they are downloaded from their own tables instead.</source>
      <translation>{host} n'intègre pas les répétitions du formulaire {id} dans la réponse ($expand, ODK Central 1.2 et versions ultérieures) : elles sont téléchargées depuis leurs propres tables.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="235" />
      <source>{host} gave no usable address for attachment {name} of submission {uuid} ({link}: not an http or https address), so it was not asked; report it to the server's administrator.</source>
      <translation>{host} n'a donné aucune adresse utilisable pour la pièce jointe {name} de la soumission {uuid} ({link} : pas une adresse http ou https) ; elle n'a donc pas été demandée. Signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="68" />
      <source>{host} gave the number of submissions of form {id} as {value}, which is not a number: whether every submission came could not be checked against it.</source>
      <translation>{host} a indiqué {value} comme nombre de soumissions du formulaire {id}, ce qui n'est pas un nombre : il n'a pas été possible de vérifier avec lui que toutes les soumissions sont arrivées.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="148" />
      <source>{host} is busy or failing (HTTP {status}) and still was after {attempts} attempts. Try again later; what was already downloaded is kept.</source>
      <translation>{host} est occupé ou défaillant (HTTP {status}), et l'était encore après {attempts} tentatives. Réessayez plus tard ; ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="340" />
      <source>{host} keeps its attachments on {files}, KoboToolbox's file server of the same domain: the token is sent there too, for the attachments only.</source>
      <translation>{host} conserve ses pièces jointes sur {files}, le serveur de fichiers de KoboToolbox du même domaine : le jeton y est envoyé aussi, pour les pièces jointes seulement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="216" />
      <source>{host} redirected {what} from address to address in a loop ({address}), so it never arrived: the server, or a proxy in front of it, is misconfigured (for example http and https addresses sending to each other). Report it to the server's administrator.</source>
      <translation>{host} a redirigé {what} d'adresse en adresse en boucle ({address}) ; la réponse n'est donc jamais arrivée : le serveur, ou un proxy placé devant lui, est mal configuré (par exemple des adresses http et https qui renvoient l'une vers l'autre). Signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="171" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, because the app-user token is part of every address asked of {host} and would have gone to {other}: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} a redirigé {what} vers un autre serveur ({other}) ; cette redirection n'a pas été suivie, car le jeton d'utilisateur mobile fait partie de chaque adresse demandée à {host} et serait parti vers {other} : vérifiez l'adresse du serveur auprès de son administrateur, le serveur a peut-être changé d'adresse.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="164" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, so that what it sends (for the login: your e-mail and password) never leaves {host}: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} a redirigé {what} vers un autre serveur ({other}) ; la redirection n'a pas été suivie, afin que ce qui est envoyé (pour la connexion : votre e-mail et votre mot de passe) ne quitte jamais {host} : vérifiez l'adresse du serveur auprès de son administrateur, le serveur a peut-être changé d'adresse.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="201" />
      <source>{host} redirected {what} to another server ({other}); its answer was not taken as the data of {host} and the download was stopped: check the server address with its administrator, the server may have moved.</source>
      <translation>{host} a redirigé {what} vers un autre serveur ({other}) ; sa réponse n'a pas été prise pour les données de {host} et le téléchargement a été arrêté : vérifiez l'adresse du serveur auprès de son administrateur, le serveur a peut-être changé d'adresse.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="86" />
      <source>{host} refused the app-user token (HTTP 403): in ODK Central, app users can send submissions but not read them. To download the data, sign in with the email and password of a web user who has the Project Viewer or Project Manager role in this project.</source>
      <translation>{host} a refusé le jeton d'utilisateur mobile (HTTP 403) : dans ODK Central, les utilisateurs mobiles peuvent envoyer des soumissions mais pas les lire. Pour télécharger les données, connectez-vous avec l'e-mail et le mot de passe d'un utilisateur web ayant le rôle Lecteur du projet (Project Viewer) ou Gestionnaire du projet (Project Manager) dans ce projet.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="127" />
      <source>{host} refused the credentials (HTTP 401): the token or password is wrong or has expired. Enter a new one in the server connection settings.</source>
      <translation>{host} a refusé les identifiants (HTTP 401) : le jeton ou le mot de passe est erroné ou a expiré. Saisissez-en un nouveau dans les paramètres de connexion au serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="361" />
      <source>{host} sends {what} too slowly: {received} bytes in the last {seconds} seconds. The connection is stalled; try again later or on a better connection, what was already downloaded is kept.</source>
      <translation>{host} envoie {what} trop lentement : {received} octets pendant les {seconds} dernières secondes. La connexion est bloquée ; réessayez plus tard ou avec une meilleure connexion, ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="266" />
      <source>{host} sent a 'next page' link for {what} that leads back to a page already downloaded (after {pages} pages): the list would never end, so the download was stopped. Nothing was changed; report it to the server's administrator.</source>
      <translation>{host} a envoyé pour {what} un lien « page suivante » qui ramène à une page déjà téléchargée (après {pages} pages) : la liste ne finirait jamais, le téléchargement a donc été arrêté. Rien n'a été modifié ; signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="255" />
      <source>{host} sent a 'next page' link for {what} that leads to another server ({other}) or is written ambiguously: it was not followed, so that the credentials and the link stay on {host}. The download was stopped; report it to the server's administrator.</source>
      <translation>{host} a envoyé pour {what} un lien « page suivante » qui mène à un autre serveur ({other}) ou qui est écrit de façon ambiguë : il n'a pas été suivi, pour que les identifiants et le lien restent sur {host}. Le téléchargement a été arrêté ; signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="127" />
      <source>{host} sent an answer for {what} that is not valid JSON ({reason}).</source>
      <translation>{host} a envoyé pour {what} une réponse qui n'est pas du JSON valide ({reason}).</translation>
    </message>
    <message>
      <source>{host} sent an incomplete or invalid answer for {what} (not valid JSON: {reason}). The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation type="vanished">{host} a envoyé une réponse incomplète ou invalide pour {what} (JSON non valide : {reason}). La connexion a peut-être été coupée ou un proxy a pu répondre à la place du serveur ; réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="140" />
      <source>{host} sent an incomplete or invalid answer for {what}: the data was cut short or is not in the expected format. The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation>{host} a envoyé pour {what} une réponse incomplète ou non valide : les données ont été coupées ou ne sont pas au format attendu. La connexion a peut-être été coupée, ou un proxy a répondu à la place du serveur ; réessayez.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="66" />
      <source>{host} sent data that is not UTF-8 and declared it as {charset}: it was read as {charset}. Check a few accented names in the survey; if they look wrong, ask the server's administrator to send UTF-8.</source>
      <translation>{host} a envoyé des données qui ne sont pas en UTF-8 et les a déclarées en {charset} : elles ont été lues en {charset}. Vérifiez quelques noms accentués dans l'enquête ; s'ils semblent incorrects, demandez à l'administrateur du serveur d'envoyer de l'UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="238" />
      <source>{host} sent more than {limit} pages for {what}: the download was stopped. Nothing was changed; check the form on the server.</source>
      <translation>{host} a envoyé plus de {limit} pages pour {what} : le téléchargement a été arrêté. Rien n'a été modifié ; vérifiez le formulaire sur le serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="348" />
      <source>{host} sent more than {size} MB for {what}: it was not kept.</source>
      <translation>{host} a envoyé plus de {size} Mo pour {what} : ce n'a pas été conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="353" />
      <source>{host} sent more than {size} MB for {what}: the download was stopped before it filled the computer's memory. Nothing was changed; ask the server's administrator about this form.</source>
      <translation>{host} a envoyé plus de {size} Mo pour {what} : le téléchargement a été arrêté avant de remplir la mémoire de l'ordinateur. Rien n'a été modifié ; interrogez l'administrateur du serveur sur ce formulaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="180" />
      <source>{host} sent {count} submissions of form {uid} more than once: each was kept once.</source>
      <translation>{host} a envoyé {count} soumissions du formulaire {uid} plus d'une fois : chacune a été conservée une seule fois.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="288" />
      <source>{host} sent {pages} pages in a row for {what} that brought no new submission ({received} of {total} received): the list would never end, so the download was stopped. Report it to the server's administrator.</source>
      <translation>{host} a envoyé pour {what} {pages} pages d'affilée sans aucune nouvelle soumission ({received} sur {total} reçues) : la liste ne finirait jamais, le téléchargement a donc été arrêté. Signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="228" />
      <source>{host} sent {what} saying it is compressed ({encoding}) when it is not, so it cannot be read: the server, or a proxy in front of it, is misconfigured. Report it to the server's administrator.</source>
      <translation>{host} a envoyé {what} en le déclarant compressé ({encoding}) alors qu'il ne l'est pas ; il ne peut donc pas être lu : le serveur, ou un proxy placé devant lui, est mal configuré. Signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="157" />
      <source>{host} sent {what} with a character that is not valid text (half of an emoji, or text not in UTF-8) in {fields}: it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>{host} a envoyé {what} avec un caractère qui n'est pas du texte valide (une moitié d'emoji, ou du texte qui n'est pas en UTF-8) dans {fields} : il a été remplacé par {mark}, le reste est conservé tel qu'envoyé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="213" />
      <source>{host} sent, for {what}, an item that is not a submission (page {page}, item {number}: {kind} instead of a JSON object). Nothing was changed; report it to the server's administrator.</source>
      <translation>{host} a envoyé, pour {what}, un élément qui n'est pas une soumission (page {page}, élément {number} : {kind} au lieu d'un objet JSON). Rien n'a été modifié ; signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="376" />
      <source>{host} was still sending a page of {what} after {seconds} seconds ({received} bytes): the download was stopped. Try again later or on a better connection; what was already downloaded is kept.</source>
      <translation>{host} envoyait encore une page de {what} au bout de {seconds} secondes ({received} octets) : le téléchargement a été arrêté. Réessayez plus tard ou avec une meilleure connexion ; ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="220" />
      <source>{host} writes its 'next page' links for {what} with another address ({other}), as a server behind a proxy or configured with another domain name does: the pages are asked of {host}, and nothing is sent to {other}.</source>
      <translation>{host} écrit ses liens « page suivante » pour {what} avec une autre adresse ({other}), comme le fait un serveur derrière un proxy ou configuré avec un autre nom de domaine : les pages sont demandées à {host}, et rien n'est envoyé à {other}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/file_download.py" line="291" />
      <source>{host}'s file storage answered {answer} for {row} attachments in a row: the remaining %n attachments were not asked. The submissions are all in the GeoPackage; run the download again with Update and attachments ticked later to fetch them.</source>
      <translation>
        <numerusform>Le stockage de fichiers de {host} a échoué ({answer}) pour {row} pièces jointes d'affilée : %n pièce jointe restante n'a pas été demandée. Les soumissions sont toutes dans le GeoPackage ; relancez plus tard le téléchargement en cochant « Mettre à jour » et « Télécharger les pièces jointes » pour la récupérer.</numerusform>
        <numerusform>Le stockage de fichiers de {host} a échoué ({answer}) pour {row} pièces jointes d'affilée : les %n pièces jointes restantes n'ont pas été demandées. Les soumissions sont toutes dans le GeoPackage ; relancez plus tard le téléchargement en cochant « Mettre à jour » et « Télécharger les pièces jointes » pour les récupérer.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="419" />
      <source>{host}: {reason} for {what}; retry {attempt} of {total} in {seconds} seconds.</source>
      <translation>{host} : {reason} pour {what} ; nouvelle tentative {attempt} sur {total} dans {seconds} secondes.</translation>
    </message>
    <message>
      <source>{host}: {reason} for {what}; retry {attempt} of {total}.</source>
      <translation type="vanished">{host} : {reason} pour {what} ; nouvelle tentative {attempt} sur {total}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="121" />
      <source>{kind}: an A4 landscape map of the sample survey</source>
      <translation>{kind} : une carte A4 paysage de l'enquête d'exemple</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="82" />
      <source>{label} (label)</source>
      <translation>{label} (libellé)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/companions.py" line="123" />
      <source>{layer} carries no form of the survey, so the protections that read it (lists of people, calculated positions, question types) could not apply: share the survey's GeoPackage, which carries its form, instead.</source>
      <translation>{layer} ne contient pas le formulaire de l'enquête, si bien que les protections qui le lisent (listes de personnes, positions calculées, types de question) n'ont pas pu s'appliquer : partagez plutôt le GeoPackage de l'enquête, qui contient son formulaire.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="191" />
      <source>{layer} holds rows of submissions (a repeat table) whose survey table was not found beside it: whether their households refused consent could not be checked, and rows of refusals may be shared. Share the table from the GeoPackage the survey was imported into to leave them out.</source>
      <translation>{layer} contient des lignes de soumissions (une table de répétition) dont la table d'enquête n'a pas été trouvée à côté d'elle : il n'a pas pu être vérifié si leurs ménages ont refusé le consentement, et des lignes de ménages ayant refusé peuvent être partagées. Partagez la table depuis le GeoPackage dans lequel l'enquête a été importée pour les exclure.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="422" />
      <source>{layer} is a repeat table: its rows belong to submissions by _submission__uuid and _index, and the cleaning log names submissions (_uuid), not repeat rows, so it cannot be applied to it. Apply the log to the survey layer; correct a repeat answer in a copy of {layer} in QGIS, or remove the whole submission with remove_survey.</source>
      <translation>{layer} est une table de répétition : ses lignes se rattachent aux soumissions par _submission__uuid et _index, et le journal de nettoyage désigne des soumissions (_uuid), pas des lignes de répétition ; il ne peut donc pas lui être appliqué. Appliquez le journal à la couche d'enquête ; corrigez une réponse de répétition dans une copie de {layer} dans QGIS, ou retirez toute la soumission avec remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="255" />
      <source>{mode} in {seconds} s: {counts}.</source>
      <translation>{mode} en {seconds} s : {counts}.</translation>
    </message>
    <message>
      <source>{mode}: {new} new submissions, {total} in all, from {pages} pages in {seconds} s; {files} attachments.</source>
      <translation type="vanished">{mode} : {new} nouvelles soumissions, {total} au total, sur {pages} pages en {seconds} s ; {files} pièces jointes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="212" />
      <source>{name} ({url})</source>
      <translation>{name} ({url})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="210" />
      <source>{name} cannot be {value}: choose one of {options}.</source>
      <translation>{name} ne peut pas valoir {value} : choisissez parmi {options}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/download_common.py" line="128" />
      <source>{new} (%n of them older, missing from the GeoPackage)</source>
      <translation>
        <numerusform>{new} (dont %n plus ancienne, absente du GeoPackage)</numerusform>
        <numerusform>{new} (dont %n plus anciennes, absentes du GeoPackage)</numerusform>
      </translation>
    </message>
    <message>
      <source>{new} new submissions downloaded into {file}.</source>
      <translation type="vanished">{new} nouvelles soumissions téléchargées dans {file}.</translation>
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">{new} nouvelles soumissions, {edits} valeurs modifiées, {decisions} décisions de nettoyage fusionnées dans {file}.</translation>
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {rows} repeat rows added, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">{new} nouvelles soumissions, {edits} valeurs modifiées, {rows} lignes de répétition ajoutées, {decisions} décisions de nettoyage fusionnées dans {file}.</translation>
    </message>
    <message>
      <source>{new} new submissions, {total} in all, {pages} pages, {files} attachments.</source>
      <translation type="vanished">{new} nouvelles soumissions, {total} au total, {pages} pages, {files} pièces jointes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="54" />
      <source>{parameter} gives env: for {what}, but no environment variable of that name is set, or it is empty. After env: write the name of a variable that holds the secret, never the secret itself: if you wrote {what} there, put it in an environment variable or a file and name that instead.</source>
      <translation>{parameter} indique env: pour {what}, mais aucune variable d'environnement de ce nom n'est définie, ou elle est vide. Après env:, écrivez le nom d'une variable qui contient le secret, jamais le secret lui-même : si vous y avez écrit {what}, mettez-le dans une variable d'environnement ou un fichier et indiquez plutôt celui-ci.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="72" />
      <source>{parameter} gives file: for {what}, but what follows is not an existing file, and it may be the secret itself. Put {what} in a file or an environment variable and write file:PATH or env:NAME instead.</source>
      <translation>{parameter} indique file: pour {what}, mais ce qui suit n'est pas un fichier existant, et c'est peut-être le secret lui-même. Mettez {what} dans un fichier ou une variable d'environnement et écrivez plutôt file:PATH ou env:NAME.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="117" />
      <source>{parameter} is '{value}', not a number: give a number.</source>
      <translation>{parameter} vaut « {value} », ce n'est pas un nombre : donnez un nombre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="79" />
      <source>{parameter} must start with env: or file: ({what}): what was given is not an existing file, and it may be the secret itself. Put it in an environment variable or a file and write env:NAME or file:PATH instead.</source>
      <translation>{parameter} doit commencer par env: ou file: ({what}) : ce qui a été indiqué n'est pas un fichier existant, et c'est peut-être le secret lui-même. Mettez-le dans une variable d'environnement ou un fichier et écrivez plutôt env:NAME ou file:PATH.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="204" />
      <source>{parent} → {child}</source>
      <translation>{parent} → {child}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="194" />
      <source>{place} is not the area answered in {column} ({code}).</source>
      <translation>{place} n'est pas l'unité administrative indiquée dans {column} ({code}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="88" />
      <source>{questions} and {choices}</source>
      <translation>{questions} et {choices}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="141" />
      <source>{question} '{code}' belongs to no choice row matching {answers}.</source>
      <translation>{question} « {code} » n'appartient à aucune ligne de choix correspondant à {answers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="134" />
      <source>{question} '{code}' belongs to {parent} '{expected}', but {parent} is '{answer}'.</source>
      <translation>{question} « {code} » appartient à {parent} « {expected} », mais {parent} est « {answer} ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="297" />
      <source>{question} is a question of the repeat {repeat}, whose rows the cleaning log cannot change (it names submissions, not repeat rows): correct it in a copy of the {repeat} table in QGIS, or remove the whole submission with remove_survey</source>
      <translation>{question} est une question de la répétition {repeat}, dont le journal de nettoyage ne peut pas modifier les lignes (il désigne des soumissions, pas des lignes de répétition) : corrigez-la dans une copie de la table {repeat} dans QGIS, ou retirez toute la soumission avec remove_survey</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="311" />
      <source>{question} is not an answer but the key or the geometry of the layer: the cleaning log cannot change it</source>
      <translation>{question} n'est pas une réponse mais la clé ou la géométrie de la couche : le journal de nettoyage ne peut pas la modifier</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="89" />
      <source>{question} is required by the form and was relevant, but is empty.</source>
      <translation>La question {question} est obligatoire dans le formulaire et était pertinente, mais sa réponse est vide.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="43" />
      <source>{question} was not checked against its choice_filter '{filter}': only filters of {example} equalities joined by 'and' are read. Check its answers by hand.</source>
      <translation>{question} n'a pas été contrôlée par rapport à son choice_filter « {filter} » : seuls les filtres faits d'égalités {example} jointes par « and » sont lus. Vérifiez ses réponses à la main.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="53" />
      <source>{question} was not checked against its choice_filter '{filter}': {reason}. Check its answers by hand.</source>
      <translation>{question} n'a pas été contrôlée par rapport à son choice_filter « {filter} » : {reason}. Vérifiez ses réponses à la main.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="86" />
      <source>{question}: in %n submissions the answer and its choice columns disagree after the cleaning log (it changed one and not the other). Add the matching changes to the log.</source>
      <translation>
        <numerusform>{question} : dans %n soumission, la réponse et ses colonnes de choix ne concordent plus après le journal de nettoyage (il a modifié l'une et pas l'autre). Ajoutez au journal la modification correspondante.</numerusform>
        <numerusform>{question} : dans %n soumissions, la réponse et ses colonnes de choix ne concordent plus après le journal de nettoyage (il a modifié l'une et pas l'autre). Ajoutez au journal les modifications correspondantes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/choice_filters.py" line="92" />
      <source>{question}: in %n submissions the answer is not one of the choices the form allows for their other answers (choice_filter {filter}) after the cleaning log (first: feature {fid}, {question} {code} with {answers}). Check the log's rows on these questions.</source>
      <translation>
        <numerusform>{question} : dans %n soumission, la réponse n'est pas l'un des choix que le formulaire autorise pour ses autres réponses (choice_filter {filter}) après application du journal de nettoyage (entité {fid}, {question} {code} avec {answers}). Vérifiez les lignes du journal sur ces questions.</numerusform>
        <numerusform>{question} : dans %n soumissions, la réponse n'est pas l'un des choix que le formulaire autorise pour leurs autres réponses (choice_filter {filter}) après application du journal de nettoyage (première : entité {fid}, {question} {code} avec {answers}). Vérifiez les lignes du journal sur ces questions.</numerusform>
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
      <translation>{rows} points déplacés dans une direction aléatoire de {min:.0f} à {max:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="113" />
      <source>{rows} points moved to the centre of {size:.0f} m grid cells.</source>
      <translation>{rows} points déplacés au centre des mailles d'une grille de {size:.0f} m.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="202" />
      <source>{rows} rows for {submissions} submissions.</source>
      <translation>{rows} lignes pour {submissions} soumissions.</translation>
    </message>
    <message>
      <source>{rows} rows imported from {file}. Save them to keep them.</source>
      <translation type="vanished">{rows} lignes importées depuis {file}. Enregistrez-les pour les conserver.</translation>
    </message>
    <message>
      <source>{rows} rows written to {file}.</source>
      <translation type="vanished">{rows} lignes écrites dans {file}.</translation>
    </message>
    <message>
      <source>{rows} submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation type="vanished">{rows} soumissions importées ({missing} sans position) dans {file} en {seconds:.1f} s.</translation>
    </message>
    <message>
      <source>{rows} submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation type="vanished">{rows} soumissions importées dans {file} ; {missing} sans position. Tables : {tables}. Langue : {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="190" />
      <source>{rows}; {counts}.</source>
      <translation>{rows} ; {counts}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="157" />
      <source>{server} answered {what} with HTTP {status} and no file, so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} a répondu à {what} par HTTP {status} sans fichier ; rien n'a donc été conservé. Relancez plus tard le téléchargement en cochant « Mettre à jour » et « Télécharger les pièces jointes » ; si cela se reproduit, signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="173" />
      <source>{server} answered {what} with a message instead of the file ({message}), so it was not kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} a répondu à {what} par un message au lieu du fichier ({message}) ; la réponse n'a donc pas été conservée. Relancez plus tard le téléchargement en cochant « Mettre à jour » et « Télécharger les pièces jointes » ; si cela se reproduit, signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="106" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept. Check in a web browser that this account can open the form's attachments, then run an update with attachments to fetch it.</source>
      <translation>{server} a répondu à {what} par une page web (une page de connexion, par exemple) au lieu du fichier ; la réponse n'a donc pas été conservée. Vérifiez dans un navigateur web que ce compte peut ouvrir les pièces jointes du formulaire, puis lancez une mise à jour avec les pièces jointes pour récupérer le fichier.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="113" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept: the file is on {other}, which is not {host} and so gets none of its credentials. Ask the administrator of {host} to serve the attachments from {host}, then run an update with attachments.</source>
      <translation>{server} a répondu à {what} par une page web (une page de connexion, par exemple) au lieu du fichier ; la réponse n'a donc pas été conservée : le fichier est sur {other}, qui n'est pas {host} et ne reçoit donc aucun de ses identifiants. Demandez à l'administrateur de {host} de servir les pièces jointes depuis {host}, puis lancez une mise à jour avec les pièces jointes.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="149" />
      <source>{server} answered {what} with only part of the file (HTTP 206 Partial Content), so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} a répondu à {what} par une partie seulement du fichier (HTTP 206 Partial Content) ; rien n'a donc été conservé. Relancez plus tard le téléchargement en cochant « Mettre à jour » et « Télécharger les pièces jointes » ; si cela se reproduit, signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="165" />
      <source>{server} sent an empty answer for {what} instead of the file, so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>{server} a envoyé une réponse vide pour {what} au lieu du fichier ; rien n'a donc été conservé. Relancez plus tard le téléchargement en cochant « Mettre à jour » et « Télécharger les pièces jointes » ; si cela se reproduit, signalez-le à l'administrateur du serveur.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="191" />
      <source>{shown} of %n rows shown</source>
      <translation>
        <numerusform>Lignes affichées : {shown} sur %n</numerusform>
        <numerusform>Lignes affichées : {shown} sur %n</numerusform>
      </translation>
    </message>
    <message>
      <source>{shown} of {rows} rows shown; {pending} pending, {changed} to change, {removed} to remove, {kept} kept as they are.</source>
      <translation type="vanished">{shown} lignes affichées sur {rows} ; {pending} en attente, {changed} à modifier, {removed} à supprimer, {kept} laissées telles quelles.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="399" />
      <source>{table}: the form now gives {column} another type, but that column of the survey layer holds only {kind}: %n new answers that did not fit were left empty there ({raw} keeps them as answered).</source>
      <translation>
        <numerusform>{table} : le formulaire donne maintenant un autre type à {column}, mais cette colonne de la couche de l'enquête ne contient que {kind} : %n nouvelle réponse qui n'y entrait pas a été laissée vide ({raw} la garde telle que donnée).</numerusform>
        <numerusform>{table} : le formulaire donne maintenant un autre type à {column}, mais cette colonne de la couche de l'enquête ne contient que {kind} : %n nouvelles réponses qui n'y entraient pas ont été laissées vides ({raw} les garde telles que données).</numerusform>
      </translation>
    </message>
    <message>
      <source>{total} submissions counted in {areas} areas; {outside} outside every area or with an unknown P-code; {missing} without location or P-code.</source>
      <translation type="vanished">{total} soumissions comptées dans {areas} unités ; {outside} hors de toute unité ou avec un P-code inconnu ; {missing} sans position ni P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="57" />
      <source>{what} has no http or https address: it was not asked.</source>
      <translation>{what} n'a pas d'adresse http ou https : aucune demande n'a été faite.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="121" />
      <source>{what} is not on {host} (HTTP 404): it may have been deleted from its submission, or not uploaded yet.</source>
      <translation>Introuvable sur {host} (HTTP 404) : {what}. Le fichier a peut-être été supprimé de sa soumission, ou n'a pas encore été envoyé.</translation>
    </message>
    <message>
      <source>{what} is {size} MB but only {free} MB are free on the disk of {folder}: free some space or choose another folder, then download again.</source>
      <translation type="vanished">{what} fait {size} Mo mais il ne reste que {free} Mo libres sur le disque de {folder} : libérez de la place ou choisissez un autre dossier, puis téléchargez à nouveau.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="189" />
      <source>{what} is {size} MB, more than the free space on the disk of {folder} ({free} MB): it was not downloaded. Free some space, then run the download again with Update and attachments ticked.</source>
      <translation>{what} fait {size} Mo, plus que l'espace libre sur le disque de {folder} ({free} Mo) : le fichier n'a pas été téléchargé. Libérez de l'espace, puis relancez le téléchargement en cochant « Mettre à jour » et « Télécharger les pièces jointes ».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="69" />
      <source>{what} per admin area</source>
      <translation>{what} par unité administrative</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="141" />
      <source>{what} was not found on {host} (HTTP 404): the form may have been deleted or archived, or its ID is wrong. Check it on the server's web page.</source>
      <translation>Introuvable sur {host} (HTTP 404) : {what}. Le formulaire a peut-être été supprimé ou archivé, ou son ID est erroné. Vérifiez-le sur la page web du serveur.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="213" />
      <source>{where} (id "{id}")</source>
      <translation>{where} (id "{id}")</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="297" />
      <source>{where} ({uuid}, {question}): {who} saved '{db_change}' (new value '{db_value}') at {when}, version {db_version}, after you loaded version {version}. Yours, '{change_type}' (new value '{new_value}'), was not saved: load the log again and decide on the current value.</source>
      <translation>{where} ({uuid}, {question}) : {who} a enregistré « {db_change} » (nouvelle valeur « {db_value} ») le {when}, version {db_version}, après que vous avez chargé la version {version}. La vôtre, « {change_type} » (nouvelle valeur « {new_value} »), n'a pas été enregistrée : rechargez le journal et décidez sur la valeur actuelle.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="147" />
      <source>{where} holds {problem}: copy it again, in full and on one line, from where it was created.</source>
      <translation>{where} contient {problem} : copiez-le de nouveau, en entier et sur une seule ligne, depuis l'endroit où il a été créé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="92" />
      <source>{where}, step "{id}"</source>
      <translation>{where}, étape "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="96" />
      <source>{where}: "expect" must have a type among {types}.</source>
      <translation>{where} : "expect" doit avoir un type parmi {types}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="270" />
      <source>{where}: "language" must be a two-letter code such as en or fr.</source>
      <translation>{where} : "language" doit être un code de deux lettres, comme en ou fr.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="248" />
      <source>{where}: "title" must give the title by language, e.g. {{"en": "…", "fr": "…"}}.</source>
      <translation>{where} : "title" doit donner le titre par langue, par exemple {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="264" />
      <source>{where}: "url" must be an http(s) address (found "{url}").</source>
      <translation>{where} : "url" doit être une adresse http(s) (trouvé : "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="225" />
      <source>{where}: "versions" must map a language (en, fr…) to a title and a url.</source>
      <translation>{where} : "versions" doit associer à chaque langue (en, fr…) un titre et une url.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="276" />
      <source>{where}: "{key}" must be a list of names.</source>
      <translation>{where} : "{key}" doit être une liste de noms.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="63" />
      <source>{where}: "{name}" must give at least the English text: {{"en": "…", "fr": "…"}}.</source>
      <translation>{where} : "{name}" doit donner au moins le texte anglais : {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="47" />
      <source>{where}: '{value}' is not a valid value for the field {column}: {reason}</source>
      <translation>{where} : « {value} » n'est pas une valeur valide pour le champ {column} : {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="206" />
      <source>{where}: an entry must be an object with id, title, topic and url.</source>
      <translation>{where} : une entrée doit être un objet avec id, title, topic et url.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="101" />
      <source>{where}: every step needs its own id.</source>
      <translation>{where} : chaque étape doit avoir son propre id.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="310" />
      <source>{where}: id "{id}" is used twice; the first one is kept.</source>
      <translation>{where} : l'id "{id}" est utilisé deux fois ; le premier est conservé.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="238" />
      <source>{where}: the "{lang}" version has no http(s) url (found "{url}").</source>
      <translation>{where} : la version "{lang}" n'a pas d'url http(s) (trouvé : "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="235" />
      <source>{where}: the "{lang}" version has no title.</source>
      <translation>{where} : la version "{lang}" n'a pas de titre.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="212" />
      <source>{where}: the entry has no "id".</source>
      <translation>{where} : l'entrée n'a pas de "id".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="293" />
      <source>{where}: the log row {log_id} no longer exists; your decision '{change_type}' was not saved.</source>
      <translation>{where} : la ligne de journal {log_id} n'existe plus ; votre décision « {change_type} » n'a pas été enregistrée.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="217" />
      <source>{where}: topic "{topic}" is not one of: {topics}.</source>
      <translation>{where} : le thème "{topic}" ne fait pas partie de : {topics}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="328" />
      <source>{where}: your sheet has log row {log_id} as {uuid}, {question}, old value '{old_value}', but the cleaning log now holds {db_uuid}, {db_question}, old value '{db_old_value}' there (the survey was shared or checked again). Your decision '{change_type}' was not saved: export a new review sheet and decide on that row again.</source>
      <translation>{where} : votre feuille donne la ligne de journal {log_id} comme {uuid}, {question}, ancienne valeur « {old_value} », mais le journal de nettoyage contient maintenant à cet endroit {db_uuid}, {db_question}, ancienne valeur « {db_old_value} » (l'enquête a été partagée ou contrôlée à nouveau). Votre décision « {change_type} » n'a pas été enregistrée : exportez une nouvelle feuille de revue et décidez à nouveau sur cette ligne.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="33" />
      <source>“{code}”: {count} (first: feature {fid})</source>
      <translation>« {code} » : {count} (première : entité {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="196" />
      <source>“{given}” is the label of the answer “{code}” of {field}, the choice name the survey stores ({count} submissions give it): “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>« {given} » est le libellé de la réponse « {code} » de {field}, le nom de choix que l'enquête enregistre ({count} soumissions la donnent) : « {code} » a été comptée. Indiquez ANSWER_VALUE={code} pour la compter sans cet avertissement.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="38" />
      <source>“{text}” as {number}: {count} (first: feature {fid})</source>
      <translation>« {text} » lu comme {number} : {count} (première : entité {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="104" />
      <source>“{typed}” as {code}: {count} (first: feature {fid})</source>
      <translation>« {typed} » pour {code} : {count} (première : entité {fid})</translation>
    </message>
  </context>
</TS>
