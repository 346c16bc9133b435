"""Export from the window (ui/exporting.py): the open, the selected and a failing batch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from editorberita.core.domain import Article
from editorberita.core.store import ArticleStore
from editorberita.ui.exportsummary import ExportSummaryDialog
from editorberita.ui.viewkey import ViewKey

from .conftest import make_window


@pytest.mark.usefixtures("indonesian")
def test_export_current_selected_and_copy_html(qtbot, store, settings, answers,
                                               tmp_path: Path) -> None:
    rubric = store.create_category("Ekonomi")
    a = store.create_article(Article(headline="Harga cabai naik", body="Naik **dua** kali.",
                                     category_id=rubric.id, dateline="Balikpapan"))
    b = store.create_article(Article(headline="Inflasi melandai", body="Turun.",
                                     category_id=rubric.id))
    window = make_window(qtbot, store, settings, answers)
    window.open_article(a.id)
    out = tmp_path / "ekspor"
    out.mkdir()
    answers["folder"] = str(out)
    window.action("export_html").trigger()
    pages = list(out.glob("*.html"))
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert "Harga cabai naik" in page and "<strong>dua</strong>" in page
    assert settings.export_folder == str(out)
    window.action("export_markdown").trigger()
    markdown = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert "Naik **dua** kali." in markdown
    assert store.last_exports(a.id)

    batch = tmp_path / "batch"
    batch.mkdir()
    answers["folder"] = str(batch)
    answers["item"] = "Markdown"
    window.sidebar.select_key(ViewKey.of_rubric(rubric.id))
    window.action("export_view").trigger()
    names = sorted(p.name for p in batch.glob("*.md"))
    assert len(names) == 2
    window.article_list.view.selectAll()
    assert sorted(window.article_list.selected_ids()) == sorted([a.id, b.id])

    window.action("copy_html").trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert "Harga cabai naik" in mime.html()
    assert "Harga cabai naik" in mime.text()


def test_batch_export_failure_shows_summary_in_the_window(window, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                          answers, tmp_path: Path) -> None:
    for n in range(2):
        store.create_article(headline=f"E{n}")
    import subprocess

    blocked = tmp_path / "ro"
    blocked.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,ro", "tmpfs", str(blocked)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a read-only tmpfs here")
    window.article_model.reload()
    window.article_list.view.selectAll()
    answers["folder"] = str(blocked)
    answers["item"] = "HTML page"
    window.action("export_selected").trigger()
    dialog = window.exporting.export_summary
    assert isinstance(dialog, ExportSummaryDialog) and dialog.isVisible()
    assert str(blocked) in dialog.findChild(QLabel, "export_summary_label").text() + \
        dialog.details.toPlainText()
    dialog.close()
    subprocess.run(["umount", "-l", str(blocked)], check=False)


def test_a_refused_export_is_explained_in_english(  # type: ignore[no-untyped-def]
        window, store, answers, english, tmp_path) -> None:
    not_a_folder = tmp_path / "catatan.txt"
    not_a_folder.write_text("bukan folder", encoding="utf-8")
    article = store.create_article(Article(headline="Banjir rob", body="Air naik.", byline="Rina"))
    window.article_model.reload()
    window.open_article(article.id)
    answers["folder"] = not_a_folder
    window.exporting.export_current("md")
    kind, (title, text) = answers["shown"][-1]
    assert (kind, title) == ("warning", "Export failed")
    assert text == (f"The file {not_a_folder} could not be created: a file with that name "
                    "already exists."), text
