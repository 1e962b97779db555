# SPDX-License-Identifier: GPL-3.0-or-later
"""Learning in QGIS: the help dock, the training panel and the "Learn" menu that links them.

``help_dock`` and ``training_panel`` never import each other (``tests/test_layout.py`` keeps it
so); both keep their docks through ``docks``, and ``learn_menu`` builds the menu over them.
"""
