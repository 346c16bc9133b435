"""The status bar's permanent labels (ui/statusline.py): counts and when the article was saved."""

from __future__ import annotations


def test_saved_at_reads_the_desk_clock(qtbot, window, store, settings) -> None:  # type: ignore[no-untyped-def]
    """One clock: "Tersimpan HH.MM" in the desk's zone, as the articles' times are."""
    import os
    import time as clock

    from editorberita.core.domain import Article, Zone

    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"  # a PC clock far from any Indonesian zone
    clock.tzset()
    try:
        settings.set("article/default_zone", "WIT")
        article = store.create_article(Article(headline="Banjir", body="Isi."))
        window.load()
        window.open_article(article.id)
        stored = store.get_article(article.id)
        desk = stored.updated_at.astimezone(Zone.WIT.tzinfo)
        assert f"{desk:%H}.{desk:%M}" in window.status_line.saved_label.text().replace(":", ".")
    finally:
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        clock.tzset()


def test_status_bar_numbers_use_indonesian_separators(qtbot, window, indonesian) -> None:  # type: ignore[no-untyped-def]
    window.status_line.show_stats(1250, 8421, 8)
    assert window.status_line.stats_label.text() == "1.250 kata · 8.421 karakter · 8 menit baca"
