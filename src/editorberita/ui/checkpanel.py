"""The check panel (*periksa naskah*): the problems ``core.checks`` finds, with click-to-jump.

A dock that takes the preview's place while it is open (the window hides the preview and gives
the dock its width), so that at 1366×768 the editor keeps its room and every message reads in
full. A header says how many problems there are, split into three kinds with their colours:
fields (missing, too long, template text left, advertorial label), spelling, and writing
(spaces, quotes, "Rp", day and month names). Each row shows a coloured badge, the field in bold,
the message wrapped over as many lines as it needs, and for text problems the words around the
spot with the spot marked. Clicking or Enter emits ``problem_activated``; the window puts the
cursor there. A problem that breaks an EYD V rule (``Problem.url``) ends with a "rule" link:
clicking it opens the rule's text in the browser instead of jumping. Each message is a code
of ``core.messages``, worded in the interface language by ``ui.messages.explain``. May import
``core.checks`` and PySide6.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.checks import Problem
from editorberita.typing_compat import override
from editorberita.ui.messages import explain

ProblemRole = Qt.ItemDataRole.UserRole + 1
RichRole = Qt.ItemDataRole.UserRole + 2  # the row as HTML, for the delegate
GroupRole = Qt.ItemDataRole.UserRole + 3
EXCERPT = 40  # characters of context shown around a problem (cut at whole words)
PANEL_WIDTH = 400  # at least this wide when it opens (px): a 60-character message on two lines

# The three kinds of problems, in the order the header counts them.
FIELDS, SPELLING, WRITING = "fields", "spelling", "writing"
GROUP_COLORS = {FIELDS: "#b3261e", SPELLING: "#b35c00", WRITING: "#1d5fa6"}
GROUP_BADGES = {FIELDS: "!", SPELLING: "ab", WRITING: "¶"}
MARK_STYLE = "background-color:#ffe58a; color:#000000; font-weight:600;"
MUTED = "@muted@"  # stands for the palette's muted text colour in the row HTML

BADGE = 20  # diameter of the coloured badge
PAD_X, PAD_Y, GAP = 8, 6, 8


def muted_color(palette: QPalette, selected: bool = False) -> QColor:
    """Return the colour of the excerpts: between text and background (light or dark look)."""
    if selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor.fromRgbF(*(t * 0.6 + b * 0.4 for t, b in zip(
        (text.redF(), text.greenF(), text.blueF()),
        (base.redF(), base.greenF(), base.blueF()), strict=True)))


def rule_link(rich: str, url: str, label: str) -> str:
    """Return a row's HTML with the rule's address as a link: core.eyd's "(EYD V: <url>)"
    becomes "(EYD V)" linked, any other message gets a linked ``label`` at the end."""
    link = html.escape(url)
    cited = f"(EYD V: {link})"
    if cited in rich:
        return rich.replace(cited, f"(<a href='{link}'>EYD V</a>)")
    return f"{rich} <a href='{link}'>{html.escape(label)}</a>"


def problem_group(problem: Problem) -> str:
    """Return the kind of a problem: fields, spelling or writing."""
    if problem.code == "spelling":
        return SPELLING
    if (problem.code.startswith("missing_")
            or problem.code in {"over_limit", "placeholder", "advertorial_label"}):
        return FIELDS
    return WRITING


class ProblemDelegate(QStyledItemDelegate):
    """Draws a problem as a badge and wrapped rich text; rows grow to fit their text."""

    #: A link in a row's text was clicked (the EYD rule's address).
    link_activated = Signal(str)

    def anchor_at(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex, point: QPointF) -> str:
        """Return the link under ``point`` (view coordinates) in a row's text, or ""."""
        rect = option.rect
        document = self.document(option, index, self.text_width(option))
        inside = QPointF(point.x() - (rect.left() + PAD_X + BADGE + GAP),
                         point.y() - (rect.top() + PAD_Y))
        return document.documentLayout().anchorAt(inside)

    @override
    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if (isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton):
            anchor = self.anchor_at(option, index, event.position())
            if anchor:
                self.link_activated.emit(anchor)
                return True
        return super().editorEvent(event, model, option, index)

    def document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                 width: int) -> QTextDocument:
        """Return the row's text laid out at ``width``, in the palette's colours."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rich = str(index.data(RichRole) or html.escape(str(index.data() or "")))
        document.setHtml(rich.replace(MUTED, muted_color(option.palette, selected).name()))
        document.setTextWidth(max(80, width))
        return document

    @staticmethod
    def text_width(option: QStyleOptionViewItem) -> int:
        """Return the width the text wraps at: the row's, measured and painted alike."""
        widget = option.widget
        width = option.rect.width()
        if isinstance(widget, QListView):  # sizeHint comes before the row has a rect
            width = widget.viewport().width() - 2 * widget.spacing()
        return width - BADGE - 2 * PAD_X - GAP

    @override
    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.text_width(option)
        document = self.document(option, index, width)
        height = max(BADGE, int(document.size().height() + 0.99)) + 2 * PAD_Y
        return QSize(width, height)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # selection and hover background, focus frame
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        group = str(index.data(GroupRole) or WRITING)
        rect = opt.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(GROUP_COLORS[group]))
        badge = QRectF(rect.left() + PAD_X, rect.top() + PAD_Y, BADGE, BADGE)
        painter.drawEllipse(badge)
        font = QFont(opt.font)
        font.setBold(True)
        font.setPixelSize(11 if len(GROUP_BADGES[group]) > 1 else 13)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, GROUP_BADGES[group])
        document = self.document(opt, index, self.text_width(opt))
        painter.translate(rect.left() + PAD_X + BADGE + GAP, rect.top() + PAD_Y)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()


