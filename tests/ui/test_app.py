"""The composition root: language choice, first-run content, smoke test, error dialog."""

from __future__ import annotations

import sys

import pytest

from editorberita.core.store import ArticleFilter
from editorberita.ui import app as app_module
from editorberita.ui import application
from editorberita.ui.errordialog import ErrorDialog
from editorberita.ui.recovery import open_database


def test_choose_language_prefers_env_then_preference(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDITORBERITA_LANG", raising=False)
    assert application.choose_language("") == "id"
    assert application.choose_language("en") == "en"
    monkeypatch.setenv("EDITORBERITA_LANG", "en_US")
    assert application.choose_language("id") == "en"


def test_open_database_adds_sample_content_once(db_path) -> None:
    store = open_database(db_path)
    try:
        names = {c.name for c in store.list_categories()}
        assert {"Seputar Kaltim", "Samarinda", "Balikpapan", "Politik", "Ekonomi",
                "Olahraga", "Opini"} <= names
        assert store.count_articles() == 1
        welcome = store.list_articles(ArticleFilter())[0]
        article = store.get_article(welcome.id)
        assert article.lead and article.dateline and article.initials
        assert "|" in article.body and "> " in article.body and "- " in article.body
    finally:
        store.close()
    again = open_database(db_path)
    try:
        assert again.count_articles() == 1
    finally:
        again.close()


def test_smoke_test_opens_welcome_article_and_exits_zero(qapp, db_path, capsys) -> None:
    import logging

    handlers = list(logging.getLogger().handlers)
    try:
        code = app_module.run(db_path, smoke_test=True)
    finally:  # leave the shared QApplication as other tests expect it
        application.install_translators(qapp, "en")
        for handler in logging.getLogger().handlers[:]:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert code == 0
    assert "smoke test ok" in capsys.readouterr().out


def test_excepthook_shows_friendly_dialog(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    application.install_excepthook()
    try:
        raise ValueError("rusak")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert shown
