# SPDX-License-Identifier: GPL-3.0-or-later
"""The toolkit switches GDAL exceptions for its own blocks only and gives the caller's choice back."""

from __future__ import annotations

import pytest
from osgeo import gdal, ogr, osr

from cartong_plugin.core.base.gdal_errors import gdal_exceptions
from cartong_plugin.core.survey.xlsform import read_xlsform


def _states():
    return [bool(m.GetUseExceptions()) for m in (gdal, ogr, osr)]


def test_switch_is_restored_after_the_block():
    before = _states()
    with gdal_exceptions(not before[0]):
        assert _states() == [not before[0]] * 3
    assert _states() == before


def test_restored_even_when_the_block_raises():
    before = _states()
    try:
        with gdal_exceptions(True):
            gdal.OpenEx("/nonexistent/file.gpkg")
    except RuntimeError:
        pass
    assert _states() == before


def test_xlsform_with_blank_ranges_reads_whatever_the_callers_switch(real_data_dir):
    form = real_data_dir / "XLSForm+pyxform/tests/bug_example_xls/UCL_Biomass_Plot_Form.xlsx"
    with gdal_exceptions(True):  # another plugin (or GDAL 4's default) may have them on
        on = read_xlsform(form)
    with gdal_exceptions(False):
        off = read_xlsform(form)
    assert list(on.questions) == list(off.questions) and on.questions


def test_gdal_options_hold_in_this_thread_for_the_block_only():
    import threading

    from osgeo import gdal

    from cartong_plugin.core.base.gdal_errors import gdal_options

    seen_elsewhere = []
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "YES")  # the caller's own setting comes back
    try:
        with gdal_options(GDAL_PAM_ENABLED="NO", CARTONG_TEST_OPTION="here"):
            assert gdal.GetConfigOption("GDAL_PAM_ENABLED") == "NO"
            assert gdal.GetConfigOption("CARTONG_TEST_OPTION") == "here"
            other = threading.Thread(target=lambda: seen_elsewhere.append(gdal.GetConfigOption("CARTONG_TEST_OPTION")))
            other.start()
            other.join()
        assert gdal.GetConfigOption("GDAL_PAM_ENABLED") == "YES"
        assert gdal.GetConfigOption("CARTONG_TEST_OPTION") is None
        assert seen_elsewhere == [None]  # other threads never see it
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)


_LOCAL_SWITCH = hasattr(gdal, "_SetExceptionsLocal")  # GDAL 3.7 and later (QGIS 3.40); 3.6 has one switch


@pytest.mark.skipif(not _LOCAL_SWITCH, reason="GDAL before 3.7 has only the process-wide switch")
def test_a_threads_switch_is_its_own_while_another_thread_flips_its_own():
    """A task's thread inside gdal_exceptions(True) keeps getting exceptions while the main thread enters and
    leaves gdal_exceptions(False) blocks (the process-wide flip crashed QGIS 3.40 in a wizard's task)."""
    import threading

    inside, flipped, seen = threading.Event(), threading.Event(), []

    def task():
        with gdal_exceptions(True):
            inside.set()
            flipped.wait(10)
            try:
                gdal.OpenEx("/nonexistent/file.gpkg")
                seen.append("no exception")
            except RuntimeError:
                seen.append("exception")

    before = _states()
    thread = threading.Thread(target=task)
    thread.start()
    inside.wait(10)
    with gdal_exceptions(False):
        assert gdal.OpenEx("/nonexistent/file.gpkg") is None  # this thread's block: no exception
        flipped.set()
        thread.join(10)
    assert seen == ["exception"]
    assert _states() == before
