"""Spell checking cost: GUI stalls while typing into a 20,000-word story with checking on.

Same heartbeat method as ``bench_preview.py``: a 1 ms timer, the longest gap between beats is
the longest time the GUI thread could not react. Prints figures only; run with ``make bench``.
Target: <= 30 ms, as without spell checking.

Measured as the window works: the dictionary is loaded by ``SpellService`` (since issue 5 in a
child process), never by the benchmark in this process. Reported separately: the stall while
the dictionary loads (typing into an editor already warmed up, so that the editor's own first
seconds after ``set_markdown`` do not count), the time until it is ready, the suggestion
latency from asking to having the list, and this process's memory with and without checking
(plus the child's, when there is one). A 2-core machine shared with other work is noisy: run it
several times and note ``uptime``.
"""

from __future__ import annotations

import random
import time

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from editorberita.core.spelling import dictionary_folder
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.spellcheck import install_spelling
from editorberita.ui.spellservice import SpellService

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


def rss_mb() -> float:
    """Return this process's resident memory in MB (Linux /proc; else the peak)."""
    import resource

    from editorberita.ui.smoke import current_rss_mib

    return current_rss_mib() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_rss_mb(service: SpellService) -> float | None:
    """Return the spell worker's resident memory in MB, when it runs in a child process."""
    pid = getattr(service, "worker_pid", lambda: None)()
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return next(int(line.split()[1]) / 1024 for line in status
                        if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return None


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


def _suggestion_latency(qtbot: QtBot, service: SpellService, words: list[str]) -> float:
    """Return the mean time from asking for suggestions to having them, as the menu sees it."""
    total = 0.0
    for word in words:
        start = time.perf_counter()
        with qtbot.waitSignal(service.suggestions_ready, timeout=10_000,
                              check_params_cb=lambda w, _s, word=word: w == word):
            service.request_suggestions(word)
        total += time.perf_counter() - start
    return total * 1e3 / len(words)


def test_bench_typing_stall_with_spell_checking_20k_words(qtbot: QtBot) -> None:
    """Type 200 characters with and without spell checking; report the longest stalls.

    The dictionary is never loaded in this process by the benchmark itself: the figures are
    those of the window, whose spell checker may run elsewhere (a child process).
    """
    import gc

    gc.callbacks.append(_gc_timer)
    body = make_body(20_000)
    gc.collect()

    plain = MarkdownEditor()
    qtbot.addWidget(plain)
    plain.resize(700, 900)
    plain.show()
    plain.set_markdown(body)
    without = _type_and_measure(qtbot, plain, body)
    plain_scrolling = _type_and_measure(qtbot, plain, body, scroll=True)
    rss_plain = rss_mb()

    # Loading the dictionary while the user already types (the window starts it after its
    # first paint): the stall while it loads, and how long until underlines can appear.
    late = MarkdownEditor()
    qtbot.addWidget(late)
    late.resize(700, 900)
    late.show()
    late.set_markdown(body)
    _type_and_measure(qtbot, late, body)  # warm up: a freshly filled editor stalls by itself
    loading = SpellService(lambda: [], lambda word: True)
    install_spelling(late, late.highlighter, QLineEdit(), QPlainTextEdit(), loading)
    load_start = time.perf_counter()
    loaded_at: list[float] = []
    loading.ready.connect(lambda: loaded_at.append(time.perf_counter()))
    loading.start()
    during_load = _type_and_measure(qtbot, late, body)
    assert loading.wait_until_ready()
    load = ((loaded_at[0] if loaded_at else time.perf_counter()) - load_start) * 1e3
    loading.shutdown()

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

    suggest = _suggestion_latency(
        qtbot, service, ["kebijkan", "pemerintahh", "masyrakat", "bersabarr", "pengungsain"])
    rss_spelling, rss_child = rss_mb(), child_rss_mb(service)
    service.shutdown()
    child = f", spell worker {rss_child:.0f} MB" if rss_child is not None else ""
    print(f"\n20k words, spell checking: dictionary ready {load:.0f} ms after start, "
          f"open with checking {opened:.0f} ms, suggestion {suggest:.0f} ms (asked to shown)"
          f"\n  typing 200 chars without checking: longest stall {without[0]:.1f} ms, "
          f"p99 {without[1]:.1f} ms"
          f"\n  typing 200 chars with checking:    longest stall {with_spelling[0]:.1f} ms, "
          f"p99 {with_spelling[1]:.1f} ms"
          f"\n  typing while the dictionary loads: longest stall {during_load[0]:.1f} ms, "
          f"p99 {during_load[1]:.1f} ms"
          f"\n  typing + scrolling 30 blocks: {scrolling[0]:.1f} ms with checking, "
          f"{plain_scrolling[0]:.1f} ms without"
          f"\n  memory (RSS): window process {rss_plain:.0f} MB before checking, "
          f"{rss_spelling:.0f} MB with it{child}")
