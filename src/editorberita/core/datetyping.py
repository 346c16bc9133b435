"""Read a date or a time typed the way an Indonesian desk writes it.

"23/7/2024", "23/07/2024", "23-07-2024", "23.07.2024", "23 Juli 2024", "Selasa, 23 Juli
2024", "23 Jul 24", "2024-07-23"; "14.30", "14:30", "14.30 WITA", "pukul 9.05", "1430".
The form's date and time fields parse with these instead of Qt's section editing (which turned
"23/07/2024" into 30/07/2024 and "14.30" into 08.30). Day first, always: no desk writes month
first. Pure Python, no imports beyond the standard library.
"""

from __future__ import annotations

import re
from datetime import date, time

# Full and short month names, Indonesian first; English too (an English interface, wire copy).
_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate((
        ("januari", "jan", "january"),
        ("februari", "feb", "pebruari", "peb", "february"),
        ("maret", "mar", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "agus", "aug", "august"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nov", "nop", "nopember"),
        ("desember", "des", "dec", "december")), start=1):
    for _name in _names:
        _MONTH_NAMES[_name] = _number

_DAY_NAMES = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"^(?:" + "|".join(re.escape(d) for d in _DAY_NAMES) + r")\b[,\s]*",
                      re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\s*[\s\-/.]\s*([^\W\d_]+)\.?\s*[\s\-/.,]\s*(\d{2}|\d{4})$",
                    re.UNICODE)
_TIME = re.compile(r"^(?:(?:pukul|jam|pk\.?)\s*)?(\d{1,2})(?:\s*[.:]\s*(\d{2}))?"
                   r"(?:\s*(?:WIB|WITA|WIT|UTC))?$", re.IGNORECASE)
_COMPACT_TIME = re.compile(r"^(\d{2})(\d{2})$")


def _year(text: str) -> int:
    """Return a four-digit year; "24" is 2024 (a news desk writes about this century)."""
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31/02/2024, month 13
        return None


def parse_date(text: str) -> date | None:
    """Return the date ``text`` names, day first, or None when it names none.

    A weekday in front ("Selasa, 23 Juli 2024") is skipped, not checked against the date.
    """
    text = " ".join(text.strip().split())
    text = _WEEKDAY.sub("", text).strip()
    if not text:
        return None
    if match := _NUMERIC.match(text):
        day, month, year = match.groups()
        return _make_date(_year(year), int(month), int(day))
    if match := _ISO.match(text):
        year, month, day = match.groups()
        return _make_date(int(year), int(month), int(day))
    if match := _WORDS.match(text):
        day, name, year = match.groups()
        month = _MONTH_NAMES.get(name.lower())
        if month is None:
            return None
        return _make_date(_year(year), month, int(day))
    return None


def parse_time(text: str) -> time | None:
    """Return the time ``text`` names ("14.30", "14:30", "pukul 9", "1430"), or None."""
    text = text.strip()
    match = _TIME.match(text) or _COMPACT_TIME.match(text)
    if match is None:
        return None
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_date_field(value: date) -> str:
    """Return the date as the form shows it: "23/07/2024"."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_time_field(value: time) -> str:
    """Return the time as the form shows it: "14.30"."""
    return f"{value.hour:02d}.{value.minute:02d}"
