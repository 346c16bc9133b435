"""Export file names: portable on Windows, macOS and Linux, bounded and stable."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editorberita.core.domain import Article, Zone
from editorberita.core.exportformat import (
    FILENAME_MAX,
    FORMATS,
    WINDOWS_RESERVED,
    export_filename,
    portable_filename,
)
from editorberita.core.textid import slugify

FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def assert_portable(name: str) -> None:
    """Fail unless ``name`` can be created on all three systems."""
    assert name
    assert not FORBIDDEN.search(name)
    assert not name.endswith((".", " "))
    assert not name.startswith(" ")
    assert name not in (".", "..")
    assert name.split(".", 1)[0].strip().upper() not in WINDOWS_RESERVED
    assert len(name.encode("utf-8")) <= FILENAME_MAX


@settings(max_examples=300)
@given(st.text(), st.sampled_from(sorted(FORMATS.values())))
def test_any_stem_becomes_a_portable_name(stem: str, ext: str) -> None:
    name = portable_filename(stem, ext)
    assert_portable(name)
    assert name.endswith("." + ext)
    assert portable_filename(stem, ext) == name  # stable
    assert portable_filename(name[: -len(ext) - 1], ext) == name  # idempotent


@settings(max_examples=200)
@given(headline=st.text(), slug=st.text(), hours=st.integers(0, 24 * 365 * 30),
       zone=st.sampled_from(list(Zone)), fmt=st.sampled_from(sorted(FORMATS)))
def test_any_article_gets_a_dated_portable_name(headline: str, slug: str, hours: int,
                                                 zone: Zone, fmt: str) -> None:
    moment = datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp() + hours * 3600
    article = Article(headline=headline, slug=slug, zone=zone,
                      published_at=datetime.fromtimestamp(moment, timezone.utc))
    name = export_filename(article, fmt)
    assert_portable(name)
    local = article.published_at.astimezone(zone.tzinfo)  # type: ignore[union-attr]
    assert name.startswith(f"{local:%Y-%m-%d}-")
    assert export_filename(article, fmt) == name


@given(st.text(min_size=1))
def test_slug_names_are_unchanged(headline: str) -> None:
    """Real slugs are already portable: the name is exactly date-slug.ext."""
    slug = slugify(headline)
    assert portable_filename(f"2024-07-23-{slug}", "md") == f"2024-07-23-{slug}.md"


@pytest.mark.parametrize(
    "stem", ["CON", "con", "Nul", "COM1", "lpt9", "aux.tar", "PRN ", "COM\u00b9"])
def test_reserved_device_names_are_avoided(stem: str) -> None:
    name = portable_filename(stem, "html")
    assert_portable(name)
    assert name.startswith("_")


def test_date_is_taken_in_the_article_zone() -> None:
    """23.30 UTC is already the next day in Samarinda (WITA, UTC+8)."""
    article = Article(slug="banjir", zone=Zone.WITA,
                      published_at=datetime(2024, 7, 22, 23, 30, tzinfo=timezone.utc))
    assert export_filename(article, "md") == "2024-07-23-banjir.md"
    assert export_filename(article, "fragment") == "2024-07-23-banjir.fragment.html"
    assert export_filename(article.copy(zone=Zone.WIB), "html") == "2024-07-23-banjir.html"
    article = article.copy(published_at=datetime(2024, 7, 22, 16, 30, tzinfo=timezone.utc))
    assert export_filename(article, "html") == "2024-07-23-banjir.html"
    assert export_filename(article.copy(zone=Zone.WIB), "html") == "2024-07-22-banjir.html"


def test_long_multibyte_names_are_cut_on_a_character() -> None:
    name = portable_filename("é" * 300, "md")
    assert_portable(name)
    assert name.encode("utf-8").decode("utf-8") == name
    assert name == "é" * ((FILENAME_MAX - 3) // 2) + ".md"
