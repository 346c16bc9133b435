"""Staging for `tools/screenshot.py --exec tools/shots/issue12-trash.py` (issue 12): window, store, app are given."""
# ruff: noqa: F821, E501, I001
from editorberita.ui.viewkey import ViewKey
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
window.activateWindow()
first = window.current_article.id
window.article_list.select_article(first)
window.guard_rails.trash_selected()
window.sidebar.select_key(ViewKey.of_view("trash"))
window.article_list.select_article(first)
QApplication.processEvents()
menu = window.guard_rails.build_context_menu()
menu.popup(window.article_list.view.viewport().mapToGlobal(QPoint(60, 30)))
