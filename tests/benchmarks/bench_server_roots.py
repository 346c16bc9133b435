"""Root-word search on a server desk (issue 14 item 2, issue 12's affixes): what the query-side
expansion (``dialect_postgresql.root_query``) costs against the same word searched exactly.

    BENCH_ROOTS_ARTICLES=5000 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest \
        tests/benchmarks/bench_server_roots.py -s -q -o addopts= -o python_files="bench_*.py" \
        -p no:cacheprovider
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator

import pytest

from editorberita.core.domain import ArticleFilter
from editorberita.core.stemmer import MAX_FORMS, derived_forms, dictionary_roots
from editorberita.core.store import ArticleStore, open_store
from editorberita.core.store import dialect_postgresql as pg

from .bench_core import median_ms, report
from .corpus import RUBRICS, articles

N = int(os.environ.get("BENCH_ROOTS_ARTICLES", "5000"))
# The corpus's every body says "laporan warga" and "kata kepala dinas"; headlines and the rest
# are made-up words with no root (a plain search).
QUERIES = ("melaporkan", "laporan", "pemerintah", "mengungsi", "dikatakan", "bakamaran")


@pytest.fixture(scope="module")
def server_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArticleStore]:
    from tests.pgserver import running_server

    os.environ.setdefault("EDITORBERITA_DATA", str(tmp_path_factory.mktemp("data")))
    with running_server() as server:
        store = open_store(server.url(server.new_database()))
        try:
            ids = [store.create_category(name).id for name in RUBRICS]
            store.bulk_create_articles(articles(N, ids))
            store.rebuild_search_index()
            yield store
        finally:
            store.close()


def test_bench_the_worst_root() -> None:
    """The expansion's bound: candidates before the cap, the tsquery's size, the Python time."""
    sample = sorted(dictionary_roots())[::31]
    sizes = []
    for root in sample:
        t0 = time.perf_counter()
        count = len(derived_forms.__wrapped__(root, 10**6))
        sizes.append((count, (time.perf_counter() - t0) * 1000, root))
    count, _, root = max(sizes)
    report(f"roots: most candidate forms ({root!r}, 1 in 31 roots)", count, "forms", "-")
    report("roots: forms kept per root at most", MAX_FORMS, "forms", "-")
    report("roots: longest tsquery of one word", max(
        len(pg.root_query(f"'{r}'") or "") for _, _, r in sizes[:200]), "chars", "-")
    report("roots: forms of a root, slowest (Python)", max(ms for _, ms, _ in sizes), "ms", "-")
    report("roots: forms of a root, median (Python)",
           statistics.median(ms for _, ms, _ in sizes), "ms", "-")


def test_bench_the_forms_cover_the_desk_articles() -> None:
    """How many derived words of tests/data's 20 desk articles are among their root's forms
    (the rest a server desk finds only by their exact word; a desk file by the root too)."""
    from pathlib import Path

    from editorberita.core.stemmer import _WORD, default_stemmer

    stemmer = default_stemmer()
    corpus = Path(__file__).resolve().parents[1] / "data" / "spelling-corpus"
    derived = covered = 0
    missing = set()
    for path in sorted(corpus.glob("*.md")):
        for word in _WORD.findall(path.read_text(encoding="utf-8").lower()):
            root = stemmer.stem(word)
            if "-" in word or root == word:
                continue
            derived += 1
            if word in derived_forms(root):
                covered += 1
            else:
                missing.add(word)
    report("roots: derived words of tests/data among the forms", 100 * covered / derived, "%",
           f"{derived} words; outside: {', '.join(sorted(missing))}")


@pytest.mark.parametrize("query", QUERIES)
def test_bench_server_root_search(server_store: ArticleStore, query: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def first_50() -> object:
        return server_store.list_articles(ArticleFilter(search=query), limit=50)

    def count() -> int:
        return server_store.count_articles(ArticleFilter(search=query))

    hits = count()
    with_roots, counted = median_ms(first_50, repeat=7), median_ms(count, repeat=7)
    monkeypatch.setattr(pg, "root_query", lambda match, written=None: None)  # exact only
    exact_hits = count()
    exact, exact_counted = median_ms(first_50, repeat=7), median_ms(count, repeat=7)
    report(f"server: first 50 of {query!r} by root ({hits} hits)", with_roots, "ms", "<= 100")
    report(f"server: first 50 of {query!r} exact ({exact_hits} hits)", exact, "ms", "-")
    report(f"server: count of {query!r} by root", counted, "ms", f"exact: {exact_counted:.2f}")
