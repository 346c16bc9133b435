"""Look and feel from the window (ui/appearance.py): the preferences applied at once."""

from __future__ import annotations

from editorberita.ui.preferences import PreferencesDialog


def test_preferences_apply_limits_spelling_and_quotes(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings, window)
    dialog.limit_spins["headline"].setValue(50)
    dialog.spell_check.setChecked(False)
    dialog.smart_quotes_check.setChecked(False)
    dialog.accept()
    window.appearance.apply_preferences(dialog.changed_keys)
    assert window.metadata.headline_counter.limit == 50
    assert not window.spelling.spell.enabled
    assert not window.action("smart_quotes").isChecked()
    assert settings.limit("headline") == 50
