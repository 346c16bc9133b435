"""User preferences and window state, typed, over an injected ``QSettings``.

One defaults table; a value set back to its default is removed, so the file only records what the
user changed. UI preferences only: ``core`` gets what it needs as arguments. May import QtCore.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

logger = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/main_splitter": QByteArray(),
    "window/editor_splitter": QByteArray(),
    "session/last_article": 0,
    "session/last_view": "view:all",
    "export/folder": "",
    "limits/headline": 70,
    "limits/subheadline": 140,
    "limits/lead": 160,
    "limits/seo_title": 60,
    "limits/seo_description": 160,
    "ui/language": "",
    "ui/color_scheme": "system",
    "ui/smart_quotes": True,
    "ui/focus_mode": False,
    "ui/more_fields": False,
    "ui/preview_visible": True,
    "pictures/longest_side": 1600,
    "pictures/keep_original": False,
    "ui/spell_check": True,
    "article/default_zone": "WITA",
    # Per-editor defaults (Preferences): what a new article starts with.
    "editor/byline": "",
    "editor/initials": "",
    "editor/default_rubric": 0,  # a rubric id; 0: the rubric selected in the sidebar
    # Shared desks (issue 14): this editor's desk name ("": the OS login), the server desks
    # connected to lately (JSON, addresses only: passwords live in the OS keyring), and the
    # desk that session/last_article and session/last_view belong to ("": the local desk).
    "editor/desk_name": "",
    "desk/recent": "[]",
    "session/last_desk": "",
}


# The metadata fields with a character limit (the counters of the form; Preferences sets them).
LIMIT_KEYS = ("headline", "subheadline", "lead", "seo_title", "seo_description")

class Settings:
    """Typed access to preferences; every key lives in ``DEFAULTS``."""

    def __init__(self, qsettings: QSettings) -> None:
        self._qs = qsettings

    @property
    def qsettings(self) -> QSettings:
        """Return the underlying QSettings (for tests and flushing)."""
        return self._qs

    def get(self, key: str) -> Any:
        """Return the stored value of ``key`` converted to its default's type."""
        default = DEFAULTS[key]
        value: Any = self._qs.value(key, None)  # whatever the platform's store hands back
        if value is None:
            return default
        try:
            if isinstance(default, bool):
                if isinstance(value, str):
                    return value.strip().lower() in ("1", "true", "yes", "on")
                return bool(value)
            if isinstance(default, int):
                return int(value)
            if isinstance(default, QByteArray):
                return value if isinstance(value, QByteArray) else QByteArray(value)
            return str(value)
        except (TypeError, ValueError):
            logger.warning("Ignoring bad setting %s=%r", key, value)
            return default

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` for ``key``, or forget the key when it equals the default."""
        default = DEFAULTS[key]
        if value == default or (isinstance(default, QByteArray) and not value):
            self._qs.remove(key)
        else:
            self._qs.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()

    # ------------------------------------------------------------ convenience

    def limit(self, field: str) -> int:
        """Return the character limit for a metadata field (one of LIMIT_KEYS)."""
        return int(self.get(f"limits/{field}"))

    def limits(self) -> dict[str, int]:
        """Return every field's character limit, by field name."""
        return {name: self.limit(name) for name in LIMIT_KEYS}

    @property
    def last_article(self) -> int | None:
        """Return the id of the article open when the window last closed."""
        value = int(self.get("session/last_article"))
        return value or None

    @last_article.setter
    def last_article(self, article_id: int | None) -> None:
        self.set("session/last_article", int(article_id or 0))

    @property
    def export_folder(self) -> str:
        """Return the folder of the last export ("" before the first one)."""
        return str(self.get("export/folder"))

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self.set("export/folder", folder)

    @property
    def language(self) -> str:
        """Return the chosen UI language ("id", "en" or "" for the default)."""
        return str(self.get("ui/language"))

    @language.setter
    def language(self, value: str) -> None:
        self.set("ui/language", value)
