"""Links from one story to another story of the desk: "Baca juga" in the text.

The editor places ``**Baca juga:** [Judul](artikel:12)`` in the body (the window's picker
writes it). ``artikel:12`` names the desk's article 12 wherever the file goes: each export
resolves it to that article's address in the same export (``core.newsroom``), so a link
never points at a database id. Pure Python: standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

SCHEME = "artikel"
READ_ALSO = "Baca juga"
_LINK = re.compile(rf"\]\(\s*<?{SCHEME}:(\d{{1,12}})>?(\s+\"[^\"\n]*\")?\s*\)")


def story_ids(body: str) -> list[int]:
    """Return the ids of the desk stories the body links to, in order, each once."""
    return list(dict.fromkeys(int(m.group(1)) for m in _LINK.finditer(body)))


def resolve_story_links(body: str, href: Mapping[int, str] | Callable[[int], str | None]) -> str:
    """Return the body with every ``artikel:N`` address replaced by that story's address.

    A story with no address (deleted, unknown) keeps its words: the link becomes plain text.
    """
    lookup = href.get if isinstance(href, Mapping) else href

    def replace(match: re.Match[str]) -> str:
        target = lookup(int(match.group(1)))
        if not target:
            return "](#)"  # PlaceholderSafeLinks-free: an inert same-page link, text kept
        title = match.group(2) or ""
        return f"](<{target}>{title})"

    return _LINK.sub(replace, body)


def read_also_markdown(headline: str, article_id: int) -> str:
    """Return the paragraph the picker inserts: "**Baca juga:** [Judul](artikel:12)"."""
    text = " ".join(headline.split()).replace("[", "(").replace("]", ")") or f"Artikel {article_id}"
    return f"**{READ_ALSO}:** [{text}]({SCHEME}:{article_id})"
