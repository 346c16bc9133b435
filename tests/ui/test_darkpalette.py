"""The dark look where the platform ignores the colour scheme (ui/darkpalette.py)."""

from __future__ import annotations


def test_dark_where_the_platform_ignores_the_scheme_and_radio_choices(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Offscreen, like plain X11, ignores ``setColorScheme``: the app paints dark itself."""
    from PySide6.QtGui import QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    from editorberita.ui.appearance import is_dark

    actions = [window.action(f"scheme_{k}") for k in ("system", "light", "dark")]
    group = actions[0].actionGroup()
    assert group is not None and group.isExclusive()
    assert all(action.actionGroup() is group for action in actions)
    try:
        window.action("scheme_dark").trigger()
        QApplication.processEvents()
        if QGuiApplication.styleHints().colorScheme().name == "Dark":
            return  # this platform honours the scheme itself
        window_color = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_color.lightness() < 128
        assert is_dark() and window.editor.palette().color(
            QPalette.ColorRole.Base).lightness() < 128
        assert [a.isChecked() for a in actions] == [False, False, True]
        window.action("scheme_light").trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128
        assert not is_dark()
    finally:
        window.action("scheme_system").trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128
