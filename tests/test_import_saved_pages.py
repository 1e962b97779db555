# SPDX-License-Identifier: GPL-3.0-or-later
"""Submissions saved from a server's API as JSON, through cartong:importsurvey: what the file says it is.

KoboToolbox's API v2 pages its data (``count``, ``next``, ``previous``), ODK Central's OData feed too
(``@odata.count`` with ``$count=true``, ``@odata.nextLink`` with ``$top``): a browser save of a big
project's data is its first page only. The inputs are real files of tests/data/real made into such a
first page, as the servers write it.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import REAL_DATA
from tests.real_imports import import_with_messages

KOBO = REAL_DATA / "dickoa+robotoolbox/tests/fixtures/decoded/kobo_data_dm__01.json"
ODATA = REAL_DATA / "ropensci+ruODK/tests/fixtures/decoded/test_odata_submission_parse1.json"


def _page(source, target, **fields):
    data = json.loads(source.read_text(encoding="utf-8"))
    data.update(fields)
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def _paged(warnings):
    return [w for w in warnings if "paged download" in w]


def test_a_kobo_api_page_that_is_not_the_last_says_how_many_submissions_are_missing(cartong_provider, tmp_path):
    saved = _page(
        KOBO,
        tmp_path / "kobo_page1.json",
        count=2450,
        next="https://kobo.example.org/api/v2/assets/aXYZ/data/?format=json&limit=3&start=3",
    )
    result, warnings = import_with_messages(saved, tmp_path / "out.gpkg")
    assert result["ROWS"] == 3
    assert _paged(warnings) == [
        "kobo_page1.json is one page of a paged download: it holds 3 of the 2450 submissions the server had; "
        "the other 2447 are not in the file. Download all the pages, or use Download from a server."
    ]


def test_an_odata_page_with_a_next_link_says_the_other_pages_are_missing(cartong_provider, tmp_path):
    link = "https://odkc.example.org/v1/projects/2/forms/f.svc/Submissions?%24top=2&%24skip=2"
    saved = _page(ODATA, tmp_path / "odata_page1.json", **{"@odata.nextLink": link})
    result, warnings = import_with_messages(saved, tmp_path / "out.gpkg")
    assert result["ROWS"] == 2
    assert len(_paged(warnings)) == 1 and link in _paged(warnings)[0] and "2 submissions" in _paged(warnings)[0]


def test_an_odata_count_larger_than_the_rows_gives_the_numbers(cartong_provider, tmp_path):
    saved = _page(ODATA, tmp_path / "odata_page1.json", **{"@odata.count": 1200})
    _result, warnings = import_with_messages(saved, tmp_path / "out.gpkg")
    assert len(_paged(warnings)) == 1 and "2 of the 1200 submissions" in _paged(warnings)[0]


@pytest.mark.parametrize("path", [KOBO, ODATA], ids=["kobo", "odata"])
def test_a_complete_download_is_not_called_a_page(path, cartong_provider, tmp_path):
    """kobo_data_dm__01.json says count 3, next null: the whole of it."""
    _result, warnings = import_with_messages(path, tmp_path / "out.gpkg")
    assert not _paged(warnings)


REPEAT_ALONE = REAL_DATA / "ropensci+ruODK/tests/fixtures/decoded/test_odata_submission_get2.json"


def test_an_odata_repeat_table_saved_alone_is_not_counted_as_submissions(cartong_provider, tmp_path):
    """ruODK's real ``Submissions.vegetation_stratum``: 3 strata of one submission."""
    import processing

    from tests.field_data import RecordingFeedback

    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:importsurvey", {"DATA": str(REPEAT_ALONE), "OUTPUT": str(tmp_path / "out.gpkg")}, feedback=feedback
    )
    assert result["ROWS"] == 3  # every row kept, as received
    said = [w for w in feedback.warnings if "table of the repeat 'vegetation_stratum' saved alone" in w]
    assert len(said) == 1 and "3 rows are items of 1 submission(s) (__Submissions-id)" in said[0]
    assert not [i for i in feedback.infos if "submissions imported" in i]
    assert [i for i in feedback.infos if i.startswith("3 items of the repeat vegetation_stratum imported")]


def test_the_submissions_of_an_odata_feed_are_not_called_a_repeat(cartong_provider, tmp_path):
    _result, warnings = import_with_messages(ODATA, tmp_path / "out.gpkg")
    assert not [w for w in warnings if "saved alone" in w]
