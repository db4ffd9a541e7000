"""Alignment of a revised law (exact), self-comparison, the JSON contract, the Word report, CLI."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from dataclasses import asdict
from pathlib import Path

import pytest

from core.analysis import analyze_sentences
from core.compare import STATUSES, compare_documents, compare_texts
from core.compare.docx_report import write_docx
from core.errors import ExportError
from core.structure import parse_sections

_spec = importlib.util.spec_from_file_location("revision", Path(__file__).with_name("revision.py"))
assert _spec and _spec.loader
revision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(revision)


def _doc(text: str) -> dict:
    """What Library.document gives compare: sections and analysed sentences."""
    sections = parse_sections(text)
    sentences = [
        {
            "start": s.start,
            "end": s.end,
            "text": text[s.start : s.end],
            "labels": list(s.labels),
            "subject": s.subject,
        }
        for s in analyze_sentences(text, sections)
    ]
    return {"sections": [asdict(s) for s in sections], "sentences": sentences}


@pytest.fixture(scope="module")
def revised():
    v1, v2, expected = revision.build()
    return v1, v2, expected, compare_documents(_doc(v1), v1, _doc(v2), v2)


def _rows(comparison) -> list[tuple]:
    rows = []
    for p in comparison.pairs:
        j = p.to_json(ops=False)
        rows.append((j["a"], j["b"], j["status"]))
    return rows


def test_revision_alignment_is_exact(revised) -> None:
    _, _, expected, comparison = revised
    assert _rows(comparison) == expected
    assert comparison.counts() == {
        "same": 69,
        "modified": 5,
        "moved": 1,
        "merged": 1,
        "split": 1,
        "added": 2,
        "deleted": 1,
    }


def test_revision_spot_checks(revised) -> None:
    rows = _rows(revised[3])
    assert ("第十三条", "第四十七条", "moved") in rows  # moved, text unchanged
    assert (["第三十五条", "第三十六条"], "第三十六条", "merged") in rows
    assert ("第十四条", ["第十四条", "第十五条"], "split") in rows
    assert ("第二十一条", "第二十二条", "modified") in rows  # renumbered and edited
    assert ("第十一条", "第十二条", "same") in rows  # renumbered only
    assert (None, "第十一条", "added") in rows
    assert ("第七十一条", None, "deleted") in rows


def test_backbone_is_monotone_and_moves_cross_it(revised) -> None:
    pairs = revised[3].pairs
    backbone = [(p.a[0].index, p.b[0].index) for p in pairs if p.a and p.b and not p.moved]
    assert backbone == sorted(backbone) and [b for _, b in backbone] == sorted(
        b for _, b in backbone
    )
    moved = [p for p in pairs if p.status == "moved"]
    assert [p.identical for p in moved] == [True]


def test_diff_ops_point_into_each_text(revised) -> None:
    v1, v2, _, comparison = revised
    pair = next(p for p in comparison.pairs if p.a and p.a[0].label == "第二十一条")
    changes = [(o.op, o.text) for o in pair.ops if o.op != "equal"]
    assert changes == [("delete", "六个月"), ("insert", "一年")]
    for p in comparison.pairs:
        for o in p.ops:
            if o.op in ("equal", "delete"):
                assert "".join(v1[o.a_start : o.a_end].split()) == o.text
            else:
                assert "".join(v2[o.b_start : o.b_end].split()) == o.text


def test_obligation_changes(revised) -> None:
    obligations = revised[3].obligations
    changed = {(o.a_label, o.b_label): o for o in obligations if o.change == "changed"}
    duty = changed["第二十八条", "第二十九条"]  # 网络运营者应当 → 电信业务经营者可以
    assert duty.a_labels == ("obligation",) and "obligation" not in duty.b_labels
    assert duty.a_subject == "网络运营者"
    added = [o for o in obligations if o.change == "added"]
    assert [o.b_label for o in added] == ["第四十五条"]
    assert added[0].b_subject == "网络运营者"


def test_self_comparison_is_all_same() -> None:
    text = revision.SAMPLE.read_text(encoding="utf-8")
    c = compare_texts(text, text)
    assert c.counts()["same"] == 79 == len(c.pairs)
    assert all(p.similarity == 1.0 and p.a[0].label == p.b[0].label for p in c.pairs)
    assert not c.obligations


def test_whitespace_and_labels_do_not_count() -> None:
    a = "第一条 网络运营者应当\n履行安全保护义务。\n第二条 本法自公布之日起施行。"
    b = "第一条 网络运营者应当履行安全 保护义务。\n第二条 国家支持数据开发利用。\n第三条 本法自公布之日起施行。"
    rows = _rows(compare_texts(a, b))
    assert rows == [
        ("第一条", "第一条", "same"),
        (None, "第二条", "added"),
        ("第二条", "第三条", "same"),
    ]


def test_policy_outline_units_and_paragraphs() -> None:
    a = "一、总体要求\n（一）指导思想。坚持数据安全与发展并重。\n（二）基本原则。统筹规划，分类管理。\n二、主要任务\n（三）建立数据资产台账。"
    b = "一、总体要求\n（一）指导思想。坚持数据安全与发展并重。\n二、主要任务\n（二）建立数据资产台账，定期更新。"
    c = compare_texts(a, b)
    assert c.a.unit_kind == "outline"
    rows = _rows(c)
    assert ("一、（一）", "一、（一）", "same") in rows
    assert ("一、（二）", None, "deleted") in rows
    assert ("二、（三）", "二、（二）", "modified") in rows
    plain = compare_texts("数据是新型生产要素。\n要加快培育数据要素市场。", "数据是新型生产要素。")
    assert plain.a.unit_kind == "paragraph"
    assert _rows(plain) == [("第1段", "第1段", "same"), ("第2段", None, "deleted")]


def test_empty_documents() -> None:
    c = compare_texts("", "第一条 本法自公布之日起施行。")
    assert _rows(c) == [(None, "第一条", "added")]
    assert compare_texts("", "").pairs == ()


def test_json_contract(revised) -> None:
    out = json.loads(json.dumps(revised[3].to_json(), ensure_ascii=False))
    assert set(out) == {"pairs", "summary"}
    for p in out["pairs"]:
        assert {"a", "b", "status", "similarity"} <= set(p)
        assert p["status"] in STATUSES
        assert 0.0 <= p["similarity"] <= 1.0
        for side in ("a", "b"):
            assert (
                p[side] is None
                or isinstance(p[side], str)
                or (isinstance(p[side], list) and len(p[side]) > 1)
            )
    s = out["summary"]
    assert sum(s[k] for k in STATUSES) == len(out["pairs"])
    assert set(s["obligations"]) == {"added", "removed", "changed"}


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_docx_report(revised, tmp_path: Path) -> None:
    out = write_docx(revised[3], tmp_path / "对照.docx")
    xml = _docx_xml(out)
    assert xml.index("对照结果") < xml.index("<w:tbl>")  # summary first
    assert 'w:eastAsia="宋体"' in xml
    assert "<w:strike/>" in xml and '<w:u w:val="single"/>' in xml
    assert "六个月" in xml and "一年" in xml
    assert [p.name for p in tmp_path.iterdir()] == ["对照.docx"]


def test_docx_write_failure_leaves_nothing(revised, tmp_path: Path, monkeypatch) -> None:
    import docx.document

    def boom(self, stream):
        stream.write(b"PK partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", boom)
    with pytest.raises(ExportError, match="No space left"):
        write_docx(revised[3], tmp_path / "r.docx")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError):
        write_docx(revised[3], tmp_path / "missing-folder" / "r.docx")


def test_cli_compare(tmp_path: Path, capsys) -> None:
    from core.cli import main

    _, v2, expected = revision.build()
    new = tmp_path / "网络安全法修订草案.txt"
    new.write_text(v2, encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["--db", db, "import", str(revision.SAMPLE), str(new), "-q"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "list", "--json"]) == 0
    ids = {d["title"]: d["id"] for d in json.loads(capsys.readouterr().out)}
    a, b = ids["中华人民共和国网络安全法"], ids["中华人民共和国网络安全法（修订草案）"]
    report = tmp_path / "r.docx"
    assert main(["--db", db, "compare", str(a), str(b), "--json", "--docx", str(report)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(p["a"], p["b"], p["status"]) for p in out["pairs"]] == expected
    assert out["summary"]["a"]["id"] == a and out["summary"]["moved"] == 1
    assert report.exists()
    assert main(["--db", db, "compare", str(a), "9999", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "9999" in captured.err
