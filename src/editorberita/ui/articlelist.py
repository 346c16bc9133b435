"""The article list pane: a search box and a sort choice over a lazily filled list of articles.

Each row is drawn by ``ArticleItemDelegate`` on two lines: the headline (bold, elided, the full
width of the narrow pane) over "status · rubric · date", so nothing is cut to "Selamat Dat…" at
1366×768. The model stays a four-column table (sortable, checked by qtmodeltester); the view
shows its first column and the delegate reads the others. Typing in the search box queries the
full-text index after a short pause. The pane emits ``article_selected`` and never touches the
store itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editorberita.typing_compat import override
from editorberita.ui.articlemodel import ArticleListModel
from editorberita.ui.itemroles import ArticleIdRole, NoteRole
from editorberita.ui.searchsnippets import SnippetRole

logger = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250
PADDING_X = 8
PADDING_Y = 5
LINE_GAP = 2
# (column, order) of each entry of the sort choice, in menu order.
SORTS = (
    (ArticleListModel.DATE, Qt.SortOrder.DescendingOrder),
    (ArticleListModel.DATE, Qt.SortOrder.AscendingOrder),
    (ArticleListModel.HEADLINE, Qt.SortOrder.AscendingOrder),
    (ArticleListModel.STATUS, Qt.SortOrder.AscendingOrder),
)

Index = QModelIndex | QPersistentModelIndex


# How many rows select_article pages in, at most, to find an article's row.
SELECT_DEPTH = 1000

class ArticleItemDelegate(QStyledItemDelegate):
    """Draws one article as two lines: bold headline, then status · rubric · date."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        detail.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return title, detail

    @staticmethod
    def detail_text(index: Index) -> str:
        """Return "Draf · Samarinda · 4 hari lalu" for a row (empty parts left out)."""
        parts = (index.sibling(index.row(), column).data()
                 for column in (ArticleListModel.STATUS, ArticleListModel.RUBRIC,
                                ArticleListModel.DATE))
        return " · ".join(str(part) for part in parts if part)

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, detail = self._fonts(option)
        height = (QFontMetrics(title).height() + LINE_GAP + QFontMetrics(detail).height()
                  + 2 * PADDING_Y)
        if index.data(SnippetRole) is not None or index.data(NoteRole):
            # a search: a third line shows the match; the outbox: why the article waits
            height += LINE_GAP + QFontMetrics(detail).height()
        return QSize(max(option.rect.width(), 100), height)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from PySide6.QtWidgets import QStyle  # its Python type costs ~20 ms: not before paint

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        headline = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # selection and hover background, focus frame
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        palette = opt.palette
        text_color = palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        detail_color = (text_color if selected
                        else palette.color(group, QPalette.ColorRole.PlaceholderText))
        foreground = None if selected else index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None:  # "(untitled)" is greyed by the model
            text_color = foreground
        title_font, detail_font = self._fonts(opt)
        rect = opt.rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        title_metrics = QFontMetrics(title_font)
        detail_metrics = QFontMetrics(detail_font)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(rect.x(), rect.y() + title_metrics.ascent(),
                         title_metrics.elidedText(headline, Qt.TextElideMode.ElideRight,
                                                  rect.width()))
        painter.setFont(detail_font)
        painter.setPen(detail_color)
        y = rect.y() + title_metrics.height() + LINE_GAP + detail_metrics.ascent()
        painter.drawText(rect.x(), y, detail_metrics.elidedText(
            self.detail_text(index), Qt.TextElideMode.ElideRight, rect.width()))
        parts = index.data(SnippetRole)
        note = index.data(NoteRole)
        if parts:
            painter.setPen(text_color)
            self._draw_snippet(painter, parts, detail_font, rect.x(),
                               y + LINE_GAP + detail_metrics.height(), rect.right())
        elif note:  # the full note is in the row's tooltip
            painter.setPen(text_color)
            painter.drawText(rect.x(), y + LINE_GAP + detail_metrics.height(),
                             detail_metrics.elidedText(str(note), Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        painter.restore()

    @staticmethod
    def _draw_snippet(painter: QPainter, parts: list[tuple[str, bool]], font: QFont,
                      x: int, y: int, right: int) -> None:
        """Draw "… warga mengungsi ke posko …" with the found words bold, elided at ``right``."""
        bold = QFont(font)
        bold.setBold(True)
        for text, marked in parts:
            painter.setFont(bold if marked else font)
            metrics = QFontMetrics(bold if marked else font)
            width = metrics.horizontalAdvance(text)
            if x + width > right:
                painter.drawText(x, y, metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                          max(0, right - x)))
                return
            painter.drawText(x, y, text)
            x += width


class ArticleListPane(QWidget):
    """Search box and sort choice, the two-line article list and a count line."""

    article_selected = Signal(int)
    search_changed = Signal(str)
    selection_changed = Signal()
    #: Right click (or the menu key) on the list, at this global position; the row under it
    #: is selected first. The window's controller (ui.guardrails) shows the menu.
    context_menu_requested = Signal(QPoint)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search articles…"))
        self.search_edit.setClearButtonEnabled(True)
        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("sort_combo")
        self.sort_combo.addItems([self.tr("Newest"), self.tr("Oldest"), self.tr("A–Z"),
                                  self.tr("Status")])
        self.sort_combo.setToolTip(self.tr("Sort the list"))
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A QListView, not a QTreeView: a tree fetches a second page whenever it lays itself
        # out, a list only when its last row comes into view.
        self.view = QListView(self)
        self.view.setObjectName("article_view")
        self.view.setModel(model)
        self.view.setModelColumn(ArticleListModel.HEADLINE)
        self.delegate = ArticleItemDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.empty_label = QLabel(self)  # a search that found nothing says so (issue 12)
        self.empty_label.setObjectName("empty_search_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.sort_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._on_search_timer)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_chosen)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        self._on_sort_chosen(self.sort_combo.currentIndex())

    # --------------------------------------------------------------- public

    def search_text(self) -> str:
        """Return the search as typed (stripped)."""
        return self.search_edit.text().strip()

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected articles, in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self._model.article_id(r) for r in rows if r < self._model.rowCount()]

    def current_id(self) -> int | None:
        """Return the id of the current article row, if any."""
        index = self.view.currentIndex()
        return int(index.data(ArticleIdRole)) if index.isValid() else None

    def select_article(self, article_id: int) -> bool:
        """Select an article's row, fetching a few pages until it appears; False if not shown.

        An article far down a 100,000-row view stays open in the editor without its row
        selected: paging thousands of rows in at start-up would cost the editor a second.
        """
        row = self._model.row_of(article_id)
        while row < 0 and self._model.canFetchMore() and self._model.rowCount() < SELECT_DEPTH:
            self._model.fetchMore()
            row = self._model.row_of(article_id)
        if row < 0:
            return False
        # Signals stay on: the window ignores a selection of the article it already shows,
        # and the actions that depend on the selection must hear about it.
        index = self._model.index(row, ArticleListModel.HEADLINE)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.viewport().update()
        return True

    def flush_search(self) -> None:
        """Apply a pending search now (tests and Enter)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._on_search_timer()

    # ---------------------------------------------------------------- slots

    @Slot(int)
    def _on_sort_chosen(self, choice: int) -> None:
        if 0 <= choice < len(SORTS):
            self._model.sort(*SORTS[choice])

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
        if len(ids) == 1:
            self.article_selected.emit(ids[0])

    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.setCurrentIndex(index)  # the menu acts on the row clicked
        if self.selected_ids():
            self.context_menu_requested.emit(self.view.viewport().mapToGlobal(position))

    @Slot()
    def _update_count(self) -> None:
        total = self._model.total
        self.count_label.setText(
            self.tr("More than %Ln article(s)", "", self._model.count_cap)
            if self._model.count_capped else self.tr("%Ln article(s)", "", total))
        query = self._model.article_filter.search or ""
        self.empty_label.setVisible(bool(query) and total == 0)
        if query and total == 0:
            self.empty_label.setText(self.empty_search_text(query))

    def empty_search_text(self, query: str) -> str:
        """Say that nothing matched and suggest a prefix search with the last word shortened."""
        words = query.replace('"', " ").split()
        last = words[-1].rstrip("*") if words else query
        prefix = last[:max(3, len(last) - 3)] + "*"
        return self.tr("No article matches “{query}”. Search by the start of a word with *, "
                       "for example “{prefix}”, or try another word.").format(
                           query=query, prefix=prefix)
