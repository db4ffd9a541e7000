"""The main window: library tree, reader tabs, side panels, menus, import and navigation."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

import desktop.qt_guard  # noqa: F401
from core.library import Library
from core.paths import sample_docs_dir
from desktop import theme
from desktop.annotation_controller import install_annotations
from desktop.correction_controller import install_corrections
from desktop.documents import DocumentCache
from desktop.errors import show_error
from desktop.history import History, Place
from desktop.i18n import LANGUAGES, language, set_language, tr
from desktop.import_dialog import ImportController, report_summary
from desktop.info_panel import InfoPanel
from desktop.library_menu import install_library_menus
from desktop.library_model import DOC_ID_ROLE, MODES, LibraryFilterProxy, LibraryTreeModel
from desktop.obligations_panel import ObligationsDialog, ObligationsPanel
from desktop.outline_panel import OutlinePanel
from desktop.reader import DEFAULT_POINT_SIZE, DocumentReader
from desktop.references_panel import ReferencesPanel
from desktop.search_panel import SearchPanel

log = logging.getLogger(__name__)
SIDE_TABS = ("outline", "obligations", "references", "info", "search")


class MainWindow(QMainWindow):
    sig_document_shown = Signal(int)  # doc_id now in the current tab
    sig_restart_requested = Signal()  # language change: the app rebuilds the window

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        *,
        restore: bool = True,
        auto_import_samples: bool = True,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.cache = DocumentCache(library)
        self.history = History()
        self._navigating = False
        self.obligations_dialog: ObligationsDialog | None = None  # the last one opened
        self.point_size = float(settings.value("reader/point_size", DEFAULT_POINT_SIZE))
        self.setWindowTitle(tr("app.title"))
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self.importer = ImportController(library, self)
        self.importer.sig_finished.connect(self._on_importer_finished)
        self._samples_import = False
        self._build_panels()
        self._build_actions()
        self.reload_library()
        if restore:
            self.restore_state()
        self._update_status()
        if auto_import_samples:
            self.maybe_import_samples()

    # --- construction ----------------------------------------------------------------------

    def _build_panels(self) -> None:
        self.tree_model = LibraryTreeModel(self)
        self.tree_proxy = LibraryFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree_mode = QComboBox()
        for mode in MODES:
            self.tree_mode.addItem(tr(f"tree.mode.{mode}"), mode)
        self.tree_filter = QLineEdit()
        self.tree_filter.setPlaceholderText(tr("tree.filter"))
        self.tree_filter.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(6, 6, 0, 6)
        lay.addWidget(self.tree_mode)
        lay.addWidget(self.tree_filter)
        lay.addWidget(self.tree, 1)

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.empty_label = QLabel(tr("reader.empty"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("muted")
        center = QWidget()
        clay = QVBoxLayout(center)
        clay.setContentsMargins(0, 0, 0, 0)
        clay.addWidget(self.tabs, 1)
        clay.addWidget(self.empty_label, 1)

        self.outline = OutlinePanel()
        self.obligations = ObligationsPanel()
        self.references = ReferencesPanel()
        self.info = InfoPanel()
        self.search = SearchPanel(self.library)
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        for key, panel in zip(
            SIDE_TABS,
            (self.outline, self.obligations, self.references, self.info, self.search),
            strict=True,
        ):
            self.side.addTab(panel, tr(f"side.{key}"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 700, 440])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        self.tree_mode.currentIndexChanged.connect(self._on_tree_mode_changed)
        self.tree_filter.textChanged.connect(self._on_tree_filter_text_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        for panel in (self.outline, self.obligations, self.references):
            panel.sig_jump.connect(self._on_panel_jump)
        self.references.sig_open.connect(self.follow_reference)
        self.references.sig_open_at.connect(self.open_at)
        self.search.sig_open_at.connect(self.open_at)

    def _action(self, key: str, slot, shortcut=None, menu: QMenu | None = None) -> QAction:
        act = QAction(tr(key), self)
        if shortcut is not None:
            act.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        act.triggered.connect(slot)
        if menu is not None:
            menu.addAction(act)
        self.addAction(act)  # shortcuts work even with the menu bar hidden
        return act

    def _build_actions(self) -> None:
        mb = self.menuBar()
        m_file = mb.addMenu(tr("menu.file"))
        self.act_import_files = self._action(
            "act.import_files", self.import_files_dialog, QKeySequence.StandardKey.Open, m_file
        )
        self.act_import_folder = self._action(
            "act.import_folder", self.import_folder_dialog, "Ctrl+Shift+O", m_file
        )
        m_file.addSeparator()
        self._action("act.quit", self.close, QKeySequence.StandardKey.Quit, m_file)
        m_edit = mb.addMenu(tr("menu.edit"))
        self.act_find = self._action(
            "act.find", self.find_in_document, QKeySequence.StandardKey.Find, m_edit
        )
        self.act_search = self._action("act.search", self.focus_search, "Ctrl+Shift+F", m_edit)
        m_view = mb.addMenu(tr("menu.view"))
        self.act_zoom_in = self._action(
            "act.zoom_in",
            lambda: self.change_text_size(1),
            [
                QKeySequence("Ctrl+="),
                QKeySequence("Ctrl++"),
                QKeySequence(QKeySequence.StandardKey.ZoomIn),
            ],
            m_view,
        )
        self.act_zoom_out = self._action(
            "act.zoom_out",
            lambda: self.change_text_size(-1),
            [QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            m_view,
        )
        m_view.addSeparator()
        self.act_graph = self._action("act.graph", self.show_graph, "Ctrl+Shift+G", m_view)
        self.act_graph_current = self._action(
            "act.graph_current", self.show_current_in_graph, "Ctrl+Alt+G", m_view
        )
        m_go = mb.addMenu(tr("menu.go"))
        self.act_back = self._action("act.back", self.go_back, "Alt+Left", m_go)
        self.act_forward = self._action("act.forward", self.go_forward, "Alt+Right", m_go)
        m_go.addSeparator()
        self.act_close_tab = self._action("act.close_tab", self.close_current_tab, "Ctrl+W", m_go)
        m_tools = mb.addMenu(tr("menu.tools"))
        m_tools.setObjectName("menuTools")
        self.act_obligations_all = self._action(
            "act.obligations_all", self.show_library_obligations, None, m_tools
        )
        self.act_compare_dialog = self._action(
            "act.compare_dialog", self.show_compare_dialog, "Ctrl+Shift+D", m_tools
        )
        m_settings = mb.addMenu(tr("menu.settings"))
        m_lang = m_settings.addMenu(tr("menu.language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == language())
            act.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(act)
            m_lang.addAction(act)
        m_theme = m_settings.addMenu(tr("menu.theme"))
        tgroup = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in ("light", "dark"):
            act = QAction(tr(f"act.theme_{name}"), self, checkable=True)
            act.setChecked(theme.current().name == name)
            act.triggered.connect(lambda _c=False, name=name: self.set_theme(name))
            tgroup.addAction(act)
            m_theme.addAction(act)
            self.theme_actions[name] = act

        tb = QToolBar("main")
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (
            self.act_import_files,
            self.act_import_folder,
            None,
            self.act_back,
            self.act_forward,
            None,
            self.act_find,
            self.act_search,
            None,
            self.act_zoom_out,
            self.act_zoom_in,
            None,
            self.act_obligations_all,
            self.act_graph,
        ):
            tb.addSeparator() if act is None else tb.addAction(act)
        self.addToolBar(tb)
        self._update_nav_actions()
        install_library_menus(self)  # Library › backups/check, Help › About, read-only banner
        self.annotations_ctl = install_annotations(self)  # 批注 tab, undo, notes, export
        self.corrections_ctl = install_corrections(self)  # correct a sentence's reading
        self._install_trash()  # Library › Trash, and Undo in the status bar after a remove

    def _install_trash(self) -> None:
        self.act_trash = QAction(tr("act.trash"), self)
        self.act_trash.setObjectName("act.trash")
        self.act_trash.triggered.connect(lambda _c=False: self.show_trash())
        if (m_lib := self.findChild(QMenu, "menuLibrary")) is not None:
            m_lib.addSeparator()
            m_lib.addAction(self.act_trash)
        self.undo_remove_button = QToolButton()
        self.undo_remove_button.setText(tr("remove.undo"))
        self.undo_remove_button.setAutoRaise(True)
        self.undo_remove_button.hide()
        self.undo_remove_button.clicked.connect(self._on_undo_remove_button_clicked)
        self.statusBar().insertPermanentWidget(0, self.undo_remove_button)
        self._undo_remove_timer = QTimer(self)
        self._undo_remove_timer.setSingleShot(True)
        self._undo_remove_timer.timeout.connect(self.undo_remove_button.hide)
        # Any later change to the stack makes "Undo" in the status bar mean something else.
        self.annotations_ctl.stack.indexChanged.connect(self.undo_remove_button.hide)
        self._trash_dialog = None

    # --- library ---------------------------------------------------------------------------

    def reload_library(self) -> None:
        expanded_filter = self.tree_filter.text()
        self.tree_model.set_documents(self.library.list_documents())
        if getattr(self, "graph_view", None) is not None:
            self.graph_view.invalidate()
        if self.tree_model.rowCount() <= 3 or expanded_filter:
            self.tree.expandToDepth(1)
        self._update_status()

    def _update_status(self) -> None:
        n = len(self.tree_model.documents())
        self.status_label.setText(tr("status.ready", n=n, path=self.library.path))
        self.empty_label.setVisible(self.tabs.count() == 0)
        self.tabs.setVisible(self.tabs.count() > 0)

    def selected_doc_ids(self) -> list[int]:
        ids: list[int] = []
        for idx in self.tree.selectionModel().selectedRows():
            src = self.tree_proxy.mapToSource(idx)
            for i in self.tree_model.doc_ids_under(src):
                if i not in ids:
                    ids.append(i)
        return ids

    def select_in_tree(self, doc_id: int) -> QModelIndex:
        src = self.tree_model.index_of_document(doc_id)
        idx = self.tree_proxy.mapFromSource(src)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)
            self.tree.scrollTo(idx)
        return idx

    def remove_documents(
        self, doc_ids: list[int], confirm: bool = True, delete_annotations: bool = False
    ) -> int:
        """Move documents to the trash (one undo step); annotations stay unless the user says
        delete. The status bar offers Undo; Library › Trash restores later."""
        from desktop.undo_commands import RemoveDocuments, push

        if not doc_ids:
            return 0
        if confirm:
            answer = self.annotations_ctl.confirm_remove(doc_ids)  # asks "N annotations"
            if answer is None:
                return 0
            delete_annotations = answer
        n = len(doc_ids)
        cmd = RemoveDocuments(
            self.annotations_ctl,
            tr("remove.undo_text", n=n),
            doc_ids,
            delete_annotations,
            self.documents_changed,
        )
        try:
            push(self.annotations_ctl.stack, cmd)
        except Exception as e:  # noqa: BLE001 - shown to the user with the action named
            show_error(self, tr("error.remove"), e)
            return 0
        self.statusBar().showMessage(tr("remove.done", n=n), 10000)
        self.undo_remove_button.show()
        self._undo_remove_timer.start(10000)
        return n

    def documents_changed(self, doc_ids: list[int], removed: bool) -> None:
        """After documents left for the trash (or came back): tabs, history, tree, notes."""
        if removed:
            gone = set(doc_ids)
            for i in reversed(range(self.tabs.count())):
                w = self.tabs.widget(i)
                if w.doc_id in gone or gone & set(getattr(w, "doc_ids", ())):
                    self.close_tab(i)
            self.history.forget(gone)
        else:
            self.statusBar().showMessage(tr("trash.restored", n=len(doc_ids)), 5000)
        self.cache.invalidate()
        self.reload_library()
        self.annotations_ctl.refresh_all()  # orphans now (or in the trash), or placed again
        if self._trash_dialog is not None and self._trash_dialog.isVisible():
            self._trash_dialog.reload()

    def show_trash(self):
        """Library › Trash: restore removed documents or delete them for good."""
        from desktop.trash_dialog import TrashDialog

        dlg = TrashDialog(self.library, self)
        dlg.sig_restored.connect(lambda ids: self.documents_changed(ids, False))
        dlg.sig_deleted.connect(
            lambda n: self.statusBar().showMessage(tr("trash.deleted", n=n), 5000)
        )
        dlg.open()
        self._trash_dialog = dlg
        return dlg

    def _on_undo_remove_button_clicked(self) -> None:
        self.undo_remove_button.hide()
        self.annotations_ctl.stack.undo()

    def show_source_file(self, doc_id: int) -> bool:
        summary = self.tree_model.summary(doc_id)
        path = Path(summary.source_path) if summary and summary.source_path else None
        if path is None or not path.exists():
            show_error(
                self,
                tr("act.show_source"),
                FileNotFoundError(2, tr("error.show_source", path=path), str(path)),
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # --- import ----------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("import.pick_files"), "", tr("import.filter")
        )
        if files:
            self.import_paths(files)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("import.pick_folder"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str] | list[Path], show_report: bool = True) -> bool:
        return self.importer.start(paths, show_report=show_report)

    def maybe_import_samples(self) -> bool:
        """First start with an empty library: import the bundled samples and say so."""
        samples = sample_docs_dir()
        if self.library.read_only or self.tree_model.documents() or not samples.is_dir():
            return False
        if not any(p.is_file() and not p.name.startswith(".") for p in samples.rglob("*")):
            return False
        self._samples_import = True
        self.statusBar().showMessage(tr("import.samples_running"))
        return self.import_paths([samples], show_report=False)

    def _on_importer_finished(self, report) -> None:
        self.cache.invalidate()
        self.reload_library()
        if self._samples_import:
            self._samples_import = False
            self.statusBar().showMessage(tr("import.samples", docs=report.documents), 15000)
        else:
            self.statusBar().showMessage(report_summary(report), 15000)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- tabs and reading ------------------------------------------------------------------

    def current_reader(self) -> DocumentReader | None:
        w = self.tabs.currentWidget()
        return w if isinstance(w, DocumentReader) else None

    def readers(self) -> list[DocumentReader]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [w for w in tabs if isinstance(w, DocumentReader)]

    def compare_views(self) -> list:
        from desktop.compare_view import CompareView

        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [w for w in tabs if isinstance(w, CompareView)]

    def _tab_of(self, doc_id: int) -> int:
        for i in range(self.tabs.count()):
            w = self.tabs.widget(i)
            if isinstance(w, DocumentReader) and w.doc_id == doc_id:
                return i
        return -1

    def _new_reader(self) -> DocumentReader:
        reader = DocumentReader(self.cache)
        reader.point_size = self.point_size
        reader.sig_open_reference.connect(self.follow_reference)
        reader.sig_status.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.annotations_ctl.attach_reader(reader)
        self.corrections_ctl.attach_reader(reader)
        return reader

    def open_document(
        self, doc_id: int, *, new_tab: bool = False, record: bool = True
    ) -> DocumentReader | None:
        """Show a document: its tab if open, else the current tab (or a new one)."""
        self._remember_position()
        i = self._tab_of(doc_id)
        if i >= 0:
            self.tabs.setCurrentIndex(i)
            reader = self.tabs.widget(i)
        else:
            reader = None if new_tab else self.current_reader()
            try:
                if reader is None:
                    reader = self._new_reader()
                    reader.load(doc_id)
                    i = self.tabs.addTab(reader, "")
                else:
                    reader.load(doc_id)
                    i = self.tabs.currentIndex()
            except Exception as e:  # noqa: BLE001 - the message names the action
                show_error(self, tr("error.open_doc"), e)
                return None
            title = reader.doc.info.get("short_title") or reader.doc.title
            self.tabs.setTabText(i, title if len(title) <= 18 else title[:17] + "…")
            self.tabs.setTabToolTip(i, reader.doc.title)
            self.tabs.setCurrentIndex(i)
            self.refresh_side_panels()
        if record and not self._navigating:
            self.history.visit(Place(doc_id, 0))
        self._update_status()
        self._update_nav_actions()
        self.sig_document_shown.emit(doc_id)
        return reader

    def open_at(self, doc_id: int, start: int, end: int) -> DocumentReader | None:
        reader = self.open_document(doc_id, record=False)
        if reader is None:
            return None
        reader.jump_to(start, end)
        if not self._navigating:
            self.history.visit(Place(doc_id, start))
            self._update_nav_actions()
        return reader

    def follow_reference(self, doc_id: int, article) -> DocumentReader | None:
        """Open a resolved reference's target, at its article if one is cited."""
        current = self.current_reader()
        if current is not None and current.doc_id == doc_id and article:
            self._remember_position()
            span = current.doc.article_span(int(article))
            if span:
                current.jump_to(*span)
                self.history.visit(Place(doc_id, span[0]))
                self._update_nav_actions()
            return current
        reader = self.open_document(doc_id, record=False)
        if reader is None:
            return None
        cp = 0
        if article:
            span = reader.doc.article_span(int(article))
            if span:
                reader.jump_to(*span)
                cp = span[0]
        self.history.visit(Place(doc_id, cp))
        self._update_nav_actions()
        return reader

    def _remember_position(self) -> None:
        r = self.current_reader()
        if r is not None and r.doc is not None:
            self.history.update_current(Place(r.doc_id, r.view.top_cp()))

    def go_back(self) -> None:
        self._remember_position()
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._remember_position()
        self._go(self.history.forward())

    def _go(self, place: Place | None) -> None:
        if place is None:
            return
        self._navigating = True
        try:
            reader = self.open_document(place.doc_id, record=False)
            if reader is not None:
                reader.scroll_to(place.cp)
        finally:
            self._navigating = False
        self._update_nav_actions()

    def _update_nav_actions(self) -> None:
        self.act_back.setEnabled(self.history.can_back())
        self.act_forward.setEnabled(self.history.can_forward())

    def close_tab(self, index: int) -> None:
        w = self.tabs.widget(index)
        if w is None:
            return
        self.tabs.removeTab(index)
        if isinstance(w, DocumentReader):
            w.popup.hide_now()
        w.deleteLater()
        self.refresh_side_panels()
        self._update_status()

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def refresh_side_panels(self) -> None:
        """Refill the side panels from the current reader's document (after it changed)."""
        reader = self.current_reader()
        doc = reader.doc if reader else None
        self.outline.set_document(doc)
        self.obligations.set_document(doc)
        self.info.set_document(doc)
        cited = []
        if doc is not None:
            try:
                cited = self.library.cited_by(doc.id)
            except Exception:  # noqa: BLE001 - the panel just shows none
                log.exception("cited_by failed")
        self.references.set_rows(doc.references if doc else [], cited)

    def find_in_document(self) -> None:
        reader = self.current_reader()
        if reader is not None:
            reader.find_bar.open_bar()

    def focus_search(self) -> None:
        self.side.setCurrentWidget(self.search)
        self.search.focus_query()

    def change_text_size(self, step: int) -> None:
        self.point_size = max(8.0, min(32.0, self.point_size + step))
        self.settings.setValue("reader/point_size", self.point_size)
        for r in [*self.readers(), *self.compare_views()]:
            r.set_point_size(self.point_size)

    def open_compare(self, x_id: int, y_id: int, *, older_first: bool = True):
        """A compare tab for two documents (the older one as A), or the open one."""
        from desktop.compare_view import CompareView
        from desktop.compare_view import older_first as order

        try:
            a_id, b_id = order(self.library, x_id, y_id) if older_first else (x_id, y_id)
        except Exception as e:  # noqa: BLE001 - e.g. a document removed meanwhile
            show_error(self, tr("compare.action"), e)
            return None
        for view in self.compare_views():
            if view.doc_ids == (a_id, b_id):
                self.tabs.setCurrentWidget(view)
                return view
        view = CompareView(self.library, a_id, b_id, point_size=self.point_size)
        view.sig_open_at.connect(self.open_at)
        view.sig_status.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        view.sig_ready.connect(lambda: self._on_compare_view_ready(view))
        i = self.tabs.addTab(view, tr("compare.tab"))
        self.tabs.setCurrentIndex(i)
        self._update_status()
        return view

    def _on_compare_view_ready(self, view) -> None:
        i = self.tabs.indexOf(view)
        if i >= 0:
            self.tabs.setTabText(i, view.title())
            self.tabs.setTabToolTip(i, view.tool_tip())

    def show_compare_dialog(self):
        """Tools › Compare…: pick two documents, then open them side by side."""
        from desktop.compare_dialog import CompareDialog

        docs = self.library.list_documents()
        dlg = CompareDialog(docs, self.selected_doc_ids()[:2], self)
        dlg.accepted.connect(lambda: self._on_compare_dialog_accepted(dlg))
        dlg.open()
        self._compare_dialog = dlg
        return dlg

    def _on_compare_dialog_accepted(self, dlg) -> None:
        chosen = dlg.chosen()
        if chosen:
            self.open_compare(*chosen)

    def show_library_obligations(self) -> ObligationsDialog:
        ids = self.selected_doc_ids() or [d.id for d in self.tree_model.documents()]
        dlg = ObligationsDialog(self.library, ids, self)
        dlg.menu_provider = self.corrections_ctl.row_menu
        dlg.sig_open.connect(self.open_at)
        dlg.show()
        self.obligations_dialog = dlg
        return dlg

    def show_graph(self):
        """The citation graph dock (whole library the first time)."""
        from desktop.graph_view import ensure_graph_dock

        view = ensure_graph_dock(self)
        if view.scope is None:
            view.show_library()
        return view

    def show_in_graph(self, doc_id: int):
        from desktop.graph_view import ensure_graph_dock

        view = ensure_graph_dock(self)
        view.show_neighbourhood(doc_id, view.depth_box.value(), view.direction_box.currentData())
        return view

    def show_current_in_graph(self):
        reader = self.current_reader()
        if reader is None or reader.doc_id is None:
            return self.show_graph()
        return self.show_in_graph(reader.doc_id)

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        theme.apply_theme(app, name)
        self.settings.setValue("ui/theme", name)
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        for r in [*self.readers(), *self.compare_views()]:
            r.rerender()
        self.refresh_side_panels()

    def set_language(self, code: str) -> None:
        if code == language():
            return
        set_language(code)
        self.settings.setValue("ui/language", code)
        self.save_state()
        self.sig_restart_requested.emit()

    # --- slots -----------------------------------------------------------------------------

    def _on_tree_mode_changed(self, _i: int) -> None:
        self.tree_model.set_mode(self.tree_mode.currentData())
        self.tree.expandToDepth(0)

    def _on_tree_filter_text_changed(self, text: str) -> None:
        self.tree_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = current.data(DOC_ID_ROLE)
        if doc_id is not None and (
            self.current_reader() is None or self.current_reader().doc_id != doc_id
        ):
            self.open_document(int(doc_id))

    def _on_tree_activated(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id is not None:
            self.open_document(int(doc_id), new_tab=self._tab_of(int(doc_id)) < 0)

    def _on_tree_context_menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        ids = self.selected_doc_ids()
        doc_id = index.data(DOC_ID_ROLE) if index.isValid() else None
        menu = self.tree_context_menu(doc_id, ids)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def tree_context_menu(self, doc_id: int | None, ids: list[int]) -> QMenu:
        menu = QMenu(self)
        act_open = menu.addAction(tr("act.open"))
        act_open.setEnabled(doc_id is not None)
        act_open.triggered.connect(lambda: self.open_document(int(doc_id), new_tab=True))
        act_compare = menu.addAction(tr("act.compare"))
        act_compare.setEnabled(len(ids) == 2)
        act_compare.triggered.connect(lambda: self.open_compare(*ids[:2]))
        menu.addSeparator()
        act_source = menu.addAction(tr("act.show_source"))
        act_source.setEnabled(doc_id is not None)
        act_source.triggered.connect(lambda: self.show_source_file(int(doc_id)))
        act_graph = menu.addAction(tr("act.graph_current"))
        act_graph.setEnabled(doc_id is not None)
        act_graph.triggered.connect(lambda: self.show_in_graph(int(doc_id)))
        targets = ids or ([doc_id] if doc_id is not None else [])
        act_remove = menu.addAction(tr("act.remove"))
        act_remove.setEnabled(bool(targets) and not self.library.read_only)
        act_remove.triggered.connect(lambda: self.remove_documents(list(targets)))
        return menu

    def _on_tabs_current_changed(self, _i: int) -> None:
        self.refresh_side_panels()
        # A compare tab needs the width, and the side panels describe one document only.
        self.side.setVisible(self.tabs.currentWidget() not in self.compare_views())
        r = self.current_reader()
        if r is not None and r.doc_id is not None:
            idx = self.tree.currentIndex()
            if idx.data(DOC_ID_ROLE) != r.doc_id:
                self.tree.selectionModel().blockSignals(True)
                self.select_in_tree(r.doc_id)
                self.tree.selectionModel().blockSignals(False)
                self.tree.viewport().update()

    def _on_panel_jump(self, start: int, end: int) -> None:
        r = self.current_reader()
        if r is not None:
            self._remember_position()
            r.jump_to(start, end)
            self.history.visit(Place(r.doc_id, start))
            self._update_nav_actions()

    # --- state -----------------------------------------------------------------------------

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/side_tab", self.side.currentIndex())
        s.setValue("library/tree_mode", self.tree_model.mode())
        s.setValue("tabs/open", self._tab_entries())
        s.setValue("tabs/current", self.tabs.currentIndex())
        s.setValue("tabs/library", str(self.library.path))
        s.sync()

    def restore_state(self) -> None:
        s = self.settings
        if (g := s.value("window/geometry")) is not None:
            self.restoreGeometry(g)
        if (st := s.value("window/state")) is not None:
            self.restoreState(st)
        if (sp := s.value("window/splitter")) is not None:
            self.splitter.restoreState(sp)
        mode = s.value("library/tree_mode", "tree")
        if mode in MODES:
            self.tree_mode.setCurrentIndex(MODES.index(mode))
        self.side.setCurrentIndex(int(s.value("window/side_tab", 0)))
        if s.value("tabs/library") != str(self.library.path):
            return  # tabs belong to another library file
        raw = s.value("tabs/open") or []
        self._reopen_tabs([raw] if isinstance(raw, str) else [str(x) for x in raw])
        cur = int(s.value("tabs/current", 0))
        if 0 <= cur < self.tabs.count():
            self.tabs.setCurrentIndex(cur)

    def _tab_entries(self) -> list[str]:
        """The open tabs in order: a reader as its document id, a comparison as c:A:B."""
        from desktop.compare_view import CompareView

        entries = []
        for i in range(self.tabs.count()):
            w = self.tabs.widget(i)
            if isinstance(w, DocumentReader) and w.doc_id is not None:
                entries.append(str(w.doc_id))
            elif isinstance(w, CompareView) and w.a_id is not None and w.b_id is not None:
                entries.append(f"c:{w.a_id}:{w.b_id}")
        return entries

    def _reopen_tabs(self, entries: list[str]) -> None:
        """Open the tabs :meth:`_tab_entries` saved; documents gone since are skipped."""
        known = {d.id for d in self.tree_model.documents()}
        for entry in entries:
            parts = entry.split(":")
            if len(parts) == 1 and entry.isdigit() and int(entry) in known:
                self.open_document(int(entry), new_tab=True)
            elif len(parts) == 3 and parts[0] == "c" and all(p.isdigit() for p in parts[1:]):
                a_id, b_id = int(parts[1]), int(parts[2])
                if a_id in known and b_id in known:
                    self.open_compare(a_id, b_id, older_first=False)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.importer.busy:
            self.importer.cancel()
        if self.reanalyser.busy:
            self.reanalyser.cancel()
        self.save_state()
        for r in self.readers():
            r.popup.hide_now()
        super().closeEvent(event)
