# SPDX-License-Identifier: GPL-3.0-or-later
"""One session with a PostgreSQL database through GDAL's PostgreSQL driver (libpq underneath).

GDAL is what QGIS ships on every platform, so no other database module is needed. A session is
one connection: ``transaction()`` makes everything inside it one PostgreSQL transaction, which
the server rolls back by itself when the connection drops, so a copy cut in the middle leaves
nothing behind. Values are put in SQL as literals quoted here (``literal``), with
``standard_conforming_strings`` on so a backslash is a backslash; names through ``ident``. The
session's time zone is UTC whatever the server's, so date-times are read as the toolkit writes them.
PostgreSQL's and libpq's errors become ``CartongError`` sentences saying what to do.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_errors_recorded, gdal_exceptions
from ..base.i18n import tr
from ..base.redact import without_secrets
from .connection import PgTarget

_LOST = (
    "server closed the connection",
    "no connection to the server",
    "terminating connection",
    "connection to server was lost",
    "SSL SYSCALL",
    "could not receive data from server",
    "could not send data to server",
)
_CANNOT_CONNECT = (
    "could not connect",
    "No such file or directory",
    "Connection refused",
    "timeout expired",
    "could not translate host name",
    "Is the server running",
)
_AUTH = ("no password supplied", "password authentication failed", "authentication failed", "pg_hba.conf rejects")


class ConnectionLost(CartongError):
    """The connection dropped during the work: PostgreSQL rolled the transaction back."""


class PermissionRefused(CartongError):
    """The database refused the work to this role (e.g. a viewer saving a decision); ``detail`` is PostgreSQL's
    reason alone."""

    detail = ""


def ident(name: str) -> str:
    """A PostgreSQL identifier, quoted."""
    return '"' + str(name).replace('"', '""') + '"'


def qualified(schema: str, table: str) -> str:
    return f"{ident(schema)}.{ident(table)}"


def literal(value) -> str:
    """A SQL literal: NULL, a number, or a quoted string (standard_conforming_strings is on)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    if "\x00" in text:
        raise CartongError(
            tr("A value holds a NUL character, which PostgreSQL cannot store: {value}").format(
                value=text.replace("\x00", "\\0")[:80]
            )
        )
    return "'" + text.replace("'", "''") + "'"


_DETAIL_LENGTH = 300  # GDAL puts the statement it ran beside the error: a CREATE TABLE is thousands of characters


