"""Qt item model of the article list: one view's articles, fetched lazily in pages.

Views never see ORM records: the model reads domain objects through ``ArticleStore`` and
changes rows only through ``begin*/end*`` calls or ``dataChanged``. It reads the store through
its ``StoreSource`` (the window's ``ArticleSession``), so the list exists before the first
paint and shows rows once start-up has opened the store, with no store of its own to set.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from editorberita.core.domain import (
    Article,
    ArticleFilter,
    ArticleSummary,
)
from editorberita.typing_compat import override
from editorberita.ui.formatting import format_list_date, status_label
from editorberita.ui.itemroles import (
    ARTICLE_MIME,
    NO_PARENT,
    ArticleIdRole,
    CategoryIdRole,
    Index,
    NoteRole,
    StatusRole,
)
from editorberita.ui.searchsnippets import BATCH as SNIPPET_BATCH
from editorberita.ui.searchsnippets import SearchSnippets, SnippetRole

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window's first paint
    from editorberita.core.store import ArticleStore

PAGE_SIZE = 200
# A search counts its matches up to this many, then says "more than": counting every match of
# a word or phrase found all over a 100,000-article desk tests each one (a phrase on a server
# desk: 670 ms, 30 at this cap; make bench), and the live desk reloads the view on every
# change another editor makes. Browsing views (all, rubric, status) stay exact: they are cheap.
SEARCH_COUNT_CAP = 1000


class StoreSource(Protocol):
    """Where the list reads from: ``ui.session.ArticleSession`` (open after the first paint)."""

    @property
    def is_open(self) -> bool:
        """Return True once the store is open."""
        ...

    @property
    def store(self) -> ArticleStore:
        """Return the open store."""
        ...


class ArticleListModel(QAbstractTableModel):
    """Articles of one view, fetched lazily in pages so 100,000 rows open at once."""

    HEADLINE, STATUS, RUBRIC, DATE = range(4)
    SORT_KEYS: ClassVar[dict[int, str]] = {
        HEADLINE: "headline", STATUS: "status", DATE: "published"}

    def __init__(self, source: StoreSource, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE, count_cap: int = SEARCH_COUNT_CAP) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._count_cap = count_cap
        self._capped = False  # the search's count stopped at the cap
        self._last_page_full = False  # past the cap, more rows may follow a full page
        self._filter = ArticleFilter()
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._sort = "published"
        self._descending = True
        self._category_names: dict[int, str] = {}
        self._loaded = False
        self._snippets = SearchSnippets()  # where each search result matched (issue 12)
        #: Returns a note per article id for a view (the outbox: why each waits); set by a
        #: feature's controller (``ui.sending``). Read on every reload.
        self.notes_provider: Callable[[ArticleFilter], dict[int, str]] | None = None
        self._notes: dict[int, str] = {}

    # --------------------------------------------------------------- public

    @property
    def article_filter(self) -> ArticleFilter:
        """Return the filter the list shows."""
        return self._filter

    @property
    def total(self) -> int:
        """Return how many articles the view holds (loaded or not); past the cap of a search's
        count, ``count_cap`` + 1."""
        return self._total

    @property
    def count_capped(self) -> bool:
        """Return whether the search holds more than ``count_cap`` articles (not counted)."""
        return self._capped

    @property
    def count_cap(self) -> int:
        """Return how many matches a search counts at most."""
        return self._count_cap

    def set_category_names(self, names: dict[int, str]) -> None:
        """Set the names shown in the rubric column."""
        self._category_names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.RUBRIC),
                                  self.index(len(self._rows) - 1, self.RUBRIC))

    def set_filter(self, flt: ArticleFilter) -> None:
        """Show another view (or search) and load its first page."""
        self._filter = flt
        self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Re-query the store; with ``keep_loaded`` as many rows as before are loaded again."""
        wanted = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        self.beginResetModel()
        self._snippets.reset(self._filter.search)
        if not self._source.is_open:  # the window paints before the store is open
            self._total, self._rows, self._capped = 0, [], False
        else:
            store = self._source.store
            self._total = store.count_articles(
                self._filter, at_most=self._count_cap if self._filter.search else None)
            self._capped = bool(self._filter.search) and self._total > self._count_cap
            self._rows = store.list_articles(self._filter, limit=wanted, offset=0,
                                             sort=self._sort, descending=self._descending)
            self._last_page_full = len(self._rows) >= wanted
            self._loaded = True
        self._notes = (self.notes_provider(self._filter)
                       if self.notes_provider is not None and self._source.is_open else {})
        self.endResetModel()

    def summary(self, row: int) -> ArticleSummary:
        """Return the article summary shown in a row."""
        return self._rows[row]

    def article_id(self, row: int) -> int:
        """Return the id of the article in a row."""
        return self._rows[row].id

    def row_of(self, article_id: int) -> int:
        """Return the row of an article among the loaded rows, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return -1

    def update_article(self, article: Article) -> None:
        """Show a saved article's new headline, status, rubric and date in its row."""
        row = self.row_of(article.id or 0)
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = ArticleSummary(
            id=old.id, headline=article.headline, status=article.status,
            category_id=article.category_id, published_at=article.published_at,
            updated_at=article.updated_at or old.updated_at, zone=article.zone)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.DATE))

    # ------------------------------------------------------------ Qt model

    @override
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    @override
    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        if parent.isValid():
            return False
        return self._last_page_full if self._capped else len(self._rows) < self._total

    @override
    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        if not self._source.is_open:  # before the store opens there is nothing to fetch
            return
        start = len(self._rows)
        page = self._source.store.list_articles(self._filter, limit=self._page_size, offset=start,
                                         sort=self._sort, descending=self._descending)
        self._last_page_full = len(page) >= self._page_size
        if not page:
            if not self._capped:
                self._total = start  # the view shrank meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.HEADLINE:
                return summary.headline or self.tr("(untitled)")
            if column == self.STATUS:
                return status_label(summary.status)
            if column == self.RUBRIC:
                if summary.category_id is None:
                    return self.tr("Uncategorised")
                return self._category_names.get(summary.category_id, "")
            if column == self.DATE:
                return format_list_date(summary)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.HEADLINE:
            note = self._notes.get(summary.id)
            return f"{summary.headline}\n\n{note}" if note else summary.headline
        if role == NoteRole:
            return self._notes.get(summary.id)
        if role == Qt.ItemDataRole.ForegroundRole and not summary.headline and column == 0:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == ArticleIdRole:
            return summary.id
        if role == SnippetRole:
            row = index.row()
            return self._snippets.parts(self._source.store, summary.id,
                                        [r.id for r in self._rows[row:row + SNIPPET_BATCH]])
        if role == StatusRole:
            return summary.status.value
        if role == CategoryIdRole:
            return summary.category_id
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Headline"), self.tr("Status"), self.tr("Rubric"),
                self.tr("Date")][section] if 0 <= section < 4 else None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._loaded:
            return
        self._sort, self._descending = key, descending
        self.reload()

    @override
    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME]

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # Qt stubs take a Sequence
        ids = sorted({self._rows[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(ARTICLE_MIME, json.dumps(ids).encode())
        mime.setText("\n".join(self._rows[self.row_of(i)].headline for i in ids))
        return mime
