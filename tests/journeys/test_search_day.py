"""Journey: an editor searches by a word form, imports a story by the CLI, searches again.

Issue 12: "mengungsi" finds "pengungsian" (the root index, both in the window and in a
database the CLI wrote to), each result shows where it matched, and a search that finds
nothing says so and suggests a prefix. Issue 14: the same on a server desk (the query-side
expansion of ``dialect_postgresql``), with the import seen live.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.journeys.conftest import App, Desk

SNIPPET = ("[''.join(t for t, m in window.article_model.index(r, 0).data(SnippetRole) if m) "
           "for r in range(window.article_model.rowCount())]")
SEARCHED = "window.article_model.index(0, 0).data(SnippetRole) is not None"


def _search(app: App, typed: str) -> None:
    app.exec("window.article_list.search_edit.clear()")
    app.type(typed, into="window.article_list.search_edit")


def _write_posko(desk: Desk) -> Path:
    folder = desk.root / "kiriman"
    folder.mkdir()
    (folder / "posko.md").write_text(
        "---\ntitle: BPBD buka posko\nstatus: draft\n---\n\nPosko pengungsian dibuka di "
        "halaman kantor kelurahan.\n", encoding="utf-8")
    return folder


def _search_day(desk: Desk) -> None:
    """Search by a form, import by the CLI meanwhile, restart, search by another form."""
    app = desk.start()
    app.exec("from editorberita.ui.searchsnippets import SnippetRole")
    app.exec("window.article_list.search_edit.setFocus()")
    _search(app, "pengungsian")
    app.wait_until(SEARCHED)  # a server desk holds only the one article: its rows are one anyway
    app.wait_until("window.article_model.rowCount() == 1")
    assert app.eval(SNIPPET) == ["mengungsi"]

    assert "1 artikel baru" in desk.cli("import", _write_posko(desk)).stdout
    app.wait_until("window.article_model.rowCount() == 2", timeout=20)
    assert app.quit() == 0

    app = desk.start()
    app.exec("from editorberita.ui.searchsnippets import SnippetRole")
    _search(app, "mengungsi")
    app.wait_until(SEARCHED)
    app.wait_until("window.article_model.rowCount() == 2")
    assert sorted(app.eval(SNIPPET)) == ["mengungsi", "pengungsian"]
    _search(app, "kebijakanya")
    app.wait_until("window.article_list.empty_label.isVisible()")
    assert "*" in app.eval("window.article_list.empty_label.text()")
    assert app.quit() == 0
    listed = desk.cli("list", "--search", "mengungsi").stdout
    assert "BPBD buka posko" in listed and "Sungai Pinang" in listed


@pytest.mark.slow
def test_search_by_word_root_across_a_cli_import_and_a_restart(desk: Desk) -> None:
    desk.seed(lambda store: store.create_article(
        headline="Warga Sungai Pinang mengungsi", body="Ratusan warga mengungsi ke masjid.").id)
    _search_day(desk)


@pytest.mark.slow
def test_search_by_word_root_on_a_server_desk(desk: Desk, pg_url: str) -> None:
    from editorberita.core.desklocation import DeskAddress
    from editorberita.core.store import open_store

    seed = open_store(pg_url)
    seed.create_article(headline="Warga Sungai Pinang mengungsi",
                        body="Ratusan warga mengungsi ke masjid.")
    seed.close()
    desk.env["PGPASSWORD"] = DeskAddress.password_in(pg_url)
    desk.db = DeskAddress.parse(pg_url).url()  # type: ignore[assignment]  # Desk.start passes it as --db
    _search_day(desk)
