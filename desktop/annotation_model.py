"""Qt models over annotations: a grouped tree for the side panel, a table for the notes view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

import desktop.qt_guard  # noqa: F401  (first: see the module)
from core.annotations import FUZZY, ORPHAN, Annotation, PaletteEntry
from desktop.i18n import joined, tr

ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANN_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # a group row's key ("" for an annotation row)
ORPHAN_GROUP = "\x00orphan"  # sorts first; shown as 未定位

Index = QModelIndex | QPersistentModelIndex


def elide(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def color_of(palette: dict[int, PaletteEntry], slot: int) -> QColor:
    entry = palette.get(slot)
    return QColor("#" + entry.color) if entry else QColor("#dddddd")


def color_name(palette: dict[int, PaletteEntry], slot: int) -> str:
    entry = palette.get(slot)
    return entry.name if entry else str(slot)


def status_text(ann: Annotation) -> str:
    if ann.status == FUZZY:
        return tr("ann.status.fuzzy", score=f"{ann.score:.0%}")
    return tr(f"ann.status.{ann.status}")


def annotation_tip(ann: Annotation, palette: dict[int, PaletteEntry]) -> str:
    """Colour meaning, note, tags and, unless exact, the anchor status."""
    lines = [f"【{color_name(palette, ann.color)}】" + (elide(ann.note, 300) if ann.note else "")]
    if ann.tags:
        lines.append(tr("ann.tip.tags", tags=joined(ann.tags)))
    if ann.status != "exact":
        lines.append(status_text(ann))
    return "\n".join(lines)


def article_group(ann: Annotation) -> tuple[str, str]:
    if ann.status == ORPHAN or ann.doc_id is None:
        return ORPHAN_GROUP, tr("ann.group.orphans")
    label = ann.section_label or tr("ann.group.body")
    return label, label


def document_group(ann: Annotation) -> tuple[str, str]:
    if ann.status == ORPHAN or ann.doc_id is None:
        return ORPHAN_GROUP, tr("ann.group.orphans")
    return f"doc:{ann.doc_id}", ann.doc_title


@dataclass
class _Group:
    key: str
    title: str
    items: list[Annotation] = field(default_factory=list)


class AnnotationTreeModel(QAbstractItemModel):
    """Groups (articles of one document, or documents) holding annotation rows; orphans first.

    A group row's internal id is 0; an annotation row's is its group's row + 1.
    """

    def __init__(
        self, parent=None, group_by: Callable[[Annotation], tuple[str, str]] = article_group
    ) -> None:
        super().__init__(parent)
        self.group_by = group_by
        self.palette: dict[int, PaletteEntry] = {}
        self._groups: list[_Group] = []

    def set_annotations(
        self, anns: Sequence[Annotation], palette: Sequence[PaletteEntry] = ()
    ) -> None:
        self.beginResetModel()
        if palette:
            self.palette = {p.slot: p for p in palette}
        groups: dict[str, _Group] = {}
        orphans = _Group(ORPHAN_GROUP, tr("ann.group.orphans"))
        for ann in anns:
            key, title = self.group_by(ann)
            group = orphans if key == ORPHAN_GROUP else groups.setdefault(key, _Group(key, title))
            group.items.append(ann)
        self._groups = ([orphans] if orphans.items else []) + list(groups.values())
        self.endResetModel()

    def annotations(self) -> list[Annotation]:
        return [a for g in self._groups for a in g.items]

    def index_of(self, ann_id: int) -> QModelIndex:
        for gi, g in enumerate(self._groups):
            for row, a in enumerate(g.items):
                if a.id == ann_id:
                    return self.createIndex(row, 0, gi + 1)
        return QModelIndex()

    def group_index(self, key: str) -> QModelIndex:
        for gi, g in enumerate(self._groups):
            if g.key == key:
                return self.createIndex(gi, 0, 0)
        return QModelIndex()

    # Qt overrides -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].items):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and section == 0:
            return tr("ann.panel.header")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            g = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{g.title}（{len(g.items)}）"
            if role == GROUP_ROLE:
                return g.key
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            return None
        ann = self._groups[int(index.internalId()) - 1].items[index.row()]
        return annotation_data(ann, self.palette, role)


def annotation_data(ann: Annotation, palette: dict[int, PaletteEntry], role: int):
    """What one annotation row shows in the tree, per role."""
    if role == Qt.ItemDataRole.DisplayRole:
        flag = "⚠ " if ann.status == FUZZY else ""
        quote = f"{flag}「{elide(ann.quote, 38)}」"
        return quote + ("\n" + elide(ann.note, 60) if ann.note else "")
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"「{elide(ann.quote, 200)}」\n" + annotation_tip(ann, palette)
    if role == Qt.ItemDataRole.DecorationRole:
        return color_of(palette, ann.color)
    if role == ANN_ID_ROLE:
        return ann.id
    if role == ANN_ROLE:
        return ann
    if role == GROUP_ROLE:
        return ""
    return None


COLUMNS = ("document", "article", "color", "quote", "note", "tags", "status", "updated")


class AnnotationTableModel(QAbstractTableModel):
    """All annotations matching the notes view's filters, one row each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.palette: dict[int, PaletteEntry] = {}
        self._rows: list[Annotation] = []

    def set_annotations(
        self, anns: Sequence[Annotation], palette: Sequence[PaletteEntry] = ()
    ) -> None:
        self.beginResetModel()
        if palette:
            self.palette = {p.slot: p for p in palette}
        self._rows = list(anns)
        self.endResetModel()

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return tr(f"ann.col.{COLUMNS[section]}")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        ann = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ann, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in ("quote", "note"):
            return ann.quote if col == "quote" else ann.note or None
        if role == Qt.ItemDataRole.DecorationRole and col == "color":
            return color_of(self.palette, ann.color)
        if role == ANN_ID_ROLE:
            return ann.id
        if role == ANN_ROLE:
            return ann
        return None

    def _display(self, ann: Annotation, col: str) -> str:
        if col == "document":
            return ann.doc_title
        if col == "article":
            return ann.section_label or ""
        if col == "color":
            return color_name(self.palette, ann.color)
        if col == "quote":
            return elide(ann.quote, 60)
        if col == "note":
            return elide(ann.note, 80)
        if col == "tags":
            return joined(ann.tags)
        if col == "status":
            return status_text(ann)
        return ann.updated_at[:16].replace("T", " ")
