"""New articles: blank (Ctrl+N) or from a template per kind (news, agenda, photo story, ...).

``NewArticleController`` registers "New article" and the "New from template" submenu; a new
article inherits the shown rubric, the open article's byline and the default time zone, and
opens in a view that lists it, with the cursor in the headline.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from editorberita.core.domain import Article, Kind, Zone
from editorberita.ui.formfields import kind_labels
from editorberita.ui.guardrails import editor_defaults
from editorberita.ui.viewkey import ALL, ViewKey

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings


class NewArticleController(QObject):
    """Creates articles, blank or from a template, and opens them."""

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.settings = settings
        actions.create("new_article", self.tr("&New article"), self._on_new_article,
                       QKeySequence.StandardKey.New,
                       self.tr("Write a new article in the selected rubric"))
        self.template_menu = QMenu(self.tr("New from &template"), window)
        self.template_menu.setObjectName("template_menu")
        for kind, text in kind_labels().items():
            action = self.template_menu.addAction(text)
            action.setObjectName(f"template_{kind.value}_action")
            action.setToolTip(self.tr("New article from the “{kind}” template").format(kind=text))
            action.triggered.connect(partial(self.new_from_template, kind))
        actions.add("template_menu", self.template_menu.menuAction())

    def new_article_fields(self) -> dict[str, object]:
        """Return what a new article inherits: rubric, byline, the default time zone."""
        zone = Zone(str(self.settings.get("article/default_zone")) or Zone.WITA.value)
        current = self.session.current
        # the editor's own defaults from Preferences come first (issue 12)
        return {**editor_defaults(self.settings, self.panes, current), "zone": zone}

    @Slot()
    def _on_new_article(self) -> None:
        self.new_article()

    @Slot(Kind)
    def new_from_template(self, kind: Kind) -> None:
        """Create an article pre-filled from the template of ``kind`` and open it."""
        self.new_article(Kind(kind))
        self.panes.metadata.set_more_fields_visible(True)

    def new_article(self, kind: Kind | None = None) -> None:
        """Create and open a new article, from the template of ``kind`` when given."""
        session, panes = self.session, self.panes
        if not session.is_open or not session.save_now():
            return
        from editorberita.core.templates import new_article

        key = panes.sidebar.current_key()
        fields = self.new_article_fields()
        draft = new_article(kind, **fields) if kind is not None else Article().copy(**fields)
        article = session.store.create_article(draft)
        if panes.article_list.search_text():
            panes.article_list.search_edit.clear()
            panes.article_list.flush_search()
        if not (key.is_rubric or key in (ALL, ViewKey.of_view("draft"))):
            panes.sidebar.select_key(ALL)
        panes.article_model.reload()
        panes.sidebar_model.refresh_counts()
        session.show(article)
        panes.article_list.select_article(article.id or 0)
        panes.metadata.focus_headline()
