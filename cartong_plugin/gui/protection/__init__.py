# SPDX-License-Identifier: GPL-3.0-or-later
"""The data protection wizard: personal data found in a layer, then a copy safe to share.

Owns its pages over ``core.protection``; the wizard is ``protection.wizard.ProtectionWizard``.
"""
