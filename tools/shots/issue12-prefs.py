"""Staging for `tools/screenshot.py --exec tools/shots/issue12-prefs.py` (issue 12): window, store, app are given."""
# ruff: noqa: F821, E501, I001
from editorberita.ui.preferences import PreferencesDialog
window.settings.set("editor/byline", "Rina Wulandari")
window.settings.set("editor/initials", "rw")
dialog = PreferencesDialog(window.settings, window, window.sidebar_model.desk_ordered_paths())
dialog.rubric_combo.setCurrentIndex(2)
dialog.show()
dialog.move(420, 40)
