"""The outline panel: its tree fills the panel, and a click jumps to the section."""

from __future__ import annotations

from desktop.documents import DocumentCache
from desktop.outline_panel import OutlinePanel
from tests.desktop.conftest import doc_id_by_title


def test_tree_fills_the_panel(qtbot, library) -> None:
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    panel.set_document(DocumentCache(library).get(doc_id_by_title(library, "网络安全法")))
    qtbot.waitUntil(lambda: panel.view.isVisible())
    # a stretch beside the tree used to take half the height, leaving a blank lower half
    assert panel.view.height() >= panel.height() - 2
    assert not panel.empty.isVisible()
    panel.set_document(None)
    assert not panel.view.isVisible() and not panel.empty.isVisible()


def test_clicking_a_section_emits_its_start(qtbot, library) -> None:
    panel = OutlinePanel()
    qtbot.addWidget(panel)
    doc = DocumentCache(library).get(doc_id_by_title(library, "网络安全法"))
    panel.set_document(doc)
    first = panel.model.index(0, 0)
    with qtbot.waitSignal(panel.sig_jump) as blocker:
        panel.view.clicked.emit(first)
    chapter = next(s for s in doc.sections if s["kind"] == "章")
    assert blocker.args == [chapter["start"], chapter["start"]]
