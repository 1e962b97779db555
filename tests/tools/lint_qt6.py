#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fail on Qt5-only idioms that would break the plugin on QGIS 4 (Qt6) or on Python 3.9.

Checks (code, what, fix):
  Q601  ``import PyQt5``/``from PyQt5``/``PyQt6``/bare ``sip``  -> import from ``qgis.PyQt``
  Q602  ``.exec_(``                                             -> ``.exec(``
  Q603  unscoped enum value ``C.V`` where ``V`` belongs to enum ``C.E`` -> ``C.E.V`` (or the
        ``Qgis.E.V`` that ``C.E`` now aliases). The table comes from introspecting the Qt and
        QGIS bindings this script runs with, and a value is flagged only when the scoped form
        resolves there too.
  Q604  ``QgsWkbTypes.X`` where the minimum QGIS (metadata.txt ``qgisMinimumVersion``) has a
        ``Qgis`` enum for it (Qgis.GeometryType and Qgis.WkbType arrived in 3.30: nothing to flag
        while the minimum is 3.22).
  Q605  ``X | None`` annotations without ``from __future__ import annotations`` (Python 3.9).
The rules below follow QGIS's own migration script (``scripts/pyqt5_to_pyqt6`` in QGIS's repository):
  Q606  ``QVariant.Int``... as a type (``QgsField`` types)  -> ``qgis_compat`` field types (QMetaType
        from QGIS 3.38, QVariant before), never written directly outside ``core/base/qgis_compat.py``
  Q607  ``QVariant()`` / ``QVariant(QVariant.X)`` as a null    -> ``NULL`` from qgis.core
  Q608  enum values renamed then removed: ``Qt.MidButton``, ``Qt.TextColorRole``,
        ``Qt.BackgroundColorRole``, ``QPainter.HighQualityAntialiasing``
  Q609  classes and modules removed in Qt6: QRegExp, QRegExpValidator, QDesktopWidget, QGLWidget,
        QTextCodec, QtWebKit, QtScript, ``qgis.PyQt.Qt``, ``resources_rc`` (compiled resources)
  Q610  ``QApplication.desktop()`` / ``qApp``                 -> QScreen / ``QApplication.instance()``
  Q611  ``QFontMetrics(...).width(...)``                      -> ``horizontalAdvance``
  Q612  signal overloads by type (``activated[str]``)        -> the signal itself or ``textActivated``
  Q613  ``addAction(icon, text, receiver, slot)`` (4+ args)  -> ``QAction(...)`` then ``addAction(action)``
  Q614  ``QDateTime(y, m, d, h, mi, s, ms, spec)`` and ``QDateTime(QDate(...))`` -> QDate + QTime
  Q615  ``QAction``/``QActionGroup``/``QShortcut`` from ``qgis.PyQt.QtGui`` (Qt6 only there; QGIS's
        shim offers them in ``qgis.PyQt.QtWidgets`` on both)
The PyQGIS calls deprecated in the QGIS versions supported and removed in QGIS 4:
  Q616  ``QgsRectangle.setMinimal()``                         -> ``qgis_compat.null_rectangle()``; a
        deprecated call is written only in ``core/base/qgis_compat.py``, for the QGIS versions without
        its replacement
A line ending in ``# noqa`` or ``# noqa: Q6xx`` is skipped. Exit status 1 when anything is found.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BINDING_MODULES = (
    "qgis.PyQt.QtCore",
    "qgis.PyQt.QtGui",
    "qgis.PyQt.QtWidgets",
    "qgis.PyQt.QtNetwork",
    "qgis.PyQt.QtXml",
    "qgis.PyQt.QtSvg",
    "qgis.PyQt.QtPrintSupport",
    "qgis.PyQt.QtSql",
    "qgis.core",
    "qgis.gui",
    "qgis.analysis",
)
QT5_ONLY_MODULES = ("PyQt5", "PyQt6", "sip")
QVARIANT_TYPES = frozenset(
    {
        "Invalid",
        "Bool",
        "Int",
        "UInt",
        "LongLong",
        "ULongLong",
        "Double",
        "Char",
        "Map",
        "List",
        "String",
        "StringList",
        "ByteArray",
        "BitArray",
        "Date",
        "Time",
        "DateTime",
        "Url",
        "Locale",
        "Rect",
        "RectF",
        "Size",
        "SizeF",
        "Line",
        "LineF",
        "Point",
        "PointF",
        "RegExp",
        "RegularExpression",
        "Hash",
        "Font",
        "Pixmap",
        "Brush",
        "Color",
        "Palette",
        "Icon",
        "Image",
        "Polygon",
        "Region",
        "Bitmap",
        "Cursor",
        "SizePolicy",
        "KeySequence",
        "Pen",
        "TextLength",
        "TextFormat",
        "Matrix",
        "Transform",
        "UserType",
    }
)
RENAMED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
REMOVED_NAMES = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.screens())",
    "QGLWidget": "QOpenGLWidget",
    "QTextCodec": "Python's codecs",
    "resources_rc": "icon files loaded by path",
}
REMOVED_MODULES = ("QtWebKit", "QtWebKitWidgets", "QtScript", "Qt")
MOVED_TO_QTGUI = frozenset({"QAction", "QActionGroup", "QShortcut"})
COMPAT_MODULE = "qgis_compat.py"  # the one place allowed to name QVariant types
# PyQGIS methods deprecated (a DeprecationWarning on QGIS 3.40) and removed in QGIS 4, with what to call instead
DEPRECATED_QGIS_CALLS = {"setMinimal": "qgis_compat.null_rectangle() (QgsRectangle.setNull from QGIS 3.34)"}
# QgsWkbTypes enum -> (its Qgis replacement, first QGIS version that has it)
WKB_REPLACEMENTS = {"GeometryType": ("Qgis.GeometryType", (3, 30)), "Type": ("Qgis.WkbType", (3, 30))}
NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z0-9, ]+))?", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    col: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col + 1}: {self.code} {self.message}"


