"""Spell checking from a child process in the real window: answers, the child's death, no orphan.

Also the sub-headline's underlines, and the word left behind by the cursor being looked up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from editorberita.core.domain import Article
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.spellcheck import install_spelling
from editorberita.ui.spellservice import SpellService
from tests.procs import alive as _alive
from tests.ui.conftest import make_window
from tests.ui.conftest import spell_ready as _ready
from tests.ui.conftest import underlined as _underlined

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_the_window_process_never_loads_the_dictionary(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, window)
    service = window.spelling.spell
    pid = service.worker_pid()
    assert pid is not None and pid != os.getpid()
    assert service.misspelt_now("Warga diminta bersabarr.")[0].word == "bersabarr"


def test_answers_arrive_in_batches_and_the_gui_only_reads_the_cache(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = SpellService(lambda: ["Disperkim"], lambda word: True)
    try:
        assert service.wait_until_ready()
        line = "Kata Disperkim, warga diminta bersabarr dan tenangg."
        assert service.misspelt(line) == []  # not looked up yet: nothing underlined, no wait
        with qtbot.waitSignal(service.looked_up, timeout=10_000) as blocker:
            pass
        assert blocker.args[0] == {"bersabarr", "tenangg"}
        assert [s.word for s in service.misspelt(line)] == ["bersabarr", "tenangg"]
        with qtbot.waitSignal(service.suggestions_ready, timeout=10_000) as blocker:
            service.request_suggestions("bersabarr")
        assert blocker.args[0] == "bersabarr" and "bersabar" in blocker.args[1]
        service.ignore("tenangg")
        assert [s.word for s in service.misspelt(line)] == ["bersabarr"]
        service.set_enabled(False)
        assert service.misspelt(line) == [] and service.misspelt_now(line) == []
    finally:
        service.shutdown()


def test_killing_the_child_leaves_no_underlines_and_loses_no_text(qtbot, store,  # type: ignore[no-untyped-def]
                                                                   settings) -> None:
    body = "Warga Samarinda diminta bersabarr."
    article = store.create_article(Article(headline="Pemerintahh bersiap", body=body))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    block = window.editor.document().firstBlock()
    qtbot.waitUntil(lambda: _underlined(block) == ["bersabarr"], timeout=5000)
    service = window.spelling.spell
    pid = service.worker_pid()
    assert pid is not None
    with qtbot.waitSignal(service.failed, timeout=10_000):
        os.kill(pid, signal.SIGKILL)
    assert not service.active
    qtbot.waitUntil(lambda: _underlined(block) == [], timeout=5000)
    assert window.spelling.spellings[1].spans == []
    # keep typing: new words, a right-click, the pre-export check: no crash, nothing lost
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " Banjir makinn tinggi.")
    assert service.misspelt("Banjir makinn tinggi.") == []
    menu = window.spelling.spellings[0].menu.build_menu(window.editor.cursorRect(cursor).center())
    assert menu is not None
    assert window.checking.problems_of(window.current_article) is not None
    window.save_now()
    assert store.get_article(article.id).body == body + " Banjir makinn tinggi."
    assert "tidak tersedia" in window.statusBar().currentMessage() or \
        "not available" in window.statusBar().currentMessage()


def test_a_missing_dictionary_degrades_to_no_underlines(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor = MarkdownEditor()
    headline, lead = QLineEdit(), QPlainTextEdit()
    for widget in (editor, headline, lead):
        qtbot.addWidget(widget)
    editor.show()
    editor.set_markdown("Warga diminta bersabarr.")
    service = SpellService(lambda: [], lambda word: True, folder=tmp_path)
    install_spelling(editor, editor.highlighter, headline, lead, service)
    with qtbot.waitSignal(service.failed, timeout=30_000) as blocker:
        service.start()
    assert "id_ID" in blocker.args[0]
    assert not service.wait_until_ready(1)
    assert not editor.highlighter.has_spell_function()
    assert _underlined(editor.document().firstBlock()) == []
    qtbot.keyClicks(editor, "Kata baruu ")
    assert "Kata baruu" in editor.markdown()
    with qtbot.waitSignal(service.suggestions_ready, timeout=1000) as answer:
        service.request_suggestions("baruu")
    assert answer.args == ["baruu", []]


@linux_only
def test_closing_the_window_ends_the_child(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, window)
    pid = window.spelling.spell.worker_pid()
    assert pid is not None and _alive(pid)
    window.close()
    qtbot.waitUntil(lambda: not _alive(pid), timeout=5000)


CRASHING_WINDOW = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtWidgets import QApplication
    from editorberita.ui.spellservice import SpellService

    app = QApplication([])
    service = SpellService(lambda: [], lambda word: True)
    assert service.wait_until_ready()
    print(service.worker_pid(), flush=True)
    sys.stdin.readline()  # keep busy until told: then die as a crash does, without clean-up
    os.kill(os.getpid(), signal.SIGKILL)
""")


@linux_only
def test_a_crashed_window_leaves_no_orphan() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    parent = subprocess.Popen([sys.executable, "-c", CRASHING_WINDOW], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    assert parent.stdin is not None and parent.stdout is not None
    try:
        child = int(parent.stdout.readline())
        assert _alive(child)
        parent.stdin.write("\n")
        parent.stdin.flush()
        assert parent.wait(timeout=30) == -signal.SIGKILL
        assert _gone(child), "the spell worker outlived its window"
    finally:
        if parent.poll() is None:
            parent.kill()


def test_sub_headline_is_underlined(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Banjir", subheadline="Warga diminta "
                                           "bersabarr menunggu bantuann"))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    sub = window.spelling.spellings[3]
    assert sub is not None and sub.edit is window.metadata.subheadline_edit
    qtbot.waitUntil(lambda: [s.word for s in sub.spans] == ["bersabarr", "bantuann"],
                    timeout=5000)
    window.metadata.subheadline_edit.setText("Warga diminta bersabar menunggu bantuan")
    qtbot.waitUntil(lambda: sub.spans == [], timeout=5000)
    assert window.spelling.spellings[1].spans == []  # the headline is a field of its own


def test_a_word_left_behind_by_the_cursor_is_checked(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Banjir", body="Warga mengungsi.\n\nAir naik."))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(len("Warga"))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "xyz")  # typing inside a word: its half-typed forms are not checked
    first = editor.document().firstBlock()
    time.sleep(0.1)
    qtbot.wait(50)
    assert _underlined(first) == []
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)  # the cursor leaves the block: the finished word is looked up
    qtbot.waitUntil(lambda: _underlined(first) == ["Wargaxyz"], timeout=5000)


def test_desk_word_changes_sent_while_loading_apply_once_ready(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = SpellService(lambda: ["Sangattaa"], lambda word: True)
    try:
        service.start()
        assert not service.is_ready  # still loading: the child takes them in order
        service.desk_words_changed(added=["Disperkim"], removed=["Sangattaa", "Samarinda"])
        assert service.wait_until_ready()
        wrong = [s.word for s in service.misspelt_now("Disperkim di Sangattaa dan Samarinda.")]
        assert wrong == ["Sangattaa"]  # Samarinda is on the bundled seed list: it stays
    finally:
        service.shutdown()
