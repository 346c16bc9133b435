"""Check before export (*periksa naskah*): what a desk editor looks for before a story goes out.

``check_article`` returns problems, each naming the field and the position in that field's
text, so the window can jump there. The EYD V rules live in ``core.eyd``, the ralat rules in
``core.corrections``. Pure Python: may import ``core.corrections``, ``core.domain``, ``core.eyd``,
``core.spelling`` (for the ``WordSpan`` type only), ``core.templates``, ``core.textid``,
``core.localref`` and ``core.messages``.
Each problem's text is a ``Message`` (a code and its values, ``core.messages``): the window words
it in the interface language, ``Message.text()`` is the desk's Indonesian sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from editorberita.core.corrections import RecordState, status_problem, unexplained_change
from editorberita.core.domain import Article, Kind
from editorberita.core.eyd import findings as eyd_findings
from editorberita.core.localref import local_references
from editorberita.core.messages import CATALOGUE, Message, message
from editorberita.core.spelling import WordSpan
from editorberita.core.templates import ADVERTORIAL_LABEL, placeholders

SpellFunction = Callable[[str], list[WordSpan]]

# Fields the window can put the cursor in, in the order the panel lists them.
FIELD_ORDER = ("headline", "subheadline", "category_id", "kind", "byline", "initials",
               "dateline", "lead", "seo_title", "seo_description", "body")
# The summary ("lead") is optional: the page's description falls back to the SEO one.
REQUIRED = ("headline", "category_id", "byline", "initials", "dateline")
TEXT_FIELDS = ("headline", "subheadline", "lead")  # prose checked like the body

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
# "minggu" is also the word for "week" ("dua minggu lalu"): only "hari minggu" or "minggu (21/7)"
# name the day. "jumat" likewise only counts as the day's name in those two shapes.
_CALENDAR_WORDS = "|".join(n.lower() for n in DAYS + MONTHS if n not in ("Minggu", "Jumat"))
_CALENDAR = re.compile(rf"\b(?:{_CALENDAR_WORDS})\b")
_AMBIGUOUS_DAY = re.compile(r"\bhari\s+(minggu|jumat)\b|\b(minggu|jumat)(?=\s*\(\d)",
                            re.IGNORECASE)
_RUPIAH = re.compile(r"\bRp\.?[ \u00a0]+(?=\d)|\bRp\.(?=\d)")
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_STRAIGHT = re.compile(r"[\"']")
# A rubric or tag like these marks paid content; in the text only the word itself does.
_ADVERTORIAL_RUBRIC = re.compile(r"\b(?:advertorial|pariwara|iklan|sponsor\w*|promosi)\b",
                                 re.IGNORECASE)
_ADVERTORIAL_TEXT = re.compile(r"\badvertorial\b", re.IGNORECASE)
# Markup whose quotes and spaces are not prose: inline code, link addresses, tags, URLs.
_MARKUP = re.compile(r"(`+).*?\1|\]\([^)]*\)|<[^>\n]*>|(?:https?|ftp)://\S+|www\.\S+"
                     r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# Lines that are blocks of their own (or continue one), not prose that Markdown would join.
_BLOCK_LINE = re.compile(r"^\s*(?:[-*+]\s|\d{1,9}[.)]\s|>|\||#{1,6}\s|<|\[\^|\*\[|:\s|\{:)"
                         r"|^\s*(?:=+|-+)\s*$|^\s")
MASK = "\x00"


@dataclass(frozen=True)
class Problem:
    """One thing to fix: which check, where (field and span in its text) and what to do."""

    code: str
    field: str
    message: Message
    start: int = -1
    end: int = -1
    url: str = ""  # the text of the rule broken (EYD V rules, core.eyd), for a link

    @property
    def has_position(self) -> bool:
        """Return True when the problem points at a span of text."""
        return self.start >= 0


def field_name(name: str) -> Message | str:
    """Return a field's name as a message (the field's own name when it has none)."""
    code = f"check.field.{name}"
    return message(code) if code in CATALOGUE else name


def mask_markup(line: str) -> str:
    """Return the line with code, link addresses, tags and URLs blanked (same length)."""
    return _MARKUP.sub(lambda m: MASK * (m.end() - m.start()), line)


def prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, line) for every line of a Markdown text that is prose, not code."""
    offset = 0
    fence: str | None = None
    previous_blank = True
    for line in text.split("\n"):
        opener = _FENCE.match(line)
        if fence is not None:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
        elif opener:
            fence = opener.group(1)
        elif not (previous_blank and line.startswith(("    ", "\t")) and line.strip()):
            yield offset, line
        previous_blank = not line.strip()
        offset += len(line) + 1


