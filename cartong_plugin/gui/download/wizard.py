# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard: server and login -> form -> GeoPackage -> download (QgsTask) -> summary.

The pages are in ``server_page``, ``form_pages`` and ``run_pages``; what they run (logins, form
lists, the download, the project layers) is in ``jobs``.

A thin layer over ``core.servers``, calling the same functions as the ``downloadkobo`` and
``downloadodk`` algorithms: ``fetch_kobo_token``, ``KoboClient.list_surveys``,
``OdkCentralClient.list_projects/list_forms``, ``sync_kobo``/``sync_odk``, and ``credentials``
to keep the token or password in the QGIS authentication manager (settings hold only its id).
Network work runs in a ``CoreTask``. Secrets live in memory only (``ServerLogin``); they never
reach settings, labels, logs or messages (the core blanks them out of its errors). The GeoPackage
page also offers the import wizard's "shared database" choice (``gui.shared_database``): the
download, or only the new rows of an update, then goes into that PostgreSQL schema too.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QWizard

from ...core.base.i18n import tr
from ..tasks import cancel_and_wait
from ..wizard_common import CartongWizard
from .form_pages import FormPage, OutputPage
from .run_pages import RunPage, SummaryPage
from .server_page import ServerPage

HELP_PAGE = "download_server"  # the one help page of the download (help_catalogue.WIZARD_PAGES)


# -- the wizard ------------------------------------------------------------------------------------------------


class DownloadWizard(CartongWizard):
    """Download a survey from KoboToolbox or ODK Central in five pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongDownloadWizard", tr("Download from KoboToolbox / ODK Central"), iface, parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.server_page = ServerPage(self)
        self.form_page = FormPage(self)
        self.output_page = OutputPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        pages = (self.server_page, self.form_page, self.output_page, self.run_page, self.summary_page)
        for page in pages:
            page.setProperty("cartong_help_page", HELP_PAGE)
        self.add_pages(*pages)
        self.install_help()

    def running(self) -> bool:
        return any(p.running() for p in (self.server_page, self.form_page, self.run_page))

    def reject(self):
        """Closing cancels the running check or download and waits for it (a request blocked on a silent
        server ends within a second, ``core.servers.interrupt``): nothing keeps running behind the closed
        window and QGIS can quit at once."""
        pages = (self.server_page, self.form_page, self.run_page)
        tasks = [page.task for page in pages if page.running()]
        for page in pages:
            page.cancel()  # each says so on its page (the run page: "Cancelling…")
        for task in tasks:
            cancel_and_wait(task)
        super().reject()