class EnumTable:
    """Which ``Class.Value`` names are unscoped enum values, found by introspecting the bindings."""

    def __init__(self, modules: tuple[str, ...] = BINDING_MODULES):
        self.modules = []
        for name in modules:
            try:
                self.modules.append(importlib.import_module(name))
            except ImportError:  # e.g. QtSql or analysis not installed: check what is there
                continue
        self._cache: dict[str, dict[str, list[str]]] = {}

    def _find_class(self, name: str):
        for module in self.modules:
            candidate = getattr(module, name, None)
            if isinstance(candidate, type):
                return candidate
        return None

    @staticmethod
    def _is_enum(obj) -> bool:
        if not isinstance(obj, type):
            return False
        return issubclass(obj, enum.Enum) or type(obj).__name__ == "enumtype"  # Python enum or sip enum

    def scoped_forms(self, class_name: str) -> dict[str, list[str]]:
        """``{value: ["Scope.Enum.value", ...]}`` for the unscoped enum values of ``class_name``."""
        if class_name not in self._cache:
            self._cache[class_name] = self._introspect(class_name)
        return self._cache[class_name]

    def _introspect(self, class_name: str) -> dict[str, list[str]]:
        cls = self._find_class(class_name)
        if cls is None:
            return {}
        enums = {}
        for attr in dir(cls):
            try:
                obj = getattr(cls, attr)
            except Exception:  # noqa: BLE001 - some binding attributes raise on access
                continue
            if self._is_enum(obj):
                enums[attr] = obj
        forms: dict[str, list[str]] = {}
        for attr in dir(cls):
            if attr in enums or attr.startswith("_"):
                continue
            try:
                value = getattr(cls, attr)
            except Exception:  # noqa: BLE001
                continue
            for enum_name, enum_type in enums.items():
                if not isinstance(value, enum_type) or not hasattr(enum_type, attr):
                    continue
                # C.E may alias another class's enum (QgsSymbol.SymbolType is Qgis.SymbolType): name both.
                qualname = getattr(enum_type, "__qualname__", enum_name)
                for scope in (f"{class_name}.{enum_name}", qualname if "." in qualname else None):
                    form = f"{scope}.{attr}"
                    if scope and form not in forms.setdefault(attr, []):
                        forms[attr].append(form)
        return forms


