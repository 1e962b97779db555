# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard: checks on a survey layer, the cleaning log reviewed, then applied.

Owns its pages and ``log_view`` (the cleaning log as a reviewer edits it); the wizard is
``cleaning.wizard.CleaningWizard``.
"""
