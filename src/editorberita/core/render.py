"""Markdown → sanitised HTML, the one path shared by the live preview and every export.

What the editor sees is what gets uploaded: the preview shows ``render_article_fragment`` and
the HTML exports wrap the very same markup. May import ``core.domain``, ``core.credits``,
``core.jsonld``, ``core.newsroom``, ``core.paths``, ``core.templates``, ``core.textid``,
markdown, nh3 and jinja2.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import quote

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from editorberita.core.credits import UNVERIFIED_NOTICE, credit_line
from editorberita.core.domain import Article, EditorBeritaError, Status
from editorberita.core.localref import LOCAL_PATH
from editorberita.core.mdguard import PLACEHOLDER, HostileGuard, PlaceholderSafeLinks
from editorberita.core.newsroom import PageRecord, kind_label, prepared
from editorberita.core.paths import article_css
from editorberita.core.templates import label_for
from editorberita.core.textid import format_date_id, format_time_id, split_closing_initials
from editorberita.core.typography import SmartTypographyExtension, smarten

if TYPE_CHECKING:
    from editorberita.core.pictures import PictureSet



def markdown_extensions() -> list[Extension]:
    """Return the Markdown extensions the desk writes with, configured.

    Python-Markdown's own "smarty" costs three quarters of a render; typography.py does the
    same job in one pass over the tree (export must reach 150 articles per second). Instances,
    not names: a name makes Python-Markdown scan every installed package's entry
    points (importlib.metadata), which costs the first render ~40 ms and a few MB.
    """
    return [TableExtension(use_align_attribute=True),
            FootnoteExtension(BACKLINK_TITLE="Kembali ke teks catatan %d"),
            AttrListExtension(), SaneListExtension(), FencedCodeExtension(), AbbrExtension(),
            DefListExtension(), SmartTypographyExtension(), PlaceholderSafeLinks(), HostileGuard()]


ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "del", "ins",
    "sup", "sub", "mark", "small", "blockquote", "ul", "ol", "li", "a", "img", "figure",
    "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "code", "pre",
    "hr", "abbr", "dl", "dt", "dd", "span", "div",
}
# Removed together with their content (the rest lose only the tag and keep their text).
CLEAN_CONTENT_TAGS = {"script", "style", "template", "noscript", "iframe", "object", "embed",
                      "textarea", "select", "title", "svg", "math", "noembed", "noframes", "xmp"}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
    "li": {"id"},
    "sup": {"id"},
    "abbr": {"title"},
    "*": {"class"},
}
# ``asset:`` names a picture stored in the database; it is resolved by the preview and export.
URL_SCHEMES = {"http", "https", "mailto", "tel", "asset"}
LINK_REL = "noopener noreferrer nofollow"

_URL_SAFE = "!#$%&'()*+,/:;=?@~-._"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_INTEGER_ATTRIBUTES = {"width", "height", "colspan", "rowspan", "start"}
_ID_TOKEN = re.compile(r"^[^\s]{1,100}$")

_local = threading.local()


def _converter() -> markdown.Markdown:
    """Return this thread's Markdown instance (instances are not thread-safe; reuse saves time)."""
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=markdown_extensions(), output_format="html")
        _local.md = md
    return md


def _filter_attribute(name: str, value: str, seen_ids: set[str]) -> str | None:
    """Return a kept attribute's value made valid for HTML5 (None drops the attribute)."""
    if name in ("href", "src"):
        if LOCAL_PATH.match(value):
            return None
        value = _BAD_PERCENT.sub("%25", quote(value.strip(), safe=_URL_SAFE))
        return value or None
    if name in _INTEGER_ATTRIBUTES:
        value = value.strip()
        if not value.isdigit() or (name != "start" and int(value) == 0):
            return None
        return str(int(value))
    if name == "id":
        if not _ID_TOKEN.match(value) or value in seen_ids:
            return None
        seen_ids.add(value)
    return value


_TAG = re.compile(r'<([a-z][a-z0-9]*)((?:\s+[^\s="<>/]+="[^"]*")+)\s*>')
_ATTRIBUTE = re.compile(r'\s+([^\s="<>/]+)="([^"]*)"')


