"""Where each search result matched, for the article list (issue 12).

The list model asks for ``SnippetRole`` of the rows the view paints; this cache reads those
articles through the store a batch at a time and keeps ``core.searchhits`` snippets per article
until the search changes. Outside a search the role is None and rows stay two lines. May import
PySide6 and core (lazily: not before the window's first paint).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)

SnippetRole = Qt.ItemDataRole.UserRole + 20
BATCH = 40  # rows read at once: a screenful of the list and some scrolling
Parts = list[tuple[str, bool]]


class SearchSnippets:
    """Snippets of the current search's results, per article id."""

    def __init__(self) -> None:
        self.query = ""
        self._parts: dict[int, Parts] = {}

    def reset(self, query: str | None) -> None:
        """Start over for another search (or none)."""
        self.query = (query or "").strip()
        self._parts.clear()

    def parts(self, store: ArticleStore | None, article_id: int,
              nearby: Sequence[int]) -> Parts | None:
        """Return the snippet of one result (None outside a search), reading ``nearby`` too."""
        if not self.query or store is None:
            return None
        if article_id not in self._parts:
            from editorberita.core.searchhits import snippet

            wanted = [i for i in dict.fromkeys([article_id, *nearby]) if i not in self._parts]
            try:
                articles = store.get_articles(wanted)
            except Exception:  # a snippet is a help, never a reason for an error box
                logger.exception("Reading articles for search snippets failed")
                articles = {}
            for found in wanted:
                article = articles.get(found)
                self._parts[found] = (snippet([article.lead, article.body], self.query)
                                      if article is not None else [])
        return self._parts[article_id]
