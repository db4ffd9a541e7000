"""The Word export re-opened with python-docx: structure, CJK fonts, fields, register, atomicity."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from core.errors import ExportError
from core.library import Library

from .conftest import NOTES


def _open(lib: Library, path: Path, **kw) -> docx.document.Document:
    out = lib.export_notes(path, "docx", **kw)
    assert out == path
    return docx.Document(str(path))


def _styled(d, prefix: str) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name.startswith(prefix)]


def test_docx_structure_quotes_notes_tags_and_source(noted, tmp_path: Path) -> None:
    lib, doc, _ = noted
    d = _open(lib, tmp_path / "notes.docx", title="测试批注")
    texts = [p.text for p in d.paragraphs]
    assert _styled(d, "Title") == ["测试批注"]
    assert any(t.startswith("导出日期：") for t in texts)
    assert "范围：全部文件" in texts
    assert _styled(d, "Heading 1") == ["中华人民共和国网络安全法"]
    assert _styled(d, "Heading 2") == ["第二十一条", "第二十五条", "第二十七条"]
    meta = next(t for t in texts if t.startswith("类型："))
    assert "法律" in meta and "全国人民代表大会常务委员会" in meta
    palette = lib.palette()
    for quote, note, tags, color in NOTES:
        qp = next(p for p in d.paragraphs if p.text.startswith(quote))
        fill = qp._p.pPr.find(qn("w:shd")).get(qn("w:fill"))
        assert fill == palette[color].color
        body = next(t for t in texts if t.startswith(f"【{palette[color].name}】"))
        assert body == f"【{palette[color].name}】" + note.replace("\x00", "\ufffd")
        assert "标签：" + "  ".join(f"#{t}" for t in tags) in texts
    assert "出处：《中华人民共和国网络安全法》第二十一条" in texts


def test_every_run_has_an_east_asian_font(noted, tmp_path: Path) -> None:
    lib, _, _ = noted
    d = _open(lib, tmp_path / "fonts.docx", obligations_register=True, doc_ids=[noted[1]])
    runs = [r for p in d.paragraphs for r in p.runs if r.text]
    runs += [
        r
        for t in d.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
        if r.text
    ]
    assert len(runs) > 50
    for r in runs:
        fonts = r._element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) in ("宋体", "黑体"), r.text
        assert fonts.get(qn("w:ascii")) and fonts.get(qn("w:hAnsi"))
    heading = next(p for p in d.paragraphs if p.style.name == "Heading 1")
    assert heading.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    normal = d.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "宋体" and normal.get(qn("w:asciiTheme")) is None


def test_footer_page_field_toc_field_and_update_on_open(noted, tmp_path: Path) -> None:
    lib, _, _ = noted
    d = _open(lib, tmp_path / "fields.docx")
    footer = d.sections[0].footer._element
    instr = [el.text.strip() for el in footer.iter(qn("w:instrText"))]
    assert instr == ["PAGE"]
    assert [f.get(qn("w:fldCharType")) for f in footer.iter(qn("w:fldChar"))] == [
        "begin",
        "separate",
        "end",
    ]
    body_instr = [el.text.strip() for el in d.element.body.iter(qn("w:instrText"))]
    assert any(t.startswith("TOC ") for t in body_instr)
    assert d.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_obligations_register_table(noted, tmp_path: Path) -> None:
    lib, doc, _ = noted
    d = _open(lib, tmp_path / "register.docx", doc_ids=[doc], obligations_register=True)
    assert "义务清单" in _styled(d, "Heading 1")
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["责任主体", "类型", "条款", "原文"]
    info = lib.document(doc)
    expected = [
        s for s in info["sentences"] if {"obligation", "prohibition", "penalty"} & set(s["labels"])
    ]
    assert len(table.rows) - 1 == len(expected) > 20
    row = next(r for r in table.rows[1:] if r.cells[1].text.startswith("禁止"))
    assert row.cells[2].text.startswith("第") and row.cells[3].text
    bearers = {r.cells[0].text for r in table.rows[1:]}
    assert "网络运营者" in bearers
    # 第二十一条's lead-in (…履行下列安全保护义务…：) comes with the five duties it lists.
    lead = next(r for r in table.rows[1:] if "履行下列安全保护义务" in r.cells[3].text)
    assert lead.cells[2].text == "第二十一条"
    assert "（一）制定内部安全管理制度" in lead.cells[3].text
    assert lead.cells[3].text.endswith("（五）法律、行政法规规定的其他义务。")
    assert "第二十二条" not in lead.cells[3].text
    # A reading the user corrected is marked, with a legend under the heading.
    at = row_start(lib, doc)
    lib.correct_sentence(doc, at, ["prohibition"], "接入服务提供者")
    try:
        d = _open(lib, tmp_path / "register2.docx", doc_ids=[doc], obligations_register=True)
    finally:
        lib.revert_correction(doc, at)  # the library is shared by the module's tests
    assert "接入服务提供者 ✎" in {r.cells[0].text for r in d.tables[0].rows[1:]}
    assert any(p.text.startswith("标 ✎ 的条目") for p in d.paragraphs)


def row_start(lib, doc: int) -> int:
    return next(
        s["start"] for s in lib.document(doc)["sentences"] if s["labels"] == ["prohibition"]
    )


def test_tag_and_document_filters(noted, tmp_path: Path) -> None:
    lib, doc, _ = noted
    d = _open(lib, tmp_path / "tag.docx", tag="应急")
    assert _styled(d, "Heading 2") == ["第二十五条"]
    assert "范围：全部文件；标签：应急" in [p.text for p in d.paragraphs]
    d = _open(lib, tmp_path / "none.docx", tag="不存在")
    assert _styled(d, "Heading 1") == []
    assert "（没有符合条件的批注。）" in [p.text for p in d.paragraphs]


def test_orphans_get_their_own_section(tmp_path: Path, store_law) -> None:
    lib, doc = store_law
    a = lib.add_annotation(doc, 20, 30, note="孤立批注")
    lib.remove_documents([doc])
    d = _open(lib, tmp_path / "orphans.docx")
    assert "未能定位的批注" in _styled(d, "Heading 1")
    texts = [p.text for p in d.paragraphs]
    assert any(t.startswith(a.quote) for t in texts) and "【待落实】孤立批注" in texts


@pytest.fixture
def store_law(tmp_path: Path):
    src = tmp_path / "law.txt"
    src.write_text(
        "中华人民共和国测试法\n第一条 为了测试孤立批注的导出，制定本法。\n", encoding="utf-8"
    )
    lib = Library.open(tmp_path / "lib.db")
    lib.import_paths([src], workers=1)
    yield lib, lib.list_documents()[0].id
    lib.close()


def test_failed_save_leaves_no_file(noted, tmp_path: Path, monkeypatch) -> None:
    lib, _, _ = noted

    def boom(self, path):
        Path(path).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", boom)
    target = tmp_path / "out" / "notes.docx"
    target.parent.mkdir()
    with pytest.raises(ExportError, match="No space left") as err:
        lib.export_notes(target)
    assert "Nothing was saved" in str(err.value)
    assert list(target.parent.iterdir()) == []


def test_existing_file_is_replaced_only_on_success(noted, tmp_path: Path, monkeypatch) -> None:
    lib, _, _ = noted
    target = tmp_path / "notes.docx"
    target.write_bytes(b"previous export")
    monkeypatch.setattr(
        docx.document.Document, "save", lambda self, p: (_ for _ in ()).throw(ValueError("boom"))
    )
    with pytest.raises(ExportError):
        lib.export_notes(target)
    assert target.read_bytes() == b"previous export"
    monkeypatch.undo()
    lib.export_notes(target)
    assert docx.Document(str(target)).paragraphs
    assert [p.name for p in tmp_path.iterdir()] == ["notes.docx"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores chmod")
def test_read_only_folder_is_a_clear_error(noted, tmp_path: Path) -> None:
    lib, _, _ = noted
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="Choose a folder"):
            lib.export_notes(folder / "x.docx")
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_unwritable_folder_fallback_for_root(noted, tmp_path: Path, monkeypatch) -> None:
    """As root chmod is ignored, so the refusal is simulated where the temp file is created."""
    import tempfile

    lib, _, _ = noted

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ExportError, match="Permission denied.*Choose a folder"):
        lib.export_notes(tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("bad", ["folder", "missing"])
def test_bad_targets(noted, tmp_path: Path, bad: str) -> None:
    lib, _, _ = noted
    target = tmp_path if bad == "folder" else tmp_path / "nope" / "x.docx"
    with pytest.raises(ExportError):
        lib.export_notes(target)
    with pytest.raises(ExportError, match="Cannot export notes as"):
        lib.export_notes(tmp_path / "x.pdf", "pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_renders_the_export(noted, tmp_path: Path) -> None:
    lib, doc, _ = noted
    path = lib.export_notes(tmp_path / "render.docx", doc_ids=[doc], obligations_register=True)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    pdf = tmp_path / "render.pdf"
    assert pdf.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True
        ).stdout
        assert "中华人民共和国网络安全法" in text and re.search(r"第\s*1\s*页", text)
        assert "义务清单" in text and "第二十一条" in text
