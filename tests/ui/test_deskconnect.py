"""``ui.deskconnect``: an attempt's outcome comes back on the UI thread, or never once cancelled."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from editorberita.core.domain import DatabaseError
from editorberita.ui.deskconnect import DeskAttempt


def test_the_outcome_reaches_done_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    got: list[tuple[object, bool]] = []
    workers: list[str] = []

    def job() -> str:
        workers.append(threading.current_thread().name)
        return "meja"

    attempt = DeskAttempt(job, lambda outcome: got.append(
        (outcome, QThread.currentThread() is qtbot_thread)), name="uji-meja")
    qtbot_thread = QThread.currentThread()
    attempt.start()
    assert attempt.running
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert got == [("meja", True)] and workers == ["uji-meja"]
    assert not attempt.running


def test_a_database_error_is_the_outcome_not_a_crash(qtbot) -> None:  # type: ignore[no-untyped-def]
    got: list[object] = []

    def job() -> None:
        raise DatabaseError("server tidak menjawab")

    DeskAttempt(job, got.append).start()
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert isinstance(got[0], DatabaseError)


def test_a_cancelled_attempt_is_never_applied_and_its_result_is_discarded(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    done: list[object] = []
    discarded: list[object] = []

    def job() -> str:
        release.wait(5)
        return "toko"

    attempt = DeskAttempt(job, done.append, discard=discarded.append)
    attempt.start()
    attempt.cancel()
    assert not attempt.running
    release.set()
    qtbot.waitUntil(lambda: bool(discarded), timeout=5_000)
    assert discarded == ["toko"] and done == []
