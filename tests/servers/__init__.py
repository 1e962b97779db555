# SPDX-License-Identifier: GPL-3.0-or-later
"""Local test servers (fake KoboToolbox / ODK Central on 127.0.0.1) and their fixtures."""

from __future__ import annotations
