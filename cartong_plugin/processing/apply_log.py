# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: build the cleaned layer from the survey layer and the cleaning log."""

from __future__ import annotations

from qgis.core import (
    NULL,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.i18n import listed, tr, trn
from .base import CartongAlgorithm


class ApplyCleaningLogAlgorithm(CartongAlgorithm):
    NAME = "applycleaninglog"
    GROUP_ID = "cleaning"

    def displayName(self):
        return tr("Apply the cleaning log")

    def shortHelpString(self):
        return tr(
            "Builds the cleaned layer from the survey layer and the cleaning log, the same way every "
            "time: change_response rows set the new value, blank_response rows empty it, remove_survey "
            "rows drop the submission (for a duplicated uuid only the later copies), no_action and "
            "pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage "
            "unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows "
            "about a submission that is not in the layer are skipped and listed; a log whose questions or "
            "values do not fit the layer is refused with the list of its faulty rows. The input layer is "
            "not changed. When a swapped or corrected latitude/longitude is applied, the point is moved "
            "too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in "
            "that schema's cleaning log, and a temporary output becomes a table of the same schema named "
            "after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's "
            "rights; anyone else chooses a file). Otherwise the cleaned survey is a GeoPackage: a temporary "
            "output is one in QGIS's temporary folder, deleted when QGIS closes."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "INPUT", tr("Survey layer or table"), [QgsProcessing.SourceType.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "LOG",
                tr("Cleaning log (CSV, XLSX or GeoPackage; empty: the survey's GeoPackage)"),
                optional=True,
                fileFilter=tr("Cleaning logs (*.xlsx *.csv *.gpkg)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Cleaned survey"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber("CHANGED_VALUES", tr("Values changed")))
        self.addOutput(QgsProcessingOutputNumber("REMOVED_SUBMISSIONS", tr("Submissions removed")))
        self.addOutput(QgsProcessingOutputNumber("PENDING", tr("Log rows still pending")))
        self.addOutput(QgsProcessingOutputNumber("NO_ACTION", tr("Log rows kept as they are")))

    def execute(self, parameters, context, feedback):
        from pathlib import Path

        from qgis.core import QgsProviderRegistry

        from ..core.base.errors import CartongError
        from ..core.base.layer_filters import refuse_filtered
        from ..core.cleaning import applied_rows, cleaned_repeats, log_files
        from ..core.cleaning import apply as cleaning_apply
        from ..core.cleaning import cleaned_destination as cleaned_to
        from ..core.cleaning import log as cleaning_log
        from ..core.cleaning.checks.layers import layer_geopackage, layer_uuids, refuse_repeat_table
        from ..core.cleaning.label_rows import rows_on_labels

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        refuse_filtered(layer)  # the cleaned survey is the whole survey minus the log's removals, never a part
        shared = _shared_survey(layer)  # (database, schema, table) of a survey shared in PostGIS, or None
        # only a GeoPackage keeps the form, repeat tables and date-times that protect the shared copy
        temporary = ""
        if shared is None and cleaned_to.is_temporary(parameters):  # the dialog's default: a temporary GeoPackage
            parameters, temporary = cleaned_to.temporary_geopackage(parameters)
        cleaned_to.refuse_cleaned_destination(
            self.parameterAsOutputLayer(parameters, "OUTPUT", context), shared is not None
        )
        log_path = self.parameterAsFile(parameters, "LOG", context) or layer_geopackage(layer)
        if shared is not None and not self.parameterAsFile(parameters, "LOG", context):
            from ..core.teams.review import load_log

            log, log_name = (
                [row.entry for row in load_log(shared[0], shared[1])],
                f"{shared[1]}.{cleaning_log.LOG_LAYER}",
            )
        elif not log_path:
            raise CartongError(
                tr("The layer {layer} is not in a GeoPackage: choose the cleaning log file.").format(layer=layer.name())
            )
        elif Path(log_path).suffix.lower() == ".gpkg":
            log, log_name = log_files.read_log_from_gpkg(log_path), Path(log_path).name
        else:
            read_notes: list[str] = []  # the code page a CSV log not in UTF-8 was read with
            log, log_name = log_files.read_log_file(log_path, read_notes), Path(log_path).name
            for note in read_notes:
                feedback.pushWarning(note)
        if self.parameterAsFile(parameters, "LOG", context):  # decisions the survey's own log holds are not read
            _say_other_decisions(log, log_name, log_path, shared, layer_geopackage(layer), feedback)
        fields = layer.fields()
        gpkg = layer_geopackage(layer)
        table = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName", "") if gpkg else ""
        if gpkg and not table:  # a GeoPackage opened by its path: its only table of features, if one
            table = _only_table(gpkg)
        # the import's own column plan: a log's "q.choice" or "q_other" finds its typed column
        if shared is not None:
            from ..core.teams.cleaned import shared_survey_names

            names = shared_survey_names(*shared)
        else:
            names = cleaning_apply.survey_names(gpkg, table) if table else cleaning_apply.SurveyNames()
        if not names:  # a raw export: a name two groups share is found as runchecks and the importer name it
            from ..core.cleaning.checks.question_columns import shared_name_columns

            paths = shared_name_columns(fields.names()).items()
            names = cleaning_apply.SurveyNames({name: header for header, name in paths})
        refuse_repeat_table(layer)
        # the rows an earlier run applied to this layer (its own output) are not applied twice
        recorded = applied_rows.read_applied(gpkg, table)
        log, skipped = applied_rows.skip_applied(log, recorded, log_name)
        if skipped:
            feedback.pushInfo(skipped)
        # a decision written on a choice's label column is one on its answer: the label follows the answer
        log, on_labels, unreadable = rows_on_labels(log, fields.names(), names, log_name)
        if unreadable:
            raise CartongError(cleaning_log.problems_message(unreadable, log_name))
        for note in on_labels:
            feedback.pushWarning(note)
        ids = _feature_ids(layer)
        plan = cleaning_apply.plan_cleaning(
            layer_uuids(layer, cleaning_log.UUID_COLUMN),
            fields.names(),
            log,
            source=log_name,
            names=names,
            protected=_protected_columns(layer),
            ids=ids,
            matches=_old_value_of(layer, ids),
        )
        for note in plan.summary.notes:
            feedback.pushWarning(note)
        # every new value is converted before the output exists: a bad value leaves no half-written layer
        changes: dict[int, dict[int, object]] = {}
        old_values = {entry.row or i: entry.old_value for i, entry in enumerate(log, start=2)}
        expected: dict[tuple[int, int], tuple[str, int]] = {}  # (row, field) -> (the log's old value, log row)
        refused = []  # every value that does not fit, listed at once
        timing = _SurveyTime(layer, gpkg, table, names, ids)  # date-times without an offset: the survey's own
        for column, cells in plan.changes.items():
            index = fields.indexOf(column)
            for pos, text, number in cells:
                try:
                    value = _convert(fields.at(index), text, number, log_name, plan.decimal, column in names.flags)
                    value = timing.placed(value, pos, column, text, number, log_name)
                except CartongError as err:
                    refused.append(err)
                    continue
                changes.setdefault(pos, {})[index] = value
                expected[(pos, index)] = (old_values.get(number, ""), number)
        if refused:
            from ..core.cleaning.log_values import all_refused

            raise all_refused(refused, log_name)

        from ..core.cleaning.choice_filters import FilterCheck, read_choice_filters
        from ..core.cleaning.choice_follow import ChoiceFollower, raw_export_choices
        from ..core.cleaning.cleaned_layer import (
            CleanedWriter,
            coordinate_fields,
            restore_exact_values,
        )

        writing = CleanedWriter(
            plan,
            changes,
            expected,
            # a raw export's choice columns, without the import's plan, are found by their headers
            ChoiceFollower(names if names.selects else raw_export_choices(fields.names()), fields.names(), NULL),
            coordinate_fields(fields, gpkg),
            feedback,
            every_date_time=not (gpkg and table),
            filters=FilterCheck(names, fields.names(), *read_choice_filters(gpkg), NULL),
        )
        destination = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        # the repeat rows of the submissions the log removes (the cleaned GeoPackage gets its repeat tables without)
        repeats = cleaned_repeats.repeat_rows(
            gpkg if table else None,
            table,
            {fid for fid, kept in zip(ids, plan.keep) if not kept},
            {fid for fid, kept in zip(ids, plan.keep) if kept},
        )
        beside = False
        into = _schema_table(shared, destination)
        if into is None:
            from .atomic_sink import atomic_sink

            # a temporary file renamed when whole and exact: a failed or cancelled run keeps the previous output
            with atomic_sink(self, parameters, "OUTPUT", context, fields, layer.wkbType(), layer.crs()) as written:
                writing.write(written.sink, layer)
                written.close(refusal_is_failure=False)  # flushed, closed and checked before the result is used
                if feedback.isCanceled() or writing.refused:  # a cleaned layer missing rows must not look like one
                    raise CartongError(writing.refusal() or tr("Cancelled: no cleaned layer was written."))
                # date-times as the survey keeps them (QGIS 3.22 drops milliseconds and "Z"), no empty points
                restore_exact_values(
                    written.dest_id,
                    gpkg if table else None,
                    table,
                    writing.date_times,
                    writing.placeless,
                    name=str(written.target or ""),
                )
                records = applied_rows.applied_records(log, plan.applied, written.layer, log_name, recorded)
                if written.new_geopackage and records:  # what it was built with: the log applied again skips it
                    applied_rows.write_applied(written.temporary, records)
                from ..core.survey.column_notes import COLUMNS_TABLE, copy_column_notes
                from ..core.survey.import_metadata import FORM_TABLES, copy_stored_form

                if written.new_geopackage and table and written.layer.casefold() != COLUMNS_TABLE:
                    copy_column_notes(gpkg, table, written.temporary, written.layer)  # which export column is which
                if written.new_geopackage and table and written.layer.casefold() not in FORM_TABLES:
                    copy_stored_form(gpkg, written.temporary)  # its people lists and calculated coordinates
                taken = {written.layer.casefold(), applied_rows.APPLIED_TABLE, cleaned_repeats.METADATA_TABLE}
                if written.new_geopackage and repeats.tables and not taken & {t.casefold() for t in repeats.tables}:
                    cleaned_repeats.write_repeat_tables(
                        gpkg, table, written.temporary, written.layer, repeats, log_name
                    )
                    beside = True
            dest_id = written.dest_id
        else:
            dest_id = self._write_into_schema(layer, writing, shared, into, context, feedback)
        summary = plan.summary
        summary.changed_values = writing.changed  # cells of kept rows whose value is now another one
        writing.report(feedback)
        if temporary:
            feedback.pushWarning(cleaned_to.temporary_sentence(temporary))
        said, warning = cleaned_repeats.left_out_sentence(repeats.counts(), beside, destination)
        if said:
            (feedback.pushWarning if warning else feedback.pushInfo)(said)
        feedback.pushInfo(
            listed(
                [
                    trn("%n value changed", "%n values changed", summary.changed_values),
                    trn("%n submission removed", "%n submissions removed", summary.removed_submissions),
                    trn("%n log row pending", "%n log rows pending", summary.pending),
                ]
            )
            + "."
        )
        return {
            "OUTPUT": dest_id,
            "CHANGED_VALUES": summary.changed_values,
            "REMOVED_SUBMISSIONS": summary.removed_submissions,
            "PENDING": summary.pending,
            "NO_ACTION": summary.no_action,
        }

    def _write_into_schema(self, layer, writing, shared, table, context, feedback) -> str:
        """The cleaned layer built in a temporary GeoPackage, then put into the survey's schema (one transaction)."""
        import tempfile
        from pathlib import Path

        from qgis.core import QgsDataSourceUri, QgsProcessingContext

        from ..core.base.errors import CartongError
        from ..core.teams.cleaned import write_cleaned_table

        target, schema, _ = shared
        with tempfile.TemporaryDirectory(prefix="cartong_clean_") as folder:
            built = str(Path(folder) / "cleaned.gpkg")
            sink, _ = self.parameterAsSink(
                {"OUTPUT": built}, "OUTPUT", context, layer.fields(), layer.wkbType(), layer.crs()
            )
            writing.write(sink, layer)
            del sink
            if feedback.isCanceled() or writing.refused:
                raise CartongError(writing.refusal() or tr("Cancelled: no cleaned layer was written."))
            from ..core.cleaning.cleaned_layer import null_placeless

            null_placeless(built, writing.placeless)  # rows without a place: NULL, not an empty point
            report = write_cleaned_table(built, target, schema, table, feedback)
        feedback.pushInfo(
            tr("The cleaned layer is the table {table} of {schema} in {target} ({rows} rows).").format(
                table=table, schema=schema, target=target.label, rows=report.rows
            )
        )
        uri = QgsDataSourceUri(layer.source())
        uri.setDataSource(schema, table, uri.geometryColumn() or None, "", "fid")
        dest_id = "postgres://" + uri.uri(False)
        context.addLayerToLoadOnCompletion(
            dest_id, QgsProcessingContext.LayerDetails(table, context.project(), "OUTPUT")
        )
        return dest_id


def _say_other_decisions(log, log_name: str, log_path, shared, gpkg, feedback) -> None:
    """Warn, naming the rows, when the survey's own cleaning log (its GeoPackage's, or its schema's) decides
    otherwise than the log file chosen on the same flags (decisions merged from the field, other reviewers')."""
    from pathlib import Path

    from ..core.cleaning import log as cleaning_log

    if shared is not None:
        from ..core.teams.review import load_log

        own, own_name = [row.entry for row in load_log(shared[0], shared[1])], f"{shared[1]}.{cleaning_log.LOG_LAYER}"
    elif gpkg and Path(gpkg).resolve() != Path(log_path).resolve():
        from ..core.cleaning.log_files import read_log_from_gpkg

        own, own_name = read_log_from_gpkg(gpkg), f"{Path(gpkg).name} ({cleaning_log.LOG_LAYER})"
    else:
        return
    pairs = cleaning_log.other_decisions(log, own)
    if pairs:
        feedback.pushWarning(cleaning_log.other_decisions_sentence(pairs, log_name, own_name))


def _feature_ids(layer) -> list[int]:
    """The feature ids of ``layer`` in feature order (the rows notes name)."""
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return [feature.id() for feature in layer.getFeatures(request)]


class _SurveyTime:
    """A new date-time without an offset placed in the survey's own (core/cleaning/log_times)."""

    def __init__(self, layer, gpkg, table, names, ids):
        from ..core.cleaning.log_times import RawOffsets

        self.layer, self.ids, self.utc = layer, ids, {}
        self.offsets = RawOffsets(gpkg, table, names) if gpkg and table else None

    def placed(self, value, pos: int, column: str, text: str, number: int, source: str):
        from qgis.PyQt.QtCore import QDateTime, Qt

        from ..core.base.errors import CartongError
        from ..core.cleaning.log_times import AS_RECEIVED, no_offset_sentence, offset_seconds

        if not isinstance(value, QDateTime) or value.timeSpec() != Qt.TimeSpec.LocalTime:
            return value
        offset = self.offsets.offset(self.ids[pos], column) if self.offsets else None
        if offset is None and self._in_utc(column):
            raise CartongError(no_offset_sentence(text, column, number, source), row=number, field=column)
        if offset is None or (offset == AS_RECEIVED and not self._in_utc(column)):
            return value  # a column of local times: kept as typed, as the survey's are
        placed = QDateTime(value)
        if offset == AS_RECEIVED:  # the import took this answer as UTC: the new value too
            placed.setTimeSpec(Qt.TimeSpec.UTC)
            return placed
        placed.setOffsetFromUtc(offset_seconds(offset))
        return placed.toUTC()

    def _in_utc(self, column: str) -> bool:
        """Whether the survey keeps ``column`` in UTC: its GeoPackage text ends with "Z" (QGIS 3.22 reads it
        as a local time), a PostgreSQL column is a timestamp with time zone."""
        if column not in self.utc:
            if self.offsets is not None:
                self.utc[column] = self.offsets.kept_in_utc(column)
            else:
                field = self.layer.fields().field(column)
                self.utc[column] = field.typeName().lower() in ("timestamptz", "timestamp with time zone")
        return self.utc[column]


def _old_value_of(layer, ids):
    """``matches`` for plan_cleaning: whether the feature at a position holds a log row's old value
    (read only for the rows of a uuid several submissions share)."""
    from ..core.cleaning.cleaned_layer import is_old_value

    def matches(pos: int, column: str, old: str) -> bool:
        return is_old_value(layer.getFeature(ids[pos]).attribute(column), old)

    return matches


def _protected_columns(layer) -> set[str]:
    """The fields of ``layer`` that are no answers: its key (a new fid would take another row's place)
    and its geometry column when the provider lists it among the fields."""
    from qgis.core import QgsDataSourceUri

    fields = layer.fields()
    names = {name for name in fields.names() if name.lower() == "fid"}
    names |= {fields.at(index).name() for index in layer.primaryKeyAttributes()}
    geometry = QgsDataSourceUri(layer.source()).geometryColumn()
    return names | ({geometry} if geometry else set())


def _only_table(gpkg) -> str:
    """The name of the only table of features (or attributes) of ``gpkg``, the tables beside a cleaned layer
    (its record, its repeat tables and their metadata) aside; "" when there are several."""
    import sqlite3
    from contextlib import closing

    from ..core.cleaning.cleaned_repeats import beside_tables

    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            names = [
                row[0]
                for row in db.execute(
                    "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes')"
                )
            ]
    except sqlite3.Error:
        return ""
    names = [name for name in names if name not in beside_tables(gpkg)]
    return names[0] if len(names) == 1 else ""


def _shared_survey(layer):
    """(database, schema, table) when ``layer`` is a table of a survey schema in PostgreSQL, else None."""
    if layer is None or layer.providerType() != "postgres":
        return None
    from ..core.teams.cleaned import layer_survey_table

    return layer_survey_table(layer.source())


def _schema_table(shared, destination: str):
    """The table of the survey's schema the cleaned layer goes to, or None for the output QGIS writes.

    A PostGIS survey with the default (temporary) output: ``<table>_cleaned`` beside it; an output
    chosen as a table of the same schema: that table. Any other output (a file, another database) is
    written by QGIS as for any layer.
    """
    from qgis.core import QgsDataSourceUri

    from ..core.teams.cleaned import cleaned_table_name

    if shared is None:
        return None
    if destination.startswith("memory:"):
        return cleaned_table_name(shared[2])
    # "postgis:" is what the dialog's "Save to Database Table" gives; "postgres://" a layer source
    for prefix in ("postgres://", "postgres:", "postgis:"):
        if destination.startswith(prefix):
            uri = QgsDataSourceUri(destination[len(prefix) :])
            if uri.schema() == shared[1] and uri.database() == QgsDataSourceUri(shared[0].conninfo).database():
                return uri.table()
    return None


def _convert(field, text: str, log_row: int, log_path, decimal, flag: bool):
    """The log's text as a value of ``field`` (see core/cleaning/log_values); an empty text is NULL."""
    from pathlib import Path

    from qgis.core import NULL
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

    from ..core.base.qgis_compat import field_kind
    from ..core.cleaning import log_values

    if text == "":
        return NULL
    kind = field_kind(field)
    where = {"column": field.name(), "row": log_row, "source": Path(str(log_path)).name}
    if kind == "int":
        return (
            log_values.parse_flag(text, **where)
            if flag
            else log_values.parse_number(text, True, decimal=decimal, **where)
        )
    if kind == "double":
        return log_values.parse_number(text, False, decimal=decimal, **where)
    if kind == "bool":
        return log_values.parse_bool(text, **where)
    if kind == "date":
        day = log_values.parse_date(text, **where)
        return QDate(day.year, day.month, day.day)
    if kind == "datetime":
        if log_values.excel_serial(text) is None:
            value = QDateTime.fromString(text.strip(), Qt.DateFormat.ISODateWithMs)
            if value.isValid():
                # the survey keeps date-times in UTC: "10:08+01:00" is 09:08 UTC, not 10:08
                return value.toUTC() if value.timeSpec() != Qt.TimeSpec.LocalTime else value
        moment = log_values.parse_datetime(text, **where)
        return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
    return text
