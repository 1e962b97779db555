# SPDX-License-Identifier: GPL-3.0-or-later
"""Evaluate the common XLSForm `relevant` expressions on a whole table at once.

Supported: ``${q}``, 'text', numbers, ``.``, = != < <= > >=, and, or, not(), selected(),
count-selected(), string-length(), regex(), today(), date('YYYY-MM-DD'), true(), false(),
parentheses. Anything else raises UnsupportedExpression, so a caller skips the rule instead of
guessing (no false alarm).
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"""\s*(?:
    (?P<ref>\$\{[^}]+\})|
    (?P<str>'[^']*'|"[^"]*")|
    (?P<num>-?\d+(?:\.\d+)?)|
    (?P<op>!=|<=|>=|=|<|>|\(|\)|,)|
    (?P<name>[A-Za-z_][\w\-]*)|
    (?P<dot>\.)
)""",
    re.VERBOSE,
)


class UnsupportedExpression(ValueError):
    """The expression uses something this evaluator does not understand."""


def _tokens(text: str):
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos or match.lastgroup is None:  # each alternative is a named group
            raise UnsupportedExpression(text)
        pos = match.end()
        kind = match.lastgroup
        out.append((kind, match.group(kind)))
    return out


class _Parser:
    def __init__(self, text, df, current=None):
        self.tokens = _tokens(text)
        self.pos = 0
        self.df = df
        self.current = current

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self, value=None):
        token = self.peek()
        if token[0] is None or (value is not None and token[1] != value):
            raise UnsupportedExpression(value or "end")
        self.pos += 1
        return token

    def parse(self):
        value = self.or_expr()
        if self.pos != len(self.tokens):
            raise UnsupportedExpression(str(self.peek()))
        return value

    def or_expr(self):
        value = self.and_expr()
        while self.peek() == ("name", "or"):
            self.take()
            value = _truth(value, self.df) | _truth(self.and_expr(), self.df)
        return value

    def and_expr(self):
        value = self.comparison()
        while self.peek() == ("name", "and"):
            self.take()
            value = _truth(value, self.df) & _truth(self.comparison(), self.df)
        return value

    def comparison(self):
        left = self.primary()
        kind, op = self.peek()
        if kind == "op" and op in ("=", "!=", "<", "<=", ">", ">="):
            self.take()
            return _compare(left, op, self.primary(), self.df)
        return left

    def primary(self):
        kind, value = self.take()
        if kind == "ref":
            name = value[2:-1].strip()
            if name not in self.df.columns:
                raise UnsupportedExpression(name)
            return self.df[name]
        if kind == "str":
            return value[1:-1]
        if kind == "num":
            return float(value)
        if kind == "dot":
            if self.current is None:
                raise UnsupportedExpression(".")
            return self.current
        if kind == "op" and value == "(":
            inner = self.or_expr()
            self.take(")")
            return inner
        if kind == "name":
            return self.function(value)
        raise UnsupportedExpression(value)

    def function(self, name):
        self.take("(")
        args = []
        if self.peek() != ("op", ")"):
            args.append(self.or_expr())
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.or_expr())
        self.take(")")
        if name == "not" and len(args) == 1:
            return ~_truth(args[0], self.df)
        if name == "selected" and len(args) == 2 and isinstance(args[1], str):
            return _padded(args[0]).str.contains(" " + args[1].strip() + " ", regex=False).to_numpy()
        if name == "count-selected" and len(args) == 1:
            return _text(args[0]).str.split().str.len().fillna(0).astype(float)
        if name == "string-length" and len(args) == 1:
            return _text(args[0]).str.len().astype(float)
        if name in ("true", "false") and not args:
            return name == "true"
        if name == "regex" and len(args) == 2 and isinstance(args[1], str) and hasattr(args[0], "dtype"):
            try:
                pattern = re.compile(args[1])
            except re.error as error:
                raise UnsupportedExpression(args[1]) from error
            return _text(args[0]).map(lambda value: bool(pattern.search(value))).to_numpy(dtype=bool)
        if name == "today" and not args:
            import datetime as dt

            return dt.date.today()
        if name == "date" and len(args) == 1 and isinstance(args[0], str):
            import datetime as dt

            try:
                return dt.date.fromisoformat(args[0].strip())
            except ValueError as error:
                raise UnsupportedExpression(args[0]) from error
        raise UnsupportedExpression(name)


def _text(series):
    from ..log import format_value
    from .common import map_text

    if series.dtype == object:
        text = map_text(series, lambda value: format_value(value).strip(), "")
        return text if text is not None else series.map(format_value).str.strip()
    return series.map(format_value)


def _padded(series):
    return " " + _text(series) + " "


def _truth(value, df):
    import numpy as np

    if isinstance(value, bool):
        return np.full(len(df), value)
    if isinstance(value, np.ndarray) and value.dtype == bool:
        return value
    if hasattr(value, "dtype") and value.dtype == bool:
        return value.to_numpy()
    raise UnsupportedExpression("not a condition")


def _days(text):
    """Days of date answers: ISO 8601, or day/month/year when the column leaves no doubt (a French Excel
    copy); the rest read as pandas reads it, without its English warning and path in the run's log."""
    import warnings

    import numpy as np
    import pandas as pd

    from .dates import text_days

    days = text_days(text)
    rest = np.isnat(days) & text.ne("").to_numpy()
    if rest.any():
        with warnings.catch_warnings():  # pandas 2: "Parsing dates in %d/%m/%Y format when dayfirst=False"
            warnings.simplefilter("ignore", UserWarning)
            days[rest] = pd.to_datetime(text[rest].str[:10], errors="coerce").to_numpy().astype("datetime64[D]")
    return days


def _compare(left, op, right, df):
    import datetime as dt

    import numpy as np
    import pandas as pd

    if isinstance(left, (str, float, dt.date)) and hasattr(right, "dtype"):
        left, right = right, left
        op = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(op, op)
    if not hasattr(left, "dtype"):
        raise UnsupportedExpression("constant comparison")
    if isinstance(right, dt.date):  # a date answer (ISO text or date-time) against today() or date(...)
        days = _days(_text(left))
        target = np.datetime64(right.isoformat())
        with np.errstate(invalid="ignore"):
            result = {"=": days == target, "!=": days != target, "<": days < target, "<=": days <= target}.get(
                op, days > target if op == ">" else days >= target
            )
        return np.asarray(result, dtype=bool) & ~pd.isna(days)
    if isinstance(right, str) and not _looks_numeric(right):
        text = _text(left)
        if op == "=":
            return (text == right).to_numpy()
        if op == "!=":
            return (text != right).to_numpy()
        raise UnsupportedExpression(op)
    from .common import to_number

    number = to_number(left).to_numpy()
    target = float(right) if isinstance(right, (str, float)) else to_number(right).to_numpy()
    with np.errstate(invalid="ignore"):
        result = {
            "=": number == target,
            "!=": number != target,
            "<": number < target,
            "<=": number <= target,
            ">": number > target,
            ">=": number >= target,
        }[op]
    if op != "!=":
        result &= ~pd.isna(number)
    return np.asarray(result, dtype=bool)


def _looks_numeric(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def evaluate_condition(expression: str, df, current=None):
    """Boolean numpy array: where ``expression`` is true for each row of ``df``.

    ``current`` is the column that ``.`` stands for (constraints). Raises UnsupportedExpression.
    """
    return _truth(_Parser(expression, df, current).parse(), df)
