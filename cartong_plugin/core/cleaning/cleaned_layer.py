# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaned layer written feature by feature from the survey layer and the plan of its cleaning log.

``CleanedWriter`` copies every kept feature with the log's new values into a sink, counts the cells
that really changed, lets labels follow changed answers (``choice_follow``), moves a point with its
corrected coordinates and notes changes whose old value is not the survey's. The algorithm writes it to
a temporary file renamed when whole (``processing/atomic_sink``): a cancelled or failed run leaves nothing.
Used by the Processing algorithm ``cartong:applycleaninglog``.
"""

from __future__ import annotations

from qgis.core import NULL, QgsFeature, QgsFeatureSink

from ..base.i18n import tr, trn


class CleanedWriter:
    """Every kept feature of a layer with its changed values into a sink: labels and choice columns
    follow a changed answer (choice_follow), a point follows its changed coordinates; ``changed``
    counts the cells of kept rows that now hold another value."""

    def __init__(self, plan, changes, expected, follower, coordinates, feedback, every_date_time=False, filters=None):
        self.plan, self.changes, self.follower, self.feedback = plan, changes, follower, feedback
        self.filters = filters  # choice_filters.FilterCheck: answers their form's choice_filter no longer allows
        # a source that is not a GeoPackage (PostGIS) cannot be read back after writing: all its
        # date-times are kept as text while written (see restore_exact_values)
        self.every_date_time = every_date_time
        self.expected = expected  # (row, field) -> (old value the log read there, its log row)
        self.unexpected: list[tuple[int, str, str, object]] = []  # (log row, field, old value, value found)
        self.date_times: dict[tuple[int, str], str] = {}  # (fid, field) -> a new date-time as GeoPackage text
        self.placeless: set[int] = set()  # fids written without a point (QGIS 3.22 stores an empty one)
        self.lat, self.lon = coordinates
        self.changed = 0  # cells the log changed (kept rows, another value than before)
        self.labels = 0  # labels that followed a changed answer
        self.disagreeing: dict[str, list[int]] = {}  # select_multiple -> rows whose choice columns disagree
        self.refused: tuple | None = None  # (fid, uuid, the sink's error) of the first feature the output refused
        self.located = 0  # rows whose geopoint text or split coordinates followed the other (see _follow_location)
        self.located_apart: list[int] = []  # rows where the log changed both and they disagree

    def report(self, feedback) -> None:
        """Say what followed the log's changes, and what the log left disagreeing."""
        if self.located:
            feedback.pushInfo(
                trn(
                    "In %n submission the location text and its latitude/longitude columns were kept in "
                    "agreement with the log's change.",
                    "In %n submissions the location text and its latitude/longitude columns were kept in "
                    "agreement with the log's changes.",
                    self.located,
                )
            )
        if self.located_apart:
            feedback.pushWarning(
                trn(
                    "In %n submission the log changes both the location text and its latitude/longitude "
                    "columns, and they disagree (first: feature {fid}); the point follows the latitude/longitude.",
                    "In %n submissions the log changes both the location text and its latitude/longitude "
                    "columns, and they disagree (first: feature {fid}); the points follow the latitude/longitude.",
                    len(self.located_apart),
                ).format(fid=self.located_apart[0])
            )
        if self.labels:
            feedback.pushInfo(
                trn(
                    "%n label was updated to match its changed answer.",
                    "%n labels were updated to match their changed answers.",
                    self.labels,
                )
            )
        if self.unexpected:
            number, column, old, found = min(self.unexpected)
            feedback.pushWarning(
                trn(
                    "%n change of the cleaning log names an old value the survey does not have (first: row {row}, "
                    "{column}: '{old}' in the log, '{found}' in the survey). Was the log made for this survey?",
                    "%n changes of the cleaning log name an old value the survey does not have (first: row {row}, "
                    "{column}: '{old}' in the log, '{found}' in the survey). Was the log made for this survey?",
                    len(self.unexpected),
                ).format(row=number, column=column, old=old, found=_text(found))
            )
        if self.filters:
            self.filters.report(feedback)
        for question, rows in self.disagreeing.items():
            feedback.pushWarning(
                trn(
                    "{question}: in %n submission the answer and its choice columns disagree after the cleaning "
                    "log (it changed one and not the other). Add the matching change to the log.",
                    "{question}: in %n submissions the answer and its choice columns disagree after the cleaning "
                    "log (it changed one and not the other). Add the matching changes to the log.",
                    len(rows),
                ).format(question=question)
            )

    def refusal(self) -> str:
        """The sentence saying which feature the output refused ("" when none was)."""
        if self.refused is None:
            return ""
        fid, uuid, error = self.refused
        return tr(
            "The output refused the feature {fid} (uuid {uuid}){error}: no cleaned layer was written, "
            "as it would miss that submission."
        ).format(fid=fid, uuid=_text(uuid), error=f": {error}" if error else "")

    def write(self, sink, layer) -> None:
        plan, changes, follower, lat, lon = self.plan, self.changes, self.follower, self.lat, self.lon
        fields = layer.fields()
        total = max(layer.featureCount(), 1)
        fid_index, written = fields.lookupField("fid"), 0
        text = _location_text(fields, lat)  # the geopoint text whose split columns lat/lon are, or -1
        for pos, feature in enumerate(layer.getFeatures()):
            if self.feedback.isCanceled():
                return
            if not plan.keep[pos]:
                continue
            written += 1
            fid = _written_fid(feature, fid_index, written)
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            new = changes.get(pos, {})
            if new:
                before = list(attributes)
                for index, value in new.items():
                    old, number = self.expected.get((pos, index), ("", 0))
                    if not is_old_value(before[index], old):
                        self.unexpected.append((number, fields.at(index).name(), old, before[index]))
                    attributes[index] = value
                    if hasattr(value, "timeSpec") and value.isValid():  # a date-time the log gives
                        self.date_times[(fid, fields.at(index).name())] = _stored_date_time(value)
                self.changed += sum(1 for index in new if not _same(before[index], attributes[index]))
                if follower:
                    for answer in follower.follow(attributes, new.keys()):
                        self.disagreeing.setdefault(fields.at(answer).name(), []).append(pos)
                    self.labels += sum(
                        1
                        for i, (old, now) in enumerate(zip(before, attributes))
                        if i not in new and not _same(old, now)
                    )
            if self.filters and new:
                self.filters.check(attributes, new.keys(), fid)
            if text >= 0 and new and (text in new or lat in new or lon in new):
                self._follow_location(attributes, new, text, fid)
            out.setAttributes(attributes)
            if self.every_date_time:
                for index, value in enumerate(attributes):
                    if hasattr(value, "timeSpec") and value.isValid():
                        self.date_times.setdefault((fid, fields.at(index).name()), _stored_date_time(value))
            if lat >= 0 and lon >= 0 and (lat in new or lon in new or (text >= 0 and text in new)):
                _move_point(out, attributes[lat], attributes[lon])
            if not out.hasGeometry() or out.geometry().isNull():
                self.placeless.add(fid)
            # a refused feature (a duplicate key) would be a submission missing from the cleaned layer
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                uuid = fields.indexOf("_uuid")
                error = sink.lastError() if hasattr(sink, "lastError") else ""
                self.refused = (feature.id(), attributes[uuid] if uuid >= 0 else "", error)
                return
            if pos % 2000 == 0:
                self.feedback.setProgress(100.0 * pos / total)

    def _follow_location(self, attributes: list, new: dict, text: int, fid: int) -> None:
        """Keep a geopoint's text ("lat lon alt acc") and its split latitude/longitude in agreement when
        the log changed one of them: the other follows (altitude and accuracy stay in the text)."""
        lat, lon = self.lat, self.lon
        parts = _text(attributes[text]).split()
        if text in new and (lat in new or lon in new):
            if parts[:2] and not _same_coordinates(parts[:2], (attributes[lat], attributes[lon])):
                self.located_apart.append(fid)
            return
        if text in new:
            try:
                attributes[lat], attributes[lon] = (float(v) for v in parts[:2]) if len(parts) >= 2 else (NULL, NULL)
            except ValueError:
                return  # not a location: the import's warnings already name such a text
        elif any(_text(v) == "" for v in (attributes[lat], attributes[lon])):
            attributes[text] = NULL
        else:
            attributes[text] = " ".join([_text(attributes[lat]), _text(attributes[lon])] + parts[2:])
        self.located += 1


