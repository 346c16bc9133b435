"""The block-cached renderer must give exactly the export path's HTML."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editorberita.core.domain import Article
from editorberita.core.incremental import BlockRenderer, needs_full_render, split_blocks
from editorberita.core.render import render_article_fragment, render_markdown

WORDS = st.sampled_from([
    "banjir", "Samarinda", "warga", "*miring*", "**tebal**", "`kode`", '"kutip"', "it's",
    "[tautan](https://contoh.id)", "<https://a.id>", "---", "1.", "-", ">", "#", "|", "~~~",
    "```", ":", "{: .x}", "&", "_", "a_b_c", "  ", "\t",
])
LINE_STARTS = st.sampled_from([
    "", "", "", "# ", "## ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "    ", "  ", "\t", ": ",
    "```", "```python", "~~~", "| ", "---", "***", "===", "Term",
])


@st.composite
def markdown_bodies(draw: st.DrawFn) -> str:
    """Generate Markdown with the block structures a story uses, blank lines in odd places."""
    lines = []
    for _ in range(draw(st.integers(0, 14))):
        start = draw(LINE_STARTS)
        words = draw(st.lists(WORDS, max_size=6))
        lines.append(start + " ".join(words))
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["", "", "  ", "| a | b |\n|---|---|\n| 1 | 2 |"])))
    return "\n".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_bodies())
def test_block_render_equals_full_render(body: str) -> None:
    """Joining per-block HTML gives the full Python-Markdown render for any generated body."""
    segments, _ = BlockRenderer().body_segments(body)
    assert "\n".join(s.html for s in segments) == render_markdown(body)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_bodies(), st.sampled_from(["", "SAMARINDA"]), st.sampled_from(["", "rw"]))
def test_rendering_equals_article_fragment(body: str, dateline: str, initials: str) -> None:
    """Head, body segments and tail concatenate to the export fragment, dateline and all."""
    article = Article(headline="Banjir", byline="Rina", lead="Teras", tags=["banjir"], body=body,
                      dateline=dateline, initials=initials,
                      published_at=datetime(2024, 7, 23, 6, 30, tzinfo=UTC))
    rendering = BlockRenderer().render(article, "Seputar Kaltim")
    assert rendering.html == render_article_fragment(article, "Seputar Kaltim")


def test_cache_renders_only_changed_blocks() -> None:
    """After one paragraph changes, only that paragraph goes through Markdown again."""
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return render_markdown(text)

    renderer = BlockRenderer(counting)
    body = "\n\n".join(f"Paragraf {i} tentang banjir." for i in range(50))
    renderer.body_segments(body)
    first_calls = len(calls)
    calls.clear()
    renderer.body_segments(body.replace("Paragraf 7 ", "Paragraf tujuh "))
    # The changed block, and the next one whose context (the block before) changed.
    assert 1 <= len(calls) <= 3 < first_calls
    assert all("tujuh" in c for c in calls)


def test_split_blocks_keeps_fences_and_loose_lists_together() -> None:
    """Blank lines inside fenced code or between loose list items do not split a block."""
    body = "Intro\n\n```\na\n\nb\n```\n\n- satu\n\n- dua\n\n    lanjutan\n\nAkhir"
    blocks = split_blocks(body)
    assert [b.text.split("\n")[0] for b in blocks] == ["Intro", "```", "- satu", "Akhir"]
    assert [(b.first_line, b.last_line) for b in blocks] == [(0, 0), (2, 6), (8, 12), (14, 14)]


def test_whole_document_features_use_full_render() -> None:
    """Footnotes and reference links need the whole text, so the body is one segment."""
    body = "Satu[^1] dan [dua][d].\n\nTiga.\n\n[^1]: Catatan.\n\n[d]: https://contoh.id"
    assert needs_full_render(body)
    segments, split = BlockRenderer().body_segments(body)
    assert not split
    assert len(segments) == 1
    assert segments[0].html == render_markdown(body)
