"""The status bar's permanent labels: the body's counts and when the article was last saved.

``StatusLine`` owns the two labels on the right of the window's status bar: words, characters
and reading minutes of the body (as the editor reports them), and "Saved at 14.05" or
"Editing…" for the open article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from editorberita.core.domain import Article
from editorberita.ui.formatting import desk_zone, format_clock

if TYPE_CHECKING:
    from editorberita.ui.settings import Settings


class StatusLine(QObject):
    """The counts and the saved time of the open article, in the status bar."""

    def __init__(self, bar: QStatusBar, settings: Settings) -> None:
        super().__init__(bar)
        self.settings = settings
        self.stats_label = QLabel(bar)
        self.stats_label.setObjectName("stats_label")
        self.saved_label = QLabel(bar)
        self.saved_label.setObjectName("saved_label")
        bar.addPermanentWidget(self.stats_label)
        bar.addPermanentWidget(self.saved_label)

    @Slot(int, int, int)
    def show_stats(self, words: int, chars: int, minutes: int) -> None:
        """Show the body's words, characters and reading minutes."""
        number = QLocale().toString  # 1.250 in Indonesian, 1,250 in English
        self.stats_label.setText(self.tr("{words} words · {chars} characters · {minutes} min read")
                                 .format(words=number(words), chars=number(chars),
                                         minutes=number(minutes)))

    @Slot(object)
    def show_saved_time(self, article: Article | None) -> None:
        """Say when the article was last saved (nothing for none, or one never saved)."""
        if article is None or article.updated_at is None:
            self.saved_label.clear()
            return
        self.saved_label.setText(self.tr("Saved at {time}").format(
            time=format_clock(article.updated_at, desk_zone(self.settings))))

    @Slot()
    def show_editing(self) -> None:
        """Say that the open article has changes not saved yet."""
        self.saved_label.setText(self.tr("Editing…"))
