"""Hostile Markdown: seconds per MB for import, export (HTML page) and the preview's rendering.

Issue 17, item 7: rendering stays near-linear on hostile input. Each case is one repeated
unit (the shapes that were quadratic or too deep in Python-Markdown) at 1 MB, in one
paragraph or one block of lines. Target: <= 2 s per MB for every case. Prints figures only;
run with ``make bench`` (or ``-k hostile``).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editorberita.core.domain import Article
from editorberita.core.exportformat import render_export
from editorberita.core.importer import import_file
from editorberita.core.incremental import BlockRenderer
from editorberita.core.store import open_store

SIZE = 1_000_000
TARGET = 2.0
# name: (unit repeated to SIZE, prefix)
CASES: dict[str, tuple[str, str]] = {
    "image openers ![": ("![", ""),
    "brackets [": ("[", ""),
    "nested brackets [[..]]": ("[[[[[[[[[[[[[[[[a]]]]]]]]]]]]]]]] ", ""),
    "unclosed link [a](": ("[a](", ""),
    "emphasis nested *a": ("*a ", ""),
    "list markers - ": ("- ", ""),
    "quote markers > ": ("> ", ""),
    "unclosed tags <a": ("<a ", ""),
    "autolinks <http://": ("<http://a.b> ", ""),
    "entities &amp;": ("&amp; ", ""),
    "inline html <b>": ("<b>a</b> ", ""),
    "emphasis *a*": ("*a* ", ""),
    "code spans `a`": ("`a` ", ""),
    "links [a](b)": ("[a](b) ", ""),
    "escapes \\*": ("\\* ", ""),
    "heading lines": ("# h\n", ""),
    "list lines": ("- a\n", ""),
    "quote lines": ("> a\n", ""),
    "definition lines": (": b\n", "a\n"),
    "table rows": ("a|b\n", "a|b\n-|-\n"),
    "setext lines": ("a\n===\n", ""),
    "hard breaks": ("a  \n", ""),
    "spaces after a quote": (" ", "> "),
    "dense mixed lines": ("*a* **b** [c](d) `e` &amp; <b>f</b> _g_ \\* [h]\n", ""),
    "plain words": ("kata ", ""),
}


def _body(unit: str, prefix: str) -> str:
    return prefix + unit * ((SIZE - len(prefix)) // len(unit))


def _seconds(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_markdown_seconds_per_mb(name: str, tmp_path: Path) -> None:
    """Import, export page and preview rendering of 1 MB of one hostile shape."""
    body = _body(*CASES[name])
    megabytes = len(body.encode()) / 1e6
    source = tmp_path / "hostile.md"
    source.write_text(f"---\ntitle: Uji\n---\n\n{body}\n", encoding="utf-8")
    store = open_store(tmp_path / "bench.sqlite3")
    try:
        imported = _seconds(lambda: import_file(store, source))
    finally:
        store.close()
    article = Article(headline="Uji", body=body)
    exported = _seconds(lambda: render_export(article, "html"))
    preview = _seconds(lambda: BlockRenderer().render(article))
    worst = max(imported, exported, preview) / megabytes
    print(f"BENCH hostile {name:<26} import {imported / megabytes:6.2f}  export "
          f"{exported / megabytes:6.2f}  preview {preview / megabytes:6.2f} s/MB  "
          f"(target <= {TARGET}){'' if worst <= TARGET else '  OVER'}")


SMALL = 30_000


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_markdown_small_document_seconds(name: str) -> None:
    """30 KB of one hostile shape: below the plain-text budget, so the cost per document.

    ``core.mdguard`` bounds what Python-Markdown gets to ~40,000 units of work (about 1 s);
    the figure is seconds per document, not per MB (target <= 2 s).
    """
    unit, prefix = CASES[name]
    body = prefix + unit * ((SMALL - len(prefix)) // len(unit))
    article = Article(headline="Uji", body=body)
    exported = _seconds(lambda: render_export(article, "html"))
    preview = _seconds(lambda: BlockRenderer().render(article))
    print(f"BENCH hostile 30 KB {name:<26} export {exported:6.2f}  preview {preview:6.2f} s "
          f"(target <= {TARGET} s per document)")