def fix_attributes(markup: str) -> str:
    """Clean URLs, whole numbers and unique ids in sanitised markup; ``rel`` only on links.

    A regex pass over nh3's normalised output (every value double-quoted, no "<" in text);
    an nh3 ``attribute_filter`` callback would do the same but re-enters Python for every
    attribute, which stalls on the GIL while export threads run.
    """
    seen_ids: set[str] = set()

    def fix(match: re.Match[str]) -> str:
        tag = match.group(1)
        pairs = _ATTRIBUTE.findall(match.group(2))
        has_href = any(name == "href" and not LOCAL_PATH.match(html.unescape(raw))
                       and raw.strip() for name, raw in pairs)
        out: list[str] = []
        changed = False
        for name, raw in pairs:
            value = html.unescape(raw)
            new = (None if name == "rel" and tag == "a" and not has_href
                   else _filter_attribute(name, value, seen_ids))
            if new != value:
                changed = True
            if new is not None:
                out.append(f' {name}="{html.escape(new)}"' if new != value else f' {name}="{raw}"')
            elif tag == "img" and name == "src":
                return ""  # a picture with no address left shows nothing and is invalid
        return f"<{tag}{''.join(out)}>" if changed else match.group()

    return _TAG.sub(fix, markup)


@functools.cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(tags=ALLOWED_TAGS, clean_content_tags=CLEAN_CONTENT_TAGS,
                       attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
                       link_rel=LINK_REL, strip_comments=True)


# Elements whose content model is phrasing only: a block inside one is invalid HTML5.
PHRASING = frozenset({"strong", "em", "b", "i", "u", "s", "del", "ins", "sup", "sub", "mark",
                      "small", "a", "code", "abbr", "span", "br", "img"})
PHRASING_PARENTS = PHRASING | {"p", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "caption"}
REQUIRED_PARENTS = {"li": {"ul", "ol"}, "dt": {"dl"}, "dd": {"dl"}, "figcaption": {"figure"}}
LIST_PARENTS = frozenset({"ul", "ol", "dl"})
VOID = frozenset({"br", "img", "hr"})
# Elements nested deeper than this in a body are unwrapped (their text stays): browsers
# flatten a tree deeper than 513 and the Nu checker rejects it; the page adds ~10 levels.
MAX_HTML_DEPTH = 100


class _StructureFixer(HTMLParser):
    """Re-serialise sanitised HTML, unwrapping elements that HTML5 forbids where they stand.

    nh3's parser already repairs tables and unclosed tags; what remains from raw HTML is
    e.g. a ``div`` inside a ``span`` or an ``li`` outside a list, which the Nu checker
    rejects. Unwrapping keeps the text; pictures without a source go, the rest get ``alt``.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, kept)
        self.kept = 0  # kept elements open: the depth of the output tree

    def _parent(self) -> str | None:
        for tag, kept in reversed(self.stack):
            if kept:
                return tag
        return None

    def _allowed(self, tag: str) -> bool:
        parent = self._parent()
        if parent in PHRASING_PARENTS and tag not in PHRASING:
            return False
        if parent in LIST_PARENTS and tag not in ("li", "dt", "dd", "div"):
            return False
        required = REQUIRED_PARENTS.get(tag)
        return required is None or parent in required

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        keep = self._allowed(tag) and (tag in VOID or self.kept < MAX_HTML_DEPTH)
        if tag == "img":
            if "src" not in values:
                keep = False
            values.setdefault("alt", "")
        if keep:
            text = "".join(f' {k}="{html.escape(v)}"' for k, v in values.items())
            self.out.append(f"<{tag}{text}>")
        if tag not in VOID:
            self.stack.append((tag, keep))
            self.kept += keep

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        while self.stack:
            open_tag, kept = self.stack.pop()
            self.kept -= kept
            if kept:
                self.out.append(f"</{open_tag}>")
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._parent() in LIST_PARENTS and data.strip():
            return  # stray text between list items: not allowed, and not the story's text
        self.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        while self.stack:
            open_tag, kept = self.stack.pop()
            if kept:
                self.out.append(f"</{open_tag}>")
        return "".join(self.out)


def fix_structure(fragment: str) -> str:
    """Return sanitised HTML with invalid nesting unwrapped and every ``img`` given ``alt``."""
    fixer = _StructureFixer()
    fixer.feed(fragment)
    return fixer.result()


_ALIGN = re.compile(r' align="(left|right|center)"')
_H1 = re.compile(r"<(/?)h1\b", re.IGNORECASE)
# Code points HTML5 forbids in a document (controls other than whitespace, noncharacters).
_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"
                              "\U0001fffe\U0001ffff\U0010fffe\U0010ffff]")


def strip_forbidden(text: str) -> str:
    """Remove control characters and noncharacters, which no valid HTML5 page may contain."""
    return _FORBIDDEN_CHARS.sub("", text)


def sanitize(fragment: str, *, has_raw_html: bool = True) -> str:
    """Keep only allowlisted markup: no script, style, event handler, frame, form or bad URL.

    ``has_raw_html=False`` (plain Markdown output, always well nested) skips the structure
    pass unless a picture needs its ``alt``.
    """
    cleaned = _cleaner().clean(fragment)
    if has_raw_html or "<img" in cleaned:
        cleaned = fix_structure(cleaned)
    return fix_attributes(cleaned)


class RenderError(EditorBeritaError):
    """The body cannot be rendered (nested too deep); the message says so in Indonesian."""


TOO_DEEP = ("Isi artikel tidak dapat ditampilkan: susunannya bertingkat terlalu dalam "
            "(misalnya ratusan tanda * atau - berturut-turut). Sederhanakan bagian itu, "
            "lalu coba lagi; teksnya tetap tersimpan.")


def render_markdown(text: str) -> str:
    """Return sanitised HTML for a Markdown body.

    Hostile structure is made plain first (``core.mdguard``) so a render stays near-linear;
    what still nests too deep is refused with ``RenderError``, never a traceback.
    """
    md = _converter()
    try:
        raw = md.reset().convert(strip_forbidden(text))
        has_raw_html = bool(md.htmlStash.rawHtmlBlocks)  # also code and entities: harmless
    except RecursionError:
        _local.md = None  # a half-finished conversion: start the next one afresh
        raise RenderError(TOO_DEEP) from None
    finally:
        md.reset()
    if "\x02" in raw or "\x03" in raw:  # an internal placeholder that escaped: never shown
        raw = strip_forbidden(PLACEHOLDER.sub("", raw))
    # The headline is the page's h1; table alignment becomes a class (align is obsolete).
    raw = _H1.sub(r"<\1h2", raw)
    raw = _ALIGN.sub(r' class="align-\1"', raw)
    return sanitize(raw, has_raw_html=has_raw_html)


_FIRST_P = re.compile(r"^\s*<p(\s[^>]*)?>", re.IGNORECASE)
_LAST_P = re.compile(r"</p>\s*$", re.IGNORECASE)
_FOOTNOTES = '<div class="footnote">'
DATELINE_DASH = "\u2013"  # en dash, as in "SAMARINDA – ..."
UNTITLED = "Tanpa judul"


def place_dateline(body_html: str, dateline: str) -> str:
    """Put "SAMARINDA – " at the start of the body's first paragraph (or in one of its own)."""
    dateline = " ".join(dateline.split())
    if not dateline:
        return body_html
    marker = f'<span class="dateline">{html.escape(dateline.upper())}</span> {DATELINE_DASH} '
    match = _FIRST_P.match(body_html)
    if match:
        return body_html[:match.end()] + marker + body_html[match.end():]
    return f"<p>{marker.rstrip()}</p>\n" + body_html


