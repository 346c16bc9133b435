"""The article list pane: a search box over a lazily filled, header-sortable article table.

Typing in the search box queries the full-text index after a short pause. The pane emits
``article_selected`` and never touches the store itself. May import ``ui.models`` and PySide6.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editorberita.ui.models import ArticleIdRole, ArticleListModel

logger = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250


class ArticleListPane(QWidget):
    """Search box, article table and a count line."""

    article_selected = Signal(int)
    search_changed = Signal(str)
    selection_changed = Signal()

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search articles…"))
        self.search_edit.setClearButtonEnabled(True)
        self.view = QTreeView(self)
        self.view.setObjectName("article_view")
        self.view.setModel(model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ArticleListModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ArticleListModel.HEADLINE, QHeaderView.ResizeMode.Stretch)
        for column in (ArticleListModel.STATUS, ArticleListModel.RUBRIC,
                       ArticleListModel.DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ArticleListModel.STATUS, 64)
        header.resizeSection(ArticleListModel.RUBRIC, 74)
        header.resizeSection(ArticleListModel.DATE, 78)
        header.setMinimumSectionSize(40)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._on_search_timer)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)

    # --------------------------------------------------------------- public

    def search_text(self) -> str:
        """Return the search as typed (stripped)."""
        return self.search_edit.text().strip()

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected articles, in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self._model.article_id(r) for r in rows]

    def current_id(self) -> int | None:
        """Return the id of the current article row, if any."""
        index = self.view.currentIndex()
        return int(index.data(ArticleIdRole)) if index.isValid() else None

    def select_article(self, article_id: int) -> bool:
        """Select an article's row, fetching pages until it appears; False if not in view."""
        row = self._model.row_of(article_id)
        while row < 0 and self._model.canFetchMore():
            self._model.fetchMore()
            row = self._model.row_of(article_id)
            if self._model.rowCount() > 5000:
                break
        if row < 0:
            return False
        # Signals stay on: the window ignores a selection of the article it already shows,
        # and the actions that depend on the selection must hear about it.
        self.view.setCurrentIndex(self._model.index(row, 0))
        self.view.scrollTo(self._model.index(row, 0))
        self.view.viewport().update()
        return True

    def flush_search(self) -> None:
        """Apply a pending search now (tests and Enter)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._on_search_timer()

    # ---------------------------------------------------------------- slots

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timer(self) -> None:
        self.search_changed.emit(self.search_text())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection,
                              deselected: QItemSelection) -> None:
        self.selection_changed.emit()
        ids = self.selected_ids()
        current = self.current_id()
        if len(ids) == 1:
            self.article_selected.emit(ids[0])
        elif current is not None and current in ids and len(ids) > 1:
            return

    @Slot()
    def _update_count(self) -> None:
        total = self._model.total
        self.count_label.setText(self.tr("%Ln article(s)", "", total))
