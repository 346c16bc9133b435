"""EYD V checks (core/eyd.py): each rule's precision on labelled sentences, the weekday rule
exact for every date from 2000 to 2035, and the rules reported by the pre-export check.

Print the figures with:
    .venv/bin/python -m pytest tests/core/test_eyd.py -q -s -k precision
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from editorberita.core import eyd
from editorberita.core.checks import check_article
from editorberita.core.domain import Article

LABELLED = Path(__file__).parents[1] / "data" / "eyd" / "labelled.tsv"
MIN_PRECISION = 0.9
MIN_SENTENCES = 300
MIN_POSITIVES = 10  # a precision over fewer labelled cases says little


def labelled(path: Path = LABELLED) -> list[tuple[set[str], str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        codes, sentence = line.split("\t", 1)
        rows.append(({c for c in codes.split(",") if c != "-"}, sentence))
    return rows


def measure(path: Path = LABELLED) -> dict[str, tuple[int, int, int, int]]:
    """Return per rule: true positives, false positives, false negatives, labelled positives."""
    rows = labelled(path)
    figures = {}
    for code in eyd.RULES:
        tp = fp = fn = positives = 0
        for codes, sentence in rows:
            fired = any(f.code == code for f in eyd.findings(sentence))
            wanted = code in codes
            positives += wanted
            tp += fired and wanted
            fp += fired and not wanted
            fn += wanted and not fired
        figures[code] = (tp, fp, fn, positives)
    return figures


def test_precision_of_every_rule_on_labelled_sentences() -> None:
    rows = labelled()
    assert len(rows) >= MIN_SENTENCES
    assert all(codes <= set(eyd.RULES) for codes, _ in rows)
    figures = measure()
    print(f"\n{len(rows)} labelled sentences ({LABELLED.name})")
    for code, (tp, fp, _fn, positives) in figures.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / positives if positives else 0.0
        print(f"{code:22} precision {precision:.3f} ({tp}/{tp + fp})  "
              f"recall {recall:.3f} ({tp}/{positives})")
    for code, (tp, fp, _fn, positives) in figures.items():
        assert positives >= MIN_POSITIVES, code
        assert tp / (tp + fp) >= MIN_PRECISION, (code, tp, fp)


def test_precision_on_held_out_sentences() -> None:
    """Sentences written after the rules were frozen (tests/data/eyd/heldout.tsv): reported,
    and no rule may fall below the floor where it fires."""
    path = LABELLED.with_name("heldout.tsv")
    figures = measure(path)
    print(f"\n{len(labelled(path))} held-out sentences ({path.name})")
    for code, (tp, fp, _fn, positives) in figures.items():
        print(f"{code:22} precision {tp}/{tp + fp}  recall {tp}/{positives}")
        assert tp + fp == 0 or tp / (tp + fp) >= MIN_PRECISION, (code, tp, fp)


def _dates() -> list[date]:
    day, last = date(2000, 1, 1), date(2035, 12, 31)
    found = []
    while day <= last:
        found.append(day)
        day += timedelta(days=1)
    return found


def test_weekday_rule_is_exact_for_every_date_2000_to_2035() -> None:
    """Both shapes, the right weekday and each of the six wrong ones, for 13,149 days."""
    wrong_found = right_quiet = 0
    for day in _dates():
        right = eyd.DAYS[day.weekday()]
        month = eyd.MONTHS[day.month - 1]
        for name in eyd.DAYS:
            numeric = f"Rapat digelar {name} ({day.day}/{day.month}/{day.year}) di kantor."
            worded = f"Rapat digelar {name}, {day.day} {month} {day.year}, di kantor."
            for text in (numeric, worded):
                found = eyd.findings(text, ("eyd_weekday",))
                if name == right:
                    assert found == [], text
                    right_quiet += 1
                else:
                    assert len(found) == 1 and right in found[0].message.text(), text
                    wrong_found += 1
    assert right_quiet == 2 * len(_dates()) and wrong_found == 12 * len(_dates())


@pytest.mark.parametrize("text", ["Senin (29/2/2023)", "Kamis, 31 April 2024"])
def test_a_date_that_does_not_exist_is_reported(text: str) -> None:
    (found,) = eyd.findings(text)
    assert "tidak ada di kalender" in found.message.text()


def test_every_rule_message_names_its_rule_text() -> None:
    for code, rule in eyd.RULES.items():
        assert rule.url.startswith("https://"), code
    text = ("Rapat digelar Senin (23/7/2024) didepan kantor. 30 warga hadir. Ada 2 "
            "kursi kosong, tapi tiket RP15000,- habis.")
    found = {f.code: f for f in eyd.findings(text)}
    assert set(found) == set(eyd.RULES)
    for code, finding in found.items():
        assert finding.message.text().endswith(f"(EYD V: {eyd.RULES[code].url})"), code


def test_the_pre_export_check_reports_eyd_rules_with_positions() -> None:
    body = "Awal `Senin (23/7/2024)` kode.\n\nRapat digelar Senin (23/7/2024) di kantor."
    problems = [p for p in check_article(Article(headline="Judul", body=body))
                if p.code.startswith("eyd_")]
    assert [(p.code, p.field, body[p.start:p.end]) for p in problems] == [
        ("eyd_weekday", "body", "Senin")]  # code spans are masked, the prose is checked


def test_problems_carry_the_rule_link() -> None:
    article = Article(headline="Judul", body="Dia datang, tapi pulang.")
    (problem,) = [p for p in check_article(article) if p.code.startswith("eyd_")]
    assert problem.url == eyd.RULES["eyd_tapi"].url and problem.url in problem.message.text()
