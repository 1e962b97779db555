<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>CartONG</name>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="21" />
      <source>1. Import survey data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="24" />
      <source>2. Check and clean…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="27" />
      <source>3. Make a map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="30" />
      <source>4. Export the map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="40" />
      <source>CartONG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="59" />
      <source>CartONG Toolkit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/provider.py" line="33" />
      <source>CartONG Toolkit: survey data import, cleaning and maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="45" />
      <source>CartONG Toolkit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="31" />
      <source>Cleaning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="28" />
      <source>Count submissions by admin area and lay out a print-ready map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="33" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="25" />
      <source>Find duplicates, GPS errors, outliers and short interviews; keep a cleaning log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="62" />
      <source>From collected data to a print-ready map, one step at a time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="30" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="32" />
      <source>Maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="22" />
      <source>Read a KoboToolbox, ODK or ONA export with its XLSForm into a GeoPackage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="29" />
      <source>Survey data workflow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="31" />
      <source>Write the map as a PDF ready to print or share.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
