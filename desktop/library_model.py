"""The library tree: collection → category → document, or facets by type, issuer and year."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.records import DocumentSummary
from desktop.i18n import tr

MODES: tuple[str, ...] = ("tree", "doc_type", "issuer", "year")
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # text the filter box matches

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


@dataclass(eq=False)
class Node:
    name: str
    parent: Node | None = None
    doc: DocumentSummary | None = None
    children: list[Node] = field(default_factory=list)
    count: int = 0
    row: int = 0

    def child(self, name: str) -> Node:
        for c in self.children:
            if c.doc is None and c.name == name:
                return c
        node = Node(name, self)
        self.children.append(node)
        return node


def _groups(doc: DocumentSummary, mode: str) -> tuple[str, ...]:
    if mode == "tree":
        return tuple(doc.tree_path) or (tr("tree.unfiled"),)
    if mode == "doc_type":
        return (doc.doc_type or tr("tree.unknown"),)
    if mode == "issuer":
        return (doc.issuer or tr("tree.unknown"),)
    year = (doc.date or "")[:4]
    return (year if year.isdigit() else tr("tree.unknown"),)


def build_tree(docs: Sequence[DocumentSummary], mode: str) -> Node:
    root = Node("")
    for doc in docs:
        node = root
        for name in _groups(doc, mode):
            node = node.child(name)
        node.children.append(Node(doc.title, node, doc))
    _finish(root, mode)
    return root


def _finish(node: Node, mode: str) -> int:
    folders = [c for c in node.children if c.doc is None]
    leaves = [c for c in node.children if c.doc is not None]
    if mode == "year":
        folders.sort(key=lambda n: n.name, reverse=True)
    elif mode in ("doc_type", "issuer"):
        folders.sort(key=lambda n: n.name)
    # tree mode keeps the collection's own order (一、二、三…) as imported
    leaves.sort(key=lambda n: n.doc.id if n.doc else 0) if mode == "tree" else leaves.sort(
        key=lambda n: ((n.doc.date or "") if n.doc else "", n.name), reverse=mode == "year"
    )
    node.children = folders + leaves
    total = len(leaves)
    for i, c in enumerate(node.children):
        c.row = i
        if c.doc is None:
            total += _finish(c, mode)
    node.count = total
    return total


class LibraryTreeModel(QAbstractItemModel):
    """A read-only tree over ``Library.list_documents()``; ``reload`` rebuilds it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mode = "tree"
        self._docs: list[DocumentSummary] = []
        self._root = Node("")

    # --- data in -------------------------------------------------------------------------------

    def set_documents(self, docs: Sequence[DocumentSummary]) -> None:
        self.beginResetModel()
        self._docs = list(docs)
        self._root = build_tree(self._docs, self._mode)
        self.endResetModel()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown library view {mode!r}")
        self._mode = mode
        self.set_documents(self._docs)

    def mode(self) -> str:
        return self._mode

    def documents(self) -> list[DocumentSummary]:
        return list(self._docs)

    def summary(self, doc_id: int) -> DocumentSummary | None:
        return next((d for d in self._docs if d.id == doc_id), None)

    def index_of_document(self, doc_id: int) -> QModelIndex:
        def walk(node: Node) -> Node | None:
            for c in node.children:
                if c.doc is not None and c.doc.id == doc_id:
                    return c
                found = walk(c) if c.doc is None else None
                if found:
                    return found
            return None

        node = walk(self._root)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def doc_ids_under(self, index: Index) -> list[int]:
        node = self._node(index)
        out: list[int] = []

        def walk(n: Node) -> None:
            if n.doc is not None:
                out.append(n.doc.id)
            for c in n.children:
                walk(c)

        walk(node)
        return out

    # --- Qt model API --------------------------------------------------------------------------

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        doc = node.doc
        if role == Qt.ItemDataRole.DisplayRole:
            if doc is None:
                return f"{node.name}  ({node.count})"
            return doc.short_title or doc.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if doc is None:
                return f"{node.name}\n{tr('tree.count_tip', n=node.count)}"
            bits = [doc.title, " · ".join(x for x in (doc.doc_type, doc.issuer, doc.date) if x)]
            if doc.status:
                bits.append(doc.status)
            return "\n".join(b for b in bits if b)
        if role == DOC_ID_ROLE:
            return doc.id if doc else None
        if role == COUNT_ROLE:
            return node.count if doc is None else 1
        if role == SEARCH_ROLE:
            if doc is None:
                return node.name
            return " ".join(
                x for x in (doc.title, doc.short_title, doc.doc_number, doc.issuer) if x
            )
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("tree.header")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LibraryFilterProxy(QSortFilterProxyModel):
    """Filters documents by title, short title, 文号 or issuer; keeps their folders."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        pattern = self.filterRegularExpression().pattern()
        if not pattern:
            return True
        model = self.sourceModel()
        idx = model.index(source_row, 0, source_parent)
        if idx.data(DOC_ID_ROLE) is None:  # folders show when a document below them matches
            return False
        return super().filterAcceptsRow(source_row, source_parent)