def _location_text(fields, lat: int) -> int:
    """Index of the geopoint text column ``q`` whose split latitude column is ``_q_latitude``, else -1."""
    import re

    found = re.fullmatch(r"_(.+)_latitude", fields.at(lat).name()) if lat >= 0 else None
    return fields.indexOf(found.group(1)) if found else -1


def _same_coordinates(parts: list[str], values) -> bool:
    try:
        return all(abs(float(a) - float(b)) < 1e-9 for a, b in zip(parts, values))
    except (TypeError, ValueError):
        return False


def _written_fid(feature, fid_index: int, written: int) -> int:
    """The feature id a GeoPackage written by QGIS gives ``feature``: its "fid" field (QGIS writes it
    as the id), else its rank among the features written (a new table numbers them from 1)."""
    if fid_index >= 0:
        value = feature.attributes()[fid_index]
        if isinstance(value, int):
            return value
    return written if fid_index < 0 else feature.id()


def _text(value) -> str:
    """A value of the layer as a log writes it (date-times in ISO 8601, whole numbers without .0)."""
    from qgis.PyQt.QtCore import Qt

    from .log import format_value

    if value is None or value == NULL:
        return ""
    if hasattr(value, "toString"):  # QDate, QDateTime, QTime: what format_value cannot read
        return value.toString(Qt.DateFormat.ISODate)
    return format_value(value)  # as the checks write a value into the log


