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
def seed_documents(tmp_path_factory, seeds_dir: Path) -> list[dict]:
    """Every document of the five seeds, as `fayan show --json` gives it, with its text."""
    with Library.open(tmp_path_factory.mktemp("bearers") / "lib.db") as lib:
        report = lib.import_paths([seeds_dir])
        assert not report.failed, [o.message for o in report.failed]
        return [
            {**lib.document(summary.id), "text": lib.document_text(summary.id)}
            for summary in lib.list_documents()
        ]


@pytest.fixture(scope="module")
def seed_bearers(seed_documents) -> list[tuple[str, str]]:
    """(sentence text, bearer) of every obligation or prohibition in the five seeds."""
    return [
        (s["text"], s["subject"])
        for doc in seed_documents
        for s in doc["sentences"]
        if s.get("subject")
    ]


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


def test_a_plans_note_comes_with_its_task(seed_documents) -> None:
    """Seed 001's 陕西 plan: （省科技厅、省工业和信息化厅按职责分工负责） gives where its task
    starts, so the register and the 义务 panel show what is to be done, not only who."""
    plan = next(d for d in seed_documents if d["title"].startswith("陕西省加快推进数字经济产业"))
    notes = [s for s in plan["sentences"] if s["text"].startswith("（") and "负责" in s["text"]]
    assert len(notes) >= 15
    assert all("task_start" in s for s in notes)
    first = notes[0]
    task = plan["text"][first["task_start"] : first["end"]]
    assert task.startswith("依托秦创原创新驱动平台") and task.endswith("按职责分工负责）")
