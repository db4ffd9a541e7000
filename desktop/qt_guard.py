"""Guard against a PySide6 6.12 / Python 3.11 refcount bug; import before using Qt."""

from __future__ import annotations

import ctypes
import sys


def _guard_none_refcount() -> bool:
    """Work around PySide6 6.12 on Python 3.11: void methods return None without a reference.

    Each call such as ``QObject.setObjectName`` leaves ``None`` one reference short, so after a
    few thousand calls CPython aborts with "none_dealloc: deallocating None". Python 3.12+ makes
    None immortal, which hides the bug; on 3.11 we detect the leak once and give None a huge
    reference count, which is what 3.12 does. Returns whether the guard was applied.
    """
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    leaked = before - sys.getrefcount(None)
    if leaked <= 0:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


NONE_REFCOUNT_GUARD = _guard_none_refcount()
