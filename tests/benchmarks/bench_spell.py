"""Spell checking cost: GUI stalls while typing into a 20,000-word story with checking on.

Same heartbeat method as ``bench_preview.py``: a 1 ms timer, the longest gap between beats is
the longest time the GUI thread could not react. Prints figures only; run with ``make bench``.
Target: <= 30 ms, as without spell checking.
"""

from __future__ import annotations

import random
import time

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from editorberita.core.spelling import SpellChecker, dictionary_folder
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.spellcheck import SpellService, install_spelling

from .heartbeat import Heartbeat

TYPED = ("Warga mengungsi ke tempat yang lebih tinggi karena air terus naik, kata Kapolsek "
         "yang ditemui di lokasi pengungsian. ")


def dictionary_words(n: int, seed: int = 3) -> list[str]:
    """Return ``n`` real Indonesian stems from the dictionary, some of them misspelt."""
    lines = (dictionary_folder() / "id_ID.dic").read_text(encoding="utf-8").splitlines()[1:]
    stems = [line.split("/")[0] for line in lines if line and line[0].islower()]
    rng = random.Random(seed)
    words = rng.sample(stems, n)
    return [w + rng.choice("aeiou") if rng.random() < 0.05 else w for w in words]


def make_body(words: int, seed: int = 1) -> str:
    """Return a 20,000-word body over a 3,000-word vocabulary with 5% misspellings."""
    rng = random.Random(seed)
    vocab = dictionary_words(3000)
    parts, count = [], 0
    while count < words:
        n = rng.randint(35, 80)
        text = " ".join(rng.choice(vocab) for _ in range(n))
        parts.append(f"“{text.capitalize()},” kata warga." if count % 7 == 0
                     else text.capitalize() + ".")
        count += n
    return "\n\n".join(parts)


GC_TIMES: list[float] = []


def _gc_timer(phase: str, info: dict[str, int], started: list[float] = [0.0]) -> None:  # noqa: B006
    if phase == "start":
        started[0] = time.perf_counter()
    else:
        GC_TIMES.append((time.perf_counter() - started[0]) * 1e3)


def _type_and_measure(qtbot: QtBot, editor: MarkdownEditor, body: str,
                      scroll: bool = False) -> tuple[float, float]:
    heart = Heartbeat()
    cursor = editor.textCursor()
    cursor.setPosition(len(body) // 2)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    heart.start()
    for i, char in enumerate(TYPED * 2):
        qtbot.keyClicks(editor, char)
        qtbot.wait(300 if i % 20 == 19 else 15)
        if scroll and i == 100:  # scroll a page on, as a writer reading back does
            bar = editor.verticalScrollBar()
            bar.setValue(bar.value() + 30)
    qtbot.wait(300)
    heart.stop()
    print(f"    (longest garbage collection {max(GC_TIMES, default=0):.1f} ms)")
    GC_TIMES.clear()
    return heart.longest(), heart.percentile(0.99)


def test_bench_typing_stall_with_spell_checking_20k_words(qtbot: QtBot) -> None:
    """Type 200 characters with and without spell checking; report the longest stalls."""
    import gc

    gc.callbacks.append(_gc_timer)
    body = make_body(20_000)
    start = time.perf_counter()
    SpellChecker()
    load = (time.perf_counter() - start) * 1e3
    gc.collect()

    plain = MarkdownEditor()
    qtbot.addWidget(plain)
    plain.resize(700, 900)
    plain.show()
    plain.set_markdown(body)
    without = _type_and_measure(qtbot, plain, body)

    editor = MarkdownEditor()
    headline, lead = QLineEdit(), QPlainTextEdit()
    for w in (editor, headline, lead):
        qtbot.addWidget(w)
    editor.resize(700, 900)
    editor.show()
    service = SpellService(lambda: [], lambda word: True)
    spelling = install_spelling(editor, editor.highlighter, headline, lead, service)
    assert service.wait_until_ready()
    qtbot.waitUntil(lambda: editor.highlighter.has_spell_function(), timeout=5000)
    start = time.perf_counter()
    editor.set_markdown(body)
    spelling[0].after_load()
    opened = (time.perf_counter() - start) * 1e3
    with_spelling = _type_and_measure(qtbot, editor, body)
    scrolling = _type_and_measure(qtbot, editor, body, scroll=True)
    plain_scrolling = _type_and_measure(qtbot, plain, body, scroll=True)

    # Loading the dictionary on the worker while the user already types.
    late = MarkdownEditor()
    qtbot.addWidget(late)
    late.resize(700, 900)
    late.show()
    late.set_markdown(body)
    loading = SpellService(lambda: [], lambda word: True)
    install_spelling(late, late.highlighter, QLineEdit(), QPlainTextEdit(), loading)
    loading.start()
    during_load = _type_and_measure(qtbot, late, body)
    loading.wait_until_ready()

    words = ["kebijkan", "pemerintahh", "masyrakat", "bersabarr", "pengungsain"]
    checker = SpellChecker()
    suggest_start = time.perf_counter()
    for word in words:
        checker.suggest(word)
    suggest = (time.perf_counter() - suggest_start) * 1e3 / len(words)
    print(f"\n20k words, spell checking: dictionary load {load:.0f} ms (worker thread), "
          f"open with checking {opened:.0f} ms, suggestion {suggest:.0f} ms (worker)"
          f"\n  typing 200 chars without checking: longest stall {without[0]:.1f} ms, "
          f"p99 {without[1]:.1f} ms"
          f"\n  typing 200 chars with checking:    longest stall {with_spelling[0]:.1f} ms, "
          f"p99 {with_spelling[1]:.1f} ms"
          f"\n  typing while the dictionary loads: longest stall {during_load[0]:.1f} ms, "
          f"p99 {during_load[1]:.1f} ms"
          f"\n  typing + scrolling 30 blocks: {scrolling[0]:.1f} ms with checking, "
          f"{plain_scrolling[0]:.1f} ms without")
