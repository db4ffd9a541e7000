"""Every Qt model passes qtmodeltester with real documents."""

from __future__ import annotations

import pytest

from desktop.documents import DocumentCache
from desktop.library_model import DOC_ID_ROLE, MODES, LibraryFilterProxy, LibraryTreeModel
from desktop.obligations_panel import ObligationsModel, ObligationsProxy, duty_rows
from desktop.outline_panel import OutlineModel
from desktop.references_panel import ReferencesModel
from desktop.search_panel import SearchResultsModel
from tests.desktop.conftest import doc_id_by_title


@pytest.mark.parametrize("mode", MODES)
def test_library_tree_model(qtmodeltester, library, mode) -> None:
    model = LibraryTreeModel()
    model.set_documents(library.list_documents())
    model.set_mode(mode)
    qtmodeltester.check(model)
    ids = model.doc_ids_under(model.index(-1, 0))  # root
    assert sorted(ids) == sorted(d.id for d in library.list_documents())
    top = model.index(0, 0)
    assert f"({model.data(top, DOC_ID_ROLE + 1)})" in model.data(top)  # count shown


def test_library_filter_keeps_folders_of_matches(qtmodeltester, library) -> None:
    model = LibraryTreeModel()
    model.set_documents(library.list_documents())
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("网络安全法")
    qtmodeltester.check(proxy)
    found = []

    def walk(parent):
        for r in range(proxy.rowCount(parent)):
            idx = proxy.index(r, 0, parent)
            if idx.data(DOC_ID_ROLE) is not None:
                found.append(idx.data())
            walk(idx)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    assert found == ["网络安全法"]


def test_outline_model(qtmodeltester, library) -> None:
    doc = DocumentCache(library).get(doc_id_by_title(library, "网络安全法"))
    model = OutlineModel()
    model.set_document(doc)
    qtmodeltester.check(model)
    chapters = [s for s in doc.sections if s["kind"] == "章"]
    assert model.rowCount() == len(chapters)
    assert model.index(0, 0).data().startswith("第一章")


def test_obligations_models(qtmodeltester, library) -> None:
    doc = DocumentCache(library).get(doc_id_by_title(library, "网络安全法"))
    model = ObligationsModel()
    model.set_rows(duty_rows(doc))
    qtmodeltester.check(model)
    proxy = ObligationsProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    bearer = next(r["bearer"] for r in model.rows if r["bearer"])
    proxy.set_bearer(bearer)
    assert 0 < proxy.rowCount() == sum(r["bearer"] == bearer for r in model.rows)
    # 第二十一条's lead-in shows the duties it lists, which alone say what is owed
    lead = next(r for r in model.rows if "履行下列安全保护义务" in r["text"])
    assert lead["text"].endswith("（五）法律、行政法规规定的其他义务。")
    assert lead["end"] < lead["start"] + len(lead["text"])  # the row still opens its sentence


def test_obligations_model_marks_a_carried_bearer(qtmodeltester, library) -> None:
    """A bearer the sentence does not name (carried from an earlier one) is set in italics with a
    tooltip that says so; one the sentence names is not."""
    from PySide6.QtCore import Qt

    from desktop.obligations_panel import carried

    doc = DocumentCache(library).get(doc_id_by_title(library, "网络安全法"))
    model = ObligationsModel()
    model.set_rows(duty_rows(doc))
    col = model.columns.index("bearer")
    rows = list(enumerate(model.rows))
    i, row = next((i, r) for i, r in rows if carried(r))
    idx = model.index(i, col)
    assert row["bearer"] not in row["text"]
    assert idx.data() == row["bearer"]
    assert idx.data(Qt.ItemDataRole.FontRole).italic()
    assert row["bearer"] in idx.data(Qt.ItemDataRole.ToolTipRole) != row["bearer"]
    j = next(i for i, r in rows if r["bearer"] and r["bearer"] in r["text"])
    named = model.index(j, col)
    assert named.data(Qt.ItemDataRole.FontRole) is None
    assert named.data(Qt.ItemDataRole.ToolTipRole) == model.rows[j]["bearer"]


def test_references_models(qtmodeltester, library) -> None:
    doc_id = doc_id_by_title(library, "网络安全法")
    refs = ReferencesModel()
    refs.set_rows(library.document(doc_id)["references"])
    qtmodeltester.check(refs)
    cited = ReferencesModel(cited_by=True)
    cited.set_rows(library.cited_by(doc_id))
    qtmodeltester.check(cited)
    assert cited.rowCount() > 0  # 关键信息基础设施安全保护条例 cites it


def test_search_results_model(qtmodeltester, library) -> None:
    result = library.search("网络运营者", limit=30)
    model = SearchResultsModel()
    model.set_hits(result.hits)
    qtmodeltester.check(model)
    assert model.hit_count() == len(result.hits) > 0


def test_obligations_model_lists_labels_in_the_ui_language(library) -> None:
    """Two labels read 义务、禁止 in Chinese and "Obligation, Prohibition" in English."""
    from desktop.i18n import set_language

    doc = DocumentCache(library).get(doc_id_by_title(library, "网络安全法"))
    model = ObligationsModel()
    model.set_rows(duty_rows(doc))
    i = next(i for i, r in enumerate(model.rows) if len(r["labels"]) > 1)
    idx = model.index(i, model.columns.index("label"))
    try:
        assert idx.data() == "义务、禁止"
        set_language("en")
        assert idx.data() == "Obligation, Prohibition"
    finally:
        set_language("zh")
