"""Staging for `tools/screenshot.py --exec tools/shots/issue12-check.py` (issue 12): window, store, app are given."""
# ruff: noqa: F821, E501, I001, RUF015
from PySide6.QtWidgets import QApplication
window.spelling.spell.wait_until_ready()
window.action("check_article").trigger()
QApplication.processEvents()
# switch article: the panel follows without F7
ids = [window.article_model.article_id(r) for r in range(window.article_model.rowCount())]
other = [i for i in ids if i != window.current_article.id][0]
window.open_article(other)
