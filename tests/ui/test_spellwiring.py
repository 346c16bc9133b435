"""Spelling wired into the window (ui/spellwiring.py): the checker's process lives and ends
with the window."""

from __future__ import annotations


def test_closing_the_window_ends_the_spell_checker_at_once(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    """No "QProcess: Destroyed while process is still running" at exit: the child ends with
    the close itself, before anything can delete the window."""
    from tests.ui.conftest import make_window

    window = make_window(qtbot, store, settings)
    assert window.spelling.spell.wait_until_ready()
    assert window.spelling.spell.worker_pid() is not None
    window.close()
    assert window.spelling.spell.worker_pid() is None