def is_old_value(value, old: str) -> bool:
    """Whether the log's old value (as its reviewer read it) is ``value``; an empty one says nothing.

    Numbers are compared as numbers (a decimal comma too), TRUE/FALSE as 1/0, date-times to the second.
    """
    written = (old or "").strip()
    if not written:
        return True
    found = _text(value).strip()
    if written == found:  # first: a real "NA" answer is what the log names, not a missing one
        return True
    if written.upper() in ("NA", "N/A", "NULL"):
        return value is None or value == NULL or found == ""
    logical = {"TRUE": "1", "FALSE": "0"}.get(written.upper())
    if logical is not None:
        return found in (logical, "True" if logical == "1" else "False")
    try:
        return float(written.replace(",", ".")) == float(found)
    except ValueError:
        pass
    if len(written) >= 16 and len(found) >= 16 and written[:4].isdigit():  # a date-time, to the second
        return _utc_second(written) == _utc_second(found)
    return False


def _utc_second(text: str) -> str:
    """A date-time text to the second, in UTC when it says its offset (``10:08:16+01:00`` is 09:08:16)."""
    from qgis.PyQt.QtCore import QDateTime, Qt

    text = text.strip().replace(" ", "T")
    value = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
    if value.isValid() and value.timeSpec() != Qt.TimeSpec.LocalTime:
        return value.toUTC().toString("yyyy-MM-ddTHH:mm:ss")
    return text[:19]


def _same(old, new) -> bool:
    if old == NULL or old is None:
        return new == NULL or new is None
    return not (new == NULL or new is None) and old == new


def coordinate_fields(fields, gpkg) -> tuple[int, int]:
    """(latitude, longitude) field indexes of the layer's point (-1, -1 when it has none): the split
    columns ``_<geopoint>_latitude`` / ``_longitude`` of the import's location column, or of the only
    geopoint split so."""
    import re
    import sqlite3
    from contextlib import closing

    pairs = {}
    for name in fields.names():
        found = re.fullmatch(r"_(.+)_latitude", name)
        if found and fields.indexOf(f"_{found.group(1)}_longitude") >= 0:
            pairs[found.group(1)] = (fields.indexOf(name), fields.indexOf(f"_{found.group(1)}_longitude"))
    location = ""
    if gpkg and len(pairs) > 1:
        try:
            with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
                row = db.execute("SELECT geometry_column FROM cartong_metadata ORDER BY fid DESC LIMIT 1").fetchone()
                location = (row[0] or "").split("/")[-1] if row else ""
        except sqlite3.Error:
            pass
    if location in pairs:
        return pairs[location]
    if len(pairs) == 1:
        return next(iter(pairs.values()))
    return pairs.get("location", (-1, -1))