_TAGS = re.compile(r"<[^>]*>")
_WRITTEN_INITIALS = re.compile(r"(\([^()<>]{1,60}\))\s*</p>\s*$")


def ends_with_initials(body_html: str, initials: str) -> bool:
    """Return True when the body's last words already are "(initials)"."""
    text = html.unescape(_TAGS.sub("", body_html.partition(_FOOTNOTES)[0]))
    found = split_closing_initials(text.rstrip(), initials)[0]
    return found != text.rstrip()


def place_initials(body_html: str, initials: str) -> str:
    """Close the story with the initials: "... kata dia. (rw)", before any footnotes.

    A body that already closes with the same initials keeps them as written (marked up as
    initials when they close the last paragraph): never twice.
    """
    initials = " ".join(initials.split()).strip("()")
    if not initials:
        return body_html
    text, sep, notes = body_html.partition(_FOOTNOTES)
    if ends_with_initials(body_html, initials):
        written = _WRITTEN_INITIALS.search(text)
        if written is None:
            return body_html
        return (f'{text[:written.start()]}<span class="initials">{written.group(1)}</span>'
                f"{text[written.end(1):]}{sep}{notes}")
    closing = f'<span class="initials">({html.escape(initials)})</span>'
    text = text.rstrip()
    match = _LAST_P.search(text)
    if match:
        text = f"{text[:match.start()]} {closing}</p>\n"
    else:
        text = (text + "\n" if text else "") + f"<p>{closing}</p>\n"
    return text + sep + notes


def render_body(article: Article, pictures: PictureSet | None = None) -> str:
    """Return the article body as sanitised HTML with pictures, dateline and initials placed."""
    body = render_markdown(article.body)
    if pictures is not None:
        body = pictures.apply(body)
    return place_initials(place_dateline(body, article.dateline), article.initials)


# Statuses that a site should publish; every other one is exported marked as not live.
LIVE_STATUSES = frozenset({Status.PUBLISHED, Status.CORRECTED})


def draft_label(article: Article) -> str:
    """Return the mark a page that is not live carries ("DRAF", "DITARIK"...), or ""."""
    return "" if article.status in LIVE_STATUSES else article.status.label_id.upper()


