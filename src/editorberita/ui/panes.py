"""The window's panes in one typed bundle, handed to the session's helpers and the controllers.

A controller names the panes it uses from here instead of reaching into the window: the
rubric sidebar and its model, the article list and its model, the metadata form, the Markdown
editor, the preview and the picture panel. The window builds them (``ui.mainwindow``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editorberita.ui.articlelist import ArticleListPane
    from editorberita.ui.articlemodel import ArticleListModel
    from editorberita.ui.editor import MarkdownEditor
    from editorberita.ui.metadata import MetadataPanel
    from editorberita.ui.picturepanel import PicturePanel
    from editorberita.ui.preview import PreviewPane
    from editorberita.ui.sidebar import SidebarView
    from editorberita.ui.sidebarmodel import SidebarModel


@dataclass(frozen=True)
class Panes:
    """The widgets of one window that show and emit; controllers act on them."""

    sidebar: SidebarView
    sidebar_model: SidebarModel
    article_list: ArticleListPane
    article_model: ArticleListModel
    metadata: MetadataPanel
    editor: MarkdownEditor
    preview: PreviewPane
    picture_panel: PicturePanel
