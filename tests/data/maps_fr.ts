<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>CartONG</name>
    <message>
      <source>admin code</source>
      <translation>code administratif</translation>
    </message>
    <message>
      <source>P-code of each submission</source>
      <translation>P-code de chaque soumission</translation>
    </message>
    <message>
      <source>question</source>
      <translation>question</translation>
    </message>
    <message>
      <source>Submissions per area</source>
      <translation>Soumissions par zone</translation>
    </message>
    <message>
      <source>The layer {layer} has no field {field} ({what}). Available fields: {fields}.</source>
      <translation>La couche {layer} n'a pas de champ {field} ({what}). Champs disponibles : {fields}.</translation>
    </message>
    <message>
      <source>The layer {layer} is not a polygon layer.</source>
      <translation>La couche {layer} n'est pas une couche de polygones.</translation>
    </message>
    <message>
      <source>Choose the answer to count for the question {field}.</source>
      <translation>Choisissez la réponse à compter pour la question {field}.</translation>
    </message>
    <message>
      <source>Insufficient data</source>
      <translation>Données insuffisantes</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>Pas de données</translation>
    </message>
    <message>
      <source>Unknown palette {name}; choose one of {names}.</source>
      <translation>Palette {name} inconnue ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <source>Unknown classification {name}; choose one of {names}.</source>
      <translation>Classification {name} inconnue ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <source>The layer {layer} has no field {field} to map.</source>
      <translation>La couche {layer} n'a pas de champ {field} à cartographier.</translation>
    </message>
    <message>
      <source>The field {field} of {layer} is not numeric: it cannot be mapped in classes.</source>
      <translation>Le champ {field} de {layer} n'est pas numérique : il ne peut pas être cartographié en classes.</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>Sans réponse</translation>
    </message>
    <message>
      <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by CartONG or its partners.</source>
      <translation>Les limites et les noms indiqués ainsi que les désignations employées sur cette carte n'impliquent ni reconnaissance ni acceptation officielles de la part de CartONG ou de ses partenaires.</translation>
    </message>
    <message>
      <source>The legend is too long for its box: some entries are cut.</source>
      <translation>La légende est trop longue pour son cadre : certaines entrées sont coupées.</translation>
    </message>
    <message>
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <source>There is no layer to put on the map.</source>
      <translation>Il n'y a aucune couche à mettre sur la carte.</translation>
    </message>
    <message>
      <source>Date: {date}</source>
      <translation>Date : {date}</translation>
    </message>
    <message>
      <source>Unknown map language {language}; choose one of {languages}.</source>
      <translation>Langue de carte {language} inconnue ; choisissez parmi {languages}.</translation>
    </message>
    <message>
      <source>Unknown page {page}; choose one of {pages}.</source>
      <translation>Page {page} inconnue ; choisissez parmi {pages}.</translation>
    </message>
    <message>
      <source>The layout template {file} is not valid XML.</source>
      <translation>Le modèle de mise en page {file} n'est pas un XML valide.</translation>
    </message>
    <message>
      <source>QGIS could not load the layout template {file}.</source>
      <translation>QGIS n'a pas pu charger le modèle de mise en page {file}.</translation>
    </message>
    <message>
      <source>The layout template has no {kind} item with the id {id}.</source>
      <translation>Le modèle de mise en page n'a pas d'élément {kind} d'identifiant {id}.</translation>
    </message>
    <message>
      <source>Sources: {sources}</source>
      <translation>Sources : {sources}</translation>
    </message>
    <message>
      <source>Map: {author}</source>
      <translation>Carte : {author}</translation>
    </message>
    <message>
      <source>Share of submissions (%)</source>
      <translation>Part des soumissions (%)</translation>
    </message>
    <message>
      <source>Boundary of the upper admin level</source>
      <translation>Limite du niveau administratif supérieur</translation>
    </message>
    <message>
      <source>Submission (GPS location)</source>
      <translation>Soumission (position GPS)</translation>
    </message>
    <message>
      <source>No translation file {file}: the map texts stay in English.</source>
      <translation>Pas de fichier de traduction {file} : les textes de la carte restent en anglais.</translation>
    </message>
    <message>
      <source>Cannot read the layout template {file}: {error}</source>
      <translation>Impossible de lire le modèle de mise en page {file} : {error}</translation>
    </message>
    <message>
      <source>Coordinate system: {crs}</source>
      <translation>Système de coordonnées : {crs}</translation>
    </message>
    <message>
      <source>Map reference: {reference}</source>
      <translation>Référence de la carte : {reference}</translation>
    </message>
    <message>
      <source>No submissions</source>
      <translation>Aucune soumission</translation>
    </message>
    <message>
      <source>Insufficient data (fewer than {n} submissions)</source>
      <translation>Données insuffisantes (moins de {n} soumissions)</translation>
    </message>
    <message>
      <source>Cannot export the map to {file}: use a file ending in {formats}.</source>
      <translation>Impossible d'exporter la carte vers {file} : utilisez un fichier se terminant par {formats}.</translation>
    </message>
    <message>
      <source>QGIS did not write every page of the atlas into {folder}; nothing was kept.</source>
      <translation>QGIS n'a pas écrit toutes les pages de l'atlas dans {folder} ; rien n'a été conservé.</translation>
    </message>
    <message>
      <source>QGIS could not export the map to {file} ({error}): check that the folder is writable and the disk not full.</source>
      <translation>QGIS n'a pas pu exporter la carte vers {file} ({error}) : vérifiez que le dossier est accessible en écriture et que le disque n'est pas plein.</translation>
    </message>
    <message>
      <source>Count submissions by admin area</source>
      <translation>Compter les soumissions par zone administrative</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead.</source>
      <translation>Compte les points d'enquête dans chaque zone administrative (champ submissions). Les points sont placés selon leur position, ou selon un champ P-code s'il est choisi (les points sans GPS sont alors aussi comptés). En option, compte les soumissions donnant une réponse à une question et sa part en pourcentage ; les zones ayant moins de soumissions que le seuil n'ont pas de pourcentage mais le statut « insufficient », pour que les petits nombres n'induisent pas en erreur.</translation>
    </message>
    <message>
      <source>Survey submissions</source>
      <translation>Soumissions de l'enquête</translation>
    </message>
    <message>
      <source>Admin areas (polygons with P-codes)</source>
      <translation>Zones administratives (polygones avec P-codes)</translation>
    </message>
    <message>
      <source>P-code field of the admin areas</source>
      <translation>Champ P-code des zones administratives</translation>
    </message>
    <message>
      <source>Name field of the admin areas</source>
      <translation>Champ nom des zones administratives</translation>
    </message>
    <message>
      <source>P-code field of the submissions (empty: join by location)</source>
      <translation>Champ P-code des soumissions (vide : jointure par position)</translation>
    </message>
    <message>
      <source>Question for a share of answers (optional)</source>
      <translation>Question pour une part de réponses (facultatif)</translation>
    </message>
    <message>
      <source>Answer to count (choice name)</source>
      <translation>Réponse à compter (nom du choix)</translation>
    </message>
    <message>
      <source>Fewest submissions for a percentage</source>
      <translation>Nombre minimal de soumissions pour un pourcentage</translation>
    </message>
    <message>
      <source>Submissions per admin area</source>
      <translation>Soumissions par zone administrative</translation>
    </message>
    <message>
      <source>admin name</source>
      <translation>nom administratif</translation>
    </message>
    <message>
      <source>{total} submissions counted in {areas} areas; {outside} outside every area or with an unknown P-code; {missing} without location or P-code.</source>
      <translation>{total} soumissions comptées dans {areas} zones ; {outside} hors de toute zone ou avec un P-code inconnu ; {missing} sans position ni P-code.</translation>
    </message>
    <message>
      <source>Export a print-ready map (PDF)</source>
      <translation>Exporter une carte prête à imprimer (PDF)</translation>
    </message>
    <message>
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation>Cartographie un effectif (ou une part) par zone administrative en classes lisibles par les daltoniens, avec les points d'enquête au-dessus, dans une mise en page avec titre, légende, échelle, flèche du nord, carte de situation, sources, date, avertissement et système de coordonnées, et l'exporte à 300 dpi. Le type de fichier suit l'extension : .pdf (vectoriel), .png ou .svg. Les textes suivent la langue choisie.</translation>
    </message>
    <message>
      <source>Admin areas with a count</source>
      <translation>Zones administratives avec un effectif</translation>
    </message>
    <message>
      <source>Value to map</source>
      <translation>Valeur à cartographier</translation>
    </message>
    <message>
      <source>Survey points (optional)</source>
      <translation>Points d'enquête (facultatif)</translation>
    </message>
    <message>
      <source>Upper admin level boundaries (optional)</source>
      <translation>Limites du niveau administratif supérieur (facultatif)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>Sous-titre</translation>
    </message>
    <message>
      <source>Data sources</source>
      <translation>Sources des données</translation>
    </message>
    <message>
      <source>Map author</source>
      <translation>Auteur de la carte</translation>
    </message>
    <message>
      <source>Legend title</source>
      <translation>Titre de la légende</translation>
    </message>
    <message>
      <source>Language of the map texts</source>
      <translation>Langue des textes de la carte</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <source>Number of classes</source>
      <translation>Nombre de classes</translation>
    </message>
    <message>
      <source>Resolution (dpi)</source>
      <translation>Résolution (dpi)</translation>
    </message>
    <message>
      <source>Map file</source>
      <translation>Fichier de la carte</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;Image PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <source>Survey submissions by admin area</source>
      <translation>Soumissions de l'enquête par zone administrative</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>A4 landscape</source>
      <translation>A4 paysage</translation>
    </message>
    <message>
      <source>A4 portrait</source>
      <translation>A4 portrait</translation>
    </message>
    <message>
      <source>A3 landscape</source>
      <translation>A3 paysage</translation>
    </message>
    <message>
      <source>A3 portrait</source>
      <translation>A3 portrait</translation>
    </message>
    <message>
      <source>Quantiles (equal count)</source>
      <translation>Quantiles (effectifs égaux)</translation>
    </message>
    <message>
      <source>Natural breaks (Jenks)</source>
      <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
      <source>Equal intervals</source>
      <translation>Intervalles égaux</translation>
    </message>
    <message>
      <source>Pretty breaks</source>
      <translation>Seuils arrondis</translation>
    </message>
    <message>
      <source>Building the {page} layout…</source>
      <translation>Construction de la mise en page {page}…</translation>
    </message>
    <message>
      <source>Exporting {file}…</source>
      <translation>Export de {file}…</translation>
    </message>
    <message>
      <source>Area of this page</source>
      <translation>Zone de cette page</translation>
    </message>
    <message>
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>admin boundaries ({files})</source>
      <translation>limites administratives ({files})</translation>
    </message>
    <message>
      <source>basemap Natural Earth</source>
      <translation>fond de carte Natural Earth</translation>
    </message>
    <message>
      <source>No offline world map in {path}: the map has no background.</source>
      <translation>Pas de carte du monde hors ligne dans {path} : la carte n'a pas de fond.</translation>
    </message>
    <message>
      <source>The layer {layer} has no field {field} to name the atlas pages.</source>
      <translation>La couche {layer} n'a pas de champ {field} pour nommer les pages de l'atlas.</translation>
    </message>
    <message>
      <source>The layer {layer} has no field {field} to label the areas.</source>
      <translation>La couche {layer} n'a pas de champ {field} pour étiqueter les zones.</translation>
    </message>
    <message>
      <source>This layout has no atlas to export.</source>
      <translation>Cette mise en page n'a pas d'atlas à exporter.</translation>
    </message>
    <message>
      <source>Cannot export the atlas to {file}: use a file ending in .pdf.</source>
      <translation>Impossible d'exporter l'atlas vers {file} : utilisez un fichier se terminant par .pdf.</translation>
    </message>
    <message>
      <source>Language of the map texts: en (English), fr (French), es (Spanish), pt (Portuguese) or ar (Arabic, laid out right to left)</source>
      <translation>Langue des textes de la carte : en (anglais), fr (français), es (espagnol), pt (portugais) ou ar (arabe, mise en page de droite à gauche)</translation>
    </message>
    <message>
      <source>Page: a4_landscape, a4_portrait, a3_landscape or a3_portrait</source>
      <translation>Page : a4_landscape (A4 paysage), a4_portrait, a3_landscape ou a3_portrait</translation>
    </message>
    <message>
      <source>Classes: quantile (equal count), jenks (natural breaks), equal (intervals) or pretty</source>
      <translation>Classes : quantile (effectifs égaux), jenks (seuils naturels), equal (intervalles égaux) ou pretty (seuils arrondis)</translation>
    </message>
    <message>
      <source>Write the admin names (field below) where they fit</source>
      <translation>Écrire les noms des zones administratives (champ ci-dessous) là où ils tiennent</translation>
    </message>
    <message>
      <source>Atlas: one page per admin area with data (PDF only)</source>
      <translation>Atlas : une page par zone administrative avec des données (PDF uniquement)</translation>
    </message>
    <message>
      <source>P-code field naming the atlas pages</source>
      <translation>Champ P-code nommant les pages de l'atlas</translation>
    </message>
    <message>
      <source>Name field of the admin areas (labels, atlas pages)</source>
      <translation>Champ nom des zones administratives (étiquettes, pages de l'atlas)</translation>
    </message>
    <message>
      <source>{name} cannot be {value}: choose one of {options}.</source>
      <translation>{name} ne peut pas valoir {value} : choisissez parmi {options}.</translation>
    </message>
    <message>
      <source>Circle area proportional to the value</source>
      <translation>Surface des cercles proportionnelle à la valeur</translation>
    </message>
    <message>
      <source>Map type: choropleth (areas in colour classes) or circles (proportional symbols)</source>
      <translation>Type de carte : choropleth (zones en classes de couleurs) ou circles (symboles proportionnels)</translation>
    </message>
    <message>
      <source>numeric question</source>
      <translation>question numérique</translation>
    </message>
    <message>
      <source>Choose the question and the answer whose share is mapped.</source>
      <translation>Choisissez la question et la réponse dont la part est cartographiée.</translation>
    </message>
    <message>
      <source>Unknown statistic {name}; choose one of {names}.</source>
      <translation>Statistique inconnue {name} ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <source>Choose the numeric question whose mean is mapped.</source>
      <translation>Choisissez la question numérique dont la moyenne est cartographiée.</translation>
    </message>
    <message>
      <source>Choose the numeric question whose median is mapped.</source>
      <translation>Choisissez la question numérique dont la médiane est cartographiée.</translation>
    </message>
    <message>
      <source>Manual classes need their limits, e.g. 10, 20, 50.</source>
      <translation>Des classes manuelles demandent leurs limites, par exemple 10, 20, 50.</translation>
    </message>
    <message>
      <source>The class limits {limits} must increase: write them like 10, 20, 50.</source>
      <translation>Les limites de classes {limits} doivent être croissantes : écrivez-les comme 10, 20, 50.</translation>
    </message>
    <message>
      <source>The class limit {value} is not a number: write limits like 10, 20, 50.</source>
      <translation>La limite de classe {value} n'est pas un nombre : écrivez les limites comme 10, 20, 50.</translation>
    </message>
    <message>
      <source>Mean per area</source>
      <translation>Moyenne par zone</translation>
    </message>
    <message>
      <source>Median per area</source>
      <translation>Médiane par zone</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation>Compte les points de l'enquête dans chaque zone administrative (champ submissions). Les points sont placés selon leur position, ou selon un champ de P-code s'il est choisi (les points sans GPS sont alors comptés aussi). Compte en option les soumissions donnant une réponse à une question et sa part en pourcentage ; les zones ayant moins de soumissions que le seuil n'ont ni le nombre de cette réponse ni son pourcentage, seulement le statut 'insufficient', pour que les petits nombres ne trompent pas et ne disent pas ce qu'ont répondu quelques ménages. STATISTIC mean ou median avec une question numérique donne sa moyenne (champ value_mean) ou sa médiane (value_median) par zone, selon la même règle : les zones ayant moins de réponses que le seuil n'ont pas de valeur mais le statut 'insufficient'.</translation>
    </message>
    <message>
      <source>Statistic: count, share (of the answer), mean or median (of the numeric question); empty: share when a question is given, else count</source>
      <translation>Statistique : count (nombre), share (part de la réponse), mean (moyenne) ou median (médiane) de la question numérique ; vide : share si une question est donnée, sinon count</translation>
    </message>
    <message>
      <source>Numeric question for a mean or median (optional)</source>
      <translation>Question numérique pour une moyenne ou une médiane (facultatif)</translation>
    </message>
    <message>
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. Class limits can be given by hand (BREAKS, e.g. 10, 20, 50). The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation>Cartographie un nombre (ou une part) par zone administrative en classes adaptées aux daltoniens, avec les points de l'enquête par-dessus, dans une mise en page avec titre, légende, échelle graphique, flèche du nord, carte de situation, sources, date, avertissement et système de coordonnées, et l'exporte à 300 dpi. Les limites de classes peuvent être données à la main (BREAKS, par ex. 10, 20, 50). Le type de fichier suit l'extension : .pdf (vectoriel), .png ou .svg. Les textes suivent la langue choisie.</translation>
    </message>
    <message>
      <source>Class limits of your own, e.g. 10, 20, 50 (replace the METHOD; with ';' between limits, a comma is a decimal comma)</source>
      <translation>Limites de classes choisies, par ex. 10, 20, 50 (remplacent METHOD ; avec ';' entre les limites, la virgule est décimale)</translation>
    </message>
    <message>
      <source>Few submissions</source>
      <translation>Peu de soumissions</translation>
    </message>
    <message>
      <source>Many submissions</source>
      <translation>Beaucoup de soumissions</translation>
    </message>
    <message>
      <source>Density of submissions</source>
      <translation>Densité des soumissions</translation>
    </message>
    <message>
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. Class limits can be given by hand (BREAKS, e.g. 10, 20, 50). A heatmap shows where the survey points concentrate instead. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation>Cartographie un nombre (ou une part) par zone administrative en classes adaptées aux daltoniens, avec les points de l'enquête par-dessus, dans une mise en page avec titre, légende, échelle graphique, flèche du nord, carte de situation, sources, date, avertissement et système de coordonnées, et l'exporte à 300 dpi. Les limites de classes peuvent être données à la main (BREAKS, par ex. 10, 20, 50). Une carte de chaleur montre plutôt où se concentrent les points de l'enquête. Le type de fichier suit l'extension : .pdf (vectoriel), .png ou .svg. Les textes suivent la langue choisie.</translation>
    </message>
    <message>
      <source>Map type: choropleth (areas in colour classes), circles (proportional symbols) or heatmap (density of the survey points, admin areas as outlines)</source>
      <translation>Type de carte : choropleth (zones en classes de couleurs), circles (symboles proportionnels) ou heatmap (densité des points de l'enquête, limites administratives en contour)</translation>
    </message>
    <message>
      <source>A heatmap needs the survey points (POINTS).</source>
      <translation>Une carte de chaleur demande les points de l'enquête (POINTS).</translation>
    </message>
    <message>
      <source>An atlas is made of choropleth pages: choose MAP_TYPE choropleth for it.</source>
      <translation>Un atlas est fait de pages choroplèthes : choisissez MAP_TYPE choropleth pour l'obtenir.</translation>
    </message>
    <message>
      <source>Atlas as one PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder named after the map file</source>
      <translation>Atlas en un PDF par zone, nommé &lt;P-code&gt;_&lt;nom&gt;.pdf, dans un dossier au nom du fichier de la carte</translation>
    </message>
    <message>
      <source>Where the submissions were collected</source>
      <translation>Lieux de collecte des soumissions</translation>
    </message>
    <message>
      <source>Share of submissions giving the chosen answer, by admin area</source>
      <translation>Part des soumissions donnant la réponse choisie, par zone administrative</translation>
    </message>
    <message>
      <source>Mean per admin area</source>
      <translation>Moyenne par zone administrative</translation>
    </message>
    <message>
      <source>Median per admin area</source>
      <translation>Médiane par zone administrative</translation>
    </message>
    <message>
      <source>Share of submissions answering “{answer}”</source>
      <translation>Part des soumissions répondant « {answer} »</translation>
    </message>
    <message>
      <source>Mean of “{question}” per admin area</source>
      <translation>Moyenne de « {question} » par zone administrative</translation>
    </message>
    <message>
      <source>Median of “{question}” per admin area</source>
      <translation>Médiane de « {question} » par zone administrative</translation>
    </message>
    <message>
      <source>Answers to “{question}”</source>
      <translation>Réponses à « {question} »</translation>
    </message>
    <message>
      <source>OpenStreetMap cannot be reached: the map uses the offline background.</source>
      <translation>OpenStreetMap est injoignable : la carte utilise le fond hors ligne.</translation>
    </message>
    <message>
      <source>Unknown background {name}; choose one of {names}.</source>
      <translation>Fond de carte inconnu {name} ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <source>Background: offline (bundled Natural Earth countries) or osm (OpenStreetMap, credited on the map, when a connection exists)</source>
      <translation>Fond de carte : offline (pays Natural Earth fournis) ou osm (OpenStreetMap, crédité sur la carte, si une connexion existe)</translation>
    </message>
    <message>
      <source>The font file {file} could not be loaded: Arabic map texts use an installed font.</source>
      <translation>Le fichier de police {file} n'a pas pu être chargé : les textes des cartes en arabe utilisent une police installée.</translation>
    </message>
    <message>
      <source>Many areas share the same few values: quantile classes holding a single value ({values}) were merged, so the map has fewer classes than asked.</source>
      <translation>Beaucoup d'unités administratives partagent les mêmes quelques valeurs : les classes de quantiles ne contenant qu'une seule valeur ({values}) ont été fusionnées, la carte a donc moins de classes que demandé.</translation>
    </message>
    <message>
      <source>Natural breaks (Jenks) or limits of your own would suit these values better.</source>
      <translation>Les seuils naturels (Jenks) ou des limites choisies par vous conviendraient mieux à ces valeurs.</translation>
    </message>
    <message>
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. Each submission is counted once: the areas of one P-code are one area (one feature) in the result. Check the boundaries: a P-code names one area.</source>
      <translation>La couche administrative {layer} a {count} P-code(s) partagé(s) par plusieurs zones : {codes}. Chaque soumission est comptée une fois : les zones d'un même P-code forment une seule zone (une entité) dans le résultat. Vérifiez les limites : un P-code désigne une seule zone.</translation>
    </message>
    <message>
      <source>The layer {layer} holds no points ({kind}): choose the survey's point layer, or the field of the submissions that holds their P-code.</source>
      <translation>La couche {layer} ne contient pas de points ({kind}) : choisissez la couche de points de l'enquête, ou le champ des soumissions qui contient leur P-code.</translation>
    </message>
    <message>
      <source>{code} ({count} areas)</source>
      <translation>{code} ({count} zones)</translation>
    </message>
    <message>
      <source>Submissions giving the chosen answer</source>
      <translation>Soumissions donnant la réponse choisie</translation>
    </message>
    <message>
      <source>Submissions answering the numeric question</source>
      <translation>Soumissions répondant à la question numérique</translation>
    </message>
    <message>
      <source>{what} per admin area</source>
      <translation>{what} par unité administrative</translation>
    </message>
    <message>
      <source>Submissions answering {question} = {answer}</source>
      <translation>Soumissions où {question} = {answer}</translation>
    </message>
    <message>
      <source>Submissions answering {question}</source>
      <translation>Soumissions répondant à {question}</translation>
    </message>
    <message>
      <source>Cannot write the atlas pages into the folder {folder}: {file} is a file, not a folder. Rename or move that file, or choose another map file name.</source>
      <translation>Impossible d'écrire les pages de l'atlas dans le dossier {folder} : {file} est un fichier, pas un dossier. Renommez ou déplacez ce fichier, ou choisissez un autre nom de fichier pour la carte.</translation>
    </message>
    <message>
      <source>This text is too long for its place on the map, even in small letters, and was shortened to end in “…”: “{text}”. Choose a shorter text to print it whole.</source>
      <translation>Ce texte est trop long pour sa place sur la carte, même en petits caractères, et a été raccourci pour se terminer par « … » : « {text} ». Choisissez un texte plus court pour l'imprimer en entier.</translation>
    </message>
    <message>
      <source>Cancelled: the counts were not written.</source>
      <translation>Annulé : les comptages n'ont pas été écrits.</translation>
    </message>
    <message>
      <source>The field {field} of {layer} has negative values ({value} for example): circles cannot show them. Choose a choropleth map for this field.</source>
      <translation>Le champ {field} de {layer} a des valeurs négatives ({value} par exemple) : des cercles ne peuvent pas les montrer. Choisissez une carte choroplèthe pour ce champ.</translation>
    </message>
    <message>
      <source>The admin layer {layer} has no areas: choose the layer holding the boundaries.</source>
      <translation>La couche administrative {layer} n'a aucune zone : choisissez la couche qui contient les limites.</translation>
    </message>
    <message>
      <source>feature {fid}</source>
      <translation>entité {fid}</translation>
    </message>
    <message>
      <source>{areas}: {count}</source>
      <translation>{areas} : {count}</translation>
    </message>
    <message>
      <source>{area} has no boundary (its geometry is empty): no page was made for it.</source>
      <translation>{area} n'a pas de limite (sa géométrie est vide) : aucune page n'a été faite pour elle.</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent of those answering it; areas where fewer submissions than the threshold answered get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation>Compte les points d'enquête dans chaque unité administrative (soumissions de terrain). Les points sont placés selon leur position, ou selon un champ P-code s'il est choisi (les points sans GPS sont alors comptés aussi). En option, compte les soumissions donnant une réponse précise à une question, et leur part en pourcentage parmi celles qui y ont répondu ; les unités où moins de soumissions que le seuil ont répondu n'ont ni l'effectif de cette réponse ni son pourcentage, seulement le statut « insufficient », pour que les petits effectifs n'induisent pas en erreur et ne révèlent pas ce qu'ont répondu quelques ménages. STATISTIC mean ou median avec une question numérique donne sa moyenne (champ value_mean) ou sa médiane (value_median) par unité, selon la même règle : les unités ayant moins de réponses que le seuil n'ont pas de valeur mais le statut « insufficient ».</translation>
    </message>
    <message>
      <source>A Shapefile cuts field names to 10 characters ({fields}): the map export finds them under their cut names, but other tools may not, and the file cannot record the threshold and the sources of the counts. A GeoPackage (.gpkg) keeps all of them.</source>
      <translation>Un Shapefile coupe les noms de champs à 10 caractères ({fields}) : l'export de carte les retrouve sous leurs noms coupés, mais d'autres outils peut-être pas, et le fichier ne peut pas garder le seuil ni les sources des comptages. Un GeoPackage (.gpkg) garde tout cela.</translation>
    </message>
    <message>
      <source>survey ({file})</source>
      <translation>enquête ({file})</translation>
    </message>
    <message>
      <source>{file} has no coordinate reference system, so where its features lie is unknown. Set it in the layer properties (Source), or add the .prj file beside the Shapefile.</source>
      <translation>{file} n'a pas de système de coordonnées de référence : on ne sait pas où se trouvent ses entités. Définissez-le dans les propriétés de la couche (Source), ou ajoutez le fichier .prj à côté du Shapefile.</translation>
    </message>
    <message>
      <source>The submissions were counted by their P-code, but the result cannot be mapped until it is set.</source>
      <translation>Les soumissions ont été comptées par leur P-code, mais le résultat ne peut pas être cartographié tant qu'il n'est pas défini.</translation>
    </message>
    <message>
      <source>Insufficient data (fewer than {n} submissions answering)</source>
      <translation>Données insuffisantes (moins de {n} soumissions ayant répondu)</translation>
    </message>
    <message>
      <source>No area of {layer} has a value in {field}: no submission was counted in any of its areas, so the map shows every area without data. If the survey was made there, check the submissions' coordinates (latitude and longitude swapped, or the wrong coordinate reference system) and count them again (Count submissions by admin area).</source>
      <translation>Aucune zone de {layer} n'a de valeur dans {field} : aucune soumission n'a été comptée dans ses zones, la carte les montre donc toutes sans données. Si l'enquête a eu lieu là, vérifiez les coordonnées des soumissions (latitude et longitude inversées, ou mauvais système de coordonnées de référence) et comptez-les à nouveau (Compter les soumissions par zone administrative).</translation>
    </message>
    <message>
      <source>Cancelled: the atlas was not written.</source>
      <translation>Annulé : l'atlas n'a pas été écrit.</translation>
    </message>
    <message>
      <source>Atlas as one PDF per area, named by its P-code and name (CF111_Bimbo.pdf), in a folder named after the map file</source>
      <translation>Atlas sous forme d'un PDF par unité, nommé d'après son P-code et son nom (CF111_Bimbo.pdf), dans un dossier portant le nom du fichier de la carte</translation>
    </message>
  </context>
</TS>