def _line_problems(field: str, offset: int, line: str) -> Iterator[Problem]:
    """Yield the per-line problems of one prose line (spaces, rupiah, calendar names)."""
    masked = mask_markup(line)
    if not masked.lstrip().startswith("|"):  # table rows are aligned with spaces on purpose
        for m in _DOUBLE_SPACE.finditer(masked):
            yield Problem("double_space", field, message("check.double_space"),
                          offset + m.start(), offset + m.end())
    for m in _RUPIAH.finditer(masked):
        yield Problem("rupiah", field, message("check.rupiah_apart"),
                      offset + m.start(), offset + m.end())
    for m in _CALENDAR.finditer(masked):
        yield Problem("calendar_case", field,
                      message("check.calendar_case", word=m.group().capitalize()),
                      offset + m.start(), offset + m.end())
    for m in _AMBIGUOUS_DAY.finditer(masked):
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if word.islower():
            yield Problem("calendar_case", field,
                          message("check.day_case", word=word.capitalize()),
                          offset + m.start(group), offset + m.end(group))


def prose_mask(text: str) -> str:
    """Return the text with code blocks and markup blanked (same length, same line breaks)."""
    prose = dict(prose_lines(text))
    out = []
    offset = 0
    for line in text.split("\n"):
        out.append(mask_markup(line) if offset in prose else MASK * len(line))
        offset += len(line) + 1
    return "\n".join(out)


_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*(?:\n|$)))+")


def _quote_problems(field: str, text: str) -> Iterator[Problem]:
    """Yield straight quotes, and curly quotes opened and never closed (or the reverse).

    Paragraphs are the unit. A quotation running over several paragraphs opens each one with
    “ and closes only the last, so a paragraph left open is fine when the next opens again.
    """
    masked = prose_mask(text)
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(masked)
                  if m.group().strip(MASK + " \t\n")]
    for index, (offset, paragraph) in enumerate(paragraphs):
        for m in _STRAIGHT.finditer(paragraph):
            yield Problem("straight_quote", field,
                          message("check.straight_quote"),
                          offset + m.start(), offset + m.end())
        opened = paragraph.count("\u201c")
        closed = paragraph.count("\u201d")
        if closed > opened:
            where = paragraph.rfind("\u201d")
            yield Problem("unbalanced_quote", field,
                          message("check.quote_not_opened"), offset + where,
                          offset + where + 1)
        elif opened > closed:
            following = paragraphs[index + 1][1].lstrip() if index + 1 < len(paragraphs) else ""
            if not following.lstrip("> ").startswith("\u201c"):
                where = paragraph.rfind("\u201c")
                yield Problem("unbalanced_quote", field,
                              message("check.quote_not_closed"), offset + where,
                              offset + where + 1)


def lines_join(previous: str, line: str) -> bool:
    """Return True when Markdown runs ``line`` into the paragraph of the line above it."""
    return bool(line.strip() and previous.strip() and not _BLOCK_LINE.match(line)
                and not _BLOCK_LINE.match(previous) and not previous.endswith(("  ", "\\")))


