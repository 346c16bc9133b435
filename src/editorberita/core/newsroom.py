"""The newsroom's record around a story's text, gathered for one export.

Corrections (*ralat*), rights of reply (*hak jawab*) and their originals, "Baca juga" links
and the "Berita terkait" strip need other rows of the store; ``gather`` reads them once per
exported article into a ``PageRecord`` that the templates (``core.render``), the Markdown
export and the structured data (``core.jsonld``) all print from. Credits and the
verification notice need only the article (``core.credits``).

Addresses of other stories: an export links a desk story by the address it has where the
reader is. ``StoryAddress`` tries, in order, the URL the story was sent to (``sent_url``:
the store's send records, ``core.store.sends``), the file an earlier export of the same format
wrote, and the file this export would write (``export_filename``), so a batch links correctly
before every file exists. A send to a site (``namer=None``) links only sent stories: a post
cannot link a file on the desk. A send counts like an export for the ralat check
(``record_state``): the sender keeps a "send" revision as the export keeps an "export" one.

Dates in the "Berita terkait" strip are absolute ("Selasa, 23 Juli 2024"), never relative:
an exported page is static and is read days or years after it was written, when "4 hari
lalu" would be false, and no script on the page may rewrite it.
May import ``core.domain``, ``core.corrections``, ``core.credits``, ``core.storylinks``,
``core.textid`` and (lazily) ``core.store.sends``; never Qt, never ``core.export`` (which
imports this module).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita.core.corrections import Correction, RecordState
from editorberita.core.credits import UNVERIFIED_NOTICE, credit_initials
from editorberita.core.domain import Article, ExportInfo, Kind, Status
from editorberita.core.storylinks import resolve_story_links, story_ids
from editorberita.core.textid import format_date_id

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore
    from editorberita.core.store.sends import SendInfo

RELATED_LIMIT = 5
LIVE = frozenset({Status.PUBLISHED, Status.CORRECTED})
REPLY_TO_LABEL = "Hak jawab atas berita"
REPLIES_LABEL = "Hak jawab"
RELATED_LABEL = "Berita terkait"


def sent_url(store: ArticleStore, article_id: int) -> str | None:
    """Return the address of the story's post on a site (a published one first), or None.

    Read from the store's send records (``core.store.sends``, written by ``core.send``): a
    draft's link (``?p=123``) still leads to the post once the site publishes it.
    """
    from editorberita.core.store import sends

    return _best_link(sends.sends_of(store, article_id))


def _best_link(posts: Sequence[SendInfo]) -> str | None:
    linked = [s for s in posts if s.link]
    linked.sort(key=lambda s: s.status != "publish")  # stable: newest first within each
    return linked[0].link if linked else None


def sent_state(store: ArticleStore, article_id: int) -> datetime | None:
    """Return when the story was last sent to any site, or None (the ralat check)."""
    from editorberita.core.store import sends

    posts = sends.sends_of(store, article_id)
    return posts[0].sent_at if posts else None


@dataclass(frozen=True)
class StoryLink:
    """Another story as an export links it: its headline, address and date."""

    article_id: int
    headline: str
    href: str
    date_text: str = ""
    iso_date: str = ""


@dataclass(frozen=True)
class PageRecord:
    """What the record adds to one export of a story (see the module docstring)."""

    corrections: tuple[Correction, ...] = ()
    reply_to: StoryLink | None = None
    replies: tuple[StoryLink, ...] = ()
    related: tuple[StoryLink, ...] = ()
    links: Mapping[int, str] = field(default_factory=dict)
    profile: Mapping[str, str] = field(default_factory=dict)
    url: str = ""  # the story's own address (its sent URL), "" when unknown


def prepared(article: Article, record: PageRecord | None) -> Article:
    """Return the article as the exports print it: "rw/ed" initials, story links resolved."""
    body = resolve_story_links(article.body, dict(record.links) if record else {})
    return article.copy(initials=credit_initials(article), body=body)


class StoryAddress:
    """Where an export of format ``fmt`` in ``folder`` finds another desk story."""

    def __init__(self, store: ArticleStore, fmt: str, folder: Path | None,
                 namer: Callable[[Article, str], str] | None) -> None:
        self.store = store
        self.fmt = "html" if fmt == "fragment" else fmt  # a CMS fragment links the pages
        self.folder = folder.resolve() if folder is not None else None
        self.namer = namer
        self._known: dict[int, str] = {}  # one batch asks for the same stories again and again
        self._sends: dict[int, list[SendInfo]] = {}  # read ahead by ``prefetch``
        self._exports: dict[int, list[ExportInfo]] = {}

    def prefetch(self, article_ids: Sequence[int]) -> None:
        """Read the sends and exports of the stories about to be addressed, two queries for
        all of them rather than two for each (the preview reads a record at every open)."""
        from editorberita.core.store import sends

        missing = [i for i in dict.fromkeys(article_ids)
                   if i not in self._known and i not in self._sends]
        if not missing:
            return
        self._sends.update(sends.sends_of_many(self.store, missing))
        if self.namer is not None:
            self._exports.update(self.store.last_exports_of(missing))

    def __call__(self, article: Article) -> str:
        """Return the story's address: sent URL, else its exported (or coming) file name."""
        if article.id is not None and article.id in self._known:
            return self._known[article.id]
        found = self._find(article)
        if article.id is not None:
            self._known[article.id] = found
        return found

    def sent(self, article_id: int) -> str | None:
        """Return the story's sent URL (read ahead by ``prefetch`` when it was)."""
        if article_id in self._sends:
            return _best_link(self._sends[article_id])
        return sent_url(self.store, article_id)

    def _find(self, article: Article) -> str:
        if article.id is not None:
            sent = self.sent(article.id)
            if sent:
                return sent
            if self.namer is None:  # a post on a site cannot link a file on the desk
                return ""
            exported = self._exports.get(article.id)
            for info in exported if exported is not None else self.store.last_exports(article.id):
                path = Path(info.path)
                if info.format == self.fmt and (self.folder is None or path.parent == self.folder):
                    return path.name
        return self.namer(article, self.fmt) if self.namer is not None else ""


