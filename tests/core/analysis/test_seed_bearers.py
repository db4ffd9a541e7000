"""Duty bearers on the whole seeds, as a user's library holds them after import."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.library import Library

# A bearer that opens with a bracket, or with a clause number, has picked up what opens the
# sentence (a caption, a plan's note of who is responsible, 5.1.1) instead of a name.
_GARBLED = re.compile(r"^(?:[（(]|\d+(?:\.\d+)*\s)")


@pytest.fixture(scope="module")
def seed_bearers(tmp_path_factory, seeds_dir: Path) -> list[tuple[str, str]]:
    """(sentence text, bearer) of every obligation or prohibition in the five seeds."""
    with Library.open(tmp_path_factory.mktemp("bearers") / "lib.db") as lib:
        report = lib.import_paths([seeds_dir])
        assert not report.failed, [o.message for o in report.failed]
        found = []
        for summary in lib.list_documents():
            doc = lib.document(summary.id)
            for s in doc["sentences"]:
                if s.get("subject"):
                    found.append((s["text"], s["subject"]))
    return found


def test_no_seed_bearer_opens_with_a_bracket_or_a_clause_number(seed_bearers) -> None:
    """Before, 185 of the seeds' 8,129 bearers did (（省工业和信息化厅, 6.2 数据供方,
    （公共数据采集）公共管理和服务机构)."""
    assert len(seed_bearers) > 8000
    garbled = [(t[:40], b) for t, b in seed_bearers if _GARBLED.match(b)]
    assert not garbled, garbled[:10]


def test_a_plans_note_names_who_does_its_task(seed_bearers) -> None:
    """Seed 004's plans end a task with who does it: （省工业和信息化厅、…按职责分工负责）."""
    notes = [b for t, b in seed_bearers if t.startswith(("（", "(")) and "负责" in t[:40]]
    assert len(notes) >= 20
    assert "省工业和信息化厅" in notes
    assert all(not b.startswith(("（", "(")) for b in notes)
