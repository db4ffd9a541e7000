"""`fayan notes …` against the DESIGN.md §4 contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.library import Library

from .conftest import LAW


@pytest.fixture
def db(tmp_path: Path, store) -> Path:
    path = tmp_path / "lib.db"
    with Library.open(path) as lib:
        store(lib, "/src/law.txt", [("中华人民共和国测试法", LAW)])
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_json_contract(db: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "notes",
        "add",
        "1",
        "--start",
        "10",
        "--end",
        "20",
        "--note",
        "批注",
        "--tags",
        "义务,风险",
        "--color",
        "风险",
        "--db",
        str(db),
        "--json",
    )
    assert code == 0 and json.loads(out)["color"] == 1
    code, out, err = run(capsys, "notes", "list", "--json", "--db", str(db))
    rows = json.loads(out)
    assert code == 0 and err == ""
    assert list(rows[0]) == [
        "id",
        "doc_id",
        "start",
        "end",
        "quote",
        "note",
        "tags",
        "color",
        "status",
    ]
    assert rows[0]["doc_id"] == 1 and (rows[0]["start"], rows[0]["end"]) == (10, 20)
    assert rows[0]["quote"] == LAW[10:20] and rows[0]["tags"] == ["义务", "风险"]
    assert rows[0]["status"] == "exact"


def test_orphan_of_a_removed_document_lists_with_null_doc_id(db: Path, capsys) -> None:
    run(capsys, "--db", str(db), "notes", "add", "1", "--start", "10", "--end", "20")
    with Library.open(db) as lib:
        lib.remove_documents([1])
    rows = json.loads(run(capsys, "--db", str(db), "notes", "list", "--json")[1])
    assert rows[0]["doc_id"] is None and rows[0]["status"] == "orphan"
    assert rows[0]["start"] is None and rows[0]["quote"] == LAW[10:20]


def test_export_backup_restore(db: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "--db", str(db), "notes", "add", "1", "--start", "10", "--end", "20", "--note", "n")
    for flag, name in (("--docx", "n.docx"), ("--md", "n.md"), ("--csv", "n.csv")):
        code, _, err = run(
            capsys,
            "--db",
            str(db),
            "notes",
            "export",
            flag,
            str(tmp_path / name),
            "--doc",
            "1",
            "--register",
        )
        assert code == 0 and (tmp_path / name).stat().st_size > 0, err
    code, _, _ = run(capsys, "--db", str(db), "notes", "backup", str(tmp_path / "b.json"))
    assert code == 0
    other = tmp_path / "other.db"
    code, out, _ = run(
        capsys, "--db", str(other), "notes", "restore", str(tmp_path / "b.json"), "--json"
    )
    assert code == 0 and json.loads(out)["added"] == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["notes", "add", "1", "--start", "5", "--end", "2"],
        ["notes", "add", "99", "--start", "0", "--end", "2"],
        ["notes", "add", "1", "--start", "0", "--end", "2", "--color", "紫色"],
        ["notes", "restore", "missing.json"],
        ["notes", "export", "--docx", "/no/such/folder/x.docx"],
    ],
)
def test_errors_go_to_stderr_with_nonzero_exit(db: Path, capsys, argv) -> None:
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert code != 0 and out == "" and err.startswith("fayan: ")
    assert "Traceback" not in err


def test_notes_without_subcommand_prints_usage(db: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(db), "notes")
    assert code == 2 and "add" in out
