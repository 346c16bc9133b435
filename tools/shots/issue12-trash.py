from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
window.activateWindow()
first = window.current_article.id
window.article_list.select_article(first)
window.guard_rails.trash_selected()
window.sidebar.select_key("view:trash")
window.article_list.select_article(first)
QApplication.processEvents()
menu = window.guard_rails.build_context_menu()
menu.popup(window.article_list.view.viewport().mapToGlobal(QPoint(60, 30)))