def paragraphs_from_lines(text: str) -> str:
    """Return a word processor's text (one line per paragraph) with Markdown's blank lines.

    Word and Google Docs copy paragraphs as single lines; pasted as they are, the page would
    run them together. Text that already has a blank line is Markdown and is left as it is,
    as are code, lists, quotes and tables.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if len(lines) < 2 or any(not line.strip() for line in lines[1:-1]):
        return text
    prose = {offset for offset, _line in prose_lines(text)}
    out = [lines[0]]
    offset = len(lines[0]) + 1
    for previous, line in itertools.pairwise(lines):
        if offset in prose and offset - len(previous) - 1 in prose and lines_join(previous, line):
            out.append("")
        out.append(line)
        offset += len(line) + 1
    return "\n".join(out)


def _joined_lines(field: str, text: str) -> Iterator[Problem]:
    """Yield the first line of each paragraph that Markdown joins to the line above it.

    One Enter in the editor starts a paragraph, but a text typed before that, pasted or
    imported may hold lines meant as paragraphs that the page would run together.
    """
    previous: tuple[int, str] | None = None
    reported = -1  # the offset where the paragraph of the last report started
    start = -1
    for offset, line in prose_lines(text):
        joined = (previous is not None and previous[0] + len(previous[1]) + 1 == offset
                  and lines_join(previous[1], line))
        if not line.strip() or previous is None or not joined:
            start = offset
        if joined and reported != start:
            reported = start
            yield Problem("joined_lines", field, message("check.joined_lines"), offset,
                          offset + len(line))
        previous = (offset, line)


def _spelling(field: str, text: str, spell: SpellFunction) -> Iterator[Problem]:
    for offset, line in prose_lines(text):
        for span in spell(line):
            if span.word.capitalize() in DAYS + MONTHS:
                continue  # reported once, as a capital letter missing
            yield Problem("spelling", field, message("check.spelling", word=span.word),
                          offset + span.start, offset + span.end)


def check_article(article: Article, *, category_name: str = "",
                  limits: Mapping[str, int] | None = None,
                  spell: SpellFunction | None = None,
                  record: RecordState | None = None) -> list[Problem]:
    """Return every problem of an article, field by field in reading order.

    ``limits`` are the character limits of the counters (headline, lead, seo_title...);
    ``spell`` returns the misspelt words of one line (``SpellChecker.misspelt``); without it
    spelling is not checked. ``record`` (corrections, last export) enables the ralat checks;
    the EYD V rules (``core.eyd``) run on the prose fields.
    """
    problems: list[Problem] = []
    for name in REQUIRED:
        value = getattr(article, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(Problem(f"missing_{name}", name,
                                    message("check.missing", field=field_name(name))))
    for name, limit in (limits or {}).items():
        length = len(str(getattr(article, name, "") or ""))
        if limit and length > limit:
            problems.append(Problem("over_limit", name,
                                    message("check.over_limit", field=field_name(name),
                                            length=length, limit=limit), limit, length))
    for name in ("headline", "subheadline", "byline", "dateline", "lead", "body"):
        for start, end, text in placeholders(getattr(article, name)):
            problems.append(Problem("placeholder", name,
                                    message("check.placeholder", text=text),
                                    start, end))
    for name in (*TEXT_FIELDS, "body"):
        text = getattr(article, name)
        for offset, line in prose_lines(text):
            problems.extend(_line_problems(name, offset, line))
        problems.extend(_quote_problems(name, text))
        if name == "body":
            problems.extend(_joined_lines(name, text))
        if spell is not None:
            problems.extend(_spelling(name, text, spell))
    for start, end, address in local_references(article.body):
        problems.append(Problem("local_path", "body",
                                message("check.local_path", address=address), start, end))
    looks_paid = (_ADVERTORIAL_RUBRIC.search(" ".join([category_name, *article.tags]))
                  or _ADVERTORIAL_TEXT.search(f"{article.headline} {article.body}"))
    if article.kind != Kind.ADVERTORIAL and looks_paid:
        problems.append(Problem(
                "advertorial_label", "kind",
                message("check.advertorial_label", label=ADVERTORIAL_LABEL)))
    if record is not None:  # the newsroom's record (core.corrections)
        for code, said in (("correction_missing", status_problem(article, record.corrections)),
                           ("unexplained_change", unexplained_change(article, record))):
            if said is not None:
                problems.append(Problem(code, "status" if code == "correction_missing"
                                        else "body", said))
    for name in (*TEXT_FIELDS, "body"):  # EYD V rules, each with its message and link
        problems.extend(Problem(f.code, name, f.message, f.start, f.end, f.url)
                        for f in eyd_findings(prose_mask(getattr(article, name))))
    order = {name: i for i, name in enumerate(FIELD_ORDER)}
    problems.sort(key=lambda p: (order.get(p.field, len(order)), p.start))
    return problems
