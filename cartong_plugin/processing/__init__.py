# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing provider: every capability of the toolkit as an algorithm (id prefix ``cartong:``)."""