def _move_point(feature, lat, lon) -> bool:
    """Put the point at (lat, lon); False when the log emptied a coordinate: the place is unknown."""
    from qgis.core import QgsGeometry, QgsPointXY

    if any(value is None or value == NULL or str(value).strip() == "" for value in (lat, lon)):
        feature.clearGeometry()
        return False
    try:
        point = QgsPointXY(float(lon), float(lat))
    except (TypeError, ValueError):
        return True
    if feature.geometry().isNull() or feature.geometry().type() == 0:  # point layers and geometryless rows
        feature.setGeometry(QgsGeometry.fromPointXY(point))
    return True


def _stored_date_time(value) -> str:
    """A QDateTime as the import stores date-times: ISO 8601 with milliseconds, "Z" when in UTC."""
    from qgis.PyQt.QtCore import Qt

    text = value.toString("yyyy-MM-ddTHH:mm:ss.zzz")
    return text + "Z" if value.timeSpec() == Qt.TimeSpec.UTC else text


def restore_exact_values(dest_id: str, source_gpkg, source_table: str, written: dict, placeless=(), name="") -> int:
    """Give the date-times and the missing points of a cleaned GeoPackage written by QGIS back as the survey has them.

    QGIS 3.22's file writer stores a GeoPackage date-time without its milliseconds and its "Z"
    (``09:08:16.520Z`` becomes ``09:08:16.000``, a time without a zone): each value the log did not
    change takes the survey's own text again (same feature id, same second), and each one it set is
    written ``YYYY-MM-DDTHH:MM:SS.mmm(Z)`` (``written``: {(fid, column): text}); rows without a place
    (``placeless`` fids: none in the survey, or coordinates the log emptied) get a NULL geometry again.
    Without ``source_gpkg`` (a survey in PostGIS), ``written`` holds every date-time to write.
    Returns the cells set. A failure (a full disk, a survey that cannot be read) is a CartongError naming
    the output (``name``): a cleaned layer whose untouched values differ from the survey's is no output.
    """
    import sqlite3
    from pathlib import Path

    from qgis.core import QgsProviderRegistry

    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("ogr", dest_id) if registry is not None else {}
    path = Path(parts.get("path") or "")
    if path.suffix.lower() != ".gpkg" or not path.is_file():
        return 0
    try:
        return _restore(path, parts.get("layerName") or "", source_gpkg, source_table, written, set(placeless))
    except sqlite3.Error as err:
        from ..base.errors import CartongError

        reason = str(err)
        if "full" in reason.lower():
            reason = tr("the disk is full")
        raise CartongError(
            tr(
                "The cleaned layer {file} could not get the survey's exact values back (date-times with their "
                "milliseconds and time zone, rows without a location) ({reason}). Nothing was written under "
                "that name, as its values would differ from the survey's."
            ).format(file=name or path.name, reason=reason),
            path=str(name or path),
        ) from err


def _attach_source(db, source_gpkg) -> None:
    """The survey's GeoPackage attached read-only as ``source``. A GeoPackage in WAL mode in a folder that
    cannot be written cannot be opened so (SQLite wants its -shm file): it is then read as it is on disk
    (immutable), as GDAL and QGIS read it there."""
    import sqlite3
    from pathlib import Path

    uri = Path(source_gpkg).resolve().as_uri()
    try:
        db.execute("ATTACH ? AS source", (uri + "?mode=ro",))
        db.execute("SELECT count(*) FROM source.sqlite_master").fetchone()
    except sqlite3.OperationalError:
        if any(row[1] == "source" for row in db.execute("PRAGMA database_list")):
            db.execute("DETACH source")
        db.execute("ATTACH ? AS source", (uri + "?mode=ro&immutable=1",))


