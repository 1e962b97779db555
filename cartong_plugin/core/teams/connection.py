# SPDX-License-Identifier: GPL-3.0-or-later
"""Which PostgreSQL database: a QGIS connection name or a libpq connection string.

A name is looked up among QGIS's own PostgreSQL connections (Browser > PostgreSQL, stored under
``PostgreSQL/connections/<name>/``) through the provider's connection API, so host, port,
database, service, SSL mode and the authentication configuration are read exactly as QGIS
reads them. Anything holding ``=`` is a libpq connection string (``service=survey`` or
``dbname=... host=... sslmode=require``), used as written. An ``authcfg`` in either is expanded
by the QGIS authentication manager into what libpq needs (user and password, or certificates);
the password is never put in a message, a setting or the log: ``PgTarget.label`` is what is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.redact import without_secrets

_URI = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)
_AUTHCFG = re.compile(r"\bauthcfg\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class PgTarget:
    """A database to connect to; ``conninfo`` may hold a password: never show it, show ``label``."""

    conninfo: str = field(repr=False)
    label: str

    @property
    def gdal_name(self) -> str:
        return "PG:" + self.conninfo


def target_of_parameter(text: str) -> PgTarget:
    """``resolve_target`` for a Processing parameter: a connection string holding a password is
    refused, since QGIS writes every parameter of a run in clear (Processing history, the echo of
    ``qgis_process``); the password belongs in an authentication configuration or a service file."""
    plain = (text or "").strip()
    if without_secrets(plain) != plain:
        raise CartongError(
            tr(
                "The connection string {connection} holds a password: QGIS would write it in clear in the "
                "Processing history and logs. Put the password in an authentication configuration "
                "(authcfg=...), a QGIS connection, a pg_service.conf service or a .pgpass file, and "
                "give that instead."
            ).format(connection=without_secrets(plain))
        )
    return resolve_target(plain)


def connection_names() -> list[str]:
    """The PostgreSQL connections defined in QGIS (Browser > PostgreSQL)."""
    metadata = _postgres_metadata()
    return sorted(metadata.connections().keys()) if metadata is not None else []


def resolve_target(text: str) -> PgTarget:
    """The database named by ``text`` (a QGIS connection name, or a connection string, ``PG:`` allowed).

    CartongError when the name is unknown, or when the authentication configuration it names
    cannot be read (missing, or the authentication database is locked).
    """
    text = (text or "").strip()
    if text[:3].upper() == "PG:":
        text = text[3:].strip()
    if not text:
        raise CartongError(
            tr(
                "Choose a PostgreSQL connection: the name of a QGIS connection (Browser > "
                "PostgreSQL) or a connection string such as service=survey."
            )
        )
    if "=" not in text and not _URI.match(text):
        return _from_qgis_connection(text)
    if _AUTHCFG.search(text) is None:
        return PgTarget(conninfo=text, label=without_secrets(text))
    return PgTarget(conninfo=_expand_authcfg(text), label=without_secrets(text))


def _postgres_metadata():
    from qgis.core import QgsProviderRegistry

    return QgsProviderRegistry.instance().providerMetadata("postgres")


def _from_qgis_connection(name: str) -> PgTarget:
    metadata = _postgres_metadata()
    connection = metadata.findConnection(name) if metadata is not None else None
    if connection is None:
        known = connection_names()
        raise CartongError(
            tr(
                "QGIS has no PostgreSQL connection named '{name}'. Known connections: {names}. "
                "Add it in the Browser (PostgreSQL > New Connection) or give a connection "
                "string such as service=survey."
            ).format(name=name, names=", ".join(known) or tr("none"))
        )
    return PgTarget(conninfo=_expand_authcfg(connection.uri()), label=name)


def _expand_authcfg(uri_text: str) -> str:
    """The libpq connection string of a QGIS data source URI, its authcfg expanded by the auth manager."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(uri_text)
    authcfg = uri.authConfigId()
    if not authcfg:
        return uri.connectionInfo(False)
    _check_auth_config(authcfg)
    return uri.connectionInfo(True)


def _check_auth_config(authcfg: str) -> None:
    """A clear sentence when ``authcfg`` is missing or the authentication database is locked."""
    from ..servers.credentials import read_secret

    try:
        read_secret(authcfg)  # unlocks the database (or says it is locked) and checks the id exists
    except CartongError as err:
        raise CartongError(tr("The PostgreSQL password cannot be read: {reason}").format(reason=str(err))) from err