class CheckPanel(QDockWidget):
    """Lists an article's problems; a click or Enter jumps to one."""

    problem_activated = Signal(object)
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_panel")
        self.setWindowTitle(self.tr("Check article"))
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setMinimumWidth(280)
        body = QWidget(self)
        # Names the article checked: the panel follows the open article (ui.checkfollow).
        self.article_label = QLabel(body)
        self.article_label.setObjectName("check_article")
        self.article_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(body)
        self.summary.setObjectName("check_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        self.counts = QLabel(body)
        self.counts.setObjectName("check_counts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.recheck_button = QPushButton(self.tr("Check again"), body)
        self.recheck_button.setToolTip(self.tr("Check the article as it is now (F7)"))
        self.list = QListWidget(body)
        self.list.setObjectName("check_list")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap when it resizes
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.setAlternatingRowColors(True)
        self.delegate = ProblemDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self._link_clicked = False  # the click opened a rule's text: no jump for it
        self.list.setToolTip(self.tr("Click a problem to go to it"))
        self.hint = QLabel(self.tr("Click a problem to go to it; fix it, then check again (F7)."),
                           body)
        self.hint.setObjectName("check_hint")
        self.hint.setWordWrap(True)
        hint_palette = self.hint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText,
                              hint_palette.color(QPalette.ColorRole.PlaceholderText))
        self.hint.setPalette(hint_palette)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.article_label)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.setWidget(body)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        self.recheck_button.clicked.connect(self.recheck_requested)
        self.delegate.link_activated.connect(self.open_rule)
        self.set_problems([], {})

    @override
    def sizeHint(self) -> QSize:
        return QSize(PANEL_WIDTH, super().sizeHint().height())

    def set_article_name(self, headline: str) -> None:
        """Say which article the problems are of (the headline, elided to the width)."""
        shown = headline.strip() or self.tr("(untitled)")
        text = self.tr("Article: {headline}").format(headline=shown)
        self._article_text = text
        self.article_label.setToolTip(text)
        self._elide_article()

    def article_name(self) -> str:
        """Return the full "Article: …" line the header shows (elided when narrow)."""
        return getattr(self, "_article_text", "")

    def _elide_article(self) -> None:
        width = max(60, self.article_label.width())
        self.article_label.setText(self.article_label.fontMetrics().elidedText(
            self.article_name(), Qt.TextElideMode.ElideRight, width))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_article()

    def group_names(self) -> dict[str, str]:
        """Return the translated names of the three kinds, for the header counts."""
        return {FIELDS: self.tr("fields"), SPELLING: self.tr("spelling"),
                WRITING: self.tr("writing")}

    def set_problems(self, problems: list[Problem], texts: dict[str, str],
                     field_names: dict[str, str] | None = None) -> None:
        """Show problems; ``texts`` holds each field's text for the excerpts."""
        names = field_names or {}
        self.list.clear()
        counts = {FIELDS: 0, SPELLING: 0, WRITING: 0}
        for problem in problems:
            label = names.get(problem.field, problem.field)
            group = problem_group(problem)
            counts[group] += 1
            said = explain(problem.message)
            line = f"{label}: {said}"
            rich = f"<b>{html.escape(label)}</b> · {html.escape(said)}"
            text = texts.get(problem.field, "")
            if problem.has_position and text and problem.end <= len(text):
                line += "\n" + excerpt(text, problem.start, problem.end)
                rich += (f"<br><span style='color:{MUTED}'>"
                         f"{excerpt_html(text, problem.start, problem.end)}</span>")
            tip = said
            if problem.url:  # an EYD V rule: its text, one click away
                rich = rule_link(rich, problem.url, self.tr("rule"))
                tip += "\n" + problem.url
            item = QListWidgetItem(line, self.list)
            item.setData(ProblemRole, problem)
            item.setData(RichRole, rich)
            item.setData(GroupRole, group)
            item.setToolTip(tip)
        if problems:
            self.summary.setText(self.tr("%n problem(s) to fix before export", "",
                                         len(problems)))
            color = QColor("#b3261e")
            groups = self.group_names()
            self.counts.setText(" &nbsp; ".join(
                f"<span style='color:{GROUP_COLORS[g]}'>●</span>&nbsp;{n}&nbsp;"
                f"{html.escape(groups[g])}" for g, n in counts.items() if n))
        else:
            self.summary.setText(self.tr("No problems found: ready for export."))
            color = QColor("#2e7d32")
            self.counts.clear()
        self.counts.setVisible(bool(problems))
        self.hint.setVisible(bool(problems))
        palette = self.summary.palette()
        if palette.color(QPalette.ColorRole.Window).lightness() < 128:  # dark look
            color = color.lighter(170)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.summary.setPalette(palette)

    def problems(self) -> list[Problem]:
        """Return the problems listed, in order."""
        return [self.list.item(i).data(ProblemRole) for i in range(self.list.count())]

    def group_counts(self) -> dict[str, int]:
        """Return how many problems of each kind are listed (fields, spelling, writing)."""
        counts = {FIELDS: 0, SPELLING: 0, WRITING: 0}
        for i in range(self.list.count()):
            counts[str(self.list.item(i).data(GroupRole))] += 1
        return counts

    @Slot(str)
    def open_rule(self, url: str) -> None:
        """Open an EYD rule's text in the browser (web addresses only)."""
        self._link_clicked = True
        link = QUrl(url)
        if link.scheme() in {"http", "https"}:
            QDesktopServices.openUrl(link)

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        if self._link_clicked:  # the same click opened the rule: stay where the user is
            self._link_clicked = False
            return
        self.problem_activated.emit(item.data(ProblemRole))