def _restore(path, layer_name: str, source_gpkg, source_table: str, written: dict, placeless: set) -> int:
    import sqlite3
    from contextlib import closing

    from ..survey.gpkg_writer import quote, table_columns, triggers_suspended

    done = 0
    # one transaction, committed at the end; opened as a URI so that the survey is attached read-only
    with closing(sqlite3.connect(path.resolve().as_uri(), uri=True)) as db:
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
        table = layer_name or (tables[0] if len(tables) == 1 else "")
        if table not in tables:
            return 0
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({quote(table)})") if row[2].upper() == "DATETIME"]
        if not source_gpkg:
            with triggers_suspended(db, [table]):
                done = _write_date_times(db, table, columns, written) + _null_points(db, table, placeless)
            db.commit()
            return done
        _attach_source(db, source_gpkg)
        info = db.execute(f"PRAGMA source.table_info({quote(source_table)})").fetchall()
        kept, keys = {row[1] for row in info}, [row[1] for row in info if row[5]]
        out_columns, out_key = table_columns(db, table)
        # QGIS's feature id is the survey's primary key; its writer keeps it as "fid" when the key is named
        # so, else as a column of that name (an ArcGIS GeoPackage's OBJECTID) beside a new fid
        key = "fid" if keys == ["fid"] and out_key == "fid" else (keys[0] if len(keys) == 1 else "")
        if not key or (key != "fid" and key not in out_columns):
            raise sqlite3.OperationalError(tr("its rows cannot be matched to the survey's"))
        out, source, k = quote(table), f"source.{quote(source_table)}", quote(key)
        with triggers_suspended(db, [table]):  # GDAL's R-tree triggers call ST_ functions plain SQLite lacks
            for column in (c for c in columns if c in kept):
                c = quote(column)
                same_second = (
                    f"s.{k} = {out}.{k} AND s.{c} IS NOT NULL AND s.{c} <> {out}.{c} "
                    f"AND substr(replace(s.{c}, ' ', 'T'), 1, 19) = substr(replace({out}.{c}, ' ', 'T'), 1, 19)"
                )
                done += db.execute(  # a correlated subquery: UPDATE ... FROM needs SQLite 3.33
                    f"UPDATE {out} SET {c} = (SELECT s.{c} FROM {source} s WHERE s.{k} = {out}.{k}) "
                    f"WHERE {c} IS NOT NULL AND EXISTS (SELECT 1 FROM {source} s WHERE {same_second})"
                ).rowcount
            # ``written`` and ``placeless`` name rows by the output's own fid (see _written_fid)
            done += _write_date_times(db, table, columns, written)
            done += _null_points(db, table, placeless)
        db.commit()
    return done


def _write_date_times(db, table: str, columns: list[str], written: dict) -> int:
    from ..survey.gpkg_writer import quote

    done = 0
    for (fid, column), text in written.items():
        if column in columns:
            done += db.execute(f"UPDATE {quote(table)} SET {quote(column)} = ? WHERE fid = ?", (text, fid)).rowcount
    return done


def null_placeless(gpkg, fids) -> int:
    """NULL geometries again for the features ``fids`` of the only table of ``gpkg`` (see _null_points)."""
    import sqlite3
    from contextlib import closing

    from ..survey.gpkg_writer import triggers_suspended

    try:
        with closing(sqlite3.connect(str(gpkg))) as db:
            tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
            if len(tables) != 1:
                return 0
            with triggers_suspended(db, tables):
                done = _null_points(db, tables[0], set(fids))
            db.commit()
            return done
    except sqlite3.Error:
        return 0


def _null_points(db, table: str, fids: set) -> int:
    """A row without a place has no geometry (NULL), as the import writes it: QGIS 3.22's writer stores an
    empty point instead. Set NULL again for the features ``fids`` that had no point to write."""
    from ..survey.gpkg_writer import quote

    found = db.execute(
        "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)", (table,)
    ).fetchone()
    if found is None or not fids:
        return 0
    out, geom = quote(table), quote(found[0])
    empty = f"substr(hex(substr({geom}, 4, 1)), 1, 1) IN ('1', '3', '5', '7', '9', 'B', 'D', 'F')"  # GP flags: empty
    return sum(
        db.execute(f"UPDATE {out} SET {geom} = NULL WHERE fid = ? AND {geom} IS NOT NULL AND {empty}", (fid,)).rowcount
        for fid in fids
    )
