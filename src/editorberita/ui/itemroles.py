"""Item-data roles and drag MIME types shared by the item models and their views."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

ARTICLE_MIME = "application/x-editorberita-article-ids"
CATEGORY_MIME = "application/x-editorberita-category-id"

KeyRole = Qt.ItemDataRole.UserRole + 1  # a sidebar node's ViewKey
CategoryIdRole = Qt.ItemDataRole.UserRole + 2
CountRole = Qt.ItemDataRole.UserRole + 3
ArticleIdRole = Qt.ItemDataRole.UserRole + 4
StatusRole = Qt.ItemDataRole.UserRole + 5
NoteRole = Qt.ItemDataRole.UserRole + 6  # a row's note, e.g. why it waits in the outbox

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root, shared as the default argument
