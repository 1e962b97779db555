# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt6-readiness check (tests/tools/lint_qt6.py) catches each Qt5-only idiom, and the code is clean."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "tests" / "tools" / "lint_qt6.py"


def _load_tool():
    spec = importlib.util.spec_from_file_location("lint_qt6", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules["lint_qt6"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


lint_qt6 = _load_tool()


@pytest.fixture(scope="module")
def enum_table():
    return lint_qt6.EnumTable()


def _codes(source: str, table, min_qgis=(3, 22)) -> list[str]:
    source = "from __future__ import annotations\n" + textwrap.dedent(source)
    return [f.code for f in lint_qt6.check_source(source, "snippet.py", table, min_qgis)]


@pytest.mark.parametrize(
    "line", ["from PyQt5.QtCore import Qt", "import PyQt5.QtWidgets", "from PyQt5 import sip", "import sip"]
)
def test_flags_direct_pyqt_imports(line, enum_table):
    assert _codes(line, enum_table) == ["Q601"]


def test_flags_exec_underscore(enum_table):
    assert _codes("dialog.exec_()\n", enum_table) == ["Q602"]


@pytest.mark.parametrize(
    "source, code",
    [
        ("kind = QVariant.Int\n", "Q606"),
        ("same = field.type() == QVariant.Type.Double\n", "Q606"),
        ("value = QVariant()\n", "Q607"),
        ("value = QVariant(QVariant.Int)\n", "Q607"),
        ("button = Qt.MidButton\n", "Q608"),
        ("role = Qt.BackgroundColorRole\n", "Q608"),
        ("hint = QPainter.HighQualityAntialiasing\n", "Q608"),
        ("from qgis.PyQt.QtCore import QRegExp\n", "Q609"),
        ("from qgis.PyQt.QtWidgets import QDesktopWidget\n", "Q609"),
        ("from qgis.PyQt.Qt import Qt\n", "Q609"),
        ("from . import resources_rc\n", "Q609"),
        ("from qgis.PyQt.QtWebKit import QWebView\n", "Q609"),
        ("size = qApp.font()\n", "Q610"),
        ("screen = QApplication.desktop()\n", "Q610"),
        ("pixels = QFontMetrics(font).width('x')\n", "Q611"),
        ("pixels = label.fontMetrics().width('x')\n", "Q611"),
        ("combo.activated[str].connect(slot)\n", "Q612"),
        ("menu.addAction(icon, 'Open', receiver, slot)\n", "Q613"),
        ("when = QDateTime(2024, 1, 2, 3, 4, 5, 0)\n", "Q614"),
        ("when = QDateTime(QDate(2024, 1, 2))\n", "Q614"),
        ("from qgis.PyQt.QtGui import QAction\n", "Q615"),
        ("extent.setMinimal()\n", "Q616"),
    ],
)
def test_flags_what_qgis_pyqt5_to_pyqt6_migration_rewrites(source, code, enum_table):
    assert code in _codes(source, enum_table)


def test_accepts_the_qt6_ready_forms_of_those_idioms(enum_table):
    assert (
        _codes(
            """
        from qgis.core import NULL
        from qgis.PyQt.QtCore import QDate, QDateTime, QRegularExpression, QTime
        from qgis.PyQt.QtWidgets import QAction, QApplication
        app = QApplication.instance()
        when = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5))
        pixels = label.fontMetrics().horizontalAdvance('x')
        combo.textActivated.connect(slot)
        menu.addAction(QAction('Open'))
        value = NULL
        items = table[str]
    """,
            enum_table,
        )
        == []
    )


def test_qvariant_types_are_allowed_only_in_qgis_compat(enum_table):
    source = "from __future__ import annotations\nkind = QVariant.Type.Int\n"
    assert [f.code for f in lint_qt6.check_source(source, "core/base/qgis_compat.py", enum_table)] == []
    assert [f.code for f in lint_qt6.check_source(source, "core/maps/styles.py", enum_table)] == ["Q606"]


def test_a_call_removed_in_qgis_4_is_written_only_in_qgis_compat(enum_table):
    """QgsRectangle.setMinimal() printed a DeprecationWarning into preparefieldpackage's log on QGIS 3.40 and is
    removed in QGIS 4 (attack8-ltr finding 8): only qgis_compat calls it, for the versions without setNull()."""
    source = "from __future__ import annotations\nextent.setMinimal()\n"
    assert [f.code for f in lint_qt6.check_source(source, "core/base/qgis_compat.py", enum_table)] == []
    assert [f.code for f in lint_qt6.check_source(source, "core/field/package.py", enum_table)] == ["Q616"]


@pytest.mark.parametrize(
    "expression, scoped",
    [
        ("Qt.AlignLeft", "Qt.AlignmentFlag.AlignLeft"),
        ("QMessageBox.Yes", "QMessageBox.StandardButton.Yes"),
        ("QDialogButtonBox.Ok", "QDialogButtonBox.StandardButton.Ok"),
        ("QSizePolicy.Expanding", "QSizePolicy.Policy.Expanding"),
        ("QtCore.Qt.Checked", "Qt.CheckState.Checked"),
        ("Qgis.Warning", "Qgis.MessageLevel.Warning"),
    ],
)
def test_flags_unscoped_enum_and_names_the_scoped_form(expression, scoped, enum_table):
    findings = lint_qt6.check_source(f"value = {expression}\n", "snippet.py", enum_table)
    assert [f.code for f in findings] == ["Q603"]
    assert scoped in findings[0].message


def test_accepts_scoped_enums_methods_and_classes(enum_table):
    good = """
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox, QSizePolicy
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        level = Qgis.MessageLevel.Critical
        answer = QMessageBox.question(None, "title", "text")
        enum_type = Qt.AlignmentFlag
        dialog.exec()
    """
    assert _codes(good, enum_table) == []


def test_qgswkbtypes_is_flagged_only_when_the_minimum_qgis_has_the_qgis_enum(enum_table):
    # Qgis.GeometryType arrived in QGIS 3.30: on a 3.22 minimum the scoped QgsWkbTypes form is right.
    source = "kind = QgsWkbTypes.GeometryType.PointGeometry\n"
    assert _codes(source, enum_table, min_qgis=(3, 22)) == []
    assert _codes(source, enum_table, min_qgis=(3, 30)) == ["Q604"]


def test_flags_union_annotation_without_future_import(enum_table):
    source = "def area(name: str | None) -> float:\n    return 0.0\n"
    findings = lint_qt6.check_source(source, "snippet.py", enum_table)
    assert [f.code for f in findings] == ["Q605"]
    assert _codes(source, enum_table) == []  # the same code with the __future__ import is fine


def test_noqa_comment_silences_a_finding(enum_table):
    assert _codes("value = Qt.AlignLeft  # noqa: Q603\n", enum_table) == []
    assert _codes("value = Qt.AlignLeft  # noqa: Q602\n", enum_table) == ["Q603"]


def test_command_line_fails_on_a_bad_file(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PyQt5.QtWidgets import QDialog\nQDialog().exec_()\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(TOOL), str(bad)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Q601" in run.stdout and "Q602" in run.stdout


def test_plugin_and_tests_have_no_qt5_only_idioms():
    paths = [REPO / "cartong_plugin", REPO / "tests", REPO / "i18n"]
    run = subprocess.run([sys.executable, str(TOOL), *map(str, paths)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_finds_nothing():
    """`make lint`'s ruff half, so that CI (which runs `make test`) sees style regressions too."""
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", "tests/ruff.toml", "cartong_plugin", "tests", "i18n"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_whole_tree_is_ruff_formatted():
    """`make lint`'s `ruff format --check`: one layout for everyone, so diffs show changes, not styles."""
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "--config",
            "tests/ruff.toml",
            "cartong_plugin",
            "tests",
            "i18n",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
