# SPDX-License-Identifier: GPL-3.0-or-later
"""The logic of the toolkit: no widgets, usable headless (tests, Processing, qgis_process).

One subpackage per stage of the workflow, in the order data flows through them. A stage imports
only the stages before it (``tests/test_layout.py`` keeps it so), never ``gui`` or ``processing``:

``base`` ← ``survey`` ← ``servers`` ← ``cleaning`` ← ``maps`` ← ``protection`` ← ``field`` ← ``teams``
← ``learning``
"""

# The order of the stages; a stage may import the ones before it, never one after it.
STAGES = ("base", "survey", "servers", "cleaning", "maps", "protection", "field", "teams", "learning")