@dataclass(frozen=True)
class ArticleView:
    """Everything the templates show about an article, already escaped or sanitised."""

    article: Article
    category_name: str
    body_html: str
    date_text: str
    time_text: str
    iso_time: str
    title: str
    description: str
    headline: str
    subheadline: str
    summary: str  # for a site's own template; ours prints it only as the page's description
    featured_html: str = ""  # the featured picture's figure (already safe markup)
    image_url: str = ""  # the featured (else the first) picture's address, for og:image
    image_alt: str = ""
    label: str = ""  # "Advertorial": shown above the headline in every HTML export
    draft_label: str = ""  # "DRAF"/"DITARIK": the page is marked and kept out of search
    credit_line: str = ""  # "Penulis: Rina Wati | Editor: Ahmad" (core.credits)
    unverified_notice: str = ""  # the Dewan Pers notice, when the story is not yet verified
    record: PageRecord | None = None  # corrections, reply links, related (core.newsroom)


def _one_line(text: str) -> str:
    return " ".join(text.split())


SHOWN_FIELDS = ("headline", "subheadline", "lead", "byline", "initials", "dateline", "seo_title",
                "seo_description", "editor", "editor_initials")


def article_view(article: Article, category_name: str = "",
                 pictures: PictureSet | None = None,
                 record: PageRecord | None = None) -> ArticleView:
    """Prepare an article for a template (the editor's note is never part of it)."""
    article = prepared(article, record)  # "rw/ed" initials, "Baca juga" links resolved
    article = article.copy(editor_note="", tags=[strip_forbidden(t) for t in article.tags],
                           **{f: strip_forbidden(getattr(article, f)) for f in SHOWN_FIELDS})
    category_name = strip_forbidden(category_name)
    moment = article.local_published_at
    shared = pictures.link_picture() if pictures is not None else None  # og:image
    return ArticleView(
        article=article, category_name=_one_line(category_name),
        body_html=render_body(article, pictures),
        date_text=format_date_id(moment) if moment else "",
        time_text=format_time_id(moment, article.zone) if moment else "",
        iso_time=moment.isoformat(timespec="seconds") if moment else "",
        title=_one_line(article.seo_title) or _one_line(article.headline) or UNTITLED,
        description=_one_line(article.seo_description) or _one_line(article.lead),
        headline=smarten(_one_line(article.headline)) or UNTITLED,
        subheadline=smarten(_one_line(article.subheadline)),
        summary=smarten(article.lead.strip()),
        featured_html=pictures.featured_html() if pictures is not None else "",
        image_url=pictures.url(shared) if pictures is not None and shared else "",
        image_alt=_one_line(shared.alt_text) if shared else "",
        label=label_for(article) or kind_label(article),
        draft_label=draft_label(article),
        credit_line=credit_line(article),
        unverified_notice=UNVERIFIED_NOTICE if article.unverified else "",
        record=record,
    )


@functools.cache
def _environment():  # type: ignore[no-untyped-def]  # jinja2 loads lazily; its Environment
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from editorberita.core.paths import resource

    # auto_reload=False: templates never change while running; the check costs two stat()
    # calls per article, which a batch export notices.
    env = Environment(loader=FileSystemLoader(str(resource("templates"))), auto_reload=False,
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env


def render_article_fragment(article: Article, category_name: str = "",
                            pictures: PictureSet | None = None,
                            record: PageRecord | None = None) -> str:
    """Return the article's own markup (no page around it), for the preview and a CMS."""
    from markupsafe import Markup

    view = article_view(article, category_name, pictures, record)
    return _environment().get_template("fragment.html.j2").render(
        view=view, body=Markup(view.body_html), featured=Markup(view.featured_html))


def render_record_html(view: ArticleView, *, credit_below: bool = False) -> str:
    """Return the record printed under the text (notice, reply links, corrections).

    The fragment and page include the same template; a post on a site (``core.send``) takes it
    alone, with the credit line below the text (``credit_below``: a post has no meta line).
    """
    return _environment().get_template("record.html.j2").render(
        view=view, credit_below=credit_below).strip()


def render_related_html(view: ArticleView) -> str:
    """Return the page's "Berita terkait" strip ("" without related stories), for the preview."""
    return _environment().get_template("related.html.j2").render(view=view).strip()


def render_article_page(article: Article, category_name: str = "",
                        pictures: PictureSet | None = None,
                        record: PageRecord | None = None) -> str:
    """Return a complete HTML5 document for one article (with its JSON-LD, core.jsonld)."""
    from markupsafe import Markup

    from editorberita.core.jsonld import news_article_script

    view = article_view(article, category_name, pictures, record)
    env = _environment()
    fragment = env.get_template("fragment.html.j2").render(
        view=view, body=Markup(view.body_html), featured=Markup(view.featured_html))
    return env.get_template("article.html.j2").render(
        view=view, fragment=Markup(fragment), css=Markup(article_css()),
        jsonld=Markup(news_article_script(view)))
