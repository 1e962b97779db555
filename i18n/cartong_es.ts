<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>CartONG</name>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="689" />
      <source> dpi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="211" />
      <source> m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="209" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="352" />
      <source> submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> within its {group}</source>
      <translation type="vanished" />
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/import_wizard.py" line="389" />
      <source>%n columns likely hold personal data ({high} at high risk). Protect them before sharing the file.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="469" />
      <source>%n decisions of the saved log are kept.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download_wizard.py" line="597" />
      <source>%n forms. Select one, then Next.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download_wizard.py" line="864" />
      <source>%n new submissions downloaded into {file}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="420" />
      <source>%n rows imported from {file}. Save them to keep them.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="690" />
      <source>%n rows written to {file}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="58" />
      <source>%n submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/import_wizard.py" line="360" />
      <source>%n submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="64" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="66" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="63" />
      <source>&amp;Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="239" />
      <source>&amp;Reviewer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="59" />
      <source>'Other (specify)' answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="43" />
      <source>'{value}' is not a finite number ({what}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="191" />
      <source>'{value}' is not a geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="61" />
      <source>'{value}' is not a geopoint: expected 'latitude longitude altitude accuracy'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="76" />
      <source>'{value}' is not a line: it needs at least 2 points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="201" />
      <source>'{value}' is not a location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="41" />
      <source>'{value}' is not a number ({what}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="88" />
      <source>'{value}' is not a polygon: it needs at least 3 distinct points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="340" />
      <source>'{value}' is not one of {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="360" />
      <source>... and {count} more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="257" />
      <source>... started within</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="101" />
      <source>... started within (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="36" />
      <source>1. Import survey data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="39" />
      <source>2. Check and clean…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="42" />
      <source>3. Make a map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="45" />
      <source>4. Export the map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="62" />
      <source>&lt; &amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="345" />
      <source>A GPS point is often a home. Move, snap or count the points by admin area before sharing them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="97" />
      <source>A circle at the centre of each area, its surface proportional to the number of submissions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="170" />
      <source>A heatmap needs the survey points (POINTS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="544" />
      <source>A new key for this file only (pseudonyms cannot be linked to other exports)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="700" />
      <source>A new table each time: the layout then still works when the project is saved and reopened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="139" />
      <source>A number is expected here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="135" />
      <source>API token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="107" />
      <source>About the same number of areas in each class.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="228" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="230" />
      <source>Add the layers to the project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="81" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="71" />
      <source>Admin area column (P-codes) for counts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="267" />
      <source>Admin areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="384" />
      <source>Admin areas (for counts, or to keep moved points in their area)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="445" />
      <source>Admin areas (optional, shown in grey)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="41" />
      <source>Admin areas (polygons with P-codes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="50" />
      <source>Admin areas with a count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="77" />
      <source>Admin areas: for the counts, or to keep moved points in their area (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="282" />
      <source>Admin boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="65" />
      <source>Admin boundaries (area of interest, P-codes, gazetteer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="119" />
      <source>Admin boundaries (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="249" />
      <source>All checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="254" />
      <source>All decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="295" />
      <source>Also counts the submissions without GPS, and the ones whose GPS point is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="108" />
      <source>Also export the log for field teams (CSV or XLSX, optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An A4 landscape map made with this toolkit</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="172" />
      <source>An atlas is made of choropleth pages: choose MAP_TYPE choropleth for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="76" />
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="207" />
      <source>Another server (type its address)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="63" />
      <source>Answer to 'other' of {question}: recode into an existing or a new choice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="59" />
      <source>Answer to 'other' of {question}; close to the existing choice '{code}' (score {score}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="315" />
      <source>Answer to count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="53" />
      <source>Answer to count (choice name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="98" />
      <source>Answers to “{question}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="219" />
      <source>App-user token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="542" />
      <source>Apply the cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="573" />
      <source>Applying the cleaning log to {layer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="78" />
      <source>Archiving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="75" />
      <source>Area of interest when there are no admin boundaries (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="264" />
      <source>Area of interest, without an admin layer (GPS points outside are flagged)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="798" />
      <source>Area of this page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="349" />
      <source>Areas with fewer submissions show 'insufficient data', not a percentage or a mean.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Areas with fewer submissions show 'insufficient data', not a percentage.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="92" />
      <source>Atlas as one PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder named after the map file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="907" />
      <source>Atlas of {pages} pages written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="90" />
      <source>Atlas: one page per admin area with data (PDF only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="704" />
      <source>Atlas: one page per admin area with data, zoomed on it (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="114" />
      <source>Attachment columns removed: {columns}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="946" />
      <source>Attachments: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="33" />
      <source>Authentication configuration (email and password, or app-user token)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="29" />
      <source>Authentication configuration holding the API token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="540" />
      <source>Automatic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="251" />
      <source>Automatic ({column})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="100" />
      <source>Background: offline (bundled Natural Earth countries) or osm (OpenStreetMap, credited on the map, when a connection exists)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="775" />
      <source>Blank rare combinations of: {columns} (k = {k}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="598" />
      <source>Boundary of the upper admin level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="577" />
      <source>Building the cleaned layer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="867" />
      <source>Building the layout…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="182" />
      <source>Building the {page} layout…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="27" />
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log; a log whose uuids or questions do not match the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="401" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="603" />
      <source>Cancel the export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="265" />
      <source>Cancel the import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="120" />
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="936" />
      <source>Cancelled: no map was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="576" />
      <source>Cancelled: the cleaned layer was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="840" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="156" />
      <source>Cannot export the atlas to {file}: use a file ending in .pdf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="266" />
      <source>Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="57" />
      <source>Cannot export the map to {file}: use a file ending in {formats}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="363" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}). Check the connection and try again; the last downloaded copy is still available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="307" />
      <source>Cannot read a cleaning log from {file}: choose a .csv or .xlsx file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="165" />
      <source>Cannot read the layout template {file}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="654" />
      <source>Cannot write {file}: {error}. Choose another folder or file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="907" />
      <source>CartONG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="75" />
      <source>CartONG Toolkit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/provider.py" line="42" />
      <source>CartONG Toolkit: survey data import, cleaning and maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="50" />
      <source>CartONG Toolkit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="64" />
      <source>CartONG help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learn_menu.py" line="63" />
      <source>CartONG help catalogue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="195" />
      <source>CartONG training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="66" />
      <source>CartONG: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="227" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="407" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="631" />
      <source>Check and clean survey data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="220" />
      <source>Check the data collection period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="378" />
      <source>Check: {check}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="439" />
      <source>Checking %n submissions…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="197" />
      <source>Checking the connection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking {count} submissions…</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="436" />
      <source>Checking {layer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="46" />
      <source>Checks a survey layer (or table) for duplicated submissions, missing required answers, values out of range or unusual, GPS problems (missing, at 0,0, swapped, outside the admin areas, poor precision, in another area than answered), interview durations, collection dates and bursts, 'other (specify)' answers to recode, and typed admin names to match to P-codes. With the XLSForm the checks know required questions, skip logic and constraints. Each flagged value becomes a row of the cleaning log (uuid, question, old_value, new_value, issue, check_id, change_type...), written as the table 'cleaning_log' of the survey's GeoPackage (or of the GeoPackage you choose). Decisions already taken in an existing log are kept. The raw data is not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="182" />
      <source>Checks and thresholds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="480" />
      <source>Checks cancelled: no cleaning log was written. Click Back, then Next to run them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="194" />
      <source>Checks to run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="223" />
      <source>Choice labels are written in the chosen language beside the codes; the codes are always kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="227" />
      <source>Choose an empty folder for the training session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="584" />
      <source>Choose another file: the shared copy cannot replace the survey itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="654" />
      <source>Choose the P-code and name fields of the admin layer {layer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="489" />
      <source>Choose the P-code field of the admin area layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="487" />
      <source>Choose the admin area column to count by.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="991" />
      <source>Choose the admin boundaries and their P-code field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="125" />
      <source>Choose the answer to count for the question {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="38" />
      <source>Choose the authentication configuration that holds your KoboToolbox API token.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="45" />
      <source>Choose the authentication configuration that holds your ODK Central login.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="92" />
      <source>Choose the export downloaded from KoboToolbox, ODK Central or ONA (CSV, XLSX or zip) and, if you have it, the XLSForm it was collected with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="499" />
      <source>Choose the form whose submissions to download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="94" />
      <source>Choose the imported survey layer, the XLSForm it was collected with (required questions, constraints and skip logic are then checked) and, if you have them, the admin boundaries of the area surveyed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="191" />
      <source>Choose the map that answers your question. Every map comes in a print-ready layout with title, legend, scale bar, north arrow, sources and disclaimer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="288" />
      <source>Choose the numeric question whose mean is mapped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="289" />
      <source>Choose the numeric question whose median is mapped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the numeric question whose {statistic} is mapped.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="291" />
      <source>Choose the question and the answer whose share is mapped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="91" />
      <source>Choose the server and how to log in. Tokens and passwords are kept only in the QGIS authentication manager, never in the project or the settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="194" />
      <source>Choose the survey layer to share and, if you have it, the XLSForm it was collected with: the form tells which questions hold names, GPS points or photos.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="988" />
      <source>Choose the survey layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="247" />
      <source>Choose the survey, the admin boundaries with their P-codes, and how each submission finds its area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="93" />
      <source>Choropleth: mean or median of a number per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="90" />
      <source>Choropleth: share of an answer per admin area (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="88" />
      <source>Choropleth: submissions per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="425" />
      <source>Circle area proportional to the value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="358" />
      <source>Class limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="79" />
      <source>Class limits of your own, e.g. 10, 20, 50 (replace the METHOD; with ';' between limits, a comma is a decimal comma)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="108" />
      <source>Class limits where the values jump.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="332" />
      <source>Classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="109" />
      <source>Classes of the same width.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="76" />
      <source>Classes: quantile (equal count), jenks (natural breaks), equal (intervals) or pretty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="42" />
      <source>Cleaned survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="357" />
      <source>Cleaning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="110" />
      <source>Cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="39" />
      <source>Cleaning log (CSV, XLSX or GeoPackage; empty: the survey's GeoPackage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="404" />
      <source>Cleaning log exported to {file}.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="392" />
      <source>Cleaning log saved in {file} (%n rows).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Cleaning log saved in {file} ({rows} rows).</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="40" />
      <source>Cleaning logs (*.xlsx *.csv *.gpkg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="453" />
      <source>Cleaning logs (*.xlsx *.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="305" />
      <source>Click a row to read why the column was flagged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="104" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_jobs.py" line="91" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="164" />
      <source>Closest gazetteer name: {place}, score {score}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_jobs.py" line="91" />
      <source>Closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="259" />
      <source>Collection period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="338" />
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="420" />
      <source>Columns an outsider could know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="415" />
      <source>Columns an outsider could know (area, sex, age, household size…): combinations shared by fewer than k rows are blanked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="52" />
      <source>Columns an outsider could know (rare combinations are blanked)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="46" />
      <source>Columns likely holding personal data at high risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="110" />
      <source>Columns removed: {columns}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="770" />
      <source>Columns repeating the exact location are removed too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="112" />
      <source>Columns repeating the exact location removed: {columns}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="116" />
      <source>Columns replaced by pseudonyms (key {key}, kept in your QGIS authentication database): {columns}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="220" />
      <source>Columns that likely hold personal data, found from the form, the column names and the values. Choose what to do with each before sharing; read the reason when unsure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="47" />
      <source>Columns to remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="49" />
      <source>Columns to replace by pseudonyms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="250" />
      <source>Compare numbers within groups of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="80" />
      <source>Compare numbers within groups of this field (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="246" />
      <source>Compare numbers within groups of this question (e.g. admin1); empty: the whole survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="411" />
      <source>Connected to {url}: {count} forms, {deployed} deployed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="380" />
      <source>Connecting to {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="379" />
      <source>Connecting to {url}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="382" />
      <source>Connection cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="613" />
      <source>Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="491" />
      <source>Coordinate system: {crs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="356" />
      <source>Count by admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="60" />
      <source>Count by admin area (small counts hidden)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="25" />
      <source>Count submissions by admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="43" />
      <source>Count submissions by admin area and lay out a print-ready map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="821" />
      <source>Counting submissions per admin area</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/map_wizard.py" line="827" />
      <source>Counting the %n submissions of {layer} per area…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Counting the {count} submissions of {layer} per area…</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="712" />
      <source>Countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="411" />
      <source>Counts below k are hidden; rare combinations are blanked until k rows share them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="137" />
      <source>Counts by {columns} for {rows} areas; {small} small counts and {other} other counts hidden (k = {k}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="28" />
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="718" />
      <source>Create the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="246" />
      <source>Data and admin areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="75" />
      <source>Data cleaning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="74" />
      <source>Data collection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="73" />
      <source>Data collection ran from {first} to {last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="79" />
      <source>Data protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="707" />
      <source>Data protection: export for sharing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="55" />
      <source>Data protection: export for sharing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="124" />
      <source>Data protection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="552" />
      <source>Data sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="193" />
      <source>Data to share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="82" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="481" />
      <source>Date: {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="494" />
      <source>Decide each row: change_response (set new_value), remove_survey, no_action or pending. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="163" />
      <source>Delete everything done in {folder} and start again from the sample data?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="997" />
      <source>Density of submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="515" />
      <source>Deployed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="25" />
      <source>Detect personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="83" />
      <source>Device or account ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="35" />
      <source>Displacement needs a minimum distance above 0 and a maximum distance above the minimum (got {min} m and {max} m).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="673" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="374" />
      <source>Done at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="117" />
      <source>Done: {action} {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="775" />
      <source>Download</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="21" />
      <source>Download attachments (photos) beside the GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="713" />
      <source>Download attachments (photos) into the folder {folder} beside the GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="885" />
      <source>Download cancelled: no GeoPackage was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="884" />
      <source>Download cancelled: {file} was left as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="863" />
      <source>Download finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="964" />
      <source>Download from KoboToolbox / ODK Central</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="122" />
      <source>Download from a server…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="15" />
      <source>Download survey from KoboToolbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="20" />
      <source>Download survey from ODK Central</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="828" />
      <source>Downloading every submission of {form} into {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="827" />
      <source>Downloading the new submissions of {form} into {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="823" />
      <source>Downloading {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="18" />
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', only submissions newer than the last sync are downloaded and appended. If the download fails, the previous GeoPackage is left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="23" />
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', only submissions newer than the last sync are downloaded and appended; a failed download leaves the previous GeoPackage untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="54" />
      <source>Duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="81" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="89" />
      <source>Each area coloured by its number of submissions, in colour-blind-safe classes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="94" />
      <source>Each area coloured by the mean or median answer to a numeric question (household size, income…); too few answers show 'insufficient data', not a misleading mean.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="91" />
      <source>Each area coloured by the share of submissions giving one answer. Areas with too few submissions show 'insufficient data' instead of a misleading percentage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="289" />
      <source>Each submission counts in the area…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="299" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="218" />
      <source>Email and password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="109" />
      <source>Equal intervals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="87" />
      <source>Every answer is the same as in submission {uuid}; remove_survey drops this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="706" />
      <source>Every page keeps the classes of the whole country, so pages compare; the title names the area and its P-code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="227" />
      <source>Example value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="447" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="83" />
      <source>Exercises file {file} could not be read: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="86" />
      <source>Exercises file {file}, exercise "{id}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="670" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="33" />
      <source>Export a print-ready map (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="665" />
      <source>Export cancelled: nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="657" />
      <source>Export finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="29" />
      <source>Export for sharing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="108" />
      <source>Export for sharing cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="152" />
      <source>Export for sharing writes a GeoPackage (.gpkg) or a CSV (.csv), not {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="627" />
      <source>Export for sharing: {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="73" />
      <source>Export summary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="445" />
      <source>Export the cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="179" />
      <source>Export the session summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="118" />
      <source>Exported cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="883" />
      <source>Exporting {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="632" />
      <source>Exporting… QGIS stays usable meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="298" />
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="998" />
      <source>Few submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="62" />
      <source>Fewest submissions for a percentage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="696" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="40" />
      <source>Find duplicates, GPS errors, outliers and short interviews; keep a cleaning log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="88" />
      <source>First day of data collection (YYYY-MM-DD, optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="366" />
      <source>Folder: {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="516" />
      <source>Form ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="30" />
      <source>Form ID (asset uid)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="36" />
      <source>Form ID (xmlFormId)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="50" />
      <source>Form {uid}: {added} new submissions arrived during the download; they are included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="689" />
      <source>Form: {name} ({count} submissions on the server)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="695" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="83" />
      <source>Free text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="78" />
      <source>From collected data to a print-ready map, one step at a time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="45" />
      <source>GPS line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="81" />
      <source>GPS location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="45" />
      <source>GPS point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="204" />
      <source>GPS point at (0, 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="243" />
      <source>GPS point in another admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="201" />
      <source>GPS point missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="229" />
      <source>GPS point outside the area of interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="57" />
      <source>GPS points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="46" />
      <source>GPS polygon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="659" />
      <source>GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="42" />
      <source>GeoPackage (*.gpkg *.GPKG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="657" />
      <source>GeoPackage (*.gpkg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="510" />
      <source>GeoPackage (*.gpkg);;CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="105" />
      <source>GeoPackage for the cleaning log (empty: the survey's GeoPackage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="944" />
      <source>GeoPackage: {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="69" />
      <source>Grid cell size (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="180" />
      <source>HTML (*.html);;Markdown (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="100" />
      <source>Heatmap of the submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="127" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="280" />
      <source>Help catalogue {file} could not be read ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="284" />
      <source>Help catalogue {file} is not valid JSON: line {line}, column {column}: {error}. The bundled catalogue is used meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="277" />
      <source>Help catalogue {file} was not found; check the path in the CartONG settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="256" />
      <source>Help catalogue {file}, entry {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="288" />
      <source>Help catalogue {file}: "format" must be "{expected}".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="252" />
      <source>Help catalogue {file}: expected {{"resources": [ … ]}} at the top of the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="18" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="37" />
      <source>Humanitarian server (kobo.humanitarianresponse.info)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="80" />
      <source>ID number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="543" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="260" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="452" />
      <source>Import an edited cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="93" />
      <source>Import cancelled: nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="301" />
      <source>Import edited log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="307" />
      <source>Import finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="439" />
      <source>Import survey data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="22" />
      <source>Import survey data (KoboToolbox, ODK, ONA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="53" />
      <source>Importing {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="287" />
      <source>Importing… QGIS stays usable meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="301" />
      <source>In KoboToolbox: Account settings &gt; Security &gt; API key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="305" />
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link. App users can send submissions but not read them: to download data, use a web account with the Project Viewer role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="225" />
      <source>Insufficient data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="576" />
      <source>Insufficient data (fewer than {n} submissions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="58" />
      <source>Interview durations and dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="75" />
      <source>Keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="755" />
      <source>Keep although flagged: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="394" />
      <source>Keep each moved point inside its admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="767" />
      <source>Keep each moved point inside its admin area ({layer}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="61" />
      <source>Keep exact locations (not recommended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="698" />
      <source>Keep the counts per area in the survey's GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="103" />
      <source>Keep the decisions of the existing cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="357" />
      <source>Keep the exact locations (not recommended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="764" />
      <source>Keep the exact locations (not recommended).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="77" />
      <source>Key fields that identify a household (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="249" />
      <source>Key questions for duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="190" />
      <source>Kind of map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="105" />
      <source>KoboToolbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="36" />
      <source>KoboToolbox European Union server (eu.kobotoolbox.org)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="35" />
      <source>KoboToolbox global server (kf.kobotoolbox.org)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="237" />
      <source>Label language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="40" />
      <source>Label language (e.g. English (en), fr; empty: the form's default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="520" />
      <source>Landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="549" />
      <source>Language of the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="68" />
      <source>Language of the map texts: en (English) or fr (French)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="66" />
      <source>Largest displacement (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="90" />
      <source>Last day of data collection (YYYY-MM-DD, optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="515" />
      <source>Last submission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="205" />
      <source>Latitude and longitude are both 0: the GPS had no fix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="224" />
      <source>Latitude and longitude seem swapped: swapped, the point falls in the area of interest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="49" />
      <source>Latitude {value} is outside -90..90.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="397" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="949" />
      <source>Layers in the project: {layers}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="508" />
      <source>Layout and texts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learn_menu.py" line="72" />
      <source>Learn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="431" />
      <source>Learn more: {link}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="532" />
      <source>Legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="554" />
      <source>Legend title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="111" />
      <source>Limits of my own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="122" />
      <source>Links and attachment names removed from {rows} values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="402" />
      <source>Links and small groups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="557" />
      <source>Listing cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="555" />
      <source>Listing the forms of {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="558" />
      <source>Listing the forms of {url}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="28" />
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names in English and French (an editable keyword list) and by the pattern of their values. Read the list before sharing: it helps, it does not guarantee.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="238" />
      <source>Location column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="348" />
      <source>Locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="344" />
      <source>Locations and small groups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="133" />
      <source>Locations removed: the file holds no points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="140" />
      <source>Log in with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="46" />
      <source>Log rows kept as they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="45" />
      <source>Log rows still pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="121" />
      <source>Login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="555" />
      <source>Logo (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="61" />
      <source>Longer than {limit} minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="255" />
      <source>Longest plausible interview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="86" />
      <source>Longest plausible interview (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="51" />
      <source>Longitude {value} is outside -180..180.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="18" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="969" />
      <source>Make a map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="142" />
      <source>Manual classes need their limits, e.g. 10, 20, 50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="998" />
      <source>Many submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="951" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="553" />
      <source>Map author</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="106" />
      <source>Map file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="492" />
      <source>Map reference: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Map type: choropleth (areas in colour classes) or circles (proportional symbols)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="72" />
      <source>Map type: choropleth (areas in colour classes), circles (proportional symbols) or heatmap (density of the survey points, admin areas as outlines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="915" />
      <source>Map written to {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="911" />
      <source>Map written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="483" />
      <source>Map: {author}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="33" />
      <source>Maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="36" />
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. Class limits can be given by hand (BREAKS, e.g. 10, 20, 50). A heatmap shows where the survey points concentrate instead. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="321" />
      <source>Mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="618" />
      <source>Mean of “{question}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="92" />
      <source>Mean of “{question}” per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="93" />
      <source>Mean per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="579" />
      <source>Mean per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="460" />
      <source>Means from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="322" />
      <source>Median (less swayed by a few extreme answers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="616" />
      <source>Median of “{question}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="95" />
      <source>Median of “{question}” per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="96" />
      <source>Median per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="579" />
      <source>Median per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="18" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="359" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="374" />
      <source>Minutes since start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="55" />
      <source>Missing required answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="355" />
      <source>Move each point at random</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="59" />
      <source>Move points at random (displace)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="760" />
      <source>Move points by {min:.0f} to {max:.0f} m at random.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="543" />
      <source>My usual key (pseudonyms match my other exports)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="515" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="121" />
      <source>Name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="46" />
      <source>Name field of the admin areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="97" />
      <source>Name field of the admin areas (labels, atlas pages)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="70" />
      <source>Name field of the admin boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="108" />
      <source>Natural breaks (Jenks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="73" />
      <source>Needs definition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="229" />
      <source>New connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="774" />
      <source>Next &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="284" />
      <source>Next page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_jobs.py" line="83" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="303" />
      <source>No XLSForm was given: column types were inferred from the values and choices have no labels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="262" />
      <source>No answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="553" />
      <source>No column is pseudonymised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="394" />
      <source>No column looks like personal data. The check helps; it does not guarantee.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="201" />
      <source>No connection: the page above has the essentials.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="71" />
      <source>No copy of this form has been downloaded on this computer yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="574" />
      <source>No data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="177" />
      <source>No gazetteer name is close enough (best score {score}: {places}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="637" />
      <source>No image at {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="707" />
      <source>No offline world map in {path}: the map has no background.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="195" />
      <source>No online resource is listed for this step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="279" />
      <source>No output GeoPackage was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="53" />
      <source>No pseudonymisation key: create or choose one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="402" />
      <source>No server address was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="855" />
      <source>No submission falls in an area of {layer}: check the join (location or P-code) and the admin layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="206" />
      <source>No submission has a value in {field}: nothing to aggregate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="369" />
      <source>No submission has the uuid {uuid} in {layer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="574" />
      <source>No submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="167" />
      <source>No survey layer in the project: import a survey first (step 1), or add the 'survey' layer of its GeoPackage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="143" />
      <source>No translation file {file}: the map texts stay in English.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="367" />
      <source>No warnings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="238" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="351" />
      <source>Not saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="206" />
      <source>Nothing is changed in this layer: a protected copy is written at the end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="361" />
      <source>Number of classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="324" />
      <source>Numeric question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="59" />
      <source>Numeric question for a mean or median (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="106" />
      <source>ODK Central</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="82" />
      <source>ODK Central needs an email and password, or an app-user token.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="31" />
      <source>ODK Central server address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learn_menu.py" line="48" />
      <source>Offline help…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="708" />
      <source>One PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder beside the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="86" />
      <source>Online resources of CartONG's resource centre for this step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="199" />
      <source>Online: the guide opens in your browser.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="344" />
      <source>Open the Data protection wizard on the imported survey layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="694" />
      <source>Open the README note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="926" />
      <source>Open the folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="158" />
      <source>Open the last downloaded copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="723" />
      <source>Open the layout…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="692" />
      <source>Open the map when it is written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="93" />
      <source>Open the online guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="556" />
      <source>OpenStreetMap background when online (credited on the map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="654" />
      <source>OpenStreetMap cannot be reached: the map uses the offline background.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="375" />
      <source>Optional: one count per answer of this question.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="222" />
      <source>Options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="251" />
      <source>Outlier fences (interquartile ranges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="94" />
      <source>Outlier fences: interquartile ranges beyond the quartiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="252" />
      <source>Outlier threshold (robust z-score)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="96" />
      <source>Outlier threshold: robust z-score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="56" />
      <source>Outliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="107" />
      <source>Output GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="522" />
      <source>Output file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="76" />
      <source>Outside the form's constraint '{constraint}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="242" />
      <source>P-code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="120" />
      <source>P-code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="95" />
      <source>P-code field naming the atlas pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="44" />
      <source>P-code field of the admin areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="68" />
      <source>P-code field of the admin boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="48" />
      <source>P-code field of the submissions (empty: join by location)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="121" />
      <source>P-code of each submission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="762" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="106" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="678" />
      <source>PDF (vector, for print)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="671" />
      <source>PDF keeps texts sharp and searchable for print; PNG is an image for reports and messages; SVG is for designers. The layout also stays in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="679" />
      <source>PNG image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="762" />
      <source>PNG image (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="545" />
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="111" />
      <source>Page {page}: {records} of {total} submissions downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="509" />
      <source>Page, language and the texts around the map. The date, scale bar, north arrow, coordinate system and disclaimer are added for you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="70" />
      <source>Page: a4_landscape, a4_portrait, a3_landscape or a3_portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="122" />
      <source>Parent P-code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="72" />
      <source>Parent P-code field of the admin boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="134" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="596" />
      <source>Pending rows change nothing. Decide them (Back), or send the exported log to the field team, then apply again: the cleaned layer is rebuilt from the imported data each time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="351" />
      <source>Percentages from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="80" />
      <source>Person name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="82" />
      <source>Personal data at high risk in the survey layer: {columns}. Protect these columns (Data protection, or cartong:exportforsharing) before sharing the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="385" />
      <source>Personal data could not be looked for: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="219" />
      <source>Personal data found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="80" />
      <source>Phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="82" />
      <source>Photo or attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="84" />
      <source>Place of residence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="114" />
      <source>Platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="197" />
      <source>Point: latitude {lat}, longitude {lon}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="98" />
      <source>Points coloured by the answer to a question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="127" />
      <source>Points kept in their admin area; {rows} could not be and may lie in a neighbouring area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="521" />
      <source>Portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="87" />
      <source>Possible personal data ({risk} risk): {column}. {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="254" />
      <source>Precision worse than {limit} m.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="123" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learn_menu.py" line="55" />
      <source>Problems in the help catalogue…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="35" />
      <source>Project ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="96" />
      <source>Proportional circles: submissions per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="342" />
      <source>Protect personal data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="58" />
      <source>Protection of locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="523" />
      <source>Pseudonymisation key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="55" />
      <source>Pseudonymisation key (empty: your default key, created if needed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="75" />
      <source>Pseudonymise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="754" />
      <source>Pseudonymise: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="71" />
      <source>Put the training folder back as it was at the start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="201" />
      <source>QGIS could not export the map to {file} ({error}): check that the folder is writable and the disk not full.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="172" />
      <source>QGIS could not load the layout template {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="776" />
      <source>QGIS stays usable during the download. If it fails or is cancelled, the GeoPackage is left as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="394" />
      <source>QGIS stays usable while the checks run. Nothing is written until you save the log on the next page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="107" />
      <source>Quantiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="309" />
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="51" />
      <source>Question for a share of answers (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="73" />
      <source>Question to count answers of (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="240" />
      <source>Questions that together identify a household, e.g. household id and date: two submissions with the same values are flagged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="119" />
      <source>Rare combinations of {columns}: {values} values blanked in {rows} rows (k = {k}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="37" />
      <source>Read a KoboToolbox, ODK or ONA export with its XLSForm into a GeoPackage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="674" />
      <source>Read the note before sending the file: it travels with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="214" />
      <source>Reading the file was cancelled. Click Back, then Next to read it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="160" />
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="162" />
      <source>Reading {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="167" />
      <source>Reading {layer}...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="25" />
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="508" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="75" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="404" />
      <source>Remove links and attachment file names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="772" />
      <source>Remove links and attachment file names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="83" />
      <source>Remove links and attachment names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="60" />
      <source>Remove locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="356" />
      <source>Remove the locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="763" />
      <source>Remove the locations.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="754" />
      <source>Remove: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="671" />
      <source>Replace (download every submission again)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="70" />
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="162" />
      <source>Reset the training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="392" />
      <source>Resets: {times}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="697" />
      <source>Resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="103" />
      <source>Resolution (dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="493" />
      <source>Review the cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="338" />
      <source>Risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="110" />
      <source>Round numbers as class limits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="110" />
      <source>Rounded breaks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="114" />
      <source>Row {row} of the cleaning log {file}: '{value}' is not a valid value for the field {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="453" />
      <source>Row {row} of the cleaning log: '{value}' is not a valid value for {column}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="336" />
      <source>Row {row} of the survey sheet of {file}: '{name}' has no type; ignored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="359" />
      <source>Row {row} of the survey sheet of {file}: '{type}' names no choice list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="353" />
      <source>Row {row} of the survey sheet of {file}: '{type}' without a matching begin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="371" />
      <source>Row {row} of the survey sheet of {file}: the name '{name}' is used twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="357" />
      <source>Row {row}, column {column}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="112" />
      <source>Rows in the cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="407" />
      <source>Rows in the log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="116" />
      <source>Rows raised by the check: {check}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="114" />
      <source>Rows waiting for a decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="43" />
      <source>Run data-quality checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="393" />
      <source>Run the checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="763" />
      <source>SVG (*.svg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="680" />
      <source>SVG (for designers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="55" />
      <source>Same {keys} as submission {uuid}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="146" />
      <source>Save this connection in the QGIS authentication manager as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="303" />
      <source>Save to the GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="461" />
      <source>Saved as '{name}' in the QGIS authentication manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="115" />
      <source>Saved connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="506" />
      <source>Search by name or form ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="260" />
      <source>Search uuid, question, values, issue…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="82" />
      <source>Sensitive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="116" />
      <source>Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="118" />
      <source>Server address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="26" />
      <source>Server address (kf.kobotoolbox.org, eu.kobotoolbox.org, your own server)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="90" />
      <source>Server and login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="172" />
      <source>Several gazetteer names fit equally well (score {score}): {places}. Choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="581" />
      <source>Share of submissions (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="89" />
      <source>Share of submissions answering “{answer}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="90" />
      <source>Share of submissions giving the chosen answer, by admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="503" />
      <source>Shared file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="57" />
      <source>Shorter than {limit} minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="254" />
      <source>Shortest plausible interview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="84" />
      <source>Shortest plausible interview (minutes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="233" />
      <source>Show choice labels instead of codes in forms and tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="260" />
      <source>Show the submissions as points on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="75" />
      <source>Smallest count shown (k)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="63" />
      <source>Smallest displacement (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="418" />
      <source>Smallest group (k)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="355" />
      <source>Snap points to a grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="762" />
      <source>Snap points to a {size:.0f} m grid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="479" />
      <source>Sources: {sources}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="83" />
      <source>Staff name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learn_menu.py" line="50" />
      <source>Start training session…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="367" />
      <source>Started: {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="325" />
      <source>Statistic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="56" />
      <source>Statistic: count, share (of the answer), mean or median (of the numeric question); empty: share when a question is given, else count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="374" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="155" />
      <source>Step done: {steps}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="369" />
      <source>Steps done: {done} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="63" />
      <source>Steps tick themselves when their result appears. Double-click a step for its help page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="604" />
      <source>Submission (GPS location)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="29" />
      <source>Submission uuid {uuid} appears more than once; this copy (_index {row}) repeats an earlier one. Choose remove_survey to drop the later copies (the first one is kept).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="515" />
      <source>Submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="612" />
      <source>Submissions answering “{answer}” (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="113" />
      <source>Submissions flagged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="43" />
      <source>Submissions imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="65" />
      <source>Submissions per admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="269" />
      <source>Submissions per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="44" />
      <source>Submissions removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="44" />
      <source>Submissions without location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="551" />
      <source>Subtitle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="919" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="184" />
      <source>Summary written to {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="368" />
      <source>Summary written: {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="498" />
      <source>Survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="647" />
      <source>Survey GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="30" />
      <source>Survey data workflow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="105" />
      <source>Survey export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="34" />
      <source>Survey export (CSV, XLSX or zip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="91" />
      <source>Survey export and its form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="35" />
      <source>Survey exports (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="97" />
      <source>Survey exports (*.csv *.xlsx *.zip *.geojson *.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="117" />
      <source>Survey layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="93" />
      <source>Survey layer and form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="37" />
      <source>Survey layer or table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="56" />
      <source>Survey points (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="39" />
      <source>Survey submissions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="102" />
      <source>Survey submissions by admin area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="440" />
      <source>Survey: attachments open from the form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="256" />
      <source>Suspicious interviews by one device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="98" />
      <source>Suspicious number of interviews by one device ...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="156" />
      <source>Test the connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="305" />
      <source>The 'survey' sheet of {file} needs the columns 'type' and 'name'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="37" />
      <source>The CartONG Processing provider is already registered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="51" />
      <source>The GeoPackage {file} cannot be created: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="175" />
      <source>The GeoPackage {file} cannot be opened for writing: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="334" />
      <source>The GeoPackage {file} cannot be written: {reason}. Choose another folder or close the program using it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="50" />
      <source>The QGIS authentication database is locked: enter its master password when QGIS asks for it, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="47" />
      <source>The QGIS authentication system is not available, so the password or token cannot be kept safely. Check Settings &gt; Options &gt; Authentication.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="87" />
      <source>The QGIS authentication system is not available, so the pseudonymisation key cannot be kept safely.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="91" />
      <source>The QGIS master password is needed to keep the pseudonymisation key: set it in Settings &gt; Options &gt; Authentication and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="141" />
      <source>The admin area column {column} is not in the layer {layer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="167" />
      <source>The answered P-code is {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="126" />
      <source>The authentication configuration {authcfg} does not hold a CartONG pseudonymisation key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="42" />
      <source>The authentication configuration {authcfg} holds no token.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="119" />
      <source>The authentication configuration {authcfg} was not found: choose another pseudonymisation key or create a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="106" />
      <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by CartONG or its partners.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="120" />
      <source>The class limit {value} is not a number: write limits like 10, 20, 50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="123" />
      <source>The class limits {limits} must increase: write them like 10, 20, 50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="589" />
      <source>The cleaned layer 'survey_cleaned' is in {file} and in the project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="534" />
      <source>The cleaned layer could not be written into {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="568" />
      <source>The cleaning log could not be saved; nothing was applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="170" />
      <source>The cleaning log is kept in {file}; the raw data is never changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="402" />
      <source>The cleaning log was not exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="388" />
      <source>The cleaning log was not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="207" />
      <source>The cleaning log {file} cannot be read: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="293" />
      <source>The cleaning log {file} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="361" />
      <source>The cleaning log {file} does not match the data; fix these rows and import it again:
{rows}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="226" />
      <source>The cleaning log {file} has no column {columns}; it needs at least uuid and question (and usually old_value, new_value, issue, change_type).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="300" />
      <source>The cleaning log {file} has no sheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="302" />
      <source>The code column {column} is not in the layer {layer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="71" />
      <source>The column {column} cannot be created in {table}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="126" />
      <source>The column {column} is not in the layer {layer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="351" />
      <source>The connection to {host} was cut in the middle of an answer. Try again; what was already downloaded is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="455" />
      <source>The connection was not saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="171" />
      <source>The counts cannot be protected by suppression; aggregate to a larger area or drop the answer breakdown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_jobs.py" line="70" />
      <source>The counts could not be written into {file}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="80" />
      <source>The credentials for {name} could not be saved in the QGIS authentication database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="662" />
      <source>The decisions in the cleaning log are not saved. Close the wizard and lose them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="183" />
      <source>The defaults suit a household survey. Each flagged value becomes a row of the cleaning log that you review on the next pages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="202" />
      <source>The download from {host} was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="414" />
      <source>The edited log was not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="304" />
      <source>The email and password of your ODK Central web account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="53" />
      <source>The end time is earlier than the start time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="195" />
      <source>The field {field} of {layer} is not numeric: it cannot be mapped in classes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="162" />
      <source>The file {file} cannot be read: {reason}. Is it open in another program?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="333" />
      <source>The file {file} does not exist (moved or deleted?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="124" />
      <source>The first rows as read, and what was detected. Check that the columns are split correctly before importing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="580" />
      <source>The folder {folder} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="280" />
      <source>The form defines "{column}" as a {type} question: it holds {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="297" />
      <source>The form file {file} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="299" />
      <source>The form has no labels in '{language}': labels are in {used} (the form has {languages}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="209" />
      <source>The form {file} could not be read as an Excel XLSForm (.xlsx). Save it as .xlsx from KoboToolbox or Excel and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="136" />
      <source>The grid cell size must be above 0 m (got {size} m).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="139" />
      <source>The labels of form {id} could not be read from its XForm ({reason}); question and choice names are shown instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="72" />
      <source>The last downloaded copy is still available: {file} ({records} submissions, synced {when}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="480" />
      <source>The last downloaded copy {file} is in the project ({layers}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="901" />
      <source>The last downloaded copy {file} is in the project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="508" />
      <source>The layer to share is missing or cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="368" />
      <source>The layer {layer} cannot be read from {source}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="113" />
      <source>The layer {layer} could not be reopened from {source}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="135" />
      <source>The layer {layer} does not hold single points: choose "Remove locations" or "Count by admin area" to share it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="235" />
      <source>The layer {layer} has no field {field} ({what}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="75" />
      <source>The layer {layer} has no field {field} ({what}). Available fields: {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="586" />
      <source>The layer {layer} has no field {field} to label the areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="853" />
      <source>The layer {layer} has no field {field} to map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="775" />
      <source>The layer {layer} has no field {field} to name the atlas pages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="212" />
      <source>The layer {layer} has no field {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="371" />
      <source>The layer {layer} has no field {field}: it is needed to name each submission in the cleaning log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="118" />
      <source>The layer {layer} is not a polygon layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="137" />
      <source>The layer {layer} is not in a GeoPackage: choose a GeoPackage for the cleaning log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="58" />
      <source>The layer {layer} is not in a GeoPackage: choose the cleaning log file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="374" />
      <source>The layer's points are where interviews took place, often people's homes: displace, snap or aggregate them before sharing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="179" />
      <source>The layout template has no {kind} item with the id {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="167" />
      <source>The layout template {file} is not valid XML.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="358" />
      <source>The legend is too long for its box: some entries are cut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="361" />
      <source>The location column {column} is not in {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="250" />
      <source>The login of '{name}' is read from the QGIS authentication manager (configuration {authcfg}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="123" />
      <source>The minimum count k must be 2 or more (got {k}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="286" />
      <source>The name "{column}" contains "{keyword}": it likely holds {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="45" />
      <source>The number of submissions of form {uid} went down from {before} to {after} during the download (submissions were deleted on the server), so some could have been missed. Nothing was changed; download again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="285" />
      <source>The output must not overwrite the input file {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="331" />
      <source>The output {path} would be written outside the chosen folder {folder}; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="116" />
      <source>The personal-data keyword file {file} cannot be used ({error}). Fix it or clear the setting {setting} to use the bundled list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="240" />
      <source>The point lies in {found}, the answer is {answered}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="346" />
      <source>The proxy set in QGIS (Settings &gt; Options &gt; Network) does not answer or refused the connection to {host} ({reason}). Check the proxy settings with your IT team.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="106" />
      <source>The pseudonymisation key could not be saved in the QGIS authentication database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="543" />
      <source>The reviewed log is saved, then applied: the cleaned copy is the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="237" />
      <source>The sample dataset was not found in {folder}; reinstall the plugin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="395" />
      <source>The saved connection '{name}' holds an old token or password: choose 'New connection', enter the new one and save it under the same name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="95" />
      <source>The saved credentials '{authcfg}' were not found in the QGIS authentication database. Enter the token or password again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="246" />
      <source>The secure connection (HTTPS/TLS) to {host} failed: {reason}. Check the server address (https:// or http://) and the computer's date and time; if your organisation inspects traffic, ask your IT team for its certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="587" />
      <source>The server did not send the date of the last submission.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="359" />
      <source>The server name {host} could not be found (DNS). Check the address for typing mistakes and check that this computer is connected to the internet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="390" />
      <source>The server or the login changed during the check: check again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="370" />
      <source>The shared GeoPackage could not be reopened to record its protection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="352" />
      <source>The shared GeoPackage could not be written: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="325" />
      <source>The start state of {folder} is missing; start a new session in an empty folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="202" />
      <source>The submission has no GPS point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="373" />
      <source>The submission {uuid} has no location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="648" />
      <source>The submissions go into a GeoPackage: raw tables as received, the 'survey' point layer and a log of each download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="920" />
      <source>The survey is in the project. Next step: check and clean it (CartONG &gt; 2. Check and clean…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="375" />
      <source>The survey sheet of {file}: group '{name}' is never closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="66" />
      <source>The table {table} cannot be created in {file}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="80" />
      <source>The task failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="205" />
      <source>The training project {file} could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="211" />
      <source>The training project {file} could not be written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="356" />
      <source>The upper limit of each class but the last, increasing. The first class starts at the smallest value, the last ends at the largest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="382" />
      <source>There is no layer to put on the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/help_dock.py" line="115" />
      <source>There is no offline help for this step yet. Use the online guide below when you are connected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="666" />
      <source>This GeoPackage already exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="63" />
      <source>This QGIS has no '{method}' authentication method to keep the credentials.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="595" />
      <source>This account has no forms on this server, or none shared with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="590" />
      <source>This form is not deployed and has no submissions to download.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="145" />
      <source>This layout has no atlas to export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="206" />
      <source>Thresholds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="550" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/training_panel.py" line="205" />
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="365" />
      <source>Training session summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="126" />
      <source>Training session…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="111" />
      <source>Type the class limits, e.g. 10, 20, 50: maps of several rounds or surveys then compare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="60" />
      <source>Typed admin names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="74" />
      <source>Unexpected error during the import: {error}. Details are in the log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="657" />
      <source>Unexpected error: {error}. Details are in the message log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="650" />
      <source>Unknown background {name}; choose one of {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="98" />
      <source>Unknown classification {name}; choose one of {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="129" />
      <source>Unknown location protection "{mode}"; use one of {modes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="135" />
      <source>Unknown map language {language}; choose one of {languages}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="154" />
      <source>Unknown page {page}; choose one of {pages}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="60" />
      <source>Unknown palette {name}; choose one of {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="107" />
      <source>Unknown server kind '{kind}': use KoboToolbox or ODK Central.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="90" />
      <source>Unknown statistic {name}; choose one of {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="661" />
      <source>Unsaved cleaning log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="154" />
      <source>Unusual value within its {group}: robust z-score {z}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="156" />
      <source>Unusual value: robust z-score {z}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unusual value{scope}: robust z-score {z}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="939" />
      <source>Update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="669" />
      <source>Update (only new submissions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="19" />
      <source>Update: download only new submissions and append them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="58" />
      <source>Upper admin level boundaries (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="285" />
      <source>Upper level (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="133" />
      <source>Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="215" />
      <source>Username and password (the token is fetched once; the password is not kept)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="53" />
      <source>Value to map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="43" />
      <source>Values changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="77" />
      <source>Visualisation and maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="135" />
      <source>WARNING: exact locations kept. Share only under a data sharing agreement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="377" />
      <source>Warning: anyone with this file can find the homes of the people surveyed. Share it only under a data sharing agreement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="322" />
      <source>Warning: columns at high risk are kept: {columns}. Share the file only with partners bound by a data sharing agreement.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="524" />
      <source>What will be done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="285" />
      <source>Where the points go is chosen on the next page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="101" />
      <source>Where the submissions concentrate: light yellow (few) to dark red (many).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="101" />
      <source>Where the submissions were collected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="99" />
      <source>Where the submissions were collected, one colour per answer (labels from the form).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="504" />
      <source>Where to write the protected copy. A note explaining what was done is written beside it (same name followed by .README.txt), in English and French.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="338" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="558" />
      <source>Without a connection the map keeps the light offline background (Natural Earth).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="253" />
      <source>Worst acceptable GPS precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="92" />
      <source>Worst acceptable GPS precision (metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="750" />
      <source>Write only counts by {column}, hiding counts below {k} (and other counts that would reveal them); no individual record is shared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="88" />
      <source>Write the admin names (field below) where they fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="280" />
      <source>Write the area names where they fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="300" />
      <source>Write the log to XLSX or CSV for field teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="46" />
      <source>Write the map as a PDF ready to print or share.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="32" />
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="597" />
      <source>Writing the protected copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="207" />
      <source>Writing {records} submissions into {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="104" />
      <source>XLSForm (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="118" />
      <source>XLSForm (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="663" />
      <source>XLSForm (optional: adds constraints and required flags)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="38" />
      <source>XLSForm of the form (optional: adds constraints and required flags)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="39" />
      <source>XLSForm of the survey (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_jobs.py" line="91" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="302" />
      <source>Your KoboToolbox username and password are used once to fetch your API token; only the token is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="235" />
      <source>Your name, written in the 'who' column of the rows you edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="349" />
      <source>a change_response needs a question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="66" />
      <source>accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="119" />
      <source>admin code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="79" />
      <source>admin name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="187" />
      <source>admin name ambiguous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="191" />
      <source>admin name and P-code disagree</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="184" />
      <source>admin name misspelt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="189" />
      <source>admin name not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="65" />
      <source>altitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="367" />
      <source>and</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="376" />
      <source>answers of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="173" />
      <source>attachment {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="671" />
      <source>basemap Natural Earth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="367" />
      <source>between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="369" />
      <source>cells of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="69" />
      <source>change_type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="68" />
      <source>check_id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="376" />
      <source>column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="46" />
      <source>coordinate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="43" />
      <source>date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="44" />
      <source>date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="178" />
      <source>date-times (ISO 8601)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="169" />
      <source>dates (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="269" />
      <source>dates of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="43" />
      <source>decimal number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="270" />
      <source>device or account identifiers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="91" />
      <source>duplicated answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="58" />
      <source>duplicated key fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="33" />
      <source>duplicated uuid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="264" />
      <source>e-mail addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="355" />
      <source>e.g. 10, 20, 50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="535" />
      <source>e.g. Household survey, March 2026</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="537" />
      <source>e.g. household survey (partner), boundaries OCHA COD-AB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="69" />
      <source>explanation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="123" />
      <source>form {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="113" />
      <source>form {uid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="271" />
      <source>free text, which may name or describe people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="46" />
      <source>geometry (WKT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="265" />
      <source>home addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="113" />
      <source>https://your.server.org</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="263" />
      <source>identity or registration numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="246" />
      <source>impossible coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="52" />
      <source>interview ends before it starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="71" />
      <source>interview outside the data collection period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="59" />
      <source>interview too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="55" />
      <source>interview too short</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="68" />
      <source>issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="50" />
      <source>it has an absolute path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="55" />
      <source>it is a symbolic link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="47" />
      <source>its name contains a NUL character</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="52" />
      <source>its path climbs out of the folder with '..'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="506" />
      <source>km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="62" />
      <source>latitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="225" />
      <source>latitude and longitude swapped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="63" />
      <source>longitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="103" />
      <source>many interviews in little time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="259" />
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="68" />
      <source>new_value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="202" />
      <source>no form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="391" />
      <source>no layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="345" />
      <source>no submission has the uuid {uuid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="201" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="197" />
      <source>none (Excel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="201" />
      <source>none found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="138" />
      <source>not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="381" />
      <source>not done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="118" />
      <source>numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="127" />
      <source>numeric question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="67" />
      <source>old_value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="44" />
      <source>one choice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="261" />
      <source>people's names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="262" />
      <source>phone numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="267" />
      <source>photos, recordings, signatures or links to attachments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="253" />
      <source>poor GPS precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="266" />
      <source>precise GPS locations of homes or people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="123" />
      <source>question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="68" />
      <source>recode other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="78" />
      <source>required answer missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="268" />
      <source>sensitive characteristics (ethnicity, religion, health, violence...)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="44" />
      <source>several choices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="418" />
      <source>smaller counts are hidden, rarer combinations blanked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="159" />
      <source>statistical outlier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="618" />
      <source>survey (cleaned)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="197" />
      <source>tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="43" />
      <source>text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="50" />
      <source>the API token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="259" />
      <source>the attachments of {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="351" />
      <source>the data has no question {question}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="106" />
      <source>the forms of project {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="99" />
      <source>the list of forms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="100" />
      <source>the list of projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="86" />
      <source>the login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="272" />
      <source>the names of survey staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="273" />
      <source>the place where people live, identifying in small places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="228" />
      <source>the requested page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="213" />
      <source>the submissions of form {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="129" />
      <source>the submissions of form {uid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="343" />
      <source>the uuid is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="233" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="67" />
      <source>uuid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="78" />
      <source>value outside the form's constraint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="70" />
      <source>when</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="291" />
      <source>where its GPS point falls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="69" />
      <source>who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="43" />
      <source>whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="118" />
      <source>whole numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="293" />
      <source>whose P-code it gives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="45" />
      <source>yes/no (0/1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="94" />
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows pending.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="591" />
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows still pending, {kept} kept as they are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="186" />
      <source>{check}: {count} rows ({seconds} s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/import_wizard.py" line="198" />
      <source>{columns} columns; encoding {encoding}; delimiter {delimiter}; location: {location}; repeat tables: {repeats}; form languages: {languages}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="315" />
      <source>{column}: {explanation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} decisions of the saved log are kept.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{count} forms. Select one, then Next.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="284" />
      <source>{count} of {total} values of "{column}" look like {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="101" />
      <source>{count} or more interviews started by the same {by} within {minutes} minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learn_menu.py" line="89" />
      <source>{count} problem(s) in the help catalogue; the bundled catalogue is used for the rest. Details: CartONG › Learn › Problems in the help catalogue, or the CartONG log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="269" />
      <source>{file} cannot be read as CSV: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="390" />
      <source>{file} cannot be read as GeoJSON: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="65" />
      <source>{file} contains binary data: it is not a CSV text file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="421" />
      <source>{file} contains no CSV file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="162" />
      <source>{file} could not be extracted ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="212" />
      <source>{file} could not be read as an Excel workbook (.xlsx).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="134" />
      <source>{file} does not match the form {form}: none of its {count} columns is a question of the form. Choose the form this export was downloaded with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="202" />
      <source>{file} has a header row but no data rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="31" />
      <source>{file} has no 'survey' layer to look for personal data in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="139" />
      <source>{file} has no 'survey' layer: import the survey first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="301" />
      <source>{file} has no 'survey' sheet: it is not an XLSForm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="407" />
      <source>{file} has no features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="211" />
      <source>{file} has no layer '{layer}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="368" />
      <source>{file} has no sheet with data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="737" />
      <source>{file} holds a KoboToolbox export imported from a file; an update adds the submissions after its last _id. Make sure it is the same form.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="747" />
      <source>{file} holds another form ({source}): replace it or choose another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="77" />
      <source>{file} holds {count} files, more than the limit of {limit}: it was not opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="62" />
      <source>{file} is a zip or Excel file, not a CSV text file. Choose the .xlsx or .zip import, or export the data again as CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="118" />
      <source>{file} is an old Excel .xls file: export the data again as .xlsx or CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="165" />
      <source>{file} is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="192" />
      <source>{file} is neither UTF-8 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="199" />
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel). Check accents in the imported text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="263" />
      <source>{file} is not a readable training session ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="74" />
      <source>{file} is not a readable zip archive ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="734" />
      <source>{file} is not a survey GeoPackage: it can only be replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="353" />
      <source>{file} is open in QGIS or another program, so it cannot be replaced safely. Remove its layers from the project (or close the program) and try again; the file was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="171" />
      <source>{file} was not downloaded from a server, so it cannot be updated from one. Download into a new GeoPackage instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="739" />
      <source>{file} was not downloaded from a server: it can only be replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="134" />
      <source>{file} was refused: it holds two files named "{member}" (once made valid on every system), and one would replace the other.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="275" />
      <source>{file} was refused: it links to other files or addresses ({links}). Export the data again from the server, or save a copy without external links (Excel: Data &gt; Edit Links &gt; Break Link).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="97" />
      <source>{file} was refused: it would expand to {size} MB, more than the limit of {limit} MB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="150" />
      <source>{file} was refused: the member "{member}" expands far beyond its declared size, which looks like a zip bomb.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="84" />
      <source>{file} was refused: the member "{member}" is unsafe because {reason}. Ask for a fresh export from the server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="91" />
      <source>{file} was refused: the member "{member}" would expand to {size} MB ({ratio:.0f} times its compressed size), which looks like a zip bomb.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="283" />
      <source>{file} was refused: {count} cells hold formulas ({cells}); a survey export holds values only. Paste the cells as values and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="193" />
      <source>{file}, column {column}: {count} answer(s) are not in the choice list '{list}' (first at row {row}: '{value}'); the code is kept as its own label.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="137" />
      <source>{file}, column {column}: {count} location(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="161" />
      <source>{file}, column {column}: {count} shape(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="95" />
      <source>{file}, column {column}: {count} value(s) are not {what} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="265" />
      <source>{file}, line {row}: {saw} fields where the header has {expected}. A value probably contains the delimiter without quotes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="260" />
      <source>{file}: a quote opened near line {row} is never closed, so the rest of the file would be one value. Fix the quotes or export the data again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="131" />
      <source>{file}: column {col} has no name in the header row but holds values; it was imported as '{name}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="108" />
      <source>{file}: the column name '{name}' is used twice (columns {first} and {second}). Rename one of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="287" />
      <source>{file}: {count} cells hold formulas ({cells}); the toolkit reads the values last saved by the spreadsheet and never computes them. Check these cells.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="138" />
      <source>{file}: {count} column(s) are not in the form and were imported as text: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="222" />
      <source>{file}: {count} row(s) have fewer fields than the header (first: row {row}, from column {column}); the missing values were left empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="191" />
      <source>{file}: {new} new submissions ({total} in all) from {pages} pages in {seconds} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="232" />
      <source>{folder} already holds a training session: continue it or reset it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="234" />
      <source>{folder} is not empty. Choose an empty folder for the training session, so that Reset never deletes your own files.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="67" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="308" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk. The list helps; it does not guarantee that nothing else is personal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="376" />
      <source>{host} accepted the credentials, but this account lacks permission to read {what} (HTTP 403). Ask the project owner to share it with you (at least 'view submissions').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="391" />
      <source>{host} answered HTTP {status} for {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="189" />
      <source>{host} answered, but not with a KoboToolbox list (no 'results'). Check that the address is a KoboToolbox server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="221" />
      <source>{host} answered, but not with an OData list (no 'value'). Check that the address is an ODK Central server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="279" />
      <source>{host} answered, but not with the list expected from ODK Central.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="341" />
      <source>{host} did not answer within {seconds} seconds. The connection may be slow or the server overloaded: try again later, or on a better connection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="89" />
      <source>{host} did not return a session token: is it an ODK Central server?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="55" />
      <source>{host} did not return an API token: is it a KoboToolbox server?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="168" />
      <source>{host} does not expand the repeats of form {id} inline ($expand, ODK Central 1.2 and later): they are downloaded from their own tables instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="386" />
      <source>{host} is busy or failing (HTTP {status}) and still was after {attempts} attempts. Try again later; what was already downloaded is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="58" />
      <source>{host} refused the app-user token (HTTP 403): in ODK Central, app users can send submissions but not read them. To download the data, sign in with the email and password of a web user who has the Project Viewer or Project Manager role in this project.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="371" />
      <source>{host} refused the credentials (HTTP 401): the token or password is wrong or has expired. Enter a new one in the server connection settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="290" />
      <source>{host} sent an incomplete or invalid answer for {what} (not valid JSON: {reason}). The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="394" />
      <source>{host}: {reason} for {what}; retry {attempt} of {total}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/map_wizard.py" line="233" />
      <source>{kind}: an A4 landscape map of the sample survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="75" />
      <source>{label} (label)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="940" />
      <source>{mode}: {new} new submissions, {total} in all, from {pages} pages in {seconds} s; {files} attachments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download_wizard.py" line="236" />
      <source>{name} ({url})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="116" />
      <source>{name} cannot be {value}: choose one of {options}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{new} new submissions downloaded into {file}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="45" />
      <source>{new} new submissions, {total} in all, {pages} pages, {files} attachments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="164" />
      <source>{parent} → {child}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="181" />
      <source>{place} is not the area answered in {column} ({code}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="80" />
      <source>{question} is required by the form and was relevant, but is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="693" />
      <source>{readme} · {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="124" />
      <source>{rows} points moved in a random direction by {min:.0f} to {max:.0f} m.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection_wizard.py" line="130" />
      <source>{rows} points moved to the centre of {size:.0f} m grid cells.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning_wizard.py" line="466" />
      <source>{rows} rows for {submissions} submissions.</source>
      <translation type="unfinished" />
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
      <location filename="../cartong_plugin/gui/cleaning_log_view.py" line="346" />
      <source>{shown} of {rows} rows shown; {pending} pending, {changed} to change, {removed} to remove, {kept} kept as they are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="95" />
      <source>{total} submissions counted in {areas} areas; {outside} outside every area or with an unknown P-code; {missing} without location or P-code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="381" />
      <source>{what} was not found on {host} (HTTP 404): the form may have been deleted or archived, or its ID is wrong. Check it on the server's web page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="201" />
      <source>{where} (id "{id}")</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="89" />
      <source>{where}, step "{id}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="92" />
      <source>{where}: "expect" must have a type among {types}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="231" />
      <source>{where}: "language" must be a two-letter code such as en or fr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="224" />
      <source>{where}: "title" must give the title by language, e.g. {{"en": "…", "fr": "…"}}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="227" />
      <source>{where}: "url" must be an http(s) address (found "{url}").</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="209" />
      <source>{where}: "versions" must map a language (en, fr…) to a title and a url.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="238" />
      <source>{where}: "{key}" must be a list of names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="72" />
      <source>{where}: "{name}" must give at least the English text: {{"en": "…", "fr": "…"}}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="196" />
      <source>{where}: an entry must be an object with id, title, topic and url.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="95" />
      <source>{where}: every step needs its own id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="263" />
      <source>{where}: id "{id}" is used twice; the first one is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="217" />
      <source>{where}: the "{lang}" version has no http(s) url (found "{url}").</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="215" />
      <source>{where}: the "{lang}" version has no title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="200" />
      <source>{where}: the entry has no "id".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="204" />
      <source>{where}: topic "{topic}" is not one of: {topics}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
