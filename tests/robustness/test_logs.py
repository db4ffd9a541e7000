"""The log file: in the folder asked for, rotating, with versions; the CLI logs there too."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from core.logs import close_logging, component_versions, log_path, setup_logging

ROOT = Path(__file__).resolve().parents[2]


def test_log_file_rotates(tmp_path: Path) -> None:
    path = setup_logging(folder=tmp_path, max_bytes=2000, backup_count=2)
    try:
        assert path == tmp_path / "fayan.log" and log_path() == path
        log = logging.getLogger("fayan.test")
        for i in range(200):
            log.warning("line %d with some padding to fill the file quickly", i)
        for h in logging.getLogger().handlers:
            h.flush()
        files = sorted(p.name for p in tmp_path.iterdir())
        assert files == ["fayan.log", "fayan.log.1", "fayan.log.2"]
        assert all(p.stat().st_size <= 2200 for p in tmp_path.iterdir())
        assert "line 199" in path.read_text(encoding="utf-8")
        assert setup_logging(folder=tmp_path) == path  # idempotent: one handler
        rotating = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
        assert len(rotating) == 1
    finally:
        close_logging()


def test_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert setup_logging(folder=blocker / "logs") is None  # a file where the folder should be
    close_logging()


def test_versions_name_every_part() -> None:
    v = component_versions()
    for part in (
        "Fayan",
        "Python",
        "SQLite",
        "jieba",
        "pdfplumber",
        "pypdfium2",
        "python-docx",
        "networkx",
    ):
        assert v.get(part) not in (None, "", "?"), part


def test_cli_writes_the_log_and_check_reports(tmp_path: Path) -> None:
    env = {**os.environ, "FAYAN_LOG_DIR": str(tmp_path / "logs")}
    db = tmp_path / "lib.db"
    law = tmp_path / "law.txt"
    law.write_text("中华人民共和国测试法\n\n第一条 为了测试，制定本法。\n", encoding="utf-8")

    def fayan(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "core.cli", "--db", str(db), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )

    assert fayan("import", "-q", str(law)).returncode == 0
    check = fayan("check")
    assert check.returncode == 0 and "integrity: ok" in check.stdout
    backup = fayan("backup")
    assert backup.returncode == 0 and "Backed up" in backup.stderr
    listed = fayan("backup", "--list", "--json")
    rows = json.loads(listed.stdout)
    assert len(rows) == 2  # the scheduled one after the first import + the manual one
    dry = fayan("restore", rows[0]["path"])
    assert dry.returncode == 2 and "--yes" in dry.stderr
    done = fayan("restore", rows[0]["path"], "--yes")
    assert done.returncode == 0 and "pre-restore" in done.stderr
    log = (tmp_path / "logs" / "fayan.log").read_text(encoding="utf-8")
    assert "log started" in log and "SQLite" in log and "restored" in log
