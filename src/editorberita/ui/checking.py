"""*Periksa naskah*: the check panel (F7) and the check before export.

``CheckController`` registers "Check article", lists an article's problems (missing fields,
spelling, quotes, spaces: ``core.checks``) in a dock that takes the preview's place, puts the
cursor on a problem, and asks once before an article with problems is exported
(``confirm_export``, called by ``ui.exporting``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPlainTextEdit, QWidget

from editorberita.core.domain import Article

if TYPE_CHECKING:  # the checks and the panel load when first used
    from editorberita.core.checks import Problem
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.checkpanel import CheckPanel
    from editorberita.ui.metadata import MetadataPanel
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings
    from editorberita.ui.spellwiring import SpellingController

BATCH_CHECK_MAX = 500  # a batch export checks at most this many articles before asking
MORE_FIELDS = {"dateline", "lead", "seo_title", "seo_description", "kind", "slug"}


class CheckController(QObject):
    """Lists what to fix before export, and asks before exporting an article that has it."""

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 prompts: Prompts, spelling: SpellingController, actions: ActionCollection,
                 window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.settings = settings
        self.prompts = prompts
        self.spelling = spelling
        self.actions = actions
        self.window = window
        self._accepted: set[tuple[int, int]] = set()  # (id, version) exported despite problems
        self._panel: CheckPanel | None = None
        self._preview_lent = False  # the preview is hidden while the panel has its place
        check = actions.create("check_article", self.tr("&Check article"), self.run_check,
                               QKeySequence("F7"),
                               self.tr("List what to fix before export: missing fields, "
                                       "spelling, quotes, spaces"))
        window.addAction(check)

    @property
    def panel(self) -> CheckPanel:
        """Return the check panel (a dock), built the first time it is needed."""
        if self._panel is None:
            from editorberita.ui.checkpanel import CheckPanel

            panel = self._panel = CheckPanel(self.window)
            panel.setVisible(False)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
            panel.problem_activated.connect(self.go_to_problem)
            panel.recheck_requested.connect(self.run_check)
            panel.visibilityChanged.connect(self._on_panel_visibility)
        return self._panel

    @Slot()
    def on_loaded(self) -> None:
        """A panel restored from the last session would list nothing checked yet: closed."""
        if self._panel is not None:
            self._panel.setVisible(False)

    def field_names(self) -> dict[str, str]:
        """Return the translated names of the fields the problems point at."""
        return {"headline": self.tr("Headline"), "subheadline": self.tr("Sub-headline"),
                "category_id": self.tr("Rubric"), "byline": self.tr("Byline"),
                "initials": self.tr("Initials"), "dateline": self.tr("Dateline"),
                "lead": self.tr("Summary"), "seo_title": self.tr("SEO title"),
                "seo_description": self.tr("SEO description"), "body": self.tr("Body"),
                "kind": self.tr("Kind"), "status": self.tr("Status")}

    def problems_of(self, article: Article, *, spelling: bool = True) -> list[Problem]:
        """Return the problems of an article as the window would export it."""
        from editorberita.core.checks import check_article

        name = self.session.category_name(article) if article.category_id else ""
        spell = self.spelling.spell
        misspelt = spell.misspelt_now if spelling and spell.active else None
        # The corrections and the last export or send feed the ralat checks (issue 16).
        from editorberita.core.newsroom import record_state

        record = record_state(self.session.store, article) if self.session.is_open else None
        return check_article(article, category_name=name, limits=self.settings.limits(),
                             spell=misspelt, record=record)

    @Slot()
    def run_check(self) -> list[Problem]:
        """Check the open article and show the panel; return the problems."""
        article = self.session.compose()
        if article is None:
            return []
        problems = self.problems_of(article)
        from editorberita.core.checks import FIELD_ORDER

        texts = {f: str(getattr(article, f) or "") for f in FIELD_ORDER if f != "category_id"}
        self.panel.set_problems(problems, texts, self.field_names())
        self.show_panel()
        return problems

    def show_panel(self) -> None:
        """Show the check panel in the preview's place: the preview hides, the panel takes its
        width (at 1366×768 there is no room for editor, preview and panel side by side)."""
        w, preview, panel = self.window, self.panes.preview, self.panel
        right = w.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
        if not panel.isVisible() and not panel.isFloating() and right:
            from editorberita.ui.checkpanel import PANEL_WIDTH

            width = PANEL_WIDTH
            if preview.isVisible():
                width = max(width, preview.width())
                preview.setVisible(False)
                toggle = self.actions["toggle_preview"]
                with QSignalBlocker(toggle):  # the preference stays on
                    toggle.setChecked(False)
                self._preview_lent = True
            panel.setVisible(True)
            w.resizeDocks([panel], [width], Qt.Orientation.Horizontal)
        panel.setVisible(True)
        panel.raise_()

    @Slot(bool)
    def _on_panel_visibility(self, visible: bool) -> None:
        """Give the preview its place back when the panel closes (if it is still wanted)."""
        if visible or not self._preview_lent or self.panel.isVisible():
            return
        self._preview_lent = False
        if self.settings.get("ui/preview_visible"):
            self.panes.preview.setVisible(True)
            toggle = self.actions["toggle_preview"]
            with QSignalBlocker(toggle):
                toggle.setChecked(True)

    @Slot(object)
    def go_to_problem(self, problem: Problem) -> None:
        """Put the cursor on the problem: the body position or the field."""
        if problem.field == "body":
            editor = self.panes.editor
            cursor = QTextCursor(editor.document())
            if problem.has_position:
                end = min(problem.end, editor.document().characterCount() - 1)
                cursor.setPosition(min(problem.start, end))
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.centerCursor()
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if problem.field in MORE_FIELDS:
            self.panes.metadata.set_more_fields_visible(True)
        widget = field_widget(self.panes.metadata, problem.field)
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if problem.has_position and isinstance(widget, QLineEdit):
            widget.setSelection(problem.start, max(0, problem.end - problem.start))
        elif problem.has_position and isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            length = len(widget.toPlainText())
            cursor.setPosition(min(problem.start, length))
            cursor.setPosition(min(problem.end, length), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)

    def confirm_export(self, articles: Iterable[Article] | None = None) -> bool:
        """Return True to export: no problems, or the user said to go ahead (asked once).

        Without ``articles`` the open article is checked (with spelling); a batch is checked
        without spelling, and only its first ``BATCH_CHECK_MAX`` articles.
        """
        single = articles is None
        if single:
            current = self.session.compose()
            batch = [current] if current is not None else []
        else:
            batch = []
            for article in articles or ():
                batch.append(article)
                if len(batch) >= BATCH_CHECK_MAX:
                    break
        troubled = [(a, self.problems_of(a, spelling=single)) for a in batch
                    if (a.id or 0, a.version) not in self._accepted]
        troubled = [(a, p) for a, p in troubled if p]
        if not troubled:
            return True
        from editorberita.ui.messages import explain

        if single:
            _, problems = troubled[0]
            text = self.tr("This article still has %n problem(s), for example:", "",
                           len(problems))
            details = "\n".join(f"• {explain(p.message)}" for p in problems[:5])
        else:
            text = self.tr("%n article(s) still have problems, for example:", "",
                           len(troubled))
            details = "\n".join(
                f"• {a.headline or self.tr('(untitled)')}: {explain(p[0].message)}"
                for a, p in troubled[:5])
        choices = [("go", self.tr("Export anyway"))]
        if single:
            choices.append(("show", self.tr("Show problems")))
        # "Cancel" is the safe default button (issue 12)
        answer = self.prompts.choose(self.window, self.tr("Check before export"),
                                     f"{text}\n\n{details}", choices, default="cancel")
        if answer == "go":
            self._accepted.update((a.id or 0, a.version) for a, _ in troubled)
            return True
        if answer == "show":
            self.run_check()
        return False


def field_widget(metadata: MetadataPanel, field: str) -> QWidget | None:
    """Return the form widget that edits an article field."""
    m = metadata
    return {"headline": m.headline_edit, "subheadline": m.subheadline_edit,
            "category_id": m.rubric_combo, "byline": m.byline_edit,
            "initials": m.initials_edit, "dateline": m.dateline_edit, "lead": m.lead_edit,
            "seo_title": m.seo_title_edit, "seo_description": m.seo_description_edit,
            "kind": m.kind_combo, "slug": m.slug_edit,
            "status": m.status_combo}.get(field)  # correction_missing: "Ralat" needs a record
