"""Per-editor defaults in Preferences: byline, initials, rubric, export folder (issue 12)."""

from __future__ import annotations

from editorberita.ui.preferences import PreferencesDialog


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


