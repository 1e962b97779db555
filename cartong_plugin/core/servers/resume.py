# SPDX-License-Identifier: GPL-3.0-or-later
"""A download cut half-way continues where it stopped: what was downloaded is kept, as promised.

When a download fails for a reason that may pass (network, timeout, a cut or stalled answer, a
busy server), the submissions already received stay beside the output, in the folder the user
chose, as ``.<output name>.partial.jsonl`` (one submission per line, readable by the user only)
with ``.<output name>.partial.json`` (which server and form, where the download started, and
its ``DownloadStats``). The next download of the same form into the same GeoPackage, from the
same starting point, reads them back and asks the server only for the rest. They are removed
once the GeoPackage is written, or when they cannot be used (another form, credentials refused,
submissions deleted on the server).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from ..base.atomic import atomic_output
from ..base.i18n import trn
from .records import DownloadStats, RecordSpool


class PartialDownload:
    """The kept part of one download: ``source`` (server, form) and ``start`` (where it began)."""

    def __init__(self, output, source: str, start):
        output = Path(output)
        self.records_path = output.with_name(f".{output.name}.partial.jsonl")
        self.state_path = output.with_name(f".{output.name}.partial.json")
        self.output = output
        self.identity = {"source": source, "start": "" if start is None else str(start)}
        self.stats = DownloadStats()
        self.resumed = 0  # submissions read back from an earlier attempt

    def open(self) -> RecordSpool:
        """The spool of this download: holding the kept submissions when they belong to it, else empty."""
        state = self._read_state()
        if state is None or {k: state.get(k) for k in self.identity} != self.identity:
            self.discard()
            state = None
        spool = RecordSpool(path=self.records_path)
        if state is not None and spool.count == state.get("records_in_file"):
            self.stats = DownloadStats(
                **{
                    **state["stats"],
                    "count_changes": [tuple(change) for change in state["stats"].get("count_changes", [])],
                }
            )
            self.resumed = spool.count
        else:
            spool.reset()  # a file without its state, or a state that does not match it
        with contextlib.suppress(FileNotFoundError):
            self.state_path.unlink()  # written again only if this attempt fails too
        return spool

    def keep(self, spool: RecordSpool) -> str:
        """Keep the spool's submissions for the next attempt; the sentence that says so ("" if none)."""
        if not spool.count:
            return ""
        spool.flush()
        spool.keep = True
        with atomic_output(self.state_path) as tmp:
            Path(tmp).write_text(
                json.dumps({**self.identity, "records_in_file": spool.count, "stats": asdict(self.stats)}),
                encoding="utf-8",
            )
        return trn(
            "%n submission already downloaded is kept beside {file}: the next download of this form "
            "into it continues from there.",
            "%n submissions already downloaded are kept beside {file}: the next download of this form "
            "into it continues from there.",
            spool.count,
        ).format(file=self.output.name)

    def discard(self) -> None:
        """Remove the kept part (it holds personal data: never leave it behind without a use)."""
        for path in (self.records_path, self.state_path):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)

    def _read_state(self) -> dict | None:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return state if isinstance(state, dict) and isinstance(state.get("stats"), dict) else None


def resumed_message(count: int, file: str) -> str:
    """The log line of a download that continued an earlier one."""
    return trn(
        "Continuing the interrupted download of {file}: %n submission was already downloaded.",
        "Continuing the interrupted download of {file}: %n submissions were already downloaded.",
        count,
    ).format(file=file)
