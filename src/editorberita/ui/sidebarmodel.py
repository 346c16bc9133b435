"""Qt item model of the sidebar: the fixed views, then the rubric tree with article counts.

Views never see ORM records: the model reads domain objects through ``ArticleStore`` and change rows
only through ``begin*/end*`` calls or ``dataChanged``. May import ``core.*`` and PySide6.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from editorberita.core.domain import (
    ArticleFilter,
    Category,
    Status,
)
from editorberita.typing_compat import override
from editorberita.ui.itemroles import (
    ARTICLE_MIME,
    CATEGORY_MIME,
    NO_PARENT,
    CategoryIdRole,
    CountRole,
    Index,
    KeyRole,
)
from editorberita.ui.viewkey import GROUP, UNCATEGORISED, ViewKey

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window's first paint
    from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)


# ------------------------------------------------------------------ sidebar


@dataclass(eq=False)
class _Node:
    """One sidebar row: a view, the rubric group, a rubric or the Uncategorised node."""

    key: ViewKey | None  # None for the invisible root
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
        return self.key.kind if self.key is not None else "root"


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

    def __init__(self, store: ArticleStore | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._root = _Node(None, "")
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

    def desk_ordered_paths(self) -> list[tuple[int, str]]:
        """Return (id, "Parent / Child") of every rubric in the sidebar's order (the desk's)."""
        categories = self.categories()
        children: dict[int | None, list[int]] = {}
        known = {c.id for c in categories}
        for category in categories:  # the store's order: position within each parent
            parent = category.parent_id if category.parent_id in known else None
            children.setdefault(parent, []).append(category.id)
        ordered: list[tuple[int, str]] = []
        seen: set[int] = set()

        def walk(parent: int | None) -> None:
            for category_id in children.get(parent, []):
                if category_id in seen:  # a cycle ends
                    continue
                seen.add(category_id)
                ordered.append((category_id, self.category_path(category_id)))
                walk(category_id)

        walk(None)
        return ordered

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

    def index_for_key(self, key: ViewKey) -> QModelIndex:
        """Return the index of the node with this key, or an invalid index."""
        node = self._find(self._root, key)
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def group_index(self) -> QModelIndex:
        """Return the index of the "Rubrics" group node."""
        return self.index_for_key(GROUP)

    # ------------------------------------------------------------ Qt model

    @override
    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        return self.createIndex(row, column, node.children[row])

    @override
    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]  # QObject.parent() is overloaded by Qt
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    @override
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    @override
    def columnCount(self, parent: Index = NO_PARENT) -> int:
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
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and node.kind == "rubric":
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
        if node.kind in ("rubric", "uncategorised"):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if node.kind == "rubric":
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
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # Qt stubs take a Sequence
        mime = QMimeData()
        for index in indexes:
            node: _Node = index.internalPointer()
            if node.kind == "rubric":
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
            return target.kind in ("rubric", "uncategorised")
        if data.hasFormat(CATEGORY_MIME):
            moving = int(bytes(data.data(CATEGORY_MIME).data()).decode() or 0)
            if target.kind == "group":
                return True
            if target.kind != "rubric":
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

    def _find(self, node: _Node, key: ViewKey) -> _Node | None:
        # Iterative walks throughout: a database may hold a rubric tree hundreds of levels
        # deep (an old import), and the window must still start.
        for found in _walk(node):
            if found.key == key:
                return found
        return None

    def _build(self, categories: list[Category]) -> None:
        self._categories = {c.id: c for c in categories}
        root = _Node(None, "")
        views = [
            ("all", self.tr("All articles")),
            ("draft", self.tr("Drafts")),
            ("review", self.tr("In review")),
            ("ready", self.tr("Ready")),
            ("published", self.tr("Published")),
            ("changed", self.tr("Changed since export")),
            ("outbox", self.tr("Outbox")),
            ("trash", self.tr("Trash")),
        ]
        for view, label in views:
            root.children.append(_Node(ViewKey.of_view(view), label, parent=root))
        group = _Node(GROUP, self.tr("Rubrics"), parent=root)
        root.children.append(group)
        nodes: dict[int, _Node] = {}
        for category in categories:
            nodes[category.id] = _Node(ViewKey.of_rubric(category.id), category.name,
                                       category_id=category.id)
        for category in categories:
            node = nodes[category.id]
            owner = nodes.get(category.parent_id) if category.parent_id else None
            node.parent = owner or group
            node.parent.children.append(node)
        group.children.append(_Node(UNCATEGORISED, self.tr("Uncategorised"), parent=group))
        self._root = root

    def _fill_counts(self) -> None:
        store = self._store
        if store is None:
            return
        statuses = store.status_counts()
        own = store.category_counts()
        for node in self._root.children:
            if node.key is None or node.kind != "view":
                continue
            view = node.key.view
            if view == "all":
                node.count = sum(statuses.values())
            elif view == "trash":
                node.count = store.count_articles(ArticleFilter(trashed=True))
            elif view == "changed":
                node.count = store.count_articles(ArticleFilter(changed_since_export=True))
            elif view == "outbox":
                node.count = store.count_articles(ArticleFilter(in_outbox=True))
            else:
                node.count = statuses.get(Status(view), 0)

        group = self._find(self._root, GROUP)
        if group is None:
            return
        for node in reversed(list(_walk(group))):  # children before their parents
            if node.kind == "rubric":
                node.count = own.get(node.category_id, 0) + sum(
                    child.count or 0 for child in node.children)
            elif node.kind == "uncategorised":
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
