"""What a sidebar node stands for: a fixed view, the rubric group, a rubric or Uncategorised.

A small value type instead of ``"cat:3"``-style strings, so the sidebar, the article list and
the window compare keys by meaning. The text form (``ViewKey.text``/``ViewKey.parse``) is only
for the setting that remembers the last view. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from editorberita.core.domain import ArticleFilter, Status

Kind = Literal["view", "group", "rubric", "uncategorised"]
VIEWS = ("all", "draft", "review", "ready", "published", "changed", "outbox", "trash")


@dataclass(frozen=True)
class ViewKey:
    """One sidebar node. Compare with other keys (``viewkey.ALL``), never with strings."""

    kind: Kind
    view: str = ""  # for kind "view": one of VIEWS
    category_id: int | None = None  # for kind "rubric"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):  # the old protocol: fail loudly rather than be unequal
            raise TypeError(f"compare a ViewKey with a ViewKey, not with {other!r}")
        if not isinstance(other, ViewKey):
            return NotImplemented
        return (self.kind, self.view, self.category_id) == (
            other.kind, other.view, other.category_id)

    def __hash__(self) -> int:
        return hash((self.kind, self.view, self.category_id))

    @classmethod
    def of_view(cls, view: str) -> ViewKey:
        """Return the key of a fixed view ("all", "draft", ..., "trash")."""
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        return cls("view", view=view)

    @classmethod
    def of_rubric(cls, category_id: int) -> ViewKey:
        """Return the key of a rubric's node."""
        return cls("rubric", category_id=int(category_id))

    @property
    def is_trash(self) -> bool:
        return self.kind == "view" and self.view == "trash"

    @property
    def is_rubric(self) -> bool:
        return self.kind == "rubric"

    @property
    def text(self) -> str:
        """Return the stored form: "view:all", "cat:3", "uncat" or "group:rubrics"."""
        if self.kind == "view":
            return f"view:{self.view}"
        if self.kind == "rubric":
            return f"cat:{self.category_id}"
        return "uncat" if self.kind == "uncategorised" else "group:rubrics"

    @classmethod
    def parse(cls, text: str) -> ViewKey | None:
        """Return the key a stored text stands for, or None for text no node ever had."""
        if text.startswith("view:") and text[5:] in VIEWS:
            return cls.of_view(text[5:])
        if text.startswith("cat:") and text[4:].isdigit():
            return cls.of_rubric(int(text[4:]))
        if text == "uncat":
            return UNCATEGORISED
        if text == "group:rubrics":
            return GROUP
        return None

    def article_filter(self) -> ArticleFilter:
        """Return the article filter this node stands for (the group shows every article)."""
        if self.kind == "rubric":
            return ArticleFilter(category_id=self.category_id)
        if self.kind == "uncategorised":
            return ArticleFilter(uncategorised=True)
        if self.view == "trash":
            return ArticleFilter(trashed=True)
        if self.view == "changed":
            return ArticleFilter(changed_since_export=True)
        if self.view == "outbox":
            return ArticleFilter(in_outbox=True)
        if self.view in {s.value for s in Status}:
            return ArticleFilter(status=Status(self.view))
        return ArticleFilter()

    def __str__(self) -> str:
        return self.text


ALL = ViewKey.of_view("all")
TRASH = ViewKey.of_view("trash")
OUTBOX = ViewKey.of_view("outbox")  # articles waiting for a site (ui.sending)
GROUP = ViewKey("group")
UNCATEGORISED = ViewKey("uncategorised")
