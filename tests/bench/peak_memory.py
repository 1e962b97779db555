# SPDX-License-Identifier: GPL-3.0-or-later
"""Peak memory of the calling process, for the benchmarks' child processes.

Reads VmHWM from /proc/self/status: the process's own high-water mark. Not ru_maxrss, which on
Linux starts from the RSS of the parent that forked the child (680 MB once a parent has imported
100,000 rows), so it reports the parent's memory, not the child's.
"""

from __future__ import annotations


def peak_mb() -> float:
    """Peak resident memory of this process in MB (VmHWM)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
