# SPDX-License-Identifier: GPL-3.0-or-later
"""Real exports written by others, through cartong:importsurvey: nothing lost, nothing mislabelled.

HXL hashtag rows are metadata, empty rows at the end are not submissions, repeated column names get
suffixes (and "labels" exports still find their questions). Inputs are the real files of
tests/data/real, or written here from them and from the sample when no real file shows the case.
"""

from __future__ import annotations

import csv
import json

import pytest

from tests.conftest import REAL_DATA
from tests.real_imports import csv_rows, import_with_messages, query

HXL = REAL_DATA / "HXLStandard+libhxl-python/tests/files/test_io/input-valid.csv"
NESTED = REAL_DATA / "kobotoolbox+kobocat/onadata/apps/viewer/tests/fixtures/nested_repeats/nested_repeats.csv"
REACH = REAL_DATA / "impact-initiatives+cleaningtools/data-raw"
SPEC_FORM = REAL_DATA / "XLSForm+pyxform/tests/example_xls/xlsform_spec_test.xlsx"


# ----------------------------------------------------------------------------- HXL hashtag rows


def test_hxl_rows_under_two_header_rows_are_not_submissions(cartong_provider, tmp_path):
    records = csv_rows(HXL)  # a group header row, the header row, the hashtag row, then 4 submissions
    result, warnings = import_with_messages(HXL, tmp_path / "hxl.gpkg")
    assert result["ROWS"] == len(records) - 3 == 4
    assert [r[0] for r in query(tmp_path / "hxl.gpkg", "SELECT Registro FROM raw_survey ORDER BY fid")] == [
        r[0] for r in records[3:]
    ]
    assert any("rows 2 to 3 are header rows with HXL hashtags (8 tagged columns)" in w for w in warnings)
    assert not any("fewer fields" in w for w in warnings)  # the short one is the second header row, not a submission


def test_hxl_tags_and_header_texts_are_kept_per_column(cartong_provider, tmp_path):
    import_with_messages(HXL, tmp_path / "hxl.gpkg")
    rows = query(
        tmp_path / "hxl.gpkg",
        "SELECT column_name, hxl_tag, header_rows, typed_column "
        "FROM cartong_columns WHERE table_name = 'raw_survey' ORDER BY position",
    )
    assert rows[1] == (
        "Sector/Cluster",
        "#sector+es",
        json.dumps(["Qué?", "Sector/Cluster"], ensure_ascii=False),
        "Cluster",
    )
    assert [r[1] for r in rows] == [
        None,
        "#sector+es",
        "#subsector+es",
        "#org+es",
        "#targeted+f",
        "#targeted+m",
        "#country",
        "#adm1",
        "#date+reported",
    ]
    comments = dict(
        query(
            tmp_path / "hxl.gpkg", "SELECT column_name, description FROM gpkg_data_columns WHERE table_name = 'survey'"
        )
    )
    assert comments["Hombres"] == "#targeted+f" and comments["Estado"] == "#adm1"


@pytest.fixture()
def kobo_with_hxl(tmp_path, sample_dir):
    """The sample Kobo export with an HXL row under its header, as Kobo writes it when asked to."""
    records = csv_rows(sample_dir / "household_survey_kobo.csv", ";")
    header = records[0]
    tags = {
        "identification/admin1": "#adm1+code",
        "identification/admin2": "#adm2+code",
        "household/hh_size": "#affected +hh_size",
        "household/head_age": "#indicator+age",
    }
    path = tmp_path / "kobo_hxl.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, [tags.get(h, "") for h in header], *records[1:]])
    return path, records


def test_hxl_row_under_a_kobo_header_leaves_submissions_and_types_intact(
    cartong_provider, kobo_with_hxl, sample_dir, tmp_path
):
    path, records = kobo_with_hxl
    result, warnings = import_with_messages(path, tmp_path / "k.gpkg", sample_dir / "household_survey_form.xlsx")
    assert result["ROWS"] == len(records) - 1 == 420
    sizes = query(tmp_path / "k.gpkg", "SELECT hh_size FROM survey ORDER BY fid")
    expected = [int(v) if v else None for v in (r[records[0].index("household/hh_size")] for r in records[1:])]
    assert [s for (s,) in sizes] == expected  # not NULL, not shifted by one row
    assert not any("hh_size" in w and "not whole numbers" in w for w in warnings)
    tags = dict(query(tmp_path / "k.gpkg", "SELECT typed_column, hxl_tag FROM cartong_columns WHERE hxl_tag <> ''"))
    assert tags == {
        "admin1": "#adm1+code",
        "admin2": "#adm2+code",
        "hh_size": "#affected+hh_size",
        "head_age": "#indicator+age",
    }


