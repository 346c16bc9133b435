"""Markdown → sanitised HTML, the one path shared by the live preview and every export.

What the editor sees is what gets uploaded: the preview shows ``render_article_fragment`` and
the HTML exports wrap the very same markup. May import ``core.domain``, ``core.paths``,
``core.textid``, markdown, nh3 and jinja2.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from dataclasses import dataclass

import markdown
import nh3

from editorberita.core.domain import Article
from editorberita.core.textid import format_date_id, format_time_id

MARKDOWN_EXTENSIONS = (
    "tables", "footnotes", "attr_list", "sane_lists", "smarty", "fenced_code", "abbr", "def_list",
)
MARKDOWN_CONFIG = {"smarty": {"smart_angled_quotes": False}}

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "del", "ins",
    "sup", "sub", "mark", "small", "blockquote", "ul", "ol", "li", "a", "img", "figure",
    "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "code", "pre",
    "hr", "abbr", "dl", "dt", "dd", "span", "div",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
    "li": {"id"},
    "sup": {"id"},
    "abbr": {"title"},
    "*": {"class"},
}
# ``asset:`` names a picture stored in the database; it is resolved by the preview and export.
URL_SCHEMES = {"http", "https", "mailto", "tel", "asset"}

_local = threading.local()


def _converter() -> markdown.Markdown:
    """Return this thread's Markdown instance (instances are not thread-safe; reuse saves time)."""
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=list(MARKDOWN_EXTENSIONS),
                               extension_configs=MARKDOWN_CONFIG, output_format="html")
        _local.md = md
    return md


def sanitize(fragment: str) -> str:
    """Keep only allowlisted markup: no script, style, event handler, frame, form or bad URL."""
    return nh3.clean(fragment, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes=URL_SCHEMES, link_rel="noopener noreferrer nofollow",
                     strip_comments=True)


def render_markdown(text: str) -> str:
    """Return sanitised HTML for a Markdown body."""
    md = _converter()
    try:
        raw = md.reset().convert(text)
    finally:
        md.reset()
    return sanitize(raw)


_FIRST_P = re.compile(r"<p>", re.IGNORECASE)
_LAST_P = re.compile(r"</p>\s*$", re.IGNORECASE)
DATELINE_DASH = "\u2013"  # en dash, as in "SAMARINDA – ..."


def place_dateline(body_html: str, dateline: str) -> str:
    """Put "SAMARINDA – " at the start of the first paragraph of the body."""
    dateline = " ".join(dateline.split())
    if not dateline:
        return body_html
    marker = (f'<p><span class="dateline">{html.escape(dateline.upper())}</span> '
              f"{DATELINE_DASH} ")
    if _FIRST_P.search(body_html):
        return _FIRST_P.sub(marker, body_html, count=1)
    return marker.rstrip() + "</p>\n" + body_html


def place_initials(body_html: str, initials: str) -> str:
    """Close the story with the initials: "... kata dia. (rw)"."""
    initials = " ".join(initials.split()).strip("()")
    if not initials:
        return body_html
    closing = f' <span class="initials">({html.escape(initials)})</span>'
    stripped = body_html.rstrip()
    if _LAST_P.search(stripped):
        return _LAST_P.sub(closing + "</p>\n", stripped, count=1)
    return stripped + f"\n<p>{closing.strip()}</p>\n"


def render_body(article: Article) -> str:
    """Return the article body as sanitised HTML with dateline and initials placed."""
    body = render_markdown(article.body)
    return place_initials(place_dateline(body, article.dateline), article.initials)


@dataclass(frozen=True)
class ArticleView:
    """Everything the templates show about an article, already escaped or sanitised."""

    article: Article
    category_name: str
    body_html: str
    date_text: str
    time_text: str
    iso_time: str


def article_view(article: Article, category_name: str = "") -> ArticleView:
    """Prepare an article for a template."""
    moment = article.local_published_at
    return ArticleView(
        article=article, category_name=category_name, body_html=render_body(article),
        date_text=format_date_id(moment) if moment else "",
        time_text=format_time_id(moment, article.zone) if moment else "",
        iso_time=moment.isoformat(timespec="seconds") if moment else "",
    )


@functools.cache
def _environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from editorberita.core.paths import resource

    env = Environment(loader=FileSystemLoader(str(resource("templates"))),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env


@functools.cache
def article_css() -> str:
    """Return the stylesheet shared by the exported page and the preview."""
    from editorberita.core.paths import resource

    return resource("css", "article.css").read_text(encoding="utf-8")


def render_article_fragment(article: Article, category_name: str = "") -> str:
    """Return the article's own markup (no page around it), for the preview and a CMS."""
    from markupsafe import Markup

    view = article_view(article, category_name)
    return _environment().get_template("fragment.html.j2").render(
        view=view, body=Markup(view.body_html))


def render_article_page(article: Article, category_name: str = "") -> str:
    """Return a complete HTML5 document for one article."""
    from markupsafe import Markup

    view = article_view(article, category_name)
    fragment = _environment().get_template("fragment.html.j2").render(
        view=view, body=Markup(view.body_html))
    return _environment().get_template("article.html.j2").render(
        view=view, fragment=Markup(fragment), css=Markup(article_css()))
