# SPDX-License-Identifier: GPL-3.0-or-later
"""The help dock: the offline page first, the online resource when connected.

Wizards call ``show_help(page_id)`` (or ``install_wizard_help(wizard)`` once). The "Learn" menu
and unloading are in ``learn_menu``.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtNetwork import QNetworkRequest
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...core.base.i18n import tr
from ...core.base.translation import layout_direction, preferred_language
from ...core.learning.help_catalogue import (
    Catalogue,
    help_dir,
    load_catalogue,
    offline_page,
    user_catalogue_path,
)
from .docks import keep_dock, main_iface

DOCK_OBJECT_NAME = "CartongHelpDock"
LEARN_MENU_OBJECT_NAME = "mCartongLearnMenu"
PROBE_TIMEOUT_MS = 5000
# False: never ask a resource's server whether it answers (offline laptops, test runs); the
# online guide button then stays off and the offline page is all that is shown.
SETTING_CHECK_ONLINE = "cartong/help/check_online"
HELP_PAGE_PROPERTY = "cartong_help_page"  # set on a QWizardPage to name its help page
MAX_PAGE_WIDTH = 460  # pixels: the dock never takes more than this from the map


def _catalogue_key() -> tuple[str, float]:
    """The trainer's catalogue path and modification time: a change means reload."""
    path = user_catalogue_path()
    try:
        return path, os.path.getmtime(path) if path else 0.0
    except OSError:
        return path, -1.0


def open_url(url: str) -> bool:
    """Open ``url`` in the user's browser (looked up at call time so tests can patch it)."""
    return QDesktopServices.openUrl(QUrl(url))


