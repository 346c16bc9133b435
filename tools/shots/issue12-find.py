window.action("toggle_preview").setChecked(True)
window.action("replace").trigger()
window.find_bar.find_edit.setText("Samarinda")
window.find_bar.case_check.setFocus()
