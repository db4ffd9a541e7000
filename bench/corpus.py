"""Build the ~60 MB benchmark corpus: the seeds repeated with altered titles (shared by benches)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
_TITLE = re.compile(r"《([^《》\n]{2,80})》")
_HEADING = re.compile(r"^(#{1,2} )(.+)$", re.M)


def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        sys.exit(f"no seeds in {SEEDS}: the benchmark needs ../shared/seeds")
    return files


def build_corpus(out: Path, target_mb: float = 60.0) -> tuple[Path, int]:
    """Write copies of the seeds into ``out`` until ``target_mb``; return (folder, bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in seed_files()]
    total = 0
    copy = 0
    while total < target_mb * 1e6:
        folder = out / f"copy{copy:02d}"
        folder.mkdir(exist_ok=True)
        for name, text in texts:
            if copy:
                tag = f"（第{copy}版）"
                text = _TITLE.sub(lambda m, t=tag: f"《{m.group(1)}{t}》", text)
                text = _HEADING.sub(lambda m, t=tag: f"{m.group(1)}{m.group(2)}{t}", text)
            data = text.encode("utf-8")
            (folder / name).write_bytes(data)
            total += len(data)
        copy += 1
    return out, total
