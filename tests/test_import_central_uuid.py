# SPDX-License-Identifier: GPL-3.0-or-later
"""An ODK Central export imported with cartong:importsurvey can be cleaned: its survey layer gets ``_uuid``.

Found on the real ruODK Flora Quadrat export (CSV with its repeat CSVs, or Central's zip): the survey layer
had ``meta-instanceID`` ("uuid:...") and ``KEY`` but no ``_uuid``, so runchecks, applycleaninglog and
preparefieldpackage refused it ("no field _uuid") and a Central export could not be cleaned at all. The
typed layer now gets ``_uuid`` = the submission's id (``KEY``, else the instanceID) without "uuid:", as the
ODK download and Kobo write it; the raw table stays as received (edits on Central: test_import_central_edits).
Then: the checks' log names those uuids, a log removing a submission (its uuid written with or without
"uuid:") leaves its repeat rows out of the cleaned GeoPackage, and exportforsharing treats ``_uuid`` as the
submission id it is for Kobo data.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, write_text_file
from tests.field_data import apply_cleaning_log as apply_log
from tests.household_checks import run_checks
from tests.real_imports import import_with_messages, query
from tests.test_import_empty_repeats import FLORA as FLORA_FORM
from tests.test_import_empty_repeats import LIFE
from tests.xlsform_files import write_form
from tests.xlsx_writer import write_xlsx

FLORA_ID = "build_Flora-Quadrat-0-4_1564384341"
FLORA_DIR = Path(__file__).parent / "data" / "real" / "ropensci+ruODK" / "docs" / "articles" / "attachments"
REPEATS = ("taxon_encounter", "vegetation_stratum")


def _records(name: str) -> list[list[str]]:
    with open(FLORA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


MAIN = _records(f"{FLORA_ID}.csv")
# the submissions' instanceIDs, as Central writes them: "uuid:d5e78a78-..."
INSTANCE_IDS = [row[MAIN[0].index("meta-instanceID")] for row in MAIN[1:]]
UUIDS = [instance.removeprefix("uuid:") for instance in INSTANCE_IDS]


def _text(records: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(records)
    return out.getvalue()


def _files(separator: str = "-", drop: tuple[str, ...] = ()) -> dict[str, str]:
    """The real export's CSVs, headers spelt with the group ``separator``, the main table's ``drop`` columns
    left out."""
    files = {}
    for path in sorted(FLORA_DIR.glob(f"{FLORA_ID}*.csv")):
        header, *rows = _records(path.name)
        kept = [i for i, name in enumerate(header) if path.name != f"{FLORA_ID}.csv" or name not in drop]
        header = [header[i].replace("-", separator) for i in kept]
        files[path.name] = _text([header] + [[row[i] for i in kept if i < len(row)] for row in rows])
    return files


def _export(folder: Path, layout: str, files: dict[str, str]) -> Path:
    """The export as a user has it: Central's zip, its CSVs unzipped side by side, or the main CSV saved
    as a workbook."""
    folder.mkdir()
    if layout == "zip":
        with zipfile.ZipFile(folder / "export.zip", "w") as archive:
            for name, text in files.items():
                archive.writestr(name.replace(FLORA_ID, "Flora-Quadrat-0-4"), text)
        return folder / "export.zip"
    if layout == "xlsx":
        rows = list(csv.reader(io.StringIO(files[f"{FLORA_ID}.csv"])))
        write_xlsx(folder / "export.xlsx", [("Flora-Quadrat-0-4", rows)])
        return folder / "export.xlsx"
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder / f"{FLORA_ID}.csv"


def _columns(gpkg, table: str) -> list[str]:
    return [row[1] for row in query(gpkg, f'PRAGMA table_info("{table}")')]


@pytest.mark.parametrize(
    ("layout", "separator"),
    [("csv", "-"), ("zip", "-"), ("zip", "/"), ("xlsx", "-")],
    ids=["csv", "zip", "zip with / paths", "xlsx"],
)
def test_a_central_export_gets_uuid_from_its_key_and_keeps_its_raw_table(cartong_provider, tmp_path, layout, separator):
    files = _files(separator)
    out = tmp_path / "flora.gpkg"
    result, _warnings = import_with_messages(_export(tmp_path / "export", layout, files), out)
    assert result["ROWS"] == 2
    assert query(out, "SELECT _uuid FROM survey ORDER BY fid") == [(uuid,) for uuid in UUIDS]
    # the raw table is the file as received: no _uuid added to it
    header = next(csv.reader(io.StringIO(files[f"{FLORA_ID}.csv"])))
    assert _columns(out, "raw_survey")[1:] == header
    instance = f"meta{separator}instanceID"
    assert query(out, f'SELECT "{instance}" FROM raw_survey ORDER BY fid') == [(i,) for i in INSTANCE_IDS]
    assert query(out, "SELECT KEY FROM raw_survey ORDER BY fid") == [(i,) for i in INSTANCE_IDS]
    # the column notes say which column _uuid was made from, and how
    assert query(
        out, "SELECT table_name, column_name, typed_table FROM cartong_columns WHERE typed_column = '_uuid'"
    ) == [("raw_survey", "KEY", "survey")]
    assert query(
        out, "SELECT description FROM gpkg_data_columns WHERE table_name = 'survey' AND column_name = '_uuid'"
    ) == [
        (
            "The submission's id, from the column KEY without its 'uuid:' prefix, as Kobo writes _uuid and the ODK "
            "download writes it: it stays the same when the submission is edited on the server (the raw table "
            "keeps KEY as received).",
        )
    ]
    if layout != "xlsx":  # the repeats are still linked to their submission by KEY -> PARENT_KEY
        relations = json.loads(query(out, "SELECT relations FROM cartong_metadata")[0][0])
        assert {(r["child"], r["parent_key"], r["child_key"]) for r in relations} == {
            (repeat, "KEY", "PARENT_KEY") for repeat in REPEATS
        }


@pytest.mark.parametrize("separator", ["-", "/", "."])
def test_without_key_the_uuid_comes_from_the_instance_id(cartong_provider, tmp_path, separator):
    """An export made by another tool, with the instanceID alone (``meta.instanceID`` as R writes it)."""
    files = _files(separator, drop=("KEY",))
    out = tmp_path / "flora.gpkg"
    import_with_messages(_export(tmp_path / "export", "csv", files), out)
    assert query(out, "SELECT _uuid FROM survey ORDER BY fid") == [(uuid,) for uuid in UUIDS]
    instance = f"meta{separator}instanceID"
    assert query(out, "SELECT column_name FROM cartong_columns WHERE typed_column = '_uuid'") == [(instance,)]
    assert query(
        out, "SELECT description FROM gpkg_data_columns WHERE table_name = 'survey' AND column_name = '_uuid'"
    ) == [
        (
            f"The submission's instanceID, from the column {instance} without its 'uuid:' prefix, as Kobo writes "
            f"_uuid (the raw table keeps {instance} as received).",
        )
    ]


def test_without_instance_id_nor_key_nothing_is_made_up(cartong_provider, tmp_path):
    out = tmp_path / "flora.gpkg"
    import_with_messages(_export(tmp_path / "export", "csv", _files(drop=("meta-instanceID", "KEY"))), out)
    assert "_uuid" not in _columns(out, "survey")
    with pytest.raises(QgsProcessingException, match="The layer survey has no field _uuid"):
        apply_log(
            out, write_text_file(tmp_path, "uuid,question,change_type\nx,_uuid,remove_survey\n"), tmp_path / "c.gpkg"
        )


@pytest.fixture()
def checked(cartong_provider, tmp_path):
    """The real Flora export and its form imported, then checked: GPS precision worse than 4 m flags both."""
    form = write_form(tmp_path / "flora.xlsx", FLORA_FORM, LIFE, [["form_id"], [FLORA_ID]])
    out = tmp_path / "flora.gpkg"
    import_with_messages(_export(tmp_path / "export", "csv", _files()), out, form)
    results, _feedback = run_checks(out, list(range(8)), FORM=str(form), MAX_PRECISION=4)
    assert results["GPS"] == 2
    return out


def _repeat_rows(gpkg, repeat: str) -> list[tuple]:
    return query(gpkg, f'SELECT PARENT_KEY, KEY FROM "{repeat}" ORDER BY fid')


@pytest.mark.parametrize("prefix", ["", "uuid:"], ids=["as the checks write it", "with uuid: as R and ODK write it"])
def test_the_checks_log_names_the_uuids_and_a_removal_leaves_out_its_repeat_rows(checked, tmp_path, prefix):
    logged = query(checked, "SELECT uuid, question, old_value, check_id FROM cleaning_log ORDER BY uuid")
    assert sorted(uuid for uuid, *_rest in logged) == sorted(UUIDS)
    # the first submission is removed, the precision of the second is kept as it is
    removed, kept = UUIDS
    decided = {removed: "remove_survey", kept: "no_action"}
    rows = [["uuid", "question", "old_value", "check_id", "change_type", "new_value"]] + [
        [prefix + uuid, question, old, check, decided[uuid], ""] for uuid, question, old, check in logged
    ]
    cleaned = tmp_path / "cleaned.gpkg"
    feedback = RecordingFeedback()
    apply_log(checked, write_text_file(tmp_path, _text(rows)), cleaned, feedback)
    assert query(cleaned, "SELECT _uuid FROM cleaned") == [(kept,)]
    for repeat in REPEATS:
        before = _repeat_rows(checked, repeat)
        assert {parent for parent, _key in before} == set(INSTANCE_IDS)  # both submissions have rows there
        assert _repeat_rows(cleaned, repeat) == [row for row in before if row[0] == f"uuid:{kept}"]
    # the cleaned GeoPackage's repeat tables still hang from its layer by KEY -> PARENT_KEY
    relations = json.loads(query(cleaned, "SELECT relations FROM cartong_metadata WHERE action = 'clean'")[0][0])
    assert {(r["parent"], r["child"], r["child_key"]) for r in relations} == {
        ("cleaned", repeat, "PARENT_KEY") for repeat in REPEATS
    }
    assert not [w for w in feedback.warnings if "no submission has" in w or removed in w]


def test_sharing_treats_the_uuid_as_the_submission_id_it_is_for_kobo_data(checked, tmp_path):
    key = write_text_file(tmp_path, "ab" * 32, "share.key")
    shared = tmp_path / "shared.gpkg"
    feedback = RecordingFeedback()
    processing.run(
        "cartong:exportforsharing",
        {
            "INPUT": f"{checked}|layername=survey",
            "PSEUDONYMISE_FIELDS": ["_uuid"],
            "KEY_SOURCE": f"file:{key}",
            "OUTPUT": str(shared),
        },
        feedback=feedback,
    )
    rows = query(shared, 'SELECT _uuid, "meta-instanceID", KEY FROM shared_survey ORDER BY fid')
    assert len(rows) == 2 and len({row[0] for row in rows}) == 2
    texts = {value for row in rows for value in row}
    assert not texts & {*UUIDS, *INSTANCE_IDS}
    # the instanceID and KEY hold the same id: each gets the pseudonym of its submission's _uuid
    assert all(uuid == instance == key for uuid, instance, key in rows)
    # the points are moved by the submission's id, as for Kobo data, not by the row number
    assert not [w for w in feedback.warnings if "has no submission id column" in w]


def test_a_field_package_is_made_from_the_central_survey(checked, tmp_path):
    result = processing.run(
        "cartong:preparefieldpackage",
        {
            "SURVEYS": [str(checked)],
            "SOURCE": "",
            "ZOOM_MIN": 5,
            "ZOOM_MAX": 5,
            "NAME": "flora",
            "OUTPUT": str(tmp_path / "pkg"),
        },
        feedback=RecordingFeedback(),
    )
    packaged = next(p for p in Path(result["FOLDER"]).rglob("*.gpkg") if "basemap" not in p.parts)
    assert sorted(query(packaged, "SELECT _uuid FROM survey")) == sorted((uuid,) for uuid in UUIDS)
