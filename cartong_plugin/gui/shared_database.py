# SPDX-License-Identifier: GPL-3.0-or-later
"""The choice "also put the survey in a shared database", offered by the import and download wizards.

A check box, QGIS's saved PostgreSQL connections (Browser > PostgreSQL) and the schema name, as
rows of the page's form; without any saved connection the choice is off and a line says how to
get one. ``chosen`` resolves the connection on the GUI thread (the authentication manager may
ask for the master password there) and checks the schema name before any work starts; the copy
itself (``core.teams``) then runs in the wizard's task. ``sharing_summary`` is the sentence of the
summary pages: where the survey is and which roles to give colleagues, or why it is not there.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from ..core.base.i18n import tr
from .wizard_common import plain_label


class SharedDatabaseChoice:
    """The widgets of the choice, added to ``layout`` of ``page`` (object names used by the tests)."""

    def __init__(self, page, layout: QFormLayout):
        self.share = QCheckBox(
            tr("Also put the survey in a shared database (PostgreSQL), where colleagues can review it"), page
        )
        self.share.setObjectName("share_postgres")
        self.connection = QComboBox(page)
        self.connection.setObjectName("postgres_connection")
        self.connection.setToolTip(
            tr(
                "The PostgreSQL connections saved in QGIS (Browser > PostgreSQL). The "
                "password stays in the connection's authentication configuration."
            )
        )
        self.schema = QLineEdit(page)
        self.schema.setObjectName("postgres_schema")
        self.schema.setPlaceholderText(tr("made from the file name"))
        self.no_connection = plain_label(
            tr(
                "No PostgreSQL connection is saved in QGIS yet: ask your database "
                "administrator for one and add it in the Browser (PostgreSQL > New "
                "Connection)."
            ),
            page,
            "no_postgres_connection",
        )
        self.share.toggled.connect(self.connection.setEnabled)
        self.share.toggled.connect(self.schema.setEnabled)
        layout.addRow(self.share)
        layout.addRow(tr("Database connection"), self.connection)
        layout.addRow(tr("Name of the survey in the database"), self.schema)
        layout.addRow(self.no_connection)

    def fill_connections(self) -> None:
        """List the connections saved in QGIS now (the user may have added one meanwhile)."""
        from ..core.teams.connection import connection_names

        current = self.connection.currentText()
        self.connection.clear()
        self.connection.addItems(connection_names())
        self.connection.setCurrentIndex(max(0, self.connection.findText(current)))
        has_any = self.connection.count() > 0
        self.share.setEnabled(has_any)
        self.share.setChecked(self.share.isChecked() and has_any)
        self.connection.setEnabled(self.share.isChecked())
        self.schema.setEnabled(self.share.isChecked())
        self.no_connection.setVisible(not has_any)

    def chosen(self, file_stem: str):
        """(PgTarget, schema) when sharing is asked, else None; CartongError when the choice is unusable.

        An empty schema name is made from ``file_stem`` (the GeoPackage's name without .gpkg).
        """
        if not self.share.isChecked():
            return None
        from ..core.teams.connection import resolve_target
        from ..core.teams.roles import check_schema_name, schema_name

        target = resolve_target(self.connection.currentText())
        schema = self.schema.text().strip()
        return target, check_schema_name(schema) if schema else schema_name(file_stem)


def sharing_summary(shared, error: str) -> str:
    """The summary's sentence about the shared copy ("" when none was asked); ``shared``: a TransferReport."""
    if shared is not None:
        return tr(
            "Also in the shared database as {schema}: give colleagues the role {reviewer} to review it, "
            "{viewer} to read it."
        ).format(schema=shared.schema, reviewer=shared.reviewer_role, viewer=shared.viewer_role)
    if error:
        return tr("It is not in the shared database: {reason}").format(reason=error)
    return ""
