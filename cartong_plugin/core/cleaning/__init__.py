# SPDX-License-Identifier: GPL-3.0-or-later
"""Check and clean: data-quality checks, the reviewable cleaning log, the cleaned layer.

Owns ``checks`` (each family returns cleaning-log entries; ``run_checks`` runs them all) and
``log`` (the IMPACT/REACH cleaning log: read, write, review, apply to the raw data into a
cleaned layer; the raw table is never changed).

May import: ``base``, ``survey``, ``servers``.
"""
