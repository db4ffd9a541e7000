"""One batch of bad files (I3 + rows A, B, C, D): each gets its own typed result, the good ones
are imported, the library stays intact, and no message is a traceback."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from core.library import Library
from tests.core.ingest.fixtures import (
    IMAGE_ONLY_PAGE,
    docx_bomb,
    encrypted_pdf,
    make_docx,
    minimal_pdf,
    tamper_docx,
    text_page,
    with_tracked_changes,
)
from tests.robustness.conftest import LAW, snapshot

GB_TEXT = "关于测试镕啰喆堃的通知\n\n一、总体要求\n\n（一）各单位应当加强管理。\n"
BIG5_TEXT = "關於測試恒邨工作的意見\n\n一、總體要求\n\n（一）各單位應當加強管理工作。\n"
UTF16_TEXT = "统一编码测试规定\n\n第一条 为了测试，制定本规定。\n\n第二条 各方应当遵守本规定。\n"


def build_batch(folder: Path) -> dict[str, str]:
    """Write the batch; returns name → expected ("imported", "failed" or "either")."""
    folder.mkdir()
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (folder / name).write_bytes(data)
        expect[name] = outcome

    put("good-law.txt", LAW.replace("测试法", "批量法").encode("utf-8"), "imported")
    put("empty.txt", b"", "failed")
    put("bom-only.txt", b"\xef\xbb\xbf", "failed")
    put("binary.txt", bytes(range(256)) * 40, "failed")
    put("png-named.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "failed")
    put("gb18030.txt", GB_TEXT.encode("gb18030"), "imported")
    put("big5.txt", BIG5_TEXT.encode("big5hkscs"), "either")  # imported or EncodingAmbiguous
    put("utf16-bom.txt", UTF16_TEXT.encode("utf-16"), "imported")
    put("utf16-nobom.txt", UTF16_TEXT.encode("utf-16-le"), "imported")
    good_pdf = minimal_pdf([text_page("Article 1 Test.", "Article 2 Shall comply.")])
    put("truncated.pdf", good_pdf[: len(good_pdf) // 2], "failed")
    put("encrypted.pdf", encrypted_pdf(good_pdf), "failed")
    put("image-only.pdf", minimal_pdf([IMAGE_ONLY_PAGE]), "failed")
    put("html.pdf", b"<html><body>not a pdf</body></html>", "failed")
    put("corrupt.docx", b"PK\x03\x04 this is not really a zip", "failed")
    base = make_docx(folder.parent / "base.docx", ["测试规定", "第一条 为了测试，制定本规定。"])
    tamper_docx(base, folder / "no-document-part.docx", drop=("word/document.xml",))
    expect["no-document-part.docx"] = "failed"
    docx_bomb(base, folder / "bomb.docx", megabytes=200)
    expect["bomb.docx"] = "failed"
    with_tracked_changes(base, folder / "tracked.docx")
    expect["tracked.docx"] = "either"  # imported with the changes (or a warning), never silent
    return expect


@pytest.mark.timeout(240)
def test_batch_of_bad_files(tmp_path: Path, filled_db: Path) -> None:
    folder = tmp_path / "batch"
    expect = build_batch(folder)
    vanishing = tmp_path / "vanishing.txt"
    vanishing.write_text(LAW.replace("测试法", "消失法"), encoding="utf-8")
    lib = Library.open(filled_db)
    before = lib.count_documents()
    vanishing.unlink()  # chosen, then gone before the import (D1)
    report = lib.import_paths([folder, vanishing], workers=2)
    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert set(expect) | {"vanishing.txt"} <= set(by_name), sorted(by_name)
    for name, want in expect.items():
        o = by_name[name]
        if want != "either":
            assert o.status == want, (name, o)
        if o.status == "failed":
            assert o.message and name in o.message, (name, o.message)
            assert "Traceback" not in o.message and o.error_type, (name, o)
    assert by_name["vanishing.txt"].status == "failed"
    assert by_name["vanishing.txt"].error_type == "SourceVanishedError"
    texts = {d.title: lib.document_text(d.id) for d in lib.list_documents()}
    assert any("镕啰喆堃" in t for t in texts.values())  # GB18030 beyond GB2312, exact
    assert any("统一编码测试规定" in t for t in texts.values())
    if by_name["big5.txt"].status == "imported":  # never silent mojibake
        assert any("恒邨" in t for t in texts.values())
    if by_name["tracked.docx"].status == "imported":
        assert any("六十日" in t for t in texts.values()) or by_name["tracked.docx"].message
    imported = sum(o.documents for o in report.outcomes if o.status == "imported")
    assert lib.count_documents() == before + imported
    lib.close()
    snap = snapshot(filled_db)
    assert snap["integrity"] == "ok" and snap["fk"] == [] and snap["annotations"] == 1
    staging = [p for p in tmp_path.rglob("*") if p.name.endswith((".tmp", ".part"))]
    assert staging == []


def test_disk_full_during_import_is_clear_and_harmless(filled_db: Path, tmp_path: Path) -> None:
    """E3/D8: SQLITE_FULL while storing → a DiskFull message naming the file; library intact."""
    lib = Library.open(filled_db)
    big = tmp_path / "big-law.txt"
    big.write_text(
        LAW + "\n".join(f"第{i}条 网络运营者应当履行第{i}项义务。" for i in range(4, 3000)),
        encoding="utf-8",
    )
    before = snapshot(filled_db)
    pages = lib._db.conn.execute("PRAGMA page_count").fetchone()[0]
    lib._db.conn.execute(f"PRAGMA max_page_count={pages + 2}")
    report = lib.import_paths([big], workers=1)
    [outcome] = report.outcomes
    assert outcome.status == "failed" and outcome.error_type == "DiskFullError", outcome
    assert "full" in outcome.message and "Traceback" not in outcome.message
    assert lib.count_documents() == 1
    lib._db.conn.execute("PRAGMA max_page_count=1073741823")
    after = snapshot(filled_db)
    assert {k: after[k] for k in before} == before
    # With space again the same import works.
    report = lib.import_paths([big], workers=1)
    assert report.count("imported") == 1
    lib.close()
    conn = sqlite3.connect(filled_db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
