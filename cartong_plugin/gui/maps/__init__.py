# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard: kind of map, data, layout, then export to PDF, PNG or SVG.

Owns its pages and ``jobs`` (counting in a task, building and exporting the layout through
``core.maps``); the wizard is ``maps.wizard.MapWizard``.
"""
