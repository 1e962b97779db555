# SPDX-License-Identifier: GPL-3.0-or-later
"""Thin wizards and docks over ``core/``; long work runs in QgsTask.

One subpackage per wizard, in the order of the workflow: ``importing``, ``download``, ``cleaning``,
``maps``, ``protection``; ``learning`` holds the help dock, the training panel and the Learn menu.
Shared by all of them: ``wizard_common`` (the wizard and page base, plain-text labels, risk items),
``tasks`` (CoreTask and following a task from a page) and ``main_dialog`` (the launcher).
"""
