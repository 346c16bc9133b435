"""Staging for `tools/screenshot.py --exec tools/shots/issue12-more.py` (issue 12): window, store, app are given."""
# ruff: noqa: F821, E501, I001
from PySide6.QtWidgets import QApplication
window.activateWindow()
QApplication.processEvents()
window.metadata.date_edit.setText("23 Juli 2024")
window.metadata.status_combo.setFocus()
window.picture_panel.caption_edit.setText("Lanskap perbukitan di Kecamatan Sungai Pinang, Samarinda, Selasa (23/7/2024), yang akan menjadi ruang terbuka hijau baru bagi warga kota.")
