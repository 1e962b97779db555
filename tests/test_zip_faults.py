# SPDX-License-Identifier: GPL-3.0-or-later
"""A zip export protected by a password, or whose declared sizes lie, gives a sentence, never a traceback.

Found as issue #13: ``cartong:importsurvey`` on such archives showed Python's RuntimeError or
BadZipFile with its traceback. The archives are made here from the bundled sample export.
"""

from __future__ import annotations

import struct
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback


def _zip_of_sample(sample_dir, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(sample_dir / "household_survey_kobo.csv", "household_survey.csv")
    return path


def _patch(path, local_offset: int, central_offset: int, change) -> None:
    """Rewrite one little-endian field of every local and central header of ``path``."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", local_offset), (b"PK\x01\x02", central_offset)):
        start = data.find(signature)
        while start >= 0:
            width = 2 if offset in (6, 8) else 4
            fmt = "<H" if width == 2 else "<I"
            (value,) = struct.unpack_from(fmt, data, start + offset)
            struct.pack_into(fmt, data, start + offset, change(value))
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))


def _import(archive, output):
    import processing

    return processing.run(
        "cartong:importsurvey", {"DATA": str(archive), "OUTPUT": str(output)}, feedback=QgsProcessingFeedback()
    )


def test_a_password_protected_zip_is_refused_with_a_sentence(cartong_provider, sample_dir, tmp_path):
    archive = _zip_of_sample(sample_dir, tmp_path / "export.zip")
    _patch(archive, 6, 8, lambda flags: flags | 0x1)  # the "encrypted" bit, as a password tool sets it
    with pytest.raises(QgsProcessingException) as err:
        _import(archive, tmp_path / "survey.gpkg")
    assert "export.zip is protected by a password" in str(err.value)
    assert "Traceback" not in str(err.value)
    assert not (tmp_path / "survey.gpkg").exists()


def test_a_zip_whose_sizes_lie_is_reported_as_damaged(cartong_provider, sample_dir, tmp_path):
    archive = _zip_of_sample(sample_dir, tmp_path / "export.zip")
    _patch(archive, 22, 24, lambda size: size // 2)  # declares half the real uncompressed size
    with pytest.raises(QgsProcessingException) as err:
        _import(archive, tmp_path / "survey.gpkg")
    assert "export.zip is damaged: the sizes or checksums it declares do not match" in str(err.value)
    assert "Traceback" not in str(err.value)
    assert not (tmp_path / "survey.gpkg").exists()
