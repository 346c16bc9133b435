"""Journey: an editor searches by a word form, imports a story by the CLI, searches again.

Issue 12: "mengungsi" finds "pengungsian" (the root index, both in the window and in a
database the CLI wrote to), each result shows where it matched, and a search that finds
nothing says so and suggests a prefix.
"""

from __future__ import annotations

import pytest

from tests.journeys.conftest import Desk

SNIPPET = ("[''.join(t for t, m in window.article_model.index(r, 0).data(SnippetRole) if m) "
           "for r in range(window.article_model.rowCount())]")


@pytest.mark.slow
def test_search_by_word_root_across_a_cli_import_and_a_restart(desk: Desk) -> None:
    desk.seed(lambda store: store.create_article(
        headline="Warga Sungai Pinang mengungsi", body="Ratusan warga mengungsi ke masjid.").id)
    app = desk.start()
    app.exec("from editorberita.ui.searchsnippets import SnippetRole")
    app.exec("window.article_list.search_edit.setFocus()")
    app.type("pengungsian", into="window.article_list.search_edit")
    app.wait_until("window.article_model.rowCount() == 1")
    assert app.eval(SNIPPET) == ["mengungsi"]

    folder = desk.root / "kiriman"
    folder.mkdir()
    (folder / "posko.md").write_text(
        "---\ntitle: BPBD buka posko\nstatus: draft\n---\n\nPosko pengungsian dibuka di "
        "halaman kantor kelurahan.\n", encoding="utf-8")
    assert "1 artikel baru" in desk.cli("import", folder).stdout
    app.wait_until("window.article_model.rowCount() == 2", timeout=20)
    assert app.quit() == 0

    app = desk.start()
    app.exec("from editorberita.ui.searchsnippets import SnippetRole")
    app.type("mengungsi", into="window.article_list.search_edit")
    app.wait_until("window.article_model.rowCount() == 2")
    assert sorted(app.eval(SNIPPET)) == ["mengungsi", "pengungsian"]
    app.exec("window.article_list.search_edit.clear()")
    app.type("kebijakanya", into="window.article_list.search_edit")
    app.wait_until("window.article_list.empty_label.isVisible()")
    assert "*" in app.eval("window.article_list.empty_label.text()")
    assert app.quit() == 0
    listed = desk.cli("list", "--search", "mengungsi").stdout
    assert "BPBD buka posko" in listed and "Sungai Pinang" in listed
