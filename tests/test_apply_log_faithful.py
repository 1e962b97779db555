# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog does what the log says and says what it did (found by an attack on real
and hand-edited logs): a renamed header never blanks values, counts are the cells that changed,
labels and choice columns follow a changed answer, offsets are turned into UTC, row numbers are
the file's, a cancel leaves no cleaned layer."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, files_under, import_sample
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,new_value,issue,change_type"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    gpkg = import_sample(tmp_path_factory.mktemp("apply") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        rows = db.execute(
            "SELECT _uuid, hh_size, head_gender, water_problems FROM survey "
            "WHERE consent = 'yes' AND head_gender = 'female' AND water_problems NOT LIKE '%queue%' "
            "ORDER BY fid LIMIT 4"
        ).fetchall()
    return gpkg, rows


def _cells(gpkg, uuid, *columns):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f"SELECT {', '.join(columns)} FROM survey WHERE _uuid = ?", (uuid,)).fetchone()


def _cleaned(out, uuid, *columns):
    with closing(sqlite3.connect(out)) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents ORDER BY rowid").fetchone()[0]  # the layer first
        return db.execute(f'SELECT {", ".join(columns)} FROM "{table}" WHERE _uuid = ?', (uuid,)).fetchone()


def test_a_retyped_new_value_header_is_read_and_a_missing_one_is_refused(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    (u1, size1, *_), (u2, *_) = rows[0], rows[1]
    spelled = _log(
        tmp_path, f"uuid,question,old_value,New value,change_type\n{u1},hh_size,{size1},17,change_response\n"
    )
    result = _apply(gpkg, spelled, tmp_path / "spelled.gpkg")
    assert result["CHANGED_VALUES"] == 1 and _cleaned(tmp_path / "spelled.gpkg", u1, "hh_size") == (17,)
    other = _log(tmp_path, f"uuid,question,old_value,valeur,change_type\n{u2},hh_size,4,7,change_response\n", "o.csv")
    with pytest.raises(QgsProcessingException, match=r"o\.csv has rows of change_response but no column new_value"):
        _apply(gpkg, other, tmp_path / "other.gpkg")
    assert not (tmp_path / "other.gpkg").exists()


def test_counts_are_the_cells_that_changed_in_the_kept_rows(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    (u1, size1, *_), (u2, size2, *_), (u3, *_) = rows[:3]
    log = _log(
        tmp_path,
        f"{HEADER}\n"
        f"{u1},hh_size,{size1},{size1 + 5},outlier,change_response\n"  # a change
        f"{u2},hh_size,{size2},{size2},outlier,change_response\n"  # the value it already has
        f"{u3},hh_size,1,30,outlier,change_response\n"  # on a submission removed below
        f"{u3},_uuid,,,duplicate,remove_survey\n",
    )
    result = _apply(gpkg, log, tmp_path / "out.gpkg")
    assert (result["CHANGED_VALUES"], result["REMOVED_SUBMISSIONS"]) == (1, 1)


def test_rows_changing_one_cell_differently_are_noted_and_the_last_one_wins(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    u1 = rows[0][0]
    log = _log(tmp_path, f"{HEADER}\n{u1},hh_size,,7,x,change_response\n{u1},hh_size,,8,x,change_response\n")
    feedback = RecordingFeedback()
    _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    assert _cleaned(tmp_path / "out.gpkg", u1, "hh_size") == (8,)
    assert any("Rows 2 and 3" in w and "'7', then '8'" in w for w in feedback.warnings)


def test_error_rows_are_the_files_own_rows_blank_lines_included(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    u1, u2 = rows[0][0], rows[1][0]
    log = _log(
        tmp_path, f"{HEADER}\n{u1},hh_size,,7,x,change_response\n\n,,,,,\n\n{u2},hh_size,,abc,x,change_response\n"
    )
    with pytest.raises(QgsProcessingException, match=r"Row 6 of the cleaning log log\.csv"):
        _apply(gpkg, log, tmp_path / "out.gpkg")


def test_a_changed_answer_brings_its_label(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    u1 = rows[0][0]
    log = _log(tmp_path, f"{HEADER}\n{u1},head_gender,female,male,typo,change_response\n")
    feedback = RecordingFeedback()
    result = _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    with closing(sqlite3.connect(gpkg)) as db:
        labels = dict(db.execute("SELECT name, label FROM form_choices WHERE list_name = 'gender'").fetchall())
    assert _cells(gpkg, u1, "head_gender_label") == (labels["female"],)
    assert _cleaned(tmp_path / "out.gpkg", u1, "head_gender", "head_gender_label") == ("male", labels["male"])
    assert result["CHANGED_VALUES"] == 1 and any("1 label was updated" in line for line in feedback.infos)


def _disagreeing_log(folder, rows):
    """A log setting a choice column of the first row's water_problems, and the second row's answer alone."""
    (u1, *_), (u2, _s2, _g2, answer2) = rows[0], rows[1]
    return _log(
        folder,
        f"{HEADER}\n{u1},water_problems/queue,0,1,seen,change_response\n"
        f"{u2},water_problems,{answer2},queue cost,recoded,change_response\n",
    )


def test_choice_columns_left_disagreeing_with_their_answer_are_said_not_repaired(cartong_provider, survey, tmp_path):
    """The log changes the cells it names, as cleaningtools in R does; an answer and its choice columns it
    leaves disagreeing are reported (the map would count the answer, a table the choice columns)."""
    gpkg, rows = survey
    (u1, _s, _g, answer1), (u2, *_) = rows[0], rows[1]
    feedback = RecordingFeedback()
    result = _apply(gpkg, _disagreeing_log(tmp_path, rows), tmp_path / "out.gpkg", feedback)
    out = tmp_path / "out.gpkg"
    assert _cleaned(out, u1, "water_problems", "water_problems_queue") == (answer1, 1)
    assert _cleaned(out, u2, "water_problems", "water_problems_queue") == ("queue cost", 0)
    assert result["CHANGED_VALUES"] == 2
    assert any(
        w.startswith("water_problems: in 2 submissions the answer and its choice columns disagree")
        for w in feedback.warnings
    )


def test_a_raw_exports_choice_columns_left_disagreeing_are_said_too(cartong_provider, survey, tmp_path, sample_dir):
    """The same log on the raw Kobo CSV (``household/water_problems`` and its ``household/water_problems/<choice>``
    columns): the same sentence, where the raw export said nothing (attack 10)."""
    import processing

    _gpkg, rows = survey
    (u1, _s, _g, answer1), (u2, *_) = rows[0], rows[1]
    log = _disagreeing_log(tmp_path, rows)
    feedback = RecordingFeedback()
    out = tmp_path / "out.gpkg"
    raw = str(sample_dir / "household_survey_kobo.csv")
    result = processing.run(
        "cartong:applycleaninglog", {"INPUT": raw, "LOG": str(log), "OUTPUT": str(out)}, feedback=feedback
    )
    answer, queue = '"household/water_problems"', '"household/water_problems/queue"'
    assert _cleaned(out, u1, answer, queue) == (answer1, "1")
    assert _cleaned(out, u2, answer, queue) == ("queue cost", "0")
    assert result["CHANGED_VALUES"] == 2
    assert any(
        w.startswith("household/water_problems: in 2 submissions the answer and its choice columns disagree")
        for w in feedback.warnings
    ), feedback.warnings


def test_a_date_time_with_an_offset_is_kept_as_the_same_moment_in_utc(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    u1 = rows[0][0]
    log = _log(tmp_path, f"{HEADER}\n{u1},start,,2026-03-05T10:08:16+01:00,clock,change_response\n")
    _apply(gpkg, log, tmp_path / "out.gpkg")
    assert _cleaned(tmp_path / "out.gpkg", u1, "start") == ("2026-03-05T09:08:16.000Z",)


def test_date_times_the_log_leaves_keep_their_text(cartong_provider, survey, tmp_path):
    """Milliseconds and the UTC "Z" of every start, end and _submission_time stay as imported (QGIS 3.22's
    writer dropped both: 09:08:16.520Z became 09:08:16.000, a time without a zone)."""
    gpkg, rows = survey
    log = _log(tmp_path, f"{HEADER}\n{rows[0][0]},hh_size,,7,x,change_response\n")
    _apply(gpkg, log, tmp_path / "out.gpkg")
    query = 'SELECT fid, start, "end", _submission_time, today FROM {} ORDER BY fid'
    with closing(sqlite3.connect(gpkg)) as db:
        before = db.execute(query.format("survey")).fetchall()
    with closing(sqlite3.connect(tmp_path / "out.gpkg")) as db:
        after = db.execute(query.format('"out"')).fetchall()
    assert after == before and any(".000Z" not in row[1] for row in after)


def test_a_cancelled_apply_leaves_no_cleaned_layer(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    log = _log(tmp_path, f"{HEADER}\n{rows[0][0]},hh_size,,7,x,change_response\n")
    folder = tmp_path / "out"
    folder.mkdir()
    feedback = RecordingFeedback()
    feedback.cancel()  # cancelled as soon as the cleaned layer is being written
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        _apply(gpkg, log, folder / "cleaned.gpkg", feedback)
    assert files_under(folder) == set()


def test_the_point_follows_the_coordinates_of_its_own_geopoint(qgis_app):
    """Coordinates split as _<geopoint>_latitude/_longitude, whatever the geopoint's name."""
    from qgis.core import QgsFields

    from cartong_plugin.core.base.qgis_compat import new_field
    from cartong_plugin.core.cleaning.cleaned_layer import coordinate_fields as _coordinate_fields

    def fields(*names):
        out = QgsFields()
        for name in names:
            out.append(new_field(name, "double"))
        return out

    assert _coordinate_fields(fields("a", "_gps_latitude", "_gps_longitude"), None) == (1, 2)
    two = fields("_home_latitude", "_home_longitude", "_location_latitude", "_location_longitude")
    assert _coordinate_fields(two, None) == (2, 3)  # the import's usual location column
    assert _coordinate_fields(fields("_gps_latitude", "lon"), None) == (-1, -1)


def test_a_change_whose_old_value_is_not_the_surveys_is_reported(cartong_provider, survey, tmp_path):
    """A log made for another version of the data: applied, but said (the old value is what the reviewer read)."""
    gpkg, rows = survey
    (u1, size1, *_), (u2, size2, *_), (u3, size3, *_) = rows[:3]
    log = _log(
        tmp_path,
        f"{HEADER}\n{u1},hh_size,{size1},{size1 + 1},x,change_response\n"  # as read: nothing to say
        f"{u2},hh_size,{size2 + 90},9,x,change_response\n"  # another value than the survey's
        f"{u3},hh_size,,{size3 + 1},x,change_response\n",  # no old value given: nothing to say
    )
    feedback = RecordingFeedback()
    _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    said = [w for w in feedback.warnings if "old value the survey does not have" in w]
    assert said == [
        f"1 change of the cleaning log names an old value the survey does not have (first: row 3, hh_size: "
        f"'{size2 + 90}' in the log, '{size2}' in the survey). Was the log made for this survey?"
    ]
    assert _cleaned(tmp_path / "out.gpkg", u2, "hh_size") == (9,)


def test_a_uuid_in_capitals_or_with_odks_prefix_finds_its_submission(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    (u1, size1, *_), (u2, size2, *_) = rows[0], rows[1]
    log = _log(
        tmp_path,
        f"{HEADER}\n{u1.upper()},hh_size,,{size1 + 40},x,change_response\n"
        f" uuid:{u2} ,hh_size,,{size2 + 40},x,change_response\n",
    )
    feedback = RecordingFeedback()
    result = _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    assert result["CHANGED_VALUES"] == 2 and not [w for w in feedback.warnings if "skipped" in w]
    out = tmp_path / "out.gpkg"
    assert (_cleaned(out, u1, "hh_size"), _cleaned(out, u2, "hh_size")) == ((size1 + 40,), (size2 + 40,))


def test_a_value_split_by_its_decimal_comma_is_refused_with_its_row(cartong_provider, survey, tmp_path):
    """REACH's column order, new_value last: an unquoted 30500,75 in a comma-separated log would lose ',75'."""
    gpkg, rows = survey
    u1 = rows[0][0]
    log = _log(tmp_path, f"uuid,question,issue,change_type,new_value\n{u1},income_month,x,change_response,30500,75\n")
    with pytest.raises(QgsProcessingException, match=r"Row 2 of the cleaning log log\.csv has 6 cells for 5 columns"):
        _apply(gpkg, log, tmp_path / "out.gpkg")
    padded = _log(tmp_path, f"uuid,question,new_value,change_type\n{u1},hh_size,7,change_response,,\n", "p.csv")
    assert _apply(gpkg, padded, tmp_path / "padded.gpkg")["CHANGED_VALUES"] == 1  # empty cells a spreadsheet added


def test_a_cancel_into_an_existing_geopackage_removes_only_the_new_layer(cartong_provider, survey, tmp_path):
    """A GeoPackage the user chose that holds other tables (a raster basemap here): only the cleaned
    layer the cancelled run added goes, never the file."""
    from osgeo import gdal

    gpkg, rows = survey
    basemap = tmp_path / "basemap.gpkg"
    raster = gdal.GetDriverByName("GPKG").Create(str(basemap), 4, 4, 3, gdal.GDT_Byte)
    raster.SetGeoTransform([0, 1, 0, 0, 0, -1])
    raster = None
    before = basemap.read_bytes()
    feedback = RecordingFeedback()
    feedback.cancel()
    log = _log(tmp_path, f"{HEADER}\n{rows[0][0]},hh_size,,7,x,change_response\n")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        _apply(gpkg, log, f"ogr:dbname='{basemap}' table=\"cleaned\" (geom)", feedback)
    assert basemap.exists()
    with closing(sqlite3.connect(basemap)) as db:
        assert [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")] == ["basemap"]
    assert len(basemap.read_bytes()) >= len(before) // 2  # the raster is still there


def test_date_times_are_left_alone_when_rows_cannot_be_matched(cartong_provider, survey, tmp_path):
    """An input whose key is not "fid" (ArcGIS's OBJECTID): QGIS numbers the output afresh, so no text is
    copied across by id (it would be another row's); no traceback either."""
    from osgeo import gdal

    gpkg, rows = survey
    other = tmp_path / "objectid.gpkg"
    gdal.VectorTranslate(str(other), str(gpkg), layers=["survey"], layerCreationOptions=["FID=OBJECTID"])
    log = _log(tmp_path, f"{HEADER}\n{rows[0][0]},hh_size,,7,x,change_response\n{rows[1][0]},_uuid,,,d,remove_survey\n")
    result = _apply_to(f"{other}|layername=survey", log, tmp_path / "out.gpkg")
    assert result["CHANGED_VALUES"] == 1 and result["REMOVED_SUBMISSIONS"] == 1


def test_emptied_coordinates_leave_the_point_unknown(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    u1 = rows[0][0]
    log = _log(
        tmp_path,
        f"{HEADER}\n{u1},_location_latitude,,,gps.zero,blank_response\n{u1},_location_longitude,,,gps.zero,blank_response\n",
    )
    _apply(gpkg, log, tmp_path / "out.gpkg")
    assert _cleaned(tmp_path / "out.gpkg", u1, "geom") == (None,)
    with closing(sqlite3.connect(gpkg)) as db:  # and the rows imported without a place keep none
        missing = {row[0] for row in db.execute("SELECT _uuid FROM survey WHERE geom IS NULL")}
    with closing(sqlite3.connect(tmp_path / "out.gpkg")) as db:
        assert {row[0] for row in db.execute('SELECT _uuid FROM "out" WHERE geom IS NULL')} == missing | {u1}


def test_quotes_inside_a_cell_are_not_taken_for_an_extra_cell(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    u1 = rows[0][0]
    log = _log(
        tmp_path,
        f'uuid,question,new_value,change_type,explanation\n{u1},hh_size,7,change_response,He said "5, not 50"\n',
    )
    assert _apply(gpkg, log, tmp_path / "out.gpkg")["CHANGED_VALUES"] in (0, 1)


def _apply_to(source, log, out):
    import processing

    return processing.run(
        "cartong:applycleaninglog", {"INPUT": source, "LOG": str(log), "OUTPUT": str(out)}, feedback=RecordingFeedback()
    )


def test_dates_typed_in_excel_are_read_as_the_dates_they_show(cartong_provider, survey, tmp_path):
    """Excel makes a typed 2026-03-05 a date cell, read as 2026/03/05; a date-time cell has no zone:
    taken in the survey's own offset (+01:00 in that submission's raw start), kept in UTC as the survey's."""
    from tests.xlsx_cells import write_xlsx

    gpkg, rows = survey
    u1, u2 = rows[0][0], rows[1][0]
    log = tmp_path / "edited.xlsx"
    date, moment = (46086, 1), (46086.521, 2)  # 2026-03-05 and 2026-03-05 12:30:14.400
    write_xlsx(
        log,
        HEADER.split(","),
        [[u1, "today", "", date, "typo", "change_response"], [u2, "start", "", moment, "clock", "change_response"]],
        [(14, None), (22, None)],
    )
    result = _apply(gpkg, log, tmp_path / "out.gpkg")
    assert result["CHANGED_VALUES"] == 2
    assert _cleaned(tmp_path / "out.gpkg", u1, "today") == ("2026-03-05",)
    assert _cleaned(tmp_path / "out.gpkg", u2, "start") == ("2026-03-05T11:30:14.400Z",)


@pytest.mark.parametrize("separator", [".", "-"])
def test_choice_columns_of_a_raw_export_grouped_with_dots_or_dashes_are_found(
    cartong_provider, survey, tmp_path, sample_dir, separator
):
    """Kobo's "." group separator (``household.water_problems.queue``) and ODK Central's "-": an answer changed
    without its choice columns was said only with "/" headers (attack 11)."""
    import processing

    _gpkg, rows = survey
    u2, answer2 = rows[1][0], rows[1][3]
    text = (sample_dir / "household_survey_kobo.csv").read_text(encoding="utf-8-sig")
    header, rest = text.split("\n", 1)
    raw = tmp_path / "raw.csv"
    raw.write_text(header.replace("/", separator) + "\n" + rest, encoding="utf-8")
    log = _log(tmp_path, f"{HEADER}\n{u2},water_problems,{answer2},queue cost,recoded,change_response\n")
    feedback = RecordingFeedback()
    out = tmp_path / "out.gpkg"
    result = processing.run(
        "cartong:applycleaninglog", {"INPUT": str(raw), "LOG": str(log), "OUTPUT": str(out)}, feedback=feedback
    )
    answer = f"household{separator}water_problems"
    assert _cleaned(out, u2, f'"{answer}"', f'"{answer}{separator}queue"') == ("queue cost", "0")
    assert result["CHANGED_VALUES"] == 1
    assert any(
        w.startswith(f"{answer}: in 1 submission the answer and its choice columns disagree") for w in feedback.warnings
    ), feedback.warnings