def test_values_starting_with_a_hash_or_an_empty_row_are_not_a_tag_row(tmp_path, sample_dir):
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "hash.csv"
    path.write_text("name,comment\n,\nAwa,#urgent call back\n,#1\n", encoding="utf-8")
    table = read_csv_text(path)
    assert table.rows == 3 and not table.notes.hxl


# ----------------------------------------------------------------------------- empty rows at the end


def test_empty_rows_at_the_end_of_a_sheet_are_counted_not_imported(cartong_provider, tmp_path):
    from osgeo import gdal

    result, warnings = import_with_messages(SPEC_FORM, tmp_path / "spec.gpkg")
    # an independent count: GDAL's cells, the header row is the first feature (inline strings)
    ds = gdal.OpenEx(str(SPEC_FORM), gdal.OF_VECTOR, open_options=["HEADERS=DISABLE", "FIELD_TYPES=STRING"])
    layer = ds.GetLayerByName("survey")
    cells = [[f.GetFieldAsString(i).strip() for i in range(f.GetFieldCount())] for f in layer]
    last = max(i for i, row in enumerate(cells) if any(row))
    assert result["ROWS"] == last == 56  # rows 2..57 of the sheet
    empty = len(cells) - 1 - last
    assert any(f"[survey]: {empty} empty rows at the end of the table are not submissions" in w for w in warnings)
    assert query(tmp_path / "spec.gpkg", "SELECT count(*) FROM raw_survey") == [(56,)]


def test_csv_saved_by_excel_with_empty_rows_at_the_end(cartong_provider, sample_copy, tmp_path):
    source = sample_copy / "household_survey_kobo.csv"
    width = len(csv_rows(source, ";")[0])
    with open(source, "a", encoding="utf-8") as handle:
        handle.write((";" * (width - 1) + "\r\n") * 3 + ";" * (width - 1) + '" "\r\n')
    result, warnings = import_with_messages(source, tmp_path / "e.gpkg")
    assert result["ROWS"] == 420
    assert query(tmp_path / "e.gpkg", "SELECT count(*) FROM raw_survey") == [(420,)]
    assert any("4 empty rows at the end of the table are not submissions" in w for w in warnings)


def test_an_empty_row_between_submissions_is_kept(tmp_path):
    from cartong_plugin.core.survey.export_readers import read_csv_text

    path = tmp_path / "gap.csv"
    path.write_text("a,b\n1,2\n,\n3,4\n,\n", encoding="utf-8")
    assert read_csv_text(path).frame.to_numpy().tolist() == [["1", "2"], ["", ""], ["3", "4"]]


# ----------------------------------------------------------------------------- repeated column names


def test_repeated_column_names_get_suffixes_and_one_warning(cartong_provider, tmp_path, test_data_dir):
    source = test_data_dir / "bad" / "duplicated_columns.csv"
    result, warnings = import_with_messages(source, tmp_path / "d.gpkg")
    assert result["ROWS"] == 1
    raw = query(tmp_path / "d.gpkg", "SELECT hh_size, hh_size_2 FROM raw_survey")
    assert raw == [("4", "5")]
    (warning,) = [w for w in warnings if "used more than once" in w]
    assert "'hh_size' (columns 2, 4, imported as 'hh_size', 'hh_size_2')" in warning
    assert query(
        tmp_path / "d.gpkg",
        "SELECT column_name, received_name FROM cartong_columns WHERE table_name = 'raw_survey' AND position = 4",
    ) == [("hh_size_2", "hh_size")]
    assert query(
        tmp_path / "d.gpkg",
        "SELECT name FROM gpkg_data_columns WHERE table_name = 'raw_survey' AND column_name = 'hh_size_2'",
    ) == [("hh_size",)]


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
    result, warnings = import_with_messages(path, tmp_path / "l.gpkg", REACH / "form.xlsx")
    assert result["ROWS"] == len(rows) == 632
    typed = query(
        tmp_path / "l.gpkg",
        "SELECT typed_column FROM cartong_columns WHERE table_name = 'raw_survey' ORDER BY position",
    )
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


@pytest.mark.parametrize("source", [HXL, NESTED], ids=["hxl", "flattened"])
def test_geopackage_with_column_notes_passes_the_geopackage_validator(source, cartong_provider, tmp_path):
    from osgeo_utils.samples.validate_gpkg import check

    import_with_messages(source, tmp_path / "v.gpkg")
    check(str(tmp_path / "v.gpkg"))  # GDAL's validator of the OGC requirements: raises on the first failure