def _link(article: Article, address: StoryAddress) -> StoryLink:
    moment = article.local_published_at
    return StoryLink(article_id=article.id or 0, headline=" ".join(article.headline.split()),
                     href=address(article), date_text=format_date_id(moment) if moment else "",
                     iso_date=moment.isoformat(timespec="seconds") if moment else "")


class RecordReader:
    """Reads the record of the articles of one export batch, sharing what they have in common.

    Stories a batch links (the rubric's newest, a pick) come up for article after article:
    each is loaded once, its address found once, the desk profile read once. With ``batch``
    the few corrected and answered articles are listed first (one query), and the related
    candidates of a rubric and tag set are read once: the other articles cost no query.
    """

    def __init__(self, store: ArticleStore, fmt: str, folder: Path | None,
                 namer: Callable[[Article, str], str] | None, *, related: int = RELATED_LIMIT,
                 batch: bool = False) -> None:
        self.store = store
        self.batch = batch
        self._index: tuple[set[int], dict[int, list[int]]] | None = None
        self._candidates: dict[tuple[int | None, tuple[str, ...]], list[int]] = {}
        self.related = related
        self.address = StoryAddress(store, fmt, folder, namer)
        self._stories: dict[int, Article | None] = {}
        self._profile: dict[str, str] | None = None

    def stories(self, ids: Sequence[int]) -> dict[int, Article]:
        """Return the live (untrashed) stories among ``ids``."""
        missing = [i for i in dict.fromkeys(ids) if i not in self._stories]
        if missing:
            found = self.store.get_articles(missing)
            for i in missing:
                story = found.get(i)
                self._stories[i] = story if story is not None and story.deleted_at is None \
                    else None
        return {i: story for i in ids if (story := self._stories.get(i)) is not None}

    def _rows(self, article: Article,
              limit: int) -> tuple[Sequence[Correction], list[int], list[int]]:
        """Return corrections, replies and related candidates (see the class docstring)."""
        if article.id is None:
            return [], [], []
        if not self.batch:
            return self.store.article_record(article, limit)
        if self._index is None:
            self._index = self.store.record_index()
        corrected, answered = self._index
        corrections = self.store.corrections(article.id) if article.id in corrected else []
        key = (article.category_id, tuple(sorted(t.casefold() for t in article.tags)))
        found = self._candidates.get(key)
        if found is None or len(found) < limit + 1:
            probe = Article(id=None, category_id=article.category_id, tags=list(article.tags))
            found = self._candidates[key] = self.store.related_candidates(probe, limit + 1)
        return (corrections, answered.get(article.id, []),
                [i for i in found if i != article.id][:limit])

    @property
    def profile(self) -> dict[str, str]:
        """Return the desk profile, read once per batch."""
        if self._profile is None:
            self._profile = self.store.desk_profile()
        return self._profile

    def gather(self, article: Article) -> PageRecord:
        """Read the record of one article (a few small queries)."""
        address, related = self.address, self.related
        picks = story_ids(article.body)
        wanted = [i for i in picks if i != article.id]
        if article.reply_to_id is not None:
            wanted.append(article.reply_to_id)
        corrections, replies, candidates = self._rows(article, related + len(picks)
                                                      if related else 0)
        found = self.stories([*wanted, *replies, *candidates])
        address.prefetch([*found, *([article.id] if article.id is not None else [])])
        # A story without an address (a send's link to an unsent story) is not linked.
        usable = found if address.namer is not None else {
            i: a for i, a in found.items() if address(a)}
        links = {i: address(a) for i, a in usable.items() if i in picks}
        reply_to = usable.get(article.reply_to_id) if article.reply_to_id is not None else None
        strip: list[StoryLink] = []
        linked = {article.reply_to_id, *replies}  # shown with the text already
        for i in dict.fromkeys([*picks, *(c for c in candidates if c not in linked)]):
            story = usable.get(i)
            if story is not None and i != article.id and story.status in LIVE:
                strip.append(_link(story, address))
        sent = address.sent(article.id) if article.id is not None else None
        return PageRecord(
            corrections=tuple(corrections),
            reply_to=_link(reply_to, address) if reply_to is not None else None,
            replies=tuple(_link(usable[i], address) for i in replies if i in usable),
            related=tuple(strip[:related]), links=links, profile=self.profile,
            url=sent or "")


