"""Pre-export checks: each fires on a sample that breaks it and stays quiet on a clean article."""

from __future__ import annotations

import pytest

from editorberita.core.checks import check_article
from editorberita.core.domain import Article, Kind
from editorberita.core.spelling import SpellChecker
from editorberita.core.templates import new_article

LIMITS = {"headline": 70, "subheadline": 140, "lead": 160, "seo_title": 60,
          "seo_description": 160}

CLEAN = Article(
    headline="Banjir Rob Genangi Tepian Mahakam",
    subheadline="Warga Samarinda Seberang mengungsi ke masjid",
    category_id=1, byline="Rina Wahyuni", initials="rw", dateline="Samarinda",
    lead="Banjir rob menggenangi permukiman di tepian Sungai Mahakam, Selasa (23/7/2024).",
    body=("Air mulai naik sejak Senin malam dan mencapai puncaknya pada Selasa pagi. "
          "Warga membayar Rp50.000 untuk sewa perahu.\n\n"
          "“Kami sudah mengungsi ke masjid sejak subuh,” kata Rahmat, warga setempat.\n\n"
          "“Air datang cepat sekali.\n\n"
          "“Kami tidak sempat menyelamatkan barang,” lanjutnya.\n\n"
          "| Kelurahan   | Rumah |\n|-------------|------:|\n| Loa Bakung  | 120   |\n\n"
          "Data lengkap ada di [situs BPBD](https://bpbd.kaltimprov.go.id/data?a=\"x\"  y) "
          "dan `kode \"ini\"  juga`. Dua minggu lalu hujan deras turun pada Juli.\n\n"
          "```\nselasa  \"lurus\" Rp 5\n```\n"),
)


@pytest.fixture(scope="module")
def speller() -> SpellChecker:
    return SpellChecker()


def codes(article: Article, speller: SpellChecker | None = None,
          category_name: str = "Seputar Kaltim") -> list[str]:
    return [p.code for p in check_article(article, category_name=category_name, limits=LIMITS,
                                          spell=speller.misspelt if speller else None)]


def test_clean_article_has_no_problem(speller: SpellChecker) -> None:
    assert check_article(CLEAN, category_name="Seputar Kaltim", limits=LIMITS,
                         spell=speller.misspelt) == []


@pytest.mark.parametrize("field", ["headline", "category_id", "byline", "initials",
                                   "dateline"])
def test_missing_field(field: str) -> None:
    broken = CLEAN.copy(**{field: None if field == "category_id" else "  "})
    problems = check_article(broken, limits=LIMITS)
    assert [p.code for p in problems if p.code.startswith("missing")] == [f"missing_{field}"]
    assert problems[0].field == field


def test_counter_over_its_limit() -> None:
    problems = check_article(CLEAN.copy(headline="Banjir " * 12), limits=LIMITS)
    over = [p for p in problems if p.code == "over_limit"]
    assert [(p.field, p.start, p.end) for p in over] == [("headline", 70, 84)]


def _body_problem(body: str, code: str, speller: SpellChecker | None = None) -> list[str]:
    article = CLEAN.copy(body=body)
    problems = check_article(article, limits=LIMITS,
                             spell=speller.misspelt if speller else None)
    return [body[p.start:p.end] for p in problems if p.code == code and p.field == "body"]


def test_straight_quotes_are_found_outside_code_and_links() -> None:
    body = 'Ia berkata "cukup" di `kode "x"` dan [tautan](https://a.id/"b").'
    assert _body_problem(body, "straight_quote") == ['"', '"']


def test_unbalanced_quotes() -> None:
    assert _body_problem("“Kami lelah, kata warga.\n\nLalu pulang.", "unbalanced_quote") == ["“"]
    assert _body_problem("Kami lelah,” kata warga.", "unbalanced_quote") == ["”"]
    # a quotation over two paragraphs reopens the second one: fine
    assert _body_problem("“Satu.\n\n“Dua,” katanya.", "unbalanced_quote") == []


def test_double_spaces_but_not_table_alignment_or_line_breaks() -> None:
    body = "Warga  mengungsi.  \nBaris baru.\n\n| a   | b |\n|---|---|"
    assert _body_problem(body, "double_space") == ["  "]


def test_spelling_mistakes(speller: SpellChecker) -> None:
    assert _body_problem("Pemerintahh kota menyiapkan perahu.", "spelling",
                         speller) == ["Pemerintahh"]


def test_day_and_month_names_need_capitals() -> None:
    body = "Rapat digelar selasa, 23 juli, dan hari minggu (28/7). Dua minggu lalu hujan."
    assert _body_problem(body, "calendar_case") == ["selasa", "juli", "minggu"]


def test_rupiah_written_apart() -> None:
    assert _body_problem("Harganya Rp 50.000 atau Rp. 75.000, bukan Rp50.000.",
                         "rupiah") == ["Rp ", "Rp. "]


def test_template_placeholder_left() -> None:
    article = new_article(Kind.NEWS, headline="Judul asli", category_id=1, byline="Rina",
                          initials="rw")
    problems = [p for p in check_article(article, limits=LIMITS) if p.code == "placeholder"]
    assert {p.field for p in problems} == {"dateline", "body"}
    first = next(p for p in problems if p.field == "body")
    assert article.body[first.start:first.end].startswith("[Tulis teras berita")


def test_advertorial_without_its_label() -> None:
    assert "advertorial_label" in codes(CLEAN, category_name="Advertorial")
    assert "advertorial_label" in codes(CLEAN.copy(tags=["pariwara"]))
    assert "advertorial_label" not in codes(CLEAN.copy(kind=Kind.ADVERTORIAL),
                                            category_name="Advertorial")
    # "iklan" in a news story's text is news, not paid content
    assert "advertorial_label" not in codes(CLEAN.copy(body="Pemkot melarang iklan rokok."))
