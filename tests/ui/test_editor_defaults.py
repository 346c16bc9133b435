"""Per-editor defaults in Preferences: byline, initials, rubric, export folder (issue 12)."""

from __future__ import annotations

from editorberita.ui.preferences import PreferencesDialog
from editorberita.ui.viewkey import ViewKey


def test_preferences_store_the_editors_defaults(qtbot, settings, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings, None, [(3, "Samarinda"), (5, "Balikpapan")], answers)
    qtbot.addWidget(dialog)
    dialog.byline_edit.setText("  Rina   Wati ")
    dialog.initials_edit.setText("rw")
    dialog.rubric_combo.setCurrentIndex(dialog.rubric_combo.findData(5))
    answers["folder"] = str(tmp_path)
    dialog.folder_button.click()
    dialog.accept()
    assert settings.get("editor/byline") == "Rina Wati"
    assert settings.get("editor/initials") == "rw"
    assert settings.get("editor/default_rubric") == 5
    assert settings.export_folder == str(tmp_path)
    again = PreferencesDialog(settings, None, [(3, "Samarinda"), (5, "Balikpapan")], answers)
    qtbot.addWidget(again)
    assert again.byline_edit.text() == "Rina Wati"
    assert again.rubric_combo.currentData() == 5


def test_a_new_article_starts_with_the_editors_byline_initials_and_rubric(
        qtbot, window, store, settings) -> None:  # type: ignore[no-untyped-def]
    store.create_category("Samarinda")
    balikpapan = store.create_category("Balikpapan")
    settings.set("editor/byline", "Rina Wati")
    settings.set("editor/initials", "rw")
    settings.set("editor/default_rubric", balikpapan.id)
    window.load()
    window.sidebar.select_key(ViewKey.of_view("all"))
    window.action("new_article").trigger()
    article = window.current_article
    assert (article.byline, article.initials, article.category_id) == (
        "Rina Wati", "rw", balikpapan.id)
    assert window.metadata.initials_edit.text() == "rw"
    # A rubric chosen in the sidebar wins over the default one.
    samarinda = store.find_category('Samarinda', any_parent=True)
    window.sidebar.select_key(ViewKey.of_rubric(samarinda.id))
    window.action("new_article").trigger()
    assert window.current_article.category_id != balikpapan.id
    assert window.current_article.initials == "rw"
