"""Staging for `tools/screenshot.py --exec tools/shots/issue12-find.py` (issue 12): window, store, app are given."""
# ruff: noqa: F821, E501
window.action("toggle_preview").setChecked(True)
window.action("replace").trigger()
window.navigation.find_bar.find_edit.setText("Samarinda")
window.navigation.find_bar.case_check.setFocus()
