"""The rubric sidebar: views and the rubric tree, with drag-and-drop targets for articles.

The view only emits intents (``new_rubric_requested`` ...); the window asks the user and calls
the store. Nodes are told apart by ``ViewKey`` values (``ui.viewkey``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from editorberita.ui.itemroles import CategoryIdRole, KeyRole
from editorberita.ui.sidebarmodel import SidebarModel
from editorberita.ui.viewkey import ALL, ViewKey

logger = logging.getLogger(__name__)


class SidebarView(QTreeView):
    """Tree of views and rubrics; selecting a row emits ``view_selected`` with its key."""

    view_selected = Signal(object)  # the ViewKey
    new_rubric_requested = Signal(object)  # parent rubric id or None
    rename_rubric_requested = Signal(int)
    delete_rubric_requested = Signal(int)
    move_rubric_requested = Signal(int)

    def __init__(self, model: SidebarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._current_key = ALL
        self.setModel(model)
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.modelReset.connect(self._on_model_reset)

    # --------------------------------------------------------------- public

    def current_key(self) -> ViewKey:
        """Return the key of the selected view or rubric."""
        return self._current_key

    def current_category_id(self) -> int | None:
        """Return the selected rubric's id, or None when a view is selected."""
        return self._current_key.category_id if self._current_key.is_rubric else None

    def select_key(self, key: ViewKey) -> bool:
        """Select the row with this key; return False if there is none."""
        index = self._model.index_for_key(key)
        if not index.isValid() or not (index.flags() & Qt.ItemFlag.ItemIsSelectable):
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    # ---------------------------------------------------------------- slots

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection,
                              deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        key = indexes[0].data(KeyRole)
        if isinstance(key, ViewKey) and key != self._current_key:
            self._current_key = key
            self.view_selected.emit(key)

    @Slot()
    def _on_model_reset(self) -> None:
        self.expandAll()
        index = self._model.index_for_key(self._current_key)
        if not index.isValid():
            self._current_key = ALL
            index = self._model.index_for_key(ALL)
            self.view_selected.emit(self._current_key)
        self.selectionModel().blockSignals(True)
        self.setCurrentIndex(index)
        self.selectionModel().blockSignals(False)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        key = index.data(KeyRole) if index.isValid() else None
        category_id = (index.data(CategoryIdRole)
                       if isinstance(key, ViewKey) and key.is_rubric else None)
        menu = QMenu(self)
        new_top = menu.addAction(self.tr("New rubric…"))
        new_top.triggered.connect(lambda: self.new_rubric_requested.emit(None))
        if category_id is not None:
            cid = int(category_id)
            menu.addAction(self.tr("New sub-rubric…")).triggered.connect(
                lambda: self.new_rubric_requested.emit(cid))
            menu.addSeparator()
            menu.addAction(self.tr("Rename…")).triggered.connect(
                lambda: self.rename_rubric_requested.emit(cid))
            menu.addAction(self.tr("Move to…")).triggered.connect(
                lambda: self.move_rubric_requested.emit(cid))
            menu.addAction(self.tr("Delete rubric…")).triggered.connect(
                lambda: self.delete_rubric_requested.emit(cid))
        menu.exec(self.viewport().mapToGlobal(pos))

    def selected_index(self) -> QModelIndex:
        """Return the current index (invalid when nothing is selected)."""
        return self.currentIndex()