def gather(store: ArticleStore, article: Article, fmt: str, folder: Path | None,
           namer: Callable[[Article, str], str], *, related: int = RELATED_LIMIT) -> PageRecord:
    """Read the record of one article for one export (see ``RecordReader``)."""
    return RecordReader(store, fmt, folder, namer, related=related).gather(article)


def site_record(store: ArticleStore, article: Article) -> PageRecord:
    """Read the record a post on a site carries (a send, a WXR file): corrections, reply
    links and "Baca juga" links to stories already sent; no related strip (the site has its
    own) and never a link to a desk file."""
    return RecordReader(store, "html", None, None, related=0).gather(article)


# ------------------------------------------------------------------ Markdown


def front_matter_fields(article: Article, record: PageRecord | None) -> dict[str, object]:
    """Return the record's front matter: editor, corrections, related, reply links."""
    data: dict[str, object] = {
        "editor": " ".join(article.editor.split()),
        "editor_initials": " ".join(article.editor_initials.split()),
        "credit_initials": credit_initials(article) if article.editor_initials.strip() else "",
        "unverified": article.unverified,
    }
    if record is not None:
        data["corrections"] = [
            {"date": c.local_time.isoformat(timespec="seconds"), "zone": c.zone.value,
             "text": c.text, **({"by": c.author} if c.author else {}), "line": c.line()}
            for c in record.corrections]
        if record.reply_to is not None:
            data["reply_to"] = {"title": record.reply_to.headline, "url": record.reply_to.href}
        data["replies"] = [{"title": r.headline, "url": r.href} for r in record.replies]
        data["related"] = [{"title": r.headline, "url": r.href, "date": r.iso_date}
                           for r in record.related]
    return {k: v for k, v in data.items() if v}


def _md_text(text: str) -> str:
    """Return record text for Markdown: no raw HTML, no link syntax, one line."""
    text = " ".join(text.split()).replace("[", "(").replace("]", ")")
    return html.escape(text, quote=False)


def _md_link(text: str, href: str) -> str:
    href = href.replace(">", "%3E").replace("<", "%3C").replace(" ", "%20")
    return f"[{_md_text(text)}](<{href}>)"


def markdown_tail(article: Article, record: PageRecord | None) -> str:
    """Return what the Markdown export prints under the text (notice, reply links, ralat)."""
    parts: list[str] = []
    if article.unverified:
        parts.append(f"*({UNVERIFIED_NOTICE})*")
    if record is not None:
        if record.reply_to is not None:
            parts.append(f"**{REPLY_TO_LABEL}:** "
                         f"{_md_link(record.reply_to.headline, record.reply_to.href)}")
        parts.extend(f"**{REPLIES_LABEL}:** {_md_link(r.headline, r.href)}"
                     for r in record.replies)
        parts.extend(f"**{c.heading}:** {_md_text(c.text)}" for c in record.corrections)
    return "\n\n".join(parts)


_TAIL = re.compile(r"\n*(?:\*\(" + re.escape(UNVERIFIED_NOTICE) + r"\)\*|\*\*(?:"
                   + re.escape(REPLY_TO_LABEL) + "|" + re.escape(REPLIES_LABEL)
                   + r"):\*\* \[[^\n]*|\*\*Ralat \([^)\n]*\):\*\* [^\n]*)\s*\Z")


def strip_markdown_tail(body: str) -> str:
    """Return a Markdown body without the record lines our export put under it (for import:
    the notice, reply links and corrections come from the fields and records, not the text)."""
    while True:
        stripped = _TAIL.sub("", body)
        if stripped == body:
            return body
        body = stripped


def kind_label(article: Article) -> str:
    """Return "Hak Jawab" for a right of reply (shown above its headline), else ""."""
    return "Hak Jawab" if article.kind == Kind.REPLY else ""


def correction_lines(corrections: Sequence[Correction]) -> list[str]:
    """Return the printed line of each correction, oldest first."""
    return [c.line() for c in corrections]


def record_state(store: ArticleStore, article: Article) -> RecordState:
    """Return what the ralat checks need: corrections and the newest export of the article."""
    if article.id is None:
        return RecordState()
    exports = store.last_exports(article.id)
    when = exports[0].exported_at if exports else None
    sent = sent_state(store, article.id)
    if sent is not None and (when is None or sent > when):
        when = sent
    # The newest "export" or "send" revision (core.revisions) holds the text that went out.
    body = store.exported_body(article.id) if when is not None else None
    return RecordState(corrections=tuple(store.corrections(article.id)), exported_at=when,
                       exported_body=body)
