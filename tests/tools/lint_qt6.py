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
A line ending in ``# noqa`` or ``# noqa: Q60x`` is skipped. Exit status 1 when anything is found.
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
    "qgis.PyQt.QtCore", "qgis.PyQt.QtGui", "qgis.PyQt.QtWidgets", "qgis.PyQt.QtNetwork", "qgis.PyQt.QtXml",
    "qgis.PyQt.QtSvg", "qgis.PyQt.QtPrintSupport", "qgis.PyQt.QtSql", "qgis.core", "qgis.gui", "qgis.analysis",
)
QT5_ONLY_MODULES = ("PyQt5", "PyQt6", "sip")
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
        isinstance(node, ast.ImportFrom) and node.module == "__future__"
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
                    add(node, "Q604", f"{owner}.{node.attr}: use {replacement[0]} (in QGIS "
                        f"{replacement[1][0]}.{replacement[1][1]}, the minimum version here)")
                    continue
            forms = table.scoped_forms(class_name).get(node.attr)
            if forms:
                add(node, "Q603", f"unscoped enum {class_name}.{node.attr}: write {' or '.join(forms)}")

    if not _has_future_annotations(tree):
        for annotation in _annotations(tree):
            if _has_union_operator(annotation):
                add(annotation, "Q605", "'X | Y' annotation needs 'from __future__ import annotations' on Python 3.9")
                break

    lines = source.splitlines()
    return sorted((f for f in findings if not _suppressed(lines, f)), key=lambda f: (f.line, f.col, f.code))


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