def _excerpt_parts(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Return the context before, the problem (spaces made visible) and the context after."""
    before = text[max(0, start - EXCERPT):start]
    after = text[end:end + EXCERPT]
    if start > EXCERPT and " " in before.strip():  # no half word at the cut: "…m dan"
        before = before[before.index(" ", 1 if before[0] != " " else 0):]
    if end + EXCERPT < len(text) and " " in after.strip():
        after = after[:after.rstrip().rindex(" ")]
    middle = text[start:end]
    if not middle.strip():  # spaces made visible: "··"
        middle = "·" * max(1, len(middle))
    head = "…" if start > EXCERPT else ""
    tail = "…" if end + EXCERPT < len(text) else ""
    return (" ".join(f"{head}{before}".split()) + (" " if before[-1:].isspace() else ""),
            middle, (" " if after[:1].isspace() else "") + " ".join(f"{after}{tail}".split()))


def excerpt(text: str, start: int, end: int) -> str:
    """Return "…words [problem] words…" on one line, for the list."""
    before, middle, after = _excerpt_parts(text, start, end)
    return " ".join(f"{before}[{middle}]{after}".split())


def excerpt_html(text: str, start: int, end: int) -> str:
    """Return the excerpt as HTML with the problem marked (highlighted, not bracketed)."""
    before, middle, after = _excerpt_parts(text, start, end)
    return (f"{html.escape(before)}<span style='{MARK_STYLE}'>{html.escape(middle)}</span>"
            f"{html.escape(after)}")
