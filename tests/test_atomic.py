# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs appear whole or not at all."""

from __future__ import annotations

import pytest

from cartong_plugin.core.base.atomic import atomic_output


def test_output_appears_only_when_complete(tmp_path):
    target = tmp_path / "map.pdf"
    with atomic_output(target) as tmp:
        with open(tmp, "w") as handle:
            handle.write("complete")
        assert not target.exists()
        assert tmp.endswith(".pdf")
    assert target.read_text() == "complete"
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


def test_failure_keeps_previous_output_and_leaves_no_temp(tmp_path):
    target = tmp_path / "survey.gpkg"
    target.write_text("previous")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as tmp:
            with open(tmp, "w") as handle:
                handle.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["survey.gpkg"]
