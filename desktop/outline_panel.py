"""The outline of the open document (编章节条 or 一、（一）items); a click jumps there."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget

import desktop.qt_guard  # noqa: F401
from desktop.documents import LoadedDocument
from desktop.i18n import tr

START_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
# Articles below 章 are listed; 款/项/目 would drown the outline.
OUTLINE_KINDS = {"编", "章", "节", "条", "一、", "（一）", "1.", "（1）"}


class OutlineModel(QAbstractItemModel):
    """A tree over a document's sections; internal ids are section indexes (+1, 0 = root)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sections: list[dict] = []
        self._children: dict[int, list[int]] = {-1: []}
        self._parent: dict[int, int] = {}
        self._row: dict[int, int] = {}
        self._text = ""

    def set_document(self, doc: LoadedDocument | None) -> None:
        self.beginResetModel()
        self._sections = doc.sections if doc else []
        self._text = doc.text if doc else ""
        self._children = {-1: []}
        self._parent, self._row = {}, {}
        keep = [i for i, s in enumerate(self._sections) if s["kind"] in OUTLINE_KINDS]
        kept = set(keep)
        for i in keep:
            p = self._sections[i].get("parent")
            while p is not None and p not in kept:
                p = self._sections[p].get("parent")
            up = -1 if p is None else int(p)
            self._children.setdefault(up, []).append(i)
            self._parent[i] = up
        for kids in self._children.values():
            for row, i in enumerate(kids):
                self._row[i] = row
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        p = parent.internalId() - 1 if parent.isValid() else -1
        kids = self._children.get(p, [])
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, kids[row] + 1)

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._parent.get(index.internalId() - 1, -1)
        if up < 0:
            return QModelIndex()
        return self.createIndex(self._row[up], 0, up + 1)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.column() > 0:
            return 0
        p = parent.internalId() - 1 if parent.isValid() else -1
        return len(self._children.get(p, []))

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._sections[index.internalId() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            if s.get("title"):
                return f"{s['label']} {s['title']}"
            if s["kind"] == "条":
                snippet = self._text[
                    s["start"] + len(s["label"]) : s["start"] + len(s["label"]) + 18
                ]
                return f"{s['label']} {snippet.strip()}…"
            line = self._text[s["start"] : s["end"]].split("\n", 1)[0]
            return line[:30] + ("…" if len(line) > 30 else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text[s["start"] : min(s["end"], s["start"] + 200)]
        if role == START_ROLE:
            return int(s["start"])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class OutlinePanel(QWidget):
    sig_jump = Signal(int, int)  # cp start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutlineModel(self)
        self.view = QTreeView()
        self.view.setHeaderHidden(True)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.empty = QLabel(tr("outline.empty"))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(12, 12, 12, 12)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)  # the tree takes the whole height, not half of it
        lay.addWidget(self.empty)
        lay.addStretch(0)  # with no outline, the message stays at the top
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        self.set_document(None)

    def set_document(self, doc: LoadedDocument | None) -> None:
        self.model.set_document(doc)
        has = self.model.rowCount() > 0
        self.view.setVisible(has)
        self.empty.setVisible(not has and doc is not None)
        # Expand chapters, keep articles folded under them when there are many.
        if has and self.model.rowCount() < 40:
            self.view.expandToDepth(0)

    def _on_view_clicked(self, index: QModelIndex) -> None:
        start = index.data(START_ROLE)
        if start is not None:
            self.sig_jump.emit(int(start), int(start))
