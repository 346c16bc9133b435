"""First-run content: sample rubrics and a welcome article written for Indonesian desks.

Qt-free, so the command line and tests can use it too. The text lives in ``resources/sample/``.
May import ``core.domain``, ``core.paths`` and ``core.store``.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from editorberita.core.domain import Article, Status, Zone
from editorberita.core.paths import resource

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)


def is_empty(store: ArticleStore) -> bool:
    """Return True when the database holds no rubric and no article (trash included)."""
    from editorberita.core.store import ArticleFilter

    return (not store.list_categories() and store.count_articles() == 0
            and store.count_articles(ArticleFilter(trashed=True)) == 0)


def load_sample() -> dict[str, object]:
    """Return the bundled sample description (rubric tree and welcome article fields)."""
    data: dict[str, object] = json.loads(
        resource("sample", "sample.json").read_text(encoding="utf-8"))
    return data


def add_sample_content(store: ArticleStore) -> Article:
    """Create the sample rubrics and the welcome article; return the article."""
    data = load_sample()
    by_name: dict[str, int] = {}
    for entry in data["rubrics"]:  # type: ignore[attr-defined]  # JSON from our own resource file
        parent = store.find_category(entry["name"]) or store.create_category(entry["name"])
        by_name[parent.name] = parent.id
        for child_name in entry.get("children", []):
            child = (store.find_category(child_name, parent.id)
                     or store.create_category(child_name, parent.id))
            by_name[child.name] = child.id
    info = dict(data["welcome"])  # type: ignore[call-overload]  # JSON from our own resource file
    body = resource("sample", str(info.pop("body_file"))).read_text(encoding="utf-8")
    rubric = str(info.pop("rubric"))
    article = Article(
        headline=info["headline"], subheadline=info["subheadline"], lead=info["lead"],
        byline=info["byline"], initials=info["initials"], dateline=info["dateline"],
        status=Status(info["status"]), zone=Zone(info["zone"]), tags=list(info["tags"]),
        seo_title=info["seo_title"], seo_description=info["seo_description"], body=body,
        category_id=by_name.get(rubric))
    created = store.create_article(article)
    logger.info("Added sample content (welcome article #%s)", created.id)
    return created


def ensure_first_run_content(store: ArticleStore) -> Article | None:
    """Add the sample content to an empty database; return the welcome article if added."""
    if not is_empty(store):
        return None
    return add_sample_content(store)
