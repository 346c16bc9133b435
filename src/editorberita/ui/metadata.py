"""The metadata panel above the editor: headline, rubric, status, byline, summary, tags, SEO.

Counters show characters against limits from the settings and turn red past them (pasted text
counts too). Less frequent fields sit in a collapsible "more fields" section so the editor keeps
its room on a 1366×768 screen. Emits ``edited``; never saves. May import ``core.domain``,
``core.textid`` and PySide6.
"""

from __future__ import annotations

import itertools
import logging
from datetime import datetime

from PySide6.QtCore import (
    QDate,
    QEvent,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Article, Kind, Status, Zone, utcnow
from editorberita.core.textid import slugify
from editorberita.typing_compat import override
from editorberita.ui.datefields import DateField, TimeField
from editorberita.ui.formatting import status_label
from editorberita.ui.formfields import CounterLabel, TagCompleter, kind_labels, small_text_edit

logger = logging.getLogger(__name__)

class MetadataPanel(QWidget):
    """Form for an article's metadata; ``apply_to`` returns the article with the form's values."""

    edited = Signal()
    more_fields_toggled = Signal(bool)

    def __init__(self, limits: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadata_panel")
        self._loading = False
        self._article: Article | None = None
        self._limits = limits
        self._body: QWidget | None = None  # where Tab and Enter lead after the fields

        # --- main fields
        self.headline_edit = QLineEdit(self)
        self.headline_edit.setObjectName("headline_edit")
        self.headline_edit.setPlaceholderText(self.tr("Headline"))
        font = self.headline_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.headline_edit.setFont(font)
        self.headline_counter = CounterLabel(limits.get("headline", 70), self)
        self.subheadline_edit = QLineEdit(self)
        self.subheadline_edit.setPlaceholderText(self.tr("Sub-headline"))
        self.subheadline_counter = CounterLabel(limits.get("subheadline", 140), self)
        self.rubric_combo = QComboBox(self)
        self.rubric_combo.setToolTip(self.tr("Rubric"))
        self.rubric_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rubric_combo.setMinimumContentsLength(10)
        self.status_combo = QComboBox(self)
        self.status_combo.setToolTip(self.tr("Status"))
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.byline_edit = QLineEdit(self)
        self.byline_edit.setPlaceholderText(self.tr("Byline"))
        self.byline_edit.setToolTip(self.tr("Byline: who wrote the story"))
        self.initials_edit = QLineEdit(self)
        self.initials_edit.setPlaceholderText(self.tr("Initials"))
        self.initials_edit.setToolTip(self.tr("Initials printed at the end of the story"))
        self.initials_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("Inisial__") + 16)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("more_button")
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setText(self.tr("More fields"))
        self.more_button.setAutoRaise(True)

        # --- more fields
        self.more_box = QWidget(self)
        self.slug_edit = QLineEdit(self.more_box)
        self.slug_edit.setToolTip(self.tr("Slug: the article's address; follows the headline "
                                          "until you edit it"))
        self.slug_lock = QToolButton(self.more_box)
        self.slug_lock.setCheckable(True)
        self.slug_lock.setText(self.tr("Fixed"))
        self.slug_lock.setToolTip(self.tr("When not fixed, the slug follows the headline"))
        self.dateline_edit = QLineEdit(self.more_box)
        self.dateline_edit.setPlaceholderText(self.tr("e.g. Samarinda"))
        # Typed as the desk writes them ("23 Juli 2024", "14.30"): see ui.datefields.
        self.date_edit = DateField(self.more_box)
        self.time_edit = TimeField(self.more_box)
        self.zone_combo = QComboBox(self.more_box)
        for zone in Zone:
            self.zone_combo.addItem(zone.value, zone.value)
        self.lead_edit = small_text_edit(4, self.more_box)
        self.lead_edit.setPlaceholderText(self.tr("Summary in one or two sentences, for "
                                                  "search results, social media and the CMS"))
        self.lead_edit.setToolTip(self.tr(
            "Summary: the page's description for search engines and social media, the "
            "excerpt in a CMS and \"summary\" in Markdown. It is not printed in the story: "
            "the lead (teras) is the body's first paragraph, opened by the dateline."))
        self.lead_counter = CounterLabel(limits.get("lead", 160), self.more_box)
        self.tags_edit = QLineEdit(self.more_box)
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tag_completer = TagCompleter(self.tags_edit)
        self.seo_title_edit = QLineEdit(self.more_box)
        self.seo_title_counter = CounterLabel(limits.get("seo_title", 60), self.more_box)
        self.seo_description_edit = small_text_edit(2, self.more_box)
        self.seo_description_counter = CounterLabel(limits.get("seo_description", 160),
                                                    self.more_box)
        self.kind_combo = QComboBox(self.more_box)
        self.kind_combo.setToolTip(self.tr("Kind of article; an advertorial carries the label "
                                           "“Advertorial” in every export"))
        for kind, text in kind_labels().items():
            self.kind_combo.addItem(text, kind.value)

        # --- layout
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.headline_edit, 0, 0, 1, 3)
        grid.addWidget(self.headline_counter, 0, 3)
        grid.addWidget(self.subheadline_edit, 1, 0, 1, 3)
        grid.addWidget(self.subheadline_counter, 1, 3)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.rubric_combo, 3)
        row.addWidget(self.status_combo, 2)
        grid.addLayout(row, 2, 0, 1, 3)
        people = QHBoxLayout()
        people.setSpacing(6)
        people.addWidget(self.byline_edit, 4)
        people.addWidget(self.initials_edit, 1)
        # In the row, not in the counters' column: that column stays as narrow as "70/70",
        # which leaves the headline room for a whole desk-length headline at 1366×768.
        people.addWidget(self.more_button)
        grid.addLayout(people, 3, 0, 1, 4)
        grid.setColumnStretch(0, 1)

        more = QGridLayout(self.more_box)
        more.setContentsMargins(0, 2, 0, 0)
        more.setHorizontalSpacing(6)
        more.setVerticalSpacing(4)
        labels = [self.tr("Slug"), self.tr("Dateline"), self.tr("Date"), self.tr("Summary"),
                  self.tr("Tags"), self.tr("SEO title"), self.tr("SEO description"),
                  self.tr("Kind"), self.tr("Newsroom")]
        # Desk words on the labels; the tooltip says what the web word means (issue 12).
        tips = {0: self.tr("The article's web address (the \"slug\"), made from the headline"),
                1: self.tr("The town the story comes from; it opens the first paragraph, "
                           "e.g. \"SAMARINDA —\""),
                5: self.tr("The headline search engines and social media show; empty: the "
                           "article's headline"),
                6: self.tr("The short text search engines show under the title")}
        for r, text in enumerate(labels):
            label = QLabel(text, self.more_box)
            label.setToolTip(tips.get(r, ""))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
                               if r in (3, 6, 8) else Qt.AlignmentFlag.AlignRight
                               | Qt.AlignmentFlag.AlignVCenter)
            more.addWidget(label, r, 0)
        self.dateline_edit.setToolTip(tips[1])
        self.seo_title_edit.setToolTip(tips[5])
        slug_row = QHBoxLayout()
        slug_row.addWidget(self.slug_edit, 1)
        slug_row.addWidget(self.slug_lock)
        more.addLayout(slug_row, 0, 1, 1, 2)
        more.addWidget(self.dateline_edit, 1, 1, 1, 2)
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 2)
        when.addWidget(self.time_edit, 1)
        when.addWidget(self.zone_combo, 1)
        more.addLayout(when, 2, 1, 1, 2)
        more.addWidget(self.lead_edit, 3, 1)
        more.addWidget(self.lead_counter, 3, 2, Qt.AlignmentFlag.AlignTop)
        more.addWidget(self.tags_edit, 4, 1, 1, 2)
        more.addWidget(self.seo_title_edit, 5, 1)
        more.addWidget(self.seo_title_counter, 5, 2)
        more.addWidget(self.seo_description_edit, 6, 1)
        more.addWidget(self.seo_description_counter, 6, 2, Qt.AlignmentFlag.AlignTop)
        more.addWidget(self.kind_combo, 7, 1)
        # issue 16 (record): credits, verification flag, right of reply, corrections.
        from editorberita.ui.record import RecordFields
        self.record_fields = RecordFields(self.more_box)
        more.addWidget(self.record_fields, 8, 1, 1, 2)
        self.record_fields.edited.connect(self._on_field_changed)
        more.setColumnStretch(1, 1)
        self.more_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(grid)
        # Scrolls when the window is short: with "More fields" and the picture panel open the
        # body keeps its room (ui.bodyroom gives it a third of the window).
        self.more_scroll = QScrollArea(self)
        self.more_scroll.setObjectName("more_scroll")
        self.more_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.more_scroll.setWidgetResizable(True)
        self.more_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.more_scroll.setWidget(self.more_box)
        self.more_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.more_scroll.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Maximum)
        self.more_scroll.setVisible(False)
        layout.addWidget(self.more_scroll)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        # --- signals
        for edit in (self.headline_edit, self.subheadline_edit, self.byline_edit,
                     self.initials_edit, self.dateline_edit, self.tags_edit,
                     self.seo_title_edit):
            edit.textChanged.connect(self._on_field_changed)
        self.slug_edit.textEdited.connect(self._on_slug_edited)
        self.slug_lock.toggled.connect(self._on_slug_lock_toggled)
        self.headline_edit.textChanged.connect(self._on_headline_changed)
        for plain in (self.lead_edit, self.seo_description_edit):
            # Not textChanged: it also fires when the spelling underlines repaint.
            plain.document().contentsChange.connect(self._on_plain_changed)
        for combo in (self.rubric_combo, self.status_combo, self.zone_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._on_field_changed)
        self.date_edit.dateChanged.connect(self._on_field_changed)
        self.time_edit.timeChanged.connect(self._on_field_changed)
        self.more_button.toggled.connect(self._on_more_toggled)
        self._update_counters()

    # --------------------------------------------------------------- public

    def set_limits(self, limits: dict[str, int]) -> None:
        """Change the character limits the counters compare against."""
        self._limits = dict(limits)
        for name, counter in self._counters().items():
            counter.limit = limits.get(name, counter.limit)
        self._update_counters()

    def set_categories(self, categories: list[tuple[int, str]]) -> None:
        """Offer these rubrics (id, "Parent / Child" path); keeps the current choice."""
        current = self.rubric_combo.currentData()
        self.rubric_combo.blockSignals(True)
        self.rubric_combo.clear()
        self.rubric_combo.addItem(self.tr("Uncategorised"), -1)
        for category_id, path in categories:
            self.rubric_combo.addItem(path, category_id)
        found = self.rubric_combo.findData(current if current is not None else -1)
        self.rubric_combo.setCurrentIndex(max(0, found))
        self.rubric_combo.blockSignals(False)

    def set_tags(self, tags: list[str]) -> None:
        """Offer these tags for completion."""
        self.tag_completer.set_tags(tags)

    def set_more_fields_visible(self, visible: bool) -> None:
        """Show or hide the less frequent fields."""
        self.more_button.setChecked(visible)
        self._on_more_toggled(visible)

    def set_article(self, article: Article | None) -> None:
        """Show an article's metadata (None clears and disables the form)."""
        self._loading = True
        try:
            self._article = article
            self.setEnabled(article is not None)
            article = article or Article()
            self.headline_edit.setText(article.headline)
            self.subheadline_edit.setText(article.subheadline)
            self.slug_lock.setChecked(article.slug_locked)
            self.slug_edit.setText(article.slug)
            self._select_rubric(article.category_id)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(
                Status(article.status).value)))
            self.byline_edit.setText(article.byline)
            self.initials_edit.setText(article.initials)
            self.dateline_edit.setText(article.dateline)
            self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(
                Zone(article.zone).value)))
            local = (article.published_at or utcnow()).astimezone(article.zone.tzinfo)
            self.date_edit.setDate(QDate(local.year, local.month, local.day))
            self.time_edit.setTime(QTime(local.hour, local.minute))
            self.lead_edit.setPlainText(article.lead)
            self.tags_edit.setText(", ".join(article.tags))
            self.seo_title_edit.setText(article.seo_title)
            self.seo_description_edit.setPlainText(article.seo_description)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(
                Kind(article.kind).value)))
            self.record_fields.set_article(article)  # issue 16 (record)
            for edit in (self.headline_edit, self.subheadline_edit, self.byline_edit,
                         self.slug_edit, self.tags_edit, self.seo_title_edit):
                edit.setCursorPosition(0)  # show the start of long text, not its end
        finally:
            self._loading = False
        self._update_counters()

    def _select_rubric(self, category_id: int | None) -> None:
        """Select the article's rubric; one not offered yet is kept, never read as "none".

        Choices arrive with ``set_categories``: until then an unknown rubric sits in the box
        as a placeholder item holding its id, so ``apply_to`` gives it back unchanged.
        """
        found = self.rubric_combo.findData(category_id if category_id is not None else -1)
        if found < 0 and category_id is not None:
            self.rubric_combo.addItem("…", category_id)
            found = self.rubric_combo.count() - 1
        self.rubric_combo.setCurrentIndex(max(0, found))

    def apply_to(self, article: Article) -> Article:
        """Return a copy of ``article`` carrying the form's values."""
        rubric = self.rubric_combo.currentData()
        zone = Zone(self.zone_combo.currentData() or Zone.WITA.value)
        date, time = self.date_edit.date(), self.time_edit.time()
        published = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(),
                             tzinfo=zone.tzinfo)
        old = article.local_published_at
        if old is not None and old.replace(second=0, microsecond=0) == published:
            published = old  # keep the seconds the form cannot show
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        locked = self.slug_lock.isChecked()
        return self.record_fields.apply_to(article).copy(  # issue 16: record fields
            headline=self.headline_edit.text().strip(),
            subheadline=self.subheadline_edit.text().strip(),
            slug=self.slug_edit.text().strip() if locked else article.slug,
            slug_locked=locked,
            category_id=None if rubric in (None, -1) else int(rubric),
            status=Status(self.status_combo.currentData()),
            byline=self.byline_edit.text().strip(),
            initials=self.initials_edit.text().strip(),
            dateline=self.dateline_edit.text().strip(),
            published_at=published, zone=zone,
            lead=self.lead_edit.toPlainText().strip(),
            tags=tags,
            seo_title=self.seo_title_edit.text().strip(),
            seo_description=self.seo_description_edit.toPlainText().strip(),
            kind=Kind(self.kind_combo.currentData() or Kind.NEWS.value))

    def show_saved_slug(self, slug: str) -> None:
        """Show the slug the store chose (it may add "-2"), without counting as an edit."""
        if self.slug_edit.text() != slug and not self.slug_edit.hasFocus():
            self._loading = True
            self.slug_edit.setText(slug)
            self._loading = False

    def tab_chain(self) -> list[QWidget]:
        """Return the fields in their visual order: left to right, top to bottom."""
        chain: list[QWidget] = [
            self.headline_edit, self.subheadline_edit, self.rubric_combo, self.status_combo,
            self.byline_edit, self.initials_edit, self.more_button,
            self.slug_edit, self.slug_lock, self.dateline_edit, self.date_edit, self.time_edit,
            self.zone_combo, self.lead_edit, self.tags_edit, self.seo_title_edit,
            self.seo_description_edit, self.kind_combo]
        return chain

    def set_body(self, body: QWidget) -> None:
        """Chain Tab through the fields in visual order on to ``body``; Enter in the headline
        or sub-headline goes straight to ``body`` (WordPress's fast path: one key)."""
        chain = [*self.tab_chain(), body]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self._body is None:
            for edit in (self.headline_edit, self.subheadline_edit):
                edit.returnPressed.connect(self._focus_body)
        self._body = body

    @Slot()
    def _focus_body(self) -> None:
        if self._body is not None:
            self._body.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_headline(self) -> None:
        """Put the cursor in the headline, selecting what is there."""
        self.headline_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.headline_edit.selectAll()

    def counters_over_limit(self) -> list[str]:
        """Return the names of the fields whose counter is past its limit."""
        return [name for name, counter in self._counters().items() if counter.over]

    # ---------------------------------------------------------------- slots

    @Slot()
    def _on_field_changed(self) -> None:
        self._update_counters()
        if not self._loading:
            self.edited.emit()

    @Slot(int, int, int)
    def _on_plain_changed(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._on_field_changed()

    @Slot(str)
    def _on_headline_changed(self, text: str) -> None:
        if not self.slug_lock.isChecked() and not self._loading:
            self.slug_edit.setText(slugify(text))

    @Slot(str)
    def _on_slug_edited(self, text: str) -> None:
        if not self.slug_lock.isChecked():
            self.slug_lock.setChecked(True)
        if not self._loading:
            self.edited.emit()

    @Slot(bool)
    def _on_slug_lock_toggled(self, locked: bool) -> None:
        if self._loading:
            return
        if not locked:
            self.slug_edit.setText(slugify(self.headline_edit.text()))
        self.edited.emit()

    @Slot(bool)
    def _on_more_toggled(self, visible: bool) -> None:
        self.more_box.setVisible(visible)
        self.more_scroll.setVisible(visible)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if visible
                                      else Qt.ArrowType.RightArrow)
        self.more_fields_toggled.emit(visible)

    # -------------------------------------------------------------- helpers

    def _counters(self) -> dict[str, CounterLabel]:
        return {"headline": self.headline_counter, "subheadline": self.subheadline_counter,
                "lead": self.lead_counter, "seo_title": self.seo_title_counter,
                "seo_description": self.seo_description_counter}

    def _update_counters(self) -> None:
        self.headline_counter.set_count(len(self.headline_edit.text()))
        self.subheadline_counter.set_count(len(self.subheadline_edit.text()))
        self.lead_counter.set_count(len(self.lead_edit.toPlainText()))
        self.seo_title_counter.set_count(len(self.seo_title_edit.text()))
        self.seo_description_counter.set_count(len(self.seo_description_edit.toPlainText()))

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._update_counters()
