# SPDX-License-Identifier: GPL-3.0-or-later
"""Learn while doing: the help catalogue (online resources, offline pages) and training mode.

Owns ``help_catalogue`` (which resource-centre page and offline page explain each screen) and
``training`` (a practice folder with the sample data) with ``exercises`` (steps that tick themselves)
and ``summary`` (what was done, for the trainer).

May import: every other stage (it is the last one).
"""
