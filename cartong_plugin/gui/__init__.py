# SPDX-License-Identifier: GPL-3.0-or-later
"""Thin wizards and docks over ``core/``; long work runs in QgsTask."""
