# SPDX-License-Identifier: GPL-3.0-or-later
"""Real exports written by others, through cartong:importsurvey: nothing lost, nothing mislabelled.

HXL hashtag rows are metadata, empty rows at the end are not submissions, repeated column names get
suffixes (and "labels" exports still find their questions). Inputs are the real files of
tests/data/real, or written here from them and from the sample when no real file shows the case.
"""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from tests.conftest import REAL_DATA

HXL = REAL_DATA / "HXLStandard+libhxl-python/tests/files/test_io/input-valid.csv"
REACH = REAL_DATA / "impact-initiatives+cleaningtools/data-raw"
SPEC_FORM = REAL_DATA / "XLSForm+pyxform/tests/example_xls/xlsform_spec_test.xlsx"


def _import(data, output, form=None):
    """processing.run("cartong:importsurvey") as a user runs it: (result, warnings pushed)."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    feedback = Recorder()
    params = {"DATA": str(data), "OUTPUT": str(output)}
    if form:
        params["FORM"] = str(form)
    return processing.run("cartong:importsurvey", params, feedback=feedback), feedback.warnings


def _query(gpkg, sql, *args):
    with sqlite3.connect(str(gpkg)) as db:
        return db.execute(sql, args).fetchall()


def _csv(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


# ----------------------------------------------------------------------------- HXL hashtag rows

def test_hxl_rows_under_two_header_rows_are_not_submissions(cartong_provider, tmp_path):
    records = _csv(HXL)  # a group header row, the header row, the hashtag row, then 4 submissions
    result, warnings = _import(HXL, tmp_path / "hxl.gpkg")
    assert result["ROWS"] == len(records) - 3 == 4
    assert [r[0] for r in _query(tmp_path / "hxl.gpkg", "SELECT Registro FROM raw_survey ORDER BY fid")] == \
        [r[0] for r in records[3:]]
    assert any("rows 2 to 3 are header rows with HXL hashtags (8 tagged columns)" in w for w in warnings)
    assert not any("fewer fields" in w for w in warnings)  # the short one is the second header row, not a submission


def test_hxl_tags_and_header_texts_are_kept_per_column(cartong_provider, tmp_path):
    _import(HXL, tmp_path / "hxl.gpkg")
    rows = _query(tmp_path / "hxl.gpkg", "SELECT column_name, hxl_tag, header_rows, typed_column "
                                         "FROM cartong_columns WHERE table_name = 'raw_survey' ORDER BY position")
    assert rows[1] == ("Sector/Cluster", "#sector+es", json.dumps(["Qué?", "Sector/Cluster"], ensure_ascii=False),
                       "Cluster")
    assert [r[1] for r in rows] == [None, "#sector+es", "#subsector+es", "#org+es", "#targeted+f", "#targeted+m",
                                    "#country", "#adm1", "#date+reported"]
    comments = dict(_query(tmp_path / "hxl.gpkg", "SELECT column_name, description FROM gpkg_data_columns "
                                                  "WHERE table_name = 'survey'"))
    assert comments["Hombres"] == "#targeted+f" and comments["Estado"] == "#adm1"


@pytest.fixture()
def kobo_with_hxl(tmp_path, sample_dir):
    """The sample Kobo export with an HXL row under its header, as Kobo writes it when asked to."""
    records = _csv(sample_dir / "household_survey_kobo.csv", ";")
    header = records[0]
    tags = {"identification/admin1": "#adm1+code", "identification/admin2": "#adm2+code",
            "household/hh_size": "#affected +hh_size", "household/head_age": "#indicator+age"}
    path = tmp_path / "kobo_hxl.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, [tags.get(h, "") for h in header], *records[1:]])
    return path, records


def test_hxl_row_under_a_kobo_header_leaves_submissions_and_types_intact(cartong_provider, kobo_with_hxl,
                                                                         sample_dir, tmp_path):
    path, records = kobo_with_hxl
    result, warnings = _import(path, tmp_path / "k.gpkg", sample_dir / "household_survey_form.xlsx")
    assert result["ROWS"] == len(records) - 1 == 420
    sizes = _query(tmp_path / "k.gpkg", "SELECT hh_size FROM survey ORDER BY fid")
    expected = [int(v) if v else None for v in (r[records[0].index("household/hh_size")] for r in records[1:])]
    assert [s for (s,) in sizes] == expected  # not NULL, not shifted by one row
    assert not any("hh_size" in w and "not whole numbers" in w for w in warnings)
    tags = dict(_query(tmp_path / "k.gpkg", "SELECT typed_column, hxl_tag FROM cartong_columns WHERE hxl_tag <> ''"))
    assert tags == {"admin1": "#adm1+code", "admin2": "#adm2+code", "hh_size": "#affected+hh_size",
                    "head_age": "#indicator+age"}


def test_values_starting_with_a_hash_or_an_empty_row_are_not_a_tag_row(tmp_path, sample_dir):
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "hash.csv"
    path.write_text("name,comment\n,\nAwa,#urgent call back\n,#1\n", encoding="utf-8")
    table = read_csv_text(path)
    assert table.rows == 3 and not table.notes.hxl


# ----------------------------------------------------------------------------- empty rows at the end

def test_empty_rows_at_the_end_of_a_sheet_are_counted_not_imported(cartong_provider, tmp_path):
    from osgeo import gdal

    result, warnings = _import(SPEC_FORM, tmp_path / "spec.gpkg")
    # an independent count: GDAL's cells, the header row is the first feature (inline strings)
    ds = gdal.OpenEx(str(SPEC_FORM), gdal.OF_VECTOR, open_options=["HEADERS=DISABLE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayerByName("survey")
    cells = [[f.GetFieldAsString(i).strip() for i in range(f.GetFieldCount())] for f in layer]
    last = max(i for i, row in enumerate(cells) if any(row))
    assert result["ROWS"] == last == 56  # rows 2..57 of the sheet
    empty = len(cells) - 1 - last
    assert any(f"[survey]: {empty} empty rows at the end of the table are not submissions" in w for w in warnings)
    assert _query(tmp_path / "spec.gpkg", "SELECT count(*) FROM raw_survey") == [(56,)]


def test_csv_saved_by_excel_with_empty_rows_at_the_end(cartong_provider, sample_copy, tmp_path):
    source = sample_copy / "household_survey_kobo.csv"
    width = len(_csv(source, ";")[0])
    with open(source, "a", encoding="utf-8") as handle:
        handle.write((";" * (width - 1) + "\r\n") * 3 + ";" * (width - 1) + '" "\r\n')
    result, warnings = _import(source, tmp_path / "e.gpkg")
    assert result["ROWS"] == 420
    assert _query(tmp_path / "e.gpkg", "SELECT count(*) FROM raw_survey") == [(420,)]
    assert any("4 empty rows at the end of the table are not submissions" in w for w in warnings)


def test_an_empty_row_between_submissions_is_kept(tmp_path):
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "gap.csv"
    path.write_text("a,b\n1,2\n,\n3,4\n,\n", encoding="utf-8")
    assert read_csv_text(path).frame.to_numpy().tolist() == [["1", "2"], ["", ""], ["3", "4"]]


# ----------------------------------------------------------------------------- repeated column names

def test_repeated_column_names_get_suffixes_and_one_warning(cartong_provider, tmp_path, test_data_dir):
    source = test_data_dir / "bad" / "duplicated_columns.csv"
    result, warnings = _import(source, tmp_path / "d.gpkg")
    assert result["ROWS"] == 1
    raw = _query(tmp_path / "d.gpkg", "SELECT hh_size, hh_size_2 FROM raw_survey")
    assert raw == [("4", "5")]
    (warning,) = [w for w in warnings if "used more than once" in w]
    assert "'hh_size' (columns 2, 4, imported as 'hh_size', 'hh_size_2')" in warning
    assert _query(tmp_path / "d.gpkg", "SELECT column_name, received_name FROM cartong_columns "
                                       "WHERE table_name = 'raw_survey' AND position = 4") == [("hh_size_2", "hh_size")]
    assert _query(tmp_path / "d.gpkg", "SELECT name FROM gpkg_data_columns WHERE table_name = 'raw_survey' "
                                       "AND column_name = 'hh_size_2'") == [("hh_size",)]


def test_suffixes_skip_names_the_file_already_uses(tmp_path):
    from cartong_plugin.core.survey.export_shape import unique_headers

    warnings = []
    names = unique_headers(["Other", "other_2", "OTHER", "Other", "x"], "f.csv", warnings)
    assert names == ["Other", "other_2", "OTHER_3", "Other_4", "x"]
    assert len(warnings) == 1 and "columns 1, 3, 4" in warnings[0]


@pytest.fixture(scope="module")
def reach_labels_export(tmp_path_factory):
    """A Kobo "labels" export of the real REACH survey: the question columns of data.xlsx headed by
    their English label, as Kobo writes them (9 columns are all "If other, please specify")."""
    from osgeo import gdal

    from cartong_plugin.core.survey.xlsform import read_xlsform

    form = read_xlsform(REACH / "form.xlsx")
    by_name = {q.name: q for q in form.questions.values()}
    ds = gdal.OpenEx(str(REACH / "data.xlsx"), gdal.OF_VECTOR, open_options=["HEADERS=FORCE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    keep = [i for i, name in enumerate(names) if name in by_name and by_name[name].labels.get("English (en)")]
    rows = [[f.GetFieldAsString(i) for i in keep] for f in layer]
    path = tmp_path_factory.mktemp("labels") / "reach_labels.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([by_name[names[i]].labels["English (en)"] for i in keep])
        writer.writerows(rows)
    return path, [names[i] for i in keep], rows


def test_labels_export_with_repeated_labels_finds_each_question(cartong_provider, reach_labels_export, tmp_path):
    path, question_names, rows = reach_labels_export
    result, warnings = _import(path, tmp_path / "l.gpkg", REACH / "form.xlsx")
    assert result["ROWS"] == len(rows) == 632
    typed = _query(tmp_path / "l.gpkg", "SELECT typed_column FROM cartong_columns WHERE table_name = 'raw_survey' "
                                        "ORDER BY position")
    assert [t for (t,) in typed] == question_names  # the n-th "If other, please specify" is the n-th question
    (warning,) = [w for w in warnings if "used more than once" in w]
    assert "'If other, please specify' (columns" in warning


def test_unreadable_header_row_still_refused_with_its_place(tmp_path):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "tags_only.csv"
    path.write_text("adm1,affected\n#adm1,#affected\n,\n", encoding="utf-8")
    with pytest.raises(CartongError, match="tags_only.csv has a header row but no data rows"):
        read_csv_text(path)


def test_first_row_longer_than_the_header_is_refused_not_cut(tmp_path):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.survey.importer import import_survey

    path = tmp_path / "long.csv"
    path.write_text("a;b\n1;2;3\n4;5\n", encoding="utf-8")  # pandas would keep "1;2" and drop the 3
    with pytest.raises(CartongError, match=r"long\.csv, line 2: 3 fields where the header has 2"):
        import_survey(path, None, tmp_path / "long.gpkg")
    assert not (tmp_path / "long.gpkg").exists()


# ----------------------------------------------------------------------------- date-times

KOBOCAT_GOOD = REAL_DATA / "kobotoolbox+kobocat/onadata/libs/tests/fixtures/good.csv"


def _utc(text: str) -> str | None:
    """What a date-time written by ODK/Kobo is in UTC, as GeoPackage stores it (Python's reading)."""
    from datetime import datetime, timezone

    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)  # noqa: UP017
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def test_kobo_date_times_with_offsets_and_milliseconds_are_typed(cartong_provider, tmp_path):
    records = _csv(KOBOCAT_GOOD)
    header = records[0]
    result, warnings = _import(KOBOCAT_GOOD, tmp_path / "good.gpkg")
    typed = _query(tmp_path / "good.gpkg", "SELECT start_time, end_time, _submission_time FROM survey ORDER BY fid")
    expected = [tuple(_utc(r[header.index(h)]) for h in ("start_time", "end_time", "_submission_time"))
                for r in records[1:]]
    assert typed == expected and typed[0][0] == "2014-09-04T12:06:01.000Z"
    assert not any("not date-times" in w for w in warnings)


