"""Sanitise a Markdown body for export: the same allowlist as the HTML exports, in Markdown.

Static-site renderers (Jekyll's kramdown) pass raw HTML and any link address through, so
the ``.md`` export must carry only what ``core.render.sanitize`` would keep: raw HTML tags
outside the allowlist go (script, style and the like with their content), attributes
outside it go, and link, image and reference addresses with a scheme other than http(s),
mailto, tel or asset become "#". Code (fenced blocks, code spans) is left as written:
renderers show it as text. May import ``core.render``; no Qt.
"""

from __future__ import annotations

import html
import re

from editorberita.core.localref import LOCAL_PATH
from editorberita.core.render import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    CLEAN_CONTENT_TAGS,
    URL_SCHEMES,
)

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)",
                    re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)[^\n]{1,1000}?(?<!`)\1(?!`)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_CLEAN = re.compile(r"<(" + "|".join(sorted(CLEAN_CONTENT_TAGS))
                    + r")\b.*?(?:</\1\s*>|\n[ \t]*\n|\Z)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s<>=/\"']+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'"
                  r"|[^\s\"'=<>`]+))?)*)\s*(/?)>")
_ATTRIBUTE = re.compile(r"([^\s<>=/\"']+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?")
# Where an address starts: inline links and images, reference definitions, autolinks.
# (To the ")" or the line's end: a browser drops the tab in "java<TAB>script:".)
_INLINE_URL = re.compile(r"\]\(\s*(<[^<>\n]*>|[^)\n]+)")
_REFERENCE_URL = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^<>\n]*>|[^\n]+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
# kramdown / attr_list attribute lists: "{: onclick=...}" would add an attribute.
_ATTR_LIST = re.compile(r"\{:?[ \t]*([^{}\n]*=[^{}\n]*)\}")
_ATTR_PAIR = re.compile(r"[^\s=]+=(?:\"[^\"]*\"|'[^']*'|\S+)")
_URL_ATTRIBUTES = {"href", "src"}
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def safe_url(url: str) -> bool:
    """Return True for a relative address or one whose scheme the allowlist has.

    Read as a browser reads it: entities decoded, escapes, whitespace and controls gone
    ("java&#115;cript:", "java\\tscript:" are still JavaScript). A path on the writer's
    computer (``C:\\Users\\...``, ``/home/...``) is not safe either: it is never published.
    """
    if LOCAL_PATH.match(html.unescape(url.strip("<>"))):
        return False
    value = _INVISIBLE.sub("", html.unescape(url.strip("<>")).replace("\\", ""))
    match = _SCHEME.match(value)
    if match is None:
        return True
    first = value.find("/")
    if 0 <= first < match.end():  # "a/b:c" is a path, not a scheme
        return True
    return match.group(1).lower() in URL_SCHEMES


def sanitize_markdown(body: str) -> str:
    """Return the body with raw HTML and addresses reduced to the export allowlist."""
    if not any(mark in body for mark in ("<", "](", "]:", "{")):
        return body
    out: list[str] = []
    last = 0
    for start, end in _code_ranges(body):
        out.append(_sanitize_text(body[last:start]))
        out.append(body[start:end])
        last = end
    out.append(_sanitize_text(body[last:]))
    return "".join(out)


def _code_ranges(body: str) -> list[tuple[int, int]]:
    """Return the (start, end) of fenced blocks and one-line code spans, in order.

    Indented blocks are not spared: inside a list they are paragraphs, raw HTML and all.
    """
    ranges: list[tuple[int, int]] = []
    if "```" in body or "~~~" in body:
        ranges.extend(m.span() for m in _FENCE.finditer(body))
    if "`" in body:
        ranges.extend(m.span() for m in _CODE_SPAN.finditer(body))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start < merged[-1][1]:
            continue  # a span inside a block already kept
        merged.append((start, end))
    return merged


def _sanitize_text(text: str) -> str:
    if "<" in text:
        text = _COMMENT.sub("", text)
        text = _CLEAN.sub("", text)
        text = _TAG.sub(_clean_tag, text)
    if "](" in text:
        text = _INLINE_URL.sub(lambda m: m.group() if safe_url(m.group(1))
                               else "](#", text)
    if "]:" in text:
        text = _REFERENCE_URL.sub(lambda m: m.group() if safe_url(m.group(2))
                                  else m.group(1) + "#", text)
    if "<" in text:
        # An unsafe autolink becomes its text, the colon escaped: no renderer links it again.
        text = _AUTOLINK.sub(lambda m: m.group() if safe_url(m.group(1)) else
                             html.escape(m.group(1), quote=False).replace(":", "\\:", 1), text)
    if "{" in text and "=" in text:
        text = _ATTR_LIST.sub(_clean_attr_list, text)
    return text


def _clean_tag(match: re.Match[str]) -> str:
    """Return an allowlisted tag with its allowlisted attributes, or nothing."""
    closing, name, attributes, self_closing = match.groups()
    tag = name.lower()
    if tag not in ALLOWED_TAGS:
        return ""
    if closing:
        return f"</{tag}>"
    allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | ALLOWED_ATTRIBUTES.get("*", set())
    kept: list[str] = []
    for attribute in _ATTRIBUTE.finditer(attributes or ""):
        key = attribute.group(1).lower()
        raw = attribute.group(2) or ""
        value = html.unescape(raw[1:-1] if raw[:1] in ("'", '"') else raw)
        if key not in allowed or (key in _URL_ATTRIBUTES and not safe_url(value)):
            continue
        kept.append(f' {key}="{html.escape(value)}"')
    return f"<{tag}{''.join(kept)}{' /' if self_closing else ''}>"


def _clean_attr_list(match: re.Match[str]) -> str:
    """Drop ``key=value`` pairs from an attribute list; ids and classes stay."""
    inside = _ATTR_PAIR.sub("", match.group(1)).strip()
    prefix = "{:" if match.group().startswith("{:") else "{"
    return f"{prefix} {inside}}}" if inside else ""

