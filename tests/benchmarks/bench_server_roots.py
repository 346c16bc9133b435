"""Root-word search on a server desk (issue 14 item 2, issue 12's affixes): what the query-side
expansion (``dialect_postgresql.root_query``) costs against the same word searched exactly.

    BENCH_ROOTS_ARTICLES=5000 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest \
        tests/benchmarks/bench_server_roots.py -s -q -o addopts= -o python_files="bench_*.py" \
        -p no:cacheprovider
"""

from __future__ import annotations

import os
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
    sizes = sorted((len(derived_forms(root)), root) for root in sorted(dictionary_roots())[::31])
    count, root = sizes[-1]
    text = pg.root_query(f"'{root}'") or ""
    report(f"roots: most forms of a root ({root!r}, 1 in 31 roots)", count, "forms",
           f"<= {MAX_FORMS}")
    report("roots: its tsquery text", len(text), "chars", "-")


@pytest.mark.parametrize("query", QUERIES)
def test_bench_server_root_search(server_store: ArticleStore, query: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def first_50() -> object:
        return server_store.list_articles(ArticleFilter(search=query), limit=50)

    hits = server_store.count_articles(ArticleFilter(search=query))
    with_roots = median_ms(first_50, repeat=7)
    monkeypatch.setattr(pg, "root_query", lambda match: None)  # the same word, exact only
    exact_hits = server_store.count_articles(ArticleFilter(search=query))
    exact = median_ms(first_50, repeat=7)
    report(f"server: first 50 of {query!r} by root ({hits} hits)", with_roots, "ms", "<= 100")
    report(f"server: first 50 of {query!r} exact ({exact_hits} hits)", exact, "ms", "-")