ODK_OFFSETS = ["2021-07-05T10:58:34.147+03", "2021-07-05T10:58:34+0300", "2021-07-05T10:58:34.147+03:00",
               "2021-07-05T07:58:34.5Z", "2021-07-05T02:58:34.147-05", "2021-07-05T10:58:34.123456+0530",
               "2021-07-05T10:58:34", ""]


def test_odk_collect_offsets_without_colon_are_typed_as_date_times(cartong_provider, sample_copy, tmp_path):
    records = _csv(sample_copy / "household_survey_kobo.csv", ";")
    column = records[0].index("start")
    rows = records[1:len(ODK_OFFSETS) + 1]
    for row, value in zip(rows, ODK_OFFSETS):
        row[column] = value
    path = tmp_path / "offsets.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([records[0], *rows])
    result, warnings = _import(path, tmp_path / "o.gpkg", sample_copy / "household_survey_form.xlsx")
    typed = [v for (v,) in _query(tmp_path / "o.gpkg", "SELECT start FROM survey ORDER BY fid")]
    assert typed == [_utc(v) for v in ODK_OFFSETS]
    assert typed[:2] == ["2021-07-05T07:58:34.147Z", "2021-07-05T07:58:34.000Z"]
    assert not any("column start:" in w for w in warnings)
    raw = [v for (v,) in _query(tmp_path / "o.gpkg", "SELECT start FROM raw_survey ORDER BY fid")]
    assert raw == ODK_OFFSETS  # the raw table keeps what ODK wrote