def _suppressed(lines: list[str], finding: Finding) -> bool:
    if not 0 < finding.line <= len(lines):
        return False
    match = NOQA.search(lines[finding.line - 1])
    if match is None:
        return False
    codes = match.group("codes")
    return codes is None or finding.code in {c.strip().upper() for c in codes.split(",")}


def _dotted(node: ast.AST) -> str | None:
    """``a.b.c`` for a chain of names and attributes, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def _has_union_operator(annotation: ast.AST | None) -> bool:
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return False  # a string annotation is never evaluated at definition time
    return any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr) for n in ast.walk(annotation))


def _annotations(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args
            for arg in arguments.posonlyargs + arguments.args + arguments.kwonlyargs:
                yield arg.annotation
            for arg in (arguments.vararg, arguments.kwarg):
                if arg is not None:
                    yield arg.annotation
            yield node.returns
        elif isinstance(node, ast.AnnAssign):
            yield node.annotation


def _has_future_annotations(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(alias.name == "annotations" for alias in node.names)
        for node in tree.body
    )


def check_source(source: str, path: str, table: EnumTable, min_qgis: tuple[int, int] = (3, 22)) -> list[Finding]:
    """Every Qt5-only idiom in ``source`` (the text of the file ``path``)."""
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as error:
        return [Finding(path, error.lineno or 1, (error.offset or 1) - 1, "Q600", f"syntax error: {error.msg}")]
    findings: list[Finding] = []

    def add(node: ast.AST, code: str, message: str) -> None:
        findings.append(Finding(path, node.lineno, node.col_offset, code, message))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in QT5_ONLY_MODULES:
                    add(node, "Q601", f"import {alias.name}: import from qgis.PyQt instead")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in QT5_ONLY_MODULES:
                add(node, "Q601", f"from {node.module} import ...: import from qgis.PyQt instead")
        elif isinstance(node, ast.Attribute):
            if node.attr == "exec_":
                add(node, "Q602", "exec_() is Qt5 only: call exec()")
                continue
            owner = _dotted(node.value)
            if owner is None:
                continue
            class_name = owner.rsplit(".", 1)[-1]
            if class_name == "QgsWkbTypes":
                replacement = WKB_REPLACEMENTS.get(node.attr)
                if replacement is None:
                    # A value: which QgsWkbTypes enum does it belong to?
                    for form in table.scoped_forms(class_name).get(node.attr, []):
                        enum_name = form.split(".")[-2]
                        if enum_name in WKB_REPLACEMENTS:
                            replacement = WKB_REPLACEMENTS[enum_name]
                            break
                if replacement is not None and min_qgis >= replacement[1]:
                    add(
                        node,
                        "Q604",
                        f"{owner}.{node.attr}: use {replacement[0]} (in QGIS "
                        f"{replacement[1][0]}.{replacement[1][1]}, the minimum version here)",
                    )
                    continue
            forms = table.scoped_forms(class_name).get(node.attr)
            if forms:
                add(node, "Q603", f"unscoped enum {class_name}.{node.attr}: write {' or '.join(forms)}")

    check_removed_api(tree, add, compat_module=path.endswith(COMPAT_MODULE))
    if not _has_future_annotations(tree):
        for annotation in _annotations(tree):
            if _has_union_operator(annotation):
                add(annotation, "Q605", "'X | Y' annotation needs 'from __future__ import annotations' on Python 3.9")
                break

    lines = source.splitlines()
    return sorted((f for f in findings if not _suppressed(lines, f)), key=lambda f: (f.line, f.col, f.code))


def _is_qvariant_null(call: ast.Call) -> bool:
    if _dotted(call.func) != "QVariant" or call.keywords:
        return False
    return not call.args or (len(call.args) == 1 and (_dotted(call.args[0]) or "").startswith("QVariant."))


def check_removed_api(tree: ast.AST, add, compat_module: bool = False) -> None:
    """Q606-Q616: what QGIS's pyqt5_to_pyqt6 migration rewrites or warns about, and PyQGIS calls removed in QGIS 4
    (``compat_module``: the file is qgis_compat, where the forms of each QGIS version are written)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".")
            if node.level == 0 and module[:2] == ["qgis", "PyQt"] and module[2:3] and module[2] in REMOVED_MODULES:
                add(node, "Q609", f"{node.module} does not exist with Qt6")
            for alias in node.names:
                if alias.name in REMOVED_NAMES:
                    add(node, "Q609", f"{alias.name} is removed in Qt6: use {REMOVED_NAMES[alias.name]}")
                if alias.name in MOVED_TO_QTGUI and node.module == "qgis.PyQt.QtGui":
                    add(node, "Q615", f"{alias.name} is not in QtGui with Qt5: import it from qgis.PyQt.QtWidgets")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[-1] == "resources_rc":
                    add(node, "Q609", "compiled resources are removed in Qt6: load icons by file path")
        elif isinstance(node, ast.Name) and node.id == "qApp":
            add(node, "Q610", "qApp is removed in Qt6: use QApplication.instance()")
        elif isinstance(node, ast.Attribute):
            owner = _dotted(node.value)
            if owner in ("QVariant", "QVariant.Type") and node.attr in QVARIANT_TYPES and not compat_module:
                add(node, "Q606", f"{owner}.{node.attr} is a Qt5 type: use qgis_compat new_field/field_kind")
            if owner is not None and (owner.rsplit(".", 1)[-1], node.attr) in RENAMED_ENUMS:
                add(
                    node,
                    "Q608",
                    f"{owner}.{node.attr} is removed in Qt6: write "
                    f"{RENAMED_ENUMS[(owner.rsplit('.', 1)[-1], node.attr)]}",
                )
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and _dotted(node.slice) in ("str", "int", "bool", "QString", "QModelIndex")
        ):
            add(node, "Q612", f"signal overload {node.value.attr}[{_dotted(node.slice)}] is removed in Qt6")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in DEPRECATED_QGIS_CALLS and not compat_module:
                add(
                    node,
                    "Q616",
                    f"{func.attr}() is deprecated and removed in QGIS 4: use {DEPRECATED_QGIS_CALLS[func.attr]}",
                )
            if _is_qvariant_null(node):
                add(node, "Q607", "QVariant() as a null is Qt5 only: use NULL from qgis.core")
            elif isinstance(func, ast.Attribute) and func.attr == "desktop" and not node.args:
                add(node, "Q610", "QApplication.desktop() (QDesktopWidget) is removed in Qt6: use QScreen")
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "width"
                and isinstance(func.value, ast.Call)
                and (_dotted(func.value.func) or "").rsplit(".", 1)[-1]
                in ("QFontMetrics", "QFontMetricsF", "fontMetrics")
            ):
                add(node, "Q611", "QFontMetrics.width() is removed in Qt6: use horizontalAdvance()")
            elif isinstance(func, ast.Attribute) and func.attr == "addAction" and len(node.args) >= 4:
                add(node, "Q613", "addAction(icon, text, receiver, slot) changed in Qt6: add a QAction")
            elif _dotted(func) == "QDateTime" and (
                len(node.args) >= 7
                or (
                    len(node.args) == 1 and isinstance(node.args[0], ast.Call) and _dotted(node.args[0].func) == "QDate"
                )
            ):
                add(node, "Q614", "this QDateTime constructor is removed in Qt6: QDateTime(QDate(...), QTime(...))")


def minimum_qgis(metadata: Path = REPO / "metadata.txt") -> tuple[int, int]:
    match = re.search(r"^qgisMinimumVersion\s*=\s*(\d+)\.(\d+)", metadata.read_text(encoding="utf-8"), re.MULTILINE)
    return (int(match.group(1)), int(match.group(2))) if match else (3, 22)


def python_files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in path.rglob("*.py") if "__pycache__" not in p.parts and ".venv" not in p.parts)
        elif path.suffix == ".py":
            files.append(path)
    return sorted(set(files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Qt6/QGIS 4 readiness check (see the module docstring).")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--min-qgis", help="minimum QGIS version, e.g. 3.22 (default: metadata.txt)")
    args = parser.parse_args(argv)
    min_qgis = tuple(int(p) for p in args.min_qgis.split(".")[:2]) if args.min_qgis else minimum_qgis()
    table = EnumTable()
    findings = []
    files = python_files(args.paths)
    for path in files:
        findings.extend(check_source(path.read_text(encoding="utf-8"), str(path), table, min_qgis))
    for finding in findings:
        print(finding)
    print(f"lint_qt6: {len(files)} files, {len(findings)} findings", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
