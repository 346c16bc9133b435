"""Preview speed: work after the debounce (600 words) and GUI stalls while typing (20k words).

Prints figures only; run with ``make bench``. Targets: <= 30 ms for both.
"""

from __future__ import annotations

import random
import time

from pytestqt.qtbot import QtBot

from editorberita.core.domain import Article
from editorberita.core.incremental import BlockRenderer
from editorberita.core.render import render_article_fragment
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.preview import PreviewPane

from .heartbeat import Heartbeat

WORDS = ["banjir", "samarinda", "warga", "kota", "hujan", "deras", "sungai", "mahakam",
         "meluap", "rumah", "terendam", "pemerintah", "provinsi", "bantuan", "logistik"]


def make_body(words: int, seed: int = 1) -> str:
    """Return a news-like body: paragraphs, subheadings, lists, quotes."""
    rng = random.Random(seed)
    parts, count, i = [], 0, 0
    while count < words:
        n = rng.randint(35, 80)
        text = " ".join(rng.choice(WORDS) for _ in range(n))
        kind = i % 9
        if kind == 3:
            parts.append("## " + text[:40])
        elif kind == 6:
            parts.append(f"- {text[:60]}\n- {text[60:120]}\n- **{text[120:150]}**")
        elif kind == 8:
            parts.append(f'> "{text}," kata dia.')
        else:
            parts.append(f'"{text[:30]}," ujar warga. {text}')
        count += n
        i += 1
    return "\n\n".join(parts)


def _article(body: str) -> Article:
    return Article(headline="Banjir", byline="Rina", lead="Teras", body=body,
                   dateline="Samarinda", initials="rw", tags=["banjir"])


def test_bench_preview_after_debounce_600_words(qtbot: QtBot) -> None:
    """Time render + document patch for one keystroke's change in a 600-word story."""
    body = make_body(600)
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(700, 900)
    pane.show()
    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.show_article(_article(body))
    full = []
    start = time.perf_counter()
    render_article_fragment(_article(body))
    full.append((time.perf_counter() - start) * 1e3)
    times = []
    for i in range(30):
        edited = body.replace("ujar warga.", f"ujar warga {i}.", 1)
        start = time.perf_counter()
        rendering = pane.renderer.render(_article(edited))
        pane._apply(rendering, rebuild=False)
        pane.viewport().repaint()
        times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    print(f"\n600 words: full export render {full[0]:.1f} ms; preview work after debounce "
          f"(block render + patch + paint): median {times[15]:.1f} ms, max {times[-1]:.1f} ms")


def test_bench_typing_stall_20k_words(qtbot: QtBot) -> None:
    """Type 200 characters into a 20,000-word story; report the longest event-loop stall."""
    body = make_body(20_000)
    editor = MarkdownEditor()
    pane = PreviewPane()
    for w in (editor, pane):
        qtbot.addWidget(w)
        w.resize(700, 900)
        w.show()
    editor.set_markdown(body)
    start = time.perf_counter()
    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.show_article(_article(body))
    opened = (time.perf_counter() - start) * 1e3
    editor.text_edited.connect(lambda: pane.schedule_article(_article(editor.markdown())))

    start = time.perf_counter()
    BlockRenderer().render(_article(body))
    cold = (time.perf_counter() - start) * 1e3

    heart = Heartbeat()
    cursor = editor.textCursor()
    cursor.setPosition(len(body) // 2)
    editor.setTextCursor(cursor)
    heart.start()
    text = ("Warga mengungsi ke tempat yang lebih tinggi karena air terus naik. " * 4)[:200]
    renders = pane.renders
    for i, char in enumerate(text):
        qtbot.keyClicks(editor, char)
        # ~8 characters per second bursts with pauses, so the debounce fires in between.
        qtbot.wait(300 if i % 20 == 19 else 15)
    qtbot.wait(400)
    heart.stop()
    print(f"\n20k words: open until shown (cold render in the pool + build) {opened:.0f} ms, "
          f"cold block render {cold:.0f} ms; typing 200 chars: {pane.renders - renders} "
          f"preview updates, "
          f"longest GUI stall {heart.longest():.1f} ms, 99th percentile "
          f"{heart.percentile(0.99):.1f} ms over {len(heart.gaps)} heartbeats")