def test_offsets_without_colon_are_date_times_without_a_form(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    path = tmp_path / "collect.csv"
    path.write_text("start,name\n" + "".join(f"{v},x\n" for v in ODK_OFFSETS[:-1]), encoding="utf-8")
    import_survey(path, None, tmp_path / "c.gpkg")
    assert [v for (v,) in _query(tmp_path / "c.gpkg", "SELECT start FROM survey ORDER BY fid")] == \
        [_utc(v) for v in ODK_OFFSETS[:-1]]


# Excel number formats of date cells met in exports: GDAL alone keeps the time only of the 2nd and 4th
DATE_FORMATS = [(164, "yyyy-mm-dd h:mm:ss"), (22, None), (165, "[$-409]m/d/yy h:mm AM/PM;@"),
                (166, "dd/mm/yyyy hh:mm:ss"), (167, "yyyy-mm-dd hh:mm:ss.000")]


@pytest.fixture()
def kobo_xlsx_with_date_cells(tmp_path):
    """A Kobo-like XLSX export whose date columns are Excel date cells (numbers with a date format)."""
    from tests.xlsx_cells import write_xlsx

    path = tmp_path / "dated.xlsx"
    formats = DATE_FORMATS + [(14, None), (21, None), (168, "0.00"), (169, "[h]:mm:ss")]
    header = ["_uuid", "_submission_time", "today", "time_seen", "hh_size", "duration"]
    rows = []
    for style in range(1, len(DATE_FORMATS) + 1):  # 2021-07-05 09:34:15 (.151 for the 5th), day 44382
        moment = 44382.3987864699 if style == 5 else 44382.39878472222
        rows.append([f"uuid-{style}", (moment, style), (44382, 6), (0.5, 7), (4.0, 8), (1.25, 9)])
    write_xlsx(path, header, rows, formats)
    return path, len(rows)


def test_xlsx_date_cells_keep_their_time_of_day_in_the_raw_table(cartong_provider, kobo_xlsx_with_date_cells,
                                                                 tmp_path):
    path, count = kobo_xlsx_with_date_cells
    result, _warnings = _import(path, tmp_path / "x.gpkg")
    raw = _query(tmp_path / "x.gpkg", "SELECT _submission_time, today, time_seen, hh_size, duration "
                                      "FROM raw_survey ORDER BY fid")
    assert raw == [("2021-07-05T09:34:15", "2021-07-05", "12:00:00", "4", "1.25")] * (count - 1) + [
        ("2021-07-05T09:34:15.151", "2021-07-05", "12:00:00", "4", "1.25")]  # numbers stay numbers


def test_xlsx_submission_time_cells_are_typed_date_times(cartong_provider, kobo_xlsx_with_date_cells, tmp_path):
    path, count = kobo_xlsx_with_date_cells
    _import(path, tmp_path / "x.gpkg")
    typed = _query(tmp_path / "x.gpkg", "SELECT _submission_time, today FROM survey ORDER BY fid")
    assert typed[0] == ("2021-07-05T09:34:15.000Z", "2021-07-05")
    assert [t for t, _ in typed] == ["2021-07-05T09:34:15.000Z"] * (count - 1) + ["2021-07-05T09:34:15.151Z"]


@pytest.mark.parametrize(("number", "code"), DATE_FORMATS)
def test_each_date_time_format_alone_gives_the_time_of_day(number, code, tmp_path):
    from cartong_plugin.core.survey.export_readers import read_xlsx_text
    from tests.xlsx_cells import write_xlsx

    path = tmp_path / "one.xlsx"
    write_xlsx(path, ["_submission_time", "n"], [[(44382.39878472222, 1), "x"]], [(number, code)])
    assert read_xlsx_text(path)[0].frame.to_numpy().tolist() == [["2021-07-05T09:34:15", "x"]]


def test_xlsx_date_styles_are_read_from_a_copy_the_file_is_unchanged(kobo_xlsx_with_date_cells):
    import hashlib

    from cartong_plugin.core.survey.export_readers import read_xlsx_text

    path, _count = kobo_xlsx_with_date_cells
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    read_xlsx_text(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# ----------------------------------------------------------------------------- repeats flattened into one sheet

NESTED = REAL_DATA / "kobotoolbox+kobocat/onadata/apps/viewer/tests/fixtures/nested_repeats/nested_repeats.csv"
TUTORIAL = REAL_DATA / "kobotoolbox+kobocat/onadata/apps/main/tests/fixtures/csv_export/tutorial_w_repeats.csv"


def _items(records, prefix: str, fields: list[str], count: int):
    """Independent reading of flattened items: (submission row, n, values) of items not all empty or n/a."""
    header = records[0]
    found = []
    for row, record in enumerate(records[1:], start=1):
        for n in range(1, count + 1):
            values = [record[header.index(f"{prefix}[{n}]/{f}")] for f in fields]
            if any(v.strip().lower() not in ("", "n/a") for v in values):
                found.append((row, n, values))
    return found


def test_flattened_nested_repeats_become_child_tables(cartong_provider, tmp_path):
    records = _csv(NESTED)
    result, warnings = _import(NESTED, tmp_path / "n.gpkg")
    assert result["ROWS"] == len(records) - 1 == 2
    kids = _items(records, "kids/kids_details", ["kids_name", "kids_age"], 3)
    rows = _query(tmp_path / "n.gpkg", 'SELECT "kids/kids_details/kids_name", "kids/kids_details/kids_age", _index, '
                                       "_submission__uuid FROM raw_kids_details ORDER BY fid")
    uuid = records[0].index("_uuid")
    assert rows == [(*values, str(i), records[row][uuid]) for i, (row, _n, values) in enumerate(kids, start=1)]
    shots = []  # immunizations: the parent is the _index of the kid's row
    header = records[0]
    for row, record in enumerate(records[1:], start=1):
        for kid in (1, 2, 3):
            for n in (1, 2, 3):
                name = f"kids/kids_details[{kid}]/kids_immunization[{n}]/immunization_info"
                if name in header and record[header.index(name)].strip().lower() not in ("", "n/a"):
                    parent = next(i for i, (r, k, _v) in enumerate(kids, start=1) if (r, k) == (row, kid))
                    shots.append((record[header.index(name)], str(parent)))
    assert _query(tmp_path / "n.gpkg", 'SELECT "kids/kids_details/kids_immunization/immunization_info", '
                                       "_parent_index FROM raw_kids_immunization ORDER BY fid") == shots
    assert any("13 columns are repeat groups flattened" in w and "kids_details: 5, kids_immunization: 11" in w
               and "left out: 4" in w for w in warnings)


def test_parent_table_keeps_no_indexed_columns_but_its_raw_table_does(cartong_provider, tmp_path):
    records = _csv(NESTED)
    _import(NESTED, tmp_path / "n.gpkg")
    typed = [r[1] for r in _query(tmp_path / "n.gpkg", "PRAGMA table_info(survey)")]
    raw = [r[1] for r in _query(tmp_path / "n.gpkg", "PRAGMA table_info(raw_survey)")]
    assert not [c for c in typed if "[" in c] and "has_kids" in typed and "nested_name" in typed
    assert raw[1:] == records[0]
    assert [list(r[1:]) for r in _query(tmp_path / "n.gpkg", "SELECT * FROM raw_survey ORDER BY fid")] == records[1:]
    moved = _query(tmp_path / "n.gpkg", "SELECT typed_table, typed_column FROM cartong_columns "
                                        "WHERE column_name = 'kids/kids_details[3]/kids_age'")
    assert moved == [("kids_details", "kids_age")]


def test_flattened_repeat_relations_link_items_in_the_project(cartong_provider, qgis_new_project, tmp_path):
    from qgis.core import QgsProject

    from cartong_plugin.core.maps.survey_project import add_survey_to_project

    _import(NESTED, tmp_path / "n.gpkg")
    layers = add_survey_to_project(tmp_path / "n.gpkg", QgsProject.instance())
    family = next(f for f in layers.survey.getFeatures() if f["nested_name"] == "John")
    kids_relation = next(r for r in layers.relations if r.referencingLayer().name() == "kids_details")
    assert sorted(f["kids_name"] for f in kids_relation.getRelatedFeatures(family)) == ["Dick", "Harry", "Tom"]
    shots_relation = next(r for r in layers.relations if r.referencingLayer().name() == "kids_immunization")
    dick = next(f for f in layers.children["kids_details"].getFeatures() if f["kids_name"] == "Dick")
    assert sorted(f["immunization_info"] for f in shots_relation.getRelatedFeatures(dick)) == \
        ["Anemia", "Flu", "Measles"]


def test_flattened_repeat_without_group_prefix(cartong_provider, tmp_path):
    records = _csv(TUTORIAL)
    result, _warnings = _import(TUTORIAL, tmp_path / "t.gpkg")
    children = _items(records, "children", ["childs_name", "childs_age"], 2)
    assert result["ROWS"] == 1
    assert _query(tmp_path / "t.gpkg", "SELECT childs_name, childs_age FROM children ORDER BY fid") == \
        [(name, int(age)) for _row, _n, (name, age) in children]


def test_flattened_repeat_of_a_table_without_index_or_uuid_links_rows_by_position(cartong_provider, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("village,hh[1]/name,hh[2]/name\nBoali,Awa,Ali\nBimbo,,\nDamara,Zara,\n", encoding="utf-8")
    _import(path, tmp_path / "p.gpkg")
    assert _query(tmp_path / "p.gpkg", "SELECT name, _parent_index FROM hh ORDER BY fid") == \
        [("Awa", 1), ("Ali", 1), ("Zara", 3)]
    relations = json.loads(_query(tmp_path / "p.gpkg", "SELECT relations FROM cartong_metadata")[0][0])
    assert relations == [{"parent": "survey", "child": "hh", "parent_key": "fid", "child_key": "_parent_index"}]


def test_an_item_with_only_nested_answers_is_a_row_its_nested_items_hang_from(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    path = tmp_path / "nested.csv"
    path.write_text("_uuid,kids[1]/name,kids[1]/shots[1]/vaccine,kids[2]/name\nu1,,polio,Ali\n", encoding="utf-8")
    report = import_survey(path, None, tmp_path / "n.gpkg")
    assert report.tables == {"survey": 1, "kids": 2, "shots": 1}
    assert _query(tmp_path / "n.gpkg", 'SELECT "kids/name", _index FROM raw_kids ORDER BY fid') == \
        [("", "1"), ("Ali", "2")]
    assert _query(tmp_path / "n.gpkg", 'SELECT "kids/shots/vaccine", _parent_index FROM raw_shots') == [("polio", "1")]


def test_preview_lists_the_flattened_repeats(tmp_path):
    from cartong_plugin.core.survey.importer import preview_export

    assert preview_export(NESTED).repeats == ["kids_details", "kids_immunization"]


# ----------------------------------------------------------------------------- submissions saved as JSON

ROBOTOOLBOX = REAL_DATA / "dickoa+robotoolbox/tests/fixtures/decoded"
ODATA = REAL_DATA / "ropensci+ruODK/tests/fixtures/decoded/test_odata_submission_parse1.json"


def test_kobo_api_json_repeats_become_linked_tables(cartong_provider, tmp_path):
    page = json.loads((ROBOTOOLBOX / "kobo_data_dm__01.json").read_text(encoding="utf-8"))
    result, _warnings = _import(ROBOTOOLBOX / "kobo_data_dm__01.json", tmp_path / "k.gpkg")
    assert result["ROWS"] == page["count"] == len(page["results"])
    members = [(m["demo/name"], str(s)) for s, r in enumerate(page["results"], start=1) for m in r.get("demo", [])]
    assert _query(tmp_path / "k.gpkg", 'SELECT "demo/name", _parent_index FROM raw_demo ORDER BY fid') == members
    hobbies = [(h["demo/hobbies_list/hobbies"], member_index)
               for member_index, member in enumerate((m for r in page["results"] for m in r.get("demo", [])), start=1)
               for h in member.get("demo/hobbies_list", [])]
    assert _query(tmp_path / "k.gpkg", 'SELECT "demo/hobbies_list/hobbies", _parent_index FROM raw_hobbies_list '
                                       "ORDER BY fid") == [(h, str(i)) for h, i in hobbies]
    relations = json.loads(_query(tmp_path / "k.gpkg", "SELECT relations FROM cartong_metadata")[0][0])
    assert {(r["parent"], r["child"], r["parent_key"]) for r in relations} >= {
        ("survey", "demo", "_index"), ("demo", "hobbies_list", "_index"), ("survey", "education", "_index")}


def test_kobo_api_json_metadata_objects_are_kept_as_json_text(cartong_provider, tmp_path):
    page = json.loads((ROBOTOOLBOX / "kobo_data_validation__01.json").read_text(encoding="utf-8"))
    _import(ROBOTOOLBOX / "kobo_data_validation__01.json", tmp_path / "v.gpkg")
    stored = [json.loads(v) for (v,) in _query(tmp_path / "v.gpkg", "SELECT _validation_status FROM raw_survey "
                                                                     "ORDER BY fid")]
    assert stored == [r["_validation_status"] for r in page["results"]]


def test_odk_central_odata_json_groups_and_geojson_points(cartong_provider, tmp_path):
    page = json.loads(ODATA.read_text(encoding="utf-8"))
    result, _warnings = _import(ODATA, tmp_path / "o.gpkg")
    assert result["ROWS"] == 2 and result["ROWS_WITHOUT_LOCATION"] == 0
    raw = _query(tmp_path / "o.gpkg", 'SELECT "location/corner1", "__system/submissionDate" FROM raw_survey '
                                      "ORDER BY fid")
    first = page["value"][0]
    lon, lat, alt = first["location"]["corner1"]["coordinates"]
    assert raw[0] == (f"{lat} {lon} {alt} {first['location']['corner1']['properties']['accuracy']}",
                      first["__system"]["submissionDate"])
    from osgeo import ogr

    ds = ogr.Open(str(tmp_path / "o.gpkg"))  # dataset and feature kept: GDAL objects die with their owner
    feature = ds.GetLayerByName("survey").GetFeature(1)
    point = feature.GetGeometryRef()
    assert (round(point.GetX(), 7), round(point.GetY(), 7)) == (lon, lat)


def test_json_that_is_not_submissions_is_refused_by_name(tmp_path):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.survey.importer import import_survey

    path = tmp_path / "settings.json"
    path.write_text('{"server": "https://kf.kobotoolbox.org"}', encoding="utf-8")
    with pytest.raises(CartongError, match="settings.json is JSON but holds no list of submissions"):
        import_survey(path, None, tmp_path / "s.gpkg")
    assert not (tmp_path / "s.gpkg").exists()


@pytest.mark.parametrize("source", [HXL, NESTED], ids=["hxl", "flattened"])
def test_geopackage_with_column_notes_passes_the_geopackage_validator(source, cartong_provider, tmp_path):
    from osgeo_utils.samples.validate_gpkg import check

    _import(source, tmp_path / "v.gpkg")
    check(str(tmp_path / "v.gpkg"))  # GDAL's validator of the OGC requirements: raises on the first failure
