"""Dates, relative times and numbers follow the interface language; the article stays Indonesian."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from editorberita.core.domain import Article, Zone, utcnow
from editorberita.core.store import ArticleStore
from editorberita.ui.articlelist import ArticleItemDelegate
from editorberita.ui.formatting import interface_locale
from tests.ui.conftest import make_window


def _four_days_old(store: ArticleStore) -> Article:
    return store.create_article(Article(headline="Banjir rob", body="Air naik.",
                                        published_at=utcnow() - timedelta(days=4, hours=1)))


def test_english_interface_shows_english_dates_and_numbers(qtbot, english, store,  # type: ignore[no-untyped-def]
                                                           settings) -> None:
    _four_days_old(store)
    window = make_window(qtbot, store, settings)
    assert interface_locale() == "en"
    model = window.article_model
    assert model.index(0, model.DATE).data() == "4 days ago"
    assert ArticleItemDelegate.detail_text(model.index(0, 0)).endswith("· 4 days ago")
    window.status_line.show_stats(1250, 8421, 8)
    assert window.status_line.stats_label.text() == "1,250 words · 8,421 characters · 8 min read"
    window.status_line.show_saved_time(window.current_article)
    assert re.fullmatch(r"Saved at \d\d:\d\d", window.status_line.saved_label.text())


def test_indonesian_interface_shows_indonesian_dates(qtbot, indonesian, store,  # type: ignore[no-untyped-def]
                                                     settings) -> None:
    _four_days_old(store)
    window = make_window(qtbot, store, settings)
    assert interface_locale() == "id"
    model = window.article_model
    assert model.index(0, model.DATE).data() == "4 hari lalu"
    window.status_line.show_saved_time(window.current_article)
    assert re.fullmatch(r"Tersimpan \d\d\.\d\d", window.status_line.saved_label.text())


def test_older_articles_show_the_date_in_the_interface_language(qtbot, english, store,  # type: ignore[no-untyped-def]
                                                                settings) -> None:
    store.create_article(Article(headline="Arsip", published_at=datetime(2024, 8, 20, 2,
                                                                          tzinfo=UTC)))
    window = make_window(qtbot, store, settings)
    assert window.article_model.index(0, window.article_model.DATE).data() == "20 Aug 2024"


def test_export_from_the_english_interface_stays_indonesian(qtbot, english, store,  # type: ignore[no-untyped-def]
                                                            settings, answers,
                                                            tmp_path: Path) -> None:
    article = store.create_article(Article(
        headline="Banjir rob genangi tepian Mahakam", body="Air naik sejak Senin malam.",
        byline="Rina", initials="rw", dateline="Samarinda", zone=Zone.WITA,
        published_at=datetime(2024, 7, 23, 6, 30, tzinfo=UTC)))
    window = make_window(qtbot, store, settings, answers)
    window.open_article(article.id)
    folder = tmp_path / "ekspor"
    folder.mkdir()
    answers["folder"] = str(folder)
    window.action("export_html").trigger()
    page = next(folder.glob("*.html")).read_text(encoding="utf-8")
    assert "Selasa, 23 Juli 2024" in page and "14.30 WITA" in page
    assert "Tuesday" not in page and "July" not in page
    assert 'lang="id"' in page
