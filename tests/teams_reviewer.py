# SPDX-License-Identifier: GPL-3.0-or-later
"""One reviewer in a process of its own, for tests/test_teams_review.py (not a test).

Usage: teams_reviewer.py CONNINFO SCHEMA DECISIONS_JSON
Loads the shared log (its own connection), prints {"loaded": {log_id: version}} and waits for a
line on standard input; then saves DECISIONS_JSON ([[log_id, change_type, new_value, explanation]...],
each on the version it loaded) and prints what was saved and what was refused, as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cartong_plugin.core.teams.connection import resolve_target  # noqa: E402
from cartong_plugin.core.teams.review import Decision, conflict_sentence, load_log, save_decisions  # noqa: E402


def main(conninfo: str, schema: str, wanted: str) -> None:
    target = resolve_target(conninfo)
    versions = {row.log_id: row.version for row in load_log(target, schema)}
    print(json.dumps({"loaded": versions}), flush=True)
    sys.stdin.readline()  # the test lets every reviewer load before anyone saves
    decisions = [
        Decision(log_id, versions[log_id], change, value, why) for log_id, change, value, why in json.loads(wanted)
    ]
    report = save_decisions(target, schema, decisions)
    print(
        json.dumps(
            {
                "saved": [[row.log_id, row.version, row.entry.who] for row in report.saved],
                "conflicts": [
                    {
                        "log_id": c.decision.log_id,
                        "mine": c.decision.change_type,
                        "mine_value": c.decision.new_value,
                        "theirs": c.database.entry.change_type,
                        "theirs_value": c.database.entry.new_value,
                        "theirs_who": c.database.entry.who,
                        "message": conflict_sentence(c),
                    }
                    for c in report.conflicts
                ],
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
