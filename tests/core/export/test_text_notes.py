"""Markdown and CSV exports of the same notes (CSV with a UTF-8 BOM for Excel)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.errors import ExportError
from core.export.text_notes import CSV_COLUMNS

from .conftest import NOTES


def test_markdown_has_headings_quotes_notes_tags_and_register(noted, tmp_path: Path) -> None:
    lib, doc, _ = noted
    path = lib.export_notes(tmp_path / "n.md", "md", doc_ids=[doc], obligations_register=True)
    md = path.read_text(encoding="utf-8")
    assert md.startswith("# 法眼 · 批注汇编\n")
    assert "## 中华人民共和国网络安全法" in md and "### 第二十一条" in md
    for quote, note, tags, color in NOTES:
        assert f"> {quote}" in md
        assert f"**【{lib.palette()[color].name}】** {note}" in md
        assert "标签：" + " ".join(f"`{t}`" for t in tags) in md
    assert "## 义务清单" in md and "| 责任主体 | 类型 | 条款 | 原文 |" in md
    assert "| 网络运营者 |" in md


def test_csv_has_bom_and_one_row_per_note(noted, tmp_path: Path) -> None:
    lib, _, _ = noted
    path = lib.export_notes(tmp_path / "n.csv", "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + len(NOTES)
    by_quote = {r[2]: r for r in rows[1:]}
    for quote, note, tags, color in NOTES:
        row = by_quote[next(q for q in by_quote if q.startswith(quote))]
        assert row[0] == "中华人民共和国网络安全法" and row[1].startswith("第")
        assert row[3] == note  # multi-line and NUL notes survive verbatim
        assert row[4] == "；".join(tags) and row[5] == lib.palette()[color].name
        assert row[6] == "已定位"


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_failure_leaves_no_partial_file(noted, tmp_path: Path, monkeypatch, fmt: str) -> None:
    import core.export.text_notes as text_notes

    lib, _, _ = noted

    def half(model, path):
        Path(path).write_text("half", encoding="utf-8")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(text_notes, "write_markdown" if fmt == "md" else "write_csv", half)
    with pytest.raises(ExportError, match="Input/output error"):
        lib.export_notes(tmp_path / f"n.{fmt}", fmt)
    assert list(tmp_path.iterdir()) == []


def test_register_marks_a_reading_the_user_corrected(noted, tmp_path: Path) -> None:
    lib, doc, _ = noted
    ban = next(s for s in lib.document(doc)["sentences"] if s["labels"] == ["prohibition"])
    plain = lib.export_notes(tmp_path / "a.md", "md", doc_ids=[doc], obligations_register=True)
    assert "✎" not in plain.read_text(encoding="utf-8")  # nothing corrected: no mark, no legend
    lib.correct_sentence(doc, ban["start"], ["prohibition"], "接入服务提供者")
    try:
        path = lib.export_notes(tmp_path / "b.md", "md", doc_ids=[doc], obligations_register=True)
    finally:
        lib.revert_correction(doc, ban["start"])  # the library is shared by the module's tests
    md = path.read_text(encoding="utf-8")
    assert "| 接入服务提供者 ✎ | 禁止 |" in md
    assert "标 ✎ 的条目由用户人工修改过" in md
