"""Deterministic crash points for tests that kill the process mid-operation (ROBUSTNESS.md §4).

Costs nothing in normal use: only ``FAYAN_CRASH_AT=<name>`` in the environment makes it act.
"""

from __future__ import annotations

import os
import signal


def crash_point(name: str) -> None:
    """Kill this process on the spot if the environment asks for a crash at ``name``."""
    if os.environ.get("FAYAN_CRASH_AT") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