class HelpDock(QDockWidget):
    """Offline page in a QTextBrowser; below it the matching online resources and a button."""

    def __init__(self, parent=None, catalogue: Catalogue | None = None, language: str | None = None):
        super().__init__(tr("CartONG help"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.language = language or preferred_language()
        self.setLayoutDirection(layout_direction(self.language))
        self._follow_settings = catalogue is None  # reload when the trainer's catalogue changes
        self._catalogue_key = _catalogue_key()
        self.catalogue = catalogue if catalogue is not None else load_catalogue()
        self.page_id = ""
        self.resources = []
        self.online: bool | None = None  # None while the connection check runs
        self._probe_reply = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.browser = QTextBrowser(body)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._follow_link)
        layout.addWidget(self.browser, 1)
        self.resource_combo = QComboBox(body)
        self.resource_combo.setObjectName("helpResources")
        self.resource_combo.setToolTip(tr("Online resources of CartONG's resource centre for this step"))
        self.resource_combo.currentIndexChanged.connect(self._probe_current)
        layout.addWidget(self.resource_combo)
        row = QHBoxLayout()
        self.status_label = QLabel(body)
        self.status_label.setWordWrap(True)
        row.addWidget(self.status_label, 1)
        self.online_button = QPushButton(tr("Open the online guide"), body)
        self.online_button.setObjectName("helpOpenOnline")
        self.online_button.clicked.connect(self.open_online)
        row.addWidget(self.online_button)
        layout.addLayout(row)
        self.setWidget(body)
        self._update_online_widgets()

    # pages -------------------------------------------------------------------------
    def show_page(self, page_id: str) -> bool:
        """Show the offline page of ``page_id`` and the online resources for it.

        Returns False when no offline page exists (the resources are still listed)."""
        self.page_id = page_id
        if self._follow_settings and _catalogue_key() != self._catalogue_key:
            self._catalogue_key = _catalogue_key()
            self.catalogue = load_catalogue()
        page = offline_page(page_id, self.language)
        if page is not None:
            self.browser.setSource(QUrl.fromLocalFile(str(page)))
            self.fit_page()
        else:
            self.browser.setHtml(
                "<p>{}</p>".format(
                    tr("There is no offline help for this step yet. Use the online guide below when you are connected.")
                )
            )
        self.set_resources(self.catalogue.for_page(page_id))
        return page is not None

    def fit_page(self) -> None:
        """At least as wide as the page's widest picture or word (the data-cycle diagram), within
        MAX_PAGE_WIDTH: nothing is cut at the dock's first width; the text wraps."""
        document = self.browser.document()
        document.setTextWidth(1)  # wrapped as narrow as it goes: what is left is what cannot wrap
        needed = int(document.idealWidth())
        document.setTextWidth(self.browser.viewport().width())
        frame = 2 * self.browser.frameWidth() + self.browser.verticalScrollBar().sizeHint().width() + 4
        self.browser.setMinimumWidth(min(needed + frame, MAX_PAGE_WIDTH))

    def _follow_link(self, url: QUrl) -> None:
        """A link between offline pages was clicked: list the online resources of the new page."""
        path = Path(url.toLocalFile())
        self.fit_page()
        if path.suffix == ".html" and path.stem != self.page_id and path.parent.parent == help_dir():
            self.page_id = path.stem
            self.set_resources(self.catalogue.for_page(self.page_id))

    def set_resources(self, resources) -> None:
        # The trainer's resources first, then those readable in the user's language.
        self.resources = sorted(
            resources, key=lambda r: (r.origin == "bundled", r.language_of(self.language) != self.language)
        )
        self.resource_combo.blockSignals(True)
        self.resource_combo.clear()
        for resource in self.resources:
            text = resource.title(self.language)
            if resource.language_of(self.language) != self.language:
                text += f" [{resource.language_of(self.language)}]"
            self.resource_combo.addItem(text, resource.id)
        self.resource_combo.blockSignals(False)
        self.resource_combo.setVisible(len(self.resources) > 1)
        self._probe_current()

    def current_resource(self):
        index = self.resource_combo.currentIndex()
        return self.resources[index] if 0 <= index < len(self.resources) else None

    def current_url(self) -> str:
        resource = self.current_resource()
        return resource.url(self.language) if resource else ""

    # online ------------------------------------------------------------------------
    def _probe_current(self, *_args) -> None:
        """Ask the resource's server (HEAD) in the background: any HTTP answer means online."""
        url = self.current_url()
        self.stop_probe()
        if not url or not QgsSettings().value(SETTING_CHECK_ONLINE, True, type=bool):
            self.online = False
            self._update_online_widgets()
            return
        self.online = None
        self._update_online_widgets()
        request = QNetworkRequest(QUrl(url))
        request.setTransferTimeout(PROBE_TIMEOUT_MS)
        reply = QgsNetworkAccessManager.instance().head(request)
        self._probe_reply = reply
        # A bound method, not a lambda: Qt drops the connection if the dock is deleted first.
        reply.finished.connect(self._probe_finished)

    def stop_probe(self) -> None:
        """Forget a running connection check (a new page, or the dock is going away)."""
        reply, self._probe_reply = self._probe_reply, None
        if reply is not None:
            reply.finished.disconnect(self._probe_finished)
            if not reply.isFinished():
                reply.abort()
            reply.deleteLater()

    def _probe_finished(self) -> None:
        reply = self.sender()
        if reply is None or reply is not self._probe_reply:
            return
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        self.online = status is not None  # 404/405 still prove the connection works
        self._probe_reply = None
        reply.deleteLater()
        self._update_online_widgets()

    def set_online(self, online: bool) -> None:
        self.online = online
        self._update_online_widgets()

    def _update_online_widgets(self) -> None:
        has_resource = self.current_resource() is not None
        self.online_button.setEnabled(bool(has_resource and self.online))
        if not has_resource:
            self.status_label.setText(tr("No online resource is listed for this step."))
        elif self.online is None:
            self.status_label.setText(tr("Checking the connection…"))
        elif self.online:
            self.status_label.setText(tr("Online: the guide opens in your browser."))
        else:
            self.status_label.setText(tr("No connection: the page above has the essentials."))
        self.online_button.setToolTip(self.current_url())

    def open_online(self) -> bool:
        url = self.current_url()
        return bool(url) and open_url(url)


# -- helpers used by the plugin and the wizards --------------------------------------------
def help_dock(iface=None, create: bool = True) -> HelpDock | None:
    """The one help dock of the main window, created on first use."""
    main_window = main_iface(iface).mainWindow()
    dock = main_window.findChild(HelpDock, DOCK_OBJECT_NAME)
    if dock is None and create:
        dock = keep_dock(HelpDock(main_window))
        main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


def show_help(page_id: str, iface=None) -> HelpDock:
    """Show the help of a wizard page (an id of ``WIZARD_PAGES``) in the help dock."""
    dock = help_dock(iface)
    dock.show_page(page_id)
    dock.show()
    dock.raise_()
    return dock


def show_help_for(kind: str, key: str, page_id: str = "", iface=None) -> HelpDock:
    """Help for a check, map type or error code: the page's offline help, those resources."""
    dock = help_dock(iface)
    if page_id:
        dock.show_page(page_id)
    dock.set_resources(dock.catalogue.lookup(kind, key))
    dock.show()
    dock.raise_()
    return dock


def install_wizard_help(wizard: QWizard, iface=None) -> None:
    """Give a QWizard a Help button showing the current page's help.

    The help page id is the page's ``cartong_help_page`` property, else its objectName."""
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)

    def on_help():
        page = wizard.currentPage()
        if page is not None:
            show_help(page.property(HELP_PAGE_PROPERTY) or page.objectName(), iface)

    wizard.helpRequested.connect(on_help)
