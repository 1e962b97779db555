# SPDX-License-Identifier: GPL-3.0-or-later
"""What the data protection wizard's pages share: their help page and how a warning looks."""

from __future__ import annotations

from ..wizard_common import WizardPage

HELP_PAGE = "data_protection"


WARNING_STYLE = "color: #a50026; font-weight: bold"


# --------------------------------------------------------------------------- pages


class ProtectionPage(WizardPage):
    def __init__(self, name: str, title: str, subtitle: str, parent=None):
        super().__init__(name, title, subtitle, parent, help_page=HELP_PAGE)