def error_detail(err: Exception) -> str:
    """The useful line of a libpq/PostgreSQL message ("ERROR:  x" -> "x"): PostgreSQL's own line when the
    message holds one (GDAL adds the statement, PostgreSQL a LINE/CONTEXT with the row's values)."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip() and line.strip() != "PQconnectdb failed."]
    server = [line for line in lines if line.startswith(("ERROR:", "FATAL:"))]
    text = server[0] if server else lines[0] if lines else str(err)
    text = text.split("failed: ", 1)[-1] if text.startswith("connection to server") else text
    if text.startswith("Non UTF-8 content found"):  # GDAL follows it with the whole row: names, phones...
        text = text.split(": ", 1)[0]
    for prefix in ("ERROR:", "FATAL:"):
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
    if len(text) > _DETAIL_LENGTH:
        text = text[:_DETAIL_LENGTH] + "…"
    return without_secrets(text)


def first_error(err: Exception, recorded: list) -> Exception:
    """The first failure GDAL reported in the block, else ``err``: after a refused statement, PostgreSQL
    answers every next one with "current transaction is aborted", and GDAL raises the last message.

    GDAL 3.7 and later, exceptions on, chain a call's failures in its message, the last first
    ("<last>\\n\\nMay be caused by: <earlier>"), and the block's handler sees only some of them: the
    refusal itself is the one that is not an "aborted" echo, wherever it was reported."""
    failures = [text for kind, text in recorded if kind >= 3 and text.strip()]
    failures += reversed(re.split(r"\n+May be caused by: ", str(err))[1:])
    if not failures:
        return err
    refusal = next((text for text in failures if _ABORTED not in text), failures[0])
    return RuntimeError(refusal)


_ABORTED = "current transaction is aborted"


def translate_error(err: Exception, target: PgTarget, doing: str) -> CartongError:
    """A PostgreSQL/libpq error as a sentence for the user; ``doing`` says what was under way."""
    message = str(err)
    detail = error_detail(err)
    if any(marker in message for marker in _AUTH) or re.search(r'FATAL:\s+role ".*" does not exist', message):
        return CartongError(
            tr(
                "PostgreSQL did not accept the login for {target}: {detail}. Store the user name "
                "and password in an authentication configuration of the connection (Browser > "
                "PostgreSQL > Edit connection > Authentication), then try again."
            ).format(target=target.label, detail=detail)
        )
    if any(marker in message for marker in _LOST):
        return ConnectionLost(
            tr(
                "The connection to the PostgreSQL database {target} was lost while {doing}: "
                "PostgreSQL undid the unfinished work, nothing was written. Try again when the "
                "connection is back."
            ).format(target=target.label, doing=doing)
        )
    if "PQconnectdb failed" in message or any(marker in message for marker in _CANNOT_CONNECT):
        return CartongError(
            tr(
                "Cannot connect to the PostgreSQL database {target}: {detail}. Check the host, port "
                "and database of the connection and that the server is running."
            ).format(target=target.label, detail=detail)
        )
    if "permission denied" in message or "must be owner" in message:
        refused = PermissionRefused(
            tr(
                "PostgreSQL refused {doing} in {target}: {detail}. Ask the database "
                "administrator for the survey's role, named after its schema: for a schema household_2026, "
                "household_2026_viewer to read it, household_2026_reviewer to record cleaning decisions "
                "(GRANT household_2026_reviewer TO your_login)."
            ).format(doing=doing, target=target.label, detail=detail)
        )
        refused.detail = detail
        return refused
    return CartongError(
        tr("PostgreSQL refused {doing} in {target}: {detail}").format(doing=doing, target=target.label, detail=detail)
    )


class PgSession:
    """One connection; ``execute``/``rows`` run SQL, ``transaction`` wraps work in BEGIN/COMMIT."""

    def __init__(self, target: PgTarget, schemas: list[str] | None = None):
        self.target = target
        self._schemas = schemas
        self.ds: Any = None  # the gdal.Dataset while the session is open
        self._doing = tr("connecting")

    def open(self) -> PgSession:
        from osgeo import gdal

        options = ["LIST_ALL_TABLES=YES"]
        if self._schemas:
            options.append("SCHEMAS=" + ",".join(self._schemas))
        with self.guard(tr("connecting")):
            self.ds = gdal.OpenEx(self.target.gdal_name, gdal.OF_VECTOR | gdal.OF_UPDATE, open_options=options)
            if self.ds is None:
                raise RuntimeError(gdal.GetLastErrorMsg() or "PQconnectdb failed.")
            self._run("SET standard_conforming_strings = on")
            # date-times read in UTC, as the toolkit writes them: in the server's zone (Debian's initdb takes
            # the machine's), GDAL would write "+02:00" into a GeoPackage, which QGIS reads as UTC
            self._run("SET TIME ZONE 'UTC'")
        return self

    def close(self) -> None:
        """Close the connection; an unfinished transaction is rolled back by the server."""
        with gdal_exceptions(False), contextlib.suppress(Exception):
            self.ds = None

    def __enter__(self) -> PgSession:
        return self if self.ds is not None else self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def doing(self) -> str:
        """What the session is doing (for the messages of a nested ``guard``)."""
        return self._doing

    @contextlib.contextmanager
    def guard(self, doing: str):
        """GDAL exceptions on; a PostgreSQL error inside becomes a CartongError about ``doing``, from the
        first error GDAL reported (``server_text`` keeps its text, for the caller to find a row in it)."""
        previous, self._doing = self._doing, doing
        try:
            with gdal_exceptions(), gdal_errors_recorded() as recorded:
                try:
                    yield
                except RuntimeError as err:
                    cause = first_error(err, recorded)
                    translated = translate_error(cause, self.target, doing)
                    setattr(translated, "server_text", str(cause))  # noqa: B010 (not an attribute of every CartongError)
                    raise translated from err
        finally:
            self._doing = previous

    def _run(self, sql: str):
        result = self.ds.ExecuteSQL(sql)
        if result is None:
            return []
        try:
            return [feature.items() for feature in result]
        finally:
            self.ds.ReleaseResultSet(result)

    def execute(self, sql: str) -> None:
        with self.guard(self._doing):
            self._run(sql)

    def rows(self, sql: str) -> list[dict]:
        """The rows of a query (a SELECT, or an UPDATE ... RETURNING) as dicts."""
        with self.guard(self._doing):
            return self._run(sql)

    def scalar(self, sql: str):
        found = self.rows(sql)
        return next(iter(found[0].values())) if found else None

    @contextlib.contextmanager
    def transaction(self, doing: str):
        """BEGIN ... COMMIT; any exception (or a dropped connection) rolls everything back."""
        with self.guard(doing):
            self.ds.StartTransaction()
            try:
                yield self
                self.ds.CommitTransaction()
            except BaseException:
                with gdal_exceptions(False), contextlib.suppress(Exception):
                    self.ds.RollbackTransaction()
                raise

    def current_user(self) -> str:
        return str(self.scalar("SELECT current_user"))

    def schema_exists(self, schema: str) -> bool:
        return bool(self.scalar(f"SELECT count(*) FROM pg_namespace WHERE nspname = {literal(schema)}"))

    def has_postgis(self) -> bool:
        return bool(self.scalar("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'"))

    def tables(self, schema: str) -> list[str]:
        """The ordinary tables of ``schema``, by name."""
        found = self.rows(
            "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE n.nspname = {literal(schema)} AND c.relkind IN ('r', 'p') ORDER BY c.relname"
        )
        return [row["name"] for row in found]


def open_session(target: PgTarget, schemas: list[str] | None = None) -> PgSession:
    """A connected session (use it with ``with``)."""
    return PgSession(target, schemas).open()
