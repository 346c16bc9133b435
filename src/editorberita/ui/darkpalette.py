"""A dark look where the platform ignores the colour scheme asked for (Linux/X11).

``QStyleHints.setColorScheme`` works where the platform theme supports it (Windows, macOS,
GNOME/KDE under Wayland); on plain X11 "Gelap" did nothing. There, after asking, the app switches
to the Fusion style with a dark palette, and back to the style's own palette for "Terang" or
"Ikuti sistem". May import PySide6 only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_FORCED = "editorberita_forced_scheme"  # application property: "dark", "light" or unset


def dark_palette() -> QPalette:
    """Return Fusion's usual dark palette (readable text, visible focus and links)."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colors = {
        role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1e1f20",
        role.AlternateBase: "#2a2b2c", role.ToolTipBase: "#3a3a3a", role.ToolTipText: "#f0f0f0",
        role.Text: "#e6e6e6", role.Button: "#353535", role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b", role.Link: "#7ab7ff", role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff", role.PlaceholderText: "#9a9a9a",
        role.Light: "#4a4a4a", role.Midlight: "#404040", role.Mid: "#303030",
        role.Dark: "#1a1a1a", role.Shadow: "#000000",
    }
    for color_role, color in colors.items():
        palette.setColor(color_role, QColor(color))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, color_role, QColor("#7a7a7a"))
    return palette


def forced_scheme() -> str | None:
    """Return "dark" or "light" while this module's palette stands in for the platform's."""
    app = QApplication.instance()
    value = app.property(_FORCED) if app is not None else None
    return str(value) if value else None


def apply_fallback(key: str) -> None:
    """After asking Qt for ``key`` ("light", "dark", "system"): paint it where Qt could not."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(key)
    honoured = wanted is not None and QGuiApplication.styleHints().colorScheme() == wanted
    if wanted is None or honoured:
        if forced_scheme() is not None:  # ours no longer needed: the style's own palette
            app.setProperty(_FORCED, None)
            app.setPalette(app.style().standardPalette())
        return
    if wanted == Qt.ColorScheme.Dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        app.setProperty(_FORCED, "dark")
    elif forced_scheme() is not None:
        app.setPalette(app.style().standardPalette())
        app.setProperty(_FORCED, "light")
