"""The log file: a rotating ``fayan.log`` in the user log folder, and the versions of every part.

Error dialogs show a plain sentence; the traceback goes here (and behind "Show Details"), so a
user can send the file. ``FAYAN_LOG_DIR`` overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
import platform
import sqlite3
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "fayan.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None


def log_dir() -> Path:
    """``$FAYAN_LOG_DIR``, else the platform's user log folder for Fayan."""
    env = os.environ.get("FAYAN_LOG_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir("Fayan", appauthor=False))


def log_path() -> Path:
    """Where the current log file is (or would be)."""
    if _handler is not None:
        return Path(_handler.baseFilename)
    return log_dir() / LOG_NAME


def setup_logging(
    level: int = logging.INFO,
    *,
    folder: Path | None = None,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
    console: bool = False,
) -> Path | None:
    """Send log records to the rotating log file; idempotent. Returns the file, or None.

    A log folder that cannot be created (read-only home, full disk) never stops the app: the
    records then go to stderr only.
    """
    global _handler
    root = logging.getLogger()
    root.setLevel(min(root.level or level, level) if root.handlers else level)
    target = (folder or log_dir()) / LOG_NAME
    if _handler is not None:
        if Path(_handler.baseFilename) == target.resolve():
            return target
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            target, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=False
        )
    except OSError as e:
        logging.basicConfig(level=level, format=FORMAT)
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", target, e)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    _handler = handler
    if console and not any(
        isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
        for h in root.handlers
    ):
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        stream.setLevel(logging.WARNING)
        root.addHandler(stream)
    logging.getLogger("fayan").info(
        "log started: %s", ", ".join(f"{k} {v}" for k, v in component_versions().items())
    )
    return target


def close_logging() -> None:
    """Detach and close the file handler (tests; before moving the log folder)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def _module_version(module: str, dist: str) -> str:
    """The distribution version, falling back to ``module.__version__`` (frozen bundles)."""
    v = _dist_version(dist)
    if v != "?" or not getattr(sys, "frozen", False):
        return v  # importing every parser just to ask would slow the start
    try:
        mod = __import__(module)
    except Exception:  # noqa: BLE001 - a missing part shows as "?", never an error
        return "?"
    return str(getattr(mod, "__version__", "?"))


def fayan_version() -> str:
    v = _dist_version("fayan")
    if v != "?":
        return v
    try:
        from core import __version__  # type: ignore[attr-defined]

        return str(__version__)
    except ImportError:
        return "0+unknown"


def component_versions() -> dict[str, str]:
    """Versions of the parts (About dialog, log header, bug reports). Never imports Qt."""
    out = {
        "Fayan": fayan_version(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "SQLite": sqlite3.sqlite_version,
    }
    qt = sys.modules.get("PySide6")
    if qt is not None:
        out["PySide6"] = str(getattr(qt, "__version__", "?"))
        qtcore = sys.modules.get("PySide6.QtCore")
        if qtcore is not None:
            out["Qt"] = str(qtcore.qVersion())
    for label, module, dist in (
        ("jieba", "jieba", "jieba"),
        ("rjieba", "rjieba", "rjieba"),
        ("pdfplumber", "pdfplumber", "pdfplumber"),
        ("pdfminer.six", "pdfminer", "pdfminer.six"),
        ("pypdfium2", "pypdfium2", "pypdfium2"),
        ("python-docx", "docx", "python-docx"),
        ("networkx", "networkx", "networkx"),
        ("sqlite-utils", "sqlite_utils", "sqlite-utils"),
    ):
        out[label] = _module_version(module, dist)
    out["OS"] = f"{platform.system()} {platform.release()} ({platform.machine()})"
    out["frozen"] = "yes" if getattr(sys, "frozen", False) else "no"
    return out
