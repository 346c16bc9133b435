"""The main window's rubric actions: create, rename, move and delete rubrics, and articles
dropped on a rubric. A mixin of ``MainWindow`` (split out of mainwindow.py, behaviour
unchanged); the sidebar's signals are wired in the window's constructor.
May import ``core.*``, ``ui.*`` and PySide6.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from editorberita.core.domain import (
    MAX_RUBRIC_DEPTH,
    MAX_RUBRIC_NAME,
    EditorBeritaError,
    NotFoundError,
    rubric_depth_problem,
    rubric_name_problem,
)

if TYPE_CHECKING:
    from editorberita.ui.mainwindow import MainWindow


class RubricActions:
    """Rubric slots for ``MainWindow`` (texts in its context too)."""

    def _reload_rubrics(self: MainWindow, counts: bool = True) -> None:
        self.sidebar_model.reload(counts=counts)
        self._offer_rubrics()
        self.metadata.set_tags(self.store.all_tags())

    def _offer_rubrics(self: MainWindow) -> None:
        """Offer the sidebar's rubrics in the form's rubric box and the list's rubric column."""
        categories = self.sidebar_model.categories()
        from editorberita.ui.guardrails import desk_ordered_rubrics  # deskfeel-window (issue 12)

        self.metadata.set_categories(desk_ordered_rubrics(self))  # the sidebar's order
        self.article_model.set_category_names({c.id: c.name for c in categories})

    def _rubric_refused(self: MainWindow, title: str, name: str | None,
                        depth: int = 1) -> bool:
        """Tell the user (before the store would refuse) when a rubric breaks the core's
        rules: a name too long, or nested deeper than allowed. Return True when refused."""
        if rubric_depth_problem(depth):
            self._show_error(title, self.tr("Rubrics can be nested at most {depth} levels "
                                            "deep.").format(depth=MAX_RUBRIC_DEPTH))
            return True
        if name is not None and rubric_name_problem(" ".join(name.split())):
            self._show_error(title, self.tr("A rubric name can be at most {count} characters "
                                            "long.").format(count=MAX_RUBRIC_NAME))
            return True
        return False

    @Slot(object)
    def _on_new_rubric_requested(self: MainWindow, parent_id: int | None) -> None:
        title = self.tr("The rubric was not created")
        depth = self.sidebar_model.category_depth(parent_id) + 1
        if self._rubric_refused(title, None, depth):
            return
        name = self.prompts.text(self, self.tr("New rubric"), self.tr("Name:"))
        if name is None or not name.strip() or self._rubric_refused(title, name, depth):
            return
        try:
            category = self.store.create_category(name, parent_id)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The rubric was not created"), str(exc))
            return
        self._reload_rubrics()
        self.sidebar.select_key(f"cat:{category.id}")

    @Slot()
    def _on_rename_current_rubric(self: MainWindow) -> None:
        category_id = self.sidebar.current_category_id()
        if category_id is not None:
            self._on_rename_rubric_requested(category_id)

    @Slot(int)
    def _on_rename_rubric_requested(self: MainWindow, category_id: int) -> None:
        old = self.sidebar_model.category_name(category_id)
        name = self.prompts.text(self, self.tr("Rename rubric"), self.tr("Name:"), old)
        if name is None or not name.strip() or name.strip() == old or self._rubric_refused(
                self.tr("The rubric was not renamed"), name):
            return
        try:
            self.store.rename_category(category_id, name)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The rubric was not renamed"), str(exc))
            return
        self._reload_rubrics()
        self.article_model.reload(keep_loaded=True)
        if self._current is not None and self._current.category_id == category_id:
            self.preview.schedule_article(self.compose_article() or self._current,
                                          self.current_category_name())

    @Slot()
    def _on_delete_current_rubric(self: MainWindow) -> None:
        category_id = self.sidebar.current_category_id()
        if category_id is not None:
            self._on_delete_rubric_requested(category_id)

    @Slot(int)
    def _on_delete_rubric_requested(self: MainWindow, category_id: int) -> None:
        name = self.sidebar_model.category_name(category_id)
        category = next((c for c in self.sidebar_model.categories() if c.id == category_id),
                        None)
        parent_name = (self.sidebar_model.category_name(category.parent_id)
                       if category and category.parent_id else self.tr("Uncategorised"))
        if not self.prompts.ask(
                self, self.tr("Delete rubric"),
                self.tr("Delete the rubric “{name}”? Its articles and sub-rubrics are kept: "
                        "they move to “{parent}”.").format(name=name, parent=parent_name)):
            return
        self.save_now()
        self.store.delete_category(category_id)
        self._reload_current_from_store()
        self._reload_rubrics()
        self._show_view(self.sidebar.current_key())

    @Slot(int)
    def _on_move_rubric_requested(self: MainWindow, category_id: int) -> None:
        excluded = self.store.descendant_ids(category_id)
        rubrics = sorted(((c.id, self.sidebar_model.category_path(c.id))
                          for c in self.sidebar_model.categories() if c.id not in excluded),
                         key=lambda pair: pair[1].casefold())
        choices: list[tuple[int | None, str]] = [(None, self.tr("(top level)")), *rubrics]
        label = self.prompts.item(self, self.tr("Move rubric"), self.tr("Move under:"),
                                  [text for _, text in choices])
        if label is None:
            return
        parent_id = next(cid for cid, text in choices if text == label)
        self._on_category_move_requested(category_id, parent_id)

    @Slot(int, object)
    def _on_category_move_requested(self: MainWindow, category_id: int,
                                    parent_id: int | None) -> None:
        try:
            self.store.move_category(category_id, parent_id)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The rubric was not moved"), str(exc))
            return
        self._reload_rubrics()

    @Slot(list, object)
    def _on_articles_dropped(self: MainWindow, ids: list[int], category_id: int | None) -> None:
        self.save_now()
        try:
            self.store.move_articles(ids, category_id)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The articles were not moved"), str(exc))
            return
        if self._current is not None and self._current.id in ids:
            self._reload_current_from_store()
        self.article_model.reload(keep_loaded=True)
        self.sidebar_model.refresh_counts()
        target = (self.sidebar_model.category_name(category_id) if category_id is not None
                  else self.tr("Uncategorised"))
        self.statusBar().showMessage(
            self.tr("%n article(s) moved to {rubric}", "", len(ids)).format(rubric=target), 5000)

    def _reload_current_from_store(self: MainWindow) -> None:
        """Pick up a change the store made to the open article (moved, rubric deleted)."""
        if self._current is None or self._current.id is None:
            return
        try:
            fresh = self.store.get_article(self._current.id)
        except NotFoundError:
            self._clear_article()
            return
        if fresh.version != self._current.version:
            self._show_article(fresh)
