"""``editorberita list`` and ``categories``: what a desk holds, one line per article or rubric.

``open_store`` is cli.py's (a read-only open of an up-to-date desk, else under the writers'
lock), handed in so this module does not import cli.py back.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from editorberita.commands.common import category_id, printable, status


def cmd_list(args: argparse.Namespace, open_store: Callable[..., Any]) -> int:
    """Print one line per article: id, date, status, rubric, headline."""
    from editorberita.core.store import ArticleFilter

    with open_store(args, write=False) as store:
        names = {c.id: c.name for c in store.list_categories()}
        flt = ArticleFilter(category_id=category_id(store, args.category),
                            status=status(args.status), search=args.search)
        rows = store.list_articles(flt, limit=args.limit)
        for row in rows:
            local = row.published_at.astimezone(row.zone.tzinfo) if row.published_at else None
            date = f"{local:%Y-%m-%d %H:%M}" if local else "-"
            rubric = printable(names.get(row.category_id, "Tanpa rubrik"))
            print(f"{row.id:>6}  {date}  {row.status.label_id:<12}  "
                  f"{rubric:<18}  {printable(row.headline)}")
        if not rows:
            print("(tidak ada artikel)")
    return 0


def cmd_categories(args: argparse.Namespace, open_store: Callable[..., Any]) -> int:
    """Print the rubric tree; a rubric's count includes its sub-rubrics, as in the sidebar."""
    from editorberita.core.domain import rubric_totals

    with open_store(args, write=False) as store:
        categories = store.list_categories()
        counts = store.category_counts()
        totals = rubric_totals(categories, counts)
        children: dict[int | None, list] = {}
        for category in categories:
            children.setdefault(category.parent_id, []).append(category)

        stack = [(c, 0) for c in reversed(children.get(None, []))]
        shown: set[int] = set()
        while stack:  # not recursive: an old import may have left a tree 500 levels deep
            category, depth = stack.pop()
            if category.id in shown:
                continue
            shown.add(category.id)
            print(f"{'  ' * depth}{printable(category.name)} ({totals.get(category.id, 0)})")
            stack.extend((c, depth + 1) for c in reversed(children.get(category.id, [])))
        if counts.get(None):
            print(f"Tanpa rubrik ({counts[None]})")
    return 0
