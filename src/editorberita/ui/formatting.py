"""Display formatters of the window: statuses, dates, times and sizes as the desk reads them.

One place for every value the UI turns into text, in the interface language (Indonesian or
English). Pure-text helpers shared with the CLI live in ``core.textid``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QTimeZone,
)

from editorberita.core.domain import (
    ArticleSummary,
    Status,
    Zone,
    utcnow,
)
from editorberita.core.textid import format_short_date_id, relative_time_id

if TYPE_CHECKING:
    from editorberita.ui.settings import Settings

RELATIVE_DATES_FOR = timedelta(days=7)


def status_label(status: Status) -> str:
    """Return the translated desk label of a status (Indonesian: Draf, Disunting...)."""
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.REVIEW: QCoreApplication.translate("Status", "In review"),
        Status.READY: QCoreApplication.translate("Status", "Ready"),
        Status.PUBLISHED: QCoreApplication.translate("Status", "Published"),
        Status.CORRECTED: QCoreApplication.translate("Status", "Corrected"),
        Status.WITHDRAWN: QCoreApplication.translate("Status", "Withdrawn"),
    }
    return labels[Status(status)]


def interface_locale() -> str:
    """Return "en" or "id": the interface language (``ui.app`` sets QLocale's default to it).

    Dates and numbers the interface shows follow it; the article and its exports stay
    Indonesian whatever the interface language.
    """
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def format_moment(moment: datetime) -> str:
    """Return a date and time in the UI language, in the computer's time zone."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, "ddd, d MMM yyyy, HH.mm")


def format_size(size: int) -> str:
    """Return a file size in the UI language ("1,2 MB" in Indonesian)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def desk_zone(settings: Settings) -> Zone:
    """Return the desk's zone: every clock the window shows reads it, like the articles."""
    return Zone(str(settings.get("article/default_zone")) or Zone.WITA.value)


def format_clock(moment: datetime, zone: Zone | None = None) -> str:
    """Return a time of day: "14.30" in Indonesian, "14:30" in English.

    On the desk's clock when ``zone`` is given (issue 12: "Tersimpan" read the PC's clock while
    the articles' times read the desk's zone), else on the computer's.
    """
    local = moment.astimezone(zone.tzinfo if zone is not None else None)
    return f"{local:%H:%M}" if interface_locale() == "en" else f"{local:%H.%M}"


def format_list_date(summary: ArticleSummary, now: datetime | None = None) -> str:
    """Return "4 hari lalu" for a recent moment, else "23 Jul 2024" (in the article's zone).

    In the interface language: "4 days ago" when the interface is English.
    """
    moment = summary.published_at or summary.updated_at
    now = now or utcnow()
    locale = interface_locale()
    if abs(now - moment) < RELATIVE_DATES_FOR:
        return relative_time_id(moment, now, locale=locale)
    return format_short_date_id(moment.astimezone(summary.zone.tzinfo), locale=locale)
