"""Qt item models over the store: the rubric sidebar tree and the lazily fetched article list.

Views never see ORM records: models read domain objects through ``ArticleStore`` and change rows
only through ``begin*/end*`` calls or ``dataChanged``. May import ``core.*`` and PySide6.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from editorberita.core.domain import (
    Article,
    ArticleFilter,
    ArticleSummary,
    Category,
    Status,
    Zone,
    utcnow,
)
from editorberita.core.textid import format_short_date_id, relative_time_id
from editorberita.typing_compat import override

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window's first paint
    from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)

ARTICLE_MIME = "application/x-editorberita-article-ids"
CATEGORY_MIME = "application/x-editorberita-category-id"

KeyRole = Qt.ItemDataRole.UserRole + 1
CategoryIdRole = Qt.ItemDataRole.UserRole + 2
CountRole = Qt.ItemDataRole.UserRole + 3
ArticleIdRole = Qt.ItemDataRole.UserRole + 4
StatusRole = Qt.ItemDataRole.UserRole + 5

RELATIVE_DATES_FOR = timedelta(days=7)
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()  # the invisible root, shared as the default argument


def status_label(status: Status) -> str:
    """Return the translated desk label of a status (Indonesian: Draf, Disunting...)."""
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.REVIEW: QCoreApplication.translate("Status", "In review"),
        Status.READY: QCoreApplication.translate("Status", "Ready"),
        Status.PUBLISHED: QCoreApplication.translate("Status", "Published"),
        Status.CORRECTED: QCoreApplication.translate("Status", "Corrected"),
        Status.WITHDRAWN: QCoreApplication.translate("Status", "Withdrawn"),
    }
    return labels[Status(status)]


def filter_for_key(key: str) -> ArticleFilter:
    """Return the article filter a sidebar node stands for ("view:draft", "cat:3", "uncat")."""
    if key.startswith("cat:"):
        return ArticleFilter(category_id=int(key[4:]))
    if key == "uncat":
        return ArticleFilter(uncategorised=True)
    view = key.removeprefix("view:")
    if view == "trash":
        return ArticleFilter(trashed=True)
    if view == "changed":
        return ArticleFilter(changed_since_export=True)
    if view in {s.value for s in Status}:
        return ArticleFilter(status=Status(view))
    return ArticleFilter()


def interface_locale() -> str:
    """Return "en" or "id": the interface language (``ui.app`` sets QLocale's default to it).

    Dates and numbers the interface shows follow it; the article and its exports stay
    Indonesian whatever the interface language.
    """
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def format_clock(moment: datetime, zone: Zone | None = None) -> str:
    """Return a time of day: "14.30" in Indonesian, "14:30" in English.

    On the desk's clock when ``zone`` is given (issue 12: "Tersimpan" read the PC's clock while
    the articles' times read the desk's zone), else on the computer's.
    """
    local = moment.astimezone(zone.tzinfo if zone is not None else None)
    return f"{local:%H:%M}" if interface_locale() == "en" else f"{local:%H.%M}"


def format_list_date(summary: ArticleSummary, now: datetime | None = None) -> str:
    """Return "4 hari lalu" for a recent moment, else "23 Jul 2024" (in the article's zone).

    In the interface language: "4 days ago" when the interface is English.
    """
    moment = summary.published_at or summary.updated_at
    now = now or utcnow()
    locale = interface_locale()
    if abs(now - moment) < RELATIVE_DATES_FOR:
        return relative_time_id(moment, now, locale=locale)
    return format_short_date_id(moment.astimezone(summary.zone.tzinfo), locale=locale)


# ------------------------------------------------------------------ sidebar


@dataclass(eq=False)
class _Node:
    """One sidebar row: a view, the rubric group, a rubric or the Uncategorised node."""

    key: str
    label: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    category_id: int | None = None
    count: int | None = None

    @property
    def row(self) -> int:
        siblings = self.parent.children if self.parent else []
        return siblings.index(self) if self.parent else 0

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]


# Above this many rubrics with sub-rubrics, count changes are announced as one layout change.
MANY_PARENTS = 64


def _walk(node: _Node) -> Iterator[_Node]:
    """Yield ``node`` and everything below it, parents first, without recursion."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


class SidebarModel(QAbstractItemModel):
    """Views first (All, Drafts, ..., Trash), then the rubric tree with article counts.

    Two columns: name and count. Dropping article ids on a rubric emits ``articles_dropped``
    and dropping a rubric emits ``category_move_requested``; the window does the moving.
    """

    articles_dropped = Signal(list, object)  # article ids, category id or None
    category_move_requested = Signal(int, object)  # category id, new parent id or None

    GROUP_KEY = "group:rubrics"

    def __init__(self, store: ArticleStore | None,
                 parent: QAbstractItemModel | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._root = _Node("root", "")
        self._categories: dict[int, Category] = {}
        self._build([])

    # --------------------------------------------------------------- public

    def set_store(self, store: ArticleStore) -> None:
        """Use a store opened after the window was shown (start-up), then ``reload``."""
        self._store = store

    def reload(self, counts: bool = True) -> None:
        """Re-read rubrics (and counts, unless ``counts`` is False) from the store."""
        self.beginResetModel()
        self._build(self._store.list_categories() if self._store is not None else [])
        if counts:
            self._fill_counts()
        self.endResetModel()

    def show_categories(self, categories: list[Category]) -> None:
        """Show rubrics read before the store opened (start-up); counts come with ``reload``."""
        self.beginResetModel()
        self._build(categories)
        self.endResetModel()

    def refresh_counts(self) -> None:
        """Re-read only the counts (cheap; keeps selection and expansion)."""
        self._fill_counts()
        self._emit_counts_changed(self._root)

    def categories(self) -> list[Category]:
        """Return the rubrics as last loaded."""
        return list(self._categories.values())

    def category_name(self, category_id: int | None) -> str:
        """Return a rubric's name ("" when unknown or None)."""
        category = self._categories.get(category_id) if category_id is not None else None
        return category.name if category else ""

    def category_path(self, category_id: int) -> str:
        """Return "Seputar Kaltim / Samarinda" for a rubric."""
        parts: list[str] = []
        current = self._categories.get(category_id)
        while current is not None and len(parts) <= len(self._categories):  # a cycle ends
            parts.append(current.name)
            current = self._categories.get(current.parent_id) if current.parent_id else None
        return " / ".join(reversed(parts))

    def category_depth(self, category_id: int | None) -> int:
        """Return how deep a rubric sits (top level 1; None or unknown 0)."""
        depth = 0
        current = self._categories.get(category_id) if category_id is not None else None
        while current is not None and depth <= len(self._categories):  # a cycle ends
            depth += 1
            current = self._categories.get(current.parent_id) if current.parent_id else None
        return depth

    def index_for_key(self, key: str) -> QModelIndex:
        """Return the index of the node with this key, or an invalid index."""
        node = self._find(self._root, key)
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def group_index(self) -> QModelIndex:
        """Return the index of the "Rubrics" group node."""
        return self.index_for_key(self.GROUP_KEY)

    # ------------------------------------------------------------ Qt model

    @override
    def index(self, row: int, column: int, parent: Index = _NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        return self.createIndex(row, column, node.children[row])

    @override
    def parent(self, index: Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    @override
    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    @override
    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 2

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return node.label
            return "" if node.count is None else QLocale().toString(node.count)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and node.kind == "cat":
            return self.category_path(node.category_id or 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and node.kind == "group":
            font = QFont()
            font.setBold(True)
            return font
        if role == KeyRole:
            return node.key
        if role == CategoryIdRole:
            return node.category_id
        if role == CountRole:
            return node.count
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Rubric") if section == 0 else self.tr("Articles")
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node: _Node = index.internalPointer()
        if node.kind == "group":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind in ("cat", "uncat"):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if node.kind == "cat":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    @override
    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME, CATEGORY_MIME]

    @override
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        for index in indexes:
            node: _Node = index.internalPointer()
            if node.kind == "cat":
                mime.setData(CATEGORY_MIME, str(node.category_id).encode())
                break
        return mime

    @override
    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        target = self._drop_target(parent)
        if target is None:
            return False
        if data.hasFormat(ARTICLE_MIME):
            return target.kind in ("cat", "uncat")
        if data.hasFormat(CATEGORY_MIME):
            moving = int(bytes(data.data(CATEGORY_MIME).data()).decode() or 0)
            if target.kind == "group":
                return True
            if target.kind != "cat":
                return False
            return moving != target.category_id and not self._is_descendant(
                target.category_id or 0, moving)
        return False

    @override
    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._drop_target(parent)
        assert target is not None
        if data.hasFormat(ARTICLE_MIME):
            ids = [int(i) for i in json.loads(bytes(data.data(ARTICLE_MIME).data()).decode())]
            self.articles_dropped.emit(ids, target.category_id)
        else:
            moving = int(bytes(data.data(CATEGORY_MIME).data()).decode())
            self.category_move_requested.emit(moving, target.category_id)
        # False: the source view must not remove anything; the window reloads both models.
        return False

    # -------------------------------------------------------------- helpers

    def _drop_target(self, parent: Index) -> _Node | None:
        if not parent.isValid():
            return None
        return parent.internalPointer()

    def _is_descendant(self, category_id: int, ancestor_id: int) -> bool:
        current = self._categories.get(category_id)
        steps = 0
        while current is not None and current.parent_id is not None:
            if current.parent_id == ancestor_id:
                return True
            current = self._categories.get(current.parent_id)
            steps += 1
            if steps > len(self._categories):  # a cycle in a damaged database
                return False
        return False

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def _find(self, node: _Node, key: str) -> _Node | None:
        # Iterative walks throughout: a database may hold a rubric tree hundreds of levels
        # deep (an old import), and the window must still start.
        for found in _walk(node):
            if found.key == key:
                return found
        return None

    def _build(self, categories: list[Category]) -> None:
        self._categories = {c.id: c for c in categories}
        root = _Node("root", "")
        views = [
            ("view:all", self.tr("All articles")),
            ("view:draft", self.tr("Drafts")),
            ("view:review", self.tr("In review")),
            ("view:ready", self.tr("Ready")),
            ("view:published", self.tr("Published")),
            ("view:changed", self.tr("Changed since export")),
            ("view:trash", self.tr("Trash")),
        ]
        for key, label in views:
            root.children.append(_Node(key, label, parent=root))
        group = _Node(self.GROUP_KEY, self.tr("Rubrics"), parent=root)
        root.children.append(group)
        nodes: dict[int, _Node] = {}
        for category in categories:
            nodes[category.id] = _Node(f"cat:{category.id}", category.name,
                                       category_id=category.id)
        for category in categories:
            node = nodes[category.id]
            owner = nodes.get(category.parent_id) if category.parent_id else None
            node.parent = owner or group
            node.parent.children.append(node)
        group.children.append(_Node("uncat", self.tr("Uncategorised"), parent=group))
        self._root = root

    def _fill_counts(self) -> None:
        store = self._store
        if store is None:
            return
        statuses = store.status_counts()
        own = store.category_counts()
        for node in self._root.children:
            view = node.key.removeprefix("view:")
            if node.kind != "view":
                continue
            if view == "all":
                node.count = sum(statuses.values())
            elif view == "trash":
                node.count = store.count_articles(ArticleFilter(trashed=True))
            elif view == "changed":
                node.count = store.count_articles(ArticleFilter(changed_since_export=True))
            else:
                node.count = statuses.get(Status(view), 0)

        group = self._find(self._root, self.GROUP_KEY)
        if group is None:
            return
        for node in reversed(list(_walk(group))):  # children before their parents
            if node.kind == "cat":
                node.count = own.get(node.category_id, 0) + sum(
                    child.count or 0 for child in node.children)
            elif node.kind == "uncat":
                node.count = own.get(None, 0)

    def _emit_counts_changed(self, node: _Node) -> None:
        parents = [current for current in _walk(node) if current.children]
        if len(parents) > MANY_PARENTS:
            # One dataChanged per parent makes a view that sizes the count column to its
            # contents measure every row each time: a 600-level tree took a minute. A layout
            # change is a single re-measure and keeps selection and expansion.
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        for current in parents:
            if current.children:
                parent = (QModelIndex() if current is self._root
                          else self.createIndex(current.row, 0, current))
                last = len(current.children) - 1
                self.dataChanged.emit(self.index(0, 1, parent), self.index(last, 1, parent),
                                      [Qt.ItemDataRole.DisplayRole, CountRole])


# ------------------------------------------------------------ article list


class ArticleListModel(QAbstractTableModel):
    """Articles of one view, fetched lazily in pages so 100,000 rows open at once."""

    HEADLINE, STATUS, RUBRIC, DATE = range(4)
    SORT_KEYS: ClassVar[dict[int, str]] = {
        HEADLINE: "headline", STATUS: "status", DATE: "published"}

    def __init__(self, store: ArticleStore | None, parent: QAbstractItemModel | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._filter = ArticleFilter()
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._sort = "published"
        self._descending = True
        self._category_names: dict[int, str] = {}
        self._loaded = False

    # --------------------------------------------------------------- public

    @property
    def article_filter(self) -> ArticleFilter:
        """Return the filter the list shows."""
        return self._filter

    @property
    def total(self) -> int:
        """Return how many articles the view holds (loaded or not)."""
        return self._total

    def set_store(self, store: ArticleStore) -> None:
        """Use a store opened after the window was shown (start-up); rows load on ``reload``."""
        self._store = store

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
        if self._store is None:  # the window paints before the store is open
            self._total, self._rows = 0, []
        else:
            self._total = self._store.count_articles(self._filter)
            self._rows = self._store.list_articles(self._filter, limit=wanted, offset=0,
                                                   sort=self._sort,
                                                   descending=self._descending)
            self._loaded = True
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
    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    @override
    def canFetchMore(self, parent: Index = _NO_PARENT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    @override
    def fetchMore(self, parent: Index = _NO_PARENT) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        start = len(self._rows)
        page = self._store.list_articles(self._filter, limit=self._page_size, offset=start,
                                         sort=self._sort, descending=self._descending)
        if not page:
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
            return summary.headline
        if role == Qt.ItemDataRole.ForegroundRole and not summary.headline and column == 0:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == ArticleIdRole:
            return summary.id
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
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = sorted({self._rows[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(ARTICLE_MIME, json.dumps(ids).encode())
        mime.setText("\n".join(self._rows[self.row_of(i)].headline for i in ids))
        return mime
