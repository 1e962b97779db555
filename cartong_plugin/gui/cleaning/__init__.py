# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard: checks on a survey layer, the cleaning log reviewed, then applied.

Owns its pages, ``log_view`` (the cleaning log as a reviewer edits it) and ``log_model`` (its Qt
models); the wizard is ``cleaning.wizard.CleaningWizard``.
"""
