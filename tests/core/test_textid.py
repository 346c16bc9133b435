"""Indonesian text helpers: slugs, counts, reading time, dates, relative times, numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editorberita.core.domain import Zone
from editorberita.core.textid import (
    format_date_id,
    format_datetime_id,
    format_number_id,
    format_percent_id,
    format_short_date_id,
    format_time_id,
    reading_minutes,
    relative_time_id,
    slugify,
    word_count,
)


@pytest.mark.parametrize(("headline", "slug"), [
    ("Banjir Rendam Samarinda, 1.200 Warga Mengungsi",
     "banjir-rendam-samarinda-1-200-warga-mengungsi"),
    ("Pemprov Kaltim & DPRD Sepakati APBD", "pemprov-kaltim-dan-dprd-sepakati-apbd"),
    ("Inflasi Turun 2%", "inflasi-turun-2-persen"),
    ("Kafé “Tepian” Dibuka", "kafe-tepian-dibuka"),
    ("!!!", "artikel"),
    ("日本語", "artikel"),
])
def test_slugify_indonesian_headlines(headline: str, slug: str) -> None:
    assert slugify(headline) == slug


@given(st.text())
def test_slugify_is_always_a_safe_bounded_slug(text: str) -> None:
    slug = slugify(text)
    assert 0 < len(slug) <= 80
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
    assert not slug.startswith("-") and not slug.endswith("-") and "--" not in slug


def test_word_count_ignores_markdown_and_keeps_reduplication() -> None:
    text = "# Judul\n\n**Anak-anak** bermain di [taman](https://x.id) kota.\n\n- satu\n- dua"
    assert word_count(text) == 8


def test_reading_time_uses_a_character_rate() -> None:
    assert reading_minutes("") == 0
    assert reading_minutes("kata") == 1
    paragraph = "Pemerintah memperhatikan pembangunan infrastruktur daerah. " * 40
    assert reading_minutes(paragraph) == 3  # 2,360 characters at 1,150 per minute


def test_dates_and_times_in_indonesian() -> None:
    moment = datetime(2024, 7, 23, 6, 30, tzinfo=UTC)
    assert format_date_id(moment.astimezone(Zone.WITA.tzinfo)) == "Selasa, 23 Juli 2024"
    assert format_time_id(moment, Zone.WITA) == "14.30 WITA"
    assert format_time_id(moment, Zone.WIB) == "13.30 WIB"
    assert format_datetime_id(moment, Zone.WIT) == "Selasa, 23 Juli 2024 15.30 WIT"


def test_relative_times_in_indonesian() -> None:
    now = datetime(2024, 7, 23, 12, 0, tzinfo=UTC)
    assert relative_time_id(now - timedelta(days=4), now) == "4 hari lalu"
    assert relative_time_id(now - timedelta(minutes=5), now) == "5 menit lalu"
    assert relative_time_id(now - timedelta(seconds=10), now) == "baru saja"
    assert relative_time_id(now + timedelta(hours=2), now) == "dalam 2 jam"
    assert "ago" not in relative_time_id(now - timedelta(days=40), now)


def test_numbers_use_indonesian_separators() -> None:
    assert format_number_id(1250) == "1.250"
    assert format_number_id(1250.5, 1) == "1.250,5"
    assert format_percent_id(0.662) == "66,2%"


def test_dates_relative_times_and_numbers_for_an_english_interface() -> None:
    now = datetime(2024, 7, 23, 12, 0, tzinfo=UTC)
    assert format_date_id(now, locale="en") == "Tuesday, 23 July 2024"
    assert format_date_id(now, locale="id") == "Selasa, 23 Juli 2024"
    assert format_short_date_id(now + timedelta(days=30), locale="en") == "22 Aug 2024"
    assert format_short_date_id(now + timedelta(days=30)) == "22 Agu 2024"
    assert relative_time_id(now - timedelta(days=4), now, locale="en") == "4 days ago"
    assert relative_time_id(now - timedelta(seconds=10), now, locale="en") == "just now"
    assert relative_time_id(now + timedelta(hours=2), now, locale="en_US") == "in 2 hours"
    assert format_number_id(1250, locale="en") == "1,250"
    assert format_percent_id(0.662, locale="en") == "66.2%"
    assert relative_time_id(now - timedelta(days=4), now, locale="fr") == "4 hari lalu"


def test_megabytes_read_with_a_decimal_comma() -> None:
    from editorberita.core.textid import format_megabytes_id

    assert format_megabytes_id(10 * 1_048_576 + 1) == "10,0 MB"
    assert format_megabytes_id(1_572_864) == "1,5 MB"
    assert format_megabytes_id(1_572_864, locale="en") == "1.5 MB"
