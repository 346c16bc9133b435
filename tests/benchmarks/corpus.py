"""Synthetic Indonesian-like news corpus for benchmarks (seeded, so runs compare)."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from editorberita.core.domain import Article, Status, Zone

RUBRICS = ("Seputar Kaltim", "Samarinda", "Balikpapan", "Bontang", "Kutai Kartanegara",
           "Politik", "Ekonomi", "Hukum", "Olahraga", "Pendidikan", "Kesehatan", "Opini")
SYLLABLES = ("ba", "ka", "ma", "ra", "sa", "ta", "na", "la", "pa", "da", "ga", "ja", "ri", "ku",
             "ngan", "kan", "an", "in", "un", "ber", "me", "di", "pe", "se", "ter", "lah")
COMMON = ("pemerintah", "daerah", "warga", "kota", "kata", "yang", "dan", "di", "itu", "dengan")
BENCH_DIR = Path(os.environ.get("EDITORBERITA_BENCH_DIR", "/tmp/editorberita-bench"))


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def paragraph(rng: random.Random, vocab: list[str], words: int) -> str:
    out = []
    for i in range(words):
        out.append(rng.choice(COMMON) if rng.random() < 0.25 else rng.choice(vocab))
        if i and i % 14 == 0:
            out[-1] += "."
    return " ".join(out).capitalize() + "."


def article_body(rng: random.Random, pool: list[str]) -> str:
    parts = rng.sample(pool, 5)
    parts.insert(2, '> "Kami akan menindaklanjuti laporan warga," kata kepala dinas.')
    parts.insert(4, "## Tanggapan warga")
    return "\n\n".join(parts)


def articles(n: int, category_ids: list[int], seed: int = 7) -> Iterator[Article]:
    """Yield ``n`` articles of about 600 words spread over the rubrics and two years."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    pool = [paragraph(rng, vocab, 118) for _ in range(3000)]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    statuses = list(Status)
    for i in range(n):
        headline = " ".join(rng.choice(vocab) for _ in range(rng.randint(5, 9))).capitalize()
        yield Article(
            headline=headline, category_id=category_ids[i % len(category_ids)],
            status=statuses[i % len(statuses)] if i % 3 == 0 else Status.PUBLISHED,
            body=article_body(rng, pool), lead=paragraph(rng, vocab, 25),
            byline="Rina Wati", initials="rw", dateline="SAMARINDA", zone=Zone.WITA,
            published_at=start + timedelta(minutes=7 * i))
